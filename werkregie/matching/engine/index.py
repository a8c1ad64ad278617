"""The match index: scoring.py's definition, vectorised over every open vacancy and every job seeker.

Layout (numpy arrays, no Python objects per row, so 300,000 vacancies and 250,000 persons fit in a few hundred MB):
vacancies sorted by place, so the places within a person's commute are a few contiguous slices; inverted lists
from each skill to the vacancies that ask for it (weight 1 essential, ½ optional) and to the persons who have it;
from each occupation, ESCO parent, ISCO unit group and ISCO minor group to the persons who have or want one.

A query touches only what can matter: the postings of the query's skills (one `bincount`), the vacancies in
reach, and for candidates every person's commute, licence and language columns as whole-array operations. The
result is exact (the same as scoring every pair with scoring.score_pair); bench/matching.py measures it against
that brute force.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .geography import ABROAD, Places
from .profiles import LICENCE_BIT, LICENCES, MATCH_LANGUAGES, PersonProfile, VacancyProfile
from .scoring import LANGUAGE_ONE_BELOW, OCCUPATION_FIT, OPTIONAL_WEIGHT, WEIGHTS, esco_parent

# a pair sharing no skill and no ISCO minor group scores at most this (distance, language and hours at their best)
OTHERS_BOUND = WEIGHTS["distance"] + WEIGHTS["language"] + WEIGHTS["hours"]
from .taxonomy import Taxonomy


def _invert(rows_per_item: list[list[int]], size: int, weights: list[list[float]] | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """item → keys lists become key → items postings (items ascending within a key)."""
    counts = np.fromiter((len(k) for k in rows_per_item), dtype=np.int64, count=len(rows_per_item))
    total = int(counts.sum())
    keys = np.fromiter((k for item_keys in rows_per_item for k in item_keys), dtype=np.int64, count=total)
    order = np.argsort(keys, kind="stable")
    pointer = np.zeros(size + 1, dtype=np.int64)
    pointer[1:] = np.cumsum(np.bincount(keys, minlength=size)[:size])
    rows = np.repeat(np.arange(len(rows_per_item), dtype=np.int32), counts)[order]
    w = np.fromiter((x for item_weights in weights for x in item_weights), dtype=np.float32, count=total)[order] if weights is not None else None
    return pointer, rows, w


TABLE_RANGE = 50_000_000  # ids spread over at most this range are looked up in a table of as many booleans (50 MB)


def members(ids: np.ndarray, among: np.ndarray) -> np.ndarray:
    """Which of `ids` are in `among`, as np.isin answers. The consenting persons (some 200,000) are checked against the
    index's persons at every candidate list, where np.isin's default (sorting both arrays) took 40–70 ms of a request;
    person ids are small integers, so a lookup table over their range does it in ~4 ms (np.isin's kind="table")."""
    among = np.asarray(among)
    if not len(ids) or not len(among):
        return np.zeros(len(ids), dtype=bool)
    low, high = min(int(ids.min()), int(among.min())), max(int(ids.max()), int(among.max()))
    return np.isin(ids, among, kind="table" if high - low < TABLE_RANGE else "sort")


def _gather(pointer: np.ndarray, rows: np.ndarray, keys, weights: np.ndarray | None = None):
    keys = [k for k in keys if 0 <= k < len(pointer) - 1]
    if not keys:
        return np.zeros(0, dtype=np.int32), (np.zeros(0, dtype=np.float32) if weights is not None else None)
    slices = [slice(pointer[k], pointer[k + 1]) for k in keys]
    found = np.concatenate([rows[s] for s in slices])
    return found, (np.concatenate([weights[s] for s in slices]) if weights is not None else None)


def _language_columns(levels: dict[str, int]) -> np.ndarray:
    return np.array([levels.get(code, 0) for code in MATCH_LANGUAGES], dtype=np.int8)


@dataclass
class Match:
    id: int
    score: float
    ring: int
    distance_km: float
    pinned: bool = False


@dataclass
class CandidateList:
    matches: list[Match]
    rings_searched: list[int]
    good_per_ring: dict[int, int]


@dataclass
class CandidatePool:
    """Scored eligible persons for one vacancy (ids, scores, rings, distances: parallel arrays). Pools of several
    indexes concatenate (platform.LiveIndex), and the ring-by-ring selection runs on the whole."""

    ids: np.ndarray
    scores: np.ndarray
    rings: np.ndarray
    distances: np.ndarray
    pruned: bool = False

    def __add__(self, other: CandidatePool) -> CandidatePool:
        return CandidatePool(*(np.concatenate([a, b]) for a, b in ((self.ids, other.ids), (self.scores, other.scores), (self.rings, other.rings),
                                                                   (self.distances, other.distances))), self.pruned or other.pruned)

    def select(self, top: int, min_good: int, good_score: float, pinned) -> CandidateList:  # noqa: ANN001 - person ids
        """The next ring is searched only while fewer than `min_good` candidates score `good_score` or more."""
        searched, good = [], {}
        for ring in range(1, ABROAD + 1):
            searched.append(ring)
            good[ring] = int(((self.scores >= good_score) & (self.rings == ring)).sum())
            if sum(good.values()) >= min_good:
                break
        inside = np.flatnonzero(self.rings <= searched[-1])
        matches = MatchIndex._top(self.ids, inside, self.scores[inside], self.rings[inside], self.distances[inside], top, frozenset(), pinned)
        return CandidateList(matches, searched, good)

    @staticmethod
    def complete(found: CandidateList, top: int) -> bool:
        """Whether a list chosen from a pruned pool is exact: full, and its last above what a pruned person can score
        (a pruned person never scores `good_score`, so never changes the rings searched)."""
        return bool(found.matches) and sum(not m.pinned for m in found.matches) == top and found.matches[-1].score > OTHERS_BOUND


class OccupationGroups:
    """Each occupation's parent, ISCO unit group and minor group as small integer ids (for vectorised relations)."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        def ids(values: list[str | None]) -> np.ndarray:
            table: dict[str, int] = {}
            return np.array([-1 if v is None else table.setdefault(v, len(table)) for v in values], dtype=np.int32)

        occupations = taxonomy.occupations
        self.parent = ids([esco_parent(o.code) for o in occupations])
        self.isco4 = ids([o.isco for o in occupations])
        self.isco3 = ids([o.isco[:3] for o in occupations])
        self.count = len(occupations)
        self.levels = [(level, groups, int(groups.max()) + 2) for level, groups in (("isco3", self.isco3), ("isco4", self.isco4), ("parent", self.parent))]

    def similarity(self, person_occupations: set[int]) -> np.ndarray:
        """Occupation fit of every occupation for a person (plus a trailing 0 for 'no occupation')."""
        fit = np.zeros(self.count + 1, dtype=np.float64)
        if not person_occupations:
            return fit
        chosen = np.fromiter(person_occupations, dtype=np.int64)
        for level, groups, size in self.levels:
            wanted = np.zeros(size, dtype=bool)  # the last slot stands for "no group" (-1)
            wanted[groups[chosen]] = True
            wanted[-1] = False
            fit[:-1][wanted[groups]] = OCCUPATION_FIT[level]
        fit[chosen] = OCCUPATION_FIT["same"]
        return fit


class MatchIndex:
    def __init__(self, taxonomy: Taxonomy, places: Places, vacancies: list[VacancyProfile], persons: list[PersonProfile],
                 groups: OccupationGroups | None = None) -> None:
        self.taxonomy, self.places = taxonomy, places
        self.groups = groups or OccupationGroups(taxonomy)
        skills = len(taxonomy.skills)
        # vacancies, sorted by place
        vacancies = sorted(vacancies, key=lambda v: (v.place, v.id))
        self.v_id = np.array([v.id for v in vacancies], dtype=np.int64)
        self.v_place = np.array([v.place for v in vacancies], dtype=np.int32)
        self.v_occ = np.array([-1 if v.occupation is None else v.occupation for v in vacancies], dtype=np.int32)
        self.v_hours = np.array([v.hours for v in vacancies], dtype=np.float64)
        self.v_licence = np.array([LICENCE_BIT.get(v.licence, 0) for v in vacancies], dtype=np.int32)
        self.v_cert = np.array([-1 if v.certified is None else v.certified for v in vacancies], dtype=np.int32)
        self.v_lang = np.vstack([_language_columns(v.languages) for v in vacancies]) if vacancies else np.zeros((0, len(MATCH_LANGUAGES)), np.int8)
        # the language needs of vacancies come in few combinations: the fit is computed per combination, then gathered
        self.combo_levels, self.v_combo = np.unique(self.v_lang, axis=0, return_inverse=True) if vacancies else (np.zeros((1, len(MATCH_LANGUAGES)), np.int8), np.zeros(0, np.int64))
        self.v_combo = self.v_combo.reshape(-1).astype(np.int32)
        self._combo_cache: dict[tuple, np.ndarray] = {}
        self.v_contract = [v.contract for v in vacancies]
        lists, weights = [], []
        for v in vacancies:
            essential = list(dict.fromkeys(v.essential))
            optional = [s for s in dict.fromkeys(v.optional) if s not in set(essential)]
            lists.append(essential + optional)
            weights.append([1.0] * len(essential) + [OPTIONAL_WEIGHT] * len(optional))
        self.v_skill_ptr, self.v_skill_row, self.v_skill_w = _invert(lists, skills, weights)
        self.v_items_ptr = np.zeros(len(vacancies) + 1, dtype=np.int64)
        self.v_items_ptr[1:] = np.cumsum([len(x) for x in lists])
        self.v_items = np.fromiter((s for x in lists for s in x), dtype=np.int32, count=int(self.v_items_ptr[-1]))
        self.v_items_w = np.fromiter((w for x in weights for w in x), dtype=np.float32, count=int(self.v_items_ptr[-1]))
        self.v_denominator = np.array([sum(w) for w in weights], dtype=np.float64)
        self.place_ptr = np.searchsorted(self.v_place, np.arange(len(places.places) + 1)).astype(np.int64)
        self.v_position = {int(i): p for p, i in enumerate(self.v_id)}
        self._reach_cache: dict[tuple[int, float], np.ndarray] = {}
        self.v_alive = np.ones(len(vacancies), dtype=bool)  # False: replaced by a newer version elsewhere (platform.LiveIndex)
        # persons
        self.p_id = np.array([p.id for p in persons], dtype=np.int64)
        self.p_place = np.array([p.place for p in persons], dtype=np.int32)
        self.p_ring = places.ring[self.p_place] if persons else np.zeros(0, np.int8)
        self.p_commute = np.array([p.max_commute_km for p in persons], dtype=np.float64)
        self.p_relocate = np.array([p.relocate for p in persons], dtype=bool)
        self.p_hmin = np.array([p.hours_min for p in persons], dtype=np.float64)
        self.p_hmax = np.array([p.hours_max for p in persons], dtype=np.float64)
        self.p_licences = np.array([p.licences for p in persons], dtype=np.int32)
        self.p_lang = np.vstack([_language_columns(p.languages) for p in persons]) if persons else np.zeros((0, len(MATCH_LANGUAGES)), np.int8)
        person_skills = [sorted(p.skills) for p in persons]
        self.p_skill_ptr, self.p_skill_row, _ = _invert(person_skills, skills)
        self.p_cert_ptr, self.p_cert_row, _ = _invert([sorted(p.certified) for p in persons], skills)
        occupations = [sorted(p.occupations) for p in persons]
        self.p_occ_ptr, self.p_occ_row, _ = _invert(occupations, self.groups.count)
        self.p_items_ptr = np.zeros(len(persons) + 1, dtype=np.int64)
        self.p_items_ptr[1:] = np.cumsum([len(x) for x in person_skills])
        self.p_items = np.fromiter((s for x in person_skills for s in x), dtype=np.int32, count=int(self.p_items_ptr[-1]))
        self.p_cert_sets = [p.certified for p in persons]
        self.p_occupations = occupations
        self.p_position = {int(i): p for p, i in enumerate(self.p_id)}
        self.p_alive = np.ones(len(persons), dtype=bool)

    def without(self, vacancy_ids, person_ids) -> MatchIndex:  # noqa: ANN001 - iterables of ids
        """A copy sharing every array except the masks, in which these vacancies and persons no longer exist (their
        new version, if any, lives in another index: platform.LiveIndex). The original is left as it is."""
        copy = object.__new__(MatchIndex)
        copy.__dict__.update(self.__dict__)
        copy.v_alive, copy.p_alive = self.v_alive.copy(), self.p_alive.copy()
        copy.v_alive[[self.v_position[i] for i in vacancy_ids if i in self.v_position]] = False
        copy.p_alive[[self.p_position[i] for i in person_ids if i in self.p_position]] = False
        return copy

    # --- memory ---------------------------------------------------------------------------------------------------
    def nbytes(self) -> int:
        return sum(v.nbytes for v in vars(self).values() if isinstance(v, np.ndarray))

    # --- vacancies for a person -------------------------------------------------------------------------------------
    def vacancies_for(self, person: PersonProfile, top: int = 20, exclude: set[int] | frozenset = frozenset(),
                      pinned: list[int] | tuple = (), within_hours: bool = False) -> list[Match]:
        """Exact top vacancies. First only the vacancies that share a skill or an ISCO minor group with the person (and
        the pinned ones) are scored: any other scores at most OTHERS_BOUND. When the last of the top scores more than
        that, nothing left out could enter; otherwise every vacancy in reach is scored. `within_hours`: only vacancies
        within the person's hours (the pinned ones still), as the person asked for them on their own page."""
        distance_to_place = self.places.road_km_from(person.place)
        reach = self._reach(person, distance_to_place)
        if within_hours:
            hours = self.v_hours[reach]
            reach = reach[((person.hours_min <= hours) & (hours <= person.hours_max)) | np.isin(self.v_id[reach], list(pinned))]
        rows, weights = _gather(self.v_skill_ptr, self.v_skill_row, person.skills.keys(), self.v_skill_w)
        matched = np.bincount(rows, weights=weights, minlength=len(self.v_id)) if len(rows) else np.zeros(len(self.v_id))
        occupation_fit = self.groups.similarity(person.occupations)  # > 0 exactly where an ISCO minor group is shared
        related = (matched[reach] > 0) | (occupation_fit[self.v_occ[reach]] > 0)
        if pinned:
            related |= np.isin(self.v_id[reach], list(pinned))
        found = self._rank_vacancies(person, reach[related], distance_to_place, matched, top, exclude, pinned, occupation_fit)
        if sum(not m.pinned for m in found) == top and found[-1].score > OTHERS_BOUND:
            return found
        return self._rank_vacancies(person, reach, distance_to_place, matched, top, exclude, pinned, occupation_fit)

    def _reach(self, person: PersonProfile, distance_to_place: np.ndarray) -> np.ndarray:
        """Positions of the vacancies within the person's commute (every one when they would move), sorted. Kept for the
        last few (place, commute) pairs: the nightly batch takes neighbours in turn."""
        key = (-1, 0.0) if person.relocate else (person.place, person.max_commute_km)
        found = self._reach_cache.get(key)
        if found is None:
            if person.relocate:
                found = np.arange(len(self.v_id))
            else:
                reachable = np.flatnonzero(distance_to_place <= person.max_commute_km)
                found = (np.concatenate([np.arange(self.place_ptr[p], self.place_ptr[p + 1]) for p in reachable]) if len(reachable)
                         else np.zeros(0, np.int64))
            if len(self._reach_cache) >= 32:
                self._reach_cache.pop(next(iter(self._reach_cache)))
            self._reach_cache[key] = found
        return found

    def _rank_vacancies(self, person: PersonProfile, candidates: np.ndarray, distance_to_place: np.ndarray, matched: np.ndarray, top: int,
                        exclude, pinned, occupation_fit: np.ndarray | None = None) -> list[Match]:
        if len(candidates):
            keep = ((self.v_licence[candidates] & ~person.licences) == 0) & self.v_alive[candidates]
            certs = self.v_cert[candidates]
            asking = np.flatnonzero(certs >= 0)
            if len(asking):  # few vacancies need a certificate: check only those
                keep[asking] &= np.isin(certs[asking], list(person.certified))
            candidates = candidates[keep]
        scores = self.score_vacancies(person, candidates, distance_to_place, matched, occupation_fit)
        return self._top(self.v_id, candidates, scores, self.places.ring[self.v_place[candidates]],
                         distance_to_place[self.v_place[candidates]], top, exclude, pinned)

    def score_vacancies(self, person: PersonProfile, candidates: np.ndarray, distance_to_place: np.ndarray, matched: np.ndarray,
                        occupation_fit: np.ndarray | None = None) -> np.ndarray:
        """`matched`: per vacancy, the weighted count of its skills the person has; `occupation_fit`: groups.similarity
        of the person's occupations (computed here when not given)."""
        denominator = self.v_denominator[candidates]
        skills = np.divide(matched[candidates], denominator, out=np.zeros(len(candidates)), where=denominator > 0)
        occupation_fit = self.groups.similarity(person.occupations) if occupation_fit is None else occupation_fit
        occupation = occupation_fit[self.v_occ[candidates]]  # -1 reads the trailing 0
        distance = distance_to_place[self.v_place[candidates]]
        distance_fit = np.maximum(0.0, 1.0 - distance / person.max_commute_km) if person.max_commute_km > 0 else np.zeros(len(candidates))
        language = self._combo_fit(tuple(sorted(person.languages.items())))[self.v_combo[candidates]]
        hours = ((person.hours_min <= self.v_hours[candidates]) & (self.v_hours[candidates] <= person.hours_max)).astype(np.float64)
        return self._combine(skills, occupation, distance_fit, language, hours)

    def _combo_fit(self, languages: tuple) -> np.ndarray:
        """The language fit of each combination of needs for a person's levels (few distinct levels: cached)."""
        found = self._combo_cache.get(languages)
        if found is None:
            if len(self._combo_cache) > 4096:
                self._combo_cache.clear()
            found = self._combo_cache[languages] = self._language_fit(self.combo_levels, _language_columns(dict(languages))[None, :])
        return found

    # --- candidates for a vacancy -----------------------------------------------------------------------------------
    def candidates_for(self, vacancy: VacancyProfile, top: int = 50, among: np.ndarray | None = None, min_good: int = 10,
                       good_score: float = 50.0, exclude: set[int] | frozenset = frozenset(), pinned: list[int] | tuple = ()) -> CandidateList:
        """Top candidates ring by ring: the next ring is searched only while fewer than `min_good` candidates score
        `good_score` or more. `among`: the person ids the caller may see (None: all). Pruned as vacancies_for is:
        persons who share no skill and no ISCO minor group with the vacancy score at most OTHERS_BOUND."""
        pool = self.candidate_pool(vacancy, among, exclude, pinned, pruned=good_score > OTHERS_BOUND)
        found = pool.select(top, min_good, good_score, pinned)
        if pool.pruned and not pool.complete(found, top):
            found = self.candidate_pool(vacancy, among, exclude, pinned, pruned=False).select(top, min_good, good_score, pinned)
        return found

    def candidate_pool(self, vacancy: VacancyProfile, among: np.ndarray | None, exclude, pinned, pruned: bool) -> CandidatePool:
        """The eligible persons scored for a vacancy: with `pruned`, only those sharing a skill or an ISCO minor
        group with it (and the pinned); any other scores at most OTHERS_BOUND."""
        count = len(self.p_id)
        distance_to_place = self.places.road_km_from(vacancy.place)
        distance = distance_to_place[self.p_place]
        eligible = ((distance <= self.p_commute) | self.p_relocate) & self.p_alive
        if vacancy.licence:
            eligible &= (self.p_licences & LICENCE_BIT.get(vacancy.licence, 0)) != 0
        if vacancy.certified is not None:
            certified = np.zeros(count, dtype=bool)
            certified[_gather(self.p_cert_ptr, self.p_cert_row, [vacancy.certified])[0]] = True
            eligible &= certified
        if among is not None:
            eligible &= members(self.p_id, among)
        if exclude:
            eligible &= ~np.isin(self.p_id, list(exclude))
        matched, occupation = self._person_overlap(vacancy)
        if pruned:
            related = (matched > 0) | (occupation > 0)
            related[[self.p_position[p] for p in pinned if p in self.p_position]] = True
            eligible &= related
        rows = np.flatnonzero(eligible)
        scores = self.score_person_rows(vacancy, rows, distance, matched, occupation)
        return CandidatePool(self.p_id[rows], scores, self.p_ring[rows], distance[rows], pruned)

    def _person_overlap(self, vacancy: VacancyProfile) -> tuple[np.ndarray, np.ndarray]:
        """Per person: the weighted count of the vacancy's skills they have, and their occupation fit."""
        count = len(self.p_id)
        essential = list(dict.fromkeys(vacancy.essential))
        optional = [s for s in dict.fromkeys(vacancy.optional) if s not in set(essential)]
        matched = np.zeros(count)
        for group, weight in ((essential, 1.0), (optional, OPTIONAL_WEIGHT)):
            rows, _ = _gather(self.p_skill_ptr, self.p_skill_row, group)
            if len(rows):
                matched += weight * np.bincount(rows, minlength=count)
        occupation = np.zeros(count)
        if vacancy.occupation is not None:
            for level, groups in (("isco3", self.groups.isco3), ("isco4", self.groups.isco4), ("parent", self.groups.parent)):
                key = groups[vacancy.occupation]
                if key >= 0:
                    occupation[_gather(self.p_occ_ptr, self.p_occ_row, np.flatnonzero(groups == key))[0]] = OCCUPATION_FIT[level]
            occupation[_gather(self.p_occ_ptr, self.p_occ_row, [vacancy.occupation])[0]] = OCCUPATION_FIT["same"]
        return matched, occupation

    def score_person_rows(self, vacancy: VacancyProfile, rows: np.ndarray, distance: np.ndarray, matched: np.ndarray,
                          occupation: np.ndarray) -> np.ndarray:
        denominator = len(set(vacancy.essential)) + OPTIONAL_WEIGHT * len(set(vacancy.optional) - set(vacancy.essential))
        skills = matched[rows] / denominator if denominator else np.zeros(len(rows))
        commute = self.p_commute[rows]
        distance_fit = np.maximum(0.0, 1.0 - np.divide(distance[rows], commute, out=np.full(len(rows), np.inf), where=commute > 0))
        language = self._language_fit(_language_columns(vacancy.languages)[None, :], self.p_lang[rows])
        hours = ((self.p_hmin[rows] <= vacancy.hours) & (vacancy.hours <= self.p_hmax[rows])).astype(np.float64)
        return self._combine(skills, occupation[rows], distance_fit, language, hours)

    # --- shared ---------------------------------------------------------------------------------------------------
    @staticmethod
    def _language_fit(required: np.ndarray, levels: np.ndarray) -> np.ndarray:
        required, levels = required.astype(np.int16), levels.astype(np.int16)
        needed = required > 0
        fit = np.where(levels >= required, 1.0, np.where(levels == required - 1, LANGUAGE_ONE_BELOW, 0.0)) * needed
        count = needed.sum(axis=1)
        return np.where(count > 0, fit.sum(axis=1) / np.maximum(count, 1), 1.0)

    @staticmethod
    def _combine(skills, occupation, distance, language, hours) -> np.ndarray:
        total = (WEIGHTS["skills"] * skills + WEIGHTS["occupation"] * occupation + WEIGHTS["distance"] * distance
                 + WEIGHTS["language"] * language + WEIGHTS["hours"] * hours)
        return np.round(total, 2)

    @staticmethod
    def _top(ids: np.ndarray, positions: np.ndarray, scores: np.ndarray, rings: np.ndarray, distances: np.ndarray, top: int,
             exclude, pinned) -> list[Match]:
        """Pinned rows first (by score), then the best `top` others by score, ties by id; excluded rows never."""
        chosen = ids[positions]
        if not pinned and not exclude:
            rows = np.arange(len(chosen))
            if len(rows) > top > 0:
                cut = np.argpartition(-scores, top - 1)[:top]
                rows = np.flatnonzero(scores >= scores[cut].min())  # keep ties at the cut, ordered exactly below
            rows = rows[np.lexsort((chosen[rows], -scores[rows]))][:top]
            return [Match(int(chosen[j]), float(scores[j]), int(rings[j]), round(float(distances[j]), 1)) for j in rows]
        pinned_rows = np.isin(chosen, list(pinned)) if pinned else np.zeros(len(chosen), dtype=bool)
        rest = ~pinned_rows
        if exclude:
            excluded = np.isin(chosen, list(exclude))
            pinned_rows &= ~excluded
            rest &= ~excluded

        def matches(rows: np.ndarray, is_pinned: bool, limit: int | None) -> list[Match]:
            if limit is not None and len(rows) > limit:
                cut = rows[np.argpartition(-scores[rows], limit - 1)[:limit]]
                rows = rows[scores[rows] >= scores[cut].min()]  # keep ties at the cut, ordered exactly below
            rows = rows[np.lexsort((chosen[rows], -scores[rows]))][:limit]
            return [Match(int(chosen[j]), float(scores[j]), int(rings[j]), round(float(distances[j]), 1), is_pinned) for j in rows]

        return matches(np.flatnonzero(pinned_rows), True, None) + (matches(np.flatnonzero(rest), False, top) if top > 0 else [])

    # --- profiles back from the arrays (for explanations) ------------------------------------------------------------
    def vacancy_profile(self, vacancy_id: int) -> VacancyProfile:
        p = self.v_position[vacancy_id]
        items = self.v_items[self.v_items_ptr[p]:self.v_items_ptr[p + 1]].tolist()
        weights = self.v_items_w[self.v_items_ptr[p]:self.v_items_ptr[p + 1]].tolist()
        licence = next((code for code in LICENCES if LICENCE_BIT[code] == self.v_licence[p]), "")
        return VacancyProfile(
            id=vacancy_id, place=int(self.v_place[p]), occupation=None if self.v_occ[p] < 0 else int(self.v_occ[p]),
            essential=[s for s, w in zip(items, weights) if w == 1.0], optional=[s for s, w in zip(items, weights) if w != 1.0],
            languages={c: int(v) for c, v in zip(MATCH_LANGUAGES, self.v_lang[p]) if v}, hours=float(self.v_hours[p]),
            contract=self.v_contract[p], licence=licence, certified=None if self.v_cert[p] < 0 else int(self.v_cert[p]),
        )

    def open_vacancies_asking(self, skills: list[int]) -> dict[int, int]:
        """How many indexed (open) vacancies ask for each skill, essential or optional."""
        return {s: int(self.v_alive[self.v_skill_row[self.v_skill_ptr[s]:self.v_skill_ptr[s + 1]]].sum()) for s in skills
                if 0 <= s < len(self.v_skill_ptr) - 1}
