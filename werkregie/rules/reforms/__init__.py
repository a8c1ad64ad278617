"""Reforms: what-if variants of the enacted rules, for policy simulation (as in openfisca's country-template).

A reform never changes the enacted system; `werkregie rules calc --reform NAME` (and batch, and the API) computes
with it instead. Each reform says what it changes and why someone would want to simulate it.
"""

from __future__ import annotations

from functools import lru_cache

from openfisca_core.periods import period as make_period
from openfisca_core.reforms import Reform
from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from .. import system

LAST_KNOWN_JOB_BONUS_YEAR = 2024


class jobbonus_verlengd(Reform):  # noqa: N801 - OpenFisca reforms are named like variables
    name = "De jobbonus van refertejaar 2024 ongewijzigd verlengd (de regering legde de bedragen voor 2025 nog niet vast)"

    def apply(self) -> None:
        def extend(parameters):  # noqa: ANN001, ANN202
            node = parameters.jobbonus
            last = f"{LAST_KNOWN_JOB_BONUS_YEAR}-12-31"
            for child in node.children.values():
                child.update(period=make_period(f"year:{LAST_KNOWN_JOB_BONUS_YEAR + 1}:100"), value=child(last))
            return parameters

        self.modify_parameters(modifier_function=extend)


class ouderen_overgang_tot_2028(Reform):  # noqa: N801
    name = (
        "De overgang van de doelgroepvermindering oudere werknemers (62+ op 30 juni 2024) loopt tot 30 juni 2028, zoals het "
        "afschaffingsdecreet bepaalde, in plaats van te eindigen op 1 juli 2025 (dat einde steunt op één persbron)"
    )

    def apply(self) -> None:
        from ..variables.target_groups import doelgroepvermindering_oudere_werknemers

        class doelgroepvermindering_oudere_werknemers_tot_2028(doelgroepvermindering_oudere_werknemers):  # noqa: N801
            end = "2028-06-30"

        doelgroepvermindering_oudere_werknemers_tot_2028.__name__ = "doelgroepvermindering_oudere_werknemers"

        def extend(parameters):  # noqa: ANN001, ANN202
            node = parameters.doelgroepvermindering.oudere_werknemers
            for key in ("overgang_2024_leeftijd", "bedrag_hoog", "loongrens", "prestatiebreuk_volledig"):
                child = node.children[key]
                child.update(period=make_period("month:2025-07:36"), value=child("2025-06-30"))
            return parameters

        self.update_variable(doelgroepvermindering_oudere_werknemers_tot_2028)
        self.modify_parameters(modifier_function=extend)


REFORMS = {"jobbonus_verlengd": jobbonus_verlengd, "ouderen_overgang_tot_2028": ouderen_overgang_tot_2028}


@lru_cache(maxsize=None)
def reformed(name: str | None) -> TaxBenefitSystem:
    """The enacted system (name None) or the system with the named reform applied."""
    if name is None:
        return system()
    if name not in REFORMS:
        raise KeyError(name)
    return REFORMS[name](system())
