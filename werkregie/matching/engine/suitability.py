"""Suitable employment ("passende dienstbetrekking"): is a vacancy suitable for a person, and why (not)?

The sanction procedure relies on it (refusing a suitable job can be sanctioned), so every criterion is stated with
its outcome, and anything the register cannot decide is "to check" by a counsellor, never guessed. The criteria
(federal rules as applied by VDAB; see ../shared/reference/rules.md "Passende dienstbetrekking", partly documented):

- occupation and competences: in the first 3 months of unemployment (5 months from age 30) only the person's own
  occupation, a closely related one, or a job their competences largely cover (from 2018 competences count, and the
  Flemish coalition agreement bases the definition on competences and work experience); after that, any job whose
  competences the person has in good part, or a related occupation;
- travel: at most 4 hours a day travelling (to and back) and at most 12 hours a day away from home; estimated from
  the road distance (by car with a B licence, else by public transport), an estimate said so;
- hours: not more than the person is available for, and not less than half-time unless they look for less;
- wage: at least the guaranteed minimum monthly wage pro rata the hours (when the vacancy states a wage);
- health: a recognised work limitation makes the job "to check" against the person's capacities;
- legal requirements: a driving licence or certificate the job needs by law.
The "60 km regardless of travel time" rule sometimes quoted is not in any source found, so it is not applied.
"""

from __future__ import annotations

from dataclasses import dataclass

from .profiles import FULL_TIME_HOURS, LICENCE_BIT, PersonProfile, VacancyProfile
from .scoring import Explanation
from .texts import gettext_noop

MET, NOT_MET, CHECK = "met", "not_met", "check"
SUITABLE, NOT_SUITABLE, TO_CHECK = "suitable", "not_suitable", "to_check"
PROTECTION_MONTHS_UNDER_30, PROTECTION_MONTHS_FROM_30 = 3, 5
COMPETENCES_DURING_PROTECTION, COMPETENCES_AFTER = 0.8, 0.5
RELATED_DURING_PROTECTION = {"same", "parent", "isco4"}
RELATED_AFTER = RELATED_DURING_PROTECTION | {"isco3"}
CAR_KMH, PUBLIC_TRANSPORT_KMH, PUBLIC_TRANSPORT_WAIT_H = 50.0, 25.0, 0.33
MAX_DAILY_TRAVEL_H, MAX_DAILY_ABSENCE_H = 4.0, 12.0
HALF_TIME = FULL_TIME_HOURS / 2


def belgian_number(value: float, decimals: int | None = None) -> str:
    """2820 → "2.820,00" (decimals=2), 2.7 → "2,7" (1), 19.5 → "19,5" (None: as many as the value needs): the reasons are
    read by Belgian counsellors and controllers and kept in a case's file (attack of issue 16: "€ 2820.00"). The engine
    has no Django: the platform's formats.numbers gives the same strings."""
    text = f"{value:,.{decimals}f}" if decimals is not None else f"{value:,.6f}".rstrip("0").rstrip(".")
    return text.translate(str.maketrans(",.", ".,"))


@dataclass(frozen=True)
class Criterion:
    name: str
    outcome: str
    template: str  # Dutch, with %(name)s placeholders filled from `facts`
    facts: dict

    def render(self, translate=gettext_noop) -> str:  # noqa: ANN001 - any str -> str translator (gettext)
        text = translate(self.template) % self.facts
        if "period" in self.facts:
            period = translate(self.facts["period"]) % self.facts
            text += " " + period[:1].upper() + period[1:] + "."
        return text

    @property
    def reason(self) -> str:
        return self.render()


@dataclass(frozen=True)
class Suitability:
    verdict: str
    criteria: list[Criterion]


def daily_travel_hours(distance_km: float, has_car_licence: bool) -> float:
    """Estimated hours travelling a day (there and back)."""
    one_way = distance_km / CAR_KMH if has_car_licence else distance_km / PUBLIC_TRANSPORT_KMH + PUBLIC_TRANSPORT_WAIT_H
    return 2 * one_way


def check(person: PersonProfile, vacancy: VacancyProfile, explanation: Explanation, *, unemployed_months: float, age: int,
          work_limitation: bool | None, monthly_wage: float | None = None, minimum_monthly_wage: float | None = None) -> Suitability:
    criteria = [
        _occupation(explanation, unemployed_months, age),
        _travel(person, vacancy, explanation),
        _hours(person, vacancy),
        _wage(vacancy, monthly_wage, minimum_monthly_wage),
        _health(work_limitation),
        _legal(person, vacancy),
    ]
    outcomes = {c.outcome for c in criteria}
    verdict = NOT_SUITABLE if NOT_MET in outcomes else TO_CHECK if CHECK in outcomes else SUITABLE
    return Suitability(verdict, criteria)


def _occupation(explanation: Explanation, unemployed_months: float, age: int) -> Criterion:
    protection = PROTECTION_MONTHS_UNDER_30 if age < 30 else PROTECTION_MONTHS_FROM_30
    skills = explanation.components["skills"]
    protected = unemployed_months < protection
    related = RELATED_DURING_PROTECTION if protected else RELATED_AFTER
    needed = COMPETENCES_DURING_PROTECTION if protected else COMPETENCES_AFTER
    facts = {"protection": protection, "months": int(unemployed_months), "needed": round(needed * 100), "share": round(skills * 100)}
    if protected:
        period = gettext_noop("in de eerste %(protection)s maanden werkloosheid (nu %(months)s) telt enkel het eigen of een verwant beroep, "
                              "of een job waarvan de persoon minstens %(needed)s%% van de competenties heeft")
    else:
        period = gettext_noop("na %(protection)s maanden werkloosheid (nu %(months)s) telt ook een ander beroep waarvan de persoon minstens "
                              "%(needed)s%% van de competenties heeft")
    if explanation.occupation_relation in related:
        return Criterion("occupation", MET, gettext_noop("Eigen of verwant beroep."), facts | {"period": period})
    if skills >= needed:
        return Criterion("occupation", MET, gettext_noop("De persoon heeft %(share)s%% van de gevraagde competenties."), facts | {"period": period})
    return Criterion("occupation", NOT_MET, gettext_noop("Ander beroep en %(share)s%% van de gevraagde competenties."), facts | {"period": period})


def _travel(person: PersonProfile, vacancy: VacancyProfile, explanation: Explanation) -> Criterion:
    car = bool(person.licences & LICENCE_BIT["B"])
    travel = daily_travel_hours(explanation.distance_km, car)
    absence = travel + vacancy.hours / 5
    facts = {"travel": belgian_number(travel, 1), "absence": belgian_number(absence, 1), "km": belgian_number(explanation.distance_km, 0),
             "max_travel": belgian_number(MAX_DAILY_TRAVEL_H, 0), "max_absence": belgian_number(MAX_DAILY_ABSENCE_H, 0)}
    template = (gettext_noop("Geschatte reistijd met de auto %(travel)s u per dag (max. %(max_travel)s u), afwezigheid %(absence)s u per dag "
                             "(max. %(max_absence)s u), voor %(km)s km over de weg (schatting).") if car else
                gettext_noop("Geschatte reistijd met het openbaar vervoer %(travel)s u per dag (max. %(max_travel)s u), afwezigheid %(absence)s u "
                             "per dag (max. %(max_absence)s u), voor %(km)s km over de weg (schatting)."))
    return Criterion("travel", MET if travel <= MAX_DAILY_TRAVEL_H and absence <= MAX_DAILY_ABSENCE_H else NOT_MET, template, facts)


def _hours(person: PersonProfile, vacancy: VacancyProfile) -> Criterion:
    floor = min(person.hours_min, HALF_TIME)
    facts = {"hours": belgian_number(vacancy.hours), "min": belgian_number(person.hours_min), "max": belgian_number(person.hours_max),
             "floor": belgian_number(floor)}
    if vacancy.hours > person.hours_max:
        return Criterion("hours", NOT_MET, gettext_noop("%(hours)s u per week, meer dan de %(max)s u waarvoor de persoon beschikbaar is."), facts)
    if vacancy.hours < floor:
        return Criterion("hours", NOT_MET, gettext_noop("%(hours)s u per week, minder dan halftijds (%(floor)s u) voor iemand die meer zoekt."), facts)
    return Criterion("hours", MET, gettext_noop("%(hours)s u per week, binnen de beschikbaarheid (%(min)s–%(max)s u)."), facts)


def _wage(vacancy: VacancyProfile, monthly_wage: float | None, minimum: float | None) -> Criterion:
    if monthly_wage is None or minimum is None:
        return Criterion("wage", CHECK, gettext_noop("De vacature vermeldt geen loon: na te gaan tegenover het gewaarborgd minimum."), {})
    floor = minimum * vacancy.hours / FULL_TIME_HOURS
    facts = {"wage": belgian_number(monthly_wage, 2), "floor": belgian_number(floor, 2)}
    if monthly_wage < floor:
        return Criterion("wage", NOT_MET, gettext_noop("Loon € %(wage)s per maand, onder het gewaarborgd minimum pro rata (€ %(floor)s)."), facts)
    return Criterion("wage", MET, gettext_noop("Loon € %(wage)s per maand, minstens het gewaarborgd minimum pro rata (€ %(floor)s)."), facts)


def _health(work_limitation: bool | None) -> Criterion:
    if work_limitation:
        return Criterion("health", CHECK, gettext_noop("Erkende arbeidsbeperking: de bemiddelaar toetst de job aan de mogelijkheden van de persoon."), {})
    return Criterion("health", MET, gettext_noop("Geen erkende arbeidsbeperking geregistreerd."), {})


def _legal(person: PersonProfile, vacancy: VacancyProfile) -> Criterion:
    lacks_licence = bool(vacancy.licence) and not person.licences & LICENCE_BIT.get(vacancy.licence, 0)
    lacks_certificate = vacancy.certified is not None and vacancy.certified not in person.certified
    facts = {"licence": vacancy.licence}
    if lacks_licence and lacks_certificate:
        return Criterion("legal", NOT_MET, gettext_noop("Ontbreekt: rijbewijs %(licence)s en het wettelijk vereiste attest."), facts)
    if lacks_licence:
        return Criterion("legal", NOT_MET, gettext_noop("Ontbreekt: rijbewijs %(licence)s."), facts)
    if lacks_certificate:
        return Criterion("legal", NOT_MET, gettext_noop("Ontbreekt: het wettelijk vereiste attest."), facts)
    return Criterion("legal", MET, gettext_noop("Geen ontbrekende wettelijke vereisten (rijbewijs, attest)."), facts)


# The criteria decided by facts from the profile section (competences, licences, availability, health): a reader
# without that section sees their outcome, not the facts; the health criterion, decided by a health fact, is always
# "to check" for such a reader (its outcome alone would reveal a recognised work limitation).
PROFILE_CRITERIA = {
    "occupation": gettext_noop("Beoordeeld op het beroep, de ervaring en de competenties van de persoon; de details ziet enkel de bemiddelaar."),
    "travel": gettext_noop("Beoordeeld op de geschatte reistijd en afwezigheid per dag; de details ziet enkel de bemiddelaar."),
    "hours": gettext_noop("Beoordeeld op de beschikbaarheid van de persoon; de details ziet enkel de bemiddelaar."),
    "legal": gettext_noop("Beoordeeld op de wettelijke vereisten (rijbewijs, attest); de details ziet enkel de bemiddelaar."),
}
HIDDEN_DECIDES = {"health": gettext_noop("Te controleren door de bemiddelaar: dit hangt af van gegevens die uw rol niet ziet.")}


def without_hidden_facts(result: Suitability) -> Suitability:
    """The check as a reader without the profile section may see it: the outcome per criterion, "to check" where a
    hidden fact decides, and the verdict recomputed from what is shown."""
    criteria = []
    for c in result.criteria:
        if c.name in HIDDEN_DECIDES:
            criteria.append(Criterion(c.name, CHECK, HIDDEN_DECIDES[c.name], {}))
        elif c.name in PROFILE_CRITERIA:
            criteria.append(Criterion(c.name, c.outcome, PROFILE_CRITERIA[c.name], {}))
        else:
            criteria.append(c)
    outcomes = {c.outcome for c in criteria}
    return Suitability(NOT_SUITABLE if NOT_MET in outcomes else TO_CHECK if CHECK in outcomes else SUITABLE, criteria)
