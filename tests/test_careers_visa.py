"""The competence visa: a counsellor records competences per ESCO skill after a dismissal; the visa is issued as a
verifiable credential and the skills become certified competences in the matching profile."""

import datetime as dt

import pytest

from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.access.models import AccessLogEntry
from werkregie.careers.models import CompetenceVisa
from werkregie.careers.use_cases import visa
from werkregie.core import clock
from werkregie.core.errors import InvalidInput, NotFound
from werkregie.credentials import use_cases as credentials
from werkregie.matching.models import PersonSkill
from werkregie.messaging.models import Message

pytestmark = pytest.mark.django_db


def _skills(n=2, level="independent", evidence="observation"):
    return [{"uri": u, "level": level, "evidence": evidence} for u in skill_uris(n)]


def test_counsellor_issues_a_visa_that_verifies_and_certifies_the_skills(world):
    made = visa.issue(world.p(world.counsellor), world.person.pk, dismissal="collective", former_employer="Bekaert Zwevegem",
                      dismissal_date=clock.today() - dt.timedelta(days=20), occupation_uri=world.occupation, skills=_skills(3))
    assert made.skills.count() == 3
    creds = credentials.credentials_of(world.person)
    visa_cred = next(c for c in creds if c.kind == "competence_visa")
    assert str(visa_cred.uid) == made.credential_id
    assert set(visa_cred.skills) == set(skill_uris(3))
    assert credentials.verify(visa_cred.token).valid
    sources = dict(PersonSkill.objects.filter(person=world.person).values_list("skill_uri", "source"))
    assert all(sources[u] == "certified" for u in skill_uris(3))  # the declared one became certified too
    assert Message.objects.filter(person_id=world.person.pk, template_key="careers.visa_issued").count() == 1
    assert AccessLogEntry.objects.filter(person_id=world.person.pk, purpose="competence_recognition").exists()


def test_a_counsellor_outside_the_caseload_cannot_issue(world):
    with pytest.raises(NotFound):
        visa.issue(world.p(world.other_counsellor), world.person.pk, dismissal="collective", former_employer="X",
                   dismissal_date=clock.today(), skills=_skills())
    with pytest.raises(NotFound):
        visa.issue(world.p(world.citizen), world.person.pk, dismissal="collective", former_employer="X", dismissal_date=clock.today(), skills=_skills())
    assert not CompetenceVisa.objects.exists()


@pytest.mark.parametrize("change, field", [
    ({"dismissal": "fired"}, "dismissal"),
    ({"former_employer": ""}, "former_employer"),
    ({"dismissal_date": None}, "dismissal_date"),
    ({"dismissal_date": dt.date(1990, 1, 1)}, "dismissal_date"),
    ({"skills": []}, "skills"),
    ({"skills": [{"uri": "http://data.europa.eu/esco/skill/nope", "level": "basic", "evidence": "test"}]}, "skills[0].uri"),
    ({"skills": [{"uri": skill_uris(1)[0], "level": "guru", "evidence": "test"}]}, "skills[0].level"),
    ({"occupation_uri": "http://example.org/x"}, "occupation"),
])
def test_bad_input_names_the_field_and_writes_nothing(world, change, field):
    values = {"dismissal": "collective", "former_employer": "Ford Genk", "dismissal_date": clock.today(), "skills": _skills()} | change
    with pytest.raises(InvalidInput) as caught:
        visa.issue(world.p(world.counsellor), world.person.pk, **values)
    assert field in [e.field for e in caught.value.errors]
    assert not CompetenceVisa.objects.exists() and not credentials.credentials_of(world.person)


def test_the_visa_page_issues_through_the_form(world, client):
    client.force_login(world.counsellor)
    url = f"/personen/{world.person.pk}/competentievisum/"
    page = client.get(url)
    assert page.status_code == 200 and "Competentievisum voor Sofie Peeters" in page.content.decode()
    form = {"dismissal": "collective", "former_employer": "Audi Brussels", "dismissal_date": clock.today().isoformat(),
            "level_0": "advanced", "evidence_0": "portfolio"}
    response = client.post(url, form)
    assert response.status_code == 302
    assert CompetenceVisa.objects.get().skills.count() == 1
    bad = client.post(url, {**form, "level_0": "advanced", "evidence_0": ""})
    assert bad.status_code == 422 and "Kies hoe de competentie is aangetoond" in bad.content.decode()
    client.force_login(world.other_counsellor)
    assert client.get(url).status_code == 404


def test_the_visa_api(world, client):
    from tests import factories as f

    headers = {"HTTP_AUTHORIZATION": f"Bearer {f.token(world.counsellor)}"}
    body = {"dismissal": "collective", "former_employer": "Van Hool", "dismissal_date": clock.today().isoformat(), "skills": _skills(2)}
    made = client.post(f"/api/v1/careers/persons/{world.person.pk}/visas", body, content_type="application/json", **headers)
    assert made.status_code == 201, made.content
    assert len(made.json()["skills"]) == 2
    listed = client.get(f"/api/v1/careers/persons/{world.person.pk}/visas", **headers)
    assert [v["id"] for v in listed.json()] == [made.json()["id"]]
    bad = client.post(f"/api/v1/careers/persons/{world.person.pk}/visas", {**body, "skills": []}, content_type="application/json", **headers)
    assert bad.status_code == 422 and bad["Content-Type"] == "application/problem+json"
    assert bad.json()["errors"][0]["field"] == "skills"
