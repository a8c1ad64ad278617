"""The counsellor's assessment: the model's chance of work together with what the conversation revealed gives the
distance to the labour market and whether the person is self-reliant (zelfredzaam). Plain Python; each reason is a
code with its parameters (`Proposal.codes`, stored and translated when shown: screening/reasons.py) and its Dutch
sentence (`Proposal.reasons`).

The category starts from the chance of at least 28 days of work within 6 months (short above 50%, medium 35-50%,
long below 35%; the limits are configurable). Barriers the model cannot see then move it: any indication of
medical, mental, psychological, psychiatric or social problems (MMPPS) means at least a long distance; other barriers
(childcare, mobility, Dutch below A2, no digital skills, low motivation) move it one step, three or more two steps.
"Not deployable" is the counsellor's explicit finding that work is not possible now (work-care or welfare first).
"""

from __future__ import annotations

from dataclasses import dataclass, field

CATEGORIES = ("short", "medium", "long", "not_deployable")
PROBLEMS = ("medical", "mental", "psychological", "psychiatric", "social")
MOTIVATION = ("high", "moderate", "low")
DUTCH = ("A1", "A2", "B1", "B2", "C1", "C2", "native")
DIGITAL = ("none", "basic", "intermediate", "advanced")
COMPETENCES = ("sufficient", "partial", "insufficient")


@dataclass(frozen=True)
class Limits:
    short_above: float = 0.50
    long_below: float = 0.35

    def __post_init__(self) -> None:
        if not 0 < self.long_below <= self.short_above < 1:
            raise ValueError(f"screening limits must satisfy 0 < long ({self.long_below}) <= short ({self.short_above}) < 1")


@dataclass(frozen=True)
class Answers:
    competences: str = "sufficient"
    dutch_level: str = "B1"
    digital_skills: str = "basic"
    problems: tuple[str, ...] = ()
    childcare_barrier: bool = False
    mobility_barrier: bool = False
    motivation: str = "high"
    not_deployable: bool = False

    def __post_init__(self) -> None:
        for name, value, allowed in (("competences", self.competences, COMPETENCES), ("dutch_level", self.dutch_level, DUTCH),
                                     ("digital_skills", self.digital_skills, DIGITAL), ("motivation", self.motivation, MOTIVATION)):
            if value not in allowed:
                raise ValueError(f"{name}: '{value}' is not one of {', '.join(allowed)}")
        unknown = [p for p in self.problems if p not in PROBLEMS]
        if unknown:
            raise ValueError(f"problems: '{unknown[0]}' is not one of {', '.join(PROBLEMS)}")


def gettext_noop(text: str) -> str:
    """Marks a Dutch source text for translation (makemessages finds the name) without Django: the engine stays plain."""
    return text


# each reason's Dutch source, by code (registered with werkregie.workflows.labels by screening/reasons.py); a French or
# English page showed these Dutch sentences as stored (walk of issue 16)
TEXTS = {
    "screening.reason.no_score": gettext_noop("Er is nog geen modelscore: de categorie volgt uit het gesprek alleen (vertrekpunt: middellange afstand)."),
    "screening.reason.model": gettext_noop("Het model schat de kans op werk binnen 6 maanden op %(percent)s %% (%(category)s)."),
    "screening.reason.not_deployable": gettext_noop("De bemiddelaar stelt vast dat werk nu niet mogelijk is."),
    "screening.reason.childcare": gettext_noop("Kinderopvang is een drempel."),
    "screening.reason.mobility": gettext_noop("Mobiliteit is een drempel."),
    "screening.reason.dutch": gettext_noop("De kennis van het Nederlands is lager dan A2."),
    "screening.reason.digital": gettext_noop("Er zijn geen digitale vaardigheden."),
    "screening.reason.motivation": gettext_noop("De motivatie is laag."),
    "screening.reason.competences": gettext_noop("De competenties volstaan niet voor de gezochte jobs."),
    "screening.reason.problems": gettext_noop("Er zijn aanwijzingen van medische, mentale, psychische, psychiatrische of sociale problemen."),
    "screening.reason.self_reliant": gettext_noop("Zelfredzaam: kan zelfstandig werk zoeken met digitale ondersteuning."),
    # the real reason, not "begeleiding is nodig" (circular: walk of issue 16)
    "screening.reason.not_self_reliant.distance": gettext_noop("Niet zelfredzaam: zelfstandig zoeken past alleen bij een korte afstand tot de arbeidsmarkt; deze persoon heeft een %(category)s."),
    "screening.reason.not_self_reliant.dutch": gettext_noop("Niet zelfredzaam: zelfstandig zoeken vraagt minstens Nederlands op niveau B1."),
    "screening.reason.not_self_reliant.digital": gettext_noop("Niet zelfredzaam: zelfstandig zoeken vraagt digitale vaardigheden."),
}
# the same reasons for the job seeker's own page, in plain second person (walk of issue 16, stop 37: "Mijn kans op werk"
# showed the counsellor's sentences, "deze persoon heeft een middellange afstand", to the person)
CITIZEN_TEXTS = {
    "screening.reason.no_score": gettext_noop("Er is nog geen score van het model: uw bemiddelaar besliste na het gesprek met u."),
    "screening.reason.model": gettext_noop("Het model schat uw kans op werk binnen 6 maanden op %(percent)s %% (%(category)s)."),
    "screening.reason.not_deployable": gettext_noop("Uw bemiddelaar stelde vast dat werken voor u nu niet mogelijk is."),
    "screening.reason.childcare": gettext_noop("Kinderopvang vinden is voor u een drempel."),
    "screening.reason.mobility": gettext_noop("Naar het werk gaan is voor u een drempel (vervoer)."),
    "screening.reason.dutch": gettext_noop("Uw Nederlands is nog lager dan niveau A2."),
    "screening.reason.digital": gettext_noop("U werkt nog niet met een computer of smartphone."),
    "screening.reason.motivation": gettext_noop("U gaf aan dat werk zoeken nu moeilijk is voor u."),
    "screening.reason.competences": gettext_noop("Wat u kunt, volstaat nog niet voor de jobs die u zoekt."),
    "screening.reason.problems": gettext_noop("Er zijn medische, psychische of sociale moeilijkheden die werk zoeken zwaarder maken."),
    "screening.reason.self_reliant": gettext_noop("U kunt zelf werk zoeken, met hulp op de website en de app."),
    "screening.reason.not_self_reliant.distance": gettext_noop("U zoekt samen met een bemiddelaar: alleen zoeken past bij een korte afstand tot werk, en u hebt een %(category)s."),
    "screening.reason.not_self_reliant.dutch": gettext_noop("U zoekt samen met een bemiddelaar: alleen zoeken vraagt Nederlands op minstens niveau B1."),
    "screening.reason.not_self_reliant.digital": gettext_noop("U zoekt samen met een bemiddelaar: alleen zoeken vraagt dat u met een computer of smartphone werkt."),
}
CATEGORY_TEXTS = {
    "short": gettext_noop("korte afstand"), "medium": gettext_noop("middellange afstand"), "long": gettext_noop("lange afstand"),
    "not_deployable": gettext_noop("niet inzetbaar"),
}
CATEGORY_PARAMS = ("category",)  # parameters that hold a category (shown as its words in the reader's language)


def dutch(code: str, params: dict) -> str:
    """A reason's Dutch sentence."""
    return TEXTS[code] % {k: CATEGORY_TEXTS[v] if k in CATEGORY_PARAMS else v for k, v in params.items()} if params else TEXTS[code]


@dataclass
class Proposal:
    category: str
    self_reliant: bool
    model_category: str | None
    codes: list[tuple[str, dict]] = field(default_factory=list)  # each reason's code and parameters (TEXTS)

    @property
    def reasons(self) -> list[str]:
        return [dutch(code, params) for code, params in self.codes]


def model_category(chance: float, limits: Limits) -> str:
    if chance > limits.short_above:
        return "short"
    if chance >= limits.long_below:
        return "medium"
    return "long"


def barriers(answers: Answers) -> list[str]:
    """The codes of the barriers the answers show (TEXTS)."""
    found = []
    if answers.childcare_barrier:
        found.append("screening.reason.childcare")
    if answers.mobility_barrier:
        found.append("screening.reason.mobility")
    if DUTCH.index(answers.dutch_level) < DUTCH.index("A2"):
        found.append("screening.reason.dutch")
    if answers.digital_skills == "none":
        found.append("screening.reason.digital")
    if answers.motivation == "low":
        found.append("screening.reason.motivation")
    if answers.competences == "insufficient":
        found.append("screening.reason.competences")
    return found


SELF_RELIANT_DUTCH = "B1"  # the lowest Dutch level with which self-reliance is proposed


def language_and_digital_allow(dutch_rank: float | None, any_digital_skills: bool | None) -> bool:
    """The self-reliance rule's conditions on language and digital skills: Dutch at B1 or above (`dutch_rank` is the
    CEFR as a number, A1 = 1 ... C2 = 6, native = 7) and some digital skills. Unknown (None) blocks nothing: the
    counsellor's answer decides then."""
    dutch_ok = dutch_rank is None or dutch_rank != dutch_rank or dutch_rank >= DUTCH.index(SELF_RELIANT_DUTCH) + 1
    return bool(dutch_ok and any_digital_skills is not False)


def self_reliance_proposed(chance: float, limits: Limits, dutch_rank: float | None, any_digital_skills: bool | None) -> bool:
    """Self-reliance as the rules propose it when the conversation reveals no barrier and no problem: a short distance
    from the model (`model_category`) and the conditions on language and digital skills (what `propose` requires)."""
    return model_category(chance, limits) == "short" and language_and_digital_allow(dutch_rank, any_digital_skills)


def _start(chance: float | None, limits: Limits) -> tuple[str, tuple[str, dict]]:
    if chance is None:
        return "medium", ("screening.reason.no_score", {})
    start = model_category(chance, limits)
    return start, ("screening.reason.model", {"percent": f"{100 * chance:.0f}", "category": start})


def propose(chance: float | None, answers: Answers, limits: Limits = Limits()) -> Proposal:
    """The proposed category and self-reliance, with every reason that led to them."""
    if chance is not None and not 0 <= chance <= 1:
        raise ValueError(f"chance: {chance} is not a probability")
    start, first = _start(chance, limits)
    codes = [first]
    if answers.not_deployable:
        codes.append(("screening.reason.not_deployable", {}))
        return Proposal("not_deployable", False, _model(chance, limits), codes)
    step = CATEGORIES.index(start)
    found = barriers(answers)
    codes.extend((code, {}) for code in found)
    step += 0 if not found else 1 if len(found) < 3 else 2
    if answers.problems:
        codes.append(("screening.reason.problems", {}))
        step = max(step, CATEGORIES.index("long"))
    category = CATEGORIES[min(step, CATEGORIES.index("long"))]
    dutch_ok = DUTCH.index(answers.dutch_level) + 1 >= DUTCH.index(SELF_RELIANT_DUTCH) + 1
    self_reliant = (category == "short" and not found and not answers.problems
                    and language_and_digital_allow(DUTCH.index(answers.dutch_level) + 1, answers.digital_skills != "none"))
    if self_reliant:
        codes.append(("screening.reason.self_reliant", {}))
    elif category != "short" or found or answers.problems:
        codes.append(("screening.reason.not_self_reliant.distance", {"category": category}))
    else:
        codes.append(("screening.reason.not_self_reliant.dutch" if not dutch_ok else "screening.reason.not_self_reliant.digital", {}))
    return Proposal(category, self_reliant, _model(chance, limits), codes)


def starting_point(chance: float | None, limits: Limits = Limits()) -> Proposal:
    """The proposal before the conversation: the model's category alone (medium without a score), not yet
    self-reliant. The counsellor sees it from the start; the answers then move it (`propose`)."""
    if chance is not None and not 0 <= chance <= 1:
        raise ValueError(f"chance: {chance} is not a probability")
    start, first = _start(chance, limits)
    return Proposal(start, False, start if chance is not None else None, [first])


def _model(chance: float | None, limits: Limits) -> str | None:
    return model_category(chance, limits) if chance is not None else None

