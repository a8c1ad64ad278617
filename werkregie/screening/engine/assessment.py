"""The counsellor's assessment: the model's chance of work together with what the conversation revealed gives the
distance to the labour market and whether the person is self-reliant (zelfredzaam). Plain Python; the reasons are
sentences in Dutch shown to the counsellor and the person.

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


@dataclass
class Proposal:
    category: str
    self_reliant: bool
    model_category: str | None
    reasons: list[str] = field(default_factory=list)


def model_category(chance: float, limits: Limits) -> str:
    if chance > limits.short_above:
        return "short"
    if chance >= limits.long_below:
        return "medium"
    return "long"


def barriers(answers: Answers) -> list[str]:
    found = []
    if answers.childcare_barrier:
        found.append("Kinderopvang is een drempel.")
    if answers.mobility_barrier:
        found.append("Mobiliteit is een drempel.")
    if DUTCH.index(answers.dutch_level) < DUTCH.index("A2"):
        found.append("De kennis van het Nederlands is lager dan A2.")
    if answers.digital_skills == "none":
        found.append("Er zijn geen digitale vaardigheden.")
    if answers.motivation == "low":
        found.append("De motivatie is laag.")
    if answers.competences == "insufficient":
        found.append("De competenties volstaan niet voor de gezochte jobs.")
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


def propose(chance: float | None, answers: Answers, limits: Limits = Limits()) -> Proposal:
    """The proposed category and self-reliance, with every reason that led to them."""
    if chance is not None and not 0 <= chance <= 1:
        raise ValueError(f"chance: {chance} is not a probability")
    start = model_category(chance, limits) if chance is not None else None
    reasons = []
    if start is None:
        reasons.append("Er is nog geen modelscore: de categorie volgt uit het gesprek alleen (vertrekpunt: middellange afstand).")
        start = "medium"
    else:
        reasons.append(f"Het model schat de kans op werk binnen 6 maanden op {100 * chance:.0f} % ({_label(start)}).")
    if answers.not_deployable:
        reasons.append("De bemiddelaar stelt vast dat werk nu niet mogelijk is.")
        return Proposal("not_deployable", False, _model(chance, limits), reasons)
    step = CATEGORIES.index(start)
    found = barriers(answers)
    reasons.extend(found)
    step += 0 if not found else 1 if len(found) < 3 else 2
    if answers.problems:
        reasons.append("Er zijn aanwijzingen van medische, mentale, psychische, psychiatrische of sociale problemen.")
        step = max(step, CATEGORIES.index("long"))
    category = CATEGORIES[min(step, CATEGORIES.index("long"))]
    self_reliant = (category == "short" and not found and not answers.problems
                    and language_and_digital_allow(DUTCH.index(answers.dutch_level) + 1, answers.digital_skills != "none"))
    reasons.append("Zelfredzaam: kan zelfstandig werk zoeken met digitale ondersteuning." if self_reliant
                   else "Niet zelfredzaam: begeleiding door een bemiddelaar is nodig.")
    return Proposal(category, self_reliant, _model(chance, limits), reasons)


def starting_point(chance: float | None, limits: Limits = Limits()) -> Proposal:
    """The proposal before the conversation: the model's category alone (medium without a score), not yet
    self-reliant. The counsellor sees it from the start; the answers then move it (`propose`)."""
    if chance is not None and not 0 <= chance <= 1:
        raise ValueError(f"chance: {chance} is not a probability")
    if chance is None:
        return Proposal("medium", False, None, ["Er is nog geen modelscore: de categorie volgt uit het gesprek alleen (vertrekpunt: middellange afstand)."])
    start = model_category(chance, limits)
    return Proposal(start, False, start, [f"Het model schat de kans op werk binnen 6 maanden op {100 * chance:.0f} % ({_label(start)})."])


def _model(chance: float | None, limits: Limits) -> str | None:
    return model_category(chance, limits) if chance is not None else None


def _label(category: str) -> str:
    return {"short": "korte afstand", "medium": "middellange afstand", "long": "lange afstand", "not_deployable": "niet inzetbaar"}[category]
