"""A SYNTHETIC training catalogue on real ESCO occupations and skills and real Flemish places, plain Python.

Nothing here is a real course: provider names of the public families (VDAB, Syntra, CVO) stand for the kind of
provider, the private providers are invented, and titles, prices, hours, places and sessions are drawn. The draw is
deterministic (a seed and a start date), so the demo, the tests and the benchmark get the same catalogue every time.

Courses follow the occupations the synthetic labour market draws most (werkregie.matching.engine.synthetic) and the
occupations of VDAB's published bottleneck list (data/knelpuntberoepen.csv): each course teaches a few of an
occupation's essential skills (a module), or a broad basic course many of them, so that gaps can be closed by a
combination of courses and some remain open, as in reality.

Prices and hours follow each family's usual range: VDAB courses are free for job seekers; a CVO asks an enrolment fee
per lesson hour; Syntra and private providers charge per course. These are plausible, not published, figures."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from werkregie.matching.engine.geography import Places
from werkregie.matching.engine.synthetic import SyntheticMarket
from werkregie.matching.engine.taxonomy import Taxonomy


@dataclass(frozen=True)
class ProviderSpec:
    code: str
    name: str
    family: str  # vdab, syntra, cvo, private
    seat: str  # NIS code of its seat
    campuses: tuple[str, ...] = ()
    isco: tuple[str, ...] = ()  # a private provider's sector: the ISCO-08 code prefixes of the occupations it trains for

    def serves(self, isco: str) -> bool:
        """Public providers train for every occupation; a private one only for those of its sector."""
        return not self.isco or (isco or "").startswith(self.isco)


PROVIDERS = (
    ProviderSpec("vdab-antwerpen", "VDAB Competentiecentrum Antwerpen", "vdab", "11002"),
    ProviderSpec("vdab-gent", "VDAB Competentiecentrum Gent", "vdab", "44021"),
    ProviderSpec("vdab-brugge", "VDAB Competentiecentrum Brugge", "vdab", "31005"),
    ProviderSpec("vdab-genk", "VDAB Competentiecentrum Genk", "vdab", "71016"),
    ProviderSpec("vdab-leuven", "VDAB Competentiecentrum Leuven", "vdab", "24062"),
    ProviderSpec("vdab-kortrijk", "VDAB Competentiecentrum Kortrijk", "vdab", "34022"),
    ProviderSpec("vdab-mechelen", "VDAB Competentiecentrum Mechelen", "vdab", "12025"),
    ProviderSpec("vdab-aalst", "VDAB Competentiecentrum Aalst", "vdab", "41002"),
    ProviderSpec("vdab-turnhout", "VDAB Competentiecentrum Turnhout", "vdab", "13040"),
    ProviderSpec("syntra-vlaanderen", "Syntra Vlaanderen", "syntra", "21004", ("44021", "11002", "71072")),
    ProviderSpec("syntra-ab", "Syntra AB (Antwerpen en Vlaams-Brabant)", "syntra", "11002", ("12025", "24062", "13040")),
    ProviderSpec("syntra-west", "Syntra West", "syntra", "31005", ("34022", "35013", "36015")),
    ProviderSpec("syntra-mv", "Syntra Midden-Vlaanderen", "syntra", "44021", ("41002", "46021", "45041")),
    ProviderSpec("syntra-limburg", "Syntra Limburg", "syntra", "71072", ("71016", "72020", "71053")),
    ProviderSpec("cvo-antwerpen", "CVO Antwerpen (synthetisch)", "cvo", "11002"),
    ProviderSpec("cvo-gent", "CVO Gent (synthetisch)", "cvo", "44021"),
    ProviderSpec("cvo-brugge", "CVO Brugge (synthetisch)", "cvo", "31005"),
    ProviderSpec("cvo-hasselt", "CVO Hasselt (synthetisch)", "cvo", "71072"),
    ProviderSpec("cvo-leuven", "CVO Leuven (synthetisch)", "cvo", "24062"),
    ProviderSpec("cvo-kortrijk", "CVO Kortrijk (synthetisch)", "cvo", "34022"),
    ProviderSpec("cvo-mechelen", "CVO Mechelen (synthetisch)", "cvo", "12025"),
    ProviderSpec("cvo-sint-niklaas", "CVO Sint-Niklaas (synthetisch)", "cvo", "46021"),
    # business, administration and sales
    ProviderSpec("opleidingshuis-noord", "Opleidingshuis Noord bv", "private", "11002", isco=("12", "24", "33", "41", "42", "43", "52")),
    # metal, machinery, electricity, plant operators and their technicians
    ProviderSpec("techniek-academie", "Techniek Academie Kempen bv", "private", "13040", isco=("31", "72", "74", "81", "82")),
    # health and care
    ProviderSpec("zorgvorming", "Zorgvorming Vlaanderen vzw", "private", "44021", isco=("22", "32", "53", "3412", "2635")),
    # ICT
    ProviderSpec("digitaal-leren", "Digitaal Leren bv", "private", "24062", isco=("25", "35", "4132")),
    # transport, logistics and stock
    ProviderSpec("logistiek-campus", "Logistiek Campus Limburg bv", "private", "71016", isco=("83", "93", "432", "1324")),
    # hotels, restaurants, food preparation
    ProviderSpec("kust-horeca", "Horecaschool aan Zee bv", "private", "35013", isco=("512", "513", "94", "3434", "1411", "1412", "7511", "7512")),
    # building and finishing trades
    ProviderSpec("bouw-opleidingen", "Bouwopleidingen West bv", "private", "34022", isco=("71", "3112", "3123")),
    # elementary occupations and cleaning, with Dutch at work
    ProviderSpec("taal-en-werk", "Taal en Werk vzw", "private", "12025", isco=("91", "92", "96", "5151")),
)

# Titles the way Flemish providers write them: "<Beroep> – basisopleiding", "Heftruck rijden in de praktijk". A module's
# title names the ESCO skill it teaches (a verb phrase, "vrachtwagens besturen", or a body of knowledge, "boekhouding").
BROAD_TITLES = {
    "vdab": ("{cap} – basisopleiding", "Opleiding tot {occ}"),
    "syntra": ("{cap} – beroepsopleiding", "{cap} (avondopleiding)"),
    "cvo": ("{cap} – modulair traject", "{cap} – basisopleiding"),
    "private": ("{cap} – intensieve opleiding", "{cap} – basisopleiding"),
}
DOING_TITLES = ("{skill} in de praktijk", "{skill} – basismodule", "{skill} – bijscholing", "Leren {lower}", "Aan de slag als {occ}: {lower}")
KNOWING_TITLES = ("Inleiding tot {lower}", "{skill}: de basis", "{skill} – opfrissing", "{skill} – kennismodule")
BROAD_EN = ("{cap} – basic course", "Training as {occ}")
BROAD_FR = ("{cap} – formation de base", "Formation {occ}")


def _label(taxonomy: Taxonomy, skill: int, language: str = "nl") -> str:
    return (taxonomy.skills[skill].labels.get(language) or [""])[0]


def _capital(text: str) -> str:
    if text[:2] == "ij":
        return "IJ" + text[2:]  # Dutch: IJzervlechter, not Ijzervlechter
    return text[:1].upper() + text[1:]


def _is_doing(label: str) -> bool:
    """An ESCO skill label that is a verb phrase ends on an infinitive ("heftrucks besturen", "klanten adviseren")."""
    last = label.split()[-1] if label.split() else ""
    return len(label.split()) > 1 and last.endswith("en") and not last.endswith(("ingen", "heden", "tieën"))


def _titles(rng: random.Random, family: str, broad: bool, occupation: dict[str, str], focus: int | None, taxonomy: Taxonomy) -> tuple[str, str, str]:
    """(nl, fr, en): a broad course is named after the occupation, a module after the skill it teaches (only a skill
    with a Dutch label: without one the module is named after the occupation as an in-depth course)."""
    occ_nl, occ_fr, occ_en = occupation["nl"], occupation["fr"], occupation["en"]
    label = _label(taxonomy, focus) if focus is not None else ""
    if broad or not label:
        pick = rng.randrange(2)
        title_nl = BROAD_TITLES[family][pick].format(cap=_capital(occ_nl), occ=occ_nl) if broad else f"{_capital(occ_nl)} – verdiepingsmodule"
        title_en = BROAD_EN[pick].format(cap=_capital(occ_en), occ=occ_en) if broad and occ_en else ""
        title_fr = BROAD_FR[pick].format(cap=_capital(occ_fr), occ=occ_fr) if broad and occ_fr else ""
        return title_nl, title_fr, title_en
    pattern = rng.choice(DOING_TITLES if _is_doing(label) else KNOWING_TITLES)
    title_nl = _capital(pattern.format(skill=_capital(label), lower=label, occ=occ_nl))
    english, french = _label(taxonomy, focus, "en"), _label(taxonomy, focus, "fr")
    return title_nl, (f"{_capital(french)} – module" if french else ""), (f"{_capital(english)} – module" if english else "")


def _eqf(isco: str) -> int:
    major = isco[:1] if isco else "9"
    return {"1": 6, "2": 6, "3": 5, "4": 4, "5": 3, "6": 3, "7": 4, "8": 3, "9": 2}.get(major, 3)


def _price(rng: random.Random, family: str, hours: int) -> str:
    if family == "vdab":
        return "0.00"  # VDAB courses are free for job seekers
    if family == "cvo":
        return f"{min(hours * 1.5, 300):.2f}"  # an enrolment fee per lesson hour, capped
    per_hour = rng.uniform(8, 25) if family == "syntra" else rng.uniform(15, 60)
    return f"{round(hours * per_hour / 5) * 5:.2f}"


def _hours(rng: random.Random, family: str, broad: bool) -> int:
    if family == "vdab":
        return rng.choice((80, 120, 160, 240, 320, 400)) if broad else rng.choice((24, 40, 60, 80))
    if family == "cvo":
        return rng.choice((60, 80, 120, 160, 240)) if broad else rng.choice((20, 40, 60))
    if family == "syntra":
        return rng.choice((60, 90, 120, 180)) if broad else rng.choice((12, 18, 24, 36))
    return rng.choice((21, 35, 40, 70)) if broad else rng.choice((4, 7, 14, 16))


def occupations_for(taxonomy: Taxonomy, places: Places, extra: list[int], how_many: int) -> list[int]:
    """The occupations the catalogue serves: the bottleneck ones, then the most drawn of the synthetic market."""
    market = SyntheticMarket(taxonomy, places, seed=2026)
    out = list(dict.fromkeys([o for o in extra if len(taxonomy.occupations[o].essential) >= 3]))
    for o in market.occupations.tolist():
        if len(out) >= how_many:
            break
        if o not in out:
            out.append(int(o))
    return out


# The occupations the catalogue covers in full (the demo citizen's targets, the bottleneck occupations): every essential
# skill taught by at least one module of the occupation itself, as a provider's modular programme for a bottleneck
# occupation is (VDAB's "modulaire opleiding"). Before, a few random modules per occupation left most gaps without a
# course: the walk of issue 13 found 37 of a warehouse manager's 40 essential skills without one, and the guide then
# offered a distillery module for "tillen". A module teaches MODULE_SKILLS of them.
MODULE_SKILLS = (2, 4)


def _modules(rng: random.Random, essential: list[int]) -> list[list[int]]:
    """The essential skills split into modules of MODULE_SKILLS skills (the last one may be smaller), in a drawn order."""
    skills = list(essential)
    rng.shuffle(skills)
    out: list[list[int]] = []
    while skills:
        size = rng.randint(*MODULE_SKILLS)
        out.append(sorted(skills[:size]))
        skills = skills[size:]
    return out


def _weekday(day: dt.date) -> dt.date:
    """A course starts on a working day (no weekend, no public holiday): no modality of the catalogue is a weekend
    course (Modality), and 310 of the demo's 1,194 sessions began on a Saturday or Sunday (walk of issue 13)."""
    from werkregie.core.workdays import working_day_on_or_after

    return working_day_on_or_after(day)


def _course(rng: random.Random, taxonomy: Taxonomy, occupation: int, draw: Callable[[], tuple[list[int], bool]], serial: int,
            start: dt.date) -> tuple[ProviderSpec, dict]:
    """One course record of `occupation` at a provider that serves it, teaching the skills `draw` gives (its essential
    ones) and broad or not. The provider is drawn first, as it always was: the catalogue without `complete` stays the one
    the demo had."""
    o = taxonomy.occupations[occupation]
    specialised = [p for p in PROVIDERS if p.isco and p.serves(o.isco)]
    # a sector's own private provider gets a fair share of its courses; the public ones train for everything
    provider = rng.choice(specialised) if specialised and rng.random() < 0.35 else rng.choice([p for p in PROVIDERS if p.serves(o.isco)])
    skills, broad = draw()
    focus = next((s for s in skills if _label(taxonomy, s)), None)
    skills = list(skills)
    if o.optional and rng.random() < 0.4:
        skills.append(rng.choice(o.optional))
    occupation_nl = (o.labels.get("nl") or o.labels.get("en") or [o.uri])[0]
    occupation_en = (o.labels.get("en") or [occupation_nl])[0]
    occupation_fr = (o.labels.get("fr") or [""])[0]
    title_nl, title_fr, title_en = _titles(rng, provider.family, broad, {"nl": occupation_nl, "fr": occupation_fr, "en": occupation_en},
                                           focus, taxonomy)
    hours = _hours(rng, provider.family, broad)
    roll = rng.random()
    modality = "online" if roll < 0.18 else ("dual" if roll < 0.30 and provider.family in ("vdab", "syntra") else "classroom")
    place = rng.choice((provider.seat, *provider.campuses)) if modality != "online" else ""
    financing = ["learning_account"]
    if provider.family in ("syntra", "cvo", "private") and rng.random() < 0.7:
        financing.append("opleidingscheques")
    if provider.family in ("syntra", "cvo") and hours >= 32:
        financing.append("vov")
    sessions = []
    first = start + dt.timedelta(days=rng.randint(7, 60))
    for n in range(rng.randint(1, 3)):
        begin = _weekday(first + dt.timedelta(days=n * rng.choice((42, 63, 91))))
        places_n = rng.choice((8, 10, 12, 14, 16, 20, 24)) if modality != "online" else rng.choice((30, 50, 100))
        weeks = max(1, hours // (8 if modality == "online" else 20))
        sessions.append({"session_id": f"{begin:%Y%m}-{n + 1}", "start": begin.isoformat(),
                         "end": (begin + dt.timedelta(weeks=weeks)).isoformat(), "places": places_n,
                         "free_places": rng.randint(0, places_n) if rng.random() < 0.2 else rng.randint(places_n // 2, places_n)})
    return provider, {
        "course_id": f"{provider.code.split('-')[0].upper()}-{serial:05d}",
        "title_nl": title_nl[:300], "title_fr": title_fr[:300], "title_en": title_en[:300],
        "description": f"Voor wie werkt of wil werken als {occupation_nl}. Synthetisch voorbeeld in de demo: geen echte opleiding.",
        "skills": [taxonomy.skills[s].uri for s in skills],
        "eqf_level": _eqf(o.isco), "hours": hours, "cost": _price(rng, provider.family, hours), "modality": modality,
        "municipality": place, "financing": financing, "sessions": sessions,
    }


def _drawn(rng: random.Random, taxonomy: Taxonomy, occupation: int) -> tuple[list[int], bool]:
    """A drawn course of the occupation: a broad one (a quarter) teaching 40–80 % of its essential skills, else a
    module of 1–4 skills (named in Dutch where the occupation has enough of them)."""
    essential = list(dict.fromkeys(taxonomy.occupations[occupation].essential))
    broad = rng.random() < 0.25
    share = rng.uniform(0.4, 0.8) if broad else None
    size = max(2, round(len(essential) * share)) if broad else rng.randint(1, min(4, len(essential)))
    named = [s for s in essential if _label(taxonomy, s)]
    pool = essential if broad or len(named) < size else named
    return sorted(rng.sample(pool, min(size, len(pool)))), broad


def catalogue(taxonomy: Taxonomy, places: Places, *, courses: int = 600, start: dt.date, seed: int = 2026,
              extra_occupations: list[int] | None = None, occupations: int | None = None,
              complete: list[int] | None = None) -> dict[str, list[dict]]:
    """Import records per provider code: about `courses` courses over the providers, sessions in the coming months.
    The occupations in `complete` first get modules that together teach each of their essential skills (as far as
    `courses` reaches; see MODULE_SKILLS), then the courses are drawn over the catalogue's occupations as before."""
    rng = random.Random(seed)
    targets = occupations_for(taxonomy, places, extra_occupations or [], occupations or max(40, courses // 5))
    out: dict[str, list[dict]] = {p.code: [] for p in PROVIDERS}
    planned = [(o, skills, False) for o in dict.fromkeys(complete or []) if len(taxonomy.occupations[o].essential) >= 3
               for skills in _modules(rng, list(dict.fromkeys(taxonomy.occupations[o].essential)))]
    serial = 0
    while serial < courses:
        if serial < len(planned):
            occupation, skills, broad = planned[serial]
            draw = (lambda skills=skills, broad=broad: (skills, broad))
        else:
            drawn = serial - len(planned)
            occupation = targets[drawn % len(targets)] if drawn < len(targets) * 3 else rng.choice(targets)
            draw = (lambda occupation=occupation: _drawn(rng, taxonomy, occupation))
        serial += 1
        provider, row = _course(rng, taxonomy, occupation, draw, serial, start)
        out[provider.code].append(row)
    return out
