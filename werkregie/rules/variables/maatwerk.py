"""Support for employing people with a work limitation: the Flemish support premium (VOP, 2008 - new ones until
30 June 2023) and maatwerk, collective (in a maatwerkbedrijf, from 2019) and individual (IMW, from 1 July 2023).

All three pay a percentage of the capped reference wage per quarter: the referteloon (gross wage + employer
contributions - reductions) of the quarter, capped at twice the GGMMI per month, the cap reduced pro rata the work
fraction. Quarters are counted from the quarter in which the measure started (1 = that quarter). As elsewhere, a
quarterly amount is a monthly variable carrying a third of it.
"""

import datetime

import numpy as np
from openfisca_core.holders import set_input_divide_by_period
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from werkregie.rules.entities import Person
from werkregie.rules.precision import average, fraction
from werkregie.rules.variables.target_groups import _hire_quarter, _quarter

NEED_LEVELS = ("laag", "gemiddeld", "hoog")  # begeleidingsnood 1, 2, 3; 0 = no support need attested


class referteloon(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Referteloon van de maand: brutoloon + werkgeversbijdragen - verminderingen van werkgeversbijdragen (EUR)"
    reference = "https://werkgevers.vdab.be/referteloon"
    set_input = set_input_divide_by_period
    unit = "currency-EUR"


class begrensd_referteloon(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Begrensd referteloon van het kwartaal, per maand (EUR): het referteloon tot 2 x GGMMI per maand, pro rata de prestatiebreuk"
    reference = "https://werkgevers.vdab.be/referteloon"
    unit = "currency-EUR"

    def formula_2008_10_01(person, period, parameters):  # noqa: N805
        _first, months, _last = _quarter(period)
        wage = sum(person("referteloon", m) for m in months)
        cap = 0.0
        for month in months:
            p = parameters(month.start).referteloon
            cap = cap + p.plafond_factor * p.ggmmi * np.minimum(person("prestatiebreuk", month), 1.0)
        return np.round(np.minimum(wage, cap) / 3, 4)


def _quarter_number(person, period, start_variable: str) -> np.ndarray:  # noqa: ANN001
    """1 for the quarter in which the measure started, 2 for the next...; 0 or less before it started."""
    first, _months, _last = _quarter(period)
    index, _start, _end = _hire_quarter(person(start_variable, period), first)
    return index + 1


class vop_startdatum(Variable):
    value_type = datetime.date
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Begindatum van de Vlaamse ondersteuningspremie (VOP)"


class vop_bepaalde_duur(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "VOP van bepaalde duur (2 jaar; de arbeidshandicap kan verbeteren) in plaats van onbepaalde duur (5 jaar)"


class vop_verhoogd_percentage(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Toegekend verhoogd VOP-percentage (uitzonderlijk, hoogstens 0,60); 0 = gewone VOP"
    unit = "/1"


class vop(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Vlaamse ondersteuningspremie (VOP) voor de werkgever (EUR; per maand een derde van het kwartaalbedrag)"
    reference = "https://www.vlaanderen.be/vlaamse-ondersteuningspremie-vop/vlaamse-ondersteuningspremie-bedrag-en-duur"
    unit = "currency-EUR"
    end = "2028-06-30"

    def formula_2008_10_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).vop
        number = _quarter_number(person, period, "vop_startdatum")
        started = person("vop_startdatum", period)
        last = str(int(p.laatste_start))
        valid = (started >= np.datetime64("2008-10-01")) & (started <= np.datetime64(f"{last[:4]}-{last[4:6]}-{last[6:]}")) & (number >= 1)
        regular = np.where(person("vop_bepaalde_duur", period), p.percentage_bepaalde_duur.calc(number), p.percentage_onbepaalde_duur.calc(number))
        raised = np.minimum(person("vop_verhoogd_percentage", period), p.verhoogd_maximum)
        percentage = np.where((raised > 0) & (regular > 0), np.maximum(raised, regular), regular)
        return np.where(valid, np.round(percentage * person("begrensd_referteloon", period), 4), 0.0)


class begeleidingsnood(Variable):
    value_type = int
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Begeleidingsnood vastgesteld door VDAB: 0 geen, 1 laag, 2 gemiddeld, 3 hoog"


def _quarter_fraction(person, period) -> np.ndarray:  # noqa: ANN001
    """The work fraction over the quarter that holds this month (at most 1)."""
    _first, months, _last = _quarter(period)
    return np.minimum(average(person, "prestatiebreuk", months), 1.0)


def _support_by_need(node, need: np.ndarray) -> np.ndarray:  # noqa: ANN001 - a parameter node with laag/gemiddeld/hoog
    amounts = np.array([0.0, *(getattr(node, level) for level in NEED_LEVELS)])
    return amounts[np.clip(need, 0, 3)]


class maatwerk_collectief_loonpremie_percentage(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Loonpremiepercentage van het werkondersteuningspakket in een maatwerkbedrijf (0,40 tot 0,75, per 0,05); 0 = geen"
    unit = "/1"


class maatwerk_collectief_startpakket(Variable):
    value_type = int
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Startpakket in een maatwerkbedrijf (zonder VDAB-evaluatie van de loonpremie): 0 geen, 1 startpakket 45% (ook na doorstroom), 2 startpakket 60%"
    reference = "https://herwin.be/question/wat-is-de-loonpremie/"


class maatwerk_collectief_loonpremie_toegekend(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = ("Loonpremiepercentage dat geldt (collectief maatwerk): dat van het startpakket als er een is, anders het percentage "
             "van het werkondersteuningspakket als het een geldig pakket is (40 tot 75%, per 5%); 0 = geen")
    reference = "https://herwin.be/question/wat-is-de-loonpremie/"
    unit = "/1"

    def formula_2019_01_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).maatwerk.collectief
        percentage = fraction(person("maatwerk_collectief_loonpremie_percentage", period))
        # only the percentages a package can have (40, 45, ... 75): anything else is no package
        steps = np.round(percentage * 20, 6)
        valid = (percentage >= p.loonpremie_minimum) & (percentage <= p.loonpremie_maximum) & (steps == np.round(steps))
        package = person("maatwerk_collectief_startpakket", period)
        start = np.select([package == 1, package == 2], [p.startpakket.pakket_1, p.startpakket.pakket_2], 0.0)
        return np.where(package > 0, start, np.where(valid, percentage, 0.0))


class maatwerk_collectief_loonpremie(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Loonpremie collectief maatwerk (EUR; per maand een derde van het kwartaalbedrag)"
    reference = "https://herwin.be/question/wat-is-de-loonpremie/"
    unit = "currency-EUR"

    def formula_2019_01_01(person, period, parameters):  # noqa: N805
        percentage = fraction(person("maatwerk_collectief_loonpremie_toegekend", period))
        return np.round(percentage * person("begrensd_referteloon", period), 4)


def _collective_support_eligible(person, period) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # noqa: ANN001
    fraction = _quarter_fraction(person, period)
    need = person("begeleidingsnood", period)
    eligible = (person("maatwerk_collectief_loonpremie_toegekend", period) > 0) & (need > 0) & (fraction > 0)
    return eligible, need, fraction


class maatwerk_collectief_begeleidingspremie_vast(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Begeleidingspremie collectief maatwerk, vast deel per persoon (EUR; per maand een derde van het kwartaalbedrag)"
    reference = "https://herwin.be/question/wat-is-de-begeleidingspremie/"
    unit = "currency-EUR"

    def formula_2019_01_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).maatwerk.collectief
        eligible, _need, _fraction = _collective_support_eligible(person, period)
        return np.where(eligible, np.round(p.begeleidingspremie_vast / 3, 4), 0.0)


class maatwerk_collectief_begeleidingspremie_variabel(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = ("Begeleidingspremie collectief maatwerk, variabel deel: het bedrag van de begeleidingsnood maal de prestatiebreuk "
             "van het kwartaal (EUR; per maand een derde van het kwartaalbedrag)")
    reference = "https://herwin.be/question/wat-is-de-begeleidingspremie/"
    unit = "currency-EUR"

    def formula_2019_01_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).maatwerk.collectief
        eligible, need, fraction = _collective_support_eligible(person, period)
        return np.where(eligible, np.round(_support_by_need(p.begeleidingspremie_variabel, need) * fraction / 3, 4), 0.0)


class maatwerk_collectief_begeleidingspremie(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Begeleidingspremie collectief maatwerk, vast en variabel deel (EUR; per maand een derde van het kwartaalbedrag)"
    reference = "https://herwin.be/question/wat-is-de-begeleidingspremie/"
    unit = "currency-EUR"

    def formula_2019_01_01(person, period, parameters):  # noqa: N805
        return person("maatwerk_collectief_begeleidingspremie_vast", period) + person("maatwerk_collectief_begeleidingspremie_variabel", period)


class imw_startdatum(Variable):
    value_type = datetime.date
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Datum van de beslissing individueel maatwerk van het Departement WSE (het eerste kwartaal telt vanaf dan)"


class imw_startpakket(Variable):
    value_type = int
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = (
        "Startpakket individueel maatwerk: 0 geen; 1 hoogstens 2 jaar; 2 vijf jaar, loonpremie; 3 vijf jaar, verhoogde "
        "loonpremie of advies collectief maatwerk; 4 vijf jaar, advies collectief maatwerk, maatwerkbedrijf met WOP IM"
    )


def _imw_running(person, period, parameters) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # noqa: ANN001
    """Quarter number, start package and whether the IMW runs in this quarter (2 or 5 years from the decision)."""
    number = _quarter_number(person, period, "imw_startdatum")
    package = person("imw_startpakket", period)
    started = person("imw_startdatum", period) >= np.datetime64("2023-07-01")
    length = np.where(package == 1, 8, 20)
    return number, package, started & (package >= 1) & (package <= 4) & (number >= 1) & (number <= length)


class imw_loonpremie(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Loonpremie individueel maatwerk volgens startpakket en kwartaal (EUR; per maand een derde van het kwartaalbedrag)"
    reference = "https://herwin.be/question/welke-subsidies-komen-er-voor-individueel-maatwerk-imw/"
    unit = "currency-EUR"

    def formula_2023_07_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).maatwerk.individueel
        number, package, running = _imw_running(person, period, parameters)
        percentage = np.select(
            [package == k for k in (1, 2, 3, 4)],
            [getattr(p, f"loonpremie_pakket_{k}").calc(number) for k in (1, 2, 3, 4)], 0.0,
        )
        return np.where(running, np.round(percentage * person("begrensd_referteloon", period), 4), 0.0)


def _imw_support(person, period, parameters):  # noqa: ANN001, ANN202
    number, _package, running = _imw_running(person, period, parameters)
    fraction = _quarter_fraction(person, period)
    need = person("begeleidingsnood", period)
    return number, need, fraction, running & (need > 0) & (fraction > 0)


class imw_begeleidingspremie_vast(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Begeleidingspremie individueel maatwerk, vast deel (1.200 per kwartaal de eerste 5 kwartalen, dan 600; EUR per maand: een derde)"
    reference = "https://herwin.be/question/welke-subsidies-komen-er-voor-individueel-maatwerk-imw/"
    unit = "currency-EUR"

    def formula_2023_07_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).maatwerk.individueel
        number, _need, _fraction, eligible = _imw_support(person, period, parameters)
        return np.where(eligible, np.round(p.begeleidingspremie_vast.calc(number) / 3, 4), 0.0)


class imw_begeleidingspremie_variabel(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Begeleidingspremie individueel maatwerk, variabel deel volgens begeleidingsnood maal de prestatiebreuk (EUR; per maand een derde)"
    reference = "https://herwin.be/question/welke-subsidies-komen-er-voor-individueel-maatwerk-imw/"
    unit = "currency-EUR"

    def formula_2023_07_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).maatwerk.individueel
        _number, need, fraction, eligible = _imw_support(person, period, parameters)
        return np.where(eligible, np.round(_support_by_need(p.begeleidingspremie_variabel, need) * fraction / 3, 4), 0.0)


class imw_begeleidingspremie(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.MONTH
    label = "Begeleidingspremie individueel maatwerk, vast en variabel deel (EUR; per maand een derde van het kwartaalbedrag)"
    reference = "https://herwin.be/question/welke-subsidies-komen-er-voor-individueel-maatwerk-imw/"
    unit = "currency-EUR"

    def formula_2023_07_01(person, period, parameters):  # noqa: N805
        return person("imw_begeleidingspremie_vast", period) + person("imw_begeleidingspremie_variabel", period)
