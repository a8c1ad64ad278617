"""Issue 13's attack on a demo, the LOW findings: (a) the career signals said "Aantallen onder 10 tonen we niet" beside
"Werkzoekenden 0"; (b) "Vervalt binnenkort" for learning credit lapsing thirteen months later; (c) revoking a share link
that is revoked already answered 409; (d) English skill names inside a credential that declares itself Dutch, unmarked;
(e) a catalogue session with no places (places 0, free places 0) was accepted."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client

from tests import factories as f
from tests.test_signals_platform import TODAY, WIRE, fresh_signals, vacancies  # noqa: F401 - fixtures
from tests.training_support import provider, record
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.learning import use_cases as learning
from werkregie.matching.models import PersonExperience
from werkregie.matching.platform import taxonomy
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.people.enums import StatusKind
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


# --- (a) a zero beside "minder dan 10" -----------------------------------------------------------------------------------


def test_the_signals_table_says_geen_for_a_zero_and_explains_it(ref, client):
    employer = f.organisation(OrganisationKind.EMPLOYER)
    person = f.person()
    f.episode(person, StatusKind.EMPLOYED, start=dt.date(2020, 1, 1))  # working: no job seeker for the occupation in the province
    PersonExperience.objects.create(person=person, occupation_uri=WIRE, years=6)
    citizen = f.user(Role.CITIZEN, person=person)
    vacancies(employer, WIRE, 5, dt.date(2026, 1, 10), closed=dt.date(2026, 4, 2))  # a small cell in the first quarter
    vacancies(employer, WIRE, 40, dt.date(2026, 10, 5))
    client.force_login(citizen)
    with clock.travel_to(TODAY):
        page = client.get("/mijn-loopbaan/").content.decode()
    panel = page.split('class="career-signals"', 1)[1].split("</section>", 1)[0]
    cells = [c.split(">", 1)[1].split("<", 1)[0] for c in panel.split('<td data-label="Werkzoekenden"')[1:]]
    assert cells == ["geen"] * 4, cells
    vacancy_cells = [c.split(">", 1)[1].split("<", 1)[0] for c in panel.split('<td data-label="Openstaande vacatures"')[1:]]
    assert vacancy_cells == ["minder dan 10", "geen", "geen", "40"], vacancy_cells
    assert "„Geen” betekent nul" in panel and "Aantallen onder 10 tonen we niet," not in panel


# --- (b) "binnenkort" ------------------------------------------------------------------------------------------------------


@pytest.fixture
def saver(ref):
    with clock.travel_to(dt.datetime(2026, 11, 30, 10, tzinfo=dt.UTC)):
        person = f.person(birth_date=dt.date(1988, 4, 2))
        f.episode(person, StatusKind.EMPLOYED, start=dt.date(2020, 1, 1))
        citizen = f.user(Role.CITIZEN, person=person)
        learning.credit_yearly(person, 2025, PLATFORM)  # valid up to and including 31/12/2027
    return citizen


@pytest.mark.parametrize("url", ["/mijn-loopbaan/leerrekening/", "/mijn-loopbaan/"])
def test_credit_lapsing_in_thirteen_months_is_not_binnenkort(saver, url):
    client = Client()
    client.force_login(saver)
    with clock.travel_to(dt.datetime(2026, 11, 30, 10, tzinfo=dt.UTC)):
        far = client.get(url).content.decode()
    assert "Vervalt binnenkort" not in far and "Vervaldatum" in far and "vervalt na 31/12/2027 als u het niet gebruikt" in far
    with clock.travel_to(dt.datetime(2027, 11, 15, 10, tzinfo=dt.UTC)):
        near = client.get(url).content.decode()
    assert "Vervalt binnenkort" in near and "na 31/12/2027 als u het niet gebruikt" in near


# --- (c) revoking a revoked link -----------------------------------------------------------------------------------------


def test_revoking_a_revoked_share_link_again_answers_its_state(ref, settings, tmp_path):
    from werkregie.careers.use_cases import shares
    from werkregie.credentials import use_cases as credentials

    settings.KEY_DIR = tmp_path
    settings.WERKREGIE_PUBLIC_URL = "http://testserver"
    person = f.person()
    citizen = f.user(Role.CITIZEN, person=person)
    made = credentials.issue(person=person, kind="certified_competence", title="Heftruck", skills=[taxonomy().skills[11].uri], who=PLATFORM)
    share = shares.create(f.principal(citizen), "Bakkerij Janssens", [str(made.uid)], 30).share
    client = Client()
    auth = {"HTTP_AUTHORIZATION": f"Bearer {f.token(citizen)}"}
    first = client.delete(f"/api/v1/careers/me/shares/{share.pk}?version={share.version}", **auth)
    assert first.status_code == 200 and first.json()["state"] == "revoked"
    for version in (share.version, first.json()["version"]):  # a retried request, or one with the version it got back
        again = client.delete(f"/api/v1/careers/me/shares/{share.pk}?version={version}", **auth)
        assert again.status_code == 200, again.content
        assert again.json()["state"] == "revoked" and again.json()["revoked_at"] == first.json()["revoked_at"]
    client.force_login(citizen)
    page = client.post(f"/mijn-loopbaan/delen/{share.pk}/intrekken/", {"version": share.version}, follow=True).content.decode()
    assert "De link is ingetrokken" in page


# --- (d) the language of a skill's name in a Dutch credential -------------------------------------------------------------


def test_a_skill_without_a_dutch_label_is_marked_english_in_the_credential(ref, settings, tmp_path):
    from werkregie.credentials import signing
    from werkregie.credentials import use_cases as credentials

    settings.KEY_DIR = tmp_path
    settings.WERKREGIE_PUBLIC_URL = "http://testserver"
    tax = taxonomy()
    dutch = next(s for s in tax.skills if s.labels.get("nl"))
    english = next(s for s in tax.skills if not s.labels.get("nl") and s.labels.get("en"))
    made = credentials.issue(person=f.person(), kind="certified_competence", title="Competenties", skills=[dutch.uri, english.uri], who=PLATFORM)
    achievement = signing.peek(made.token)[1]["credentialSubject"]["achievement"]
    assert achievement["inLanguage"] == "nl"
    by_uri = {a["targetUrl"]: a for a in achievement["alignment"]}
    assert by_uri[dutch.uri]["targetName"] == dutch.label("nl") and "targetDescription" not in by_uri[dutch.uri]
    assert by_uri[english.uri]["targetName"] == english.label("en")
    assert by_uri[english.uri]["targetDescription"].startswith("Benaming in het Engels (taal: en)")
    assert credentials.verify(made.token).valid


# --- (e) a session with no places ---------------------------------------------------------------------------------------


def test_a_session_without_places_is_refused_naming_record_and_field(ref):
    org = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER)
    mine = provider(organisation=org)
    partner = f.user(Role.PARTNER, organisation=org)
    start = (clock.today() + dt.timedelta(days=30)).isoformat()
    body = [record("C1"), record("C2", sessions=[{"session_id": "S1", "start": start, "places": 0, "free_places": 0}])]
    answer = Client().put(f"/api/v1/training/providers/{mine.pk}/courses", json.dumps(body), content_type="application/json",
                          HTTP_AUTHORIZATION=f"Bearer {f.token(partner)}")
    assert answer.status_code == 422, answer.content
    [error] = answer.json()["errors"]
    assert error["field"] == "record 2.sessions[1].places" and "minstens 1 plaats" in error["message"]
    assert not mine.courses.exists()
    full = [record("C1", sessions=[{"session_id": "S1", "start": start, "places": 12, "free_places": 0}])]  # full, not placeless
    assert Client().put(f"/api/v1/training/providers/{mine.pk}/courses", json.dumps(full), content_type="application/json",
                        HTTP_AUTHORIZATION=f"Bearer {f.token(partner)}").status_code == 200
