"""Pages of issue 12's second round: the public vacancy search (no login), the hiring measures of one candidate for
one vacancy, and the employer's notices. Thin: the use cases decide and log."""

from __future__ import annotations

from django import forms
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import DomainError, InvalidInput, NotFound
from werkregie.formats.numbers import format_number
from werkregie.web.helpers import apply_errors, roles

from . import hiring, notices, search
from .models import Contract


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Wat zoekt u?"), max_length=200, required=False, help_text=_("bv. heftruck, verpleegkundige, lasser"))
    place = forms.CharField(label=_("Waar?"), max_length=100, required=False, help_text=_("gemeente of postcode, bv. Gent of 9000"))
    radius_km = forms.TypedChoiceField(label=_("Afstand"), required=False, coerce=int, empty_value=None,
                                       choices=[("", _("alleen deze gemeente")), ("10", _("tot 10 km")), ("25", _("tot 25 km")),
                                                ("50", _("tot 50 km")), ("100", _("tot 100 km"))])
    contract = forms.ChoiceField(label=_("Contract"), required=False, choices=[("", _("alle contracten")), *Contract.choices])
    hours = forms.ChoiceField(label=_("Uren"), required=False, choices=[("", _("voltijds en deeltijds")), ("full", _("voltijds (35 u of meer)")),
                                                                         ("part", _("deeltijds (minder dan 35 u)"))])
    sort = forms.ChoiceField(label=_("Sorteren"), required=False, choices=[("relevance", _("meest relevant")), ("date", _("nieuwste eerst")),
                                                                           ("distance", _("dichtstbij eerst (met een afstand)"))])
    occupation = forms.ChoiceField(label=_("Beroep"), required=False, help_text=_("de beroepen van de openstaande vacatures"))
    page = forms.IntegerField(required=False, min_value=1, max_value=1000, widget=forms.HiddenInput)
    field_order = ["q", "occupation", "place", "radius_km", "contract", "hours", "sort", "page"]

    def __init__(self, *args: object, language: str = "nl", **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        from . import search_occupations

        options = [(c.uri, c.label) for c in search_occupations.choices(language)]
        asked = (self.data.get("occupation") or "") if self.is_bound else ""
        if asked.startswith(search.OCCUPATION_PREFIX) and asked not in {uri for uri, _label in options}:
            options.append((asked, search_occupations.label(asked, language)))  # a link to a rarer occupation keeps working
        self.fields["occupation"].choices = [("", _("alle beroepen")), *options]

    def clean(self) -> dict:
        """A distance counts from a place: without one it is said, not ignored (walk of stop 42: ?radius_km=10 alone
        listed every vacancy of Flanders without a word)."""
        data = super().clean()
        if data.get("radius_km") and not (data.get("place") or "").strip():
            self.add_error("place", _("Vul een gemeente of postcode in om binnen een afstand te zoeken."))
        return data


def vacancy_search(request: HttpRequest) -> HttpResponse:
    """Everyone, without a login: published vacancies by words, occupation, place and distance, contract and hours; a
    logged-in job seeker also sees how each one on the page fits them (search.search_for)."""
    language = (get_language() or "nl")[:2]
    form = SearchForm(request.GET or None, language=language)
    principal = Principal.for_session(request.user) if request.user.is_authenticated else None
    results = None
    status = 200
    if form.is_valid():
        d = form.cleaned_data
        hours = d.get("hours") or ""
        filters = search.Filters(q=d.get("q") or "", place=d.get("place") or "", radius_km=d.get("radius_km") if d.get("place") else None,
                                 occupation_uri=d.get("occupation") or "", contract=d.get("contract") or "",
                                 min_hours=35 if hours == "full" else None, max_hours=34.9 if hours == "part" else None,
                                 sort=d.get("sort") or "relevance", page=d.get("page") or 1)
        try:
            results = search.search_for(principal, filters, language)
        except DomainError as exc:
            apply_errors(form, exc)
            status = 422
    elif request.GET:
        status = 422
    else:
        results = search.search_for(principal, search.Filters(sort="date"), language)
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "vacancies/search.html", {"form": form, "results": results, "query": query.urlencode()}, status=status)


@roles(Role.EMPLOYER, Role.COUNSELLOR, Role.ADMIN, Role.CITIZEN)
def application_measures(request: HttpRequest, principal: Principal, application_id: int) -> HttpResponse:
    try:
        view = hiring.for_application(principal, application_id)
    except NotFound:
        raise Http404 from None
    return render(request, "vacancies/hiring.html", {"view": view, "a": view.application, "v": view.application.vacancy,
                                                     "is_employer": principal.role == Role.EMPLOYER})


@roles(Role.EMPLOYER)
def employer_notices(request: HttpRequest, principal: Principal) -> HttpResponse:
    """Reading the notices changes nothing; the button marks them read (a POST, CSRF-protected), then shows them again."""
    if request.method == "POST":
        notices.read(principal)
        return redirect("employer_notices")
    found = notices.notices(principal)
    return render(request, "vacancies/notices.html", {"notices": found, "unread": any(n.unread for n in found)})


@roles(Role.ANALYST, Role.COUNSELLOR, Role.ADMIN, Role.EMPLOYER, Role.PARTNER)  # of the partners a sector organisation (sector_scope)
def sector_view(request: HttpRequest, principal: Principal) -> HttpResponse:
    """Shortages and surpluses of competences per sector and province, with a chart and a CSV export; a sector
    organisation's own sector(s) only."""
    from werkregie.web import exports

    from . import sectors

    section, province = request.GET.get("sector", ""), request.GET.get("provincie", "")
    language = (request.LANGUAGE_CODE or "nl")[:2]
    try:
        view = sectors.view(principal, section, province, language if language in ("nl", "fr", "en") else "nl")
    except InvalidInput as exc:  # a filter that is not one: said on the view's own page, with a way back (walk of stop 42:
        # a "Geen toegang" page)
        return render(request, "vacancies/sector_problem.html", {"detail": exc.detail, "errors": exc.errors}, status=exc.status)
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    if request.GET.get("formaat") == "csv":
        header, rows = sectors.csv_rows(view)
        return exports.csv_response("sector-competenties.csv", header, rows)
    from werkregie.kpis.charts import paired_bars
    from werkregie.matching import labels

    # each skill named, with both figures, in the platform's chart (walk of stop 42: unlabelled bars stretched to the page)
    chart = "" if not view.skills else paired_bars(str(_("Vraag en aanbod per competentie")), str(_("Staafdiagram met dezelfde cijfers als de tabel eronder.")),
                        [{"label": labels.plain(r), "first": r.demand, "first_text": format_number(r.demand, 0), "second": r.supply,
                          "second_text": _("niet getoond") if r.supply is None else format_number(r.supply, 0)} for r in view.skills[:15]],
                        (str(_("gevraagd in vacatures")), str(_("bij werkzoekenden"))))
    query = request.GET.copy()
    query["formaat"] = "csv"
    return render(request, "vacancies/sectors.html", {"view": view, "chart": chart, "csv_query": query.urlencode()})


@roles(Role.ANALYST, Role.COUNSELLOR, Role.ADMIN, Role.PARTNER)  # perms.GAP_READERS, as the API (/api/v1/vacancies/stats/missed-skills)
def missed_skills(request: HttpRequest, principal: Principal) -> HttpResponse:
    """The skill-gap statistic as a page: which asked competences employers most often missed in candidates (feedback
    reason "missing competences"), per occupation and province, as a table and a chart of the same figures; counts
    under the platform's threshold hidden (core.suppression, as the API). A sector organisation: its own sector(s)."""
    from werkregie.core.suppression import threshold

    from . import feedback

    language = (request.LANGUAGE_CODE or "nl")[:2]
    try:
        scope, found = feedback.skill_gaps(principal, request.GET.get("sector", ""), language if language in ("nl", "fr", "en") else "nl")
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    rows = [r | {"skill_entry": {"uri": r["skill_uri"], "label": r["skill"], "lang": r["skill_language"]}} for r in found]
    from werkregie.kpis.charts import bars
    from werkregie.matching import labels

    shown = sorted((r for r in rows if r["count"] is not None), key=lambda r: -r["count"])[:15]
    chart = bars(str(_("Gemiste competenties")), str(_("Staafdiagram met dezelfde cijfers als de tabel eronder.")),
                 [{"label": f'{labels.plain(r["skill_entry"])} — {r.get("occupation") or _("beroep onbekend")}, {r.get("province") or _("provincie onbekend")}',
                   "value": r["count"], "text": format_number(r["count"], 0)} for r in shown]) if shown else ""
    return render(request, "vacancies/missed_skills.html", {"rows": rows, "chart": chart, "threshold": threshold(), "scope": scope,
                                                            "hidden": sum(1 for r in rows if r["count"] is None)})
