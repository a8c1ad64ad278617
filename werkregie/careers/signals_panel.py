"""The career-signals panel of "Mijn Loopbaan": `panel(request, person)` returns the template and its context; the
careers page includes it. Figures come from signals_data (cached per occupation × region per day), words and
Belgian number formats are made here, the chart is the platform's accessible SVG bar chart with the same figures in a
table beside it."""

from __future__ import annotations

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.core import dates
from werkregie.formats.numbers import format_number, format_percent
from werkregie.kpis.charts import bars
from werkregie.matching import labels
from werkregie.people.enums import ConsentPurpose
from werkregie.people.models import Consent, Person

from . import signals as engine
from . import signals_data

TEMPLATE = "careers/_signals_panel.html"


def quarter_label(q: engine.Quarter) -> str:
    return dates.quarter_label(q.year, q.number)


def trend_text(direction: str) -> str:
    return {engine.UP: _("stijgt"), engine.DOWN: _("daalt"), engine.STABLE: _("blijft gelijk")}.get(direction, _("te weinig gegevens"))


def _count(value: int | None, history: bool = True) -> str:
    """A count by the platform's small-cell rule (core.suppression): 1 to 9 hidden as "minder dan 10", a zero published
    as the word "geen" — an empty cell singles out nobody, and the panel's note says so (the attack on issue 13 read
    "Werkzoekenden 0" beside "minder dan 10" under "Aantallen onder 10 tonen we niet")."""
    if not history:
        return _("nog geen gegevens")
    if value is None:
        return _("minder dan %(n)s") % {"n": engine.threshold()}
    return format_number(value) if value else _("geen")


def occupation_block(signal: signals_data.OccupationSignals, taxonomy, language: str) -> dict:  # noqa: ANN001
    label = taxonomy.occupations[signal.index].label(language) if signal.index is not None else signal.uri
    area = signal.area.name_in(language)
    d = signal.demand
    rows = [{"quarter": quarter_label(f.quarter), "vacancies": _count(f.vacancies, f.history), "seekers": _count(f.seekers, f.history),
             "ratio": format_number(f.ratio, 2) if f.ratio is not None else "—"} for f in d.quarters]
    chart = bars(_("Openstaande vacatures per kwartaal: %(occupation)s in %(area)s") % {"occupation": label, "area": area},
                 _("Dezelfde cijfers staan in de tabel onder de grafiek."),
                 [{"label": quarter_label(f.quarter), "value": f.vacancies, "text": _count(f.vacancies, f.history)} for f in d.quarters],
                 compact=True)  # four short quarter labels: drawn phone-sized, its text readable at 390 px
    known = (engine.UP, engine.DOWN, engine.STABLE)
    if d.vacancies_trend in known:
        summary = _("De vraag naar %(occupation)s in %(area)s %(trend)s") % {"occupation": label, "area": area, "trend": trend_text(d.vacancies_trend)}
    else:  # a whole sentence, not "De vraag naar … te weinig gegevens" (found by the browser walk)
        summary = _("Voor %(occupation)s in %(area)s zijn er nog te weinig gegevens om te zien of de vraag stijgt of daalt") % {
            "occupation": label, "area": area}
    if d.change is not None and d.vacancies_trend in (engine.UP, engine.DOWN):
        # the change is first quarter with history → last (engine.demand): name that quarter, never "four quarters ago"
        # (the four quarters shown end with this one, so the first is three back: the walk of issue 13)
        first = next(f.quarter for f in d.quarters if f.history)
        summary += " (" + _("%(change)s openstaande vacatures tegenover %(quarter)s") % {
            "change": ("+" if d.change > 0 else "") + format_percent(d.change, 0), "quarter": quarter_label(first)} + ")"
    summary += "."
    # skills as entries with their label's language: about 60 % of ESCO skills have no Dutch label in the shipped extract,
    # and an English one on a Dutch page is marked (lang="en" and "EN") by {% skill_label %}, never passed off as Dutch
    adjacent = [{"label": taxonomy.occupations[a.occupation].label(language), "open": _count(a.open_vacancies),
                 "missing": [labels.skill(g.uri, language) for g in a.missing], "missing_count": len(a.missing),
                 # what the person has of it, in the same terms as what they miss: the skill overlap of the two
                 # occupations (Jaccard, with all the optional skills) said "6 % gedeelde competenties" beside "U hebt
                 # alle vereiste competenties" (walk of issue 13); it still chooses and orders the adjacent occupations
                 "held": a.essential - len(a.missing), "essential": a.essential}
                for a in signal.adjacent]
    rising = [{"entry": labels.skill(taxonomy.skills[r.skill].uri, language), "recent": format_percent(r.recent_share, 0),
               "earlier": format_percent(r.earlier_share, 0) if r.earlier_share is not None else _("een klein aandeel")} for r in signal.rising]
    return {"uri": signal.uri, "label": label, "kind": signal.kind, "area": area, "summary": summary,
            "vacancies_trend": d.vacancies_trend, "ratio_trend": trend_text(d.ratio_trend), "ratio_known": d.ratio_trend in known,
            "chart": chart, "rows": rows,
            "adjacent": adjacent, "rising": rising}


def blocks_for(person: Person, language: str) -> list[dict]:
    from werkregie.matching import platform

    taxonomy = platform.taxonomy()
    return [occupation_block(s, taxonomy, language) for s in signals_data.for_person(person)]


def opted_in(person_id: int) -> bool:
    return Consent.objects.filter(person_id=person_id, purpose=ConsentPurpose.CAREER_SIGNALS, withdrawn_at__isnull=True).exists()


def panel(request, person: Person) -> tuple[str, dict]:  # noqa: ANN001 - an HttpRequest
    principal = Principal.for_session(request.user)
    own = getattr(request.user, "person_id", None) == person.pk
    if own:
        purpose = Purpose.OWN_DATA
    else:
        from werkregie.people import perms as people_perms

        purposes = people_perms.purposes_for(principal, person.pk)
        if not purposes or not people_perms.can_view_person(principal, person.pk):
            return TEMPLATE, {"signals": [], "signals_allowed": False}
        purpose = purposes[0]
    record_access(principal.actor(), [person.pk], "loopbaansignalen: beroepen en competenties", purpose, principal.channel)
    blocks = blocks_for(person, (get_language() or "nl")[:2])
    return TEMPLATE, {"signals": blocks, "signals_allowed": True, "signals_own": own, "signals_opted_in": opted_in(person.pk),
                      "signals_threshold": engine.threshold()}
