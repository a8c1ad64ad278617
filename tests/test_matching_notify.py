"""Issue 18 point 7 (regressions): writes that bypass Django's signals tell the live match index what they changed —
the JobPosting import names its vacancies (no full rebuild for a small import), a merge names both persons."""

from __future__ import annotations

import datetime as dt
import json

from django.test import Client

from werkregie.accounts.models import Role
from werkregie.matching import platform
from werkregie.matching.models import ChangeKind, IndexChange, PersonSkill
from werkregie.people.use_cases.registration import merge_persons
from werkregie.vacancies import jobposting
from werkregie.vacancies.exchange import import_records
from werkregie.vacancies.models import Vacancy

from . import factories as f
from .test_matching_platform import NOW, SKILLS, bearer, market, seeker, vacancy  # noqa: F401 - the shared fixture


def _candidates(client: Client, vacancy_id: int, counsellor) -> list[int]:  # noqa: ANN001 - a User
    response = client.get(f"/api/v1/matching/vacancies/{vacancy_id}/candidates", **bearer(counsellor))
    assert response.status_code == 200, response.content
    return [r["person_id"] for r in response.json()["candidates"]]


def _listed(client: Client, person, counsellor) -> list[int]:  # noqa: ANN001 - models
    response = client.get(f"/api/v1/matching/persons/{person.pk}/vacancies", **bearer(counsellor))
    assert response.status_code == 200, response.content
    return [r["vacancy_id"] for r in response.json()]


def test_an_imported_vacancy_is_named_to_the_index_and_listed_without_a_rebuild(market):
    client = Client()
    source = vacancy(market["employer"], title="Heftruckchauffeur dagploeg")
    line = json.dumps(jobposting.job_posting(source))
    assert source.pk in _listed(client, market["strong"], market["counsellor"])
    builds = platform.full_builds()
    first = IndexChange.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    report = import_records([line], "forem")
    assert report.created == 1
    imported = Vacancy.objects.get(source="forem")
    assert list(IndexChange.objects.filter(pk__gt=first).values_list("kind", "object_id")) == [(ChangeKind.VACANCY, imported.pk)]
    assert imported.pk in _listed(client, market["strong"], market["counsellor"])
    assert platform.full_builds() == builds  # applied from the change log


def test_an_import_larger_than_the_overlay_asks_for_a_rebuild(market, monkeypatch):
    monkeypatch.setattr(platform, "OVERLAY_LIMIT", 1)
    lines = [json.dumps(jobposting.job_posting(vacancy(market["employer"], title=f"Heftruckchauffeur {n}"))) for n in range(2)]
    first = IndexChange.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
    import_records(lines, "forem")
    assert list(IndexChange.objects.filter(pk__gt=first).values_list("kind", flat=True)) == [ChangeKind.ALL]


def test_a_merge_names_the_survivor_to_the_index(market):
    client = Client()
    admin = f.user(Role.ADMIN)
    # the survivor has skills but no job-seeker status yet; the duplicate brings it (a bulk update: no signal)
    survivor = f.person(team=market["team"], registered_on=dt.date(2020, 1, 1))
    for uri in SKILLS[:4]:
        PersonSkill.objects.create(person=survivor, skill_uri=uri, source="declared", added_at=NOW)
    duplicate = seeker([], team=market["team"], first_name=survivor.first_name, last_name=survivor.last_name, birth_date=survivor.birth_date)
    assert survivor.pk not in _candidates(client, market["near"].pk, market["counsellor"])
    builds = platform.full_builds()
    merge_persons(f.principal(admin), survivor.pk, duplicate.pk, "dubbele registratie")
    assert survivor.pk in _candidates(client, market["near"].pk, market["counsellor"])
    assert platform.full_builds() == builds
