"""Community service in the platform: eligible persons per role (logged), proposals, the assignment's workflow with its
messages and the compliance case of a refusal, hours against the limits, allowance, the sweep (time travel), optimistic
locking of activities, exemptions and the database's own guards."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkregie.access.models import AccessLogEntry
from werkregie.access.purposes import Purpose
from werkregie.community import perms
from werkregie.community import use_cases as uc
from werkregie.community.models import Activity, Assignment, Attendance
from werkregie.community.sweeps import sweep
from werkregie.core import clock
from werkregie.core.errors import Forbidden, InvalidInput, NotFound
from werkregie.messaging.models import Message
from werkregie.workflows.models import TransitionLog
from werkregie.workflows.services import StaleVersion
from werkregie.worklist.models import Task

from . import community_support as cs
from . import factories as f


@pytest.fixture
def w(db):
    with clock.travel_to(cs.TODAY):
        yield cs.world()


def P(user):  # noqa: ANN001, ANN201, N802
    return f.principal(user)


def names(rows) -> set[str]:  # noqa: ANN001
    return {r.person.last_name for r in rows}


def started(w, person="long1", on=dt.date(2026, 1, 5), activity="library") -> Assignment:  # noqa: ANN001
    with clock.travel_to(on):
        a = uc.propose(P(w["counsellor"]), w[person].pk, w[activity].pk)
        uc.transition(P(w["counsellor"]), a.pk, "accept")
        return uc.transition(P(w["municipality"]), a.pk, "start")


def test_eligible_persons_per_role_each_logged(w):
    counsellor = uc.eligible_persons(P(w["counsellor"]), "community_service")
    assert names(counsellor) == {"Aerts", "Bosmans"}  # not the short-term, the sick, or someone outside the caseload
    assert {r.eligibility.months_searching for r in counsellor} == {33, 42}
    log = AccessLogEntry.objects.filter(person_id=w["long1"].pk, what__startswith="gemeenschapsdienst: in aanmerking")
    assert log.count() == 1 and log.get().purpose == Purpose.GUIDANCE
    municipality = uc.eligible_persons(P(w["municipality"]), "community_service")
    assert names(municipality) == {"Hermans"}  # its own leefloon client, searching for 3 years
    assert AccessLogEntry.objects.get(person_id=w["client"].pk, actor_role="municipality").purpose == Purpose.LEEFLOON_ACTIVATION
    assert names(uc.eligible_persons(P(w["admin"]), "community_service", municipality=cs.GENT)) == {"Aerts", "Bosmans", "Goossens", "Hermans"}
    assert names(uc.eligible_persons(P(w["counsellor"]), "wijk_werken")) == {"Aerts", "Bosmans", "Claes"}  # no minimum duration
    with pytest.raises(Forbidden):
        uc.eligible_persons(P(f.user("controller")), "community_service")


def test_proposal_messages_the_person_and_shows_the_person_to_the_host(w):
    with clock.travel_to(cs.TODAY):
        a = uc.propose(P(w["counsellor"]), w["long1"].pk, w["library"].pk)
    assert a.state == "proposed" and a.kind == "community_service" and a.proposed_by == w["counsellor"]
    message = Message.objects.get(related_workflow="community_assignment", related_id=a.pk)
    assert message.template_key == "community.proposed" and message.legal and "Hulp in de schoolbibliotheek" in message.body
    assert TransitionLog.objects.get(workflow="community_assignment", object_id=a.pk).to_state == "proposed"
    host = P(w["municipality"])
    assert perms.persons_visible(host).filter(pk=w["long1"].pk).exists()
    assert not perms.persons_visible(P(w["other_municipality"])).filter(pk=w["long1"].pk).exists()
    with clock.travel_to(cs.TODAY):
        assert [x.pk for x in uc.list_assignments(host)] == [a.pk]
        assert uc.list_assignments(P(w["other_municipality"])) == []
    entry = AccessLogEntry.objects.get(person_id=w["long1"].pk, actor_role="municipality")
    assert entry.purpose == perms.COMMUNITY_PURPOSE and entry.what.startswith("gemeenschapsdienst: toewijzingen")
    with pytest.raises(NotFound):
        uc.assignment_detail(P(w["other_municipality"]), a.pk)


def test_proposals_are_refused_when_not_eligible_full_or_double(w):
    counsellor = P(w["counsellor"])
    with clock.travel_to(cs.TODAY):
        with pytest.raises(InvalidInput) as refused:
            uc.propose(counsellor, w["short"].pk, w["library"].pk)
        assert "te kort werkzoekend" in refused.value.errors[0].message
        with pytest.raises(InvalidInput, match="niet gemaakt"):
            uc.propose(counsellor, w["sick"].pk, w["library"].pk)
        with pytest.raises(NotFound):
            uc.propose(counsellor, w["outside"].pk, w["library"].pk)  # not in the caseload
        uc.propose(counsellor, w["long1"].pk, w["library"].pk)
        with pytest.raises(InvalidInput) as double:
            uc.propose(counsellor, w["long1"].pk, w["library"].pk)
        assert double.value.errors[0].field == "person_id"
        small = cs.activity(w["gent"], capacity=1, title="Klein")
        uc.propose(counsellor, w["long2"].pk, small.pk)
        admin = P(w["admin"])
        with pytest.raises(InvalidInput) as full:
            uc.propose(admin, w["outside"].pk, small.pk)
        assert "volzet" in full.value.errors[0].message
    # the host municipality may not propose someone it sees only through an assignment
    with clock.travel_to(cs.TODAY), pytest.raises(NotFound):
        uc.propose(P(w["municipality"]), w["long1"].pk, small.pk)


def test_the_whole_assignment_with_hours_allowance_and_sweep(w):
    a = started(w)
    assert a.state == "active" and a.started_on == dt.date(2026, 1, 5) and a.ends_by == dt.date(2026, 7, 4) and a.deadline == a.ends_by
    assert Message.objects.filter(related_id=a.pk, template_key="community.started").exists()
    host = P(w["municipality"])
    with clock.travel_to(dt.date(2026, 3, 10)):
        week = {d.isoformat(): "8" for d in uc.week_of(dt.date(2026, 2, 2))[:4]}  # 32 hours in the first week of February
        assert uc.record_hours(host, a.pk, week) == []  # exactly the minimum
        uc.record_hours(host, a.pk, {"2026-02-09": "8", "2026-02-10": "8", "2026-02-11": "8", "2026-02-12": "8"})  # 64
        with pytest.raises(InvalidInput) as over:
            uc.record_hours(host, a.pk, {"2026-02-13": "0,5"})
        assert "maandmaximum van 64 uur" in over.value.detail and over.value.errors[0].field == "hours.2026-02-13"
        uc.record_hours(host, a.pk, {"2026-02-12": "7,5"})  # a correction lowers the day
        warnings = uc.record_hours(host, a.pk, {"2026-03-02": "4"})
        assert warnings == []  # March is in progress on 10/03: never under the minimum yet (walk of stop 29)
        with pytest.raises(Forbidden):
            uc.record_hours(P(w["counsellor"]), a.pk, {"2026-03-03": "4"})  # the counsellor reads, the host records
        with pytest.raises(InvalidInput, match="toekomst"):
            uc.record_hours(host, a.pk, {"2026-03-11": "4"})
        view = uc.assignment_detail(P(w["counsellor"]), a.pk)
    feb, mar = view.months
    assert (feb.hours, feb.allowance) == (Decimal("63.5"), Decimal("82.55")) and (mar.hours, mar.allowance) == (Decimal(4), Decimal("5.20"))
    # the night after March: March stayed under the minimum → one task; January was not a whole month of the assignment
    with clock.travel_to(dt.date(2026, 4, 1)):
        first = sweep(dt.date(2026, 4, 1))
        again = sweep(dt.date(2026, 4, 1))
    assert first["tasks_created"] == 1 and again == {"completed": 0, "tasks_created": 0, "tasks_updated": 0}
    task = Task.objects.get(person_id=w["long1"].pk)
    assert task.key == f"community:{a.pk}:2026-03:under_minimum" and task.kind == "community_assignment" and task.due_on == dt.date(2026, 4, 14)
    assert task.counsellor_id == w["counsellor"].pk
    # the day after the maximum duration the sweep completes it, once
    with clock.travel_to(dt.date(2026, 7, 4)):
        assert sweep(dt.date(2026, 7, 4))["completed"] == 0
    with clock.travel_to(dt.date(2026, 7, 5)):
        result = sweep(dt.date(2026, 7, 5))
        assert result["completed"] == 1 and sweep(dt.date(2026, 7, 5))["completed"] == 0
    a.refresh_from_db()
    assert a.state == "completed" and a.ended_on == dt.date(2026, 7, 4)
    log = TransitionLog.objects.filter(workflow="community_assignment", object_id=a.pk).order_by("at", "id")
    assert [x.to_state for x in log] == ["proposed", "accepted", "active", "completed"] and log.last().actor_role == "system"
    completed = Message.objects.get(related_id=a.pk, template_key="community.completed")
    assert "67,5" in completed.body
    # hours after the end are refused; a late correction inside the period is still possible
    with clock.travel_to(dt.date(2026, 7, 10)):
        with pytest.raises(InvalidInput, match="maximale duur"):
            uc.record_hours(host, a.pk, {"2026-07-06": "4"})
        uc.record_hours(host, a.pk, {"2026-07-03": "4"})


def test_refusal_without_good_reason_opens_a_compliance_case(w):
    from werkregie.compliance.models import Case

    with clock.travel_to(cs.TODAY):
        a = uc.propose(P(w["counsellor"]), w["long1"].pk, w["library"].pk)
        with pytest.raises(InvalidInput):
            uc.transition(P(w["counsellor"]), a.pk, "refuse", reason="wil niet")  # good or not must be said
        with pytest.raises(InvalidInput):
            uc.transition(P(w["counsellor"]), a.pk, "refuse", good_reason=False)  # a reason is required
        refused = uc.transition(P(w["counsellor"]), a.pk, "refuse", reason="Heeft geen zin in vrijwilligerswerk", good_reason=False)
    case = Case.objects.get(source_workflow="community_assignment", source_id=a.pk)
    assert refused.state == "refused" and refused.compliance_case_id == case.pk and case.person_id == w["long1"].pk
    assert case.infringement == "community_service_refused"
    with clock.travel_to(cs.TODAY):
        b = uc.propose(P(w["counsellor"]), w["long2"].pk, w["library"].pk)
        uc.transition(P(w["counsellor"]), b.pk, "refuse", reason="Medisch attest voorgelegd", good_reason=True)
        assert not Case.objects.filter(source_id=b.pk, source_workflow="community_assignment").exists()
        # a place is free again, and the person can be proposed anew
        again = uc.propose(P(w["counsellor"]), w["long2"].pk, w["library"].pk)
        assert again.state == "proposed"


def test_transitions_follow_the_table_and_the_version(w):
    with clock.travel_to(cs.TODAY):
        a = uc.propose(P(w["counsellor"]), w["long1"].pk, w["library"].pk)
        with pytest.raises(InvalidInput, match="kan niet"):
            uc.transition(P(w["municipality"]), a.pk, "complete")
        with pytest.raises(StaleVersion):
            uc.transition(P(w["municipality"]), a.pk, "accept", expected_version=a.version + 5)
        a = uc.transition(P(w["municipality"]), a.pk, "accept", expected_version=a.version)
        stopped = uc.transition(P(w["municipality"]), a.pk, "withdraw", reason="Persoon vond werk")
    assert stopped.state == "withdrawn" and stopped.end_reason == "Persoon vond werk"


def test_activity_start_limited_by_the_activity_end_and_stop_with_reason(w):
    short = cs.activity(w["gent"], end=dt.date(2026, 2, 28), title="Winterhulp")
    a = started(w, activity="library")
    with clock.travel_to(dt.date(2026, 1, 5)):
        b = uc.propose(P(w["counsellor"]), w["long2"].pk, short.pk)
        uc.transition(P(w["counsellor"]), b.pk, "accept")
        b = uc.transition(P(w["counsellor"]), b.pk, "start")
    assert b.ends_by == dt.date(2026, 2, 28)
    with clock.travel_to(dt.date(2026, 2, 2)):
        stopped = uc.transition(P(w["municipality"]), a.pk, "stop", reason="Komt niet meer opdagen")
    assert stopped.state == "stopped" and stopped.ended_on == dt.date(2026, 2, 2)
    assert Message.objects.filter(related_id=a.pk, template_key="community.stopped").exists()


def test_activities_with_optimistic_locking(w):
    host = P(w["municipality"])
    data = {"kind": "wijk_werken", "title": "Klusjes bij ouderen", "host_name": "Stad Gent", "host_kind": "local_authority",
            "address": "Botermarkt 1", "municipality": cs.GENT, "hours_per_week": "6,5", "capacity": "4", "start": "01/04/2026",
            "description": "Kleine klussen"}
    with clock.travel_to(cs.TODAY):
        activity = uc.create_activity(host, data)
        assert activity.owner == w["gent"] and activity.hours_per_week == Decimal("6.5") and activity.start == dt.date(2026, 4, 1)
        with pytest.raises(InvalidInput) as bad:
            uc.create_activity(host, {**data, "capacity": "0", "end": "01/01/2026", "municipality": "99999", "hours_per_week": "abc"})
        assert {e.field for e in bad.value.errors} == {"capacity", "end", "municipality", "hours_per_week"}
        first = uc.update_activity(host, activity.pk, {"capacity": 5}, expected_version=1)
        with pytest.raises(StaleVersion) as stale:
            uc.update_activity(host, activity.pk, {"capacity": 6}, expected_version=1)
        assert stale.value.current_version == 2 == first.version
        with pytest.raises(NotFound):
            uc.update_activity(P(w["other_municipality"]), activity.pk, {"capacity": 6}, expected_version=2)
        with pytest.raises(Forbidden):
            uc.create_activity(P(w["counsellor"]), data)
        assert {v.activity.pk for v in uc.list_activities(P(w["other_municipality"]))} == {w["park"].pk}
        assert activity.pk in {v.activity.pk for v in uc.list_activities(P(w["counsellor"]))}  # no personal data
        admin_made = uc.create_activity(P(w["admin"]), data)
        assert admin_made.owner.municipality_id == cs.GENT
    assert Activity.objects.get(pk=activity.pk).capacity == 5


def test_exemption_makes_a_person_ineligible(w):
    with clock.travel_to(cs.TODAY):
        with pytest.raises(InvalidInput) as bad:
            uc.record_exemption(P(w["counsellor"]), w["long1"].pk, {"reason": "nonsense", "note": ""})
        assert {e.field for e in bad.value.errors} == {"reason", "note"}
        uc.record_exemption(P(w["counsellor"]), w["long1"].pk, {"reason": "not_suited", "note": "Volgt eerst een taalcursus"})
        assert names(uc.eligible_persons(P(w["counsellor"]), "community_service")) == {"Bosmans"}
        assert uc.eligibility_of(w["long1"].pk, "community_service").reasons == ("exempted",)
        with pytest.raises(NotFound):
            uc.record_exemption(P(w["municipality"]), w["client"].pk, {"reason": "care", "note": "Mantelzorg"})


def test_database_guards_hours_and_dates(w):
    a = started(w)
    row = {"assignment": a, "person": a.person, "kind": a.kind, "recorded_at": clock.now()}
    for hours in (Decimal(0), Decimal(-1), Decimal(25)):
        with pytest.raises(IntegrityError), transaction.atomic():
            Attendance.objects.create(day=dt.date(2026, 2, 2), hours=hours, **row)
    Attendance.objects.create(day=dt.date(2026, 2, 2), hours=Decimal(4), **row)
    with pytest.raises(IntegrityError), transaction.atomic():
        Attendance.objects.create(day=dt.date(2026, 2, 2), hours=Decimal(4), **row)
    with pytest.raises(IntegrityError), transaction.atomic():
        cs.activity(w["gent"], start=dt.date(2026, 5, 1), end=dt.date(2026, 4, 1))
    with pytest.raises(IntegrityError), transaction.atomic():
        Assignment.objects.filter(pk=a.pk).update(ends_by=dt.date(2025, 1, 1))
    with pytest.raises(IntegrityError), transaction.atomic():
        Assignment.objects.create(activity=w["library"], person=a.person, kind=a.kind, proposed_on=cs.TODAY, state="proposed")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(attempts=st.lists(st.tuples(st.integers(0, 60), st.decimals(min_value=0, max_value=24, places=1)), min_size=1, max_size=25))
def test_registered_hours_never_exceed_the_monthly_maximum(w, attempts):
    a = Assignment.objects.filter(person=w["long1"], state="active").first() or started(w)
    host = P(w["municipality"])
    with transaction.atomic():
        with clock.travel_to(dt.date(2026, 3, 10)):
            for offset, hours in attempts:
                try:
                    uc.record_hours(host, a.pk, {(dt.date(2026, 1, 5) + dt.timedelta(days=offset)).isoformat(): str(hours)})
                except InvalidInput:
                    pass
        per_month: dict = {}
        for row in Attendance.objects.filter(person=w["long1"]):
            per_month[(row.day.year, row.day.month)] = per_month.get((row.day.year, row.day.month), 0) + row.hours
            assert 0 < row.hours <= 24
        assert all(total <= 64 for total in per_month.values())
        transaction.set_rollback(True)


def test_the_kind_of_an_activity_with_assignments_is_fixed_and_its_end_bounds_the_hours(w):
    a = started(w)
    host = P(w["municipality"])
    with clock.travel_to(dt.date(2026, 2, 20)):
        with pytest.raises(InvalidInput) as fixed:
            uc.update_activity(host, w["library"].pk, {"kind": "wijk_werken"}, expected_version=1)
        assert fixed.value.errors[0].field == "kind"
        uc.update_activity(host, w["library"].pk, {"end": "2026-02-15"}, expected_version=1)  # the school stops early
        with pytest.raises(InvalidInput, match="maximale duur"):
            uc.record_hours(host, a.pk, {"2026-02-16": "4"})
        uc.record_hours(host, a.pk, {"2026-02-13": "4"})
    with clock.travel_to(dt.date(2026, 2, 16)):
        assert sweep(dt.date(2026, 2, 16))["completed"] == 1
    a.refresh_from_db()
    assert a.state == "completed" and a.ended_on == dt.date(2026, 2, 15)


def test_messages_speak_the_persons_language(w):
    from werkregie.people.models import PersonLanguage

    PersonLanguage.objects.create(person=w["long2"], language="en", level="native")
    a = started(w, person="long2")
    started_message = Message.objects.get(related_id=a.pk, template_key="community.started")
    assert started_message.language == "en" and "Your community service" in started_message.body and "gemeenschapsdienst" not in started_message.body
    proposed = Message.objects.get(related_id=a.pk, template_key="community.proposed")
    assert proposed.language == "nl" and "gemeenschapsdienst" in proposed.body  # a message with legal effect: Dutch (language law)
