"""FEDERAAL (not Flemish): the employee's personal social security contribution and the social werkbonus that reduces
it, for the "work pays" comparison (issue 15, point 15). Parameters under parameters/federal/, each with its source
(../shared/reference/rules.md §6b). Withholding tax, the fiscal werkbonus and benefit amounts are not sourced yet and
are therefore not computed here: the comparison takes them as inputs.

The werkbonus is computed on the full-time reference monthly wage S (the month's wage on the contribution basis,
divided by the work fraction), multiplied by the work fraction, and never exceeds the contribution itself.
"""

import numpy as np
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from werkregie.rules.entities import Person
from werkregie.rules.precision import fraction, money

REFERENCE = "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest"


class arbeider(Variable):
    value_type = bool
    default_value = False
    entity = Person
    definition_period = DateUnit.MONTH
    label = "FEDERAAL: arbeider (ja) of bediende (nee); bepaalt de loonbasis (108 %) en de kolom van de werkbonus"
    reference = REFERENCE



class federaal_rsz_loonbasis(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "FEDERAAL: loon waarop de socialezekerheidsbijdragen worden berekend (108 % voor arbeiders) (EUR)"
    reference = REFERENCE
    unit = "currency-EUR"

    def formula_2023_07_01(person, period, parameters):  # noqa: N805
        factor = np.where(person("arbeider", period), parameters(period).federal.arbeiders_loonbasis, 1.0)
        return money(np.asarray(person("brutoloon", period), dtype=np.float64) * factor)


class federaal_persoonlijke_bijdrage(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "FEDERAAL: persoonlijke socialezekerheidsbijdrage van de werknemer vóór de werkbonus (EUR per maand)"
    reference = REFERENCE
    unit = "currency-EUR"

    def formula_2023_07_01(person, period, parameters):  # noqa: N805
        basis = np.asarray(person("federaal_rsz_loonbasis", period), dtype=np.float64)
        return money(basis * parameters(period).federal.persoonlijke_bijdrage)


class federaal_werkbonus_refertemaandloon(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "FEDERAAL: refertemaandloon S van de werkbonus, omgerekend naar voltijds (EUR; 0 wie niet werkte)"
    reference = REFERENCE
    unit = "currency-EUR"

    def formula_2023_07_01(person, period, parameters):  # noqa: N805
        basis = np.asarray(person("federaal_rsz_loonbasis", period), dtype=np.float64)
        mu = fraction(person("prestatiebreuk", period))
        worked = mu > 0
        return money(np.where(worked, basis / np.where(worked, mu, 1.0), 0.0))


def full_time_reduction(s: np.ndarray, blue_collar: np.ndarray, p) -> np.ndarray:  # noqa: ANN001 - a parameter node
    """The monthly reduction R for a full-time worker with reference wage S (to the cent), per the table of §6b."""
    s = money(s)
    w = p.werkbonus
    top, slope_1, base_2, slope_2 = (np.where(blue_collar, getattr(w.arbeiders, k), getattr(w.bedienden, k))
                                     for k in ("maximum", "helling_1", "basis_2", "helling_2"))
    first = top - slope_1 * (s - w.grens_1)
    second = base_2 - slope_2 * (s - w.grens_1)
    r = np.where(s <= w.grens_1, top, np.where(s <= w.grens_2, first, np.where(s <= w.grens_3, second, 0.0)))
    return money(np.maximum(r, 0.0))


class federaal_werkbonus(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = ("FEDERAAL: sociale werkbonus, vermindering van de persoonlijke bijdrage (EUR per maand): R(S) maal de "
             "prestatiebreuk, nooit meer dan de bijdrage")
    reference = REFERENCE
    unit = "currency-EUR"

    def formula_2023_07_01(person, period, parameters):  # noqa: N805
        p = parameters(period).federal
        mu = fraction(person("prestatiebreuk", period))
        s = person("federaal_werkbonus_refertemaandloon", period)
        r = np.where(mu > 0, full_time_reduction(s, person("arbeider", period), p) * np.minimum(mu, 1.0), 0.0)
        return money(np.minimum(money(r), person("federaal_persoonlijke_bijdrage", period)))


class federaal_netto_voor_bedrijfsvoorheffing(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = ("FEDERAAL: brutoloon min persoonlijke bijdrage plus werkbonus (EUR per maand); de bedrijfsvoorheffing is "
             "niet afgetrokken (niet opgenomen: een invoer)")
    reference = REFERENCE
    unit = "currency-EUR"

    def formula_2023_07_01(person, period, parameters):  # noqa: N805
        gross = np.asarray(person("brutoloon", period), dtype=np.float64)
        return money(gross - person("federaal_persoonlijke_bijdrage", period) + person("federaal_werkbonus", period))
