"""Re-walk of issue 13: a person with no competences in the register (no profile, no work experience) got no visa: the
form listed nothing and refused "Leg minstens één competentie vast.". The form now has the EVC request's competence
search; competences found are added at the end of the list and kept through the next search. After the visa the
counsellor lands on the person's file for the purpose already chosen, not on the question why they open it."""

import re

import pytest
from django.test import Client

from tests import factories as f
from tests.careers_support import key_folder, setup, world  # noqa: F401 - fixtures
from werkregie.careers.models import CompetenceVisa
from werkregie.careers.use_cases import evc_skills
from werkregie.core import clock
from werkregie.matching.models import PersonSkill, SkillSource

pytestmark = pytest.mark.django_db

FORM = {"dismissal": "collective", "former_employer": "Bouwbedrijf Rewalk nv"}


def _rows(html: str) -> list[str]:
    return re.findall(r'<input type="hidden" name="extra" value="([^"]+)">', html)


def _bare_person(world):
    return f.person(first_name="Senne", last_name="Dierckx", team=world.counsellor.organisation, counsellor=world.counsellor)


def test_a_person_without_competences_gets_a_visa_with_two_searched_and_assessed_competences(world):
    person = _bare_person(world)
    client = Client()
    client.force_login(world.counsellor)
    url = f"/personen/{person.pk}/competentievisum/"
    empty = client.get(url).content.decode()
    assert 'data-testid="visa-no-skills"' in empty and 'name="zoek"' in empty
    day = clock.today().isoformat()
    first = client.post(url, {**FORM, "dismissal_date": day, "action": "search", "zoek": "heftruck"})
    assert first.status_code == 200
    html = first.content.decode()
    added = _rows(html)
    assert added and added[0] == evc_skills.search("heftruck", "nl")[0]["uri"], added
    assert 'value="Bouwbedrijf Rewalk nv"' in html  # what was entered stays
    # the first found one assessed, then a second search: the assessment and the first rows stay
    second = client.post(url, {**FORM, "dismissal_date": day, "extra": added, "level_0": "advanced", "evidence_0": "observation",
                               "action": "search", "zoek": "voorraad"})
    html = second.content.decode()
    rows = _rows(html)
    assert rows[:len(added)] == added and len(rows) > len(added)
    wanted = rows[len(added)]
    assert wanted == next(e["uri"] for e in evc_skills.search("voorraad", "nl") if e["uri"] not in added)
    assert re.search(r'name="level_0"[^>]*>.*?<option value="advanced" selected', html, re.S)
    done = client.post(url, {**FORM, "dismissal_date": day, "extra": rows, "level_0": "advanced", "evidence_0": "observation",
                             f"level_{len(added)}": "basic", f"evidence_{len(added)}": "test"})
    assert done.status_code == 302, done.content.decode()[:3000]
    visa = CompetenceVisa.objects.get(person=person)
    assert {s.skill_uri: s.level for s in visa.skills.all()} == {added[0]: "advanced", wanted: "basic"}
    assert set(PersonSkill.objects.filter(person=person, source=SkillSource.CERTIFIED).values_list("skill_uri", flat=True)) == {added[0], wanted}
    # finding 5: the person's file, not "Waarom raadpleegt u dit dossier?"
    landed = client.get(done["Location"])
    assert landed.status_code == 200
    assert "Waarom raadpleegt u dit dossier" not in landed.content.decode()
    assert "Het competentievisum is uitgereikt" in landed.content.decode()


def test_after_a_visa_the_file_opens_for_the_purpose_chosen_before(world):
    client = Client()
    client.force_login(world.counsellor)
    person = world.person
    assert client.get(f"/personen/{person.pk}/?doel=screening").status_code == 200
    url = f"/personen/{person.pk}/competentievisum/"
    done = client.post(url, {**FORM, "dismissal_date": clock.today().isoformat(), "level_0": "expert", "evidence_0": "test"})
    assert done.status_code == 302
    assert done["Location"] == f"/personen/{person.pk}/?doel=screening"


def test_a_word_that_finds_nothing_says_so(world):
    client = Client()
    client.force_login(world.counsellor)
    page = client.post(f"/personen/{_bare_person(world).pk}/competentievisum/", {**FORM, "action": "search", "zoek": "qqqzzzxx"})
    assert page.status_code == 200 and 'data-testid="visa-search-none"' in page.content.decode()
    assert "Leg minstens" not in page.content.decode()
