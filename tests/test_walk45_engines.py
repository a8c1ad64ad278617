"""The walk of stop 45 on the engines' pages (issue 18): each finding reproduced; each failed before its fix."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.screening.model_card import suppressed_audit
from werkregie.vacancies.wording import check

from . import factories as f
from .test_screening_platform import TODAY, models, seeker  # noqa: F401 - the screening fixtures


@pytest.mark.parametrize(("text", "language", "span"), [
    ("Only young, dynamic men apply.", "en", "Only young, dynamic men"),
    ("Enkel jonge, dynamische mannen kunnen solliciteren.", "nl", "Enkel jonge, dynamische mannen"),
    ("Uniquement des jeunes hommes dynamiques.", "fr", "Uniquement des jeunes hommes"),
])
def test_adjectives_between_only_and_men_do_not_hide_the_ground_of_sex(text, language, span):
    hits = check(text, language)
    assert [(h.ground, text[h.start:h.end]) for h in hits] == [("sex", span)]


@pytest.mark.parametrize(("text", "language"), [
    ("Only experienced, certified welders apply.", "en"),
    ("Wij verkopen alleen dames- en herenkleding.", "nl"),
    ("Seulement des candidats motivés et disponibles.", "fr"),
])
def test_only_with_adjectives_before_another_noun_passes(text, language):
    assert check(text, language) == []


def test_a_ratio_that_would_give_a_hidden_groups_rate_back_is_not_shown():
    groups = {"sex": {"F": {"n": 1614, "fpr": 0.2, "reliable": True}, "M": {"n": 1500, "fpr": 0.214, "reliable": True},
                      "X": {"n": 4, "fpr": 0.5, "reliable": False}},
              "age": {"young": {"n": 1500, "fpr": 0.2, "reliable": True}, "old": {"n": 1618, "fpr": 0.3, "reliable": True}}}
    audit = {"groups": groups, "fpr_ratio": {"sex": 1.07, "age": 1.5},
             "decisions": {"long": {"rule": "long", "groups": groups, "fpr_ratio": {"sex": 1.07, "age": 1.5}}}}
    shown = suppressed_audit(audit)
    assert shown["decisions"]["long"]["groups"]["sex"]["M"]["fpr"] is None  # the complement, hidden by the rule
    assert shown["fpr_ratio"] == {"sex": None, "age": 1.5}  # 1,07 and the women's rate gave the men's back
    assert shown["decisions"]["long"]["fpr_ratio"] == {"sex": None, "age": 1.5}


def test_every_chart_of_the_model_card_has_its_figures_in_a_table(models, seeker):
    from werkregie.screening.training import score_persons

    with clock.travel_to(TODAY):
        score_persons()
    client = Client()
    client.force_login(f.user(Role.ANALYST))
    page = client.get("/screening/modelkaart/").content.decode()
    after_each_chart = page.split("<svg")[1:]
    assert len(after_each_chart) >= 10
    assert all("<table" in chunk for chunk in after_each_chart)  # seven charts per model were followed by none
    assert page.count('<table class="figures">') >= 4 and "Kalibratie per groep" in page


def test_a_cv_yields_the_skills_it_says_in_its_own_words_as_suggestions():
    from werkregie.matching.engine.cv import profile_skills
    from werkregie.matching.engine.skills import default_skill_index

    index = default_skill_index()
    english = {s.uri: s.labels["en"][0] for s in index.taxonomy.skills}
    text = "Verpleegkundige met 8 jaar ervaring in het ziekenhuis. Ik verzorg wonden, dien medicatie toe en neem bloed af."
    found = profile_skills(index, text, "nl")
    assert "carry out wound care" in [english[f.uri] for f in found]  # was nothing at all
    assert all(not f.literal for f in found if english[f.uri] == "carry out wound care")  # a suggestion, to be confirmed


def test_an_acronym_label_is_not_read_in_a_mixed_case_word():
    from werkregie.matching.engine.skills import default_skill_index

    index = default_skill_index()
    english = {s.uri: s.labels["en"][0] for s in index.taxonomy.skills}
    text = "I coordinate with GPs about home care."
    assert "geographic information systems" not in [english[f.uri] for f in index.extract(text, "en", top=20)]
    assert "geographic information systems" in [english[f.uri] for f in index.extract("I map routes with GIS.", "en", top=20)]


def test_a_suggestion_found_again_is_said_to_be_pending(db):
    from werkregie.matching.views import _found_groups

    groups = _found_groups([{"uri": "http://data.europa.eu/esco/skill/a", "new": False, "suggested": True, "pending": True},
                            {"uri": "http://data.europa.eu/esco/skill/b", "new": False, "suggested": False, "pending": False}])
    assert [len(groups[k]) for k in ("pending", "known")] == [1, 1]  # the pending one was "in your profile"


def test_french_factors_read_in_one_pattern():
    from django.utils import translation

    from werkregie.screening.texts import factor_sentence

    with translation.override("fr"):
        sentences = [factor_sentence("le nombre de périodes de recherche d'emploi", effect) for effect in (11.0, -1.0, -17.0)]
    # "Facteur : … — la chance …" beside "La chance baisse de … parce que …" (walk of stop 45)
    assert all(s.startswith("La chance ") for s in sentences), sentences
