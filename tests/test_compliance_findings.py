"""Regression tests for the review findings: the hearing cannot be skipped, dates are checked, bad input is a 4xx
problem (never a 500), the deviations report cannot be undone by subtraction, and the case page shows readable labels."""

import datetime as dt

import pytest
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.accounts.models import Role
from werkregie.compliance import use_cases
from werkregie.compliance.enums import Infringement
from werkregie.compliance.models import Case
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.people.stats import SUPPRESS_BELOW
from werkregie.workflows.services import TransitionRefused

from . import compliance_support as cs
from . import factories as f

D = cs.START


def bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


@pytest.fixture
def ctx(db):
    person = cs.jobseeker()
    citizen_user = f.user(Role.CITIZEN, person=person)
    controller_user = f.user(Role.CONTROLLER)
    case = cs.open_case(person)
    with clock.travel_to(cs.at(D + dt.timedelta(days=1))):
        case = use_cases.plan_hearing(f.principal(controller_user), case.pk, hearing_at=cs.at(D + dt.timedelta(days=15), 14), mode="in_person",
                                      place="VDAB Gent", version=case.version)
    return {"person": person, "case": case, "citizen_user": citizen_user, "controller_user": controller_user,
            "citizen": f.principal(citizen_user), "controller": f.principal(controller_user)}


def _fields(exc) -> set:
    return {e.field for e in exc.value.errors}


# ---------------------------------------------------------------------------------------------------------------- 1


def test_the_hearing_report_is_refused_before_the_hearing_and_the_citizen_can_still_respond(ctx):
    client, case = Client(), ctx["case"]
    with clock.travel_to(cs.at(D + dt.timedelta(days=2))):
        response = client.post(f"/api/v1/compliance/cases/{case.pk}/hearing-report", {"report": "Verhoord; de persoon erkent de feiten.",
                               "version": case.version}, content_type="application/json", **bearer(ctx["controller_user"]))
        assert response.status_code == 422, response.content
        assert "17/03/2026 14:00" in response.content.decode(), "the refusal names the hearing's date"
        response = client.post(f"/api/v1/compliance/cases/{case.pk}/decision", {"decision": "warning", "motivation": "De feiten staan vast.",
                               "version": case.version}, content_type="application/json", **bearer(ctx["controller_user"]))
        assert response.status_code in (409, 422), response.content
    case.refresh_from_db()
    assert case.state == "hearing_planned"
    assert "respond" in [t.name for t in use_cases.my_case(ctx["citizen"], case.pk).actions]
    with clock.travel_to(cs.at(D + dt.timedelta(days=15), 15)):
        case = use_cases.record_hearing(ctx["controller"], case.pk, report="Verhoord; de persoon erkent de feiten.", version=case.version)
    assert case.state == "to_decide"


def test_a_written_response_without_waiver_does_not_allow_deciding_before_the_hearing(ctx):
    case = ctx["case"]
    with clock.travel_to(cs.at(D + dt.timedelta(days=3))):
        case = use_cases.respond(ctx["citizen"], case.pk, text="Ik was ziek, hier is het attest.", version=case.version)
        assert case.state == "hearing_planned" and case.response.startswith("Ik was ziek")
        with pytest.raises((TransitionRefused, InvalidInput)):
            use_cases.decide(ctx["controller"], case.pk, decision="warning", motivation="De feiten staan vast.", version=case.version)
    # the hearing takes place, then the decision
    with clock.travel_to(cs.at(D + dt.timedelta(days=15), 15)):
        case = use_cases.record_hearing(ctx["controller"], case.pk, report="Verhoord; uitleg bevestigd.", version=case.version)
    with clock.travel_to(cs.at(D + dt.timedelta(days=16))):
        case = use_cases.decide(ctx["controller"], case.pk, decision="warning", motivation="De feiten staan vast.", version=case.version)
    assert case.state in ("decided", "notified")


def test_a_waived_hearing_allows_deciding_and_a_case_in_to_decide_without_grounds_is_refused(ctx):
    case = ctx["case"]
    with clock.travel_to(cs.at(D + dt.timedelta(days=3))):
        case = use_cases.respond(ctx["citizen"], case.pk, text="Ik was ziek, hier is het attest.", version=case.version, waive_hearing=True)
        assert case.state == "to_decide" and case.facts["hearing_waived"]
        assert use_cases.may_decide(case)
    other = cs.open_case(ctx["person"], on=D + dt.timedelta(days=2))
    Case.objects.filter(pk=other.pk).update(state="to_decide")  # as the old code allowed: no hearing, no term, no waiver
    other.refresh_from_db()
    with clock.travel_to(cs.at(D + dt.timedelta(days=3))), pytest.raises(InvalidInput) as exc:
        use_cases.decide(ctx["controller"], other.pk, decision="warning", motivation="De feiten staan vast.", version=other.version)
    assert "decision" in _fields(exc)


def test_the_citizen_page_no_longer_invites_after_the_decision(ctx):
    case = ctx["case"]
    with clock.travel_to(cs.at(D + dt.timedelta(days=15), 15)):
        case = use_cases.record_hearing(ctx["controller"], case.pk, report="Verhoord; de persoon erkent de feiten.", version=case.version)
    with clock.travel_to(cs.at(D + dt.timedelta(days=16))):
        use_cases.decide(ctx["controller"], case.pk, decision="warning", motivation="De feiten staan vast.", version=case.version)
        client = Client()
        client.force_login(ctx["citizen_user"])
        page = client.get(f"/mijn-dossier/{case.pk}/").content.decode()
    assert "U bent uitgenodigd op" not in page and "Het verhoor was gepland op" in page


# ---------------------------------------------------------------------------------------------------------------- 2


def test_a_sanction_cannot_start_before_the_decision(ctx):
    case = ctx["case"]
    with clock.travel_to(cs.at(D + dt.timedelta(days=15), 15)):
        case = use_cases.record_hearing(ctx["controller"], case.pk, report="Verhoord; de persoon erkent de feiten.", version=case.version)
    with clock.travel_to(cs.at(D + dt.timedelta(days=16))):
        response = Client().post(f"/api/v1/compliance/cases/{case.pk}/decision", {
            "decision": "suspension", "weeks": 4, "motivation": "De feiten staan vast.", "deviation_reason": "Herhaald en opzettelijk gedrag.",
            "sanction_start": "2000-01-01", "version": case.version}, content_type="application/json", **bearer(ctx["controller_user"]))
    assert response.status_code == 422, response.content
    assert "sanction_start" in response.content.decode()
    case.refresh_from_db()
    assert case.state == "to_decide"


# ---------------------------------------------------------------------------------------------------------------- 3 and 4


@pytest.mark.parametrize("day", ["9999-12-31", "2015-12-31", "0001-01-01"])
def test_the_date_of_the_facts_is_checked(ctx, day):
    response = Client().post("/api/v1/compliance/cases", {"person_id": ctx["person"].pk, "infringement": Infringement.MISSED_APPOINTMENT,
                                                          "occurred_on": day, "summary": "x", "source_workflow": "paper", "source_id": 77},
                             content_type="application/json", **bearer(ctx["controller_user"]))
    assert response.status_code == 422, response.content
    assert response["Content-Type"].startswith("application/problem+json") and "occurred_on" in response.content.decode()


def test_a_paper_appeal_is_lodged_between_the_decision_and_today(ctx):
    case = ctx["case"]
    with clock.travel_to(cs.at(D + dt.timedelta(days=15), 15)):
        case = use_cases.record_hearing(ctx["controller"], case.pk, report="Verhoord; de persoon erkent de feiten.", version=case.version)
    with clock.travel_to(cs.at(D + dt.timedelta(days=16))):
        case = use_cases.decide(ctx["controller"], case.pk, decision="warning", motivation="De feiten staan vast.", version=case.version)
    with clock.travel_to(cs.at(D + dt.timedelta(days=19))):
        for day in ("0001-01-01", (D + dt.timedelta(days=15)).isoformat(), "9999-12-31"):
            response = Client().post(f"/api/v1/compliance/cases/{case.pk}/appeal", {"text": "Beroep op papier ontvangen.", "lodged_on": day,
                                                                                  "version": case.version},
                                     content_type="application/json", **bearer(ctx["controller_user"]))
            assert response.status_code == 422, (day, response.content)
            assert "lodged_on" in response.content.decode()
        response = Client().post(f"/api/v1/compliance/cases/{case.pk}/appeal", {"text": "Beroep op papier ontvangen.", "version": case.version,
                                 "lodged_on": (D + dt.timedelta(days=17)).isoformat()}, content_type="application/json", **bearer(ctx["controller_user"]))
        assert response.status_code == 200, response.content


@pytest.mark.parametrize("person_id", ["99999999999999999999", "9223372036854775808", "0", "-1"])
def test_absurd_person_ids_are_a_problem_not_a_500(ctx, person_id):
    response = Client().get(f"/api/v1/compliance/persons/{person_id}/cases", **bearer(ctx["controller_user"]))
    assert 400 <= response.status_code < 500, response.content
    assert response["Content-Type"].startswith("application/problem+json")


def test_a_refusal_on_an_absurd_date_is_a_problem_not_a_500(ctx):
    for day in ("0001-01-01", "9999-12-31"):
        response = Client().post("/api/v1/compliance/refusals", {"person_id": ctx["person"].pk, "vacancy_id": 1, "refused_on": day},
                                 content_type="application/json", **bearer(ctx["controller_user"]))
        assert 400 <= response.status_code < 500, response.content
        assert response["Content-Type"].startswith("application/problem+json")


# ---------------------------------------------------------------------------------------------------------------- 5


MEASURES = ("decisions", "deviations", "more_severe", "less_severe")


@st.composite
def breakdown_counts(draw):
    """Rows of (decisions, more_severe, less_severe) split into a few breakdowns of the same population."""
    rows = draw(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 20), st.integers(0, 20)), min_size=1, max_size=8))
    rows = [(d + m + l_, m, l_) for d, m, l_ in rows]
    total = {"decisions": sum(r[0] for r in rows), "more_severe": sum(r[1] for r in rows), "less_severe": sum(r[2] for r in rows)}
    total["deviations"] = total["more_severe"] + total["less_severe"]
    breakdowns = {}
    for name in ("a", "b", "c"):
        groups = draw(st.lists(st.integers(0, 3), min_size=len(rows), max_size=len(rows)))
        table: dict = {}
        for group, (d, m, l_) in zip(groups, rows, strict=True):
            c = table.setdefault(f"g{group}", {k: 0 for k in MEASURES})
            c["decisions"] += d
            c["more_severe"] += m
            c["less_severe"] += l_
            c["deviations"] += m + l_
        breakdowns[name] = table
    return total, breakdowns


@settings(max_examples=300, deadline=None)
@given(breakdown_counts())
def test_no_hidden_cell_can_be_recovered_by_subtraction(data):
    total, breakdowns = data
    shown_total, shown = use_cases.suppress_cells(total, breakdowns)
    published = {("total", "", m): shown_total[m] for m in MEASURES}
    true = {("total", "", m): total[m] for m in MEASURES}
    for name, rows in breakdowns.items():
        for key, counts in rows.items():
            for m in MEASURES:
                published[(name, key, m)] = shown[name][key][m]
                true[(name, key, m)] = counts[m]
    # every published cell is true and at least the threshold; rates only for published counts
    for cell, value in published.items():
        assert value is None or (value == true[cell] and value >= SUPPRESS_BELOW)
    for row in [shown_total, *(r for rows in shown.values() for r in rows.values())]:
        assert row["rate"] is None or (row["decisions"] is not None and row["deviations"] is not None)
    # every sum: total over a breakdown, and deviations = more_severe + less_severe in each row
    sums = [(("total", "", m), [(name, key, m) for key in rows]) for name, rows in breakdowns.items() for m in MEASURES]
    for name, key in [("total", "")] + [(n, k) for n, rows in breakdowns.items() for k in rows]:
        sums.append(((name, key, "deviations"), [(name, key, "more_severe"), (name, key, "less_severe")]))
    for whole, parts in sums:
        hidden = [c for c in [whole, *parts] if published[c] is None]
        if len(hidden) == 1:
            cell = hidden[0]
            if cell == whole:
                recovered = sum(published[p] for p in parts)
            else:
                recovered = published[whole] - sum(published[p] for p in parts if p != cell)
            assert not (recovered == true[cell] and true[cell] < SUPPRESS_BELOW), f"{cell} recovered from {whole}"
            pytest.fail(f"exactly one hidden cell in the sum of {whole}: {cell}")


def test_the_deviations_report_hides_small_infringement_rows_and_names_people_and_groups(db):
    controller = f.user(Role.CONTROLLER)
    controller.first_name, controller.last_name = "Carla", "Controle"
    controller.save()
    analyst = f.user(Role.ANALYST)
    for n in range(24):
        person = cs.jobseeker(sex="F" if n % 2 else "M")
        infringement = Infringement.AGREEMENT_NOT_MET if n < 2 else Infringement.MISSED_APPOINTMENT
        Case.objects.create(person=person, infringement=infringement, source_workflow="t", source_id=n, occurred_on=dt.date(2026, 3, 2),
                            opened_at=clock.now(), state="notified", proposed_decision="warning", decision="warning", decision_weeks=0,
                            decided_by=controller, decided_at=clock.now())
    report = use_cases.deviations_report(f.principal(analyst))
    small = report["infringements"][Infringement.AGREEMENT_NOT_MET]
    big = report["infringements"][Infringement.MISSED_APPOINTMENT]
    assert small["decisions"] is None and small["rate"] is None, "2 decisions are below the threshold"
    assert big["decisions"] is None, "22 = 24 - 2 would reveal the hidden 2: complementary suppression"
    # the total counts staff decisions: shown in full, 0 deviations included (walk of stop 29)
    assert report["total"]["decisions"] == 24 and report["total"]["deviations"] == 0
    assert "Carla Controle" in report["controllers"] and set(report["groups"]["sex"]) == {"vrouw", "man"}
    client = Client()
    client.force_login(analyst)
    page = client.get("/controle/afwijkingen/").content.decode()
    assert "Carla Controle" in page and "vrouw" in page and controller.username not in page


# ---------------------------------------------------------------------------------------------------------------- 6


def test_the_case_page_shows_a_readable_source(ctx):
    demo = cs.open_case(ctx["person"], on=D - dt.timedelta(days=10))
    Case.objects.filter(pk=demo.pk).update(source_workflow="demo", source_id=1)
    appointment = cs.open_case(ctx["person"], on=D - dt.timedelta(days=5))
    Case.objects.filter(pk=appointment.pk).update(source_workflow="appointment", source_id=9)
    client = Client()
    client.force_login(ctx["controller_user"])
    page = client.get(f"/controle/dossiers/{appointment.pk}/").content.decode()
    assert "Afspraak van 25/02/2026" in page and "appointment #9" not in page
    page = client.get(f"/controle/dossiers/{demo.pk}/").content.decode()
    assert "demo #1" not in page and "Voorbeeldgegevens (demo) van 20/02/2026" in page
    assert "Verhoor plannen en uitnodigen" in client.get(f"/controle/dossiers/{ctx['case'].pk}/").content.decode()
