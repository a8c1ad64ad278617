"""Issue 16 (the walk's findings): a confirmation says what it confirms. The CV extraction names the competences it
found (added, to confirm, already there), and a decision on a candidate list names the person and the decision."""

import pytest
from django.test import Client

from tests.test_daily_labels import DUTCH, market  # noqa: F401 - shared fixture
from werkregie.matching import labels
from werkregie.matching.models import PersonSkill

pytestmark = pytest.mark.django_db


def _client(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(user)
    return client


def test_the_cv_extraction_names_the_competences_found_and_those_already_there(market):  # noqa: F811
    known = DUTCH[0].labels["nl"][0]  # in the fixture's profile already
    assert PersonSkill.objects.filter(person=market["person"], skill_uri=DUTCH[0].uri).exists()
    text = f"Ik kan heftrucks bedienen en {known}."
    html = _client(market["citizen"]).post("/mijn-vacatures/", {"form": "cv", "text": text}).content.decode()
    assert "gevonden in uw tekst" in html
    assert 'data-found="new"' in html and "heftrucks bedienen" in html.split('data-found="new"')[1].split("</p>")[0]
    already = html.split('data-found="known"')[1].split("</p>")[0]
    assert "Stond al in uw profiel" in already and str(labels.render(labels.skill(DUTCH[0].uri, "nl"))) in already


@pytest.mark.parametrize("decision,reason,expected", [
    ("pin", "Sterke motivatie", "Sofie Peeters is vastgepind bovenaan de kandidatenlijst."),
    ("exclude", "Heeft al werk gevonden", "Sofie Peeters is uitgesloten van de kandidatenlijst."),
])
def test_a_decision_on_the_candidate_list_names_the_person_and_the_decision(market, decision, reason, expected):  # noqa: F811
    client = _client(market["counsellor"])
    url = f"/vacatures/{market['vacancy'].pk}/kandidaten/"
    page = client.post(url, {"person_id": market["person"].pk, "decision": decision, "reason": reason}, follow=True).content.decode()
    assert expected in page and "De beslissing is bewaard." not in page
    back = client.post(url, {"person_id": market["person"].pk, "decision": "clear", "reason": ""}, follow=True).content.decode()
    assert ("Sofie Peeters is opnieuw toegelaten op de kandidatenlijst." if decision == "exclude" else "Sofie Peeters is niet meer vastgepind.") in back
