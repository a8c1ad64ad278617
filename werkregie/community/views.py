"""Pages of community service for the municipality worker (and the counsellor and admin for their population): the
planning overview, activities (create and edit with optimistic locking), eligible persons to propose, an assignment with
its transitions and the week's attendance, and hours and allowance per person per month. Thin: the use cases decide
and log."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Forbidden, InvalidInput, NotFound
from werkregie.formats.punctuation import join_semicolons
from werkregie.geo.models import Municipality, Region
from werkregie.web.helpers import apply_errors, posted_version, roles
from werkregie.workflows.services import StaleVersion

from . import engine, perms
from . import use_cases as services
from .models import ActivityKind, AssignmentState, ExemptionReason, HostKind

PLANNERS = (Role.MUNICIPALITY, Role.COUNSELLOR, Role.ADMIN)


def _municipalities() -> list[tuple[str, str]]:
    return [(m.nis_code, m.name_nl) for m in Municipality.objects.filter(region=Region.FLANDERS).order_by("name_nl")]


class ActivityForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Soort"), choices=ActivityKind.choices, widget=forms.RadioSelect)
    title = forms.CharField(label=gettext_lazy("Titel"), max_length=200)
    host_name = forms.CharField(label=gettext_lazy("Organisatie"), max_length=200,
                                help_text=gettext_lazy("Het lokaal bestuur, de vzw of de school waar het werk gebeurt"))
    host_kind = forms.ChoiceField(label=gettext_lazy("Soort organisatie"), choices=HostKind.choices)
    address = forms.CharField(label=gettext_lazy("Adres"), max_length=200)
    municipality = forms.ChoiceField(label=gettext_lazy("Gemeente"))
    hours_per_week = forms.DecimalField(label=gettext_lazy("Uren per week"), min_value=0.5, max_value=40, decimal_places=1, localize=True)
    capacity = forms.IntegerField(label=gettext_lazy("Aantal plaatsen"), min_value=1, max_value=1000)
    start = forms.DateField(label=gettext_lazy("Begin"), help_text=gettext_lazy("DD/MM/JJJJ"), input_formats=["%d/%m/%Y", "%Y-%m-%d"])
    end = forms.DateField(label=gettext_lazy("Einde"), required=False, help_text=gettext_lazy("DD/MM/JJJJ; leeg als de activiteit doorloopt"),
                          input_formats=["%d/%m/%Y", "%Y-%m-%d"])
    description = forms.CharField(label=gettext_lazy("Omschrijving"), required=False, max_length=4000, widget=forms.Textarea(attrs={"rows": 4}))
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, places: list[str] | None = None, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        # the municipalities the user may hold an activity in (perms.activity_places; None: every one)
        self.fields["municipality"].choices = [("", "—")] + [c for c in _municipalities() if places is None or c[0] in places]
        for name in ("start", "end"):
            self.fields[name].widget.format = "%d/%m/%Y"

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        data.pop("version", None)
        return data


def _activity_initial(activity) -> dict:  # noqa: ANN001
    return {"kind": activity.kind, "title": activity.title, "host_name": activity.host_name, "host_kind": activity.host_kind,
            "address": activity.address, "municipality": activity.municipality_id, "hours_per_week": activity.hours_per_week,
            "capacity": activity.capacity, "start": activity.start, "end": activity.end, "description": activity.description,
            "version": activity.version}


@roles(*PLANNERS)
def planning(request: HttpRequest, principal: Principal) -> HttpResponse:
    state = request.GET.get("toestand", "")
    state = state if state in AssignmentState.values else ""
    municipality = request.GET.get("gemeente", "") if principal.role != Role.MUNICIPALITY else ""
    activities = services.list_activities(principal, municipality=municipality or None)
    assignments = services.list_assignments(principal, state=state or None)
    return render(request, "community/planning.html", {
        "activities": activities, "assignments": assignments, "state": state, "states": AssignmentState.choices,
        "can_create": perms.can_manage_activities(principal), "municipality": municipality,
        "municipalities": _municipalities() if principal.role != Role.MUNICIPALITY else [], "role": principal.role,
    })


@roles(Role.MUNICIPALITY, Role.ADMIN)
def activity_new(request: HttpRequest, principal: Principal) -> HttpResponse:
    initial = {"kind": ActivityKind.COMMUNITY_SERVICE, "host_kind": HostKind.LOCAL_AUTHORITY, "start": clock.today()}
    if principal.role == Role.MUNICIPALITY and principal.user.organisation_id:
        initial["municipality"] = principal.user.organisation.municipality_id
    form = ActivityForm(request.POST or None, initial=initial, places=perms.activity_places(principal))
    if request.method == "POST":
        if form.is_valid():
            try:
                activity = services.create_activity(principal, form.values())
                messages.success(request, _("De activiteit “%(title)s” is bewaard.") % {"title": activity.title})
                return redirect("community_planning")
            except InvalidInput as exc:
                apply_errors(form, exc)
        return render(request, "community/activity_form.html", {"form": form, "activity": None}, status=422)
    return render(request, "community/activity_form.html", {"form": form, "activity": None})


@roles(*PLANNERS)
def activity_edit(request: HttpRequest, principal: Principal, activity_id: int) -> HttpResponse:
    try:
        view = services.get_activity(principal, activity_id)
    except NotFound:
        raise Http404 from None
    form = ActivityForm(request.POST or None, initial=_activity_initial(view.activity), places=perms.activity_places(principal))
    status = 200
    if request.method == "POST":
        if not view.can_edit:
            return render(request, "web/forbidden.html", status=403)
        if form.is_valid():
            try:
                services.update_activity(principal, activity_id, form.values(), form.cleaned_data.get("version"))
                messages.success(request, _("De activiteit is bijgewerkt."))
                return redirect("community_planning")
            except StaleVersion as exc:
                view = services.get_activity(principal, activity_id)
                form = ActivityForm(initial=_activity_initial(view.activity), places=perms.activity_places(principal))
                form.is_bound = False
                return render(request, "community/activity_form.html", {"form": form, "activity": view.activity, "view": view,
                                                                        "stale": exc.detail}, status=409)
            except InvalidInput as exc:
                apply_errors(form, exc)
        status = 422
    return render(request, "community/activity_form.html", {"form": form, "activity": view.activity, "view": view}, status=status)


class EligibleFilter(forms.Form):
    soort = forms.ChoiceField(label=gettext_lazy("Soort"), choices=ActivityKind.choices, required=False)
    gemeente = forms.ChoiceField(label=gettext_lazy("Woonplaats"), required=False)

    def __init__(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.fields["gemeente"].choices = [("", gettext_lazy("alle"))] + _municipalities()


@roles(*PLANNERS)
def eligible(request: HttpRequest, principal: Principal) -> HttpResponse:
    filters = EligibleFilter(request.GET or None)
    kind = request.GET.get("soort") if request.GET.get("soort") in ActivityKind.values else ActivityKind.COMMUNITY_SERVICE
    municipality = request.GET.get("gemeente", "") if filters.is_valid() else ""
    error, status = None, 200
    if request.method == "POST":
        try:
            assignment = services.propose(principal, int(request.POST.get("person_id", "0") or 0), int(request.POST.get("activity_id", "0") or 0))
            messages.success(request, _("%(name)s is voorgesteld voor “%(activity)s”. De persoon krijgt een bericht.")
                             % {"name": assignment.person, "activity": assignment.activity.title})
            return redirect(reverse("community_assignment", args=[assignment.pk]))
        except (NotFound, ValueError):
            error, status = _("Deze persoon of activiteit valt niet binnen uw toegang."), 404
        except InvalidInput as exc:
            error, status = join_semicolons([exc.detail] + [e.message for e in exc.errors]), 422
    rows = services.eligible_persons(principal, kind, municipality=municipality or None, limit=100)
    activities = [v for v in services.list_activities(principal, kind=kind, current_only=True) if v.free > 0]
    return render(request, "community/eligible.html", {
        "rows": rows, "activities": activities, "filters": filters, "kind": kind, "kind_label": ActivityKind(kind).label,
        "error": error, "can_exempt": principal.role in (Role.COUNSELLOR, Role.ADMIN),
        "can_propose": perms.can_propose(principal),
    }, status=status)


class ExemptionForm(forms.Form):
    reason = forms.ChoiceField(label=gettext_lazy("Reden"), choices=ExemptionReason.choices)
    note = forms.CharField(label=gettext_lazy("Toelichting"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    start = forms.DateField(label=gettext_lazy("Vanaf"), help_text=gettext_lazy("DD/MM/JJJJ"), input_formats=["%d/%m/%Y", "%Y-%m-%d"])
    end = forms.DateField(label=gettext_lazy("Tot en met"), required=False, help_text=gettext_lazy("DD/MM/JJJJ; leeg voor onbepaalde duur"),
                          input_formats=["%d/%m/%Y", "%Y-%m-%d"])


@roles(Role.COUNSELLOR, Role.ADMIN)
def exemption(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    if not perms.can_exempt(principal, person_id):
        raise Http404
    from werkregie.people.models import Person

    from .common import _log

    person = Person.objects.get(pk=person_id)
    _log(principal, [person_id], "gemeenschapsdienst: vrijstelling (naam)")  # the page names the person (attack of stop 30)
    form = ExemptionForm(request.POST or None, initial={"start": clock.today()})
    form.fields["start"].widget.format = "%d/%m/%Y"
    if request.method == "POST":
        if form.is_valid():
            try:
                services.record_exemption(principal, person_id, form.cleaned_data)
                messages.success(request, _("De vrijstelling van %(name)s is bewaard.") % {"name": person})
                return redirect("community_eligible")
            except InvalidInput as exc:
                apply_errors(form, exc)
        return render(request, "community/exemption.html", {"form": form, "p": person}, status=422)
    return render(request, "community/exemption.html", {"form": form, "p": person})


class TransitionForm(forms.Form):
    name = forms.CharField(widget=forms.HiddenInput)
    version = forms.IntegerField(widget=forms.HiddenInput)
    reason = forms.CharField(label=gettext_lazy("Reden"), max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 2}))
    good_reason = forms.ChoiceField(label=gettext_lazy("Is de reden geldig?"), required=False, widget=forms.RadioSelect,
                                    choices=[("true", gettext_lazy("Ja, geldige reden")), ("false", gettext_lazy("Nee: VDAB opent een controledossier"))])


def _week_form(days: list[dt.date], recorded: dict, data=None) -> forms.Form:  # noqa: ANN001
    fields = {}
    for day in days:
        fields[f"d{day:%Y%m%d}"] = forms.CharField(
            label=f"{date_format(day, 'l')} {date_format(day, 'd/m/Y')}", required=False, max_length=6,
            widget=forms.TextInput(attrs={"inputmode": "decimal", "size": 5, "autocomplete": "off"}),
            initial=services.num(recorded[day]) if day in recorded else "")
    return type("WeekForm", (forms.Form,), fields)(data)


def _week_start(value: str | None) -> dt.date:
    """The Monday of the week asked for; the current week for a date that is not valid or not within a century of today
    (so the previous and next week links never leave the calendar)."""
    today = clock.today()
    try:
        day = dt.date.fromisoformat(value) if value else today
    except ValueError:
        day = today
    if abs((day - today).days) > 36525:
        day = today
    return day - dt.timedelta(days=day.weekday())


@roles(*PLANNERS)
def assignment(request: HttpRequest, principal: Principal, assignment_id: int) -> HttpResponse:
    week = _week_start(request.GET.get("week") or request.POST.get("week"))
    days = services.week_of(week)
    transition_error, week_form, status = None, None, 200
    if request.method == "POST" and request.POST.get("form") == "transition":
        form = TransitionForm(request.POST)
        if form.is_valid():
            try:
                done = services.transition(principal, assignment_id, form.cleaned_data["name"], reason=form.cleaned_data["reason"],
                                           good_reason=form.cleaned_data["good_reason"] or None, expected_version=form.cleaned_data["version"])
                messages.success(request, _("De toewijzing is nu: %(state)s.") % {"state": done.state_label})
                return redirect(reverse("community_assignment", args=[assignment_id]))
            except NotFound:
                raise Http404 from None
            except (InvalidInput, Forbidden, StaleVersion) as exc:
                transition_error = join_semicolons([exc.detail] + [e.message for e in exc.errors if e.message != exc.detail])
                status = 409 if isinstance(exc, StaleVersion) else 403 if isinstance(exc, Forbidden) else 422
        else:
            transition_error, status = _("Het formulier is onvolledig."), 422
    try:
        view = services.assignment_detail(principal, assignment_id)
    except NotFound:
        raise Http404 from None
    if request.method == "POST" and request.POST.get("form") == "week":
        week_form = _week_form(days, view.days, request.POST)
        if not view.can_record:
            return render(request, "web/forbidden.html", status=403)
        if week_form.is_valid():
            # only the days the form sent: a day left out of the post keeps its hours (attack of stop 26: a form without
            # the shown days deleted them); a day sent empty is removed
            values = {f"{day:%Y-%m-%d}": week_form.cleaned_data[f"d{day:%Y%m%d}"] for day in days
                      if f"d{day:%Y%m%d}" in request.POST and (week_form.cleaned_data[f"d{day:%Y%m%d}"] or day in view.days)}
            try:
                warnings = services.record_hours(principal, assignment_id, values, expected_version=posted_version(request)) if values else []
                messages.success(request, _("De uren van de week van %(day)s zijn bewaard.") % {"day": date_format(week, "d/m/Y")})
                for warning in warnings:
                    messages.warning(request, warning)
                # no #h-week jump: the messages at the top of the page (focused) must stay in view, also at phone width
                return redirect(reverse("community_assignment", args=[assignment_id]) + f"?week={week:%Y-%m-%d}")
            except StaleVersion as exc:
                week_form.add_error(None, exc.detail)
                status = 409
            except InvalidInput as exc:
                for error in exc.errors:
                    key = error.field.removeprefix("hours.")
                    try:
                        name = f"d{dt.date.fromisoformat(key):%Y%m%d}"
                    except ValueError:
                        name = None
                    week_form.add_error(name if name in week_form.fields else None, error.message)
                if not exc.errors:
                    week_form.add_error(None, exc.detail)
        status = 409 if status == 409 else 422
    if week_form is None:
        week_form = _week_form(days, view.days)
    a = view.assignment
    # one form per action on one page: each its own ids (walk of stop 28: "id_name" and "id_version" repeated)
    transitions = [(t, TransitionForm(initial={"name": t.name, "version": a.version}, auto_id=f"{t.name}_%s")) for t in view.transitions]
    labels = dict(AssignmentState.choices)
    history = [(h, labels.get(h.from_state, ""), labels.get(h.to_state, h.to_state)) for h in view.history]
    return render(request, "community/assignment.html", {
        "view": view, "a": a, "transitions": transitions, "transition_error": transition_error, "week_form": week_form, "week": week,
        "history": history, "show_judgement": perms.sees_judgement(principal), "previous_week": week - dt.timedelta(days=7), "next_week": week + dt.timedelta(days=7), "rate": _rate(a.kind),
    }, status=status)


def _rate(kind: str):  # noqa: ANN202
    today = clock.today()
    return engine.hourly_rate(kind, today) if engine.in_force(kind, today) else None


@roles(*PLANNERS)
def hours(request: HttpRequest, principal: Principal) -> HttpResponse:
    today = clock.today()
    raw = request.GET.get("maand", "")
    try:
        year, month = (int(x) for x in raw.split("-")) if raw else (today.year, today.month)
        rows = services.hours_overview(principal, year, month)
    except (ValueError, InvalidInput):
        year, month = today.year, today.month
        rows = services.hours_overview(principal, year, month)
    first = dt.date(year, month, 1)
    previous = (first - dt.timedelta(days=1)).replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return render(request, "community/hours.html", {"rows": rows, "month": first, "previous": previous, "following": following,
                                                    "total_allowance": sum((r.total.allowance for r in rows), start=Decimal(0))})
