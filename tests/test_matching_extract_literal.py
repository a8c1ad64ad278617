"""A CV adds to the profile only the competences it names almost literally; what it names by resemblance, meaning or a
translation becomes a suggestion the person confirms (walk of issue 16: "inventaris bijhouden" put "bibliotheekinventaris
bijhouden" and "inventaris van een vaartuig bijhouden" straight onto the profile). A declared or extracted competence
can be removed by the person or their counsellor, with the profile version they saw; a certified one cannot."""

from __future__ import annotations

from django.test import Client

from werkregie.accounts.models import Role
from werkregie.matching import profile_use_cases as profiles
from werkregie.matching.engine.skills import LITERAL
from werkregie.matching.models import PersonSkill, RejectedSkill, SkillSource
from werkregie.people.models import Person

from . import factories as f
from .test_matching_platform import NOW, SKILLS, TAXONOMY, bearer, market  # noqa: F401 - the shared fixture

WALK_CV = "Ik werkte acht jaar in de haven van Gent: laden en lossen van vrachtwagens, inventaris bijhouden en orders klaarzetten."


def test_only_literally_named_skills_go_onto_the_profile(market):
    literal = TAXONOMY.skills[TAXONOMY.skill_index[SKILLS[1]]].label("nl")
    citizen = f.user(Role.CITIZEN, person=market["weak"])
    found = profiles.add_extracted_skills(f.principal(citizen), market["weak"].pk, f"{WALK_CV} Ook: {literal}.", "nl")
    sources = dict(PersonSkill.objects.filter(person=market["weak"]).values_list("skill_uri", "source"))
    by_label = {r["label"]: r for r in found}
    for wrong in ("bibliotheekinventaris bijhouden", "inventaris van een vaartuig bijhouden"):
        # not even a suggestion since the CV's precision fix (engine/cv.py: a near name alone is no strong evidence)
        assert wrong not in by_label and not any(TAXONOMY.skills[TAXONOMY.skill_index[u]].label("nl") == wrong for u in sources), wrong
    assert sources[SKILLS[1]] == SkillSource.EXTRACTED and not {r["uri"]: r for r in found}[SKILLS[1]]["suggested"]
    extracted = [r for r in found if r["new"] and sources[r["uri"]] == SkillSource.EXTRACTED]
    assert extracted and all(r["score"] >= LITERAL for r in extracted)
    assert all(sources[r["uri"]] == SkillSource.IMPLIED for r in found if r["new"] and r["suggested"])


def test_the_person_and_the_counsellor_remove_a_skill_with_the_version_they_saw(market):
    p = market["weak"]  # one declared skill, SKILLS[0]
    PersonSkill.objects.create(person=p, skill_uri=SKILLS[1], source=SkillSource.EXTRACTED, added_at=NOW)
    PersonSkill.objects.create(person=p, skill_uri=SKILLS[2], source=SkillSource.CERTIFIED, added_at=NOW)
    citizen = f.user(Role.CITIZEN, person=p)
    client, headers = Client(), bearer(citizen)
    url = f"/api/v1/matching/persons/{p.pk}/profile/skills"
    assert client.delete(f"{url}?uri={SKILLS[1]}", **headers).status_code == 428
    assert client.delete(f"{url}?uri={SKILLS[1]}&version=99", **headers).status_code == 412
    version = Person.objects.get(pk=p.pk).profile_version
    done = client.delete(f"{url}?uri={SKILLS[1]}&version={version}", **headers)
    assert done.status_code == 200, done.content
    assert done["ETag"] == f'"v{version + 1}"' and not PersonSkill.objects.filter(person=p, skill_uri=SKILLS[1]).exists()
    assert RejectedSkill.objects.filter(person=p, skill_uri=SKILLS[1]).exists()  # a next CV does not put it back
    certified = client.delete(f"{url}?uri={SKILLS[2]}&version={version + 1}", **headers)
    assert certified.status_code == 422 and PersonSkill.objects.filter(person=p, skill_uri=SKILLS[2]).exists()
    counsellor = Client()
    counsellor.force_login(market["counsellor"])
    page = counsellor.post(f"/personen/{p.pk}/competenties/verwijderen/", {"uri": SKILLS[0], "version": version + 1})
    assert page.status_code == 302 and page["Location"] == f"/personen/{p.pk}/vacatures/"
    assert not PersonSkill.objects.filter(person=p, skill_uri=SKILLS[0]).exists()
    elsewhere = counsellor.post(f"/personen/{market['elsewhere'].pk}/competenties/verwijderen/", {"uri": SKILLS[0], "version": 1})
    assert elsewhere.status_code == 404 and PersonSkill.objects.filter(person=market["elsewhere"], skill_uri=SKILLS[0]).exists()
