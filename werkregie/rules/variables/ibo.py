"""IBO, individuele beroepsopleiding in de onderneming (issue 15, point 14): the duration allowed and the employment
the employer owes after it. Only what the parameters hold (parameters/ibo/, each with its uncertainty): no
productivity premium or IBO premium is computed, because no source for them is encoded."""

import numpy as np
from openfisca_core.holders import set_input_dispatch_by_period
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from werkregie.rules.entities import Person
from werkregie.rules.precision import fraction

REFERENCE = "https://www.vlaanderen.be/publicaties/regeerakkoord-van-de-vlaamse-regering-2019-2024"


class ibo_duur_weken(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    set_input = set_input_dispatch_by_period
    label = "Geplande duur van de IBO in weken (een gegeven van de maand; voor een langere periode in elke maand dezelfde)"
    unit = "week"


class ibo_duur_toegelaten(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.MONTH
    # the parameter's own note says what is uncertain; the label is shown to readers of /steunmaatregelen/ (re-walk of issue 16)
    label = "IBO, individuele beroepsopleiding in de onderneming: de geplande duur is niet langer dan toegelaten"
    reference = REFERENCE

    def formula_2019_10_01(person, period, parameters):  # noqa: N805
        weeks = fraction(person("ibo_duur_weken", period))  # double precision: 26 weeks is 26, at the boundary too
        return (weeks > 0) & (weeks <= parameters(period).ibo.maximale_duur)


class ibo_minimale_tewerkstelling_weken(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "IBO: minimale duur van de aanwerving na de IBO, in weken (contract van onbepaalde duur, of van bepaalde duur minstens zo lang)"
    reference = REFERENCE
    unit = "week"

    def formula_2019_10_01(person, period, parameters):  # noqa: N805
        weeks = fraction(person("ibo_duur_weken", period))
        factor = parameters(period).ibo.tewerkstelling_na_ibo
        return np.where(person("ibo_duur_toegelaten", period), weeks * factor, 0.0)
