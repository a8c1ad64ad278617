"""Browser walk 2m, item 1: the wording check missed "maximaal 45 jaar", "tot 45 jaar", "18-25 jaar", "jonge, dynamische
kracht", "alleen Belgen", "geen vrouwen" and their French and English counterparts; and a text flagged for age ("Jong
dynamisch team") led to the suggested skill "coach young people (uit uw tekst)": skills are no longer read from a span
the wording check flagged."""

from __future__ import annotations

import pytest

from werkregie.vacancies import intake, wording

POSITIVE = [
    ("nl", "Kandidaten zijn maximaal 45 jaar.", "age", "maximaal 45 jaar"),
    ("nl", "Wij zoeken iemand tot 45 jaar.", "age", "tot 45 jaar"),
    ("nl", "Profiel: 18-25 jaar, rijbewijs B.", "age", "18-25 jaar"),
    ("nl", "Wij zoeken een jonge, dynamische kracht.", "age", "jonge, dynamische kracht"),
    ("nl", "Alleen Belgen komen in aanmerking.", "origin", "Alleen Belgen"),
    ("nl", "Geen vrouwen, het werk is zwaar.", "sex", "Geen vrouwen"),
    ("fr", "Vous avez 45 ans maximum.", "age", "45 ans maximum"),
    ("fr", "Candidats jusqu'à 45 ans.", "age", "jusqu'à 45 ans"),
    ("fr", "Profil : 18-25 ans.", "age", "18-25 ans"),
    ("fr", "Nous engageons uniquement des Belges.", "origin", "uniquement des Belges"),
    ("fr", "Pas de femmes, travail lourd.", "sex", "Pas de femmes"),
    ("en", "Candidates aged 18-25.", "age", "aged 18-25"),
    ("en", "Applicants up to 45 years old.", "age", "up to 45 years old"),
    ("en", "Belgians only.", "origin", "Belgians only"),
    ("en", "No women, heavy lifting.", "sex", "No women"),
]

NEGATIVE = [
    ("nl", "Een bedrijf van 45 jaar oud."),
    ("nl", "Werk 18-25 uur per week."),
    ("nl", "Geen vrouwenkleding verkoop, wel herenmode."),
    ("nl", "U hebt 10-15 jaar ervaring."),
    ("nl", "Contract tot 12 maanden."),
    ("fr", "Une entreprise de 45 ans."),
    ("fr", "Travail de 18-25 heures par semaine."),
    ("fr", "Vente de vêtements pour femmes."),
    ("en", "A company 45 years old."),
    ("en", "Work 18-25 hours a week."),
    ("en", "No women's clothing in our shop."),
]


@pytest.mark.parametrize(("language", "text", "ground", "span"), POSITIVE)
def test_the_walk_wording_is_flagged_with_ground_and_rewording(language, text, ground, span):
    hits = wording.check(text, language)
    assert [(h.text, h.ground) for h in hits] == [(span, ground)]
    assert hits[0].rewording


@pytest.mark.parametrize(("language", "text"), NEGATIVE)
def test_neutral_sentences_near_the_new_patterns_pass(language, text):
    assert wording.check(text, language) == []


@pytest.mark.django_db
def test_no_skill_is_suggested_from_flagged_wording():
    found = intake.suggest("Magazijnier", "Jong dynamisch team zoekt een magazijnier.", "nl")
    assert [w["text"] for w in found["wording"]] == ["Jong dynamisch team"]
    from_text = [s for s in found["skills"] if s["source"] == "text"]
    assert all("young" not in s["label"].lower() and "jong" not in s["label"].lower() for s in from_text), from_text
    assert all("Jong dynamisch team" not in s["span"] for s in from_text), from_text
