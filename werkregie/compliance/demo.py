"""Demo data of compliance; called by `werkregie demo` after the population, accounts, screening and matching exist.
Open cases at every step of the procedure for job seekers on benefit (the persons the demo controller `controleur`
sees), with plausible facts and a history in time: transferred, hearing planned (the demo citizen `burger` among
them, so the citizen's page has something to answer), response term over, decided (on the proposal, and a few
deviations with their reason), notified, in appeal, closed after the appeal term, closed without follow-up, and
repeated infringements that escalate. Idempotent: a second call adds nothing."""

from __future__ import annotations

import datetime as dt
import random
from typing import Callable

from werkregie.core import clock
from werkregie.core.workdays import add_working_days, is_working_day, working_day_on_or_after

SOURCE = "demo"

SUMMARIES = {
    "missed_appointment": [
        "Niet verschenen op het opvolgingsgesprek van {day} op het VDAB-kantoor; oproeping per aangetekende brief; geen bewijs van een geldige reden binnen 3 werkdagen.",
        "Niet verschenen op het telefonisch screeningsgesprek van {day}; drie belpogingen, daarna een oproeping per brief zonder reactie.",
        "Niet verschenen op het trajectgesprek van {day}; geen verwittiging vooraf.",
    ],
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
SCENARIOS = [
    ("missed_appointment", 6, "opened", None), ("not_presented_to_employer", 9, "opened", None), ("missed_appointment", 4, "opened", None),
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


def _run(controller, citizen_principal, person_id: int, infringement: str, days_ago: int, step: str, override, serial: int,  # noqa: ANN001, C901
         rng: random.Random) -> None:
    from werkregie.messaging import deemed

    from . import rules, services, use_cases
    from .models import Case

    today = clock.today()
    occurred = workday_on_or_before(today - dt.timedelta(days=days_ago))  # the missed appointment took place on a working day
    summary = rng.choice(SUMMARIES[infringement]).format(day=occurred.strftime("%d/%m/%Y"))
    with clock.travel_to(_at(add_working_days(occurred, 1), 9)):
        case = services.open_case(person_id, infringement, facts={"occurred_on": occurred.isoformat(), "summary": summary}, source=(SOURCE, serial))
    if step == "opened":
        return
    planned_on = add_working_days(occurred, 3)
    # the first day allowed: the minimum notice after the invitation's deemed notification (rules.earliest_hearing_day)
    hearing_day = rules.earliest_hearing_day(deemed.expected_on(person_id, legal=True, now=_at(planned_on)))
    with clock.travel_to(_at(planned_on)):
        mode = "written" if infringement == "agreement_not_met" else "in_person"
        case = use_cases.plan_hearing(controller, case.pk, hearing_at=_at(hearing_day, 14), mode=mode,
                                      place="" if mode == "written" else "VDAB Gent, Kongostraat 7", version=case.version)
        _deliver([case.hearing_message_id])
        services.sync_notifications([case.pk])
    case.refresh_from_db()
    if step == "hearing_planned":
        return
    if step == "to_decide_expired":
        after = (case.deadline or planned_on + dt.timedelta(days=20)) + dt.timedelta(days=1)
        with clock.travel_to(_at(after, 2)):
            services.sweep_cases(after)
        return
    with clock.travel_to(_at(hearing_day, 15)):
        if citizen_principal is not None and step == "to_decide_response":
            case = use_cases.respond(citizen_principal, case.pk, text="Ik had die dag een sollicitatiegesprek bij een uitzendkantoor; "
                                     "de bevestigingsmail kan ik bezorgen.", version=case.version)
        else:
            case = use_cases.record_hearing(controller, case.pk, report="Verhoord op kantoor. De persoon erkent de feiten en geeft geen "
                                            "geldige reden op. Wil opnieuw meewerken aan het traject.", version=case.version)
    if step in ("to_decide_response",):
        return
    if step == "dropped":
        with clock.travel_to(_at(add_working_days(hearing_day, 1))):
            use_cases.drop(controller, case.pk, reason="Na het verhoor blijkt de persoon sinds de feiten voltijds aan het werk: geen verder gevolg.",
                           version=case.version)
        return
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
        return
    if step in ("appealed", "closed_appeal"):
        with clock.travel_to(_at(workday_on_or_after(decided_on + dt.timedelta(days=20)))):
            case = use_cases.appeal(controller, case.pk, text="Beroep bij de arbeidsrechtbank ingesteld door de vakbond (kopie van het "
                                    "verzoekschrift ontvangen).", lodged_on=workday_on_or_after(decided_on + dt.timedelta(days=18)), version=case.version)
        if step == "closed_appeal":
            with clock.travel_to(_at(workday_on_or_after(decided_on + dt.timedelta(days=90)))):
                use_cases.decide_appeal(controller, case.pk, outcome="upheld", reason="De arbeidsrechtbank bevestigt de beslissing.",
                                        version=case.version)
        return
    if step == "closed_term" and case.deadline:
        after = case.deadline + dt.timedelta(days=1)
        with clock.travel_to(_at(after, 2)):
            services.sweep_cases(after)


def _history(controller, person_ids: list[int], rng: random.Random, serial: int) -> int:  # noqa: ANN001
    """Repeated infringements: a warning months ago, then a second missed appointment (4 weeks proposed), for a few
    persons; and enough decided cases for the deviations report to show groups."""
    made = 0
    for pid in person_ids:
        serial += 1
        _run(controller, None, pid, "missed_appointment", rng.randint(200, 300), "closed_term", None, serial, rng)
        serial += 1
        override = ("suspension", 8, "Tweede keer binnen het jaar en ook de vorige oproeping werd genegeerd.") if rng.random() < 0.2 else None
        _run(controller, None, pid, "missed_appointment", rng.randint(35, 80), "notified", override, serial, rng)
        made += 2
    return made


HISTORY_DAYS = 320  # the oldest facts of a demo case (`_history`: up to 300 days ago), with the procedure before them


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
    for infringement, days_ago, step, override in SCENARIOS:
        if not people:
            break
        serial += 1
        _run(controller, None, people.pop(0), infringement, days_ago, step, override, serial, rng)
        made += 1
        if progress:
            progress(1)
    made += _history(controller, people[:30], rng, serial + 1000)
    if progress:
        progress(made)
    return {"cases": made}
