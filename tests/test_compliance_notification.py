"""Hearings only on working days; a sanction starts after the decision is deemed notified; a receipt for a written
defence. Rules with hypothesis, paths through time with the injected clock."""

import datetime as dt
import hashlib
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from werkregie.compliance import rules, services, use_cases
from werkregie.compliance.models import Case
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.core.workdays import is_working_day
from werkregie.messaging.deemed import deemed_on
from werkregie.messaging.models import Message

from . import compliance_support as cs
from . import factories

D = cs.START  # Monday 2 March 2026
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
DAYS = st.dates(min_value=dt.date(2016, 1, 1), max_value=dt.date(2040, 12, 31))


@pytest.fixture
def ctx(db):
    person = cs.jobseeker()
    citizen_user = factories.user("citizen", person=person)
    controller_user = factories.user("controller")
    return {"person": person, "citizen": factories.principal(citizen_user), "controller": factories.principal(controller_user),
            "controller_user": controller_user}


# ------------------------------------------------------------------------------------------------ hearings on working days

@hsettings(max_examples=400, deadline=None)
@given(DAYS)
def test_a_day_is_refused_exactly_when_it_is_no_working_day_and_the_next_working_day_is_proposed(day):
    refusal = services.not_a_workday(day)
    assert (refusal == "") == is_working_day(day)
    if refusal:
        assert day.strftime("%d/%m/%Y") in refusal
        proposed = dt.datetime.strptime(re.findall(r"\d\d/\d\d/\d{4}", refusal)[-1], "%d/%m/%Y").date()
        assert proposed > day and is_working_day(proposed)
        assert all(not is_working_day(day + dt.timedelta(days=n)) for n in range(1, (proposed - day).days))


@pytest.mark.parametrize(("day", "kind", "proposed"), [
    (dt.date(2026, 3, 14), "zaterdag", "16/03/2026"),   # Saturday → Monday
    (dt.date(2026, 3, 15), "zondag", "16/03/2026"),
    (dt.date(2026, 4, 6), "feestdag", "07/04/2026"),    # Easter Monday 2026
    (dt.date(2026, 5, 1), "feestdag", "04/05/2026"),    # 1 May, a Friday: the weekend is skipped too
])
def test_planning_a_hearing_on_a_weekend_or_public_holiday_is_refused_naming_the_date(ctx, day, kind, proposed):
    case = cs.open_case(ctx["person"])
    with clock.travel_to(cs.at(D)), pytest.raises(InvalidInput) as refused:
        use_cases.plan_hearing(ctx["controller"], case.pk, hearing_at=cs.at(day, 14), mode="in_person", place="VDAB Gent", version=case.version)
    [error] = refused.value.errors
    assert error.field == "hearing_at" and day.strftime("%d/%m/%Y") in error.message and kind in error.message and proposed in error.message
    case.refresh_from_db()
    assert case.state == "opened" and case.hearing_at is None and not Message.objects.filter(related_id=case.pk).exists()


def test_the_api_refuses_a_weekend_hearing_with_a_problem_naming_the_field(ctx):
    case = cs.open_case(ctx["person"])
    with clock.travel_to(cs.at(D)):
        response = Client().post(f"/api/v1/compliance/cases/{case.pk}/hearing", {
            "hearing_at": "2026-03-14T10:00:00+01:00", "mode": "phone", "place": "", "version": case.version},
            content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {factories.token(ctx['controller_user'])}")
    assert response.status_code == 422, response.content
    body = response.json()
    assert "14/03/2026" in str(body) and "16/03/2026" in str(body) and "hearing_at" in str(body)


def test_the_demo_plans_hearings_and_acts_on_working_days_only(db):
    from werkregie.accounts.models import Role
    from werkregie.compliance import demo
    from werkregie.organisations.models import OrganisationKind

    factories.user(Role.CONTROLLER, username="controleur")
    # guided by a counsellor: the demo's missed appointments are real appointments the counsellor convoked them to (N-M2)
    team = factories.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = factories.user(Role.COUNSELLOR, organisation=team, username="bemiddelaar")
    persons = [cs.jobseeker(team=team, counsellor=counsellor) for _ in range(24)]
    factories.user(Role.CITIZEN, username="burger", person=persons[0])
    assert demo.seed()["cases"] > 20
    hearings = [at.astimezone(clock.BRUSSELS).date() for at in Case.objects.exclude(hearing_at=None).values_list("hearing_at", flat=True)]
    assert hearings and all(is_working_day(day) for day in hearings), [d for d in hearings if not is_working_day(d)]
    assert all(is_working_day(day) for day in Case.objects.values_list("occurred_on", flat=True)), "missed appointments were on working days"
    decided = [at.astimezone(clock.BRUSSELS).date() for at in Case.objects.exclude(decided_at=None).values_list("decided_at", flat=True)]
    assert decided and all(is_working_day(day) for day in decided)


# ------------------------------------------------------------------------------------------------ sanction after notification

@hsettings(max_examples=300, deadline=None)
@given(st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2040, 12, 31)), st.sampled_from(["registered", "ebox", "inbox", "paper"]), st.one_of(st.none(), st.integers(min_value=-10, max_value=30)))
def test_a_sanction_never_starts_before_the_day_after_the_deemed_notification(dispatched, channel, offset):
    moment = dt.datetime.combine(dispatched, dt.time(10), tzinfo=clock.BRUSSELS)
    notified, _rule = deemed_on(channel, moment, moment)
    requested = notified + dt.timedelta(days=offset) if offset is not None else None
    for decision in ("suspension", "exclusion", "indefinite"):
        start = rules.sanction_start(decision, notified, requested)
        assert start > notified
        assert start == (max(notified + dt.timedelta(days=1), requested) if requested else notified + dt.timedelta(days=1))
    assert rules.sanction_start("warning", notified, requested) is None and rules.sanction_start("none", notified, requested) is None


def _to_decide(ctx, hearing_day=dt.date(2026, 3, 12)):
    case = cs.open_case(ctx["person"])
    with clock.travel_to(cs.at(D)):
        case = use_cases.plan_hearing(ctx["controller"], case.pk, hearing_at=cs.at(hearing_day, 14), mode="in_person", place="VDAB Gent",
                                      version=case.version)
    with clock.travel_to(cs.at(hearing_day, 15)):
        return use_cases.record_hearing(ctx["controller"], case.pk, report="Verhoord; de persoon erkent de feiten.", version=case.version)


@pytest.mark.parametrize(("requested", "expected"), [
    (None, dt.date(2026, 3, 19)),                       # the day after the deemed notification
    (dt.date(2026, 3, 13), dt.date(2026, 3, 19)),       # the decision day itself: too early, moved
    (dt.date(2026, 3, 18), dt.date(2026, 3, 19)),       # the day of the deemed notification: still too early
    (dt.date(2026, 3, 19), dt.date(2026, 3, 19)),       # the first possible day
    (dt.date(2026, 3, 23), dt.date(2026, 3, 23)),       # a later day chosen by the controller stands
])
def test_the_sanction_starts_after_the_registered_letter_is_deemed_notified(ctx, requested, expected):
    """Decided on Friday 13/03/2026 by registered letter: deemed notified on the third working day after it was handed
    to the post (Wednesday 18/03), so the sanction starts on Thursday 19/03 at the earliest."""
    case = _to_decide(ctx)
    friday = dt.date(2026, 3, 13)
    with clock.travel_to(cs.at(friday)):
        case = use_cases.decide(ctx["controller"], case.pk, decision="suspension", weeks=4, motivation="De feiten staan vast na het verhoor.",
                                deviation_reason="Tweede keer binnen het jaar volgens het dossier.", sanction_start=requested, version=case.version)
    letter = Message.objects.get(pk=case.decision_message_id)
    assert letter.channel == "registered" and letter.deemed_notified_on == dt.date(2026, 3, 18)
    assert case.state == "notified" and case.decision_notified_on == dt.date(2026, 3, 18)
    assert case.sanction_start == expected and case.sanction_start_requested == requested
    assert "dag nadat deze beslissing geacht wordt u bereikt te hebben" in letter.body
    # shown to the controller and to the citizen
    controller, citizen = Client(), Client()
    controller.force_login(ctx["controller_user"])
    citizen.force_login(ctx["citizen"].user)
    with clock.travel_to(cs.at(dt.date(2026, 3, 20))):
        for page in (controller.get(f"/controle/dossiers/{case.pk}/"), citizen.get(f"/mijn-dossier/{case.pk}/")):
            assert page.status_code == 200 and expected.strftime("%d/%m/%Y") in page.content.decode()


def test_before_the_notification_the_start_is_not_yet_known_and_a_warning_has_none(ctx):
    case = _to_decide(ctx)
    with clock.travel_to(cs.at(dt.date(2026, 3, 13))):
        # stop 28 (attack): a start sent with a warning is refused, not dropped without a word
        with pytest.raises(InvalidInput) as caught:
            use_cases.decide(ctx["controller"], case.pk, decision="warning", motivation="Eerste keer; verwittiging volgens de regel.",
                             sanction_start=dt.date(2026, 3, 30), version=case.version)
        assert [e.field for e in caught.value.errors] == ["sanction_start"]
        case = use_cases.decide(ctx["controller"], case.pk, decision="warning", motivation="Eerste keer; verwittiging volgens de regel.",
                                version=case.version)
    assert case.state == "notified" and case.sanction_start is None and case.sanction_start_requested is None
    unsent = Case(decision="suspension", decision_weeks=4)
    assert unsent.is_sanction and unsent.sanction_start is None


# ------------------------------------------------------------------------------------------------ receipt of a defence

@pytest.mark.parametrize("waive", [True, False])
def test_a_written_defence_gets_a_receipt_through_the_outbox_with_the_hashes(ctx, waive):
    case = cs.open_case(ctx["person"])
    with clock.travel_to(cs.at(D)):
        case = use_cases.plan_hearing(ctx["controller"], case.pk, hearing_at=cs.at(dt.date(2026, 3, 12), 14), mode="in_person", place="VDAB Gent",
                                      version=case.version)
    text = "Ik was die dag ziek; het attest van de huisarts zit erbij."
    with clock.travel_to(cs.at(dt.date(2026, 3, 5), 16)):
        case = use_cases.respond(ctx["citizen"], case.pk, text=text, files=[SimpleUploadedFile("attest.pdf", PDF, "application/pdf")],
                                 version=case.version, waive_hearing=waive)
    receipt = Message.objects.get(related_workflow="compliance_case", related_id=case.pk, template_key="compliance.defence_received")
    assert receipt.person_id == ctx["person"].pk and len(receipt.sha256) == 64
    assert hashlib.sha256(text.encode("utf-8")).hexdigest() in receipt.body
    assert "attest.pdf" in receipt.body and hashlib.sha256(PDF).hexdigest() in receipt.body and "05/03/2026 16:00" in receipt.body
    assert receipt.created_at is not None and receipt.dispatched_at is not None, "sent and dispatched like every message (evidence)"
    assert case.state == ("to_decide" if waive else "hearing_planned")


def test_a_refused_defence_sends_no_receipt(ctx):
    case = cs.open_case(ctx["person"])
    with clock.travel_to(cs.at(D)):
        case = use_cases.plan_hearing(ctx["controller"], case.pk, hearing_at=cs.at(dt.date(2026, 3, 12), 14), mode="written", version=case.version)
    with clock.travel_to(cs.at(dt.date(2026, 3, 5))), pytest.raises(InvalidInput):
        use_cases.respond(ctx["citizen"], case.pk, text="kort", version=case.version)
    assert not Message.objects.filter(template_key="compliance.defence_received").exists()
