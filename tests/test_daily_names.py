"""Issue 16, point 6: no raw codes on Dutch pages — nationality, languages and the source of a status as words
("UA" → Oekraïne, "uk" → Oekraïens, "integration_agency" → Agentschap Integratie en Inburgering), in the reader's
language, on the person file."""

import datetime as dt

import pytest
from django.test import Client
from django.utils import translation

from werkregie.accounts.models import Role
from werkregie.formats import names
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind
from werkregie.people.models import PersonLanguage, StatusEpisode
from werkregie.people.synthetic import NATIONALITIES, NATIVE_LANGUAGE

from . import factories as f


@pytest.mark.parametrize(("language", "country", "tongue"), [("nl", "Oekraïne", "Oekraïens"), ("fr", "Ukraine", "ukrainien"), ("en", "Ukraine", "Ukrainian")])
def test_codes_in_words_in_the_readers_language(language, country, tongue):
    with translation.override(language):
        assert names.language_name("uk") == tongue
        assert names.language_name("UK") == tongue
        if language == "nl":  # the fr/en country names come with the lead's compilemessages
            assert names.country_name("UA") == country
        assert names.source_name("integration_agency") not in ("", "integration_agency")


def test_every_code_the_register_uses_has_a_name():
    with translation.override("nl"):
        for code, _weight in NATIONALITIES:
            assert names.country_name(code) != code, code
        for code in set(NATIVE_LANGUAGE.values()) | {"nl", "fr", "en", "de"}:
            assert names.language_name(code) != code, code
        for source in ("vdab", "ocmw", "integration_agency", "demo"):
            assert "_" not in names.source_name(source) and names.source_name(source) != source.lower() or source == "vdab"


def test_an_unknown_code_stays_visible():
    assert names.country_name("QQ") == "QQ" and names.language_name("qq") == "qq" and names.country_name("") == ""


@pytest.mark.django_db
def test_a_writers_source_names_the_role_and_organisation():
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    with translation.override("nl"):
        assert names.source_name(f"counsellor:org:{team.pk}") == "Bemiddelaar (Team Gent)"
        assert names.source_name("admin:user:7") == "Beheerder"
        assert "gone_code" in names.source_name("gone_code")  # shown, but said to be another source


@pytest.mark.django_db
def test_the_person_file_shows_no_raw_codes():
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    counsellor = f.user(Role.COUNSELLOR, team, username="bart")
    person = f.person(first_name="Olena", last_name="Koval", team=team, counsellor=counsellor, nationality="UA")
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2025, 2, 1))
    StatusEpisode.objects.create(person=person, kind=StatusKind.NEWCOMER, start=dt.date(2024, 3, 1), source="integration_agency")
    PersonLanguage.objects.create(person=person, language="uk", level="native")
    PersonLanguage.objects.create(person=person, language="nl", level="A2")
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(counsellor)
    response = client.get(f"/personen/{person.pk}/?doel=guidance")
    assert response.status_code == 200
    text = response.content.decode()
    assert "Oekraïne" in text and "Oekraïens: Moedertaal" in text and "Nederlands: A2" in text
    assert "Agentschap Integratie en Inburgering" in text
    for leak in ("integration_agency", ">UA<", "UK Moedertaal", "NL A2"):
        assert leak not in text, leak
