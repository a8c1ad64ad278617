"""Booking a session: a place taken, the learning-account budget reserved (werkregie.learning: reserve, spend,
release), and a training step in the person's trajectory when one is running (werkregie.trajectories: a draft
agreement, as its special routes make them, which the counsellor proposes). Cancelling releases the budget and lets
the step lapse; completing spends it, approves the step and issues a training-completion credential. One live booking
per person and course. A provider that withdraws a booked session or course (or shrinks it below its bookings) cancels
those bookings through the same cancellation, and the person is told (`cancel_for_provider`)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from importlib.util import find_spec
from typing import NamedTuple

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils.translation import gettext as _

from werkregie.access.models import Shown
from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.learning import use_cases as learning
from werkregie.learning.enums import ReservationState
from werkregie.learning.models import Reservation, from_minor
from werkregie.matching.use_cases import _purpose
from werkregie.messaging import outbox
from werkregie.trajectories import use_cases as trajectories
from werkregie.trajectories.enums import EvidenceKind, StepKind
from werkregie.trajectories.models import Agreement, AgreementStep, Trajectory
from werkregie.workflows import reasons as R
from werkregie.workflows import services as wf
from werkregie.workflows.labels import coded
from werkregie.workflows.services import PLATFORM, Who

from .. import index, labels, messages, perms, rights
from ..models import Booking, Course, Session

LIVE_STEP = ("open", "evidence_submitted", "rejected", "suspended")


def _who(principal: Principal) -> Who:
    return Who.of(principal)


def _person_of(principal: Principal, person_id: int | None) -> int:
    person_id = person_id or principal.user.person_id
    if not person_id or not perms.can_book(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    return int(person_id)


def _training_step(who: Who, booking: Booking) -> AgreementStep | None:
    """A training step in the running trajectory: in its draft agreement, else in a new draft agreement "Opleiding"."""
    trajectory = Trajectory.objects.filter(person_id=booking.person_id).exclude(state="closed").first()
    if trajectory is None:
        return None
    course, session = booking.course, booking.session
    agreement = Agreement.objects.filter(trajectory=trajectory, state="draft").order_by("-pk").first()
    if agreement is None:
        agreement = trajectories.create_agreement(None, trajectory.pk, who=who, title=labels.coded(labels.AGREEMENT))
    due = session.end_date or (session.start_date + dt.timedelta(days=max(7, course.hours // 4)))
    title = labels.coded(labels.STEP, title=course.title_nl[:80], provider=course.provider.name[:60], date=session.start_date.strftime("%d/%m/%Y"))
    partner = course.provider.organisation_id
    return wf.create(AgreementStep, who, deadline=due, agreement=agreement, person_id=booking.person_id, kind=StepKind.TRAINING, title=title,
                     details=labels.coded(labels.STEP_BOOKED, booking=booking.pk), due_on=due,
                     evidence_kind=EvidenceKind.PARTNER if partner else EvidenceKind.TRAINING_RESULT, partner_id=partner)


@dataclass(frozen=True)
class Quote:
    """What a booking will cost, shown before the person confirms: the price, what the learning and career account
    pays (what it holds, up to the price, when the course may be paid from it), what remains on the account after, and
    what the person pays themselves."""

    session: Session
    course: Course
    balance: Decimal
    from_account: Decimal
    cheques: rights.Right | None = None  # for a course payable with opleidingscheques: the rules' answer for what is left to pay
    # the account pays everything: the cheques the rules would give for the whole price without it (not needed now)
    cheques_otherwise: rights.Right | None = None

    @property
    def cheques_not_needed(self) -> str:
        """For a course payable with opleidingscheques that the account pays in full, why the cheques play no part in
        this booking and what they would give otherwise (the walk found the confirmation silent about them)."""
        if self.cheques_otherwise is None:
            return ""
        right = self.cheques_otherwise
        if not right.applies:
            return _("Opleidingscheques zijn voor deze inschrijving niet nodig: uw leer- en loopbaanrekening betaalt de volledige prijs.")
        return _("Opleidingscheques zijn voor deze inschrijving niet nodig: uw leer- en loopbaanrekening betaalt de volledige prijs. "
                 "Anders zou u met opleidingscheques %(government)s steun van de Vlaamse overheid krijgen (u betaalt zelf %(own)s "
                 "voor cheques ter waarde van %(value)s).") % {
            "government": euro(right.amount), "own": euro(right.own_share), "value": euro(right.amount + right.own_share)}

    @property
    def after_cheques(self) -> Decimal:
        """What the person pays in the end when they buy the cheques: their own share of the cheques and what the
        cheques do not cover (the Flemish government pays the rest)."""
        return self.to_pay - self.cheques.amount if self.cheques is not None and self.cheques.applies else self.to_pay

    @property
    def remaining(self) -> Decimal:
        return self.balance - self.from_account

    @property
    def to_pay(self) -> Decimal:
        return self.course.cost - self.from_account

    @property
    def acceptance(self) -> Acceptance:
        """What the person accepts by confirming this quote."""
        return Acceptance(self.from_account, self.to_pay)

    @property
    def in_words(self) -> str:
        """What the person pays themselves and what the account pays, as one sentence (the browser walk of issue 13
        found "€ 3.540,00 of vraag uw bemiddelaar naar opleidingscheques of andere steun" on the confirmation page)."""
        amounts = {"own": euro(self.to_pay), "account": euro(self.from_account), "price": euro(self.course.cost)}
        if self.course.cost <= 0:
            return _("Deze opleiding is gratis: u betaalt niets, en er gaat niets van uw leer- en loopbaanrekening af.")
        if self.to_pay <= 0:
            return _("U betaalt zelf niets: uw leer- en loopbaanrekening betaalt de volledige prijs van %(price)s.") % amounts
        if self.from_account > 0:
            return _("U betaalt zelf %(own)s; de overige %(account)s betaalt uw leer- en loopbaanrekening.") % amounts
        if not self.course.learning_account:
            return _("U betaalt zelf de volledige prijs van %(own)s: deze opleiding kan niet met de leer- en loopbaanrekening betaald "
                     "worden.") % amounts
        return _("U betaalt zelf de volledige prijs van %(own)s: er staat niets op uw leer- en loopbaanrekening.") % amounts

    def as_dict(self) -> dict:
        """The quote for an API client, amounts as decimal strings with a point ("3540.00"), as it sends them back."""
        cheques = None
        if self.cheques is not None:
            cheques = {"applies": self.cheques.applies, "government_share": f"{self.cheques.amount:.2f}",
                       "own_share": f"{self.cheques.own_share:.2f}", "value": f"{self.cheques.amount + self.cheques.own_share:.2f}",
                       "own_payment_after_cheques": f"{self.after_cheques:.2f}", "explanation": self.cheques.explanation}
        return {"cheques_not_needed": self.cheques_not_needed, "session_id": self.session.pk, "price": f"{self.course.cost:.2f}", "balance": f"{self.balance:.2f}",
                "account_amount": f"{self.from_account:.2f}", "own_payment": f"{self.to_pay:.2f}", "remaining": f"{self.remaining:.2f}",
                "cheques": cheques}


class Acceptance(NamedTuple):
    """The amounts the person saw and accepted: what the learning account pays and what they pay themselves. A booking
    carries it (found by the attack on issue 13: `POST …/bookings` with `{}` booked a € 3,930 course, € 3,540 of it to
    pay oneself, the price never shown); it books only when it is still the current quote."""

    account_amount: Decimal
    own_payment: Decimal


class QuoteNotAccepted(Conflict):
    """The booking did not carry the current quote (none, or one that changed since it was shown): nothing is booked;
    `quote` is the current one, to show and accept."""

    def __init__(self, detail: str, current: Quote) -> None:
        super().__init__(detail, [FieldError("accepted_own_payment", detail)])
        self.quote = current
        self.extra = {"quote": current.as_dict()}


def _from_account(course: Course, balance: Decimal) -> Decimal:
    # the account pays what it holds, up to the price; the rest the person pays or finances otherwise (cheques)
    return min(course.cost, balance) if course.learning_account and course.cost > 0 else Decimal("0")


def quote(principal: Principal, session_id: int, person_id: int | None = None) -> Quote:
    """The confirmation step before booking (the walk: a paid course was booked by one click, its cost unseen)."""
    person_id = _person_of(principal, person_id)
    session = Session.objects.select_related("course__provider", "course__municipality").filter(pk=session_id).first()
    if session is None or not session.course.active:
        raise NotFound(_("Geen opleidingssessie met dit nummer."))
    course = session.course
    record_access(principal.actor(), [person_id], "opleidingen: leerrekening en opleidingscheques voor een inschrijving",
                  _purpose(principal, person_id), principal.channel)
    _refuse_second_booking(person_id, session)  # no price for a booking that cannot be made (re-walk of issue 13)
    balance = learning.balance(person_id)
    from_account = _from_account(course, balance)
    left = course.cost - from_account
    otherwise = _cheques(person_id, session, course.cost) if left <= 0 < from_account else None
    return Quote(session, course, balance, from_account, _cheques(person_id, session, left), otherwise)


def _cheques(person_id: int, session: Session, left: Decimal) -> rights.Right | None:
    """The opleidingscheques for what is left to pay after the account, computed by the rules as the guide does
    (rights.cheques_for; the walk of issue 13 found the confirmation only saying "vraag uw bemiddelaar naar
    opleidingscheques")."""
    from werkregie.people.models import Person

    from .guide import facts_of

    course = session.course
    if not course.opleidingscheques or left <= 0:
        return None
    today = clock.today()
    facts = facts_of(Person.objects.get(pk=person_id), Decimal("1"), False, today)
    plan = rights.PlanCourse(course.pk, left, course.hours, max(session.start_date, today), True, course.vov)
    return rights.cheques_for(plan, facts, today)


def _refuse_unaccepted(accepted: Acceptance | None, current: Quote) -> None:
    if accepted == current.acceptance:
        return
    if accepted is None:
        raise QuoteNotAccepted(_("Bevestig eerst wat de inschrijving kost: %(account)s van uw leer- en loopbaanrekening en %(own)s "
                                 "die u zelf betaalt.") % _amounts(current), current)
    raise QuoteNotAccepted(_("Wat de inschrijving kost is veranderd sinds u het zag: nu %(account)s van uw leer- en loopbaanrekening "
                             "en %(own)s die u zelf betaalt. Kijk het na en bevestig opnieuw.") % _amounts(current), current)


def _amounts(current: Quote) -> dict:
    return {"account": euro(current.from_account), "own": euro(current.to_pay)}


def euro(amount: Decimal) -> str:
    """€ 1.234,50, the Belgian way."""
    from werkregie.formats.numbers import format_number

    return "€\u00a0" + format_number(amount, 2)


def book(principal: Principal, session_id: int, person_id: int | None = None, *, accepted: Acceptance | None) -> Booking:
    """Book the session when `accepted` is the current quote (what the account pays, what the person pays themselves),
    else QuoteNotAccepted with the current quote and nothing booked."""
    person_id = _person_of(principal, person_id)
    who = _who(principal)
    with transaction.atomic():
        # the course first, then the session (the order the catalogue's delivery writes them in): two sessions of one
        # course booked at once by the same person wait for each other here
        course_pk = Session.objects.filter(pk=session_id).values_list("course_id", flat=True).first()
        if course_pk is not None:
            Course.objects.select_for_update().filter(pk=course_pk).first()
        session = Session.objects.select_for_update().select_related("course__provider").filter(pk=session_id).first()
        if session is None or not session.course.active:
            raise NotFound(_("Geen opleidingssessie met dit nummer."))
        if session.start_date < clock.today():
            raise InvalidInput(_("Deze sessie is al begonnen."), [FieldError("session", _("Deze sessie is al begonnen."))])
        if session.free_places <= 0:
            raise Conflict(_("Deze sessie is volzet."), [FieldError("session", _("Geen vrije plaatsen meer."))])
        _refuse_second_booking(person_id, session)
        course = session.course
        # the quote again, under the course's lock: the balance the person saw may have changed since
        amount = _from_account(course, learning.balance(person_id))
        _refuse_unaccepted(accepted, Quote(session, course, learning.balance(person_id), amount))
        try:
            with transaction.atomic():
                booking = wf.create(Booking, who, person_id=person_id, session=session, course=course, amount=Decimal("0"),
                                    booked_at=clock.now(), booked_by_id=principal.user.pk, session_start=session.start_date,
                                    session_end=session.end_date)
        except IntegrityError:  # the database's one live booking per person and course, should a writer get past the lock
            _refuse_second_booking(person_id, session)
            raise
        if amount > 0:
            reservation = learning.reserve(person_id, amount, key=f"training:booking:{booking.pk}",
                                           reference=f"training:{course.provider.code}:{course.course_id}:{session.session_id}", who=who)
            booking.reservation_id = str(reservation.pk)
        booking.amount = amount
        Session.objects.filter(pk=session.pk).update(free_places=F("free_places") - 1)
        index.bump()
        booking.step = _training_step(who, booking)
        booking.save(update_fields=["amount", "reservation_id", "step"])
    return booking


def _refuse_second_booking(person_id: int, session: Session) -> None:
    """Found by the attack on issue 13: two sessions of the same course could both be booked, each reserving the
    learning account. One live booking per person and course; to change session, cancel the booking first."""
    live = Booking.objects.filter(person_id=person_id, course_id=session.course_id, state="booked").select_related("session").first()
    if live is None:
        return
    if live.session_id == session.pk:
        raise Conflict(_("U bent al ingeschreven voor deze sessie."), [FieldError("session", _("Al ingeschreven."))], existing_id=live.pk)
    message = _("U bent al ingeschreven voor deze opleiding, in de sessie die start op %(day)s. Annuleer die inschrijving eerst als u "
                "een andere sessie wilt.") % {"day": live.session.start_date.strftime("%d/%m/%Y")}
    raise Conflict(message, [FieldError("session", message)], existing_id=live.pk)


def _booking(booking_id: int) -> Booking:
    found = Booking.objects.select_related("course__provider", "session").filter(pk=booking_id).first()
    if found is None:
        raise NotFound(_("Geen inschrijving met dit nummer."))
    return found


def _reservation(booking: Booking) -> Reservation | None:
    return Reservation.objects.filter(pk=int(booking.reservation_id)).first() if booking.reservation_id else None


MIN_REASON, MAX_REASON = 5, 500


def cancel(principal: Principal, booking_id: int, reason: str | None, expected_version: int | None = None) -> Booking:
    booking = _booking(booking_id)
    if not perms.can_book(principal, booking.person_id):
        raise NotFound(_("Geen inschrijving met dit nummer."))
    reason = (reason or "").strip()
    if not MIN_REASON <= len(reason) <= MAX_REASON:  # after the access check: no answer about a booking one may not see
        raise InvalidInput(_("Geef een reden op (minstens 5 tekens)."), [FieldError("reason", _("Tussen 5 en 500 tekens."))])
    return _cancel(booking, _who(principal), reason, expected_version)


def _cancel(booking: Booking, who: Who, reason: str, expected_version: int | None = None) -> Booking:
    """The one cancellation: the booking cancelled, its reservation released (a refund posting, idempotent by the
    reservation's key), the place given back and the trajectory's training step cancelled."""
    with transaction.atomic():
        booking = wf.transition(booking, "cancel", who, reason=reason, expected_version=expected_version)
        reservation = _reservation(booking)
        if reservation is not None:
            learning.release(reservation, who, reason)
        Session.all_objects.filter(pk=booking.session_id, free_places__lt=F("places")).update(free_places=F("free_places") + 1)
        index.bump()
        step = AgreementStep.objects.filter(pk=booking.step_id, state__in=LIVE_STEP).first() if booking.step_id else None
        if step is not None:
            wf.transition(step, "cancel", PLATFORM, reason=reason)
    return booking


def refunded(booking: Booking) -> Decimal:
    """What a cancelled booking gave back to the learning account: its released reservation (0 when it had none)."""
    reservation = _reservation(booking)
    return reservation.amount if reservation is not None and reservation.state == ReservationState.RELEASED else Decimal("0")


def cancel_for_provider(booking_id: int, who: Who, why: str) -> Booking:
    """The provider withdrew the booked session or course, or cut its places below the bookings, and confirmed that
    the bookings go (training.importer). Found by the attack on issue 13: the booking stayed "booked", its money
    reserved, and nobody was told. `why` is labels.WITHDRAWN_SESSION, WITHDRAWN_COURSE or PLACES_CUT. The person gets
    a message (one per booking, however often the delivery is retried)."""
    booking = _booking(booking_id)
    course, session = booking.course, booking.session
    params = {"title": course.title_nl[:80], "provider": course.provider.name[:60], "date": session.start_date}
    with transaction.atomic():
        booking = _cancel(booking, who, labels.coded(why, **params))
        template = "training.booking_withdrawn_refund" if _reservation(booking) is not None else "training.booking_withdrawn"
        outbox.send(booking.person_id, template, {"course": course.title_nl, "provider": course.provider.name, "day": session.start_date,
                                                  "what": messages.WHY[why], "amount": booking.amount},
                    who=who, related=("training_booking", booking.pk), dedupe_key=f"training.booking.{booking.pk}.withdrawn")
    return booking


def complete(principal: Principal, booking_id: int) -> Booking:
    """The provider (or VDAB) confirms that the person followed the course: the money spent and a credential issued in
    the person's name, so it shows in their activity. Not before the session's last day as it was booked (attack round
    4: the provider moved a booked session into the past and confirmed at once). A provider that may not confirm it
    reads 404, as for a booking that does not exist (no answer tells which numbers are bookings)."""
    booking = _booking(booking_id)
    if not perms.can_complete(principal, booking.course.provider.organisation_id):
        if principal.role == "citizen" and principal.user.person_id == booking.person_id:
            raise Forbidden(_("U mag deze opleiding niet als gevolgd bevestigen."))
        raise NotFound(_("Geen inschrijving met dit nummer."))
    if principal.role != "partner" and not perms.can_guide(principal, booking.person_id):
        raise NotFound(_("Geen inschrijving met dit nummer."))
    last_day = booking.last_day
    if last_day > clock.today():
        message = _("Deze opleiding loopt nog tot %(day)s: bevestig pas daarna dat ze gevolgd is.") % {"day": last_day.strftime("%d/%m/%Y")}
        raise InvalidInput(message, [FieldError("booking", message)])
    who = _who(principal)
    with transaction.atomic():
        record_access(principal.actor(), [booking.person_id], "opleidingen: opleiding als gevolgd bevestigd (leerrekening besteed, bewijs uitgereikt)",
                      Purpose.TRAINING, principal.channel)
        booking = wf.transition(booking, "complete", who)
        reservation = _reservation(booking)
        if reservation is not None:
            learning.spend(reservation, who)
        step = AgreementStep.objects.filter(pk=booking.step_id, state__in=("open", "evidence_submitted", "suspended")).first() if booking.step_id else None
        if step is not None:
            step = wf.transition(step, "approve", PLATFORM, reason=coded(R.TRAINING_FOLLOWED, who=who.label))
            trajectories.carry_approval(step)
        credential = _credential(principal, booking)
        if credential is not None:
            booking.credential_id = str(credential.pk)
            booking.save(update_fields=["credential_id"])
    return booking


def _credential(principal: Principal, booking: Booking):  # noqa: ANN202 - a credentials Credential or None
    """A training-completion credential, signed by the provider when it is a registered issuer, else by the platform."""
    if not find_spec("werkregie.credentials.use_cases"):
        return None
    from werkregie.credentials import perms as credential_perms
    from werkregie.credentials import use_cases as credentials

    course = booking.course
    # The booking is what gives the provider the right to attest this person's completion (no partner link needed):
    # issue as its own issuer when it is a registered one, with the booking's actor as the one who acted.
    issuer = credential_perms.own_issuer(principal)
    return credentials.issue(person=booking.person, kind="training_completion", title=course.title_nl[:200], skills=course.skill_uris[:50],
                             who=_who(principal), issuer=issuer, description=_("%(hours)s uur bij %(provider)s") % {"hours": course.hours, "provider": course.provider.name},
                             evidence={"course": course.course_id, "provider": course.provider.code, "session": booking.session.session_id})


def bookings_of(principal: Principal, person_id: int | None = None) -> list[Booking]:
    person_id = _person_of(principal, person_id)
    record_access(principal.actor(), [person_id], "opleidingen: inschrijvingen", _purpose(principal, person_id), principal.channel)
    found = list(Booking.objects.filter(person_id=person_id).select_related("course__provider", "session").order_by("-booked_at"))
    # what each cancelled one gave back (the person cancelled, or the provider withdrew it): named beside "Geannuleerd"
    keys = [int(b.reservation_id) for b in found if b.reservation_id and b.state == "cancelled"]
    released = dict(Reservation.objects.filter(pk__in=keys, state=ReservationState.RELEASED).values_list("pk", "amount_minor"))
    for b in found:
        minor = released.get(int(b.reservation_id)) if b.reservation_id and b.state == "cancelled" else None
        b.refunded = from_minor(minor) if minor else Decimal("0")
    return found


def own_live_bookings(principal: Principal, course_id: int) -> dict[int, Booking]:
    """The citizen's own live bookings of one course, by session (the course page shows them as booked, not bookable)."""
    person_id = principal.user.person_id if principal.role == "citizen" else None
    if not person_id:
        return {}
    rows = list(Booking.objects.filter(person_id=person_id, course_id=course_id, state="booked"))
    if rows:
        record_access(principal.actor(), [person_id], "opleidingen: eigen inschrijving voor een opleiding", _purpose(principal, person_id),
                      principal.channel)
    return {b.session_id: b for b in rows}


def bookings_for_provider(principal: Principal, provider_id: int) -> list[Booking]:
    """The bookings of a provider's sessions, for the provider to confirm completion (each person's read logged)."""
    from ..models import Provider

    provider = Provider.objects.filter(pk=provider_id).first()
    if provider is None or not perms.can_manage_catalogue(principal, provider):
        raise NotFound(_("Geen opleidingsverstrekker met dit nummer."))
    rows = list(Booking.objects.filter(course__provider=provider, state="booked").select_related("person", "course", "session"))
    if rows:
        record_access(principal.actor(), sorted({b.person_id for b in rows}), "opleidingen: inschrijvingen bij de opleidingsverstrekker",
                      Purpose.TRAINING, principal.channel, shown=Shown.LIST)
    return rows
