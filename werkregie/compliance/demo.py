"""Demo data of compliance; called by `werkregie demo` after the population, accounts, screening and matching exist.
Open cases at every step of the procedure for job seekers on benefit (the persons the demo controller `controleur`
sees), with plausible facts and a history in time: transferred, hearing planned (the demo citizen `burger` among
them, so the citizen's page has something to answer), response term over, decided (on the proposal, and a few
deviations with their reason), notified, in appeal, closed after the appeal term, closed without follow-up, and
repeated infringements that escalate. Idempotent: a second call adds nothing.

A missed appointment is never invented: the person's counsellor invites them, the booking link expires unused, the
counsellor convokes them to a slot of their agenda (the convocation delivered and deemed notified in time), records the
no-show after the slot, and after the proof term without an excuse the referral of the appointments domain opens the
case (source ("appointment", id), its facts from the appointment), all at the dates of the story (walk 11b, N-M2)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Callable

from werkregie.core import clock
from werkregie.core.workdays import add_working_days, is_working_day, working_day_on_or_after

SOURCE = "demo"

SUMMARIES = {
    "not_presented_to_employer": [
        "Doorverwezen naar een vacature voor magazijnmedewerker; niet aangeboden op het sollicitatiegesprek van {day} (melding van de werkgever).",
    ],
    "community_service_refused": [
        "Gemeenschapsdienst bij de stedelijke groendienst (32 u per maand) vanaf {day} geweigerd zonder geldige reden.",
    ],
}

# (infringement, days before today of the facts, the step to bring the case to, decision override). No "agreement not
# met" here: such a case comes only from a real missed final agreement of the person's trajectory (trajectories/demo.py
# escalates one to the control service), never from facts that the trajectory page would contradict (walk of stop 29).
# A missed appointment comes from a real appointment (`_missed_appointment`); its day moves back when the referral after
# the proof term would not lie in the past yet. The first scenario is never one: the demo's own source marks a run.
SCENARIOS = [
    ("not_presented_to_employer", 9, "opened", None), ("missed_appointment", 6, "opened", None), ("missed_appointment", 4, "opened", None),
    ("missed_appointment", 12, "hearing_planned", None), ("community_service_refused", 15, "hearing_planned", None),
    ("missed_appointment", 40, "to_decide_expired", None), ("missed_appointment", 30, "to_decide_response", None),
    ("not_presented_to_employer", 28, "to_decide_response", None),
    ("missed_appointment", 45, "notified", None), ("missed_appointment", 50, "notified", ("suspension", 8, "Herhaald gedrag: ook de vorige "
                                                                                          "oproepingen werden genegeerd.")),
    ("missed_appointment", 55, "notified", ("none", 0, "Overmacht aangetoond: ziekenhuisopname van een kind op de dag van het gesprek.")),
    ("missed_appointment", 70, "appealed", None), ("not_presented_to_employer", 120, "closed_appeal", None),
    ("missed_appointment", 150, "closed_term", None), ("not_presented_to_employer", 20, "dropped", None),
]


def _at(day: dt.date, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), tzinfo=clock.BRUSSELS)


# Appointments, hearings and the controller's office work fall on working days (no weekend, no public holiday).
workday_on_or_after = working_day_on_or_after


def workday_on_or_before(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def _deliver(message_ids: list[int]) -> None:
    """Hand the demo's messages to the (fake) gateways now, at the travelled time, so their deemed notification dates
    lie in the past like in a real file. The runner's own task for them finds them dispatched and skips them."""
    from werkregie.messaging import outbox

    for pk in message_ids:
        if pk:
            outbox.dispatch(pk)


# --- a real missed appointment -----------------------------------------------------------------------------------------

# the kinds of conversation a job seeker on benefit for a while is convoked to (each mandatory: appointments/parameters)
APPOINTMENT_KINDS = ("follow_up", "evaluation", "screening")
# the half hours of a slot, within the office hours of appointments/parameters/slot_hours.yaml (08:30–17:00)
SLOT_TIMES = tuple(dt.time(h, m) for h in (9, 10, 11, 13, 14, 15) for m in (0, 30))


def counsellor_of(person_id: int):  # noqa: ANN201 - a Principal or None
    """The counsellor who guides the person and may convoke them: their own, else the first of their team; None when
    nobody can (then the person gets no missed-appointment case)."""
    from werkregie.accounts.models import Role, User
    from werkregie.accounts.principal import Principal
    from werkregie.appointments import perms
    from werkregie.people.models import Person

    person = Person.objects.only("counsellor_id", "team_id").get(pk=person_id)
    counsellors = User.objects.filter(role=Role.COUNSELLOR, is_active=True)
    for user in (counsellors.filter(pk=person.counsellor_id).first() if person.counsellor_id else None,
                 counsellors.filter(organisation_id=person.team_id).order_by("pk").first() if person.team_id else None):
        if user is not None:
            principal = Principal.for_session(user)
            if perms.can_manage(principal, person_id):
                return principal
    return None


def no_show_day(days_ago: int) -> dt.date:
    """The working day of the missed appointment, about `days_ago` days back, early enough for the referral (the day
    after the proof term) to lie in the past."""
    from werkregie.appointments.common import proof_due

    today = clock.today()
    day = workday_on_or_before(today - dt.timedelta(days=days_ago))
    while proof_due(day) + dt.timedelta(days=1) >= today:
        day = workday_on_or_before(day - dt.timedelta(days=1))
    return day


def _free_slot(counsellor, day: dt.date, rng: random.Random):  # noqa: ANN001, ANN202 - a Slot
    """A free slot of the counsellor's agenda on `day`, published now (at the convocation) when the agenda has none
    at that hour: at the office when the agenda has an address, else by phone."""
    from werkregie.appointments import use_cases as uc
    from werkregie.appointments.enums import HOLDING_STATES
    from werkregie.appointments.models import Appointment, Slot

    agenda = uc.own_agenda(counsellor.user)
    mode = "in_person" if agenda.address else "phone"
    first = rng.randrange(len(SLOT_TIMES))
    for at in SLOT_TIMES[first:] + SLOT_TIMES[:first]:
        start = dt.datetime.combine(day, at, clock.BRUSSELS)
        slot = Slot.objects.filter(agenda=agenda, start=start).first()
        if slot is None:
            end = (start + dt.timedelta(minutes=30)).time()
            slot = uc.publish_series(counsellor, uc.Series(agenda.pk, day, day, [day.weekday()], at, end, 30, mode))[0]
        taken = Appointment.objects.filter(slot=slot, state__in=HOLDING_STATES).exists()
        if slot.withdrawn_at is None and not taken and not uc.outside_hours(slot.start, slot.end, slot.mode):
            return slot
    return None


def _messages_of(appointment_id: int) -> list[int]:
    from werkregie.messaging.models import Message

    return list(Message.objects.filter(related_workflow="appointment", related_id=appointment_id).values_list("pk", flat=True))


def _missed_appointment(counsellor, person_id: int, days_ago: int, rng: random.Random):  # noqa: ANN001, ANN202
    """The person's real missed appointment, through the appointments' use cases at the dates of the story: invited,
    the link expired unused (the night's sweep), convoked to a slot that the convocation's deemed notification leaves
    room for, reminded 48 hours before, no-show recorded after the slot, no excuse, referred after the proof term; the referral opens the case.
    Returns (case, day of the referral), or None when no slot or kind fits."""
    from werkregie.appointments import reminders, sweeps
    from werkregie.appointments import use_cases as uc
    from werkregie.appointments.models import Appointment
    from werkregie.core.errors import Conflict
    from werkregie.messaging import demo as message_times
    from werkregie.workflows import deadlines

    from .models import Case

    day = no_show_day(days_ago)
    # the latest working day on which a convocation still reaches the person in time for `day`
    convoked_on = workday_on_or_before(day - dt.timedelta(days=7))
    while uc.earliest_convocation_day(person_id, _at(convoked_on, 11)) > day:
        convoked_on = workday_on_or_before(convoked_on - dt.timedelta(days=1))
    # the invitation whose booking link ended before that day
    invited_on = workday_on_or_before(convoked_on - dt.timedelta(days=int(deadlines.term("booking_link_validity", convoked_on).value) + 1))
    while deadlines.term_end("booking_link_validity", invited_on) >= convoked_on:
        invited_on = workday_on_or_before(invited_on - dt.timedelta(days=1))
    a = None
    with clock.travel_to(_at(invited_on, 9)):
        for kind in sorted(APPOINTMENT_KINDS, key=lambda k: rng.random()):
            try:
                a = uc.invite(counsellor, person_id, kind)
                break
            except Conflict:
                continue  # an invitation of this kind runs already
        if a is None:
            return None
        message_times.deliver(_messages_of(a.pk))
    expired_on = a.link_expires_on + dt.timedelta(days=1)
    with clock.travel_to(_at(expired_on, 2)):
        sweeps.expire_links(expired_on)
    with clock.travel_to(_at(convoked_on, 11)):
        slot = _free_slot(counsellor, day, rng)
        if slot is None:
            return None
        a = uc.convoke(counsellor, a.pk, slot.pk)
        message_times.deliver(_messages_of(a.pk))
    with clock.travel_to(reminders.due_at(slot.start)):  # the reminder "48 hours" before, at its time
        reminders.remind(a.pk, slot.pk)
        message_times.deliver(_messages_of(a.pk))
    with clock.travel_to(slot.start + dt.timedelta(hours=1)):
        a = uc.record_attendance(counsellor, a.pk, "no_show")
        message_times.deliver(_messages_of(a.pk))
    referred_on = a.deadline + dt.timedelta(days=1)  # the night after the proof term
    with clock.travel_to(_at(referred_on, 2)):
        a = uc.refer(a.pk)
    a = Appointment.objects.get(pk=a.pk)
    return Case.objects.get(pk=a.compliance_case_id), referred_on


def _hearing_at(controller, day: dt.date) -> dt.datetime:  # noqa: ANN001
    """The controller's first free hour for a hearing that day (14:00 unless another hearing holds it: two cases whose
    facts lie a few days apart can have their hearings on the same day)."""
    from . import rules
    from .models import Case

    length = rules.hearing_length(day)
    for hour in (14, 15, 10, 11, 13, 9, 16):
        at = _at(day, hour)
        if not Case.objects.filter(state="hearing_planned", controller_id=controller.user.pk, hearing_at__gt=at - length,
                                   hearing_at__lt=at + length).exists():
            return at
    return _at(day, 14)


def _run(controller, citizen_principal, person_id: int, infringement: str, days_ago: int, step: str, override, serial: int,  # noqa: ANN001, C901
         rng: random.Random, counsellor=None) -> bool:  # noqa: ANN001
    """Open the case and bring it to `step`; False when a missed appointment finds no counsellor, kind or slot."""
    from werkregie.messaging import deemed

    from . import rules, services, use_cases
    from .models import Case

    today = clock.today()
    if infringement == "missed_appointment":
        found = _missed_appointment(counsellor, person_id, days_ago, rng) if counsellor is not None else None
        if found is None:
            return False
        case, opened_on = found
        planned_on = add_working_days(opened_on, 1)
    else:
        occurred = workday_on_or_before(today - dt.timedelta(days=days_ago))  # the facts took place on a working day
        summary = rng.choice(SUMMARIES[infringement]).format(day=occurred.strftime("%d/%m/%Y"))
        with clock.travel_to(_at(add_working_days(occurred, 1), 9)):
            case = services.open_case(person_id, infringement, facts={"occurred_on": occurred.isoformat(), "summary": summary},
                                      source=(SOURCE, serial))
        planned_on = add_working_days(occurred, 3)
    if step == "opened":
        return True
    # the first day allowed: the minimum notice after the invitation's deemed notification (rules.earliest_hearing_day)
    hearing_day = rules.earliest_hearing_day(deemed.expected_on(person_id, legal=True, now=_at(planned_on)))
    with clock.travel_to(_at(planned_on)):
        mode = "written" if infringement == "agreement_not_met" else "in_person"
        hearing_at = _hearing_at(controller, hearing_day)
        case = use_cases.plan_hearing(controller, case.pk, hearing_at=hearing_at, mode=mode,
                                      place="" if mode == "written" else "VDAB Gent, Kongostraat 7", version=case.version)
        _deliver([case.hearing_message_id])
        services.sync_notifications([case.pk])
    case.refresh_from_db()
    if step == "hearing_planned":
        return True
    if step == "to_decide_expired":
        after = (case.deadline or planned_on + dt.timedelta(days=20)) + dt.timedelta(days=1)
        with clock.travel_to(_at(after, 2)):
            services.sweep_cases(after)
        return True
    with clock.travel_to(hearing_at + dt.timedelta(hours=1)):
        if citizen_principal is not None and step == "to_decide_response":
            case = use_cases.respond(citizen_principal, case.pk, text="Ik had die dag een sollicitatiegesprek bij een uitzendkantoor; "
                                     "de bevestigingsmail kan ik bezorgen.", version=case.version)
        else:
            case = use_cases.record_hearing(controller, case.pk, report="Verhoord op kantoor. De persoon erkent de feiten en geeft geen "
                                            "geldige reden op. Wil opnieuw meewerken aan het traject.", version=case.version)
    if step in ("to_decide_response",):
        return True
    if step == "dropped":
        with clock.travel_to(_at(add_working_days(hearing_day, 1))):
            use_cases.drop(controller, case.pk, reason="Na het verhoor blijkt de persoon sinds de feiten voltijds aan het werk: geen verder gevolg.",
                           version=case.version)
        return True
    decided_on = add_working_days(hearing_day, 2)
    decision, weeks, deviation = override or (case.proposed_decision, case.proposed_weeks, "")
    with clock.travel_to(_at(decided_on)):
        case = use_cases.decide(controller, case.pk, decision=decision, weeks=weeks, deviation_reason=deviation,
                                motivation="De feiten staan vast na het verhoor; de beslissing volgt de uniforme regel voor deze inbreuk."
                                if not deviation else "De feiten staan vast; zie de reden van afwijking.",
                                sanction_start=decided_on + dt.timedelta(days=14) if decision in ("suspension", "exclusion", "indefinite") else None,
                                version=case.version)
        _deliver([case.decision_message_id])
        services.sync_notifications([case.pk])
    case = Case.objects.get(pk=case.pk)
    if step == "notified":
        return True
    if step in ("appealed", "closed_appeal"):
        with clock.travel_to(_at(workday_on_or_after(decided_on + dt.timedelta(days=20)))):
            case = use_cases.appeal(controller, case.pk, text="Beroep bij de arbeidsrechtbank ingesteld door de vakbond (kopie van het "
                                    "verzoekschrift ontvangen).", lodged_on=workday_on_or_after(decided_on + dt.timedelta(days=18)), version=case.version)
        if step == "closed_appeal":
            with clock.travel_to(_at(workday_on_or_after(decided_on + dt.timedelta(days=90)))):
                use_cases.decide_appeal(controller, case.pk, outcome="upheld", reason="De arbeidsrechtbank bevestigt de beslissing.",
                                        version=case.version)
        return True
    if step == "closed_term" and case.deadline:
        after = case.deadline + dt.timedelta(days=1)
        with clock.travel_to(_at(after, 2)):
            services.sweep_cases(after)
    return True


def _history(controller, guided: list[tuple[int, object]], rng: random.Random, serial: int) -> int:  # noqa: ANN001
    """Repeated infringements: a warning months ago, then a second missed appointment (4 weeks proposed), for a few
    persons (each with their counsellor); and enough decided cases for the deviations report to show groups."""
    made = 0
    for pid, counsellor in guided:
        serial += 1
        if not _run(controller, None, pid, "missed_appointment", rng.randint(200, 300), "closed_term", None, serial, rng, counsellor):
            continue
        made += 1
        serial += 1
        override = ("suspension", 8, "Tweede keer binnen het jaar en ook de vorige oproeping werd genegeerd.") if rng.random() < 0.2 else None
        made += _run(controller, None, pid, "missed_appointment", rng.randint(35, 80), "notified", override, serial, rng, counsellor)
    return made


HISTORY_DAYS = 340  # the oldest facts of a demo case (`_history`: up to 300 days ago), with the invitation and procedure before them


def _file_ended(today: dt.date):  # noqa: ANN202 - a Q on persons
    """Persons whose file contradicts a case about the last months: a trajectory closed or suspended (found work, moved
    out of the register), or work or sickness in the register during the period of the cases' facts."""
    from django.db.models import Q

    from werkregie.people.enums import StatusKind
    from werkregie.people.models import StatusEpisode
    from werkregie.trajectories.models import Trajectory

    since = today - dt.timedelta(days=HISTORY_DAYS)
    busy = StatusEpisode.objects.filter(kind__in=(StatusKind.EMPLOYED, StatusKind.SICK), start__lte=today).filter(Q(end__isnull=True) | Q(end__gte=since))
    ended = Trajectory.objects.filter(state__in=("closed", "suspended"))
    return Q(pk__in=busy.values("person_id")) | Q(pk__in=ended.values("person_id"))


def seed(progress: Callable[[int], None] | None = None) -> dict:
    from werkregie.accounts.models import User
    from werkregie.accounts.principal import Principal
    from werkregie.people import perms as people_perms

    from .models import Case

    if Case.objects.filter(source_workflow=SOURCE).exists():
        return {"cases": 0}
    controller_user = User.objects.filter(username="controleur").first()
    if controller_user is None:
        return {"cases": 0}
    controller = Principal.for_session(controller_user)
    rng = random.Random(2026)
    visible = people_perms.visible_persons(controller)
    # Persons on benefit for more than a year (visible to the controller at every moment of their file), adults of working age.
    today = clock.today()
    from werkregie.people.models import StatusEpisode

    long_benefit = StatusEpisode.objects.filter(kind="jobseeker_benefit", start__lte=today - dt.timedelta(days=400), end__isnull=True)
    candidates = list(visible.filter(pk__in=long_benefit.values("person_id")).exclude(_file_ended(today))
                      .filter(birth_date__lte=today - dt.timedelta(days=20 * 365),
                                     birth_date__gte=today - dt.timedelta(days=64 * 365)).order_by("pk").values_list("pk", flat=True)[:80])
    citizen = User.objects.filter(username="burger").first()
    citizen_principal = Principal.for_session(citizen) if citizen and citizen.person_id else None
    made = 0
    serial = 0
    people = list(candidates)
    if citizen_principal is not None and visible.filter(pk=citizen.person_id).exists():
        serial += 1
        # not a missed appointment: the citizen's appointments (appointments/demo.py) show no missed one whose proof term
        # is over (their latest no-show still has its 3 working days to prove a reason), so the file is the employer's report
        _run(controller, citizen_principal, citizen.person_id, "not_presented_to_employer", 8, "hearing_planned", None, serial, rng)
        made += 1
        people = [p for p in people if p != citizen.person_id]
    counsellors: dict[int, object] = {}

    def guided(pid: int):  # noqa: ANN202 - the person's counsellor (a Principal) or None
        if pid not in counsellors:
            counsellors[pid] = counsellor_of(pid)
        return counsellors[pid]

    for infringement, days_ago, step, override in SCENARIOS:
        if not people:
            break
        # a missed appointment needs a counsellor who convokes the person: the first such person
        pid = next((p for p in people if guided(p) is not None), None) if infringement == "missed_appointment" else people[0]
        if pid is None:
            continue
        people.remove(pid)
        serial += 1
        made += _run(controller, None, pid, infringement, days_ago, step, override, serial, rng, guided(pid))
        if progress:
            progress(1)
    made += _history(controller, [(p, guided(p)) for p in people if guided(p) is not None][:30], rng, serial + 1000)
    if progress:
        progress(made)
    return {"cases": made}
