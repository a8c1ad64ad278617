"""Regressions for what the browser walk and the attack of 2026-11-30 found (one test per finding)."""

import pytest
from django.test import Client

from werkregie.matching.engine.scoring import WEIGHTS

from .test_leaks import bearer, market_with_exclusion  # noqa: F401 - shared fixture


def test_employer_score_does_not_give_the_distance_away(market_with_exclusion):
    """Attack 1: the full score minus the published components gave the hidden distance term (the home's distance)."""
    m = market_with_exclusion
    body = Client().get(f"/api/v1/matching/vacancies/{m['vacancy'].pk}/candidates", **bearer(m["employer"])).json()
    mine = Client().get(f"/api/v1/matching/vacancies/{m['vacancy'].pk}/candidates", **bearer(m["counsellor"])).json()
    full = {c["person_id"]: c["explanation"] for c in mine["candidates"]}
    for c in body["candidates"]:
        e = c["explanation"]
        published = sum(WEIGHTS[k] * v for k, v in e["components"].items())
        assert e["score"] == pytest.approx(published, abs=0.02), "the employer's score is the sum of what it is shown"
        assert e["pinned"] is False
        assert full[c["person_id"]]["components"]["distance"] > 0, "the test only proves something when a distance term exists"


@pytest.mark.parametrize("text", ["Wij zoeken een jon\u00adge medewerker.", "maxi\u200bmum 30 jaar", "ｍａｘ. 35 jaar"])
def test_wording_check_reads_through_invisible_and_full_width_characters(text):
    """Attack 4: a soft hyphen or zero-width space inside a word, or full-width letters, hid the wording from the check."""
    from werkregie.vacancies.wording import check_all

    hits = check_all(text, "nl")
    assert hits and all(text[h.start:h.end] == h.text for h in hits)


@pytest.mark.parametrize("changes", [{"start": "9999-12"}, {"start": "12/9999"}, {"gross_monthly": 1e308}, {"gross_monthly": True},
                                     {"gross_monthly": "١٢٣"}, {"distance_km": 1e300}, {"start": "2020-01"}])
def test_work_pays_refuses_what_cannot_be_computed_with_a_problem(db, changes):
    """Attack 5: a start in year 9999 gave a 500, 1e308 an invalid JSON body with Infinity, `true` was read as 1."""
    body = {"start": "04/2024", "gross_monthly": 2300, "hours_per_week": 38, "full_time_hours": 38, "distance_km": 15, "benefit_monthly": 1500,
            **changes}
    response = Client().post("/api/v1/rules/work-pays", body, content_type="application/json")
    assert response.status_code == 422, response.content
    assert response["Content-Type"].startswith("application/problem+json")
    assert next(iter(changes)) in response.content.decode()


def test_referral_page_marks_no_field_as_invalid_before_anything_is_sent(ref, client):
    """Walk 3: every row showed the person's register number as a red error, with aria-invalid on the empty box."""
    from werkregie.accounts.models import Role
    from werkregie.core import clock

    from . import factories
    from .test_municipalities import TODAY

    worker = factories.user(Role.MUNICIPALITY)
    person = factories.person(municipality_id="44021")
    factories.episode(person, "leefloon", municipality="44021")
    client.force_login(worker)
    with clock.travel_to(TODAY):
        page = client.get("/gemeente/doorverwijzen/").content.decode()
    assert person.last_name in page, "the client is listed"
    assert 'class="error"' not in page and 'aria-invalid="true"' not in page


def test_case_facts_are_shown_in_words_never_as_a_raw_structure():
    """Walk 1: the controller read `missed_steps [{'id': 19, 'kind': …}]`, `accepted_how paper` and ISO timestamps."""
    from types import SimpleNamespace

    from werkregie.compliance.views import _facts

    case = SimpleNamespace(facts={
        "agreement_id": 7, "series": 14, "level": "final", "title": "Afsprakenblad", "accepted_at": "2026-09-07T10:00:00+00:00",
        "accepted_how": "paper", "missed_steps": [{"id": 19, "kind": "applications", "title": "Solliciteer 4 keer", "due_on": "2026-10-01"}],
        "chain": [3, 5], "occurred_on": "2026-10-01", "summary": "Ultieme afspraak niet nagekomen", "internal_code": "x"})
    shown = {str(label): str(value) for label, value in _facts(case)}
    text = " ".join(f"{k} {v}" for k, v in shown.items())
    assert "{" not in text and "[" not in text and "paper" not in text and "2026-09-07T" not in text and "internal_code" not in text
    assert shown["Niet nagekomen stappen"] == "Solliciteer 4 keer (uiterlijk 01/10/2026)"
    assert shown["Aanvaard op"].startswith("07/09/2026") and shown["Niveau van het afsprakenblad"] == "Ultieme afspraak"


def test_a_withdrawn_application_ends_what_the_employer_may_see(market_with_exclusion):
    """Attack 3: after the job seeker withdrew, the employer still read name, e-mail, phone and municipality."""
    from werkregie.vacancies.models import Application, ApplicationState

    m = market_with_exclusion
    url = f"/api/v1/persons/{m['applied'].pk}"
    assert Client().get(url, **bearer(m["employer"])).status_code == 200
    Application.objects.filter(person=m["applied"], vacancy=m["vacancy"]).update(state=ApplicationState.WITHDRAWN)
    assert Client().get(url, **bearer(m["employer"])).status_code == 404
    body = Client().get(f"/api/v1/matching/vacancies/{m['vacancy'].pk}/candidates", **bearer(m["employer"])).json()
    assert m["applied"].pk not in {c["person_id"] for c in body["candidates"]}


@pytest.mark.parametrize("place,nis", [("Gent", "44021"), ("gand", "44021"), ("9000", "44021"), ("44021", "44021")])
def test_intake_takes_a_place_name_or_postal_code_and_a_belgian_wage(ref, place, nis):
    """Walk 4 and 6: "2500,50" was saved as 250050 (a number field dropped the comma) and the place had to be a NIS code."""
    from werkregie.vacancies.intake_views import IntakeForm

    form = IntakeForm({"title": "Magazijnier", "municipality": place, "hours_per_week": "38", "contract": "permanent", "monthly_wage": "2.500,50"})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["municipality"] == nis and str(form.cleaned_data["monthly_wage"]) == "2500.50"


def test_intake_says_which_place_it_does_not_know(ref):
    from werkregie.vacancies.intake_views import IntakeForm

    form = IntakeForm({"title": "Magazijnier", "municipality": "Atlantis", "hours_per_week": "38", "contract": "permanent"})
    assert not form.is_valid() and "Deze gemeente kennen we niet" in str(form.errors["municipality"])


def test_the_access_log_names_exported_fields_in_words(db):
    """Walk 12: the citizen read "export: id, first_name, last_name, insz, birth_date …" (database column names)."""
    from werkregie.access.models import AccessLogEntry
    from werkregie.accounts.models import Role
    from werkregie.organisations.models import OrganisationKind

    from . import factories as f

    team = f.organisation(OrganisationKind.VDAB_TEAM)
    mine = f.person(team=team)
    web = Client()
    web.force_login(f.user(Role.COUNSELLOR, team))
    assert web.get("/export/personen.csv").status_code == 200
    what = AccessLogEntry.objects.get(person_id=mine.pk).what
    assert what.startswith("export: voornaam, familienaam, INSZ, geboortedatum") and "_" not in what, what


def test_kpi_dates_are_written_the_belgian_way():
    """Walk 14: "Peildatum 2026-11-30" and "Periode 2025-10-01 – 2026-09-30" on the KPI pages."""
    import datetime as dt

    from django.template import Context, Template

    rendered = Template("{% load belgian %}{{ a|be_date }} {{ b|be_date }} {{ c|be_date }}").render(
        Context({"a": "2026-11-30", "b": dt.date(2025, 10, 1), "c": "geen datum"}))
    assert rendered == "30/11/2026 01/10/2025 geen datum"


@pytest.mark.django_db
def test_a_partner_without_links_gets_a_403_page_on_the_caseload_not_a_500(client):
    """Found by the training session's browser test: the partner's landing page crashed (an error added to an unbound
    form) when the role has no access to individual data."""
    from tests import factories
    from werkregie.accounts.models import Role

    client.force_login(factories.user(Role.PARTNER))
    for query in ("", "?q=jan", "?sorteer=actie&richting=af"):
        response = client.get("/caseload/" + query)
        assert response.status_code in (200, 403), (query, response.status_code)
