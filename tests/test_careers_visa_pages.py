"""The competence visa as an employer meets it (walk of stop 25, issue 13): the shared passport and the public
verification page show what the signed credential says, the counsellor's summary and each skill's level, not only the
skills' names; a credential that does not verify shows none of its words."""

import datetime as dt

import pytest
from django.test import Client

from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.careers.use_cases import shares, visa
from werkregie.core import clock
from werkregie.credentials import use_cases as credentials

pytestmark = pytest.mark.django_db

SUMMARY = "Twintig jaar ervaring als heftruckchauffeur in een distributiecentrum; werkt nauwkeurig en veilig."


def _visa(world):
    made = visa.issue(world.p(world.counsellor), world.person.pk, dismissal="collective", former_employer="Bekaert Zwevegem",
                      dismissal_date=clock.today() - dt.timedelta(days=20), occupation_uri=world.occupation, summary=SUMMARY,
                      skills=[{"uri": u, "level": "expert", "evidence": "observation"} for u in skill_uris(2)])
    return next(c for c in credentials.credentials_of(world.person) if str(c.uid) == made.credential_id)


def test_the_shared_passport_shows_the_visas_summary_and_levels(world):
    credential = _visa(world)
    link = shares.create(world.p(world.citizen), "Logistiek Gent", [str(credential.uid)], 30)
    html = Client().get(f"/paspoort/{link.token}/").content.decode()
    assert SUMMARY in html and "Expert: kan anderen opleiden" in html
    assert "Beoordeling door de bemiddelaar" in html, "the evidence of the assessment, per skill"


def test_the_verification_page_shows_what_a_valid_credential_says_and_nothing_of_a_forged_one(world):
    credential = _visa(world)
    valid = Client().post("/verifieer/", {"credential": credential.token}).content.decode()
    assert SUMMARY in valid
    head, body, signature = credential.token.split(".")
    forged = Client().post("/verifieer/", {"credential": f"{head}.{body}.{signature[:-4]}AAAA"}).content.decode()
    assert SUMMARY not in forged
