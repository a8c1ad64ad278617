"""Vlaamse opleidingsincentives: opleidingscheques (per calendar year) and Vlaams opleidingsverlof (per school
year: give the period as year:YYYY-09, e.g. year:2024-09 for 2024-2025)."""

import numpy as np
from openfisca_core.periods import DateUnit
from openfisca_core.variables import Variable

from werkregie.rules.entities import Person
from werkregie.rules.precision import fraction as exact_fraction


class isced_niveau(Variable):
    value_type = int
    entity = Person
    definition_period = DateUnit.ETERNITY
    label = "Hoogste onderwijsniveau (ISCED 0-8)"
    default_value = 3


class werknemer(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Werknemer of uitzendkracht (geen zelfstandige, geen werkzoekende met uitkering, geen student- of leercontract)"
    default_value = True


class persoonlijk_ontwikkelingsplan(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.YEAR
    label = "De opleiding staat in een persoonlijk ontwikkelingsplan na loopbaanbegeleiding (laatste 6 jaar)"


class opleidingscheques_gevraagd(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Waarde aan opleidingscheques die de werknemer wil kopen (EUR)"
    unit = "currency-EUR"


class opleidingscheques_recht(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Recht op opleidingscheques"
    reference = "https://www.vlaanderen.be/opleidingscheques-voor-werknemers"

    def formula_2019_09_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).opleiding
        low_or_medium = person("isced_niveau", period) <= p.cheques_hoogste_isced
        return person("werknemer", period) & (low_or_medium | person("persoonlijk_ontwikkelingsplan", period))


class opleidingscheques_overheidsbijdrage(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Bijdrage van de Vlaamse overheid in de gekochte opleidingscheques (EUR)"
    reference = "https://www.vlaanderen.be/opleidingscheques-voor-werknemers"
    unit = "currency-EUR"

    def formula_2019_09_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).opleiding
        value = np.minimum(person("opleidingscheques_gevraagd", period), p.cheques_maximum)
        return np.where(person("opleidingscheques_recht", period), np.round(value * (1 - p.cheques_eigen_bijdrage), 2), 0.0)


class vov_opleidingsuren(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Uren van de erkende opleiding in het schooljaar (lestijden)"
    unit = "hour"


class vov_studiepunten(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Studiepunten van een opleiding zonder regelmatige lestijden in het schooljaar"
    reference = "https://www.securex.be/nl/lex4you/werkgever/themas/vakantie-afwezigheid/tijd-voor-de-werknemer/op-hoeveel-uur-vlaams-opleidingsverlof-hebben-voltijdse-werknemers-recht"


class vov_graduaat(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.YEAR
    label = "De studiepunten zijn van een graduaatsopleiding (6 uur per studiepunt tot en met 2021-2022)"


class vov_examens(Variable):
    value_type = int
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Aantal examens voor de examencommissie in het schooljaar"


class vov_competenties(Variable):
    value_type = int
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Aantal te erkennen competenties (erkenning van verworven competenties) in het schooljaar"


class vov_erkende_uren(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = ("Uren van de opleiding voor het Vlaams opleidingsverlof: lestijden, plus de omrekening van studiepunten (4 uur; "
             "graduaat 6 uur tot 2021-2022), examens voor de examencommissie (8 uur) en te erkennen competenties (16 uur)")
    reference = "https://www.securex.be/nl/lex4you/werkgever/themas/vakantie-afwezigheid/tijd-voor-de-werknemer/op-hoeveel-uur-vlaams-opleidingsverlof-hebben-voltijdse-werknemers-recht"
    unit = "hour"

    def formula_2019_09_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).opleiding
        per_credit = np.where(person("vov_graduaat", period), p.vov_uren_per_studiepunt_graduaat, p.vov_uren_per_studiepunt)
        return (
            person("vov_opleidingsuren", period) + person("vov_studiepunten", period) * per_credit
            + person("vov_examens", period) * p.vov_uren_per_examen + person("vov_competenties", period) * p.vov_uren_per_competentie
        )


class vov_werkgeversinitiatief(Variable):
    value_type = bool
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Opleiding op initiatief van de werkgever"


class vov_maximum_uren(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Hoogste aantal uren Vlaams opleidingsverlof in het schooljaar (pro rata de prestatiebreuk van september)"
    reference = "https://etaamb.openjustice.be/nl/fr/besluit-van-de-vlaamse-regering-van-21-december-2018_n2019010609.html"
    unit = "hour"

    def formula_2019_09_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).opleiding
        fraction = np.minimum(exact_fraction(person("prestatiebreuk", period.first_month)), 1.0)
        hours = p.vov_uren + np.where(person("vov_werkgeversinitiatief", period), p.vov_uren_werkgeversinitiatief, 0)
        return np.where(fraction >= p.vov_minimale_prestatiebreuk, np.round(hours * fraction, 2), 0.0)


class vov_uren(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Uren Vlaams opleidingsverlof waarop de werknemer recht heeft in het schooljaar"
    unit = "hour"

    def formula_2019_09_01(person, period, parameters):  # noqa: N805
        return np.minimum(person("vov_erkende_uren", period), person("vov_maximum_uren", period))


class vov_terugbetaling_werkgever(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Forfaitaire terugbetaling aan de werkgever voor het Vlaams opleidingsverlof van het schooljaar (EUR)"
    reference = "https://www.werk.be/online-diensten/betaald-educatief-verlof/terugbetaling-aan-de-werkgevers/bedrag-van-de-terugbetaling"
    unit = "currency-EUR"

    def formula_2019_09_01(person, period, parameters):  # noqa: N805
        return np.round(person("vov_uren", period) * parameters(period.start).opleiding.vov_terugbetaling_per_uur, 2)


class vov_uurloon(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Normaal bruto uurloon van de werknemer tijdens het schooljaar (EUR)"
    unit = "currency-EUR"


class vov_begrensd_uurloon(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Uurloon dat de werknemer tijdens het Vlaams opleidingsverlof behoudt: het normale uurloon tot de loongrens van het schooljaar (EUR)"
    reference = "https://besox.storychief.io/betaald-educatief-verlof-en-vlaams-opleidingsverlof-loongrens-indieningstermijn-en-wijzigingen-schooljaar-2025-2026"
    unit = "currency-EUR"

    def formula_2019_09_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).opleiding
        return np.round(np.minimum(person("vov_uurloon", period), p.vov_loongrens / p.vov_uren_per_maand), 2)


class vov_behouden_loon(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Loon dat de werkgever betaalt voor de uren Vlaams opleidingsverlof van het schooljaar (EUR)"
    unit = "currency-EUR"

    def formula_2019_09_01(person, period, parameters):  # noqa: N805
        return np.round(person("vov_uren", period) * person("vov_begrensd_uurloon", period), 2)


class vov_loongrens_maand(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Loongrens van het Vlaams opleidingsverlof in het schooljaar: het hoogste brutomaandloon dat de werkgever moet doorbetalen (EUR per maand)"
    reference = "https://besox.storychief.io/betaald-educatief-verlof-en-vlaams-opleidingsverlof-loongrens-indieningstermijn-en-wijzigingen-schooljaar-2025-2026"
    unit = "currency-EUR"

    def formula_2019_09_01(person, period, parameters):  # noqa: N805
        return np.full(person.count, parameters(period.start).opleiding.vov_loongrens)


class vov_eigen_aandeel_werkgever(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = ("Wat de werkgever zelf draagt voor het Vlaams opleidingsverlof van het schooljaar: het behouden loon min de forfaitaire "
             "terugbetaling (EUR; negatief als het forfait per uur hoger is dan het behouden uurloon)")
    reference = "https://www.werk.be/online-diensten/betaald-educatief-verlof/terugbetaling-aan-de-werkgevers/bedrag-van-de-terugbetaling"
    unit = "currency-EUR"

    def formula_2019_09_01(person, period, parameters):  # noqa: N805
        return np.round(person("vov_behouden_loon", period) - person("vov_terugbetaling_werkgever", period), 2)


class opleidingscheques_eigen_bijdrage(Variable):
    value_type = float
    entity = Person
    definition_period = DateUnit.YEAR
    label = "Wat de werknemer zelf betaalt voor de opleidingscheques met overheidsbijdrage (EUR; de helft, tot het jaarmaximum)"
    reference = "https://www.vlaanderen.be/opleidingscheques-voor-werknemers"
    unit = "currency-EUR"

    def formula_2019_09_01(person, period, parameters):  # noqa: N805
        p = parameters(period.start).opleiding
        value = np.minimum(person("opleidingscheques_gevraagd", period), p.cheques_maximum)
        return np.where(person("opleidingscheques_recht", period), np.round(value * p.cheques_eigen_bijdrage, 2), 0.0)
