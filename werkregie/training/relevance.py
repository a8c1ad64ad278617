"""What makes the training guide's proposals fit the person and the target occupation, plain Python on the ESCO
taxonomy (no Django):

- **Experience as evidence.** Someone who worked as X for a meaningful time has practised X's essential skills, even
  when their profile lists few of them (the walk of stop 25: a forklift driver with four years' experience "missed 23
  essential competences"). Those skills are *implied by experience*: shown apart from the real gaps, with the advice to
  have them confirmed (EVC, competence visa), and never counted as confirmed competences (matching.models
  .COUNTING_SOURCES stays the rule for anything with consequences). Experience in another occupation implies the
  essential skills the two occupations share.
- **On-target courses.** A course is a candidate only when enough of what it teaches belongs to the target occupation
  (its essential or optional ESCO skills): otherwise the set cover takes a course of another sector because it teaches
  one gap among many unrelated skills.
- **Optional courses about the gap.** A gap the plan leaves open is offered a course of another occupation as an
  optional course only when that course is about the gap: the gap skill, a narrower skill of it, or a skill of close
  meaning make up a real share of what it teaches (Kinship, gap_share). A broad course of another trade that names
  the gap among a dozen other skills is not a way to learn it.
- **Close occupations.** The bottleneck occupations suggested besides the person's own targets are ordered by how
  close they are to the person's profile: the share of their essential skills the person has (confirmed) or their
  experience implies, and the ISCO-08 group they share with an occupation the person worked in or wants.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from werkregie.matching.engine.taxonomy import Taxonomy

# One year: a temporary job of a few weeks or a trial period does not show that someone masters an occupation's
# essential skills; a year of work as X is the usual minimum of relevant experience an EVC or competence-visa
# assessment starts from. Shorter experience still shows in the profile, but implies nothing in the guide.
MIN_EXPERIENCE_YEARS = 1.0

# At least half of the skills a course teaches must belong to the target occupation (its essential or optional ESCO
# skills). Below that, most of the course's hours and cost go to another occupation's work while it closes one or two
# gaps (the synthetic catalogue's modules teach 1–4 skills of one occupation: a module of another sector sharing one
# generic skill scores 1/4 to 1/2 at best and its broad courses far less; the target's own modules score 1). The person
# still sees every gap such a course would have closed, listed as uncovered with the reason.
MIN_COURSE_RELEVANCE = 0.5

# Closeness of a suggested occupation to the profile: the share of its essential skills the person has or their
# experience implies (0–1), plus these for sharing an ISCO-08 group with an occupation they worked in or want.
ISCO_UNIT_BONUS = 0.5  # the same 4-digit unit group (forklift operator and truck driver: 8344 and 8332 differ)
ISCO_MINOR_BONUS = 0.25  # the same 3-digit minor group (834 mobile plant operators)
ISCO_SUB_MAJOR_BONUS = 0.1  # the same 2-digit sub-major group (83 drivers and mobile plant operators)
# A suggestion needs at least this closeness: a tenth of its essential skills in hand, or the same ISCO sub-major group.
# ESCO's essential skills are fine-grained and shared little between occupations (a forklift operator and a truck
# driver share one of the truck driver's 18), so a higher bar leaves nothing; lower lets in occupations that share one
# generic skill (a shop assistant, 2 of 22) with someone who never asked for a career change. The person's own
# targets are always shown, whatever their closeness; a profile with nothing in it gets the tightest ones instead.
MIN_CLOSENESS = 0.1
# And at least one of its essential skills in hand: the ISCO group alone reached MIN_CLOSENESS and the page then said
# "dicht bij uw profiel: u hebt of uw ervaring toont 0 van de 13 essentiële competenties" (walk of issue 13: an
# above-ground mining machine operator for a forklift driver, both in sub-major group 83). The group only orders.
MIN_SKILLS_HELD = 1
# And at least a fifth of its essential skills in hand before the page calls it "dicht bij uw profiel": the ISCO group
# bonus let an occupation through on two of its 26 skills (8 %: "Chauffeur de maître" for a forklift driver, walk of
# issue 13), which is not close by any reading. A fifth keeps what a forklift driver's experience really reaches
# (warehouse worker 10 of 39, order picker 5 of 24, cable car operator 2 of 8) and drops the drivers and operators
# who share one or two generic skills; where no bottleneck occupation is that close, the guide suggests none rather
# than a far one. The bonus still orders the close ones.
MIN_SKILL_SHARE = 0.2


@dataclass(frozen=True)
class Evidence:
    """Why the guide counts a skill as implied: the occupation the person worked in and for how long."""

    occupation: int
    years: float


def essential(taxonomy: Taxonomy, occupation: int) -> list[int]:
    return list(dict.fromkeys(taxonomy.occupations[occupation].essential))


def implied_by_experience(taxonomy: Taxonomy, experience: dict[int, float], occupation: int) -> dict[int, Evidence]:
    """The target occupation's essential skills that the person's experience implies (skill → evidence): the
    essential skills of every occupation they worked in for at least MIN_EXPERIENCE_YEARS that are also essential
    for the target. The target itself first, then the longest experience."""
    target = set(essential(taxonomy, occupation))
    out: dict[int, Evidence] = {}
    ordered = sorted(((o, y) for o, y in experience.items() if y >= MIN_EXPERIENCE_YEARS), key=lambda oy: (oy[0] != occupation, -oy[1], oy[0]))
    for worked, years in ordered:
        for skill in essential(taxonomy, worked):
            if skill in target and skill not in out:
                out[skill] = Evidence(worked, years)
    return out


def occupation_skill_uris(taxonomy: Taxonomy, occupation: int) -> frozenset[str]:
    o = taxonomy.occupations[occupation]
    return frozenset(taxonomy.skills[s].uri for s in (*o.essential, *o.optional))


def course_relevance(course_skills: frozenset[str], occupation_skills: frozenset[str]) -> float:
    """The share of a course's skills that belong to the occupation (0 for a course that names none)."""
    return len(course_skills & occupation_skills) / len(course_skills) if course_skills else 0.0


# A course of another occupation (not every skill it teaches belongs to the target) farther than a daily commute is not
# proposed when all it would close are generic gaps (ESCO reuse level transversal or cross-sector): the walk of issue 13
# found a port controller's module 148 km away in a warehouse manager's plan, only for "verschillende
# communicatiekanalen gebruiken". Such a skill is taught in many courses and learnt at work; a long journey to a course
# mostly about something else is no plan. 50 km by road is about an hour's drive, the edge of a daily commute in
# Flanders. The gap stays uncovered with the reason ("far_generic") and those courses named.
NEAR_KM = 50.0
GENERIC_REUSE = frozenset({"transversal", "cross-sector"})


def far_for_generic(closes: frozenset[str], generic: frozenset[str], share: float, distance_km: float | None) -> bool:
    """True for a course to leave out as above: `closes` the gaps it would close, `generic` the generic ones among all
    gaps, `share` its course_relevance, `distance_km` None when online."""
    return share < 1.0 and distance_km is not None and distance_km > NEAR_KM and bool(closes) and closes <= generic


def on_target(course_skills: frozenset[str], occupation_skills: frozenset[str]) -> bool:
    return course_relevance(course_skills, occupation_skills) >= MIN_COURSE_RELEVANCE


@dataclass(frozen=True)
class Closeness:
    score: float
    skills_held: int  # essential skills of the occupation the person has (confirmed) or their experience implies
    skills_total: int
    isco_level: int  # digits of the ISCO-08 code shared with an own occupation (0, 2, 3 or 4)
    near: int | None  # that own occupation


def suggestable(found: Closeness) -> bool:
    """Close enough to suggest, and close in what the person can do: see MIN_CLOSENESS, MIN_SKILLS_HELD and
    MIN_SKILL_SHARE."""
    share = found.skills_held / found.skills_total if found.skills_total else 0.0
    return found.score >= MIN_CLOSENESS and found.skills_held >= MIN_SKILLS_HELD and share >= MIN_SKILL_SHARE


def _shared_digits(a: str, b: str) -> int:
    for digits in (4, 3, 2):
        if a and b and len(a) >= digits and len(b) >= digits and a[:digits] == b[:digits]:
            return digits
    return 0


def held_skills(taxonomy: Taxonomy, skills: set[int], experience: dict[int, float]) -> set[int]:
    """The skills a person has (confirmed, as given) or their experience of at least MIN_EXPERIENCE_YEARS implies."""
    held = set(skills)
    for worked, years in experience.items():
        if years >= MIN_EXPERIENCE_YEARS:
            held.update(essential(taxonomy, worked))
    return held


def closeness(taxonomy: Taxonomy, held: set[int], own: list[int], candidate: int) -> Closeness:
    """How close `candidate` is to a person who has the skills `held` (held_skills) and whose own occupations (worked
    in or wanted) are `own`."""
    needed = essential(taxonomy, candidate)
    count = sum(1 for s in needed if s in held)
    isco = taxonomy.occupations[candidate].isco
    level, near = 0, None
    for o in own:
        digits = _shared_digits(isco, taxonomy.occupations[o].isco)
        if digits > level:
            level, near = digits, o
    bonus = {4: ISCO_UNIT_BONUS, 3: ISCO_MINOR_BONUS, 2: ISCO_SUB_MAJOR_BONUS}.get(level, 0.0)
    return Closeness(round((count / len(needed) if needed else 0.0) + bonus, 4), count, len(needed), level, near)


# --- optional courses: about the gap, not only naming it ------------------------------------------------------------

# A course of another occupation is offered as an optional course for a gap only when at least a quarter of the skills
# it teaches are the gap skill or stand for it (Kinship.stands_for): a course spends its hours on what it teaches, so
# the share is the part of the course that is about the gap. A module on the gap (1–4 skills, the gap one of them:
# "Opslagactiviteiten: de basis" teaching storage operations and three port skills, the walk of issue 13) keeps it;
# a broad course of another trade does not ("Fietsenmaker – basisopleiding" for "werknemers opleiden", one skill in
# eight; "Lascoördinator – basisopleiding" for "create a work atmosphere of continuous improvement", one in sixteen:
# the browser walk of issue 13 found such courses listed as optional courses).
MIN_GAP_SHARE = 0.25
# A course skill stands for the gap when it is the gap, a narrower skill of it in ESCO's skill hierarchy (teaching
# "heftrucks besturen" teaches part of "voertuigen besturen"), or close in meaning: the cosine of the two skills' label
# vectors (matching.engine.semantic, the mean of each skill's labels, centred per language) at least this. ESCO's own
# broader–narrower pairs reach it in 36 % of cases, 0.055 % of random skill pairs do ("opslagactiviteiten" and
# "magazijnactiviteiten beheren" 0.56; "communicatiestrategieën ontwikkelen" and "verschillende communicatiekanalen
# gebruiken" 0.41, related but another skill; "werknemers opleiden" and "fietsen repareren" 0.02).
RELATED_SIMILARITY = 0.5
MAX_HIERARCHY_DEPTH = 12  # ESCO's skill hierarchy is a handful of levels deep; the walk up stops here whatever the data


class Kinship:
    """Which skills stand for which: the skill itself, its narrower skills (ESCO), and skills close in meaning."""

    def __init__(self, taxonomy: Taxonomy, broader: dict[str, str], means: np.ndarray | None) -> None:
        self.taxonomy = taxonomy
        self.index = taxonomy.skill_index
        self.broader = {self.index[child]: self.index[parent] for child, parent in broader.items() if child in self.index and parent in self.index}
        self.means = means  # one unit vector per skill (taxonomy order), or None without the shipped vectors

    def similarity(self, a: int, b: int) -> float:
        return float(self.means[a] @ self.means[b]) if self.means is not None else (1.0 if a == b else 0.0)

    def narrower_of(self, skill: int, gap: int) -> bool:
        for _ in range(MAX_HIERARCHY_DEPTH):
            skill = self.broader.get(skill, -1)
            if skill < 0:
                return False
            if skill == gap:
                return True
        return False

    def stands_for(self, skill_uri: str, gap_uri: str) -> bool:
        if skill_uri == gap_uri:
            return True
        skill, gap = self.index.get(skill_uri), self.index.get(gap_uri)
        if skill is None or gap is None:
            return False
        return self.narrower_of(skill, gap) or self.similarity(skill, gap) >= RELATED_SIMILARITY

    def gap_share(self, course_skills: Iterable[str], gap_uri: str) -> float:
        """The share of a course's skills that stand for the gap (0 for a course that names none)."""
        skills = list(dict.fromkeys(course_skills))
        return sum(1 for s in skills if self.stands_for(s, gap_uri)) / len(skills) if skills else 0.0

    def about(self, course_skills: Iterable[str], gap_uri: str) -> bool:
        return self.gap_share(course_skills, gap_uri) >= MIN_GAP_SHARE

    def named_in(self, title: str, gap_uri: str) -> bool:
        """Whether a course's title names the gap skill (its preferred label in Dutch, French or English): a provider
        names a course after what it is about."""
        found = self.index.get(gap_uri)
        if found is None or not title:
            return False
        labels = self.taxonomy.skills[found].labels
        text = title.casefold()
        return any(len(label) >= 3 and label.casefold() in text for lang in ("nl", "fr", "en") for label in labels.get(lang, [])[:1])


def skill_means(owner: np.ndarray, vectors: np.ndarray, skills: int) -> np.ndarray:
    """One unit vector per skill: the mean of its label vectors (`owner[i]` the skill of row i); zero where none."""
    means = np.zeros((skills, vectors.shape[1]), dtype=np.float32)
    if len(owner):
        order = np.argsort(owner, kind="stable")
        owners = owner[order]
        starts = np.flatnonzero(np.r_[True, owners[1:] != owners[:-1]])
        means[owners[starts]] = np.add.reduceat(vectors[order], starts, axis=0)
    means /= np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-9)
    return means


_kinship: dict[int, Kinship] = {}
_kinship_lock = threading.Lock()


def kinship(taxonomy: Taxonomy) -> Kinship:
    """The Kinship of the shipped taxonomy, built once per process (about 0.2 s: the hierarchy and 13,896 means)."""
    from werkregie.matching.engine import semantic
    from werkregie.matching.engine.implied import broader_skills

    with _kinship_lock:
        found = _kinship.get(id(taxonomy))
        if found is None:
            means = None
            if semantic.available():
                vectors = semantic.label_vectors()
                means = skill_means(vectors.skill_owner, vectors.skill_vectors, len(taxonomy.skills))
            found = _kinship[id(taxonomy)] = Kinship(taxonomy, broader_skills(), means)
        return found


def related_context(course_skills: Iterable[str], gap_uri: str, occupation_skills: frozenset[str], kin: Kinship) -> bool:
    """Whether what a course teaches besides the gap (the skills that do not stand for it) belongs to the target
    occupation in part: its context is the target's work, not another trade's. A course about the gap alone has no
    other context and counts as related. The walk of issue 13 found a distillery module (lifting heavy weights and
    three distilling skills) offered to a warehouse manager for "tillen"."""
    rest = [s for s in dict.fromkeys(course_skills) if not kin.stands_for(s, gap_uri)]
    return not rest or any(s in occupation_skills for s in rest)


def optional_courses(
    gap_uri: str, course_ids: list[int], skills_of: dict[int, frozenset[str]], relevance: dict[int, float], kin: Kinship, titles: dict[int, str] | None = None,
    occupation_skills: frozenset[str] | None = None,
) -> list[int]:
    """Of the courses of other occupations that teach an open gap (`course_ids`), those about it (Kinship.about); and
    when some of those have a context related to the target occupation (`occupation_skills`, related_context), only
    those: an unrelated trade's course is offered only when nothing closer teaches the gap. First those named after
    the gap (`titles`: "Projectbeheer – kennismodule" before a module on drawing software that also teaches project
    management), then the most about the gap, then the most relevant to the target occupation, then as given. The
    title only orders: what a course teaches decides."""
    shares = {pk: kin.gap_share(skills_of.get(pk, ()), gap_uri) for pk in course_ids}
    about = [pk for pk in course_ids if shares[pk] >= MIN_GAP_SHARE]
    if occupation_skills is not None:
        related = [pk for pk in about if related_context(skills_of.get(pk, ()), gap_uri, occupation_skills, kin)]
        about = related or about
    named = {pk for pk in about if kin.named_in((titles or {}).get(pk, ""), gap_uri)}
    return sorted(about, key=lambda pk: (pk not in named, -shares[pk], -relevance.get(pk, 0.0)))
