"""Each condition of an employer support measure as one plain sentence (stop 33, open point): the employer's page of
measures per candidate listed the rules' parameter descriptions ("Gemiddeld gewaarborgd minimummaandinkomen (NAR, cao
nr. 43 en opvolgers) …") where an employer needs "Het minimumloon … bedraagt € 2.070,48 bruto per maand".

One place for these sentences: the pages and the API take them from here, never from a template. A parameter's
sentence carries its dated value (the value in force on the day asked, in Belgian notation by measures_views.format_value);
its legal source stays with the parameter (rules.catalogue.Condition.sources) and the pages link it beside the sentence.
A parameter without a sentence here keeps its description from the rules (tests/test_measure_sentences.py checks that
every parameter the candidate page states today has one)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .measures_views import format_value


def _scale_per_quarter(unit: str, scale: list) -> str:
    """A scale by quarter of the measure ((first quarter, amount or rate), …) as "40 % in de kwartalen 1 tot 5, …, daarna niets"."""
    parts = []
    for i, (start, amount) in enumerate(scale):
        first = int(start)
        last = int(scale[i + 1][0]) - 1 if i + 1 < len(scale) else None
        if not amount:
            if last is None:
                parts.append(_("daarna niets"))
            continue
        text = format_value(unit, amount)
        if last is None:
            parts.append(_("%(amount)s vanaf kwartaal %(first)s") % {"amount": text, "first": first})
        elif last == first:
            parts.append(_("%(amount)s in kwartaal %(first)s") % {"amount": text, "first": first})
        else:
            parts.append(_("%(amount)s in de kwartalen %(first)s tot %(last)s") % {"amount": text, "first": first, "last": last})
    return ", ".join(parts)


def _times(_unit: str, value: object) -> str:
    """A factor as words: 1 → "even lang als", 2 → "2 keer zo lang als"."""
    return _("even lang als") if float(value) == 1 else _("%(n)s keer zo lang als") % {"n": format_value("", value)}


def _plain(_unit: str, value: object) -> str:
    return format_value("", value)


def _value(unit: str, value: object) -> str:
    return _scale_per_quarter(unit, value) if isinstance(value, list) else format_value(unit, value)


# parameter path → (sentence with %(value)s, how its value is written); lazy: the reader's language at render time
Sentence = tuple[object, Callable[[str, object], str]]
SENTENCES: dict[str, Sentence] = {
    # persons without recent lasting work experience (computed per candidate; these read on the public page)
    "doelgroepvermindering.zonder_werkervaring.bedrag": (gettext_lazy("De vermindering bedraagt %(value)s per kwartaal."), _value),
    "doelgroepvermindering.zonder_werkervaring.kwartalen": (
        gettext_lazy("De vermindering loopt %(value)s, het kwartaal van de aanwerving meegeteld."), _value),
    "doelgroepvermindering.zonder_werkervaring.leeftijd_maximum": (
        gettext_lazy("De werknemer is op de laatste dag van het kwartaal van de aanwerving jonger dan %(value)s."), _value),
    "doelgroepvermindering.zonder_werkervaring.leeftijd_minimum": (
        gettext_lazy("De werknemer is op de laatste dag van het kwartaal van de aanwerving minstens %(value)s."), _value),
    "doelgroepvermindering.zonder_werkervaring.loongrens": (gettext_lazy("Het kwartaalloon van de werknemer is lager dan %(value)s."), _value),
    "doelgroepvermindering.zonder_werkervaring.prestatiebreuk_minimum": (
        gettext_lazy("Bij een tewerkstelling onder %(value)s van een voltijdse is er geen vermindering."), _value),
    "doelgroepvermindering.zonder_werkervaring.prestatiebreuk_volledig": (
        gettext_lazy("Vanaf een tewerkstelling van %(value)s van een voltijdse is de volledige vermindering verschuldigd, daaronder een deel naar verhouding."), _value),
    "doelgroepvermindering.zonder_werkervaring.werkloosheidsduur": (
        gettext_lazy("De werkzoekende was vóór de aanwerving minstens %(value)s ingeschreven als niet-werkende werkzoekende."), _value),
    # VOP
    "vop.percentage_bepaalde_duur": (
        gettext_lazy("Een VOP van bepaalde duur (2 jaar) betaalt een deel van het begrensde referteloon, per kwartaal van de VOP: %(value)s."), _value),
    "vop.percentage_onbepaalde_duur": (
        gettext_lazy("Een VOP van onbepaalde duur (5 jaar) betaalt een deel van het begrensde referteloon, per kwartaal van de VOP: %(value)s."), _value),
    "vop.verhoogd_maximum": (
        gettext_lazy("Een verhoogde VOP (uitzonderlijk, op gemotiveerde aanvraag na controle door VDAB) bedraagt hoogstens %(value)s van het begrensde referteloon."), _value),
    # the reference wage of VOP and maatwerk
    "referteloon.ggmmi": (
        gettext_lazy("Het gemiddeld gewaarborgd minimummaandinkomen (het minimumloon voor een voltijdse werknemer van 18 jaar of ouder) bedraagt %(value)s bruto per maand."), _value),
    "referteloon.plafond_factor": (
        gettext_lazy("Het referteloon is het brutoloon van de werknemer, begrensd op %(value)s keer dat minimummaandinkomen."), _plain),
    # Flemish training leave
    "opleiding.vov_terugbetaling_per_uur": (gettext_lazy("De werkgever krijgt %(value)s terug per uur Vlaams opleidingsverlof."), _value),
    "opleiding.vov_uren": (gettext_lazy("Een voltijdse werknemer heeft per schooljaar recht op hoogstens %(value)s Vlaams opleidingsverlof."), _value),
    "opleiding.vov_loongrens": (
        gettext_lazy("Tijdens het opleidingsverlof betaalt de werkgever het loon door tot hoogstens %(value)s bruto per maand."), _value),
    "opleiding.vov_minimale_prestatiebreuk": (
        gettext_lazy("De werknemer werkt minstens %(value)s van een voltijdse; een deeltijdse krijgt de uren naar verhouding."), _value),
    "opleiding.vov_uren_werkgeversinitiatief": (
        gettext_lazy("Voor opleidingen op initiatief van de werkgever komen er per schooljaar hoogstens %(value)s bij."), _value),
    # IBO
    "ibo.maximale_duur": (gettext_lazy("Een IBO duurt hoogstens %(value)s."), _value),
    "ibo.tewerkstelling_na_ibo": (
        gettext_lazy("Na de IBO werft de werkgever de cursist aan met een contract van onbepaalde duur, of van bepaalde duur dat minstens %(value)s de IBO duurt."), _times),
}
for _kind in ("maatwerk.collectief", "maatwerk.individueel"):  # the same guidance premium in both kinds of maatwerk
    SENTENCES |= {
        f"{_kind}.begeleidingspremie_variabel.laag": (
            gettext_lazy("Het variabele deel van de begeleidingspremie bij een lage begeleidingsnood bedraagt %(value)s per kwartaal (voltijds)."), _value),
        f"{_kind}.begeleidingspremie_variabel.gemiddeld": (
            gettext_lazy("Het variabele deel van de begeleidingspremie bij een gemiddelde begeleidingsnood bedraagt %(value)s per kwartaal (voltijds)."), _value),
        f"{_kind}.begeleidingspremie_variabel.hoog": (
            gettext_lazy("Het variabele deel van de begeleidingspremie bij een hoge begeleidingsnood bedraagt %(value)s per kwartaal (voltijds)."), _value),
    }
SENTENCES |= {
    "maatwerk.collectief.begeleidingspremie_vast": (
        gettext_lazy("Het vaste deel van de begeleidingspremie bedraagt %(value)s per kwartaal per werknemer in de doelgroep."), _value),
    "maatwerk.collectief.loonpremie_minimum": (gettext_lazy("De loonpremie bedraagt minstens %(value)s van het begrensde referteloon."), _value),
    "maatwerk.collectief.loonpremie_maximum": (gettext_lazy("De loonpremie bedraagt hoogstens %(value)s van het begrensde referteloon."), _value),
    "maatwerk.collectief.startpakket.pakket_1": (
        gettext_lazy("Startpakket 1 (ook bij herintreding na een doorstroomtraject) geeft een loonpremie van %(value)s van het begrensde referteloon."), _value),
    "maatwerk.collectief.startpakket.pakket_2": (
        gettext_lazy("Startpakket 2 geeft een loonpremie van %(value)s van het begrensde referteloon."), _value),
    "maatwerk.individueel.begeleidingspremie_vast": (
        gettext_lazy("Het vaste deel van de begeleidingspremie, per kwartaal van het maatwerk: %(value)s."), _value),
    "maatwerk.individueel.loonpremie_pakket_1": (
        gettext_lazy("Startpakket 1 (hoogstens 2 jaar) geeft als loonpremie een deel van het begrensde referteloon: %(value)s."), _value),
    "maatwerk.individueel.loonpremie_pakket_2": (
        gettext_lazy("Startpakket 2 (5 jaar, nood aan loonpremie) geeft als loonpremie een deel van het begrensde referteloon: %(value)s."), _value),
    "maatwerk.individueel.loonpremie_pakket_3": (
        gettext_lazy("Startpakket 3 (5 jaar, verhoogde loonpremie of advies collectief maatwerk) geeft als loonpremie een deel van het begrensde referteloon: %(value)s."), _value),
    "maatwerk.individueel.loonpremie_pakket_4": (
        gettext_lazy("Startpakket 4 (5 jaar, in een maatwerkbedrijf op advies collectief maatwerk) geeft als loonpremie een deel van het begrensde referteloon: %(value)s."), _value),
}


def value_on(condition, day: dt.date) -> object:  # noqa: ANN001 - a rules.catalogue.Condition
    """The parameter's value in force on the day (its values come newest first); None before its first value or where it stopped."""
    return next((v.value for v in condition.values if v.since <= day), None)


def parameter_sentence(condition, day: dt.date) -> str | None:  # noqa: ANN001 - a rules.catalogue.Condition
    """The parameter as a plain sentence with its value on the day; None where no sentence is written for it or it has no value then."""
    found = SENTENCES.get(condition.path)
    value = value_on(condition, day)
    if found is None or value is None:
        return None
    text, write = found
    return str(text) % {"value": write(condition.unit, value)}


def rule_sentence(condition) -> str | None:  # noqa: ANN001 - a rules.measures.Condition
    """A condition on the candidate's side stated from the rule's bounds alone (never its "actual" or "met": the
    employer may not learn whether this person meets it); None for a condition on the employer's side."""
    v = condition.values
    if condition.key == "jobseeker_months":
        return _("De werkzoekende is vóór de aanwerving minstens %(months)s maanden ingeschreven als niet-werkende werkzoekende.") % {"months": v["required"]}
    if condition.key == "registered_jobseeker":
        return _("De werkzoekende is bij de aanwerving ingeschreven als niet-werkende werkzoekende.")
    if condition.key == "age":
        return _("De werknemer is op de laatste dag van het kwartaal van de aanwerving %(low)s jaar of ouder en jonger dan %(high)s jaar.") % {
            "low": v["low"], "high": v["high"]}
    if condition.key == "age_min":
        return _("De werknemer is op de laatste dag van het kwartaal van de aanwerving %(low)s jaar of ouder.") % {"low": v["low"]}
    if condition.key == "age_below":
        return _("De werknemer is op de laatste dag van het kwartaal van de aanwerving jonger dan %(high)s jaar.") % {"high": v["high"]}
    if condition.key == "education":
        return (_("De jongere heeft hoogstens een diploma secundair onderwijs.") if v.get("max_isced", 4) >= 3
                else _("De jongere heeft geen diploma secundair onderwijs."))
    if condition.key == "portfolio":
        return _("De jongere heeft een VDAB-loopbaanportfolio met studiegegevens, is niet meer voltijds leerplichtig en werkt minstens halftijds.")
    return None
