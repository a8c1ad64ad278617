"""Flemish target-group reductions of employer contributions, per quarter.

OpenFisca has no quarter period, so a quarterly reduction is a monthly variable: each month of an eligible quarter
carries a third of the quarterly forfait, and the conditions are judged on the whole quarter (its wage, its work
fraction, the age at its end). Summed over a quarter (period month:2024-01:3) it gives the quarter's reduction.
"""

import datetime

import numpy as np
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from werkregie.rules.entities import Person
from werkregie.rules.precision import average, total

REFERENCE = "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/deductions/structuralreduction_targetgroupreductions/persons_without_recent_sustained_work_experience_vl.html"


class geboortedatum(Variable):
    value_type = datetime.date
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Geboortedatum"


class aanwervingsdatum(Variable):
    value_type = datetime.date
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Begin van de tewerkstelling bij de huidige werkgever"


class werkloosheidsduur_bij_aanwerving(Variable):
    value_type = int
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Maanden ingeschreven als niet-werkende werkzoekende vóór de aanwerving (met de gelijkgestelde periodes)"
    unit = "month"


class vestiging_in_vlaanderen(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "De werknemer hangt af van een vestigingseenheid in het Vlaams Gewest"
    default_value = True


def _month_index(dates: np.ndarray) -> np.ndarray:
    return dates.astype("datetime64[M]").astype(int)


def _age_on(birth: np.ndarray, day: np.ndarray) -> np.ndarray:
    by, bm, bd = (birth.astype("datetime64[Y]").astype(int) + 1970, birth.astype("datetime64[M]").astype(int) % 12, (birth - birth.astype("datetime64[M]")).astype(int))
    dy, dm, dd = (day.astype("datetime64[Y]").astype(int) + 1970, day.astype("datetime64[M]").astype(int) % 12, (day - day.astype("datetime64[M]")).astype(int))
    return dy - by - ((dm < bm) | ((dm == bm) & (dd < bd)))


MEASURE_START = np.datetime64("2023-10-01")


def _quarter(period):  # noqa: ANN001, ANN202 - OpenFisca periods
    """The three months of the quarter that holds this month, and the quarter's first and last day."""
    first = period.first_month.offset(-((period.start.month - 1) % 3), DateUnit.MONTH)
    months = [first.offset(i, DateUnit.MONTH) for i in range(3)]
    last_day = np.datetime64(str(months[-1].start), "M") + np.timedelta64(1, "M")
    return first, months, last_day.astype("datetime64[D]") - np.timedelta64(1, "D")


def _work_factor(fraction: np.ndarray, full: float, minimum: float = 0.0) -> np.ndarray:
    """1 from the full-time threshold, the fraction itself from the minimum, else 0 (fractions in double precision)."""
    fraction = np.round(np.asarray(fraction, dtype=np.float64), 6)
    return np.where(fraction >= full, 1.0, np.where(fraction >= minimum, fraction, 0.0))


def _at_hire(parameters, starts: np.ndarray, valid: np.ndarray, name: str, node: str = "zonder_werkervaring") -> np.ndarray:  # noqa: ANN001
    """A parameter of a reduction as it stood at each person's quarter of hiring (NaN outside the measure)."""
    values = np.full(len(starts), np.nan)
    for start in np.unique(starts[valid]):
        values[starts == start] = getattr(getattr(parameters(str(start)).doelgroepvermindering, node), name)
    return values


def _hire_quarter(hired: np.ndarray, first) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # noqa: ANN001
    """For each hiring date: the index of this quarter counted from the quarter of hiring (0), and that quarter's
    first and last day."""
    hire_quarter = _month_index(hired) // 3
    this_quarter = (first.start.year - 1970) * 4 + (first.start.month - 1) // 3
    start = (hire_quarter * 3).astype("datetime64[M]").astype("datetime64[D]")
    end = (hire_quarter * 3 + 3).astype("datetime64[M]").astype("datetime64[D]") - np.timedelta64(1, "D")
    return this_quarter - hire_quarter, start, end


class doelgroepvermindering_zonder_werkervaring(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Doelgroepvermindering personen zonder recente, duurzame werkervaring (EUR; per maand een derde van het kwartaalforfait)"
    reference = REFERENCE
    unit = "currency-EUR"

    def formula_2023_10_01(person, period, parameters):  # noqa: N805
        first, quarter, _end = _quarter(period)
        index, hire_quarter_start, hire_quarter_end = _hire_quarter(person("aanwervingsdatum", period), first)
        # the rules in force in the quarter of hiring decide who qualifies (ages); the measure exists from Q4 2023
        p = parameters(period.start).doelgroepvermindering.zonder_werkervaring
        in_measure = hire_quarter_start >= MEASURE_START
        minimum_age = _at_hire(parameters, hire_quarter_start, in_measure, "leeftijd_minimum")
        maximum_age = _at_hire(parameters, hire_quarter_start, in_measure, "leeftijd_maximum")
        age = _age_on(person("geboortedatum", period), hire_quarter_end)
        wage = total(person, "brutoloon", quarter)
        fraction = average(person, "prestatiebreuk", quarter)
        factor = _work_factor(fraction, p.prestatiebreuk_volledig, p.prestatiebreuk_minimum)
        eligible = (
            in_measure & (index >= 0) & (index < p.kwartalen)
            & (person("werkloosheidsduur_bij_aanwerving", period) >= p.werkloosheidsduur)
            & (age >= minimum_age) & (age < maximum_age) & person("vestiging_in_vlaanderen", period) & (wage < p.loongrens)
        )
        return np.where(eligible, np.round(p.bedrag * factor / 3, 4), 0.0)


class werkgever_categorie_1(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "De werkgever valt onder categorie 1 van de structurele vermindering (grotendeels de private profitsector)"
    default_value = True


OLDER_REFERENCE = "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/deductions/structuralreduction_targetgroupreductions/olderworkers_flemish.html"


class doelgroepvermindering_oudere_werknemers(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Doelgroepvermindering oudere werknemers, zittende werknemer (EUR; per maand een derde van het kwartaalforfait)"
    reference = OLDER_REFERENCE
    unit = "currency-EUR"
    end = "2025-06-30"

    def formula_2016_07_01(person, period, parameters):  # noqa: N805
        first, months, last_day = _quarter(period)
        p = parameters(first.start).doelgroepvermindering.oudere_werknemers
        birth = person("geboortedatum", period)
        age = _age_on(birth, np.full(len(birth), last_day))
        born = birth.astype("datetime64[Y]").astype(int) + 1970
        low_age = np.where(born <= p.overgang_2020_geboortejaar, 55, p.leeftijd_laag)
        amount = np.where(age >= p.leeftijd_hoog, p.bedrag_hoog, np.where(age >= low_age, p.bedrag_laag, 0.0))
        return _older_workers_amount(person, period, months, p, amount, parameters)

    def formula_2024_07_01(person, period, parameters):  # noqa: N805
        # abolished; only who was old enough on 30 June 2024 keeps the high forfait
        first, months, _last_day = _quarter(period)
        p = parameters(first.start).doelgroepvermindering.oudere_werknemers
        birth = person("geboortedatum", period)
        age = _age_on(birth, np.full(len(birth), np.datetime64("2024-06-30")))
        amount = np.where(age >= p.overgang_2024_leeftijd, p.bedrag_hoog, 0.0)
        return _older_workers_amount(person, period, months, p, amount, parameters)


class uitzendkracht(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Uitzendkracht (bepaalt het kwartaal met de hogere loongrens van de doelgroepvermindering oudere werknemers)"
    reference = OLDER_REFERENCE


def older_wage_limit(person, period, parameters, first, general: float) -> np.ndarray:  # noqa: ANN001
    """The quarterly wage limit for older workers: the general limit, or the higher one in the quarter of the year-end
    premium (Q4; for a temp agency worker Q1 from 2020)."""
    a = parameters(first.start).doelgroepvermindering.ouderen_loongrens_afwijking
    quarter_of_year = (first.start.month - 1) // 3 + 1
    temp = person("uitzendkracht", period)
    higher_quarter = np.where(temp, a.kwartaal_uitzendkracht, a.kwartaal)
    if not (higher_quarter == quarter_of_year).any():
        return np.full(len(temp), float(general))
    return np.where(higher_quarter == quarter_of_year, a.bedrag, general)


def _older_workers_amount(person, period, months, p, amount: np.ndarray, parameters=None) -> np.ndarray:  # noqa: ANN001
    wage = total(person, "brutoloon", months)
    fraction = average(person, "prestatiebreuk", months)
    limit = older_wage_limit(person, period, parameters, months[0], p.loongrens)
    eligible = (wage < limit) & (fraction > 0) & person("vestiging_in_vlaanderen", period) & person("werkgever_categorie_1", period)
    return np.where(eligible, np.round(amount * _work_factor(fraction, p.prestatiebreuk_volledig) / 3, 4), 0.0)


class loopbaanportfolio(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Heeft een VDAB-loopbaanportfolio met studiegegevens (uiterlijk op de laatste dag van het aanwervingskwartaal)"


class voltijds_leerplichtig(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Nog voltijds leerplichtig"


YOUNG_START = np.datetime64("2016-07-01")


def _date(value: float) -> np.datetime64:
    """A date parameter written as YYYYMMDD."""
    text = str(int(value))
    return np.datetime64(f"{text[:4]}-{text[4:6]}-{text[6:]}")


class doelgroepvermindering_jongeren(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Doelgroepvermindering jonge laag- of middengeschoolde werknemers (EUR; per maand een derde van het kwartaalbedrag)"
    reference = "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/deductions/structuralreduction_targetgroupreductions/youngworkers_flemish.html"
    unit = "currency-EUR"
    end = "2026-06-30"

    def formula_2016_07_01(person, period, parameters):  # noqa: N805
        first, months, _last_day = _quarter(period)
        p = parameters(first.start).doelgroepvermindering.jongeren
        hired = person("aanwervingsdatum", period)
        index, hire_start, hire_end = _hire_quarter(hired, first)
        last_hire = str(int(p.laatste_aanwerving))
        in_measure = (hire_start >= YOUNG_START) & (hired <= np.datetime64(f"{last_hire[:4]}-{last_hire[4:6]}-{last_hire[6:]}"))
        exemption = np.nan_to_num(_at_hire(parameters, hire_start, in_measure, "vrijstelling_laaggeschoold", "jongeren"))
        age = _age_on(person("geboortedatum", period), hire_end)
        isced = person("isced_niveau", period)
        wage = total(person, "brutoloon", months)
        fraction = average(person, "prestatiebreuk", months)
        factor = _work_factor(fraction, 0.8)
        low = np.where(exemption > 0, exemption * wage, p.bedrag_laaggeschoold * factor)
        # medium-qualified: only hires up to 31 December 2019 (the 8 quarters of those still run)
        medium_hire = hired <= _date(p.laatste_aanwerving_middengeschoold)
        amount = np.where(isced <= 2, low, np.where((isced <= 4) & medium_hire, p.bedrag_middengeschoold * factor, 0.0))
        limit = np.where(index < 4, p.loongrens_eerste_jaar, p.loongrens_tweede_jaar)
        eligible = (
            in_measure & (index >= 0) & (index < p.kwartalen) & (age < p.leeftijd_maximum) & person("loopbaanportfolio", period)
            & ~person("voltijds_leerplichtig", period) & (fraction >= p.minimale_prestatiebreuk) & (wage < limit)
            & person("vestiging_in_vlaanderen", period) & person("werkgever_categorie_1", period)
        )
        return np.where(eligible, np.round(amount / 3, 4), 0.0)
