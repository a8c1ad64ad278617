"""Walk of stop 26: a case transferred to the control service had no term at all until a controller planned its
hearing (an unassigned case showed "—" and never came up as late), and a case whose response term was over, waiting
for the decision, did not come up under "Enkel over tijd". A transferred case now carries the service's planning term
(a dated parameter, 10 working days), the filter lists both, and planning the hearing ends the planning term."""

import datetime as dt

from django.test import Client

from werkregie.compliance import case_views, services, use_cases
from werkregie.compliance.models import Case
from werkregie.core import clock
from werkregie.workflows.deadlines import term, term_end

from . import compliance_support as cs
from . import factories as f

D = cs.START  # Monday 2 March 2026


def test_a_transferred_case_has_the_planning_term_and_is_late_after_it(db):
    assert term("compliance_hearing_planning", D).value == 10
    controller = f.user(cs.Role.CONTROLLER)
    case = cs.open_case(cs.jobseeker())
    assert case.state == "opened" and case.controller_id is None
    assert case.deadline == dt.date(2026, 3, 16)  # 10 working days after Monday 2 March
    assert not case.overdue(dt.date(2026, 3, 16)) and case.overdue(dt.date(2026, 3, 17))
    with clock.travel_to(cs.at(dt.date(2026, 3, 17))):
        assert [c.pk for c in case_views.list_cases(f.principal(controller), overdue=True).items] == [case.pk]
        page = Client()
        page.force_login(controller)
        html = page.get("/controle/dossiers/").content.decode()
    assert "16/03/2026" in html and "badge missing" in html


def _planned_hearing():  # noqa: ANN202
    """A controller and a case transferred on D whose hearing is planned the next day."""
    principal = f.principal(f.user(cs.Role.CONTROLLER))
    case = cs.open_case(cs.jobseeker())
    with clock.travel_to(cs.at(D + dt.timedelta(days=1))):
        case = use_cases.plan_hearing(principal, case.pk, hearing_at=cs.at(cs.hearing_day(D + dt.timedelta(days=1)), 14), mode="in_person",
                                      place="VDAB Gent", version=case.version)
    return principal, case


def test_planning_the_hearing_ends_the_planning_term(db):
    principal, case = _planned_hearing()
    case = Case.objects.get(pk=case.pk)
    # the response term, once the invitation's deemed notification is known (here at once); never the planning term
    expected = term_end("compliance_hearing_response", case.hearing_notified_on) if case.hearing_notified_on else None
    assert case.state == "hearing_planned" and case.deadline == expected and case.deadline != dt.date(2026, 3, 16)


def test_the_late_filter_lists_a_case_to_decide_after_its_response_term(db):
    principal, case = _planned_hearing()
    Case.objects.filter(pk=case.pk).update(deadline=D + dt.timedelta(days=12))  # the response term, as sync_notifications sets it
    with clock.travel_to(cs.at(D + dt.timedelta(days=14))):
        services.sweep_cases(D + dt.timedelta(days=14))
        assert Case.objects.get(pk=case.pk).state == "to_decide"
        listed = case_views.list_cases(principal, overdue=True)
    assert [c.pk for c in listed.items] == [case.pk] and listed.items[0].is_past_term


def test_a_decision_is_not_said_received_before_its_deemed_day():
    """Walk of stop 26: right after a decision the case read "Kennisgeving ontvangen" while its registered letter was
    deemed received only three days later."""
    case = Case(state="notified", decision_notified_on=D + dt.timedelta(days=3))
    with clock.travel_to(cs.at(D)):
        assert case.state_label == "Beslissing verstuurd, geacht ontvangen op 05/03/2026"
    with clock.travel_to(cs.at(D + dt.timedelta(days=3))):
        assert case.state_label == "Kennisgeving ontvangen, beroepstermijn loopt"


def test_the_controller_finds_a_case_by_insz_as_written_and_by_name_without_special_letters(db):
    """Walk of stop 26: "78.12.25-126.70" and "Yildiz" found nothing in the controller's list."""
    person = cs.jobseeker(last_name="Yıldız")
    case = cs.open_case(person)
    principal = f.principal(f.user(cs.Role.CONTROLLER))
    insz = person.insz
    written = f"{insz[:2]}.{insz[2:4]}.{insz[4:6]}-{insz[6:9]}.{insz[9:]}"
    with clock.travel_to(cs.at(D)):
        for q in (written, f"{insz[:6]} {insz[6:9]} {insz[9:]}", insz, "yildiz", "Yıldız"):
            assert [c.pk for c in case_views.list_cases(principal, q=q).items] == [case.pk], q
