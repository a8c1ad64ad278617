"""The access log's descriptions in the reader's language (issue 16, point 8: "store codes, translate on display").

Every description the code base writes (read from its source: tests/access_descriptions_ast.py) has a template in
werkregie.access.descriptions, and every template its French and English; the citizen's page, the admin and the API
show them in the reader's language; what has no template stays as stored, marked lang="nl".
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from django.test import Client
from django.utils import translation

from werkregie.access import descriptions
from werkregie.access.descriptions import describe_what, template_of
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind

from . import factories as f
from .access_descriptions_ast import HOLE, collect

SCRIPTS = Path(__file__).resolve().parent.parent / "scripts"
PLACEHOLDER = re.compile(r"%\(\w+\)s")


def _translations() -> dict:
    found: dict = {}
    for path in sorted(SCRIPTS.glob("translations*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for key, value in getattr(module, "T", {}).items():
            found.setdefault(key, value)
    return found


def _shape(text: str) -> str:
    return PLACEHOLDER.sub(HOLE, text)


def test_the_collector_sees_the_call_sites_and_their_helpers():
    found = collect()
    assert len(found) > 90
    assert "EVC: aanvraag ingetrokken" in found  # through _log(principal, req, what) → f"EVC: {what}"
    assert "digitaal bewijs: downloaden (JWT) {}" in found and "digitaal bewijs: ingezien {}" in found  # an argument, and the default
    assert "aanwervingssteun voor vacature {} (effect, met toestemming)" in found  # both branches of a conditional
    assert "matching: voorgestelde competenties (afgeleid uit cv)" in found  # a module constant
    assert "traject: stap" in found  # a dictionary of constants
    assert "gemeenschapsdienst: uren geregistreerd" in found  # a helper in another module of the app


def test_every_description_written_has_a_template():
    shapes = {_shape(t) for t in descriptions.templates()}
    missing = {pattern: where for pattern, where in collect().items() if pattern not in shapes}
    assert not missing, f"add these to werkregie/access/descriptions.py (and their French and English): {missing}"


def test_every_template_and_list_item_has_its_french_and_english_with_the_same_placeholders():
    known = _translations()
    for template in [*descriptions.templates(), *descriptions.ITEMS]:
        assert template in known, template
        value = known[template]
        fr, en = (value["fr"], value["en"]) if isinstance(value, dict) else value
        for text in (fr, en):
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(template)), (template, text)


@pytest.mark.parametrize("stored, template", [
    ("sollicitaties voor vacature 9566 (naam, toestand)", "sollicitaties voor vacature %(n1)s (naam, toestand)"),
    ("controle: bewijs (PDF) van bericht 12 van dossier 7", "controle: bewijs (PDF) van bericht %(n1)s van dossier %(n2)s"),
    ("controle: bewijsstuk loonfiche 2024.pdf van dossier 7", "controle: bewijsstuk %(name)s van dossier %(n1)s"),
    ("persoonsgegevens: contact, profile", "persoonsgegevens: %(items)s"),
    ("zoekresultaat: naam, INSZ, geboortedatum, gemeente, huidige status, wat te doen (doorverwijzing, traject)", "zoekresultaat: %(items)s"),
    ("overzicht: naam, huidige status, termijnen, afstand, volgende taak, laatste contact, gemeente", "overzicht: %(items)s"),
    ("beheer: lijst personen", "beheer: lijst %(models)s"),
    ("iets van vroeger", None),
    ("zoekresultaat: naam, iets onbekends", None),  # one item without a translation: the whole text as stored, never mixed
    ("persoonsgegevens: contact, geheim", None),
])
def test_a_stored_text_finds_its_template(stored, template):
    assert template_of(stored) == template


def test_dutch_stays_as_written_and_numbers_and_free_parts_are_kept():
    for stored in ("sollicitaties voor vacature 9566 (naam, toestand)", "controle: bewijsstuk loonfiche 2024.pdf van dossier 7",
                   "zoekresultaat: naam, INSZ, gemeente"):
        with translation.override("nl"):
            assert describe_what(stored) == stored
    with translation.override("nl"):
        assert describe_what("persoonsgegevens: contact, profile") == "persoonsgegevens: contactgegevens, profiel"


@pytest.mark.parametrize("language, stored, expected", [
    ("fr", "sollicitaties voor vacature 9566 (naam, toestand)", "candidatures pour l'offre 9566 (nom, état)"),
    ("en", "sollicitaties voor vacature 9566 (naam, toestand)", "applications for vacancy 9566 (name, state)"),
    ("fr", "aanwervingssteun voor vacature 9566 (effect, met toestemming)", "aide à l'embauche pour l'offre 9566 (effet, avec consentement)"),
    ("en", "sollicitaties en terugkoppeling van werkgevers", "applications and feedback from employers"),
    ("fr", "persoonsgegevens: contact, profile", "données personnelles : coordonnées, profil"),
    ("en", "persoonsgegevens: contact, profile", "personal data: contact details, profile"),
    ("en", "controle: bewijsstuk loonfiche 2024.pdf van dossier 7", "control: evidence document loonfiche 2024.pdf of file 7"),
    ("fr", "zoekresultaat: naam, INSZ, gemeente", "résultat de recherche : nom, NISS, commune"),
    ("en", "iets van vroeger", "iets van vroeger"),
])
def test_descriptions_are_shown_in_the_readers_language(language, stored, expected):
    """Needs the compiled catalogues (the lead compiles scripts/translations_lead.py into werkregie/locale)."""
    with translation.override(language):
        assert describe_what(stored) == expected


# --- where the descriptions are shown: the citizen's page, the admin's log, the API of the citizen's own log ---------

@pytest.fixture
def logged(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    bart = f.principal(f.user(Role.COUNSELLOR, team, first_name="Bart", last_name="De Smet")).actor()
    person = f.person(first_name="Sofie", last_name="Peeters", team=team)
    for what in ("sollicitaties voor vacature 9566 (naam, toestand)", "aanwervingssteun voor vacature 9566 (effect, met toestemming)",
                 "persoonsgegevens: contact, profile", "iets van vroeger"):
        record_access(bart, [person.pk], what, "guidance", "web")
    return f.user(Role.CITIZEN, person=person)


FRENCH = ("candidatures pour l'offre 9566 (nom, état)", "aide à l'embauche pour l'offre 9566 (effet, avec consentement)",
          "données personnelles : coordonnées, profil")
ENGLISH = ("applications for vacancy 9566 (name, state)", "hiring support for vacancy 9566 (effect, with consent)",
           "personal data: contact details, profile")
DUTCH = ("sollicitaties voor vacature", "aanwervingssteun", "persoonsgegevens", "contact, profile")


@pytest.mark.parametrize("language, expected", [("fr", FRENCH), ("en", ENGLISH)])
def test_the_citizens_page_shows_the_descriptions_in_the_readers_language(logged, language, expected):
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(logged)
    html = client.get("/mijn-gegevens/raadplegingen/").content.decode()
    for text in expected:
        assert text.replace("'", "&#x27;") in html, text
    assert not any(word in html for word in DUTCH)
    assert html.count('lang="nl">iets van vroeger<') == 1  # no template: as stored, marked Dutch


def test_the_api_of_the_citizens_own_log_gives_the_description_in_the_requests_language(logged):
    client = Client(HTTP_AUTHORIZATION=f"Bearer {f.token(logged)}", HTTP_ACCEPT_LANGUAGE="en")
    items = client.get("/api/v1/me/access-log").json()["items"]
    labels = {item["what"]: item["what_label"] for item in items}
    assert labels["persoonsgegevens: contact, profile"] == "personal data: contact details, profile"  # not "contact, profile"
    assert labels["sollicitaties voor vacature 9566 (naam, toestand)"] == ENGLISH[0]
    assert labels["iets van vroeger"] == "iets van vroeger"


def test_the_admins_access_log_shows_the_descriptions_in_the_admins_language(logged):
    admin = Client(HTTP_ACCEPT_LANGUAGE="fr")
    admin.force_login(f.user(Role.ADMIN, username="beheer", is_staff=True, is_superuser=True))
    html = admin.get("/admin/access/accesslogentry/").content.decode()
    assert "candidatures pour l&#x27;offre 9566 (nom, état)" in html and "sollicitaties voor vacature" not in html


def test_reads_logged_in_an_earlier_wording_are_shown_in_todays():
    """Until stop 32 reads of digital proofs were logged as "credentials: …", the jargon the walk of issue 13 removed from
    Dutch pages; the log is never rewritten, so such entries are shown in today's wording, in every language."""
    with translation.override("nl"):
        assert describe_what("credentials: competentiepaspoort") == "digitale bewijzen: competentiepaspoort"
        assert describe_what("credentials: credential 12") == "digitaal bewijs: ingezien 12"
    with translation.override("en"):
        assert describe_what("credentials: downloaden (JWT) 12") == "digital proof: download (JWT) 12"
