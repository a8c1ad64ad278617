"""Re-walk of issue 13, the own-data PDF: a plan step's agreement and a booking's step showed their coded titles
("§training.agreement.training{}"), a reservation an internal reference ("training:cvo-kortrijk:CVO-00179:202612-1"),
the access log the role code "shared_link", a trajectory's origin an internal id ("andere bron (screening:7)"), the INSZ
unformatted, status periods out of date order and a proposal's reasons joined as "….;". The JSON keeps the codes."""

import datetime as dt
from decimal import Decimal

import pytest

from tests import factories
from tests.test_kpis_report import pdf_text
from werkregie.learning import use_cases as learning
from werkregie.people.enums import StatusKind
from werkregie.privacy import collect, explained, pdf, readable
from werkregie.training import labels as training_labels
from werkregie.trajectories.models import Agreement, AgreementStep, Trajectory
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db
REFERENCE = "training:cvo-kortrijk:CVO-00179:202612-1"


@pytest.fixture
def world(ref):
    person = factories.person(first_name="Joris", last_name="Vanhove", insz="00081205162")
    factories.episode(person, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2026, 6, 21))  # written first, starts last
    factories.episode(person, StatusKind.EMPLOYED, start=dt.date(2024, 5, 26), end=dt.date(2026, 6, 20))
    trajectory = Trajectory.objects.create(person=person, kind="follow_up", started_on=dt.date(2026, 12, 1), state="open", source="screening:7")
    agreement = Agreement.objects.create(trajectory=trajectory, person=person, title=training_labels.coded(training_labels.AGREEMENT))
    AgreementStep.objects.create(agreement=agreement, person=person, kind="other", state="open", due_on=dt.date(2026, 12, 15),
                                 title=training_labels.coded(training_labels.STEP, title="Machineonderhoud", provider="CVO Kortrijk",
                                                             date=dt.date(2026, 12, 8)))
    learning.credit_yearly(person, 2026, PLATFORM)
    learning.reserve(person, Decimal("30.00"), key="training:booking:1", reference=REFERENCE, who=PLATFORM)
    return person


@pytest.fixture
def content(world):
    return collect.collect(world)


@pytest.fixture
def text(content, monkeypatch):
    monkeypatch.setattr(pdf, "FONT_DIRS", ())  # Helvetica: the words stand in the page streams as written
    return pdf_text(pdf.render(content, "Joris Vanhove", "01/12/2026 18:05"))


def test_coded_titles_are_words_in_the_pdf(text):
    assert "§" not in text and "training.agreement" not in text and "training.step" not in text
    assert "bindende afspraak" in text and "Opleiding volgen: Machineonderhoud bij CVO Kortrijk" in text


def test_internal_references_and_ids_stay_out_of_the_pdf_but_in_the_json(content, text):
    assert REFERENCE not in text and "screening:7" not in text and "andere bron" not in text
    assert "de screening" in text
    [learning_section] = [s for s in content["sections"] if s["key"] == "learning"]
    assert any(r.get("reference") == REFERENCE for r in learning_section["models"]["learning.Reservation"]["rows"])


def test_insz_formatted_and_status_periods_in_date_order(content, text):
    assert "00.08.12-051.62" in text and "00081205162" not in text
    [statuses] = [s for s in content["sections"] if s["key"] == "statuses"]
    starts = [r["start"] for r in statuses["models"]["people.StatusEpisode"]["rows"]]
    assert starts == sorted(starts) == ["2024-05-26", "2026-06-21"]


def test_reasons_read_as_sentences():
    reasons = ["Het model schat de kans op werk binnen 6 maanden op 73 % (korte afstand).",
               "Zelfredzaam: kan zelfstandig werk zoeken met digitale ondersteuning."]
    shown = readable.value_text("reasons", reasons)
    assert ".;" not in shown and shown == " ".join(reasons)
    assert readable.value_text("licences", ["B", "C"]) == "B; C"  # words are still listed


def test_a_link_visitor_is_named_in_words_in_the_access_summary():
    rows = [{"actor_id": None, "actor_role": "shared_link", "actor_label": "Bouwbedrijf Rewalk nv", "purpose": "shared_passport",
             "at": "2026-12-01T10:00:00+00:00"}]
    [(_month, who, _purpose, times)] = readable.access_summary(rows, set())[0]
    assert "shared_link" not in who and who == "Bouwbedrijf Rewalk nv, Bezoeker van uw gedeelde link" and times == 1


def test_the_statement_leaves_internal_references_out():
    lines = explained.learning({"balance_eur": "0", "statement": [
        {"on": "2026-12-01", "label": "Reservering voor een opleiding", "reference": REFERENCE, "amount": "-30.00", "balance": "0"},
        {"on": "2026-01-01", "label": "Jaarlijks leerkrediet", "reference": "leerkrediet 2026", "amount": "200.00", "balance": "200"}]})
    assert REFERENCE not in " ".join(lines) and "(leerkrediet 2026)" in lines[2]
