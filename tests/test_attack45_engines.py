"""The attack of stop 45 on the engines' surfaces (issue 18): each finding reproduced; each failed before its fix."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.matching import profile_use_cases as profiles
from werkregie.matching.models import PersonSkill, SkillSource
from werkregie.people.models import Person
from werkregie.screening import use_cases as screening

from . import factories as f
from .test_matching_platform import FORKLIFT, SKILLS, bearer, market  # noqa: F401 - the shared fixture
from .test_screening_platform import ANSWERS, TODAY, models, seeker  # noqa: F401 - the screening fixtures


def _put(client: Client, person: Person, user, body: dict):  # noqa: ANN001, ANN202
    version = Person.objects.get(pk=person.pk).profile_version
    return client.put(f"/api/v1/matching/persons/{person.pk}/profile", body, content_type="application/json",
                      HTTP_IF_MATCH=f'"{version}"', **bearer(user))


@pytest.mark.parametrize("body", [
    {"skills": [{"uri": ["a"]}]},
    {"skills": [{"uri": {"a": 1}}]},
    {"skills": [{"uri": SKILLS[0], "source": ["declared"]}]},
    {"experience": [{"occupation": FORKLIFT.uri, "years": "NaN"}]},
    {"experience": [{"occupation": FORKLIFT.uri, "years": "sNaN"}]},
    {"experience": [{"occupation": FORKLIFT.uri, "years": "Infinity"}]},
    {"experience": [{"occupation": {"x": 1}, "years": 1}]},
    {"preferences": {"residence_abroad": ["x"]}},
    {"preferences": {"residence_abroad": {"x": 1}}},
    {"skills": [], "languages": [1, [2], {"language": {"a": 1}}]},
])
def test_wrong_json_types_in_a_profile_are_a_422_naming_the_field(market, body):
    client = Client()
    before = list(PersonSkill.objects.filter(person=market["strong"]).values_list("skill_uri", "source"))
    response = _put(client, market["strong"], market["counsellor"], body)
    assert response.status_code == 422, response.content  # was a 500
    assert response.json()["errors"]
    assert list(PersonSkill.objects.filter(person=market["strong"]).values_list("skill_uri", "source")) == before


def test_who_made_an_extracted_skill_count_is_recorded(market):
    person, counsellor = market["weak"], market["counsellor"]
    PersonSkill.objects.create(person=person, skill_uri=SKILLS[2], source=SkillSource.EXTRACTED, added_at=clock.now())
    version = Person.objects.get(pk=person.pk).profile_version
    skills = [{"uri": uri, "source": source} for uri, source in PersonSkill.objects.filter(person=person).values_list("skill_uri", "source")]
    upgraded = [{**s, "source": "declared"} if s["uri"] == SKILLS[2] else s for s in skills]
    profiles.update_profile(f.principal(counsellor), person.pk, {"skills": upgraded}, expected_version=version)
    row = PersonSkill.objects.get(person=person, skill_uri=SKILLS[2])
    assert row.source == SkillSource.DECLARED
    assert row.confirmed_by == counsellor and row.confirmed_at is not None  # was None: nothing said who declared it


def test_confirm_all_takes_only_a_json_boolean(market):
    person = market["weak"]
    PersonSkill.objects.create(person=person, skill_uri=SKILLS[3], source=SkillSource.IMPLIED, added_at=clock.now())
    version = Person.objects.get(pk=person.pk).profile_version
    for value in ("yes", "1", "on", 1):
        response = Client().post(f"/api/v1/matching/persons/{person.pk}/suggestions/decisions", {"confirm_all": value, "version": version},
                                 content_type="application/json", **bearer(market["counsellor"]))
        assert response.status_code == 422, (value, response.content)
    assert PersonSkill.objects.get(person=person, skill_uri=SKILLS[3]).source == SkillSource.IMPLIED


def test_a_citizens_preferences_need_the_version_they_saw(market, db):
    person = market["strong"]
    citizen = f.user(Role.CITIZEN, person=person)
    client = Client()
    client.force_login(citizen)
    before = Person.objects.get(pk=person.pk).profile_version
    response = client.post("/mijn-vacatures/", {"form": "preferences", "max_commute_km": 25, "hours_min": 0, "hours_max": 38})
    assert response.status_code == 422  # was a 302: saved over whatever changed since
    assert Person.objects.get(pk=person.pk).profile_version == before


def test_an_override_reason_of_invisible_characters_is_no_reason(models, seeker):
    person, counsellor = seeker
    principal = f.principal(counsellor)
    with clock.travel_to(TODAY):
        plain = screening.record_assessment(principal, person.pk, ANSWERS)
        other = "short" if plain.proposed_category != "short" else "long"
        for reason in ("\u200b" * 12, "\u2800" * 12, "\u202e" * 5 + "   ." * 4):
            with pytest.raises(InvalidInput) as refused:
                screening.record_assessment(principal, person.pk, {**ANSWERS, "category": other, "override_reason": reason})
            assert refused.value.errors[0].field == "override_reason"
        done = screening.record_assessment(principal, person.pk, {**ANSWERS, "category": other, "override_reason": "\u200bHeeft werk beloofd."})
    assert done.override_reason == "Heeft werk beloofd."  # stored as a reader sees it


def test_a_huge_person_id_on_the_screening_page_is_a_404(models, seeker):
    _person, counsellor = seeker
    client = Client()
    client.force_login(counsellor)
    for person_id in ("9223372036854775808", "99999999999999999999"):
        assert client.get(f"/personen/{person_id}/screening/").status_code == 404  # was a 500
        assert client.post(f"/personen/{person_id}/screening/", ANSWERS).status_code == 404


def test_the_screening_worklist_log_names_what_it_shows(models, seeker):
    person, counsellor = seeker
    with clock.travel_to(TODAY):
        screening.worklist(f.principal(counsellor))
    entry = AccessLogEntry.objects.filter(person_id=person.pk, what__startswith="screeningswerklijst").latest("pk")
    assert "maanden werkloos" in entry.what and "laatste categorie" in entry.what
