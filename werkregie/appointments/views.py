"""Pages of appointments: the counsellor's agenda (week, publishing slots, the appointments that need an action, the
figures), one appointment (attendance, convocation, excuse, cancellation), inviting a person, the citizen's booking
page reached from the link, the excuse upload, and the iCalendar files. Thin: the use cases decide and log."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, DomainError, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.people.models import Person
from werkregie.web.helpers import apply_errors, posted_version, roles

from . import ical, perms
from . import use_cases as uc
from .enums import AppointmentKind, Mode, Outcome
from .models import Appointment

WEEKDAYS = [(0, gettext_lazy("maandag")), (1, gettext_lazy("dinsdag")), (2, gettext_lazy("woensdag")), (3, gettext_lazy("donderdag")),
            (4, gettext_lazy("vrijdag")), (5, gettext_lazy("zaterdag")), (6, gettext_lazy("zondag"))]



def citizen_home_url() -> str:
    """The citizen's "Mijn afspraken" page (trajectories), or this app's own list until it exists."""
    try:
        return reverse("my_appointments")
    except NoReverseMatch:
        return reverse("appointments_mine")


# --- forms -----------------------------------------------------------------------------------------------------------


# the file picker offers what the server takes (walk of stop 26: it offered every file type; the server refused them)
PROOF_INPUT = forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"})


class DateInput(forms.DateInput):
    """A date typed as DD/MM/JJJJ, shown the same way (walk of stop 26: a native date control got the Belgian value,
    which it cannot show, and looked empty; the platform takes and shows Belgian dates everywhere)."""

    def __init__(self, attrs: dict | None = None) -> None:
        super().__init__(attrs={"autocomplete": "off", "size": 10, **(attrs or {})}, format="%d/%m/%Y")


class TimeInput(forms.TimeInput):
    input_type = "time"


class SeriesForm(forms.Form):
    agenda = forms.TypedChoiceField(label=gettext_lazy("Agenda"), coerce=int)
    first_day = forms.DateField(label=gettext_lazy("Eerste dag"), widget=DateInput, help_text=gettext_lazy("DD/MM/JJJJ"))
    last_day = forms.DateField(label=gettext_lazy("Laatste dag"), widget=DateInput, help_text=gettext_lazy("DD/MM/JJJJ"))
    weekdays = forms.TypedMultipleChoiceField(label=gettext_lazy("Weekdagen"), choices=WEEKDAYS, coerce=int, widget=forms.CheckboxSelectMultiple)
    start_time = forms.TimeField(label=gettext_lazy("Vanaf (uur)"), widget=TimeInput)
    end_time = forms.TimeField(label=gettext_lazy("Tot (uur)"), widget=TimeInput)
    minutes = forms.IntegerField(label=gettext_lazy("Duur van één gesprek (minuten)"), min_value=10, max_value=240, initial=30)
    mode = forms.ChoiceField(label=gettext_lazy("Vorm"), choices=Mode.choices)
    location = forms.CharField(label=gettext_lazy("Adres of videolink"), required=False, max_length=300,
                               help_text=gettext_lazy("Leeg: het adres van de agenda (op kantoor)."))

    def __init__(self, *args, agendas=(), **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.fields["agenda"].choices = [(a.pk, a.name) for a in agendas]
        today = clock.today()  # the opening hours in force, said before the counsellor chooses (attack of stop 29)
        self.fields["start_time"].help_text = " ".join(str(uc.hours_text(m, today)) for m in (Mode.IN_PERSON, Mode.VIDEO))


class InviteForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Soort gesprek"), choices=AppointmentKind.choices)
    agenda = forms.TypedChoiceField(label=gettext_lazy("In welke agenda kiest de persoon een moment?"), coerce=int)
    note = forms.CharField(label=gettext_lazy("Toelichting voor de persoon (optioneel)"), required=False, max_length=1000,
                           widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, agendas=(), **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.fields["agenda"].choices = [(a.pk, a.name) for a in agendas]


class AttendanceForm(forms.Form):
    outcome = forms.ChoiceField(label=gettext_lazy("Wat gebeurde er?"), choices=Outcome.choices, widget=forms.RadioSelect)
    reason = forms.CharField(label=gettext_lazy("Reden van afwezigheid (bij verontschuldigd)"), required=False, max_length=2000,
                             widget=forms.Textarea(attrs={"rows": 2}))
    proof = forms.FileField(label=gettext_lazy("Bewijsstuk (PDF, JPEG of PNG, hoogstens 10 MB)"), widget=PROOF_INPUT, required=False)


class ConvokeForm(forms.Form):
    slot = forms.TypedChoiceField(label=gettext_lazy("Vast moment"), coerce=int)

    def __init__(self, *args, slots=(), **kwargs) -> None:  # noqa: ANN001, ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.fields["slot"].choices = [(s.pk, f"{uc.when_text(s.start)} · {Mode(s.mode).label} · {s.agenda.name}") for s in slots]


class ReviewForm(forms.Form):
    decision = forms.ChoiceField(label=gettext_lazy("Beslissing"), choices=[("accept", gettext_lazy("Geldige reden: aanvaarden")),
                                                                          ("refuse", gettext_lazy("Geen geldige reden: weigeren"))], widget=forms.RadioSelect)
    reason = forms.CharField(label=gettext_lazy("Motivering"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class CancelForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reden van annulering"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class ExcuseForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Waarom kon u niet komen?"), max_length=2000, widget=forms.Textarea(attrs={"rows": 3}))
    proof = forms.FileField(label=gettext_lazy("Bewijsstuk (PDF, JPEG of PNG, hoogstens 10 MB)"), widget=PROOF_INPUT,
                            help_text=gettext_lazy("Bijvoorbeeld een doktersattest of een bewijs van werk."))


class PaperExcuseForm(ExcuseForm):
    """An excuse the counsellor received on paper or at the desk, recorded before it is judged."""

    reason = forms.CharField(label=gettext_lazy("Reden die de persoon opgaf"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))
    proof = forms.FileField(label=gettext_lazy("Ingescand bewijsstuk (PDF, JPEG of PNG, hoogstens 10 MB)"), widget=PROOF_INPUT)


# --- the counsellor --------------------------------------------------------------------------------------------------


def _monday(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


@roles(Role.COUNSELLOR, Role.ADMIN)
def agenda(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        view = uc.week(principal, _monday(request.GET.get("week")), request.GET.get("agenda") or None)
    except NotFound:
        raise Http404 from None
    except InvalidInput as exc:  # a week far outside the calendar, an agenda number that is no number
        messages.error(request, exc.detail)
        return redirect("agenda")
    figures = uc.kpis(principal)
    return render(request, "appointments/agenda.html", {
        "view": view, "previous": view.monday - dt.timedelta(days=7), "next": view.monday + dt.timedelta(days=7),
        "sunday": view.monday + dt.timedelta(days=6), "figures": figures, "now": clock.now(),
    })


@require_POST
@roles(Role.COUNSELLOR, Role.ADMIN)
def withdraw(request: HttpRequest, principal: Principal, slot_id: int) -> HttpResponse:
    try:
        slot = uc.withdraw_slot(principal, slot_id)
        messages.success(request, _("Het moment van %(when)s is ingetrokken.") % {"when": uc.when_text(slot.start)})
    except NotFound:
        raise Http404 from None
    except DomainError as exc:
        messages.error(request, exc.detail)
        slot = None
    week = uc.local(slot.start).date().isoformat() if slot else ""
    return redirect(reverse("agenda") + (f"?agenda={slot.agenda_id}&week={week}#h-week" if slot else ""))


@roles(Role.COUNSELLOR, Role.ADMIN)
def publish(request: HttpRequest, principal: Principal) -> HttpResponse:
    agendas = uc.agendas_for(principal)
    today = clock.today()
    initial = {"first_day": today + dt.timedelta(days=1), "last_day": today + dt.timedelta(days=14), "weekdays": [0, 1, 2, 3, 4],
               "start_time": dt.time(9), "end_time": dt.time(12), "minutes": 30, "mode": Mode.IN_PERSON}
    form = SeriesForm(request.POST or None, agendas=agendas, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            d = form.cleaned_data
            try:
                slots = uc.publish_series(principal, uc.Series(d["agenda"], d["first_day"], d["last_day"], d["weekdays"], d["start_time"], d["end_time"],
                                                               d["minutes"], d["mode"], d["location"]))
                if not slots:  # every moment was in the agenda already: a problem with the form, never "0 … gepubliceerd" in green
                    message = _("Er is niets gepubliceerd: al deze momenten staan al in de agenda.")
                    raise InvalidInput(message, [FieldError("first_day", message)])
                messages.success(request, ngettext("%(n)s moment gepubliceerd.", "%(n)s momenten gepubliceerd.", len(slots)) % {"n": len(slots)})
                return redirect(reverse("agenda") + f"?agenda={d['agenda']}&week={d['first_day'].isoformat()}")
            except InvalidInput as exc:
                apply_errors(form, exc)
        status = 422
    return render(request, "appointments/publish.html", {"form": form}, status=status)


@roles(Role.COUNSELLOR, Role.ADMIN)
def invite(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    if not perms.can_manage(principal, person_id):
        raise Http404
    agendas = uc.agendas_for(principal)
    form = InviteForm(request.POST or None, agendas=agendas)
    person = Person.objects.get(pk=person_id)
    status, running = 200, None
    if request.method == "POST":
        if form.is_valid():
            try:
                a = uc.invite(principal, person_id, form.cleaned_data["kind"], agenda_id=form.cleaned_data["agenda"], note=form.cleaned_data["note"])
                messages.success(request, _("Uitnodiging verstuurd. De link is geldig tot en met %(day)s.") % {"day": a.link_expires_on.strftime("%d/%m/%Y")})
                return redirect("appointment_detail", a.pk)
            except (InvalidInput, Conflict) as exc:  # a running invitation of that kind: said beside the field, with its link
                apply_errors(form, exc)
                running = getattr(exc, "existing_id", None)
        status = 422
    existing = uc.person_appointments(principal, person_id)
    return render(request, "appointments/invite.html", {"form": form, "p": person, "existing": existing, "running": running}, status=status)


@roles(Role.COUNSELLOR, Role.ADMIN)
def detail(request: HttpRequest, principal: Principal, appointment_id: int) -> HttpResponse:
    try:
        ctx = uc.appointment_detail(principal, appointment_id)
    except NotFound:
        raise Http404 from None
    a = ctx["a"]
    action = request.POST.get("action", "")
    # one page, four forms: each its own ids (walk of stop 28: "id_reason" three times on one page)
    attendance = AttendanceForm(request.POST if action == "attendance" else None, request.FILES if action == "attendance" else None,
                                auto_id="attendance_%s")
    convoke = ConvokeForm(request.POST if action == "convoke" else None, slots=ctx["convoke_slots"], auto_id="convoke_%s")
    review = ReviewForm(request.POST if action == "review" else None, auto_id="review_%s")
    cancel = CancelForm(request.POST if action == "cancel" else None, auto_id="cancel_%s")
    # an excuse received on paper, recorded explicitly before it can be judged (walk of stop 29)
    paper = PaperExcuseForm(request.POST if action == "paper" else None, request.FILES if action == "paper" else None, auto_id="paper_%s")
    status = 200
    if request.method == "POST":
        form = {"attendance": attendance, "convoke": convoke, "review": review, "cancel": cancel, "paper": paper}.get(action)
        if form is None or not ctx["manage"]:
            raise Http404
        if form.is_valid():
            d = form.cleaned_data
            try:
                if action == "attendance":
                    uc.record_attendance(principal, a.pk, d["outcome"], reason=d["reason"], proof=d["proof"], expected_version=posted_version(request))
                    messages.success(request, _("Aanwezigheid geregistreerd."))
                elif action == "convoke":
                    uc.convoke(principal, a.pk, d["slot"], expected_version=posted_version(request))
                    messages.success(request, _("Oproeping verstuurd."))
                elif action == "paper":
                    uc.submit_excuse(principal, a.pk, d["reason"], d["proof"], expected_version=posted_version(request))
                    messages.success(request, _("De verontschuldiging is als ontvangen geregistreerd. Beoordeel ze nu."))
                elif action == "review":
                    uc.review_excuse(principal, a.pk, d["decision"] == "accept", d["reason"], expected_version=posted_version(request))
                    messages.success(request, _("Beslissing over de verontschuldiging bewaard."))
                else:
                    uc.cancel(principal, a.pk, d["reason"], expected_version=posted_version(request))
                    messages.success(request, _("Afspraak geannuleerd."))
                return redirect("appointment_detail", a.pk)
            except DomainError as exc:
                apply_errors(form, exc)
                status = 409 if exc.status == 409 else 422
        status = status if status != 200 else 422
        ctx = uc.appointment_detail(principal, appointment_id)
    return render(request, "appointments/detail.html", {**ctx, "attendance": attendance, "convoke": convoke, "review": review, "cancel": cancel,
                                                        "paper": paper},
                  status=status)


@roles(Role.COUNSELLOR, Role.ADMIN, Role.CITIZEN)
def proof(request: HttpRequest, principal: Principal, appointment_id: int) -> HttpResponse:
    from werkregie.core import uploads
    from werkregie.trajectories.models import StoredFile

    a = Appointment.objects.filter(pk=appointment_id).first()
    if a is None or not a.proof_file_id or not perms.can_see(principal, a.person_id):
        raise Http404
    stored = StoredFile.objects.filter(pk=a.proof_file_id, person_id=a.person_id).first()
    if stored is None:
        raise Http404
    uc.record_proof_read(principal, a)
    return uploads.open_stored(stored)


@roles(Role.COUNSELLOR, Role.ADMIN)
def agenda_ics(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        body = ical.agenda_feed(principal, request.GET.get("agenda") or None)
    except NotFound:
        raise Http404 from None
    except InvalidInput as exc:
        return HttpResponse(exc.detail, status=400, content_type="text/plain; charset=utf-8")
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="agenda.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


@roles(Role.COUNSELLOR, Role.ADMIN, Role.CITIZEN)
def appointment_ics(request: HttpRequest, principal: Principal, appointment_id: int) -> HttpResponse:
    try:
        body = ical.appointment_file(principal, appointment_id)
    except NotFound:
        raise Http404 from None
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="afspraak-{appointment_id}.ics"'
    response["Cache-Control"] = "private, no-store"
    return response


# --- the citizen -----------------------------------------------------------------------------------------------------


@roles(Role.CITIZEN, Role.COUNSELLOR, Role.CONTROLLER, Role.EMPLOYER, Role.MUNICIPALITY, Role.PARTNER, Role.ANALYST, Role.ADMIN)
def book(request: HttpRequest, principal: Principal, token: str) -> HttpResponse:
    """The booking page of an invitation's link. Only the invited citizen, signed in, may use it."""
    mode = request.GET.get("vorm") or None
    try:
        view = uc.booking_view(principal, token, mode)
    except NotFound as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=404)
    except Forbidden as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=403)
    error, status = "", 200
    if request.method == "POST":
        try:
            a = uc.book(principal, token, int(request.POST.get("slot") or 0), expected_version=posted_version(request))
            messages.success(request, _("Uw afspraak is vastgelegd op %(when)s.") % {"when": uc.when_text(a.slot.start)})
            return redirect(citizen_home_url())
        except DomainError as exc:
            error, status = (exc.errors[0].message if exc.errors else exc.detail), exc.status
            view = uc.booking_view(principal, token, mode)
    return render(request, "appointments/book.html", {"view": view, "a": view.appointment, "error": error, "mode": mode or ""}, status=status)


@require_POST
@roles(Role.CITIZEN)
def unbook(request: HttpRequest, principal: Principal, appointment_id: int) -> HttpResponse:
    try:
        uc.unbook(principal, appointment_id, expected_version=posted_version(request))
        messages.success(request, _("Het moment is vrijgegeven. Kies een ander moment met dezelfde link."))
    except NotFound:
        raise Http404 from None
    except DomainError as exc:
        messages.error(request, exc.detail)
    return redirect(citizen_home_url())


@roles(Role.CITIZEN)
def excuse(request: HttpRequest, principal: Principal, appointment_id: int) -> HttpResponse:
    a = Appointment.objects.select_related("slot").filter(pk=appointment_id, person_id=principal.user.person_id or 0).first()
    if a is None:
        raise Http404
    form = ExcuseForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                uc.submit_excuse(principal, a.pk, form.cleaned_data["reason"], form.cleaned_data["proof"], expected_version=posted_version(request))
                messages.success(request, _("Uw bewijs is ontvangen. Uw bemiddelaar beoordeelt het."))
                return redirect(citizen_home_url())
            except DomainError as exc:
                apply_errors(form, exc)
        status = 422
    return render(request, "appointments/excuse.html", {"form": form, "a": a}, status=status)


@roles(Role.CITIZEN)
def mine(request: HttpRequest, principal: Principal) -> HttpResponse:
    """This app's own list of the citizen's appointments (the same section as on "Mijn afspraken")."""
    return render(request, "appointments/mine.html", {"appointments": uc.citizen_overview(principal)})
