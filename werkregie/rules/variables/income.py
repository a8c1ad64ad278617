"""What a person earns and how much they work, month by month (the quarterly DmfA data, monthly)."""

from openfisca_core.holders import set_input_dispatch_by_period, set_input_divide_by_period
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from werkregie.rules.entities import Person


class brutoloon(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Bruto maandloon bij alle werkgevers samen (EUR); een jaarbedrag wordt over de maanden verdeeld"
    reference = "https://www.vlaanderen.be/jobbonus"
    set_input = set_input_divide_by_period
    unit = "currency-EUR"


class prestatiebreuk(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Prestatiebreuk van de maand: 1 voltijds, 0,5 halftijds, 0 niet gewerkt; een jaarwaarde geldt voor elke maand"
    reference = "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/fill_in_dmfa/dmfa_fillingin_workerline/occupationline.html"
    set_input = set_input_dispatch_by_period
    unit = "/1"
