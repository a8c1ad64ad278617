"""Pages of training: the citizen's guide (/mijn-loopbaan/opleidingen/), a course, and a provider's catalogue with its
upload. Thin: the use cases decide and log."""

from __future__ import annotations

import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from urllib.parse import urlencode

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse, QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import DomainError, Forbidden, NotFound
from werkregie.core.links import safe_next
from werkregie.formats.punctuation import join_semicolons
from werkregie.web.helpers import roles

from . import perms
from .importer import ImportFileError, error_rows, read_file, rejected_summary
from .use_cases import booking as booking_cases
from .use_cases import catalogue
from .use_cases import guide as guide_cases
from .use_cases.booking import euro

ALL_ROLES = tuple(Role.values)
WORK_FRACTION_CHOICES = (("", gettext_lazy("voltijds (standaard)")), ("0.8", gettext_lazy("4/5")), ("0.75", gettext_lazy("3/4")), ("0.5", gettext_lazy("halftijds")),
                         ("0.4", gettext_lazy("minder dan halftijds (2/5)")))
EMPLOYER_SECTOR_CHOICES = (("", gettext_lazy("privésector (standaard)")), ("prive", gettext_lazy("privésector")),
                           ("openbaar", gettext_lazy("overheid (openbare sector)")))
MAX_UPLOAD = 20 * 1024 * 1024


class UploadForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Catalogusbestand (JSON of CSV, hoogstens 20 MB)"))
    skip_invalid = forms.BooleanField(label=gettext_lazy("Geldige opleidingen bewaren en ongeldige overslaan"), required=False,
                                      help_text=gettext_lazy("Zonder dit vinkje wordt niets bewaard zolang één opleiding ongeldig is."))
    replace = forms.BooleanField(label=gettext_lazy("Dit is mijn volledige catalogus (opleidingen die er niet in staan, verdwijnen uit de catalogus)"),
                                 required=False)
    confirm_deactivation = forms.BooleanField(
        label=gettext_lazy("Ja, haal ook meer dan de helft van mijn actieve opleidingen uit de catalogus"), required=False,
        help_text=gettext_lazy("Enkel nodig als dit bestand als volledige catalogus de meeste opleidingen weghaalt."))
    confirm_cancellations = forms.BooleanField(
        label=gettext_lazy("Ja, annuleer de inschrijvingen voor sessies en opleidingen die ik schrap of inkort"), required=False,
        help_text=gettext_lazy("Enkel nodig als dit bestand geboekte sessies weghaalt of minder plaatsen geeft dan er inschrijvingen zijn: "
                               "de personen krijgen een bericht en hun leerrekening wordt terugbetaald."))


class CancelForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Reden van de annulering"), min_length=5, max_length=500)


def _language() -> str:
    code = (get_language() or "nl")[:2]
    return code if code in ("nl", "fr", "en") else "nl"


def _fail(request: HttpRequest, exc: DomainError) -> None:
    if isinstance(exc, (Forbidden, NotFound)):
        raise Http404(exc.detail)
    messages.error(request, join_semicolons(str(e.message) for e in exc.errors) or exc.detail)


@roles(Role.CITIZEN)
def guide_page(request: HttpRequest, principal: Principal) -> HttpResponse:
    person_id = principal.user.person_id
    if not person_id:
        return render(request, "training/guide.html", {"no_person": True})
    language = _language()
    asked = (request.GET.get("beroep") or "").strip()
    # the occupation asked for stays in the list (checked) even when it is neither wanted nor close enough to suggest:
    # a plan a booking returns to keeps its occupation when the form is sent again
    targets = guide_cases.targets_for(principal, person_id, language, chosen=asked)
    chosen = asked or (targets[0].uri if targets else "")
    view, error = None, ""
    if chosen:
        try:
            view = guide_cases.guide(principal, person_id, chosen, language, request.GET.get("werkregime"),
                                     request.GET.get("sector"))
        except DomainError as exc:
            error = join_semicolons(str(e.message) for e in exc.errors) or exc.detail
    bookings = booking_cases.bookings_of(principal)
    return render(request, "training/guide.html", {"targets": targets, "chosen": chosen, "view": view, "error": error, "bookings": bookings,
                                                   "plan_path": plan_path(chosen, request.GET.get("werkregime"), request.GET.get("sector")),
                                                   "cancel_form": CancelForm(), "work_fractions": WORK_FRACTION_CHOICES,
                                                   "work_fraction": request.GET.get("werkregime", ""),
                                                   "employer_sectors": EMPLOYER_SECTOR_CHOICES, "employer_sector": request.GET.get("sector", "")},
                  status=422 if error else 200)


def plan_path(occupation: str, work_fraction: str | None = None, sector: str | None = None) -> str:
    """The guide showing the plan for `occupation` (with the answers that change its rights): where a booking or a
    cancellation made from that plan returns to. The page's own address lost the plan when it was shown without
    ?beroep= (the first target by default), and the guide came back on another one (walk of issue 13)."""
    query = {k: v for k, v in (("beroep", occupation), ("werkregime", work_fraction), ("sector", sector)) if v}
    return reverse("training_guide") + (f"?{urlencode(query)}" if query else "")


def _back(request: HttpRequest) -> str:
    """Where a booking form returns to: the page it was posted from (a local path only), else the guide."""
    return safe_next(request.POST.get("next"), reverse("training_guide"))


@require_http_methods(["GET", "POST"])
@roles(Role.CITIZEN, Role.COUNSELLOR, Role.ADMIN)
def book(request: HttpRequest, principal: Principal, session_id: int) -> HttpResponse:
    """GET: the confirmation step (what, when, the price, what the learning and career account pays and what remains);
    POST: the booking."""
    if request.method == "GET":
        return _confirm(request, principal, session_id)
    back = _back(request)
    person = request.POST.get("person_id")
    try:
        made = booking_cases.book(principal, session_id, int(person) if person and person.isdigit() else None,
                                  accepted=_accepted(request.POST))
    except booking_cases.QuoteNotAccepted as exc:
        # back to the confirmation, with the current quote: the person books only what they saw
        _fail(request, exc)
        query = urlencode({"next": back, **({"person_id": person} if person and person.isdigit() else {})})
        return redirect(f"{reverse('training_book', args=[session_id])}?{query}")
    except DomainError as exc:
        _fail(request, exc)
        return redirect(back)
    text = _("U bent ingeschreven voor %(course)s (start %(date)s).") % {"course": made.course.title_nl, "date": made.session.start_date.strftime("%d/%m/%Y")}
    if made.amount:
        text += " " + _("Op uw leer- en loopbaanrekening is %(amount)s gereserveerd.") % {"amount": euro(made.amount)}
    rest = made.course.cost - made.amount
    if rest > 0:
        # the account pays what it holds; say plainly what is left to pay (the walk found a € 475 shortfall said nowhere)
        text += " " + _("Uw leer- en loopbaanrekening dekt niet de hele prijs: %(rest)s van de %(cost)s betaalt u zelf, of vraag uw "
                        "bemiddelaar naar opleidingscheques of andere steun.") % {"rest": euro(rest), "cost": euro(made.course.cost)}
    if made.step_id:
        text += " " + _("De opleiding staat als stap in uw traject; uw bemiddelaar neemt ze op in uw afspraken.")
    messages.success(request, text)
    return redirect(back)


def _accepted(form: QueryDict) -> booking_cases.Acceptance | None:
    """The amounts the confirmation page showed (hidden fields), None when absent or unreadable."""
    try:
        return booking_cases.Acceptance(Decimal(form["accepted_account_amount"]), Decimal(form["accepted_own_payment"]))
    except (KeyError, InvalidOperation):
        return None


def _confirm(request: HttpRequest, principal: Principal, session_id: int) -> HttpResponse:
    person = request.GET.get("person_id")
    back = safe_next(request.GET.get("next"), reverse("training_guide"))
    try:
        found = booking_cases.quote(principal, session_id, int(person) if person and person.isdigit() else None)
    except DomainError as exc:
        _fail(request, exc)
        return redirect(back)
    return render(request, "training/confirm.html", {"quote": found, "back": back, "person_id": person if person and person.isdigit() else ""})


@require_POST
@roles(Role.CITIZEN, Role.COUNSELLOR, Role.ADMIN)
def cancel(request: HttpRequest, principal: Principal, booking_id: int) -> HttpResponse:
    form, back = CancelForm(request.POST), _back(request)
    if not form.is_valid():
        messages.error(request, _("Geef een reden op (minstens 5 tekens)."))
        return redirect(back)
    version = request.POST.get("version")
    try:
        done = booking_cases.cancel(principal, booking_id, form.cleaned_data["reason"], int(version) if version and version.isdigit() else None)
    except DomainError as exc:
        _fail(request, exc)
        return redirect(back)
    back_on_account = booking_cases.refunded(done)  # named (browser walk of issue 13: "het gereserveerde bedrag" said no amount)
    if back_on_account > 0:
        messages.success(request, _("Uw inschrijving is geannuleerd. %(amount)s staat weer op uw leer- en loopbaanrekening.")
                         % {"amount": booking_cases.euro(back_on_account)})
    else:
        messages.success(request, _("Uw inschrijving is geannuleerd."))
    return redirect(back)


@roles(*ALL_ROLES)
def course_page(request: HttpRequest, principal: Principal, course_id: int) -> HttpResponse:
    try:
        course = catalogue.course(course_id)
    except NotFound as exc:
        raise Http404(exc.detail) from None
    from werkregie.matching import labels

    language = _language()
    skills = [labels.skill(u, language) for u in course.skill_uris]  # marked on the page where not in the reader's language
    can_book = principal.role == Role.CITIZEN and bool(principal.user.person_id)
    sessions = list(course.sessions.all())
    booked = booking_cases.own_live_bookings(principal, course.pk) if can_book else {}
    for s in sessions:
        s.own_booking = booked.get(s.pk)
    # opened from a plan of the guide (?beroep=): booking here and "terug" lead back to that plan, not the first one
    guide_path = plan_path((request.GET.get("beroep") or "").strip())
    return render(request, "training/course.html", {"course": course, "skills": skills, "sessions": sessions, "can_book": can_book,
                                                    "guide_path": guide_path})


@roles(Role.PARTNER, Role.ADMIN)
def providers_page(request: HttpRequest, principal: Principal) -> HttpResponse:
    managed = catalogue.managed_providers(principal)
    if len(managed) == 1:
        return redirect("training_provider", provider_id=managed[0].pk)
    return render(request, "training/providers.html", {"providers": managed})


@roles(Role.PARTNER, Role.ADMIN)
def provider_page(request: HttpRequest, principal: Principal, provider_id: int) -> HttpResponse:
    try:
        provider = catalogue.provider(provider_id)
    except NotFound as exc:
        raise Http404(exc.detail) from None
    if not perms.can_manage_catalogue(principal, provider):
        raise Http404(_("Geen opleidingsverstrekker met dit nummer."))
    form, report, status = UploadForm(), None, 200
    if request.method == "POST":
        form = UploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            if upload.size > MAX_UPLOAD:
                form.add_error("file", _("Het bestand is groter dan 20 MB."))
            else:
                suffix = ".csv" if upload.name.lower().endswith(".csv") else ".json"
                with tempfile.TemporaryDirectory() as folder:
                    path = Path(folder) / f"catalogue{suffix}"
                    path.write_bytes(upload.read())
                    try:
                        records = read_file(path)
                        report = catalogue.deliver(principal, provider.pk, records, replace=form.cleaned_data["replace"],
                                                   skip_invalid=form.cleaned_data["skip_invalid"],
                                                   confirm_deactivation=form.cleaned_data["confirm_deactivation"],
                                                   confirm_cancellations=form.cleaned_data["confirm_cancellations"])
                    except ImportFileError as exc:
                        form.add_error("file", str(exc).replace(str(path), upload.name))
                    except DomainError as exc:
                        form.add_error("file", exc.detail)
                if report is not None and report.written:
                    messages.success(request, _("Catalogus bewaard: %(created)s nieuw, %(updated)s gewijzigd, %(unchanged)s ongewijzigd, %(rejected)s overgeslagen.")
                                     % {"created": report.created, "updated": report.updated, "unchanged": report.unchanged, "rejected": report.rejected})
                    if report.capped:
                        messages.warning(request, _("Bij %(n)s sessies waren er minder vrije plaatsen dan u opgaf, door inschrijvingen via het "
                                                    "platform: %(sessions)s.") % {"n": len(report.capped), "sessions": ", ".join(
                            f"{c['course_id']}/{c['session_id']} {c['delivered_free_places']}→{c['free_places']}" for c in report.capped[:10])})
                    if report.cancelled:
                        messages.warning(request, _("Inschrijvingen geannuleerd: %(n)s; de personen kregen een bericht.") % {"n": len(report.cancelled)})
                    if not report.rejected:
                        return redirect("training_provider", provider_id=provider.pk)
                elif report is not None:
                    # about the file as a whole, with the table of reasons below: once, in the error box (it was also
                    # beside the field: the same sentence twice, re-walk of issue 13)
                    form.add_error(None, rejected_summary(report))
        if form.errors:
            status = 422
    courses = catalogue.courses_of(provider.pk)
    open_bookings = booking_cases.bookings_for_provider(principal, provider.pk)
    return render(request, "training/provider.html", {"provider": provider, "courses": courses, "form": form, "report": report,
                                                      "report_errors": error_rows(report) if report else [], "bookings": open_bookings},
                  status=status)


@require_POST
@roles(Role.PARTNER, Role.COUNSELLOR, Role.ADMIN)
def complete(request: HttpRequest, principal: Principal, booking_id: int) -> HttpResponse:
    try:
        done = booking_cases.complete(principal, booking_id)
    except DomainError as exc:
        _fail(request, exc)
        return redirect("training_providers")
    messages.success(request, _("Bevestigd: %(course)s gevolgd.") % {"course": done.course.title_nl})
    if principal.role in (Role.PARTNER, Role.ADMIN):
        return redirect("training_provider", provider_id=done.course.provider_id)
    return redirect("home")
