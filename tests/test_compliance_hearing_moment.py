"""Issue 11 walk: a hearing was planned at 03:00 the next day, before the invitation was even deemed delivered. A
hearing is held within the office hours (parameter hearing_hours) and at least the minimum notice (term
compliance_hearing_notice) after the day the invitation is deemed notified by the person's channel."""

import datetime as dt

import pytest
from django.test import Client

from werkregie.compliance import rules, use_cases
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.messaging.deemed import deemed_on, expected_on
from werkregie.messaging.models import Message
from werkregie.workflows.deadlines import term

from . import compliance_support as cs
from . import factories

D = cs.START  # Monday 2 March 2026


@pytest.fixture
def ctx(db):
    person = cs.jobseeker()
    controller_user = factories.user("controller")
    return {"person": person, "controller": factories.principal(controller_user), "controller_user": controller_user}


def _refusal(ctx, hearing_at, mode="phone"):
    case = cs.open_case(ctx["person"])
    with clock.travel_to(cs.at(D)), pytest.raises(InvalidInput) as refused:
        use_cases.plan_hearing(ctx["controller"], case.pk, hearing_at=hearing_at, mode=mode, version=case.version)
    case.refresh_from_db()
    assert case.state == "opened" and not Message.objects.filter(related_id=case.pk).exists()
    [error] = refused.value.errors
    assert error.field == "hearing_at"
    return error.message


def test_the_parameters_carry_their_source_and_uncertainty():
    notice = term("compliance_hearing_notice", D)
    assert notice.value == 7 and notice.unit == "days" and "25 november 1991" in str(notice.reference) and notice.uncertainty
    assert rules.hearing_hours(D) == (dt.time(8, 30), dt.time(17))


def test_a_hearing_at_night_the_next_day_is_refused(ctx):
    message = _refusal(ctx, dt.datetime(2026, 3, 3, 3, 0, tzinfo=clock.BRUSSELS))
    assert "08:30" in message and "17:00" in message


def test_a_hearing_outside_the_office_hours_is_refused_even_late_enough(ctx):
    assert "kantooruren" in _refusal(ctx, dt.datetime(2026, 3, 20, 17, 30, tzinfo=clock.BRUSSELS))
    assert "kantooruren" in _refusal(ctx, dt.datetime(2026, 3, 20, 8, 0, tzinfo=clock.BRUSSELS))


def test_a_past_or_same_day_hearing_must_lie_after_today(ctx):
    assert _refusal(ctx, cs.at(D - dt.timedelta(days=1))) == "Het verhoor moet na vandaag liggen."
    assert _refusal(ctx, cs.at(D, 15)) == "Het verhoor moet na vandaag liggen."


def test_a_hearing_before_the_minimum_notice_after_the_deemed_notification_names_the_earliest_day(ctx):
    sent = cs.at(D)
    notified, _rule = deemed_on("registered", sent, sent)  # no eBox, no consent: a registered letter
    earliest = rules.earliest_hearing_day(notified)
    assert notified == dt.date(2026, 3, 5) and earliest == dt.date(2026, 3, 12)
    with clock.travel_to(sent):
        assert expected_on(ctx["person"].pk, legal=True) == notified
    message = _refusal(ctx, cs.at(earliest - dt.timedelta(days=1)))
    assert "12/03/2026" in message and "05/03/2026" in message
    case = cs.open_case(ctx["person"])
    with clock.travel_to(sent):
        case = use_cases.plan_hearing(ctx["controller"], case.pk, hearing_at=cs.at(earliest, 9), mode="phone", version=case.version)
    assert case.state == "hearing_planned"


def test_the_api_names_the_earliest_day_too(ctx):
    case = cs.open_case(ctx["person"])
    with clock.travel_to(cs.at(D)):
        response = Client().post(f"/api/v1/compliance/cases/{case.pk}/hearing", {
            "hearing_at": "2026-03-03T03:00:00+01:00", "mode": "phone", "place": "", "version": case.version},
            content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {factories.token(ctx['controller_user'])}")
        assert response.status_code == 422 and "hearing_at" in str(response.json())
        response = Client().post(f"/api/v1/compliance/cases/{case.pk}/hearing", {
            "hearing_at": "2026-03-11T10:00:00+01:00", "mode": "phone", "place": "", "version": case.version},
            content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {factories.token(ctx['controller_user'])}")
    assert response.status_code == 422 and "12/03/2026" in str(response.json())


def test_a_hearing_after_the_response_term_is_refused(db):
    """Attack of issue 11: a hearing on 31/12/9999 was planned and invited to; the case goes to "to decide" when the
    response term ends, so the hearing must lie within it."""
    controller = factories.principal(factories.user(cs.Role.CONTROLLER))
    case = cs.open_case(cs.jobseeker())
    with clock.travel_to(cs.at(cs.START + dt.timedelta(days=1))):
        for far in (dt.datetime(9999, 12, 30, 10, 0, tzinfo=dt.timezone.utc), cs.at(cs.hearing_day(cs.START + dt.timedelta(days=1)) + dt.timedelta(days=122), 10)):
            with pytest.raises(InvalidInput) as refused:
                use_cases.plan_hearing(controller, case.pk, hearing_at=far, mode="phone", version=case.version)
            assert "termijn voor verweer" in str(refused.value.errors[0].message)
        case.refresh_from_db()
        assert case.state == "opened"
