"""Walk of issue 13 point 9: the export's readable PDF (79 pages) still held raw key/value dumps under "Toelichting"
("feature: digital_skills; effect: -4.7", "status_list_id: 3", "deliberate_indefinite: True", "amount: -390.00"), codes
("taal nl", "nationaliteit BE", "bron vdab"), numbers the English way ("0.2775", "10.0"), the login account's internals
("supergebruikerstatus", "stafstatus", "OIDC-identiteit", "datum toegetreden"), "Rekenings"/"Reserverings", and a partner
link without the partner's name. The export page: asking for a new export beside a ready one said "wordt gemaakt", and a
GET on the download link was a blank 405. The citizen's access log said a visitor of the shared passport "raadpleegde uw
dossier". The PDF is read back with the standard font (its text is then plain in the page streams)."""

import datetime as dt
from decimal import Decimal

import pytest

from tests import factories
from tests.test_kpis_report import pdf_text
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.learning import use_cases as learning
from werkregie.matching.models import PersonExperience
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind
from werkregie.people.models import PartnerLink, PersonLanguage
from werkregie.privacy import collect, pdf
from werkregie.screening.models import Score, ScreeningModel
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(ref):
    person = factories.person(first_name="Ann", last_name="Vermeersch", nationality="BE")
    factories.episode(person, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2025, 2, 1))
    PersonLanguage.objects.create(person=person, language="nl", level="native")
    PersonExperience.objects.create(person=person, occupation_uri="http://data.europa.eu/esco/occupation/000e93a3-d956-4e45-aacb-f12c83fedf84",
                                    years=Decimal("10.0"))
    partner = factories.organisation(OrganisationKind.PARTNER, name="Opleidingscentrum Zuid")
    PartnerLink.objects.create(person=person, organisation=partner, purpose="training", start=dt.date(2025, 10, 27))
    model = ScreeningModel.objects.create(version="t1", horizon_months=6, trained_at=clock.now(), data_start=dt.date(2020, 1, 1),
                                          data_end=dt.date(2024, 1, 1), cases=1, features={}, metrics={}, audit={}, score_histogram={},
                                          artifact=b"")
    Score.objects.create(person=person, model=model, reference_date=dt.date(2026, 12, 1), chance_6m=0.2775, chance_12m=0.4222,
                         factors=[{"feature": "digital_skills", "label": "uw digitale vaardigheden", "effect": -4.7}],
                         changes=[{"feature": "digital_skills", "action": "een opleiding digitale vaardigheden", "gain": 4.7}],
                         inputs={}, computed_at=clock.now())
    learning.credit_yearly(person, 2026, PLATFORM)
    learning.reserve(person, Decimal("39.00"), key="boek-1", reference="Excel voor gevorderden", who=PLATFORM)
    citizen = factories.user(Role.CITIZEN, person=person)
    return {"person": person, "citizen": citizen}


@pytest.fixture
def text(world, monkeypatch):
    monkeypatch.setattr(pdf, "FONT_DIRS", ())  # Helvetica: the words stand in the page streams as written
    content = collect.collect(world["person"])
    return pdf_text(pdf.render(content, "Ann Vermeersch", "01/12/2026 17:21"))


def test_no_key_value_dumps_and_no_codes_in_the_pdf(text):
    for raw in ("feature", "digital_skills", "effect:", "status_list", "balance_eur", "reservation_state", "amount:", "True", "False",
                "0.2775", "10.0", "procentpunt;"):
        assert raw not in text, raw
    assert "(nl)" not in text and "(BE)" not in text and "(vdab)" not in text


def test_words_and_numbers_the_belgian_way(text):
    assert "28 %" in text.replace("\xa0", " ") and "42 %" in text.replace("\xa0", " ")  # the chances, as "Mijn kans op werk" shows them
    assert "De kans daalt met 5 procentpunten door" in text  # the citizen page's sentence
    assert "10,0 jaar" in text
    assert "39,00" in text and "saldo daarna" in text
    assert "(Nederlands)" in text and "(Belgi" in text
    assert "(VDAB)" in text


def test_the_login_accounts_internals_are_left_out_of_the_pdf_but_the_json_keeps_the_login(world, text):
    for internal in ("supergebruikerstatus", "stafstatus", "OIDC", "toegetreden"):
        assert internal not in text, internal
    assert "(gebruikersnaam)" in text
    content = collect.collect(world["person"])
    [user] = [b for s in content["sections"] for label, b in s["models"].items() if label == "accounts.User"]
    assert user["rows"][0]["username"] == world["citizen"].username and "last_login" in user["rows"][0]


def test_dutch_plurals_and_the_partner_by_name(text):
    assert "Rekenings" not in text and "Reserverings" not in text
    assert "(Rekeningen \\(1\\))" in text and "(Reserveringen \\(1\\))" in text
    assert "Opleidingscentrum Zuid" in text


def test_every_exported_model_has_a_dutch_plural():
    """Django's default plural adds an "s" to the Dutch name ("rekenings"): every exported model names its own."""
    missing = [label for label in collect.exported_labels() if (m := collect.model_of(label)) is not None
               and "verbose_name" in m._meta.original_attrs and "verbose_name_plural" not in m._meta.original_attrs]
    assert not missing, missing


def test_a_new_request_beside_a_ready_export_says_it_is_ready(world, client, settings, tmp_path):
    settings.TASKS_SYNC = True
    settings.DATA_DIR = tmp_path
    client.force_login(world["citizen"])
    first = client.post("/mijn-gegevens/export/", follow=True).content.decode()
    assert "Uw export is klaar" in first
    home = client.get("/mijn-gegevens/").content.decode()
    assert "Nieuwe export aanvragen" not in home and "Naar mijn export om te downloaden" in home
    again = client.post("/mijn-gegevens/export/", follow=True).content.decode()
    assert "wordt gemaakt" not in again and "al een export die klaar is om te downloaden" in again


def test_a_copied_download_link_answers_in_words(world, client, settings, tmp_path):
    settings.TASKS_SYNC = True
    settings.DATA_DIR = tmp_path
    client.force_login(world["citizen"])
    export_page = client.post("/mijn-gegevens/export/")
    export_id = int(export_page["Location"].rstrip("/").rsplit("/", 1)[1])
    got = client.get(f"/mijn-gegevens/export/{export_id}/download/")
    body = got.content.decode()
    assert got.status_code == 405 and got["Allow"] == "POST"
    assert "gekopieerde link" in body and "Mijn gegevens downloaden" in body  # what to do, and the button to do it
    assert client.post(f"/mijn-gegevens/export/{export_id}/download/").content[:2] == b"PK"  # the GET spent nothing


def test_a_visitor_of_the_shared_passport_saw_the_passport_not_the_record(world):
    from werkregie.access.citizen import consultations_for
    from werkregie.access.purposes import Purpose
    from werkregie.access.services import Actor, record_access

    visitor = Actor(user_id=None, label="Werkgever Logistiek Gent NV", role="shared_link")
    for _ in range(2):
        record_access(visitor, [world["person"].pk], "gedeeld paspoort", Purpose.SHARED_PASSPORT, "web")
    [group] = consultations_for(factories.principal(world["citizen"])).groups
    assert group.summary.startswith("Werkgever Logistiek Gent NV") and "bekeek uw gedeelde paspoort 2 keer" in group.summary
    assert "dossier" not in group.summary
