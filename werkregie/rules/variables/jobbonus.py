"""Vlaamse jobbonus: computed per quarter from the full-time-equivalent monthly wage, pro rata the work fraction,
summed over the year; a minimum payable amount; flat increases on top.

The straight-line phase-out between (ondergrens, maximum) and (bovengrens + 0.01, minimum) is the reading of the
BVR of 1 July 2022 that all sources agree on; see the parameters for what is still uncertain.
"""

import numpy as np
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from werkregie.rules.entities import Person
from werkregie.rules.precision import average, money

REFERENCE = "https://etaamb.openjustice.be/fr/nl/arrete-du-gouvernement-flamand_n2022015271.html"


def full_time_amount(reference_wage: np.ndarray, p) -> np.ndarray:  # noqa: ANN001 - an OpenFisca parameter node
    """The yearly amount for a full-time, full-year worker earning `reference_wage` a month: the limits are compared
    with the wage to the cent, the straight line is computed on the wage itself (double precision)."""
    exact = np.asarray(reference_wage, dtype=np.float64)
    cents = money(exact)
    slope = (p.maximum - p.minimum_voltijds) / (p.bovengrens + 0.01 - p.ondergrens)
    decreasing = p.maximum - (exact - p.ondergrens) * slope
    return np.where(cents <= p.ondergrens, p.maximum, np.where(cents <= p.bovengrens, decreasing, 0.0))


def quarters(period):  # noqa: ANN001, ANN201 - OpenFisca periods
    first = period.first_month
    for q in range(4):
        yield q, [first.offset(3 * q + i, DateUnit.MONTH) for i in range(3)]


def reference_wage(person, months) -> tuple[np.ndarray, np.ndarray]:  # noqa: ANN001
    """The quarter's work fraction and full-time-equivalent monthly wage (double precision; 0 when nothing was worked)."""
    wage = sum(np.asarray(person("brutoloon", m), dtype=np.float64) for m in months)
    fraction = average(person, "prestatiebreuk", months)
    worked = fraction > 0
    return fraction, np.where(worked, wage / (3 * np.where(worked, fraction, 1)), 0.0)


class jobbonus_refertemaandloon(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = ("Refertemaandloon van de jobbonus: het brutoloon van het kwartaal per maand, omgerekend naar voltijds "
             "(gedeeld door de prestatiebreuk); dezelfde waarde in elke maand van het kwartaal (EUR)")
    reference = REFERENCE
    unit = "currency-EUR"

    def formula_2021_01_01(person, period, parameters):  # noqa: N805
        first = period.first_month.offset(-((period.start.month - 1) % 3), DateUnit.MONTH)
        _fraction, wage = reference_wage(person, [first.offset(i, DateUnit.MONTH) for i in range(3)])
        return money(wage)


class jobbonus_basis(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Jobbonus vóór minimum en vaste verhoging: de som van de vier kwartalen (EUR)"
    reference = REFERENCE
    unit = "currency-EUR"

    def formula_2021_01_01(person, period, parameters):  # noqa: N805 - OpenFisca's formula signature
        amount = 0.0
        for q, months in quarters(period):
            fraction, wage = reference_wage(person, months)
            p = parameters(months[0].start).jobbonus
            amount = amount + np.where(fraction > 0, full_time_amount(wage, p) * fraction / 4, 0.0)
        return amount


class jobbonus_voltijds_heel_jaar(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Het hele refertejaar voltijds gewerkt (bepaalt welk minimumbedrag geldt)"
    reference = REFERENCE

    def formula(person, period, parameters):  # noqa: N805
        months = [m for _q, ms in quarters(period) for m in ms]
        return np.all([person("prestatiebreuk", m) >= 1 for m in months], axis=0)


class jobbonus(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Vlaamse jobbonus voor het refertejaar (EUR), uitbetaald het jaar erna"
    reference = REFERENCE
    unit = "currency-EUR"

    def formula_2021_01_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).jobbonus
        basis = person("jobbonus_basis", period)
        minimum = np.where(person("jobbonus_voltijds_heel_jaar", period), p.minimum_voltijds, p.minimum_deeltijds)
        paid = money(basis) >= minimum
        return np.where(paid, np.round(basis + p.vaste_verhoging, 2), 0.0)
