"""Attack round 4, H2: the employer moved a vacancy's workplace (PUT /api/v1/vacancies/{id}) and read a named
candidate's distance band again, or watched a pseudonymous candidate (stable pseudonym per vacancy) appear on or go
from the suggestions: each workplace a ring, their intersection the home of a person whose town was not shared. Once a
vacancy had candidates (an application or proposal, a suggestion), its workplace no longer changes: 409, close it and
post a new one."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies.candidates import pseudonym
from werkregie.vacancies.models import Application, ApplicationOrigin, CandidateSuggestion, Vacancy

from . import factories as f
from .test_attack16_cross_vacancy_link import LOKEREN, _consenting
from .test_matching_platform import FORKLIFT, SKILLS, bearer, vacancy

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(ref):
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Waasland nv")
    boss = f.user(Role.EMPLOYER, employer)
    return {"boss": boss, "job": vacancy(employer, municipality="44021", state="published", open=True), "person": _consenting(SKILLS[:4], LOKEREN)}


def _move(boss, job: Vacancy, municipality: str):  # noqa: ANN001, ANN202
    job.refresh_from_db()
    payload = {"title": job.title, "description": "", "municipality": municipality, "hours_per_week": 38, "contract": "permanent",
               "occupation_uri": FORKLIFT.uri, "skills": [{"uri": s, "essential": True} for s in SKILLS[:4]],
               "language_needs": [{"language": "nl", "level": "B1"}], "language_justification": "Veiligheidsinstructies lezen.",
               "version": job.version}
    return Client().put(f"/api/v1/vacancies/{job.pk}", payload, content_type="application/json", **bearer(boss))


def test_the_workplace_of_a_vacancy_with_a_named_candidate_does_not_move(world):
    job, boss = world["job"], world["boss"]
    # a proposal the person answered (stop 33: a bare proposal keeps the person pseudonymous to the employer)
    Application.objects.create(vacancy=job, person=world["person"], origin=ApplicationOrigin.PROPOSED, state="interested")
    body = Client().get(f"/api/v1/matching/vacancies/{job.pk}/candidates?include_weaker=true", **bearer(boss)).json()
    assert [c["person_id"] for c in body["candidates"]] == [world["person"].pk], body
    for town in ("46021", "41002", "11002"):  # Sint-Niklaas, Aalst, Antwerpen: three rings around Lokeren
        answer = _move(boss, job, town)
        assert answer.status_code == 409, answer.content
        assert "Sluit deze vacature" in answer.json()["detail"] and answer.json()["errors"][0]["field"] == "municipality"
    job.refresh_from_db()
    assert job.municipality_id == "44021"


def test_the_workplace_of_a_vacancy_with_pseudonymous_suggestions_does_not_move(world):
    job, boss = world["job"], world["boss"]
    listed = Client().get(f"/api/v1/vacancies/{job.pk}/suggestions", **bearer(boss)).json()
    assert pseudonym(job.pk, world["person"].pk) in {c["pseudonym"] for c in listed}, listed
    assert CandidateSuggestion.objects.filter(vacancy=job).exists()
    answer = _move(boss, job, "46021")
    assert answer.status_code == 409, answer.content
    job.refresh_from_db()
    assert job.municipality_id == "44021"


def test_a_vacancy_without_candidates_yet_may_move_and_other_fields_still_change(world):
    job, boss = world["job"], world["boss"]
    assert _move(boss, job, "46021").status_code == 200
    Application.objects.create(vacancy=job, person=world["person"], origin=ApplicationOrigin.APPLIED)
    assert _move(boss, job, "46021").status_code == 200  # the same workplace: the edit goes through
