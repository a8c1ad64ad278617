"""Matching speed at Flemish scale: 300,000 open vacancies and 250,000 job seekers (synthetic, on real ESCO
occupations and skills and real municipalities; werkregie/matching/engine/synthetic.py). Prints JSON; writes
bench/out/matching.json.

Measured (issue 3 targets): top-20 vacancies for one person (p95 < 10 ms, one core); top-50 candidates for one
vacancy (p95 < 20 ms, one core); the nightly batch, top-20 for every job seeker (< 5 min on 2 cores); the index's
memory (< 4 GB); the index against exact brute force (speed-up and recall@20, at least 0.99); one title normalised
(< 50 ms) and 10,000 distinct titles (< 60 s on 2 cores).

The brute force scores every vacancy (or person) for the query with one sparse matrix product and whole-array
arithmetic, with no pruning by place and no inverted lists, then takes the top; it is checked against the score's
plain-Python definition (scoring.score_pair) on a sample first.

Run: .venv/bin/python bench/matching.py [--vacancies 300000] [--persons 250000] [--queries 1000]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import random
import resource
import sys
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core per process: the targets are per core
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
import resultfile  # noqa: E402
from scipy import sparse  # noqa: E402
from tqdm import tqdm  # noqa: E402

from werkregie.matching.engine import geography  # noqa: E402
from werkregie.matching.engine.index import MatchIndex, _language_columns  # noqa: E402
from werkregie.matching.engine.profiles import LICENCE_BIT  # noqa: E402
from werkregie.matching.engine.scoring import score_pair  # noqa: E402
from werkregie.matching.engine.synthetic import SyntheticMarket  # noqa: E402
from werkregie.matching.engine.taxonomy import LANGUAGES, load  # noqa: E402


def _generate(task: tuple[str, int, int, int]):  # noqa: ANN202
    kind, first, count, seed = task
    market = SyntheticMarket(load(), geography.places(), seed=seed)
    return market.vacancies(count, first) if kind == "v" else market.persons(count, first)


def generate(vacancies: int, persons: int, cache: str = "") -> tuple[list, list, float]:
    import pickle

    if cache and Path(cache).exists():
        with open(cache, "rb") as handle:
            return (*pickle.load(handle), 0.0)
    started = time.perf_counter()
    step = 25_000
    tasks = [("v", 1 + i, min(step, vacancies - i), 17 + i) for i in range(0, vacancies, step)]
    tasks += [("p", 1 + i, min(step, persons - i), 7_000_017 + i) for i in range(0, persons, step)]
    made_v, made_p = [], []
    with mp.get_context("fork").Pool(2) as pool:
        for (kind, *_rest), part in tqdm(zip(tasks, pool.imap(_generate, tasks)), total=len(tasks), desc="generating", unit="chunks", file=sys.stderr):
            (made_v if kind == "v" else made_p).extend(part)
    if cache:
        with open(cache, "wb") as handle:
            pickle.dump((made_v, made_p), handle)
    return made_v, made_p, time.perf_counter() - started


def timed(query, items: list) -> list[float]:  # noqa: ANN001 - one callable per item
    times = []
    for item in items:
        started = time.perf_counter()
        query(item)
        times.append(time.perf_counter() - started)
    return times


def percentiles(samples: list[float]) -> dict:
    ms = np.array(samples) * 1000
    return {"p50_ms": round(float(np.percentile(ms, 50)), 2), "p95_ms": round(float(np.percentile(ms, 95)), 2),
            "p99_ms": round(float(np.percentile(ms, 99)), 2), "queries": len(samples)}


class BruteForce:
    """Every pair scored, no pruning: a sparse product for the skills, whole arrays for the rest."""

    def __init__(self, index: MatchIndex) -> None:
        self.index = index
        skills = len(index.taxonomy.skills)
        v_rows = np.repeat(np.arange(len(index.v_id)), np.diff(index.v_items_ptr))
        self.v_matrix = sparse.csr_matrix((index.v_items_w.astype(np.float64), (v_rows, index.v_items)), shape=(len(index.v_id), skills))
        p_rows = np.repeat(np.arange(len(index.p_id)), np.diff(index.p_items_ptr))
        self.p_matrix = sparse.csr_matrix((np.ones(len(index.p_items)), (p_rows, index.p_items)), shape=(len(index.p_id), skills))
        counts = np.array([len(o) for o in index.p_occupations], dtype=np.int64)
        self.p_occ_flat = np.fromiter((o for occ in index.p_occupations for o in occ), dtype=np.int64, count=int(counts.sum()))
        self.p_occ_owner = np.repeat(np.arange(len(counts)), counts)

    def vacancies_for(self, person, top: int) -> list[tuple[float, int]]:
        ix = self.index
        vector = np.zeros(self.v_matrix.shape[1])
        vector[list(person.skills)] = 1.0
        matched = self.v_matrix @ vector
        skills = np.divide(matched, ix.v_denominator, out=np.zeros(len(matched)), where=ix.v_denominator > 0)
        occupation = ix.groups.similarity(person.occupations)[ix.v_occ]
        distance = ix.places.road_km_from(person.place)[ix.v_place]
        distance_fit = np.maximum(0.0, 1.0 - distance / person.max_commute_km)
        language = ix._language_fit(ix.v_lang, _language_columns(person.languages)[None, :])
        hours = ((person.hours_min <= ix.v_hours) & (ix.v_hours <= person.hours_max)).astype(float)
        scores = ix._combine(skills, occupation, distance_fit, language, hours)
        ok = ((distance <= person.max_commute_km) | person.relocate) & ((ix.v_licence & ~person.licences) == 0)
        ok &= (ix.v_cert < 0) | np.isin(ix.v_cert, list(person.certified))
        return self._top(scores, ix.v_id, ok, top)

    def candidates_for(self, vacancy, top: int) -> list[tuple[float, int]]:
        ix = self.index
        vector = np.zeros(self.p_matrix.shape[1])
        vector[vacancy.optional] = 0.5
        vector[vacancy.essential] = 1.0
        denominator = len(set(vacancy.essential)) + 0.5 * len(set(vacancy.optional) - set(vacancy.essential))
        skills = (self.p_matrix @ vector) / denominator if denominator else np.zeros(len(ix.p_id))
        occupation = np.zeros(len(ix.p_id))
        if vacancy.occupation is not None:  # the relation is symmetric: the vacancy's similarity to each person's occupations, best kept
            np.maximum.at(occupation, self.p_occ_owner, ix.groups.similarity({vacancy.occupation})[self.p_occ_flat])
        distance = ix.places.road_km_from(vacancy.place)[ix.p_place]
        distance_fit = np.maximum(0.0, 1.0 - distance / ix.p_commute)
        language = ix._language_fit(_language_columns(vacancy.languages)[None, :], ix.p_lang)
        hours = ((ix.p_hmin <= vacancy.hours) & (vacancy.hours <= ix.p_hmax)).astype(float)
        scores = ix._combine(skills, occupation, distance_fit, language, hours)
        ok = (distance <= ix.p_commute) | ix.p_relocate
        if vacancy.licence:
            ok &= (ix.p_licences & LICENCE_BIT[vacancy.licence]) != 0
        if vacancy.certified is not None:
            ok &= np.array([vacancy.certified in c for c in ix.p_cert_sets])
        return self._top(scores, ix.p_id, ok, top)

    @staticmethod
    def _top(scores: np.ndarray, ids: np.ndarray, ok: np.ndarray, top: int) -> list[tuple[float, int]]:
        rows = np.flatnonzero(ok)
        order = np.lexsort((ids[rows], -scores[rows]))[:top]
        return [(float(scores[rows][j]), int(ids[rows][j])) for j in order]


def recall(found: list[tuple[float, int]], truth: list[tuple[float, int]]) -> float:
    """Share of the brute force's top found by the index; both empty (nobody eligible) is full agreement."""
    if not truth:
        return 1.0 if not found else 0.0
    return len({i for _s, i in found} & {i for _s, i in truth}) / len(truth)


_BATCH: dict = {}


def _batch_part(bounds: tuple[int, int]) -> int:
    index, persons = _BATCH["index"], _BATCH["persons"]
    for person in persons[bounds[0]:bounds[1]]:
        index.vacancies_for(person, top=20)
    return bounds[1] - bounds[0]


def nightly_batch(index: MatchIndex, persons: list) -> float:
    persons = sorted(persons, key=lambda p: p.place)  # neighbours one after the other: the same distances and postings stay in cache
    _BATCH.update(index=index, persons=persons)
    chunks = [(i, min(i + 1000, len(persons))) for i in range(0, len(persons), 1000)]  # small: no core idles at the end
    started = time.perf_counter()
    with mp.get_context("fork").Pool(2) as pool:
        for _ in tqdm(pool.imap_unordered(_batch_part, chunks), total=len(chunks), desc="nightly batch", unit="chunks", file=sys.stderr):
            pass
    return time.perf_counter() - started


def _titles_part(task: tuple[str, list[str]]) -> int:
    from werkregie.matching.engine.titles import default_index

    language, titles = task
    index = default_index()
    for start in range(0, len(titles), 64):
        index.search(titles[start:start + 64], language, top=10)
    return len(titles)


def typed(label: str, rng: random.Random) -> str:
    """A title as people type it: half the time an ESCO label as is, else with a typo, a missing letter, a gender
    or '(m/v/x)' suffix, or without its accents."""
    roll = rng.random()
    if roll < 0.5 or len(label) < 5:
        return label
    at = rng.randrange(1, len(label) - 2)
    if roll < 0.65:
        return label[:at] + label[at + 1] + label[at] + label[at + 2:]
    if roll < 0.8:
        return label[:at] + label[at + 1:]
    if roll < 0.9:
        return label + " (m/v/x)"
    return label.replace("é", "e").replace("è", "e").replace("ë", "e")


def titles_bench(count: int) -> dict:
    """Distinct alternative labels of ESCO occupations (a third per language), half of them altered as people type
    them (typos, suffixes): an exact label skips the semantic step, an altered one mostly takes it."""
    from werkregie.matching.engine.titles import default_index

    taxonomy = load()
    rng = random.Random(3)
    by_language = {}
    for language in LANGUAGES:
        pool = sorted({label for o in taxonomy.occupations for label in o.labels.get(language, [])[1:]})
        by_language[language] = sorted({typed(t, rng) for t in rng.sample(pool, min(count // len(LANGUAGES) + 1, len(pool)))})
    started = time.perf_counter()
    index = default_index()
    build = time.perf_counter() - started
    single = []
    for language, titles in by_language.items():
        for title in titles[:70]:
            t = time.perf_counter()
            index.search([title], language, top=10)
            single.append(time.perf_counter() - t)
    tasks = [(language, titles[i:i + 500]) for language, titles in by_language.items() for i in range(0, len(titles), 500)]
    started = time.perf_counter()
    os.environ["WERKREGIE_EMBED_THREADS"] = "1"  # two processes, one core each
    with mp.get_context("spawn").Pool(2) as pool:  # fresh processes: each builds its own index, counted in the time
        done = sum(pool.map(_titles_part, tasks))
    many = time.perf_counter() - started
    return {"index_build_s": round(build, 1), "one_title": percentiles(single), "titles": done, "titles_2_cores_s": round(many, 1)}


def readme_rows(r: dict) -> list[dict]:
    """The README's rows, from the figures."""
    ms = resultfile.ms
    size = f"{r['vacancies']:,} vacancies, {r['persons']:,} persons (synthetic, in memory)"
    rows = [{"what": f"engine: building the index ({size})", "target": "",
             "measured": f"{r['index_build_s']} s; arrays {r['index_arrays_mb']} MB, process memory +{r['index_rss_growth_mb']} MB"}]
    for key, what, target in (("top20_vacancies_for_a_person", "engine: top-20 vacancies for one person, one core", "p95 < 10 ms"),
                              ("top50_candidates_for_a_vacancy", "engine: top-50 candidates for one vacancy, one core", "p95 < 20 ms")):
        if key in r:
            p = r[key]
            rows.append({"what": f"{what} ({p['queries']} queries)", "target": target,
                         "measured": f"p50 {ms(p['p50_ms'])}, p95 {ms(p['p95_ms'])}, p99 {ms(p['p99_ms'])}"})
    if "brute_force_vacancies" in r:
        v, c = r["brute_force_vacancies"], r["brute_force_candidates"]
        rows.append({"what": "engine: the index against exact brute force", "target": "recall@20 ≥ 0.99",
                     "measured": f"vacancies {v['recall_at_20']} ({v['speed_up']}× faster), candidates {c['recall_at_20']} ({c['speed_up']}× faster)"})
    if "nightly_batch_top20_all_persons_2_cores_s" in r:
        rows.append({"what": f"engine only: top-20 for every person, 2 processes, profiles in memory ({size})", "target": "",
                     "measured": f"{r['nightly_batch_top20_all_persons_2_cores_s']} s"})
    if "titles" in r:
        t = r["titles"]
        rows += [{"what": "one title normalised (three languages, half typed variants)", "target": "p95 < 50 ms",
                  "measured": f"p50 {ms(t['one_title']['p50_ms'])}, p95 {ms(t['one_title']['p95_ms'])}"},
                 {"what": f"{t['titles']:,} distinct titles, 2 processes (each building its own index)", "target": "< 60 s",
                  "measured": f"{t['titles_2_cores_s']} s"}]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--vacancies", type=int, default=300_000)
    parser.add_argument("--persons", type=int, default=250_000)
    parser.add_argument("--queries", type=int, default=1000)
    parser.add_argument("--brute", type=int, default=100, help="queries compared with brute force in each direction")
    parser.add_argument("--titles", type=int, default=10_000)
    parser.add_argument("--skip-batch", action="store_true")
    parser.add_argument("--batch-only", action="store_true", help="only the nightly batch (bench/out/matching_batch.json)")
    parser.add_argument("--cache", default="", help="pickle of the generated market, reused when present (development)")
    parser.add_argument("--titles-only", action="store_true", help="only the title figures (printed)")
    args = parser.parse_args()
    if args.titles_only:
        print(json.dumps(titles_bench(args.titles), indent=2))
        return
    started_on = resultfile.machine()
    taxonomy, places = load(), geography.places()
    vacancies, persons, generated = generate(args.vacancies, args.persons, args.cache)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.perf_counter()
    index = MatchIndex(taxonomy, places, vacancies, persons)
    built = time.perf_counter() - started
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {"vacancies": len(vacancies), "persons": len(persons), "generate_s": round(generated, 1), "index_build_s": round(built, 1),
              "index_arrays_mb": round(index.nbytes() / 2**20, 1), "index_rss_growth_mb": round((rss_after - rss_before) / 1024, 1)}
    if args.batch_only:
        result["nightly_batch_top20_all_persons_2_cores_s"] = round(nightly_batch(index, persons), 1)
        print(json.dumps(result, indent=2))
        print(resultfile.write("matching-batch", result, readme_rows(result), started=started_on))
        return
    rng = random.Random(1)
    person_queries = rng.sample(persons, args.queries)
    vacancy_queries = rng.sample(vacancies, args.queries)
    index.vacancies_for(person_queries[0])  # warm-up
    result["top20_vacancies_for_a_person"] = percentiles(timed(lambda p: index.vacancies_for(p, top=20), person_queries))
    result["top50_candidates_for_a_vacancy"] = percentiles(timed(lambda v: index.candidates_for(v, top=50), vacancy_queries))
    # exactness: the brute force agrees with the plain-Python definition, then the index is measured against it
    brute = BruteForce(index)
    sample = rng.sample(vacancies, 2000)
    sample_index = MatchIndex(taxonomy, places, sample, [])
    for person in person_queries[:5]:
        reference = sorted((-e.score, v.id) for v in sample if (e := score_pair(taxonomy, places, person, v)).eligible)[:20]
        assert [(-s, i) for s, i in BruteForce(sample_index).vacancies_for(person, 20)] == reference
    brute_times, index_times, recalls = [], [], []
    for person in person_queries[: args.brute]:
        t = time.perf_counter()
        truth = brute.vacancies_for(person, 20)
        brute_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        found = [(m.score, m.id) for m in index.vacancies_for(person, top=20)]
        index_times.append(time.perf_counter() - t)
        recalls.append(recall(found, truth))
    result["brute_force_vacancies"] = {"brute_p50_ms": percentiles(brute_times)["p50_ms"], "index_p50_ms": percentiles(index_times)["p50_ms"],
                                       "speed_up": round(float(np.median(brute_times) / np.median(index_times)), 1), "recall_at_20": round(float(np.mean(recalls)), 4)}
    brute_times, index_times, recalls = [], [], []
    for vacancy in vacancy_queries[: args.brute]:
        t = time.perf_counter()
        truth = brute.candidates_for(vacancy, 50)
        brute_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        found = [(m.score, m.id) for m in index.candidates_for(vacancy, top=50, min_good=10**9).matches]
        index_times.append(time.perf_counter() - t)
        recalls.append(recall(found[:20], truth[:20]))
    result["brute_force_candidates"] = {"brute_p50_ms": percentiles(brute_times)["p50_ms"], "index_p50_ms": percentiles(index_times)["p50_ms"],
                                        "speed_up": round(float(np.median(brute_times) / np.median(index_times)), 1), "recall_at_20": round(float(np.mean(recalls)), 4)}
    if not args.skip_batch:
        result["nightly_batch_top20_all_persons_2_cores_s"] = round(nightly_batch(index, persons), 1)
    result["titles"] = titles_bench(args.titles)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    print(json.dumps(result, indent=2))
    print(resultfile.write("matching", result, readme_rows(result), started=started_on))


if __name__ == "__main__":
    main()
