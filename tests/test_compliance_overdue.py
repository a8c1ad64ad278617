"""A decided case is not "over time" in the controller's list: its hearing term is over and dealt with, and the appeal
term starts only at the deemed notification of the decision (regression: the list, its filter and the API showed it
as overdue because the decision kept the hearing's expired deadline)."""

import datetime as dt

import pytest
from django.test import Client

from werkregie.compliance import case_views, services, use_cases
from werkregie.compliance.models import Case
from werkregie.core import clock

from . import compliance_support as cs
from . import factories as f

D = cs.START


@pytest.fixture
def ctx(db, monkeypatch):
    controller_user = f.user(cs.Role.CONTROLLER)
    principal = f.principal(controller_user)
    person = cs.jobseeker()
    case = cs.open_case(person)
    with clock.travel_to(cs.at(D + dt.timedelta(days=1))):
        case = use_cases.plan_hearing(principal, case.pk, hearing_at=cs.at(cs.hearing_day(D + dt.timedelta(days=1)), 14), mode="in_person",
                                      place="VDAB Gent", version=case.version)
        Case.objects.filter(pk=case.pk).update(deadline=D + dt.timedelta(days=12))  # the response term, as sync_notifications sets it
        case.refresh_from_db()
    with clock.travel_to(cs.at(D + dt.timedelta(days=14))):
        services.sweep_cases(D + dt.timedelta(days=14))  # the term expired: to decide
        case.refresh_from_db()
        assert case.state == "to_decide"
        # the decision's letter is not dispatched yet (the runner works later): its deemed notification is not known
        monkeypatch.setattr(services, "sync_notifications", lambda case_ids=None: {})
        case = use_cases.decide(principal, case.pk, decision=case.proposed_decision, weeks=case.proposed_weeks,
                                motivation="De feiten staan vast na het verhoor.", version=case.version)
    return {"case": case, "user": controller_user, "principal": principal}


def test_a_decided_case_is_not_overdue_in_the_list_the_filter_or_the_api(ctx):
    case, day = ctx["case"], D + dt.timedelta(days=20)
    assert case.state == "decided"
    assert not case.overdue(day)
    with clock.travel_to(cs.at(day)):
        listed = case_views.list_cases(ctx["principal"], state="decided")
        assert [c.pk for c in listed.items] == [case.pk]
        assert listed.items[0].is_overdue is False
        assert case_views.list_cases(ctx["principal"], overdue=True).count == 0
        page = Client()
        page.force_login(ctx["user"])
        html = page.get("/controle/dossiers/?state=decided").content.decode()
        assert f"#{case.pk}" in html and "badge missing" not in html
        response = Client().get(f"/api/v1/compliance/cases/{case.pk}", HTTP_AUTHORIZATION=f"Bearer {f.token(ctx['user'])}")
        assert response.status_code == 200, response.content
        assert response.json()["overdue"] is False


def _hearing_planned_with_term_to(day: dt.date):
    """A controller and a case with a hearing planned, its response term ending on `day` (as sync_notifications sets it)."""
    controller_user = f.user(cs.Role.CONTROLLER)
    principal = f.principal(controller_user)
    case = cs.open_case(cs.jobseeker())
    with clock.travel_to(cs.at(D + dt.timedelta(days=1))):
        case = use_cases.plan_hearing(principal, case.pk, hearing_at=cs.at(cs.hearing_day(D + dt.timedelta(days=1)), 14), mode="in_person",
                                      place="VDAB Gent", version=case.version)
    Case.objects.filter(pk=case.pk).update(deadline=day)
    return controller_user, principal, case


def test_a_planned_hearing_past_its_response_term_is_overdue(db):
    controller_user, principal, case = _hearing_planned_with_term_to(D + dt.timedelta(days=12))
    with clock.travel_to(cs.at(D + dt.timedelta(days=13))):
        listed = case_views.list_cases(principal, overdue=True)
        assert [c.pk for c in listed.items] == [case.pk] and listed.items[0].is_overdue


def test_a_case_to_decide_after_its_response_term_is_marked_in_the_list(db):
    """Walk of issue 11: a case waiting for the decision showed the ended response term as a bare past date, read as a
    running term. It is marked "termijn verstreken, te beslissen", and not counted as over time."""
    controller_user, principal, case = _hearing_planned_with_term_to(D + dt.timedelta(days=12))
    with clock.travel_to(cs.at(D + dt.timedelta(days=14))):
        services.sweep_cases(D + dt.timedelta(days=14))
        case.refresh_from_db()
        assert case.state == "to_decide" and case.deadline_passed(D + dt.timedelta(days=14)) and not case.overdue(D + dt.timedelta(days=14))
        page = Client()
        page.force_login(controller_user)
        html = page.get("/controle/dossiers/?state=to_decide").content.decode()
        assert f"#{case.pk}" in html and "termijn verstreken, te beslissen" in html and "badge missing" not in html
