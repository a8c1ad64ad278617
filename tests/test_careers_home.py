"""Mijn Loopbaan: for anyone in the register with a citizen account (working or not): competences by source,
experience, target occupations (add, remove, at most five), the passport, learning account, trainings and signals."""

import pytest

from tests import factories as f
from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.careers.use_cases import loopbaan
from werkregie.core.errors import InvalidInput, NotFound
from werkregie.credentials import use_cases as credentials
from werkregie.matching.models import DesiredOccupation, PersonSkill, SkillSource
from werkregie.matching.platform import taxonomy
from werkregie.people.concurrency import PreconditionFailed as StaleProfile
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


def _occupations(n):
    tax = taxonomy()
    return [o.uri for o in tax.occupations[100:100 + n]]


def test_the_page_shows_every_part_for_a_working_person(world, client):
    # no status episode at all: someone with a job, not a job seeker
    from werkregie.core import clock

    PersonSkill.objects.create(person=world.person, skill_uri=skill_uris(3)[2], source=SkillSource.EXTRACTED, added_at=clock.now())
    credentials.issue(person=world.person, kind="diploma", title="Bachelor Verpleegkunde", skills=[], who=PLATFORM)
    client.force_login(world.citizen)
    page = client.get("/mijn-loopbaan/")
    body = page.content.decode()
    assert page.status_code == 200
    for text in ("Mijn Loopbaan", "Zelf opgegeven", "Uit cv of tekst gehaald", "Gecertificeerd", "Ervaring en opleiding", "Mijn doelberoepen",
                 "Bachelor Verpleegkunde", "Mijn paspoort delen", "Erkenning van verworven competenties"):
        assert text in body, text
    for panel in ("Competentiepaspoort", "Leer- en loopbaanrekening", "Opleidingen voor uw doelberoep", "Loopbaansignalen"):
        assert panel in body, panel
    assert 'href="/mijn-loopbaan/"' in body  # in the citizen's menu


def test_other_roles_get_no_career_page(world, client):
    client.force_login(world.counsellor)
    assert client.get("/mijn-loopbaan/").status_code == 403
    client.force_login(f.user("citizen"))  # an account without a person
    assert "Geen persoon gekoppeld" in client.get("/mijn-loopbaan/").content.decode()


def test_targets_are_added_and_removed_at_most_five(world):
    citizen = world.p(world.citizen)
    uris = _occupations(6)
    for uri in uris[:5]:
        loopbaan.add_target(citizen, uri)
    assert loopbaan.add_target(citizen, uris[0])["desired_occupations"]  # adding one that is there changes nothing
    with pytest.raises(InvalidInput):
        loopbaan.add_target(citizen, uris[5])
    with pytest.raises(InvalidInput):
        loopbaan.add_target(citizen, "http://data.europa.eu/esco/occupation/none")
    loopbaan.remove_target(citizen, uris[1])
    assert set(DesiredOccupation.objects.filter(person=world.person).values_list("occupation_uri", flat=True)) == set(uris[:5]) - {uris[1]}
    with pytest.raises(NotFound):
        loopbaan.remove_target(citizen, uris[1])
    with pytest.raises(NotFound):
        loopbaan.add_target(world.p(world.counsellor), uris[5])


def test_a_stale_page_cannot_overwrite_targets(world):
    citizen = world.p(world.citizen)
    version = loopbaan.overview(citizen).version
    loopbaan.add_target(citizen, _occupations(1)[0], version)
    with pytest.raises(StaleProfile):
        loopbaan.add_target(citizen, _occupations(2)[1], version)


def test_targets_on_the_page_and_through_the_api(world, client):
    uri = _occupations(1)[0]
    client.force_login(world.citizen)
    version = loopbaan.overview(world.p(world.citizen)).version
    assert client.post("/mijn-loopbaan/doelberoepen/", {"occupation": uri, "version": version}).status_code == 302
    assert DesiredOccupation.objects.filter(person=world.person, occupation_uri=uri).exists()
    assert client.post("/mijn-loopbaan/doelberoepen/verwijderen/", {"occupation": uri, "version": version + 1}).status_code == 302
    assert not DesiredOccupation.objects.filter(person=world.person).exists()
    headers = {"HTTP_AUTHORIZATION": f"Bearer {f.token(world.citizen)}"}
    added = client.post("/api/v1/careers/me/targets", {"occupation": uri}, content_type="application/json", **headers)
    assert added.status_code == 200 and added.json()[0]["uri"] == uri
    assert client.get("/api/v1/careers/me/targets", **headers).json()[0]["uri"] == uri
    bad = client.post("/api/v1/careers/me/targets", {"occupation": "nope"}, content_type="application/json", **headers)
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"] == "occupation"


def test_removing_a_target_through_the_api_answers_per_role_and_checks_the_version(world, client):
    """DELETE /api/v1/careers/me/targets (issue 13 follow-up): another role is refused as such (404: it has no own
    record), not 422 on a missing ?occupation= before the role was checked; the person gets 422 naming the field, a stale
    version 412, and the target is removed with the version seen."""
    uri = _occupations(1)[0]
    citizen = world.p(world.citizen)
    loopbaan.add_target(citizen, uri)
    for user in (world.counsellor, f.user("admin")):
        other = client.delete("/api/v1/careers/me/targets", HTTP_AUTHORIZATION=f"Bearer {f.token(user)}")
        assert other.status_code == 404, other.content
    headers = {"HTTP_AUTHORIZATION": f"Bearer {f.token(world.citizen)}"}
    missing = client.delete("/api/v1/careers/me/targets", **headers)
    assert missing.status_code == 422 and missing.json()["errors"][0]["field"] == "occupation"
    version = loopbaan.overview(citizen).version
    stale = client.delete(f"/api/v1/careers/me/targets?occupation={uri}", HTTP_IF_MATCH=f'"v{version - 1}"', **headers)
    assert stale.status_code in (409, 412) and DesiredOccupation.objects.filter(person=world.person).exists()
    done = client.delete(f"/api/v1/careers/me/targets?occupation={uri}&version={version}", **headers)
    assert done.status_code == 200 and done.json() == [] and not DesiredOccupation.objects.filter(person=world.person).exists()
