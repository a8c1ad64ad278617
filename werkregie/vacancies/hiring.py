"""Support measures for THIS candidate and THIS vacancy (issue 12, point 5b): which hiring measures of the rules
package (rules.measures over the rules' target-group functions) hiring the person for the vacancy would bring, with
the vacancy's own facts filled in (its wage and hours decide the wage and work-time conditions that the person page
can only state as assumptions).

Who sees what. The conditions on the person's side rest on register facts an employer may never see (months without
work, age, education; behind them a status such as leefloon: people.perms gives the employer no "statuses" and no
"identity"). So the employer sees:
- without the person's consent: the measures and the conditions on the employer's side (wage, hours, Flanders,
  contract), checked against the vacancy; the person's conditions as the rule's bounds only; what the hire brings "if
  the conditions are met" (a typical candidate's amount, rules.measures.typical_facts); that whether the candidate
  qualifies is not shared. The person's record is not read for this view, so nothing is logged;
- with the person's consent (given per application on the vacancy page, withdrawable): also the effect — whether the
  hire qualifies and the amount over time — with the person's conditions as one verdict, never the facts.
The counsellor (and the person) sees every condition with the facts. Each view is logged as a read of the person."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Forbidden, NotFound

from . import perms
from .measure_sentences import rule_sentence
from .models import Application

EMPLOYER_SIDE = frozenset({"wage", "wage_assumed", "work_time", "flanders", "contract", "in_force", "not_assessed"})
WEEK_HOURS_FULL_TIME = 38


@dataclass
class IfMet:
    """What the hire brings IF the candidate meets the measure's conditions on their side: computed for a typical
    candidate (rules.measures.typical_facts) with the vacancy's wage and hours, never with the person's facts."""

    amount_per_quarter: float
    quarters: int
    total: float
    amount_basis: str
    schedule: list


@dataclass
class MeasureView:
    key: str
    name: str
    qualifies: bool | None  # None: not shared with this reader
    amount_per_quarter: float
    quarters: int
    total: float
    reference: str
    employer_conditions: list  # rules.measures.Condition, checked against the vacancy where it can be
    person_conditions: list  # with facts (counsellor, person) — empty for the employer
    person_verdict: bool | None  # the person's conditions as one verdict (employer with consent); None: not shared
    amount_basis: str = "assumed"  # "vacancy": computed by the rules with the vacancy's wage and hours; "assumed": the rules' assumption
    schedule: list = dataclasses.field(default_factory=list)  # (quarter start, amount) over the duration, from the rules
    assessed: bool = True  # False: not computed per candidate (VOP, maatwerk, training ...): every condition is to check
    catalogue_conditions: list = dataclasses.field(default_factory=list)  # {"description", "value", "sentence", "sources"} from the rules' parameters
    rule_conditions: list[str] = dataclasses.field(default_factory=list)  # the person's conditions as sentences, bounds only (employer)
    if_met: IfMet | None = None  # without consent: the amount if the conditions are met, not the person's


@dataclass
class HiringView:
    application: Application
    measures: list[MeasureView]
    shared: bool  # the person consented that this employer sees the effect
    show_facts: bool  # the reader may see the facts behind each condition
    hired_on: object
    sharing_tells: list = dataclasses.field(default_factory=list)  # what sharing lets the employer deduce (Disclosed)

    @property
    def current(self) -> list[MeasureView]:
        """The measures in force on the hiring date: the page details these."""
        return [m for m in self.measures if not _closed(m)]

    @property
    def ended(self) -> list[MeasureView]:
        """The measures not in force on the hiring date: no option for this hire, named apart (collapsed) on the page
        rather than listed as "Niet voldaan: een aanwerving van 01/07/2016 tot 30/06/2023" (second walk, HIGH 2)."""
        return [m for m in self.measures if _closed(m)]


def _closed(m: MeasureView) -> bool:
    return bool(m.employer_conditions) and m.employer_conditions[0].key == "in_force" and m.employer_conditions[0].met is False


UNIT_NOTE = re.compile(r"\s*\((?:EUR|€)[^)]*\)\s*$")  # the rules' unit note after a label: "(EUR; per maand ...)"


def measure_name(label: str) -> str:
    """A rules label as a heading: without its trailing unit note (second walk, HIGH 2)."""
    return UNIT_NOTE.sub("", label)


def _titles() -> dict[str, str]:
    """The measures whose name is translated (the rules' labels are Dutch)."""
    return {"doelgroepvermindering_zonder_werkervaring": _("Doelgroepvermindering voor personen zonder recente, duurzame werkervaring"),
            "doelgroepvermindering_oudere_aanwerving": _("Doelgroepvermindering voor de aanwerving van een oudere niet-werkende werkzoekende"),
            "doelgroepvermindering_jongeren": _("Doelgroepvermindering voor jonge laag- of middengeschoolde werknemers"),
            "aanwervingsincentive_langdurig_werkzoekenden": _("Aanwervingsincentive voor langdurig werkzoekenden"),
            # every other measure of the catalogue too (walk of stop 42: 7 of 12 names stayed Dutch on French pages)
            "doelgroepvermindering_oudere_werknemers": _("Doelgroepvermindering oudere werknemers, zittende werknemer"),
            "doelgroepvermindering_leerlingen": _("Doelgroepvermindering voor leerlingen in alternerend leren"),
            "vop": _("Vlaamse ondersteuningspremie (VOP) voor de werkgever"),
            "maatwerk_collectief": _("Loonpremie collectief maatwerk"),
            "maatwerk_individueel": _("Loonpremie individueel maatwerk volgens startpakket en kwartaal"),
            "vov_terugbetaling_werkgever": _("Forfaitaire terugbetaling aan de werkgever voor het Vlaams opleidingsverlof van het schooljaar"),
            "ibo": _("IBO, individuele beroepsopleiding in de onderneming")}


def measure_title(key: str, label: str) -> tuple[str, bool]:
    """A measure's name in the reader's language where one is translated, else the rules' label without its unit note;
    and whether it is the rules' Dutch label (the page marks it lang="nl")."""
    title = _titles().get(key)
    return (title, False) if title else (measure_name(label), True)


def _readable(condition, hired) -> bool:  # noqa: ANN001 - a rules.catalogue.Condition, a date
    """A catalogue parameter worth stating as a condition of a hire on that date: not a period date (the period in
    force is checked on its own) and not one that stopped applying (or had not started)."""
    from .measure_sentences import value_on

    return condition.unit != "date" and value_on(condition, hired) is not None


def _with_vacancy(condition, monthly_wage, hours) -> object:  # noqa: ANN001 - a rules.measures.Condition
    """The condition with the vacancy's own wage and hours applied, where the condition is about them."""
    c = dataclasses.replace(condition, values=dict(condition.values))
    if c.key in ("wage", "wage_assumed") and monthly_wage is not None and "limit" in c.values:
        quarterly = float(monthly_wage) * 3
        c.values["vacancy_quarterly"] = round(quarterly, 2)
        if quarterly < float(c.values["limit"]):
            c.met = True
        elif quarterly < float(c.values.get("higher_limit") or 0):
            c.met = None  # under the higher limit of one quarter of the year only: the employer checks that quarter
        else:
            c.met = False
    if c.key == "work_time" and hours is not None and "minimum" in c.values:
        share = 100 * float(hours) / WEEK_HOURS_FULL_TIME
        c.values["vacancy_share"] = round(share, 1)
        c.met = share >= float(c.values["minimum"])
    return c


def _with_vacancy_amount(m, facts: tuple, monthly_wage, hours) -> list | None:  # noqa: ANN001 - a rules.measures.HiringMeasure
    """The reduction of each quarter of a quarterly measure, computed by the rules' own calculator with the vacancy's
    quarterly wage and work time instead of the assumed full-time wage; None when the vacancy states no wage (the
    rules' amounts, with their assumption said, stand)."""
    from werkregie.rules.calc import RuleInputError
    from werkregie.rules.measures import quarter_schedule

    if monthly_wage is None or not m.quarters:
        return None
    birth, months, hired, isced = facts
    fraction = min(1.0, float(hours) / WEEK_HOURS_FULL_TIME) if hours else 1.0
    inputs = {"geboortedatum": birth, "aanwervingsdatum": hired, "werkloosheidsduur_bij_aanwerving": months,
              "niet_werkende_werkzoekende_bij_aanwerving": months > 0, "loopbaanportfolio": True,
              "brutoloon": round(float(monthly_wage) * 3, 2), "prestatiebreuk": fraction}  # the quarter's wage for the vacancy's hours
    if isced is not None:
        inputs["isced_niveau"] = isced
    try:
        return quarter_schedule(m.key, hired, inputs, len(m.schedule) or m.quarters)
    except RuleInputError:  # a fact the rule needs is unknown here (e.g. the education level): the rules' own amount stands
        return None


def _facts(person_id: int) -> tuple:
    from werkregie.people.history import nonworking_jobseeker_months
    from werkregie.people.models import Person

    person = Person.objects.get(pk=person_id)
    today = clock.today()
    return person.birth_date, nonworking_jobseeker_months(person.episodes.all(), today), today, person.education_level


def _catalogue_conditions(m, hired) -> list[dict]:  # noqa: ANN001 - a rules.measures.HiringMeasure
    """A measure's parameters as plain sentences with their value on the hiring date and their legal sources; the
    rules' own description (and value) where no sentence is written (measure_sentences)."""
    from .measure_sentences import parameter_sentence, value_on
    from .measures_views import format_value

    out = []
    for c in m.catalogue_conditions:
        if not _readable(c, hired):
            continue
        value = format_value(c.unit, value_on(c, hired))
        out.append({"description": c.description, "value": value,
                    "sentence": parameter_sentence(c, hired) or f"{c.description} ({value})",
                    "sources": [{"title": s.title, "href": s.href} for s in c.sources]})
    return out


def _amounts(m, facts: tuple, vacancy, conditions: list) -> tuple:  # noqa: ANN001 - a HiringMeasure, a Vacancy
    """What the hire brings with these facts: (qualifies, per quarter, quarters, total, basis, schedule), computed with
    the vacancy's wage and hours where it states them."""
    qualifies = m.qualifies and all(c.met is not False for c in conditions)
    amount, quarters, total = (m.amount_per_quarter, m.quarters, m.total) if qualifies else (0.0, 0, 0.0)
    basis, schedule = "assumed", m.schedule if qualifies else []
    if qualifies:
        own = _with_vacancy_amount(m, facts, vacancy.monthly_wage, vacancy.hours_per_week)
        if own is not None:
            basis, schedule = "vacancy", [(q, round(a, 2)) for q, a in own]
            amount, total = (schedule[0][1] if schedule else 0.0), round(sum(a for _q, a in schedule), 2)
            qualifies = amount > 0
            quarters = sum(1 for _q, a in schedule if a > 0) if qualifies else 0
            schedule = schedule if qualifies else []
    return qualifies, amount, quarters, total, basis, schedule


def _measures(application: Application, show_facts: bool, shared: bool) -> list[MeasureView]:
    """Without the person's consent the employer's view is built from a typical candidate who meets each measure's
    conditions (rules.measures.typical_hiring_measures): the person's record is not read at all, so nothing of it can
    show, and two candidates look the same."""
    from werkregie.rules.measures import every_hiring_measure, typical_facts, typical_hiring_measures

    vacancy = application.vacancy
    today = clock.today()
    private = not show_facts and not shared
    if private:
        found = typical_hiring_measures(today)
        facts_of = lambda key: typical_facts(key, today)  # noqa: E731
    else:
        facts = _facts(application.person_id)
        found = every_hiring_measure(*facts)
        facts_of = lambda _key: facts  # noqa: E731
    out = []
    for m in found:
        m = dataclasses.replace(m, name=measure_title(m.key, m.name)[0])
        if not m.assessed or not m.conditions or m.conditions[0].key == "in_force":  # no fact of the person behind these
            hidden = not m.assessed or private  # without consent the employer reads no verdict at all
            out.append(MeasureView(m.key, m.name, None if hidden else False, 0.0, 0, 0.0, m.reference, m.conditions, [], None,
                                   assessed=m.assessed, catalogue_conditions=_catalogue_conditions(m, today)))
            continue
        conditions = [_with_vacancy(c, vacancy.monthly_wage, vacancy.hours_per_week) for c in m.conditions]
        employer = [c for c in conditions if c.key in EMPLOYER_SIDE]
        person = [c for c in conditions if c.key not in EMPLOYER_SIDE]
        rules = [] if show_facts else [t for t in (rule_sentence(c) for c in person) if t]  # the bounds only, never "actual"
        qualifies, amount, quarters, total, basis, schedule = _amounts(m, facts_of(m.key), vacancy, conditions)
        if private:
            if_met = IfMet(amount, quarters, total, basis, schedule) if qualifies else IfMet(0.0, 0, 0.0, basis, [])
            out.append(MeasureView(m.key, m.name, None, 0.0, 0, 0.0, m.reference, employer, [], None, rule_conditions=rules, if_met=if_met))
        else:
            person_ok = all(c.met is not False for c in person)
            out.append(MeasureView(m.key, m.name, qualifies, amount, quarters, total, m.reference, employer, person if show_facts else [],
                                   person_ok, basis, schedule, rule_conditions=rules))
    return out


@dataclass
class Disclosed:
    """A measure whose verdict sharing shows the employer, and what a "yes" tells it about the person: the measure's
    conditions on the person's side (an age band, months without work, a diploma), as the rule states them."""

    name: str
    tells: list[str]


def sharing_tells(application: Application) -> list[Disclosed]:
    """What the employer of this vacancy could deduce if the person shared the effect (the consent names it, so that
    the person decides knowingly: walk of issue 12, r3): each measure with conditions on the person's side, with those
    conditions. Built from the rules' bounds (a typical candidate), never from the person's record."""
    return [Disclosed(m.name, m.rule_conditions) for m in _measures(application, show_facts=False, shared=False) if m.rule_conditions]


def _application(principal: Principal, application_id: int) -> Application:
    application = Application.objects.select_related("vacancy", "vacancy__employer", "vacancy__municipality").filter(pk=application_id).first()
    if application is None or not perms.can_see_application(principal, application):
        raise NotFound(_("Geen sollicitatie met dit nummer binnen uw toegang."))
    if principal.role == Role.EMPLOYER and not perms.is_employer_of(principal, application.vacancy):
        raise NotFound(_("Geen sollicitatie met dit nummer binnen uw toegang."))
    return application


def for_application(principal: Principal, application_id: int) -> HiringView:
    """The hiring measures of one application, as the reader may see them; logged as a read of the person."""
    application = _application(principal, application_id)
    show_facts = principal.role in (Role.COUNSELLOR, Role.ADMIN, Role.CITIZEN)
    shared = application.measures_shared_at is not None
    measures = _measures(application, show_facts, shared)
    if principal.role == Role.CITIZEN:
        purpose, what = Purpose.OWN_DATA, "aanwervingssteun voor een vacature"
    elif principal.role == Role.EMPLOYER:
        purpose = Purpose.RECRUITMENT
        what = f"aanwervingssteun voor vacature {application.vacancy_id} ({'effect, met toestemming' if shared else 'zonder gegevens van de persoon'})"
    else:
        purpose = Purpose.ADMINISTRATION if principal.role == Role.ADMIN else Purpose.GUIDANCE
        what = f"aanwervingssteun voor vacature {application.vacancy_id} (leeftijd, maanden werkzoekend, opleiding)"
    if principal.role != Role.EMPLOYER or shared:  # without consent the employer read nothing of the person
        record_access(principal.actor(), [application.person_id], what, purpose, principal.channel)
    return HiringView(application, measures, shared, show_facts, clock.today(), sharing_tells(application))


def share(principal: Principal, application_id: int, shared: bool) -> Application:
    """The person lets this employer see (or no longer see) the effect of the hiring measures."""
    if principal.role != Role.CITIZEN:
        raise Forbidden(_("Alleen de kandidaat zelf beslist dit."))
    with transaction.atomic():
        application = Application.objects.select_for_update().filter(pk=application_id, person_id=principal.user.person_id).first()
        if application is None:
            raise NotFound(_("Geen sollicitatie met dit nummer binnen uw toegang."))
        application.measures_shared_at = clock.now() if shared else None
        application.save(update_fields=["measures_shared_at"])
    return application
