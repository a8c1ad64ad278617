"""The caseload overview page (counsellor, controller, admin, partner): the form, the sort links, the next person."""

from __future__ import annotations

from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import DomainError, Forbidden
from werkregie.people.enums import StatusKind
from werkregie.screening.enums import DistanceCategory
from werkregie.worklist import caseload
from werkregie.worklist.enums import TaskKind

from . import search_token
from .helpers import apply_errors, list_filters, municipality_choices, page_number, search_field

DUE_CHOICES = [("", gettext_lazy("Alle")), ("overdue", gettext_lazy("Te laat")), ("week", gettext_lazy("Binnen 7 dagen of te laat")),
               ("month", gettext_lazy("Binnen een maand of te laat")), ("none", gettext_lazy("Geen termijn"))]
COLUMNS = [  # sort key, heading, what the role must see
    ("naam", gettext_lazy("Naam"), None), ("status", gettext_lazy("Huidige status"), "statuses"),
    ("afstand", gettext_lazy("Afstand tot de arbeidsmarkt"), "screening"), ("screening", gettext_lazy("Screening uiterlijk"), "statuses"),
    ("afspraken", gettext_lazy("Afspraken uiterlijk"), "statuses"), ("actie", gettext_lazy("Volgende taak"), "screening"),
    ("contact", gettext_lazy("Laatste contact"), "screening"), ("controle", gettext_lazy("Termijn controle"), "controller"),
]


class OverviewForm(forms.Form):
    q = search_field(gettext_lazy("Zoeken op naam, INSZ of geboortedatum"))
    status = forms.ChoiceField(label=gettext_lazy("Huidige status"), required=False)
    afstand = forms.ChoiceField(label=gettext_lazy("Afstand tot de arbeidsmarkt"), required=False)
    termijn = forms.ChoiceField(label=gettext_lazy("Termijn screening of afspraken"), required=False, choices=DUE_CHOICES)
    municipality = forms.ChoiceField(label=gettext_lazy("Gemeente"), required=False)
    sorteer = forms.ChoiceField(label=gettext_lazy("Sorteren op"), required=False)
    richting = forms.ChoiceField(label=gettext_lazy("Volgorde"), required=False,
                                 choices=[("op", gettext_lazy("Oplopend (eerst te laat, A–Z)")), ("af", gettext_lazy("Aflopend"))])

    def __init__(self, *args, sections: frozenset[str], municipalities: list, controller: bool = False, first: str = "naam", **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", _("Alle"))] + list(StatusKind.choices)
        self.fields["afstand"].choices = [("", _("Alle"))] + list(DistanceCategory.choices) + [("none", _("Nog niet gescreend"))]
        self.fields["municipality"].choices = municipalities
        labels = {key: label for key, label, _needs in COLUMNS}
        labels["actie"] = _("Wat eerst moet gebeuren")
        shown = sections | ({"controller"} if controller else set())
        sorts = [(key, labels[key]) for key, _label, needs in COLUMNS if needs is None or needs in shown]
        self.fields["sorteer"].choices = sorted(sorts, key=lambda choice: choice[0] != first)  # the default first, the rest in column order
        for name, section in caseload.FILTERS.items():  # a filter on what the role may not see is not offered
            if section not in sections:
                del self.fields[name]


def _query(request: HttpRequest, **changes: str) -> str:
    params = {k: v for k, v in request.GET.items() if v and k not in ("pagina", *changes)}
    params.update({k: v for k, v in changes.items() if v})
    return urlencode(params)


def overview_page(request: HttpRequest, principal: Principal, title: str) -> HttpResponse:
    pushed, redirected = search_token.posted_search(request)  # the search text (an INSZ?) stays out of the URL
    sections = caseload.visible(principal)
    if redirected or (redirected := search_token.insz_out_of_url(request, sections)):
        return redirected
    given = search_token.search_data(request, request.GET)
    number = page_number(request)  # a page that does not exist is refused before anything is listed (400)
    page, data, status = None, {}, 200
    try:  # a sort on what the role may not see: refused as a filter on it is (403, said), not as a choice not offered
        caseload.check_sort(principal, given.get("sorteer", ""))
        refused = False
    except Forbidden as exc:
        messages.error(request, exc.detail)
        refused, status = True, 403
        given.pop("sorteer")  # said once, at the top; not again beside the field as a choice that does not exist
    form = OverviewForm(given or None, sections=sections, municipalities=municipality_choices(principal, caseload.municipalities(principal)),
                        controller=principal.role == Role.CONTROLLER, first=caseload.default_sort(principal))
    if not refused and (form.is_valid() or not given):
        # a filter the role has no field for (what it may not see) still reaches the use case, which refuses it
        data = list_filters(form, given, passed_on=tuple(caseload.FILTERS))
        try:
            page = caseload.overview(principal, **_overview_args(data), page=number, page_size=50)
        except Forbidden as exc:
            if not exc.errors:  # a role with no access to individual data at all (a partner without any link)
                return render(request, "web/forbidden.html", {"detail": exc.detail}, status=403)
            # a refused filter: said on the page, nothing listed (as the person search does)
            messages.error(request, exc.detail)
            status = 403
        except DomainError as exc:
            if form.is_bound:
                apply_errors(form, exc)
            else:  # an unbound form has no place for errors: say it in the page's message area
                messages.error(request, exc.detail)
    sort = data.get("sorteer") or caseload.default_sort(principal)
    descending = data.get("richting") == "af"
    shown = sections | ({"controller"} if principal.role == Role.CONTROLLER else set())
    columns = [{"key": key, "label": label, "current": key == sort, "descending": descending,
                "query": _query(request, sorteer=key, richting="af" if key == sort and not descending else "")}
               for key, label, needs in COLUMNS if needs is None or needs in shown]
    today = clock.today()
    next_row = next((r for r in page.items if r.due or r.control_deadline), None) if page and page.page == 1 and sort in ("actie", "controle") else None
    # the filters set (not the search box): the filter panel opens for them
    filters_active = sum(1 for f in form if not f.is_hidden and f.name not in ("q", "sorteer", "richting") and f.value())
    context = {"form": form, "page": page, "title": title, "filters_active": filters_active, "sections": sections, "columns": columns, "today": today, "next_row": next_row,
               "task_labels": dict(TaskKind.choices), "categories": dict(DistanceCategory.choices), "query": _query(request),
               # the download: the search (by its token) first, then the filters and the order, as the page shows them
               "export_query": urlencode(sorted(((k, v) for k, v in request.GET.items() if v and k != "pagina"),
                                                key=lambda kv: (kv[0] not in ("q", search_token.TOKEN), kv[0])))}
    # htmx asks for the results only, except when it restores a page the back button left its history cache
    # for: then it wants the whole page. Vary: the browser's own cache must not serve one for the other.
    partial = request.headers.get("HX-Request") and not request.headers.get("HX-History-Restore-Request")
    response = render(request, "web/_caseload_results.html" if partial else "web/caseload.html", {**context, "partial": bool(partial)}, status=status)
    patch_vary_headers(response, ("HX-Request", "HX-History-Restore-Request"))
    if pushed:
        response["HX-Push-Url"] = pushed
    return response


def _overview_args(data: dict) -> dict:
    return {"q": data.get("q", ""), "status": data.get("status", ""), "distance": data.get("afstand", ""), "due": data.get("termijn", ""),
            "municipality": data.get("municipality", ""), "sort": data.get("sorteer", ""), "descending": data.get("richting") == "af"}




def overview_export(request: HttpRequest, principal: Principal) -> HttpResponse:
    """The overview as shown (its columns, filters and order) as CSV (walk of stop 28: the caseload's download gave the
    register's columns instead). Each listed person is logged with the columns, as the page logs them."""
    from . import exports

    try:
        caseload.check_access(principal)  # permission before input: a refused role learns nothing of its filters
    except Forbidden as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    sections = caseload.visible(principal)
    if redirected := search_token.insz_out_of_url(request, sections):
        return redirected
    given = search_token.search_data(request, request.GET)
    form = OverviewForm(given or None, sections=sections, municipalities=municipality_choices(principal, caseload.municipalities(principal)),
                        controller=principal.role == Role.CONTROLLER, first=caseload.default_sort(principal))
    # a filter or a sort the role may not use: 403 naming it; an invalid value: 400 naming it; never the whole caseload
    try:
        caseload.check_sort(principal, given.get("sorteer", ""))
    except Forbidden as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    data = list_filters(form, given, passed_on=tuple(caseload.FILTERS))
    shown = sections | ({"controller"} if principal.role == Role.CONTROLLER else set())
    # the page's columns, and the municipality it shows under each name (walk of issue 16, stop 37: the download left it out)
    exported = [*COLUMNS, ("gemeente", gettext_lazy("Gemeente"), "address")]
    columns = [(key, str(label)) for key, label, needs in exported if needs is None or needs in shown]
    try:
        page = caseload.overview(principal, **_overview_args(data), page=1, page_size=caseload.EXPORT_LIMIT, export=True)
        rows = [_export_row(r, [key for key, _label in columns]) for r in page.items]
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    return exports.csv_response("caseload.csv", [label for _key, label in columns], rows)


def _export_row(r, keys: list[str]) -> list:  # noqa: ANN001 - a caseload Row
    categories, tasks = dict(DistanceCategory.choices), dict(TaskKind.choices)
    values = {"naam": f"{r.person.last_name}, {r.person.first_name}", "gemeente": r.person.municipality.name if r.person.municipality_id else None,
              "status": r.status_label, "afstand": str(categories[r.distance]) if r.distance else _("nog niet gescreend") if r.needs_screening else _("geen screening nodig"),
              "screening": r.screening_due, "afspraken": r.agreement_due,
              "actie": f"{tasks.get(r.due_task, '')}, {r.due:%d/%m/%Y}" if r.due else "",
              "contact": r.last_contact, "controle": r.control_deadline}
    return [values[key] if values[key] is not None else "" for key in keys]
