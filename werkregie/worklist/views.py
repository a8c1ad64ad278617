"""Pages of the worklist: the counsellor's one list (filters, counts per kind, overdue marked), the next task one click
away, and marking a task done. Thin: the use cases decide and log."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import DomainError
from werkregie.core.links import safe_next
from werkregie.web.helpers import roles
from werkregie.workflows.labels import render as label_text

from . import perms
from . import use_cases as services
from .enums import TaskKind

# the page's (Dutch) query parameters → the use case's filter fields
PARAMS = {"kind": "soort", "overdue": "te_laat", "within_days": "binnen", "name": "naam", "status": "toestand", "mine": "mijn", "page": "pagina",
          "sort": "sorteer"}
SORTS = {"vervaldatum": "due", "naam": "name", "soort": "kind"}  # the page's words for the use case's orders


class FilterForm(forms.Form):
    soort = forms.ChoiceField(label=gettext_lazy("Soort taak"), required=False, choices=[("", gettext_lazy("Alle soorten"))] + list(TaskKind.choices))
    naam = forms.CharField(label=gettext_lazy("Naam bevat"), required=False, max_length=100)
    binnen = forms.IntegerField(label=gettext_lazy("Vervalt binnen (dagen)"), required=False, min_value=0, max_value=366,
                                help_text=gettext_lazy("Leeg: alle; achterstallige taken tellen mee"))
    te_laat = forms.BooleanField(label=gettext_lazy("Enkel achterstallig"), required=False)
    mijn = forms.BooleanField(label=gettext_lazy("Enkel mijn eigen caseload"), required=False)


def _filters(request: HttpRequest) -> tuple[services.Filters, FilterForm]:
    form = FilterForm(request.GET or None)
    data = {field: request.GET.get(param, "") for field, param in PARAMS.items()}
    data["sort"] = SORTS.get(data["sort"], data["sort"] or "due")
    if form.is_bound and not form.is_valid():
        data.update({field: "" for field, param in PARAMS.items() if param in form.errors})
    try:
        return services.filters_from(data, PARAMS), form
    except DomainError as exc:
        for error in getattr(exc, "errors", []) or []:
            if error.field in form.fields and not form.has_error(error.field):
                form.add_error(error.field, error.message)
        return services.Filters(), form


def _query(request: HttpRequest, **changes: str) -> str:
    params = request.GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    return params.urlencode()


@roles(Role.COUNSELLOR, Role.ADMIN)
def worklist(request: HttpRequest, principal: Principal) -> HttpResponse:
    filters, form = _filters(request)
    found = services.tasks(principal, filters)
    kinds = [{"value": value, "label": label, "open": found.counts[value]["open"], "overdue": found.counts[value]["overdue"],
              "query": _query(request, soort=value, pagina="")} for value, label in TaskKind.choices if found.counts[value]["open"] or value == filters.kind]
    return render(request, "worklist/worklist.html", {
        "w": found, "rows": found.page.items, "page": found.page, "filters": filters, "form": form, "kinds": kinds,
        "kind_choices": TaskKind.choices, "can_complete": perms.can_complete(principal), "here": request.get_full_path(),
        "all_kinds_query": _query(request, soort="", pagina=""), "previous_query": _query(request, pagina=str(found.page.page - 1)),
        "next_query": _query(request, pagina=str(found.page.page + 1)), "kind_label": dict(TaskKind.choices).get(filters.kind, ""),
        "columns": _columns(request, filters.sort),
    })


def _columns(request: HttpRequest, current: str) -> list[dict]:
    """The sortable column headings (as on the caseload): a link per order, the current one marked for assistive tech."""
    labels = {"name": _("Persoon"), "kind": _("Taak"), "due": _("Uiterlijk op")}
    words = {value: word for word, value in SORTS.items()}
    return [{"label": labels[order], "current": order == current, "query": _query(request, sorteer=words[order], pagina="")}
            for order in ("name", "kind", "due")]


@roles(Role.COUNSELLOR, Role.ADMIN)
def next_task(request: HttpRequest, principal: Principal) -> HttpResponse:
    """Open the next task after `na` (a task id) or after the person `persoon` (e.g. a "Volgende" link on a person's
    page), the most urgent one without either, with the list's filters."""
    filters, _errors = _filters(request)
    after, person = request.GET.get("na", ""), request.GET.get("persoon", "")
    after_id = int(after) if after.isdigit() else services.first_open_task_id(principal, int(person)) if person.isdigit() else None
    task = services.next_task(principal, after_id, filters)
    if task is None:
        messages.info(request, _("Er is geen volgende taak op uw werklijst."))
        return redirect(f"{reverse('worklist')}?{_query(request, na='', persoon='')}")
    return redirect(services.task_link(task))


@require_POST
@roles(Role.COUNSELLOR, Role.ADMIN)
def complete(request: HttpRequest, principal: Principal, task_id: int) -> HttpResponse:
    back = safe_next(request.POST.get("terug"), reverse("worklist"))
    try:
        task = services.complete(principal, task_id, request.POST.get("reden", ""))
    except DomainError as exc:
        messages.error(request, str(exc))
        return redirect(back)
    messages.success(request, _("Taak afgewerkt: %(title)s.") % {"title": label_text(task.title)})
    return redirect(back)
