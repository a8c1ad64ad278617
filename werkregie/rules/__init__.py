"""Flemish labour-market rules as code: an OpenFisca tax-benefit system laid out like openfisca's country-template
(parameters/, variables/, tests/). Plain Python without Django, so batch jobs and notebooks use it as the web does.

Encoded (issue 4): the Flemish job bonus; the target-group reductions (persons without recent lasting work
experience, older retained workers, hiring older job seekers, young low- and medium-qualified workers, apprentices);
the earlier hiring incentive for long-term job seekers; VOP; collective and individual maatwerk; the training
incentives (opleidingscheques, Vlaams opleidingsverlof with its wage cap). What-if variants live in reforms/.
Values the sources leave uncertain say so in their parameter's description.

Issue 15 (fidelity and safety): the older workers' wage ceiling per quarter of the year (uitzendkracht), the end of
the medium-qualified young-worker reduction for hires from 2020, exact boundaries (precision.py), intermediate values
as variables, training-leave hours from credits/exams/competences, collective start packages; calc.py refuses the
traps of the command line (periods, missing inputs, rules not in force, input periods, batch pass-through); IBO
with what the sources here allow (variables/ibo.py, parameters/ibo/, uncertainty in each parameter); "Loont werken?"
(work_pays.py, federal part in parameters/federal/, also on the vacancy page through templatetags/rules_work_pays.py);
the policy simulation over a population (simulation.py).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from openfisca_core.taxbenefitsystems import TaxBenefitSystem

from .entities import entities

ROOT = Path(__file__).resolve().parent
PARAMETERS = ROOT / "parameters"
VARIABLES = ROOT / "variables"
TESTS = ROOT / "tests"


class FlemishRules(TaxBenefitSystem):
    def __init__(self) -> None:
        super().__init__(entities)
        self.load_parameters(str(PARAMETERS))
        self.add_variables_from_directory(str(VARIABLES))


@lru_cache(maxsize=1)
def system() -> FlemishRules:
    return FlemishRules()
