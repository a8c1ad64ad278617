"""Hiring measures that ended: the target-group reduction for hiring an older non-working job seeker (2016 - hires
until 30 June 2024), the reduction for apprentices (2016 - 30 June 2023), and the Flemish hiring incentive for
long-term job seekers (hires from July 2017 until the end of September 2023, paid after 3 and 12 months).

Quarterly reductions are monthly variables carrying a third of the quarter's amount, as in target_groups.py.
"""

import numpy as np
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from werkregie.rules.entities import Person
from werkregie.rules.precision import average, total
from werkregie.rules.precision import fraction as exact_fraction
from werkregie.rules.variables.target_groups import OLDER_REFERENCE, _age_on, _at_hire, _hire_quarter, _month_index, _quarter, _work_factor, older_wage_limit


def _last_date(value: float) -> np.datetime64:
    text = str(int(value))
    return np.datetime64(f"{text[:4]}-{text[4:6]}-{text[6:]}")


class niet_werkende_werkzoekende_bij_aanwerving(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Was bij de aanwerving ingeschreven als niet-werkende werkzoekende (NWWZ) bij VDAB"


class doelgroepvermindering_oudere_aanwerving(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Doelgroepvermindering bij aanwerving van een oudere niet-werkende werkzoekende (EUR; per maand een derde van het kwartaalbedrag)"
    reference = OLDER_REFERENCE
    unit = "currency-EUR"
    end = "2026-03-31"

    def formula_2016_07_01(person, period, parameters):  # noqa: N805
        first, months, last_day = _quarter(period)
        p = parameters(first.start).doelgroepvermindering.oudere_aanwerving
        hired = person("aanwervingsdatum", period)
        index, hire_start, hire_end = _hire_quarter(hired, first)
        in_measure = (hired >= np.datetime64("2016-07-01")) & (hired <= _last_date(p.laatste_aanwerving))
        minimum_age = _at_hire(parameters, hire_start, in_measure, "leeftijd_minimum", "oudere_aanwerving")
        birth = person("geboortedatum", period)
        age_at_hire = _age_on(birth, hire_end)
        age_now = _age_on(birth, np.full(len(birth), last_day))
        wage = total(person, "brutoloon", months)
        fraction = average(person, "prestatiebreuk", months)
        limit = older_wage_limit(person, period, parameters, months[0], p.loongrens)
        if p.vrijstelling > 0:  # from 2019: the basic employer contribution is not due at all
            amount = p.vrijstelling * wage
        else:  # 2016-2018: a forfait by age, reduced below 80% work time
            forfait = np.where(age_now >= p.leeftijd_hoog, p.bedrag_hoog, p.bedrag_laag)
            amount = forfait * _work_factor(fraction, parameters(first.start).doelgroepvermindering.oudere_werknemers.prestatiebreuk_volledig)
        eligible = (
            in_measure & person("niet_werkende_werkzoekende_bij_aanwerving", period) & (index >= 0) & (index < p.kwartalen)
            & (age_at_hire >= minimum_age) & (age_now < p.pensioenleeftijd) & (wage < limit) & (fraction > 0)
            & person("vestiging_in_vlaanderen", period) & person("werkgever_categorie_1", period)
        )
        return np.where(eligible, np.round(amount / 3, 4), 0.0)


class leerling_alternerend_leren(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Leerling in een opleiding alternerend leren (met een overeenkomst alternerende opleiding)"


class doelgroepvermindering_leerlingen(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Doelgroepvermindering voor leerlingen in alternerend leren (EUR; per maand een derde van het kwartaalforfait)"
    reference = "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/deductions/structuralreduction_targetgroupreductions/youngworkers_flemish.html"
    unit = "currency-EUR"
    end = "2023-06-30"

    def formula_2016_07_01(person, period, parameters):  # noqa: N805
        first, months, _last_day = _quarter(period)
        p = parameters(first.start).doelgroepvermindering.leerlingen
        fraction = average(person, "prestatiebreuk", months)
        eligible = (
            person("leerling_alternerend_leren", period) & (fraction > 0)
            & person("vestiging_in_vlaanderen", period) & person("werkgever_categorie_1", period)
        )
        return np.where(eligible, np.round(p.bedrag / 3, 4), 0.0)


class contract_onbepaalde_duur(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Contract van onbepaalde duur (of van minstens 3 maanden waar dat in de sector gebruikelijk is)"
    default_value = True


class uitzend_flexi_of_gelegenheidsarbeid(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Uitzendarbeid, flexi-job of gelegenheidsarbeid"


def _incentive_parameters(parameters, hired: np.ndarray, valid: np.ndarray, name: str) -> np.ndarray:  # noqa: ANN001
    """A parameter of the incentive as it stood on each person's hiring date (NaN where the measure did not apply)."""
    values = np.full(len(hired), np.nan)
    for day in np.unique(hired[valid]):
        values[hired == day] = getattr(parameters(str(day)).aanwervingsincentive, name)
    return values


class aanwervingsincentive_langdurig_werkzoekenden(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Vlaamse aanwervingsincentive voor langdurig werkzoekenden (EUR; de premie na 3 maanden in de 4de maand, na 12 maanden in de 13de)"
    reference = "https://werkgevers.vdab.be/premie-langdurig-werkzoekend"
    unit = "currency-EUR"
    end = "2024-10-31"

    def formula_2017_07_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).aanwervingsincentive
        hired = person("aanwervingsdatum", period)
        first, _months, _last = _quarter(period)
        _index, _hire_start, hire_end = _hire_quarter(hired, first)
        valid = (hired >= _last_date(p.eerste_aanwerving)) & (hired <= _last_date(p.laatste_aanwerving))
        month = _month_index(np.array([np.datetime64(str(period.start), "D")]))[0] - _month_index(hired)
        if not ((month == 3) | (month == 12)).any():  # no payment this month: the earlier months are not needed
            return np.zeros(person.count)
        # only the months a payment depends on are read: 3 for the first payment, 12 for the second
        wanted = 12 if (month == 12).any() else 3
        earlier = [np.asarray(person("prestatiebreuk", period.offset(-k, DateUnit.MONTH)), dtype=np.float64) for k in range(1, wanted + 1)]
        # averages in double precision: twelve months at 30% are 0.3, not 0.29999998 (issue 15, point 3)
        first_three = exact_fraction(sum(earlier[:3]) / 3)
        first_twelve = exact_fraction(sum(earlier) / 12) if wanted == 12 else first_three
        fraction = np.where(month == 3, first_three, first_twelve)
        factor = np.where(fraction >= p.prestatiebreuk_volledig, 1.0, np.where(fraction >= p.prestatiebreuk_minimum, p.deel_deeltijds, 0.0))
        premium = np.where(
            month == 3, _incentive_parameters(parameters, hired, valid, "premie_3_maanden"),
            np.where(month == 12, _incentive_parameters(parameters, hired, valid, "premie_12_maanden"), 0.0),
        )
        age = _age_on(person("geboortedatum", period), hire_end)
        eligible = (
            valid & ((month == 3) | (month == 12)) & (earlier[0] > 0)  # still employed in the month before payment
            & (person("werkloosheidsduur_bij_aanwerving", period) >= p.werkloosheidsduur)
            & (age >= p.leeftijd_minimum) & (age < _incentive_parameters(parameters, hired, valid, "leeftijd_maximum"))
            & person("contract_onbepaalde_duur", period) & ~person("uitzend_flexi_of_gelegenheidsarbeid", period)
            & person("vestiging_in_vlaanderen", period)
        )
        return np.where(eligible, np.nan_to_num(premium) * factor, 0.0)
