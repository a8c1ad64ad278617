"""Demo data of trajectories; called by `werkregie demo` after the population, accounts, screening and matching exist.
Idempotent: a second call adds nothing.

The demo counsellor (bemiddelaar) gets trajectories in every state for job seekers of their caseload — open without
agreements (one past its 3-month term), a draft, a proposal not accepted in time, accepted agreements with steps due
soon and overdue, evidence waiting for review, escalations to a formal and a final agreement, a file transferred to the
control service, a suspended and a closed trajectory (outflow to lasting work), a follow-up plan — plus a long-term sick
person with the demo mutuality as partner and a newcomer with the integration agency. The demo citizen (burger) has an
accepted agreement and a new version to accept. Things happen in the past through the injected clock."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from dateutil.relativedelta import relativedelta
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Exists, OuterRef, Q

from werkregie.core import clock

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF\n")


def seed(progress: Callable[[int], None] | None = None) -> dict:
    from werkregie.accounts.models import User
    from werkregie.accounts.principal import Principal

    from .models import Trajectory

    counsellor = User.objects.filter(username="bemiddelaar").first()
    citizen = User.objects.filter(username="burger").first()
    if counsellor is None or Trajectory.objects.filter(source__startswith="demo").exists():
        return {"trajectories": 0}
    cp = Principal.for_session(counsellor)
    made = 0
    people = _by_self_reliance(_caseload(counsellor), counsellor)
    scenarios = [_open_recent, _open_overdue, _draft, _proposed_late, _accepted_due_soon, _accepted_overdue, _evidence_to_review,
                 _escalated_formal, _escalated_final, _transferred, _suspended_work, _closed_outflow, _follow_up]
    today = clock.today()
    for scenario, person in zip(scenarios, people):
        scenario(cp, person, today)
        made += 1
        if progress:
            progress(made)
    if citizen is not None and citizen.person_id and not Trajectory.objects.filter(person_id=citizen.person_id).exists():
        _citizen(cp, Principal.for_session(citizen), citizen.person, today)
        made += 1
    made += _sick_with_mutuality(counsellor, today)
    made += _newcomer(counsellor, today)
    return {"trajectories": made}


def _caseload(counsellor, wanted: int = 13) -> list:  # noqa: ANN001
    """Job seekers on benefit of the demo counsellor who are not sick or working right now (plausible for the scenarios);
    topped up from the counsellor's team, then from the population, when the caseload has too few."""
    current = _current_episodes()
    eligible = _eligible_job_seekers(current)
    found = list(eligible.filter(counsellor=counsellor).order_by("pk")[:wanted])
    region = _team_region(counsellor)
    # not from the whole population when the team serves a region (walk of issue 16: a Gent team held people of Hasselt,
    # Olen and Ichtegem): fewer scenarios rather than a caseload across Flanders
    everywhere = () if counsellor.organisation_id and counsellor.organisation.region_served() else (eligible.filter(counsellor__isnull=True),)
    for pool in (eligible.filter(team=counsellor.organisation, counsellor__isnull=True), eligible.filter(region, counsellor__isnull=True),
                 *everywhere):
        if len(found) >= wanted:
            break
        extra = list(pool.exclude(pk__in=[p.pk for p in found]).order_by("pk")[:wanted - len(found)])
        for person in extra:
            person.counsellor, person.team = counsellor, counsellor.organisation
            person.save(update_fields=["counsellor", "team", "updated_at"])
        found += extra
    return found


def _by_self_reliance(people: list, counsellor) -> list:  # noqa: ANN001
    """The caseload ordered so that the last scenario (the follow-up plan, `_follow_up`: the lighter plan of the
    self-reliant) goes to someone the screening judged self-reliant (from the counsellor's own eligible people when the
    first ones hold none), else to someone not assessed yet, and never to someone judged not self-reliant: then the
    scenario is left out (walk of stop 29: a person judged not self-reliant on benefit had the non-binding plan, and a
    second task said agreements were 220 days late)."""
    from django.db.models import OuterRef, Subquery

    from werkregie.screening.models import Assessment

    latest = Assessment.objects.filter(person_id=OuterRef("pk")).order_by("-assessed_at", "-pk").values("self_reliant")[:1]
    pool = _eligible_job_seekers(_current_episodes()).filter(counsellor=counsellor).annotate(reliant=Subquery(latest))
    judged = dict(pool.filter(pk__in=[p.pk for p in people]).values_list("pk", "reliant"))
    reliant = [p for p in people if judged.get(p.pk) is True]
    others = [p for p in people if judged.get(p.pk) is not True]
    if not reliant:
        reliant = list(pool.filter(reliant=True).exclude(pk__in=[p.pk for p in people]).order_by("pk")[:1])
    if not reliant:
        reliant = [p for p in others[12:] + others[:12] if p.pk in judged and judged[p.pk] is None][:1]
        others = [p for p in others if p not in reliant]
    if len(others) < 12:
        return others + reliant[:1]
    return others[:12] + reliant[:1]


def _team_region(counsellor) -> Q:  # noqa: ANN001
    """Persons living in the reference region of the counsellor's office (a team of VDAB Regio Gent serves Regio Gent):
    the demo's fallbacks take people from there, not from across Flanders (walk of stop 28)."""
    region = counsellor.organisation.region_served() if counsellor.organisation_id else ""
    return Q(municipality__refreg_name=region) if region else Q()


def _current_episodes():  # noqa: ANN202
    from werkregie.people.models import StatusEpisode

    today = clock.today()
    return StatusEpisode.objects.filter(person_id=OuterRef("pk"), start__lte=today).filter(Q(end__isnull=True) | Q(end__gte=today))


# The scenarios reach this far back (a transfer to the control service: a sheet missed five months ago, its trajectory
# a month before): the person was a job seeker on benefit, not working nor sick, all that time (walk of stop 28: a
# trajectory and a sanction case ran while the person was employed).
SCENARIO_MONTHS = 8


def _eligible_job_seekers(current):  # noqa: ANN001, ANN202
    from werkregie.people.enums import StatusKind
    from werkregie.people.models import Person, StatusEpisode

    from .models import Trajectory

    since = clock.today() - relativedelta(months=SCENARIO_MONTHS)
    busy = StatusEpisode.objects.filter(person_id=OuterRef("pk"), kind__in=(StatusKind.SICK, StatusKind.EMPLOYED)).filter(
        Q(end__isnull=True) | Q(end__gte=since))
    return (Person.objects.filter(account__isnull=True).filter(Exists(current.filter(kind=StatusKind.JOBSEEKER_BENEFIT, start__lte=since)))
            .exclude(Exists(busy))
            .exclude(pk__in=Trajectory.objects.values("person_id")))


def _start(cp, person, on: dt.date, kind: str = "standard"):  # noqa: ANN001, ANN202
    from . import use_cases as uc

    with clock.travel_to(on):
        trajectory = uc.open_trajectory(uc.who_of(cp), person.pk, kind, start=on, source="demo")
        if trajectory.deadline:
            uc._agreement_to_make_task(trajectory)
    return trajectory


def _agreement(cp, trajectory, on: dt.date, steps: list[dict], *, title: str = "Afsprakenblad", level: str = "sheet", propose: bool = True,  # noqa: ANN001, ANN202
               accept: str | None = "paper"):
    from . import use_cases as uc

    with clock.travel_to(on):
        agreement = uc.create_agreement(cp, trajectory.pk, title=title, level=level,
                                        notes="Afgesproken in het gesprek op het VDAB-kantoor.")
        for data in steps:
            agreement.refresh_from_db()
            uc.add_step(cp, agreement.pk, agreement.version, data)
        agreement.refresh_from_db()
        if accept == "paper":
            agreement = uc.accept_on_paper(cp, agreement.pk, agreement.version, "Afsprakenblad ondertekend in het kantoor")
        elif propose:
            agreement = uc.propose(cp, agreement.pk, agreement.version)
    return agreement


def _steps(on: dt.date, person) -> list[dict]:  # noqa: ANN001
    """Plausible steps for a job seeker: applications always; a training or Dutch course by education level."""
    steps = [{"kind": "applications", "title": "Solliciteer voor 4 vacatures als magazijnier of heftruckchauffeur via het platform",
              "due_on": on + dt.timedelta(days=30), "applications_required": 4}]
    if (person.education_level or 3) <= 2:
        steps.append({"kind": "training", "title": "Opleiding heftruckchauffeur (VDAB-competentiecentrum)", "due_on": on + dt.timedelta(days=60),
                      "evidence_kind": "training_result"})
    else:
        steps.append({"kind": "work_experience", "title": "Werkplekleren bij een werkgever in de logistiek (4 weken)",
                      "due_on": on + dt.timedelta(days=60), "evidence_kind": "upload"})
    return steps


def _open_recent(cp, person, today):  # noqa: ANN001, ANN202
    _start(cp, person, today - dt.timedelta(days=20))


def _open_overdue(cp, person, today):  # noqa: ANN001, ANN202
    _start(cp, person, today - relativedelta(months=3, days=10))


def _draft(cp, person, today):  # noqa: ANN001, ANN202
    t = _start(cp, person, today - relativedelta(months=1))
    _agreement(cp, t, today - dt.timedelta(days=2), _steps(today - dt.timedelta(days=2), person), propose=False, accept=None)


def _proposed_late(cp, person, today):  # noqa: ANN001, ANN202
    t = _start(cp, person, today - relativedelta(months=2))
    _agreement(cp, t, today - dt.timedelta(days=25), _steps(today - dt.timedelta(days=25), person), accept=None)


def _accepted_due_soon(cp, person, today):  # noqa: ANN001, ANN202
    """Accepted, then changed (a later due date for the training, agreed in a follow-up talk): version 2 replaces version 1."""
    from . import use_cases as uc

    t = _start(cp, person, today - relativedelta(months=2))
    a = _agreement(cp, t, today - dt.timedelta(days=26), _steps(today - dt.timedelta(days=26), person))
    with clock.travel_to(today - dt.timedelta(days=10)):
        step = a.steps.order_by("-due_on").first()
        data = {f: getattr(step, f) for f in uc.STEP_FIELDS}
        data["due_on"] = step.due_on + dt.timedelta(days=14)
        edited = uc.edit_step(cp, step.pk, step.version, data)
        v2 = edited.agreement
        uc.accept_on_paper(cp, v2.pk, v2.version, "Nieuwe datum afgesproken in het opvolggesprek, ondertekend")


def _accepted_overdue(cp, person, today):  # noqa: ANN001, ANN202
    t = _start(cp, person, today - relativedelta(months=4))
    _agreement(cp, t, today - relativedelta(months=3), _steps(today - relativedelta(months=3), person))


def _evidence_to_review(cp, person, today):  # noqa: ANN001, ANN202
    from . import use_cases as uc
    from .models import AgreementStep

    t = _start(cp, person, today - relativedelta(months=2))
    a = _agreement(cp, t, today - dt.timedelta(days=20), [
        {"kind": "training", "title": "Opleiding basisveiligheid VCA", "due_on": today + dt.timedelta(days=20), "evidence_kind": "upload"}])
    step = AgreementStep.objects.filter(agreement=a).first()
    with clock.travel_to(today - dt.timedelta(days=1)):
        from werkregie.core import uploads
        from werkregie.workflows import services as wf

        from . import labels
        from .models import Evidence

        stored = uploads.store(SimpleUploadedFile("attest-vca.pdf", PDF, content_type="application/pdf"), person_id=person.pk)
        evidence = Evidence.objects.create(step=step, file=stored, note="Attest VCA behaald", submitted_at=clock.now())
        wf.transition(step, "submit", uc.PLATFORM, reason="Attest VCA behaald (demo)", data={"evidence": evidence.pk})
        uc.task(f"step:{step.pk}:evidence", person_id=person.pk, kind="evidence_to_review", due_on=today + dt.timedelta(days=5),
                title=labels.coded(labels.EVIDENCE, step=step.title), url=uc.file_url(person.pk))


def _missed(cp, person, today, months_ago: int):  # noqa: ANN001, ANN202
    """A sheet accepted long ago whose step was not done: missed by the sweep at its due date."""
    from .sweeps import sweep

    t = _start(cp, person, today - relativedelta(months=months_ago + 1))
    a = _agreement(cp, t, today - relativedelta(months=months_ago), [
        {"kind": "applications", "title": "Solliciteer voor 4 vacatures via het platform", "due_on": today - relativedelta(months=months_ago) +
         dt.timedelta(days=21), "applications_required": 4}])
    with clock.travel_to(today - relativedelta(months=months_ago) + dt.timedelta(days=23)):
        _sweep_one(sweep)
    a.refresh_from_db()
    return t, a


def _sweep_one(sweep) -> None:  # noqa: ANN001
    """Only the steps part of the sweep, for the agreements made so far (at a past date, the register's episodes of
    that time must not close or suspend today's scenarios)."""
    from .sweeps import _steps

    _steps(clock.today(), {})


def _escalate(cp, agreement, on: dt.date, accept: bool = True):  # noqa: ANN001, ANN202
    from . import use_cases as uc

    with clock.travel_to(on):
        agreement.refresh_from_db()
        new = uc.escalate(cp, agreement.pk, agreement.version, due_on=on + dt.timedelta(days=30))["agreement"]
        new = uc.propose(cp, new.pk, new.version)
        if accept:
            new = uc.accept_on_paper(cp, new.pk, new.version, "Formeel afsprakenblad aangetekend verstuurd en ondertekend terug")
    return new


def _escalated_formal(cp, person, today):  # noqa: ANN001, ANN202
    _t, a = _missed(cp, person, today, 3)
    _escalate(cp, a, today - dt.timedelta(days=10))  # the formal agreement runs until 20 days from today


def _escalated_final(cp, person, today):  # noqa: ANN001, ANN202
    from .sweeps import sweep

    _t, a = _missed(cp, person, today, 4)
    formal = _escalate(cp, a, today - relativedelta(months=3) + dt.timedelta(days=5))
    with clock.travel_to(formal.steps.first().due_on + dt.timedelta(days=2)):
        _sweep_one(sweep)
    _escalate(cp, formal, formal.steps.first().due_on + dt.timedelta(days=4), accept=False)


def _transferred(cp, person, today):  # noqa: ANN001, ANN202
    from importlib.util import find_spec

    from .sweeps import sweep

    _t, a = _missed(cp, person, today, 5)
    formal = _escalate(cp, a, today - relativedelta(months=4) + dt.timedelta(days=5))
    with clock.travel_to(formal.steps.first().due_on + dt.timedelta(days=2)):
        _sweep_one(sweep)
    final = _escalate(cp, formal, formal.steps.first().due_on + dt.timedelta(days=4))
    with clock.travel_to(final.steps.first().due_on + dt.timedelta(days=2)):
        _sweep_one(sweep)
    if find_spec("werkregie.compliance.services"):
        from werkregie.core.errors import DomainError

        from . import use_cases as uc

        with clock.travel_to(final.steps.first().due_on + dt.timedelta(days=3)):
            final.refresh_from_db()
            try:
                uc.escalate(cp, final.pk, final.version)
            except DomainError:
                pass  # the control service refused the transfer: the escalation task stays on the worklist


def _suspended_work(cp, person, today):  # noqa: ANN001, ANN202
    from . import use_cases as uc

    t = _start(cp, person, today - relativedelta(months=3))
    _agreement(cp, t, today - relativedelta(months=2), _steps(today - relativedelta(months=2), person))
    from werkregie.people.enums import StatusKind
    from werkregie.people.models import StatusEpisode

    start = today - dt.timedelta(days=15)
    # the register shows the temporary contract, so the sweep keeps the trajectory suspended until it ends; the job-seeker
    # episode ends the day before (one main activity at a time: walk of issue 16 showed "met uitkering, lopend" beside
    # "Werkend"); the person registers again when the contract ends
    from werkregie.people.enums import JOBSEEKER_KINDS

    StatusEpisode.objects.filter(person=person, kind__in=JOBSEEKER_KINDS, start__lt=start, end__isnull=True).update(end=start - dt.timedelta(days=1))
    StatusEpisode.objects.get_or_create(person=person, kind=StatusKind.EMPLOYED, start=start, defaults={"end": start + dt.timedelta(weeks=6),
                                                                                                     "source": "demo"})
    with clock.travel_to(start):
        uc.suspend(uc.who_of(cp), t.pk, "work", on=start, note="Interimcontract van 6 weken bij een distributiecentrum")


def _closed_outflow(cp, person, today):  # noqa: ANN001, ANN202
    """Found lasting work four months ago: the register ends the job-seeker spell the day before the contract and shows
    the employment from then on (so no later file treats the person as a job seeker), and the counsellor closes the
    trajectory the day the contract starts (the page's dates and the history's agree)."""
    from werkregie.people.enums import JOBSEEKER_KINDS, StatusKind
    from werkregie.people.models import StatusEpisode

    from . import use_cases as uc

    t = _start(cp, person, today - relativedelta(months=8))
    _agreement(cp, t, today - relativedelta(months=7), _steps(today - relativedelta(months=7), person))
    hired = today - relativedelta(months=4)
    StatusEpisode.objects.filter(person=person, kind__in=JOBSEEKER_KINDS, start__lt=hired, end__isnull=True).update(end=hired - dt.timedelta(days=1))
    StatusEpisode.objects.filter(person=person, kind__in=JOBSEEKER_KINDS, start__gte=hired).delete()
    StatusEpisode.objects.get_or_create(person=person, kind=StatusKind.EMPLOYED, start=hired, defaults={"source": "demo"})
    with clock.travel_to(dt.datetime.combine(hired, dt.time(16), clock.BRUSSELS)):
        uc.close(uc.who_of(cp), t.pk, "lasting_work", on=hired, note=f"Vast contract als magazijnier vanaf {hired:%d/%m/%Y}")


def _follow_up(cp, person, today):  # noqa: ANN001, ANN202
    t = _start(cp, person, today - relativedelta(months=2), kind="follow_up")
    _agreement(cp, t, today - relativedelta(months=2), [
        {"kind": "applications", "title": "Zelf solliciteren, minstens 2 keer per maand via het platform", "due_on": today + dt.timedelta(days=40),
         "applications_required": 2}], title="Opvolgplan")


def _citizen(cp, pp, person, today):  # noqa: ANN001, ANN202
    """Sofie: accepted sheet with one step done, one due soon, and a new version (a Dutch course added) to accept."""
    from . import use_cases as uc

    # after her screening, as a counsellor works (walk of issue 16: the sheet accepted on 01/10, the screening decided
    # on 23/10): a quarter of the time since for the talk that makes the sheet, another till the info session's proof
    start = _after_screening(person, today) or today - relativedelta(months=3)
    quarter = (today - start) / 4
    t = _start(cp, person, start)
    with clock.travel_to(start + quarter):
        a = uc.create_agreement(cp, t.pk, title="Afsprakenblad", notes="Afgesproken in het gesprek van vandaag in Gent.")
        for data in ({"kind": "applications", "title": "Solliciteer voor 5 vacatures via het platform", "due_on": today + dt.timedelta(days=6),
                      "applications_required": 5},
                     {"kind": "training", "title": _citizen_info_session(person), "due_on": today + dt.timedelta(days=20),
                      "evidence_kind": "upload"}):
            a.refresh_from_db()
            uc.add_step(cp, a.pk, a.version, data)
        a.refresh_from_db()
        a = uc.propose(cp, a.pk, a.version)
        a = uc.accept(pp, a.pk, a.version)
    with clock.travel_to(start + 2 * quarter):
        step = a.steps.get(kind="training")
        uc.submit_evidence(pp, step.pk, upload=SimpleUploadedFile("aanwezigheid-infosessie.pdf", PDF, content_type="application/pdf"),
                           note="Aanwezigheidsattest")
        step.refresh_from_db()
        uc.review_step(cp, step.pk, step.version, approve=True, note="Attest in orde")
    with clock.travel_to(today - dt.timedelta(days=1)):
        a.refresh_from_db()
        uc.add_step(cp, a.pk, a.version, _citizen_next_step(person, today))
        from .models import Agreement

        v2 = Agreement.objects.get(previous=a)
        uc.propose(cp, v2.pk, v2.version)


def _after_screening(person, today: dt.date) -> dt.date | None:  # noqa: ANN001
    """The day after the citizen's latest screening (the demo's screening history is in the register by now), when it
    leaves at least a month before today; else None. Read from the register: the domains never import the demo."""
    from werkregie.screening.models import Assessment

    latest = (Assessment.objects.filter(person=person, assessed_at__date__lte=today - relativedelta(months=1))
              .order_by("-assessed_at").values_list("assessed_at", flat=True).first())
    return latest.astimezone(clock.BRUSSELS).date() + dt.timedelta(days=1) if latest else None


FORKLIFT_OPERATOR = "forklift operator"


def _drove_a_forklift(person) -> bool:  # noqa: ANN001
    """Whether the citizen's profile holds a year or more as a forklift operator (matching.demo.demo_profiles): then a
    forklift course is done already (his EVC and training certificate say so: careers and credentials demos)."""
    from werkregie.matching.models import PersonExperience
    from werkregie.matching.platform import taxonomy

    forklift = next((o.uri for o in taxonomy().occupations if o.label("en") == FORKLIFT_OPERATOR), None)
    return PersonExperience.objects.filter(person=person, occupation_uri=forklift, years__gte=1).exists()


def _citizen_info_session(person) -> str:  # noqa: ANN001
    """Version 1's information step: on the training that is his next step (warehouse manager, the target the careers
    demo gives a forklift operator), not on the forklift course he followed years ago."""
    if _drove_a_forklift(person):
        return "Infosessie opleiding magazijnchef (leidinggeven in de logistiek) bijwonen"
    return "Infosessie heftruckopleiding bijwonen"


def _citizen_next_step(person, today: dt.date) -> dict:  # noqa: ANN001
    """What version 2 of the citizen's sheet adds: after the info session, the course it was about — for a forklift
    operator the warehouse manager's training, not a forklift course he holds a certificate and an EVC for (walk of
    issue 16); a Dutch course only for someone whose Dutch is below B2 (a native speaker was sent to a Dutch course)."""
    dutch = person.languages.filter(language="nl").values_list("level", flat=True).first()
    if dutch in (None, "native", "B2", "C1", "C2"):
        if _drove_a_forklift(person):
            return {"kind": "training", "title": "Opleiding magazijnchef: voorraadbeheer en leidinggeven (VDAB-competentiecentrum)",
                    "due_on": today + relativedelta(months=3), "evidence_kind": "training_result"}
        return {"kind": "training", "title": "Opleiding heftruckchauffeur met attest (VDAB-competentiecentrum)",
                "due_on": today + relativedelta(months=3), "evidence_kind": "training_result"}
    return {"kind": "language_course", "title": "Cursus Nederlands tot niveau B2 (Huis van het Nederlands)",
            "due_on": today + relativedelta(months=4), "cefr_target": "B2", "evidence_kind": "training_result"}


def _sick_with_mutuality(counsellor, today) -> int:  # noqa: ANN001
    """A long-term sick person linked to the demo partner's mutuality: the re-integration route (partner sees its step)."""
    from werkregie.access.purposes import Purpose
    from werkregie.accounts.models import User
    from werkregie.people.enums import StatusKind
    from werkregie.people.models import PartnerLink, Person, StatusEpisode
    from werkregie.workflows.services import PLATFORM

    from . import use_cases as uc

    partner = User.objects.filter(username="partner").first()
    if partner is None or partner.organisation_id is None:
        return 0
    current = StatusEpisode.objects.filter(person_id=OuterRef("pk"), kind=StatusKind.SICK, start__lte=today - dt.timedelta(days=45),
                                           start__gte=today - relativedelta(months=5)).filter(Q(end__isnull=True) | Q(end__gte=today))
    person = (Person.objects.filter(Exists(current), team=counsellor.organisation, birth_date__gte=today - relativedelta(years=60))
              .order_by("pk").first()
              or Person.objects.filter(Exists(current), _team_region(counsellor), birth_date__gte=today - relativedelta(years=60)).order_by("pk").first())
    if person is None:
        return 0
    person.counsellor, person.team = counsellor, counsellor.organisation
    person.save(update_fields=["counsellor", "team", "updated_at"])
    start = StatusEpisode.objects.filter(person=person, kind=StatusKind.SICK).order_by("-start").values_list("start", flat=True).first()
    if not PartnerLink.objects.filter(person=person, organisation_id=partner.organisation_id, purpose=Purpose.SICKNESS_REINTEGRATION).exists():
        PartnerLink.objects.create(person=person, organisation_id=partner.organisation_id, purpose=Purpose.SICKNESS_REINTEGRATION, start=start)
    with clock.travel_to(start + dt.timedelta(days=40)):
        t = uc.start_sickness_route(PLATFORM, person.pk, mutuality_id=partner.organisation_id, sick_since=start)
        type(t).objects.filter(pk=t.pk).update(source="demo-sickness")
        a = t.agreements.first()
        a = uc.accept_on_paper(_principal(counsellor), a.pk, a.version, "Besproken met de TNW-coördinator van het ziekenfonds")
    return 1


def _newcomer(counsellor, today) -> int:  # noqa: ANN001
    """A recent newcomer (not Belgian, newcomer status) with the integration agency's trajectory and the Dutch course."""
    from werkregie.access.purposes import Purpose
    from werkregie.organisations.models import Organisation, PartnerType
    from werkregie.people.enums import StatusKind
    from werkregie.people.models import PartnerLink, Person, StatusEpisode
    from werkregie.workflows.services import PLATFORM

    from . import use_cases as uc
    from .models import Trajectory

    agency = Organisation.objects.filter(partner_type=PartnerType.INTEGRATION_AGENCY).first()
    current = StatusEpisode.objects.filter(person_id=OuterRef("pk"), kind=StatusKind.NEWCOMER, start__lte=today).filter(
        Q(end__isnull=True) | Q(end__gte=today))
    busy = _current_episodes().filter(kind__in=(StatusKind.SICK, StatusKind.EMPLOYED))
    candidates = Person.objects.filter(Exists(current)).exclude(Exists(busy)).exclude(nationality="BE").exclude(
        pk__in=Trajectory.objects.exclude(state="closed").values("person_id")).order_by("pk")
    person = candidates.filter(_team_region(counsellor)).first()
    if person is None:
        return 0
    person.counsellor, person.team = counsellor, counsellor.organisation
    person.save(update_fields=["counsellor", "team", "updated_at"])
    start = StatusEpisode.objects.filter(person=person, kind=StatusKind.NEWCOMER).order_by("-start").values_list("start", flat=True).first()
    if agency is not None and not PartnerLink.objects.filter(person=person, organisation=agency).exists():
        PartnerLink.objects.create(person=person, organisation=agency, purpose=Purpose.INTEGRATION_TRAJECTORY, start=start)
    with clock.travel_to(max(start, today - relativedelta(months=6))):
        t = uc.start_newcomer_route(PLATFORM, person.pk, agency_id=agency.pk if agency else None, started_on=clock.today())
        Trajectory.objects.filter(pk=t.pk).update(source="demo-newcomer")
        a = t.agreements.first()
        a = uc.propose(_principal(counsellor), a.pk, a.version)
    if a.deadline and a.deadline < today - dt.timedelta(days=OVERDUE_AT_MOST_DAYS):
        # a route that began months ago: the newcomer signed it then, not left unaccepted for half a year (walk of issue
        # 16: "Afspraak over tijd, uiterlijk 15/06/2026" on 1 December)
        with clock.travel_to(a.deadline - dt.timedelta(days=3)):
            uc.accept_on_paper(_principal(counsellor), a.pk, a.version, "Inburgeringstraject besproken en ondertekend in het kantoor")
    return 1


OVERDUE_AT_MOST_DAYS = 42  # as agreement_history: a late acceptance is a few weeks late, not months


def _principal(user):  # noqa: ANN001, ANN202
    from werkregie.accounts.principal import Principal

    return Principal.for_session(user)
