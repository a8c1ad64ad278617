"""Demo data of messaging; called by `werkregie demo` after the population, accounts, screening and matching exist.
Idempotent: a second call adds nothing (every demo message has a dedupe key).

The demo citizen (burger) gets messages in the inbox (delivered and opened), by e-mail, by sms, and legal messages in
the eBox and (with the digital consent) in the inbox; some persons of the demo counsellor's caseload get a bounced e-mail that went to
paper (with its worklist task), an e-mail that is being retried, paper and a registered letter because they accepted
no digital channel, and weak digital skills.
Messages are dispatched right here (the gateways' fakes of this process know the demo eBox), dated in the past."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from django.db import transaction
from django.db.models import F

from werkregie.core import clock, keys

DAY = dt.timedelta(days=1)
DISPATCH_AFTER = dt.timedelta(minutes=2)  # the runner picks a message up moments after it was made
ATTEMPTS = 8  # more than the outbox's retries: the loop ends on paper or on a retry due in the future


def _contact(person, kind: str, value: str, preferred: bool = False) -> None:  # noqa: ANN001
    from werkregie.people.models import ContactChannel

    if preferred:
        ContactChannel.objects.filter(person=person, preferred=True).exclude(kind=kind, value=value).update(preferred=False)
    ContactChannel.objects.update_or_create(person=person, kind=kind, value=value, defaults={"preferred": preferred})


def _consent(person) -> None:  # noqa: ANN001
    from werkregie.people.enums import ConsentPurpose
    from werkregie.people.models import Consent

    if not Consent.objects.filter(person=person, purpose=ConsentPurpose.DIGITAL_COMMUNICATION, withdrawn_at__isnull=True).exists():
        Consent.objects.create(person=person, purpose=ConsentPurpose.DIGITAL_COMMUNICATION, given_at=clock.now() - 90 * DAY, recorded_by="demo")


def _send(key: str, person, template: str, context: dict, days_ago: float, channel: str | None = None, open_after: float | None = None):  # noqa: ANN001, ANN202
    from werkregie.messaging import outbox
    from werkregie.messaging.models import Message

    dedupe = f"demo:messaging:{key}"
    if Message.objects.filter(dedupe_key=dedupe).exists():
        return None
    at = clock.now() - dt.timedelta(days=days_ago)
    with clock.travel_to(at) as moment:
        with transaction.atomic():
            msg = outbox.send(person.pk, template, context, dedupe_key=dedupe, channel=channel)
        outbox.dispatch(msg.pk)  # here, now: the queued task finds it claimed and does nothing
        msg.refresh_from_db()
        if msg.state == "fallback_paper":  # a bounce: the print queue takes it the same day
            moment.advance(hours=1)
            outbox.dispatch(msg.pk)
            msg.refresh_from_db()
        if open_after is not None and msg.state == "delivered":
            moment.advance(hours=open_after)
            outbox.record_opening(msg, outbox.Who(person.account.pk if hasattr(person, "account") else None, "citizen", "demo"))
    return msg


def _days_ago(at: dt.datetime) -> float:
    return max((clock.now() - at).total_seconds() / 86400, 0.0)


def _citizen_facts(person, today: dt.date) -> dict:  # noqa: ANN001
    """The demo citizen's hand-written messages fit their file: the SMS reminds of an appointment they really had (48 h
    before it), the legal notice confirms the agreement they really accepted (the day it was accepted), the notice in
    the inbox confirms the excuse that was really accepted (the day after it was recorded). Without such a file
    (a bare test database) the texts stay general and name no date."""
    from werkregie.appointments.models import Appointment
    from werkregie.trajectories.models import Agreement
    from werkregie.workflows.models import TransitionLog

    found = {"reminder_text": "U hebt binnenkort een gesprek met uw bemiddelaar. Het uur en de plaats staan bij 'Mijn afspraken'.", "reminder_days_ago": 4,
             "agreement_text": "Uw bemiddelaar legde met u afspraken vast in uw traject. U vindt ze bij 'Mijn afspraken'.", "agreement_days_ago": 6,
             "excuse_text": "Uw bemiddelaar aanvaardde de reden van uw afwezigheid. Er volgt geen procedure bij de controledienst.", "excuse_days_ago": 12}
    attended = Appointment.objects.filter(person=person, state="attended", slot__isnull=False).select_related("slot").order_by("slot__start").first()
    if attended is not None:
        start = attended.slot.start.astimezone(clock.BRUSSELS)
        found["reminder_text"] = (f"Op {start:%d/%m/%Y} om {start:%H:%M} hebt u een {attended.get_kind_display().lower()} met uw bemiddelaar "
                                  f"({attended.agenda.address or 'VDAB-kantoor'}).")
        found["reminder_days_ago"] = _days_ago(attended.slot.start - dt.timedelta(hours=48))
    accepted = Agreement.objects.filter(person=person, accepted_at__isnull=False).order_by("accepted_at").first()
    if accepted is not None:
        at = accepted.accepted_at.astimezone(clock.BRUSSELS)
        next_due = accepted.steps.filter(due_on__gte=at.date()).order_by("due_on").values_list("due_on", flat=True).first()
        found["agreement_text"] = (f"U aanvaardde op {at:%d/%m/%Y} uw afsprakenblad \"{accepted.title}\". Het blad en zijn termijnen staan bij "
                                   "'Mijn afspraken'." + (f" De eerste afspraak vervalt op {next_due:%d/%m/%Y}." if next_due else ""))
        found["agreement_days_ago"] = _days_ago(accepted.accepted_at + dt.timedelta(minutes=5))
    excused = Appointment.objects.filter(person=person, state="excused", excuse_status="accepted", slot__isnull=False).select_related("slot").first()
    if excused is not None:
        recorded = TransitionLog.objects.filter(workflow="appointment", object_id=excused.pk, to_state="excused").values_list("at", flat=True).first()
        start = excused.slot.start.astimezone(clock.BRUSSELS)
        found["excuse_text"] = (f"Uw bemiddelaar aanvaardde de reden van uw afwezigheid op het gesprek van {start:%d/%m/%Y} om {start:%H:%M}. "
                                "Er volgt geen procedure bij de controledienst.")
        found["excuse_days_ago"] = _days_ago((recorded or excused.slot.start) + dt.timedelta(days=1))
    return found


SINCE = dt.timedelta(days=180)  # the caseload's messages are dated within the last weeks: the person was a job seeker all that time


def _in_register_since(since: dt.date):  # noqa: ANN202 - a Q-like expression
    """Persons whose file runs through every date of their demo messages: a job seeker since `since` and still today,
    not sick or at work now (their trajectory would be suspended), no trajectory closed or suspended and no file
    transferred to the control service (a message after the transfer or the end of the registration makes no sense)."""
    from django.db.models import Exists, OuterRef, Q

    from werkregie.compliance.models import Case
    from werkregie.people.enums import JOBSEEKER_KINDS, StatusKind
    from werkregie.people.models import StatusEpisode
    from werkregie.trajectories.models import Trajectory

    today = clock.today()
    episodes = StatusEpisode.objects.filter(person_id=OuterRef("pk"))
    seeking = episodes.filter(kind__in=JOBSEEKER_KINDS, start__lte=since).filter(Q(end__isnull=True) | Q(end__gte=today))
    busy = episodes.filter(kind__in=(StatusKind.SICK, StatusKind.EMPLOYED), start__lte=today).filter(Q(end__isnull=True) | Q(end__gte=since))
    ended = Trajectory.objects.filter(person_id=OuterRef("pk"), state__in=("closed", "suspended"))
    transferred = Case.objects.filter(person_id=OuterRef("pk"))
    return Exists(seeking) & ~Exists(busy) & ~Exists(ended) & ~Exists(transferred)


def _pick(counsellor, used: set[int], offline: bool = False):  # noqa: ANN001, ANN202
    """A person of the demo counsellor's caseload who is a job seeker through all the dates of the demo messages
    (`_in_register_since`; offline: one who accepted no digital channel and has no account); when the caseload has
    none, one more person is given to the counsellor (one without a counsellor first, else another counsellor's); None
    when the register has nobody who fits (a very small demo)."""
    from werkregie.messaging.channels import digital_filter
    from werkregie.people.models import Person

    candidates = Person.objects.exclude(pk__in=used).filter(account__isnull=True).filter(_in_register_since(clock.today() - SINCE))
    if offline:
        candidates = candidates.exclude(pk__in=Person.objects.filter(digital_filter()).values("pk"))
    person = candidates.filter(counsellor=counsellor).order_by("id").first()
    if person is None:
        region = counsellor.organisation.region_served() if counsellor.organisation_id else ""
        nearby = candidates.filter(municipality__refreg_name=region) if region else candidates  # not across Flanders (walk of stop 28)
        person = nearby.order_by(F("counsellor").asc(nulls_first=True), "id").first()  # never from outside the team's region
        if person is None:
            return None
        Person.objects.filter(pk=person.pk).update(counsellor=counsellor, team=counsellor.organisation)
    used.add(person.pk)
    return person


def seed(progress: Callable[[int], None] | None = None) -> dict:
    from werkregie.accounts.models import User
    from werkregie.messaging import gateways
    from werkregie.messaging.enums import Channel
    from werkregie.people.enums import ChannelKind, DigitalSkills
    from werkregie.people.models import Person

    keys.ensure()
    citizen = User.objects.filter(username="burger").select_related("person").first()
    counsellor = User.objects.filter(username="bemiddelaar").first()
    if citizen is None or citizen.person is None:
        return {"messages": 0}
    made = 0
    me = citizen.person
    _consent(me)
    first = me.first_name.lower()
    _contact(me, ChannelKind.EMAIL, f"{first}.{me.last_name.lower().replace(' ', '')}@example.be")
    _contact(me, ChannelKind.SMS, "+32470123456")
    ebox = gateways.get(Channel.EBOX)
    if hasattr(ebox, "optins"):
        ebox.optins.add(me.insz)
    today = clock.today()
    facts = _citizen_facts(me, today)
    plan = [
        ("burger:welcome", me, "messaging.general", {"title": "welkom in uw berichtenbox", "text": "Vanaf nu vindt u al onze berichten hier, ook die we u per e-mail, sms, eBox of brief sturen."}, 40, Channel.INBOX, 2),
        ("burger:vacancies", me, "messaging.general", {"title": "nieuwe vacatures voor u", "text": "Er zijn 6 nieuwe vacatures die bij uw profiel passen. Bekijk ze bij 'Mijn vacatures'."}, 9, Channel.EMAIL, None),
        ("burger:reminder", me, "messaging.general", {"title": "herinnering aan uw afspraak", "text": facts["reminder_text"]}, facts["reminder_days_ago"], Channel.SMS, None),
        ("burger:agreements", me, "messaging.legal_notice", {"title": "uw afspraken om werk te vinden", "text": facts["agreement_text"]}, facts["agreement_days_ago"], None, 20),
        ("burger:training", me, "messaging.general", {"title": "opleiding heftruckchauffeur", "text": "Er is nog plaats in de opleiding heftruckchauffeur in Gent. Spreek erover met uw bemiddelaar."}, 1, None, None),
    ]
    for item in plan:
        made += _send(*item) is not None
    if ebox is not None and hasattr(ebox, "optins"):
        ebox.optins.discard(me.insz)  # the next legal message goes to the inbox (digital consent): both legal channels
    made += _send("burger:excuse", me, "messaging.legal_notice", {"title": "uw afwezigheid is gewettigd", "text": facts["excuse_text"]}, facts["excuse_days_ago"], None, None) is not None
    if progress:
        progress(made)
    from werkregie.messaging.models import Message

    if counsellor is not None and not Message.objects.filter(dedupe_key="demo:messaging:caseload:weak").exists():
        used = {me.pk}
        bounced, retrying, weak = (_pick(counsellor, used) for _ in range(3))
        paper = _pick(counsellor, used, offline=True)
        if None not in (bounced, retrying, weak, paper):
            _contact(bounced, ChannelKind.EMAIL, f"{bounced.first_name.lower()}@bounce.example.be", preferred=True)
            made += _send("caseload:bounced", bounced, "messaging.general", {"title": "uitnodiging voor een gesprek", "text": "Maak een afspraak met uw bemiddelaar via de link in uw berichtenbox."}, 7, None, None) is not None
            _contact(retrying, ChannelKind.EMAIL, f"{retrying.first_name.lower()}@unreachable.example.be", preferred=True)
            made += _send("caseload:retrying", retrying, "messaging.general", {"title": "nieuwe vacatures voor u", "text": "Er zijn 3 nieuwe vacatures die bij uw profiel passen."}, 0, None, None) is not None
            made += _send("caseload:paper", paper, "messaging.general", {"title": "uw inschrijving", "text": "Uw inschrijving als werkzoekende is in orde."}, 15, None, None) is not None
            made += _send("caseload:legal-paper", paper, "messaging.legal_notice", {"title": "uw afspraken om werk te vinden", "text": "Uw bemiddelaar legde afspraken met u vast. Bespreek ze bij uw volgende gesprek."}, 10, None, None) is not None
            Person.objects.filter(pk=weak.pk, digital_skills="").update(digital_skills=DigitalSkills.NONE)
            made += _send("caseload:weak", weak, "messaging.digital_support", {}, 3, None, None) is not None
    if progress:
        progress(made)
    return {"messages": made}


def dispatch_at_its_time(pk: int, made: dt.datetime, now: dt.datetime) -> None:
    """Dispatch a waiting message as the runner would have, moments after it was made (the clock travelled there),
    following a retry or the fallback to paper at their own times while those lie before `now` (werkregie.demo's
    message_times and the domain demos that need a letter delivered before their story goes on)."""
    from . import outbox
    from .enums import State
    from .models import Message

    at = min(made + DISPATCH_AFTER, now)
    for _attempt in range(ATTEMPTS):
        with clock.travel_to(at):
            outbox.dispatch(pk)
        msg = Message.objects.only("state", "next_attempt_at", "state_since").get(pk=pk)
        if msg.state == State.RETRYING and msg.next_attempt_at:
            at = msg.next_attempt_at
        elif msg.state == State.FALLBACK_PAPER:
            at = (msg.state_since or at) + dt.timedelta(hours=1)  # the print queue takes it the same day
        else:
            return
        if at >= now:
            return


def deliver(pks: list[int]) -> None:
    """Dispatch these waiting messages as the runner would, moments after they were made at the travelled time (a
    domain demo that needs them delivered before its story goes on: a convocation deemed notified before the
    appointment it fixes). What already left the queue keeps its course."""
    from .enums import State
    from .models import Message

    now = clock.now()
    waiting = Message.objects.filter(pk__in=pks, state=State.QUEUED, created_at__lte=now).order_by("created_at", "pk").values_list("pk", "created_at")
    for pk, made in waiting:
        dispatch_at_its_time(pk, made, now + DISPATCH_AFTER)
