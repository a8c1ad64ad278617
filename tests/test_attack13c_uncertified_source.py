"""Issue 13's attack on a demo (MEDIUM): revoking a credential turned its skills into "declared" (Zelf opgegeven) in the
person's matching profile, also skills the person had never claimed — and a declared skill counts in matching and
suitability. Each skill now goes back to the source it had before a proof first certified it, or leaves the profile
when the proof alone had put it there."""

from __future__ import annotations

import json

from tests import factories as f
from tests.credentials_support import key_folder, keyed, world  # noqa: F401 - fixtures
from werkregie.core import clock
from werkregie.matching.models import PersonSkill, SkillSource
from werkregie.matching.platform import taxonomy


def _uris(n: int) -> list[str]:
    tax = taxonomy()
    return [tax.skills[i].uri for i in (21, 221, 2221, 3221, 4221)[:n]]


def _sources(person) -> dict[str, str]:  # noqa: ANN001
    return dict(PersonSkill.objects.filter(person=person).values_list("skill_uri", "source"))


def _issue(client, world, uris: list[str], title: str = "Gecertificeerde competenties") -> int:
    made = client.post("/api/v1/credentials/issue", json.dumps({"person_id": world.person.pk, "kind": "certified_competence", "title": title,
                                                                "skills": uris}),
                       content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {f.token(world.counsellor)}")
    assert made.status_code == 201, made.content
    return made.json()["id"]


def _revoke(client, world, credential_id: int) -> None:
    done = client.post(f"/api/v1/credentials/{credential_id}/revocation", json.dumps({"reason": "Ten onrechte uitgereikt"}),
                       content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {f.token(world.counsellor)}")
    assert done.status_code == 200, done.content


def test_a_revocation_gives_each_skill_back_its_own_source_and_invents_no_self_claim(world, client):
    declared, extracted, implied, added = _uris(4)
    for uri, source in ((declared, SkillSource.DECLARED), (extracted, SkillSource.EXTRACTED), (implied, SkillSource.IMPLIED)):
        PersonSkill.objects.create(person=world.person, skill_uri=uri, source=source, added_at=clock.now())
    made = _issue(client, world, [declared, extracted, implied, added])
    assert set(_sources(world.person).values()) == {SkillSource.CERTIFIED}
    _revoke(client, world, made)
    assert _sources(world.person) == {declared: SkillSource.DECLARED, extracted: SkillSource.EXTRACTED, implied: SkillSource.IMPLIED}
    from werkregie.careers.models import CertifiedSkillOrigin

    assert not CertifiedSkillOrigin.objects.filter(person=world.person).exists()


def test_a_skill_two_proofs_certify_keeps_its_first_origin_until_both_are_gone(world, client):
    own, added = _uris(2)
    PersonSkill.objects.create(person=world.person, skill_uri=own, source=SkillSource.EXTRACTED, added_at=clock.now())
    first = _issue(client, world, [own, added], "Eerste")
    second = _issue(client, world, [own, added], "Tweede")
    _revoke(client, world, first)
    assert _sources(world.person) == {own: SkillSource.CERTIFIED, added: SkillSource.CERTIFIED}
    _revoke(client, world, second)
    assert _sources(world.person) == {own: SkillSource.EXTRACTED}


def test_mijn_loopbaan_shows_no_declared_skill_after_a_revocation(world, client):
    [added] = _uris(1)
    _revoke(client, world, _issue(client, world, [added]))
    client.force_login(world.citizen)
    page = client.get("/mijn-loopbaan/").content.decode()
    competences = page.split('id="h-competences"', 1)[1].split("</section>", 1)[0]
    from werkregie.careers.use_cases import common

    # the revoked proof is still listed in the passport (as revoked); the competences no longer name its skill
    assert common.skill_label(added, "nl") not in competences and "Zelf opgegeven <span class=\"count\">(0)" in competences
