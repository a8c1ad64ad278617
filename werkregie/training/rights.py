"""The person's financing rights for a training plan: opleidingscheques and Vlaams opleidingsverlof (VOV), computed by
the rules package (werkregie/rules: variables/training.py with the dated, sourced parameters under
parameters/opleiding/) from what the register knows, plus what is left on the learning account.

Plain Python over the rules: no Django models here. What the register does not know is said, never guessed silently:
- the work fraction (prestatiebreuk) is asked on the guide (default: full time, said as an assumption);
- a personal development plan (POP) is taken as absent (the rules' documented default), said as an assumption;
- an unknown education level leaves the cheques undecided, with the reason.

Cheques are counted per calendar year of the course's start and VOV hours per school year (1 September–31 August),
as the rules define them; cheques already bought this year lower what can still be bought."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkregie.core import dated
from werkregie.rules.calc import evaluate

RULES = Path(__file__).resolve().parents[1] / "rules" / "parameters"
CHEQUE_RULES = ("opleidingscheques_recht", "opleidingscheques_overheidsbijdrage", "opleidingscheques_eigen_bijdrage")
VOV_RULES = ("vov_uren", "vov_maximum_uren")
CHEQUE_PARAMETERS = ("opleiding.cheques_maximum", "opleiding.cheques_eigen_bijdrage", "opleiding.cheques_hoogste_isced")
VOV_PARAMETERS = ("opleiding.vov_uren", "opleiding.vov_minimale_prestatiebreuk")
WORK_FRACTIONS = (Decimal("1"), Decimal("0.8"), Decimal("0.75"), Decimal("0.5"), Decimal("0.4"))


@dataclass(frozen=True)
class Facts:
    """What the register says about the person on the day of the guide."""

    employed: bool  # an open employed episode
    on_benefit: bool  # an open episode as a job seeker with benefit (excluded from cheques)
    isced: int | None
    work_fraction: Decimal  # asked; 1 = full time
    work_fraction_given: bool
    account_balance: Decimal  # euros available on the learning account (not reserved)
    hours_balance: Decimal  # VOV hours already granted on the account and not reserved
    vouchers_bought: Decimal  # opleidingscheques bought this calendar year
    # Asked, like the work fraction: the register knows that someone works, not for whom (DIMONA is not one of its
    # sources), and training leave is for employees of the private sector only. None: not answered (assumed private).
    private_sector: bool | None = None


@dataclass(frozen=True)
class PlanCourse:
    """A proposed course as the rights see it: its price, hours, start and which financing the provider offers."""

    course_id: int
    cost: Decimal
    hours: int
    start: dt.date
    cheques: bool
    vov: bool
    reserved: Decimal = Decimal("0")  # already reserved on the learning account by the person's booking of this course


# The names the guide shows for the rules' parameters (the key stays in the API and in the rules' sources)
PARAMETER_LABELS = {
    "opleiding.cheques_maximum": gettext_lazy("Maximum opleidingscheques per jaar"),
    "opleiding.cheques_eigen_bijdrage": gettext_lazy("Eigen bijdrage van de werknemer in de chequewaarde"),
    "opleiding.cheques_hoogste_isced": gettext_lazy("Hoogste onderwijsniveau voor opleidingscheques (ISCED)"),
    "opleiding.vov_uren": gettext_lazy("Vlaams opleidingsverlof per schooljaar (voltijds)"),
    "opleiding.vov_minimale_prestatiebreuk": gettext_lazy("Minimale prestatiebreuk voor Vlaams opleidingsverlof"),
}


def shown_value(value: object, unit: str) -> str:
    """A parameter's value the Belgian way, by its unit: € 250, € 12,50, 50 %, 125 uur, 4."""
    from werkregie.formats.numbers import format_number, format_percent

    number = Decimal(str(value))
    if unit.startswith("currency-"):
        return "€\u00a0" + format_number(number, 0 if number == number.to_integral_value() else 2)
    if unit == "/1":
        return format_percent(float(number), 0 if (number * 100) == (number * 100).to_integral_value() else 1)
    text = format_number(number.normalize(), None)
    return _("%(hours)s uur") % {"hours": text} if unit == "hour" else text


@dataclass
class Source:
    key: str
    value: object
    on: dt.date
    references: list[dict]
    unit: str = ""

    @property
    def label(self) -> str:
        return str(PARAMETER_LABELS.get(self.key, self.key))

    @property
    def shown(self) -> str:
        return shown_value(self.value, self.unit)


@dataclass
class Right:
    code: str  # cheques | vov | learning_account
    period: str  # "2026" or "2026-2027"
    applies: bool
    amount: Decimal = Decimal("0")  # euros (cheques: the government's part; account: what it pays)
    own_share: Decimal = Decimal("0")
    hours: Decimal = Decimal("0")
    explanation: str = ""
    courses: list[int] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    condition: str = ""  # who the right is for, shown with it (so that nobody reads a right of employees as their own)
    not_needed: bool = False  # the plan costs nothing: the right is neither used nor refused


@dataclass
class Rights:
    rights: list[Right]
    assumptions: list[str]
    to_pay: Decimal  # what the person still pays after the learning account and the government's share of the cheques
    employee: bool = False  # the register shows the person working as an employee: the work fraction matters (training leave)


def VOV_CONDITION() -> str:  # noqa: N802 - a translated constant, read in the language of the request
    return _("voor werknemers in de privésector die minstens halftijds werken")


def school_year(day: dt.date) -> int:
    return day.year if day.month >= 9 else day.year - 1


def _sources(keys: tuple[str, ...], on: dt.date) -> list[Source]:
    return list(_sources_on(keys, on))


@lru_cache(maxsize=1024)
def _sources_on(keys: tuple[str, ...], on: dt.date) -> tuple[Source, ...]:
    out = []
    for key in keys:
        found = dated.value(RULES, key, on)
        refs = found.reference if isinstance(found.reference, list) else [found.reference] if found.reference else []
        out.append(Source(key, found.value, on, [r if isinstance(r, dict) else {"title": str(r), "href": ""} for r in refs], found.unit or ""))
    return tuple(out)


@lru_cache(maxsize=4096)
def _rules(period: str, inputs: tuple, names: tuple) -> dict:
    """The rules package's answer for these inputs (memoised: the parameters are data files, fixed while a process runs;
    the answer depends on the inputs only, never on who asks)."""
    return evaluate(period, dict(inputs), names).results


def _money(value: object) -> Decimal:
    return Decimal(str(value)).quantize(Decimal("0.01"))


def _euro(value: object) -> str:
    return number_format(_money(value), 2, use_l10n=True, force_grouping=True)


def _hours(value: object) -> str:
    return number_format(Decimal(str(value)).normalize(), use_l10n=True)


def _cheques(year: int, courses: list[PlanCourse], facts: Facts, today: dt.date) -> Right:
    cost = sum((c.cost for c in courses), Decimal("0"))
    on = max(dt.date(year, 1, 1), dt.date(2019, 9, 1))
    right = Right("cheques", str(year), False, courses=[c.course_id for c in courses], sources=_sources(CHEQUE_PARAMETERS, on),
                  condition=_("voor werknemers met ten hoogste een diploma secundair onderwijs, of met een persoonlijk ontwikkelingsplan"))
    maximum = Decimal(str(right.sources[0].value))
    already = facts.vouchers_bought if year == today.year else Decimal("0")
    if not facts.employed or facts.on_benefit:
        right.explanation = _("Opleidingscheques zijn voor werknemers; volgens het register werkt u nu niet als werknemer.")
        return right
    if facts.isced is None:
        right.explanation = _("Uw onderwijsniveau staat niet in het register: vul uw diploma aan om uw recht op opleidingscheques te kennen.")
        return right
    requested = max(Decimal("0"), min(cost, maximum - already))
    result = _rules(str(year), (("werknemer", True), ("isced_niveau", facts.isced), ("persoonlijk_ontwikkelingsplan", False),
                                ("opleidingscheques_gevraagd", float(requested))), CHEQUE_RULES)
    right.applies = bool(result["opleidingscheques_recht"])
    if not right.applies:
        right.explanation = _("Opleidingscheques zijn voor werknemers met ten hoogste een diploma secundair onderwijs (ISCED %(max)s), "
                              "tenzij de opleiding in een persoonlijk ontwikkelingsplan staat.") % {"max": right.sources[2].value}
        return right
    right.amount, right.own_share = _money(result["opleidingscheques_overheidsbijdrage"]), _money(result["opleidingscheques_eigen_bijdrage"])
    right.explanation = _("In %(year)s koopt u opleidingscheques voor € %(value)s (ten hoogste € %(max)s per jaar%(already)s): u betaalt "
                          "€ %(own)s, de Vlaamse overheid € %(gov)s.") % {
        "year": year, "value": _euro(requested), "max": _euro(maximum), "own": _euro(right.own_share), "gov": _euro(right.amount),
        "already": (_(", waarvan u er dit jaar al voor € %(b)s kocht") % {"b": _euro(already)}) if already else ""}
    return right


def cheques_for(course: PlanCourse, facts: Facts, today: dt.date) -> Right | None:
    """The opleidingscheques for one course as its booking's quote shows them (`course.cost`: what the person pays
    after the learning account): the rules' value, own share and government share, as in the guide; None when the
    provider does not take cheques or nothing is left to pay."""
    if not course.cheques or course.cost <= 0:
        return None
    return _cheques(course.start.year, [course], facts, today)


def _vov(year: int, courses: list[PlanCourse], facts: Facts) -> Right:
    hours = sum(c.hours for c in courses)
    right = Right("vov", f"{year}-{year + 1}", False, courses=[c.course_id for c in courses],
                  sources=_sources(VOV_PARAMETERS, dt.date(year, 9, 1)), condition=VOV_CONDITION())
    if facts.employed and facts.private_sector is False:
        right.explanation = _("Niet voor u: betaald opleidingsverlof krijgen enkel werknemers in de privésector, en u werkt volgens uw "
                              "antwoord bij een overheid. Vraag uw werkgever naar het vormingsverlof voor het personeel; u kunt de "
                              "opleiding wel volgen, alleen zonder dit verlof.")
        return right
    if not facts.employed:
        right.explanation = _("Niet voor u: betaald opleidingsverlof krijgen enkel werknemers in de privésector, die er hun werkuren "
                              "voor vrijmaken. Volgens het register werkt u nu niet als werknemer (bijvoorbeeld omdat u werk zoekt); "
                              "u kunt de opleiding wel volgen, alleen zonder dit verlof.")
        return right
    result = _rules(f"{year}-{year + 1}", (("prestatiebreuk@month", float(facts.work_fraction)), ("vov_opleidingsuren", hours),
                                           ("vov_werkgeversinitiatief", False)), VOV_RULES)
    right.hours, maximum = Decimal(str(result["vov_uren"])), Decimal(str(result["vov_maximum_uren"]))
    right.applies = right.hours > 0
    if not right.applies:
        right.explanation = _("Vlaams opleidingsverlof vraagt dat u minstens %(min)s van een voltijdse baan werkt.") % {
            "min": f"{Decimal(str(right.sources[1].value)) * 100:.0f}%"}
        return right
    right.explanation = _("Schooljaar %(period)s: %(hours)s van de %(total)s lesuren als betaald opleidingsverlof (ten hoogste %(max)s uur "
                          "bij uw werkregime); uw werkgever betaalt uw loon door.") % {
        "period": right.period, "hours": _hours(right.hours), "total": hours, "max": _hours(maximum)}
    return right


def compute(courses: list[PlanCourse], facts: Facts, today: dt.date) -> Rights:
    """The rights a plan opens for the person, per period, and what they still pay."""
    rights: list[Right] = []
    by_year: dict[int, list[PlanCourse]] = {}
    by_school_year: dict[int, list[PlanCourse]] = {}
    for c in courses:
        if c.cheques:
            by_year.setdefault(c.start.year, []).append(c)
        if c.vov:
            by_school_year.setdefault(school_year(c.start), []).append(c)
    total = sum((c.cost for c in courses), Decimal("0"))
    # what the person's bookings already reserved is paid by the account (it is no longer in the available balance);
    # the rest of the plan is paid from what is still available
    reserved = min(total, sum((c.reserved for c in courses), Decimal("0")))
    from_account = reserved + min(total - reserved, max(facts.account_balance, Decimal("0")))
    # a plan of € 0 does not need the account: "nee — heeft € 390 beschikbaar" next to courses financed by it read as a
    # refusal (walk of issue 13); say that it is not needed, and otherwise what the account pays of the plan
    if total <= 0:
        explanation = _("Niet nodig: dit plan kost niets. Op uw leer- en loopbaanrekening blijft € %(balance)s "
                        "beschikbaar.") % {"balance": _euro(facts.account_balance)}
    elif from_account > 0:
        explanation = _("Uw leer- en loopbaanrekening betaalt € %(pays)s van dit plan van € %(total)s (nu € %(balance)s "
                        "beschikbaar); bij inschrijving wordt het bedrag gereserveerd.") % {
            "pays": _euro(from_account), "total": _euro(total), "balance": _euro(facts.account_balance)}
    else:
        explanation = _("Uw leer- en loopbaanrekening heeft € %(balance)s beschikbaar; bij inschrijving wordt het bedrag "
                        "gereserveerd.") % {"balance": _euro(facts.account_balance)}
    if reserved:
        explanation += " " + _("Voor uw inschrijvingen in dit plan is al € %(reserved)s gereserveerd.") % {"reserved": _euro(reserved)}
    rights.append(Right("learning_account", str(today.year), from_account > 0, amount=from_account, explanation=explanation,
                        courses=[c.course_id for c in courses], not_needed=total <= 0))
    rights += [_cheques(year, group, facts, today) for year, group in sorted(by_year.items())]
    rights += [_vov(year, group, facts) for year, group in sorted(by_school_year.items())]
    government = sum((r.amount for r in rights if r.code == "cheques"), Decimal("0"))
    assumptions = [_("Geen persoonlijk ontwikkelingsplan na loopbaanbegeleiding (heeft u er een, dan kunnen ook hoger geschoolden "
                     "opleidingscheques krijgen).")]
    if not facts.work_fraction_given and facts.employed:
        assumptions.append(_("U werkt voltijds (kies uw werkregime als u deeltijds werkt)."))
    if facts.hours_balance > 0:
        assumptions.append(_("Op uw leerrekening staan al %(h)s uur opleidingsverlof voor dit schooljaar.") % {"h": _hours(facts.hours_balance)})
    if facts.employed and facts.private_sector is None and any(r.code == "vov" for r in rights):
        assumptions.append(_("U werkt in de privésector: het register kent uw werkgever niet (kies de sector van uw werkgever als u "
                             "bij een overheid werkt: ambtenaren hebben geen Vlaams opleidingsverlof)."))
    return Rights(rights, assumptions, max(Decimal("0"), _money(total - from_account - government)), employee=facts.employed)
