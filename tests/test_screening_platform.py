"""Screening in the platform: training from the register, scores with explanations, the counsellor's assessment
with overrides, the worklist with deadlines, the model card, the API and the access rules of every role."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest
from django.db import IntegrityError, transaction
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.core.errors import Forbidden, InvalidInput
from werkregie.people.enums import StatusKind
from werkregie.people.models import Person, PersonLanguage
from werkregie.screening import use_cases
from werkregie.screening.engine.register import PROTECTED
from werkregie.screening.models import Assessment, Score, ScreeningModel
from werkregie.screening.training import score_persons, train_from_register

from . import factories as f
from .screening_support import install_models
from .test_permissions import ROLES, _bearer, world  # noqa: F401 - the shared access matrix fixture

TODAY = dt.date(2026, 11, 27)
ANSWERS = {"competences": "sufficient", "dutch_level": "B2", "digital_skills": "basic", "motivation": "high"}


@pytest.fixture
def models(db, ref):
    install_models()


@pytest.fixture
def seeker(ref):
    team = f.organisation("vdab_team")
    counsellor = f.user(Role.COUNSELLOR, team)
    p = f.person(education_level=2, digital_skills="none", driving_licences=[], counsellor=counsellor, team=team)
    PersonLanguage.objects.create(person=p, language="nl", level="A2")
    f.episode(p, StatusKind.EMPLOYED, dt.date(2022, 1, 1), dt.date(2026, 8, 31))
    f.episode(p, StatusKind.JOBSEEKER_BENEFIT, dt.date(2026, 9, 15), None)
    return p, counsellor


def test_train_from_register_stores_versions_and_keeps_one_active(ref, monkeypatch):
    from tests.screening_support import trains_once
    from werkregie.demo.services import generate_population

    trains_once(monkeypatch)  # the same register on both passes of ./dev test: the second loads the first one's models

    generate_population(1500, seed=3)
    first = train_from_register()
    assert {m.horizon_months for m in first} == {6, 12}
    for m in first:
        assert m.active and m.cases > 500 and m.data_start < m.data_end
        assert not set(m.features["numeric"] + m.features["categorical"]) & set(PROTECTED)
        assert {"auc", "auc_logistic_baseline", "brier", "ece", "holdout"} <= set(m.metrics)
        assert {"groups", "fpr_ratio", "policy", "accuracy_equity_curve", "proxy", "calibration"} <= set(m.audit)
        assert abs(sum(m.score_histogram) - 1) < 1e-4
    second = train_from_register()
    assert ScreeningModel.objects.count() == 4
    assert set(ScreeningModel.objects.filter(active=True).values_list("pk", flat=True)) == {m.pk for m in second}
    scored = score_persons()
    seekers = Person.objects.filter(episodes__kind__in=["jobseeker_benefit", "jobseeker_no_benefit"], episodes__end__isnull=True).distinct().count()
    assert 0 < scored <= seekers
    assert not Score.objects.exclude(model__active=True).exists()
    assert all(not set(s.inputs) & set(PROTECTED) for s in Score.objects.all()[:50])


def test_training_refuses_an_empty_register(db, ref):
    from werkregie.screening.engine import ScreeningInputError

    with pytest.raises(ScreeningInputError, match="no job seekers"):
        train_from_register()


def test_score_with_explanation_on_first_view(models, seeker):
    p, counsellor = seeker
    with clock.travel_to(TODAY):
        view = use_cases.person_screening(f.principal(counsellor), p.pk)
    assert view.score is not None and 0 <= view.score.chance_6m <= 1 and 0 <= view.score.chance_12m <= 1
    assert view.score.factors and all("procentpunt" in factor["sentence"] for factor in view.score.factors)
    actions = {c["feature"] for c in view.score.changes}
    assert actions <= {"dutch_level", "driving_licence", "digital_skills", "education_isced"}
    assert all(c["gain"] > 0 for c in view.score.changes)
    assert view.due.reason == "new" and view.due.date == dt.date(2026, 11, 15) and view.due.overdue(TODAY)
    assert AccessLogEntry.objects.filter(person_id=p.pk, purpose="screening").count() == 1


def test_assessment_proposal_and_override_with_reason(models, seeker):
    p, counsellor = seeker
    principal = f.principal(counsellor)
    with clock.travel_to(TODAY):
        plain = use_cases.record_assessment(principal, p.pk, ANSWERS)
        assert not plain.overridden and plain.category == plain.proposed_category
        target = "short" if plain.proposed_category != "short" else "long"
        with pytest.raises(InvalidInput) as refused:
            use_cases.record_assessment(principal, p.pk, {**ANSWERS, "category": target})
        assert refused.value.errors[0].field == "override_reason"
        assert Assessment.objects.filter(person=p).count() == 1, "a refused assessment changes nothing"
        changed = use_cases.record_assessment(principal, p.pk, {**ANSWERS, "category": target, "override_reason": "Heeft een vaste belofte van werk."})
    assert changed.overridden and changed.category == target
    assert changed.reasons and changed.chance_6m is not None


def test_bad_assessment_input_names_every_field(models, seeker):
    p, counsellor = seeker
    with pytest.raises(InvalidInput) as refused:
        use_cases.record_assessment(f.principal(counsellor), p.pk, {"dutch_level": "Z9", "problems": ["astrology"], "motivation": "high"})
    fields = {e.field for e in refused.value.errors}
    assert {"competences", "dutch_level", "digital_skills", "problems"} <= fields
    assert not Assessment.objects.exists()


def test_database_refuses_an_override_without_reason(models, seeker):
    p, counsellor = seeker
    with pytest.raises(IntegrityError), transaction.atomic():
        Assessment.objects.create(person=p, counsellor=counsellor, assessed_at=clock.now(), competences="sufficient", dutch_level="B1",
                                  digital_skills="basic", motivation="high", proposed_category="short", proposed_self_reliant=True,
                                  category="long", self_reliant=False, overridden=True, override_reason="")
    with pytest.raises(IntegrityError), transaction.atomic():
        Assessment.objects.create(person=p, counsellor=counsellor, assessed_at=clock.now(), competences="sufficient", dutch_level="B1",
                                  digital_skills="basic", motivation="high", proposed_category="short", proposed_self_reliant=True,
                                  category="long", self_reliant=False, overridden=False)


@pytest.mark.xfail(strict=True, reason="Encodes the small-cell leak of issue 17 point 5 ('the overrides report shows groups of 2'): "
                   "counts under WERKREGIE_SUPPRESS_BELOW are now hidden by werkregie.core.suppression. See tests/test_suppression_everywhere.py.")
def test_overrides_are_counted_per_counsellor_and_group(models, seeker):
    p, counsellor = seeker
    with clock.travel_to(TODAY):
        proposal = use_cases.proposal_for(p.pk, ANSWERS)
        other = "short" if proposal.category != "short" else "long"
        use_cases.record_assessment(f.principal(counsellor), p.pk, ANSWERS)
        use_cases.record_assessment(f.principal(counsellor), p.pk, {**ANSWERS, "category": other, "override_reason": "Reden die lang genoeg is."})
    stats = use_cases.override_statistics(f.principal(f.user(Role.ANALYST)))
    mine = stats["counsellors"][counsellor.username]
    assert (mine["assessments"], mine["overrides"], mine["rate"]) == (2, 1, 0.5)
    assert stats["groups"]["sex"]["M"]["overrides"] == 1 and stats["groups"]["origin"]["Belg"]["assessments"] == 2
    with pytest.raises(Forbidden):
        use_cases.override_statistics(f.principal(counsellor))


def test_worklist_orders_by_due_date_and_marks_overdue(models, seeker):
    p, counsellor = seeker
    recent = f.person(counsellor=counsellor)
    f.episode(recent, StatusKind.JOBSEEKER_NO_BENEFIT, dt.date(2026, 11, 1), None)
    not_seeking = f.person(counsellor=counsellor)
    f.episode(not_seeking, StatusKind.EMPLOYED, dt.date(2026, 1, 1), None)
    principal = f.principal(counsellor)
    with clock.travel_to(TODAY):
        page = use_cases.worklist(principal)
        assert [i.person.pk for i in page.items] == [p.pk, recent.pk]
        assert [i.overdue for i in page.items] == [True, False]
        use_cases.record_assessment(principal, p.pk, ANSWERS)
        assert [i.person.pk for i in use_cases.worklist(principal).items] == [recent.pk]
    # a year later the assessed person is due again; in between not
    with clock.travel_to(dt.date(2027, 11, 10)):
        due = {i.person.pk: i.due.reason for i in use_cases.worklist(principal).items}
        assert due[p.pk] == "rescreen_long_term"


def test_long_term_job_seekers_are_rescreened_sooner(models, seeker):
    p, counsellor = seeker
    long_term = f.person(counsellor=counsellor)
    f.episode(long_term, StatusKind.JOBSEEKER_BENEFIT, dt.date(2024, 1, 1), None)
    principal = f.principal(counsellor)
    with clock.travel_to(TODAY):
        use_cases.record_assessment(principal, long_term.pk, ANSWERS)
    with clock.travel_to(dt.date(2027, 5, 20)):
        items = {i.person.pk: i for i in use_cases.worklist(principal).items}
    assert items[long_term.pk].due.reason == "rescreen_long_term" and items[long_term.pk].due.date == dt.date(2027, 5, 27)


@pytest.mark.parametrize("role", ROLES)
def test_api_screening_access_for_every_role(world, role, client, models):  # noqa: F811
    person = world["persons"]["case_direct"]
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT, dt.date(2026, 6, 1), None)
    headers = _bearer(world["users"][role])
    response = client.get(f"/api/v1/screening/persons/{person.pk}", **headers)
    allowed = role in (Role.COUNSELLOR, Role.ADMIN)
    assert response.status_code == (200 if allowed else 404), (role, response.content)
    logged = AccessLogEntry.objects.filter(person_id=person.pk, what__startswith="screening").count()
    assert logged == (1 if allowed else 0)
    if allowed:
        body = response.json()
        assert body["score"]["factors"] and not set(body["score"]["inputs"]) & set(PROTECTED)
    posted = client.post(f"/api/v1/screening/persons/{person.pk}/assessments", json.dumps(ANSWERS), content_type="application/json", **headers)
    assert posted.status_code == (201 if role == Role.COUNSELLOR else 403), (role, posted.content)
    card = client.get("/api/v1/screening/model", **headers)
    assert card.status_code == (200 if role in (Role.COUNSELLOR, Role.ANALYST, Role.ADMIN) else 403)
    overrides = client.get("/api/v1/screening/overrides", **headers)
    assert overrides.status_code == (200 if role in (Role.ANALYST, Role.ADMIN) else 403)
    worklist = client.get("/api/v1/screening/worklist", **headers)
    assert worklist.status_code == (200 if allowed else 403)
    mine = client.get("/api/v1/screening/me", **headers)
    assert mine.status_code == (200 if role == Role.CITIZEN else 404)


def test_counsellor_of_another_team_sees_nothing(world, client, models):  # noqa: F811
    person = world["persons"]["other_team"]
    response = client.get(f"/api/v1/screening/persons/{person.pk}", **_bearer(world["users"][Role.COUNSELLOR]))
    assert response.status_code == 404


def test_api_assessment_errors_are_problem_details(models, seeker, client):
    p, counsellor = seeker
    response = client.post(f"/api/v1/screening/persons/{p.pk}/assessments", json.dumps({**ANSWERS, "dutch_level": "Z9"}),
                           content_type="application/json", **_bearer(counsellor))
    assert response.status_code == 422 and response["Content-Type"] == "application/problem+json"
    assert "dutch_level" in response.content.decode()
    assert not Assessment.objects.exists()


@pytest.mark.parametrize("role", ROLES)
def test_pages_for_every_role(world, role, models):  # noqa: F811
    person = world["persons"]["case_direct"]
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT, dt.date(2026, 6, 1), None)
    client = Client()
    client.force_login(world["users"][role])
    expected = {
        f"/personen/{person.pk}/screening/": 200 if role in (Role.COUNSELLOR, Role.ADMIN) else 403,
        # issue 11, point 5: the one worklist replaced the screening-only one; its old address still works (a redirect)
        "/screening/werklijst/": 302 if role in (Role.COUNSELLOR, Role.ADMIN) else 403,
        "/screening/modelkaart/": 200 if role in (Role.COUNSELLOR, Role.ANALYST, Role.ADMIN) else 403,
        "/mijn-kans-op-werk/": 200 if role == Role.CITIZEN else 403,
    }
    for url, status in expected.items():
        assert client.get(url).status_code == status, (role, url)


def test_person_page_form_records_and_refuses(models, seeker):
    p, counsellor = seeker
    client = Client()
    client.force_login(counsellor)
    page = client.get(f"/personen/{p.pk}/screening/")
    assert b"procentpunt" in page.content and b"Beoordeling registreren" in page.content
    preview = client.post(f"/personen/{p.pk}/screening/voorstel/", {**ANSWERS, "childcare_barrier": "on"})
    assert b"Kinderopvang is een drempel" in preview.content
    proposal = use_cases.proposal_for(p.pk, ANSWERS)
    other = "short" if proposal.category != "short" else "long"
    refused = client.post(f"/personen/{p.pk}/screening/", {**ANSWERS, "category": other})
    assert refused.status_code == 422 and "minstens 10".encode() in refused.content
    assert not Assessment.objects.exists()
    done = client.post(f"/personen/{p.pk}/screening/", {**ANSWERS, "category": other, "override_reason": "Volgt al een opleiding bij een werkgever."})
    assert done.status_code == 302 and Assessment.objects.get().overridden


def test_model_card_shows_charts_metrics_and_drift(models, seeker):
    p, counsellor = seeker
    with clock.travel_to(TODAY):
        score_persons()
    client = Client()
    client.force_login(f.user(Role.ANALYST))
    page = client.get("/screening/modelkaart/").content.decode()
    assert page.count("<svg") >= 10 and 'role="img"' in page
    assert "AUC" in page and "Stabiliteitsindex (PSI)" in page and "Proxycontrole" in page
    assert "Per bemiddelaar" in page


def test_citizen_sees_own_chance_in_plain_dutch(models, seeker):
    p, _counsellor = seeker
    citizen = f.user(Role.CITIZEN, person=p)
    client = Client()
    client.force_login(citizen)
    page = client.get("/mijn-kans-op-werk/").content.decode()
    assert "Kans op minstens 28 dagen werk binnen 6 maanden" in page and "procentpunt" in page
    assert "nooit gebruikt" in page
    assert AccessLogEntry.objects.filter(person_id=p.pk, purpose="own_data").exists()


@pytest.mark.own_database
def test_cli_train_and_score(migrated_sqlite_copy):
    tmp_path = migrated_sqlite_copy  # migrated already (tests/conftest.py): migrating from nothing is the demo test's
    env = {**os.environ, "WERKREGIE_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    run = [sys.executable, "-m", "werkregie.cli"]
    empty = subprocess.run([*run, "screening", "train", "--json"], capture_output=True, text=True, env=env, timeout=300)
    assert empty.returncode == 2 and "no job seekers" in empty.stderr
    subprocess.run([*run, "manage", "migrate", "-v0"], check=True, env=env, timeout=300)
    subprocess.run([*run, "load-reference"], check=True, env=env, timeout=300, capture_output=True)
    subprocess.run([*run, "generate", "--persons", "1200", "--seed", "4"], check=True, env=env, timeout=300, capture_output=True)
    trained = subprocess.run([*run, "screening", "train", "--json"], capture_output=True, text=True, env=env, timeout=600)
    assert trained.returncode == 0, trained.stderr
    summary = json.loads(trained.stdout)
    assert [m["horizon_months"] for m in summary["models"]] == [6, 12] and summary["scored"] > 0
    assert "training (6 and 12 months)" in trained.stderr
