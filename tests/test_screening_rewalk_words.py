"""Re-walk of issue 16: "De kans stijgt met 2 procentpunten door hoelang u al werk zoekt" read the wrong way round for
someone searching only 5 months — the duration is now worded by its value, for each reader; and the counsellor's
starting proposal said "niet zelfredzaam" before any answer was given."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.people.enums import StatusKind
from werkregie.people.models import PersonLanguage
from werkregie.screening import texts

from . import factories as f

DURATION = {"feature": "months_unemployed", "label": "hoelang u al werk zoekt", "effect": 2.2}


def _factor(months: object, reader: str, effect: float = 2.2) -> str:
    score = SimpleNamespace(factors=[{**DURATION, "effect": effect}], changes=[], inputs={"months_unemployed": months})
    return texts.explained(score, reader)["factors"][0]["text"]


def test_a_short_search_is_worded_as_short_for_each_reader():
    assert _factor(5, texts.CITIZEN) == "De kans stijgt met 2 procentpunten doordat u nog maar 5 maanden werk zoekt."
    assert _factor(5, texts.COUNSELLOR) == "De kans stijgt met 2 procentpunten doordat de persoon nog maar 5 maanden werk zoekt."
    assert _factor(1, texts.CITIZEN) == "De kans stijgt met 2 procentpunten doordat u nog maar 1 maand werk zoekt."
    assert _factor(0, texts.CITIZEN) == "De kans stijgt met 2 procentpunten doordat u nog geen maand werk zoekt."


def test_a_long_search_is_worded_as_long_for_each_reader():
    assert _factor(36, texts.CITIZEN, -4.0) == "De kans daalt met 4 procentpunten doordat u al 3 jaar werk zoekt."
    assert _factor(40, texts.COUNSELLOR, -1.0) == "De kans daalt met 1 procentpunt doordat de persoon al 3 jaar en 4 maanden werk zoekt."  # the months kept (walk of issue 16)
    assert _factor(15, texts.CITIZEN, -1.0) == "De kans daalt met 1 procentpunt doordat u al 15 maanden werk zoekt."


def test_a_score_without_its_inputs_keeps_the_named_factor():
    score = SimpleNamespace(factors=[DURATION], changes=[], inputs={})
    assert texts.explained(score, texts.COUNSELLOR)["factors"][0]["text"] == \
        "De kans stijgt met 2 procentpunten door de duur van de huidige werkloosheid."


def test_the_new_sentences_have_french_and_english():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "translations_lead.py"
    spec = importlib.util.spec_from_file_location("translations_lead", path)
    translations_lead = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations_lead)
    for message in ("De kans stijgt met %(n)s procentpunt doordat %(clause)s.", "De kans daalt met %(n)s procentpunt doordat %(clause)s.",
                    "%(n)s maand", "%(n)s jaar"):
        assert message in translations_lead.PLURALS, message
    for message in ("u nog maar %(duration)s werk zoekt", "de persoon nog maar %(duration)s werk zoekt", "u al %(duration)s werk zoekt",
                    "de persoon al %(duration)s werk zoekt", "u nog geen maand werk zoekt", "de persoon nog geen maand werk zoekt",
                    "zelfredzaamheid: na de vragen"):
        assert message in translations_lead.T, message


@pytest.fixture
def screened(db, ref):
    from .screening_support import install_models

    install_models()
    team = f.organisation("vdab_team")
    counsellor = f.user(Role.COUNSELLOR, team)
    p = f.person(first_name="Eva", last_name="Claes", education_level=2, digital_skills="none", driving_licences=[], counsellor=counsellor, team=team)
    PersonLanguage.objects.create(person=p, language="nl", level="A2")
    f.episode(p, StatusKind.JOBSEEKER_BENEFIT, dt.date(2026, 9, 15), None)
    return p, counsellor


def test_the_starting_proposal_leaves_self_reliance_to_the_answers(screened):
    p, counsellor = screened
    client = Client()
    client.force_login(counsellor)
    proposal = client.get(f"/personen/{p.pk}/screening/").content.decode().split('id="proposal"')[1].split("</div>")[0]
    assert "Voorstel (voorlopig)" in proposal and "zelfredzaamheid: na de vragen" in proposal
    assert "niet zelfredzaam" not in proposal
    answered = client.post(f"/personen/{p.pk}/screening/voorstel/", {"competences": "sufficient", "dutch_level": "A2",
                                                                      "digital_skills": "none", "motivation": "high"}).content.decode()
    assert "niet zelfredzaam" in answered and "na de vragen" not in answered


def test_the_citizen_reads_the_counsellors_reason_and_the_reasons_in_their_language(screened):
    """Walk of issue 16 (findings 4 and 9): the citizen was told a reason existed that they could not see, and read the
    proposal's reasons in Dutch on a French page (stored Dutch). The reason is shown; the reasons are stored coded."""
    from werkregie.accounts.principal import Principal
    from werkregie.screening import use_cases as services
    from werkregie.screening.models import Assessment
    from werkregie.workflows import labels

    p, counsellor = screened
    start = services.starting_proposal(p.pk)
    longer = {"short": "medium", "medium": "long", "long": "not_deployable"}[start.category]
    services.record_assessment(Principal.for_session(counsellor), p.pk, {
        "competences": "sufficient", "dutch_level": "B2", "digital_skills": "basic", "motivation": "high", "category": longer,
        "override_reason": "U wilt eerst uw rijbewijs halen; daarna zoeken we samen verder."})
    assessment = Assessment.objects.get(person=p)
    assert assessment.overridden and all(labels.is_coded(r) for r in assessment.reasons)
    citizen = f.user(Role.CITIZEN, person=p)
    client = Client()
    client.force_login(citizen)
    page = client.get("/mijn-kans-op-werk/").content.decode()
    assert "U wilt eerst uw rijbewijs halen; daarna zoeken we samen verder." in page
    assert "U kunt die reden altijd vragen" not in page
    assert "§screening" not in page
