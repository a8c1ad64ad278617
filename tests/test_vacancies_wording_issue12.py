"""Issue 12 point 2, item 1: the wording check missed common phrasings (an age in words or without "jaar", "jong(e)"
before any job noun, a year of birth, a range of ages, a nationality demand, a preference for one sex, a ban on
religious dress). The rules are patterns, not the walk's sentences: each positive sentence below is the walk's or a
variant of it, and the negative ones are sentences near the new patterns that must pass.

Decisions on the ambiguous ones (also in README, "Wording check"): "jonge honden" (a pet shop), "jonge kinderen",
"ervaring met jongeren" / "young people" in youth work describe who the job is for, not the worker: not flagged.
"jeune entreprise", "jong bedrijf" and "young company" describe the employer's age, not the candidate's: not flagged
("jong team" stays flagged: it describes the colleagues the candidate should fit). "Belgisch rijbewijs" and
"Nederlands op niveau B2" ask for a licence and a language level, which the job may need: not flagged."""

from __future__ import annotations

import pytest

from werkregie.vacancies import wording

POSITIVE = [
    ("nl", "Wij zoeken een jonge heftruckchauffeur.", "age", "jonge heftruckchauffeur"),
    ("nl", "Je komt in een jong en enthousiast team.", "age", "jong en enthousiast"),
    ("nl", "Wij zoeken jonge gasten voor het magazijn.", "age", "jonge gasten"),
    ("nl", "Jongeman gezocht voor de afwas.", "age", "Jongeman"),
    ("nl", "Jongeren gezocht voor de zomer.", "age", "Jongeren gezocht"),
    ("nl", "Vrouwelijke kandidaten krijgen voorrang.", "sex", "Vrouwelijke kandidaten"),
    ("nl", "Bij voorkeur een man.", "sex", "Bij voorkeur een man"),
    ("nl", "Geen hoofddoek toegelaten.", "religion", "Geen hoofddoek"),
    ("nl", "Hoofddoek niet toegestaan.", "religion", "Hoofddoek niet toegestaan"),
    ("nl", "Maximaal vijfendertig jaar.", "age", "Maximaal vijfendertig jaar"),
    ("nl", "Je bent niet ouder dan 40.", "age", "niet ouder dan 40"),
    ("nl", "Geboren na 1995.", "age", "Geboren na 1995"),
    ("nl", "Je bent tussen de 25 en 35.", "age", "tussen de 25 en 35"),
    ("nl", "Leeftijd tussen de 25 en 35 jaar oud, rijbewijs B.", "age", "tussen de 25 en 35 jaar oud"),
    ("nl", "Profiel: Nederlandstalige Belg.", "origin", "Nederlandstalige Belg"),
    ("nl", "Belgische nationaliteit is verplicht.", "origin", "Belgische nationaliteit is verplicht"),
    ("fr", "Nous cherchons un jeune chauffeur.", "age", "jeune chauffeur"),
    ("fr", "Vous êtes jeune et motivé.", "age", "jeune et motivé"),
    ("fr", "Âgé de 25 à 35 ans.", "age", "Âgé de 25 à 35 ans"),
    ("fr", "Nationalité belge exigée.", "origin", "Nationalité belge exigée"),
    ("fr", "Homme de préférence.", "sex", "Homme de préférence"),
    ("fr", "Jeune femme dynamique pour l'accueil.", "age", "Jeune femme"),
    ("fr", "Né après 1995.", "age", "Né après 1995"),
    ("fr", "Pas de voile au travail.", "religion", "Pas de voile"),
    ("fr", "Jeunes candidats bienvenus.", "age", "Jeunes candidats"),
    ("en", "Young and energetic person wanted.", "age", "Young and energetic"),
    ("en", "Join our young and energetic team.", "age", "young and energetic"),
    ("en", "Young people wanted for the summer.", "age", "Young people wanted"),
    ("en", "Must be under 40.", "age", "under 40"),
    ("en", "Not older than 40.", "age", "Not older than 40"),
    ("en", "Must be a British citizen.", "origin", "Must be a British citizen"),
    ("en", "Born after 1995.", "age", "Born after 1995"),
    ("en", "Female applicants preferred.", "sex", "Female applicants"),
    ("en", "No headscarves at work.", "religion", "No headscarves"),
    # walk of stop 44: what the check let through
    ("nl", "Wij zoeken een vrouwelijke receptioniste.", "sex", "vrouwelijke receptioniste"),
    ("nl", "Wij zoeken een vrouwelijke kracht.", "sex", "vrouwelijke kracht"),
    ("nl", "Enkel Belgische nationaliteit.", "origin", "Enkel Belgische nationaliteit"),
    ("nl", "Je bent in goede gezondheid.", "disability", "in goede gezondheid"),
    ("nl", "Goede gezondheid vereist.", "disability", "Goede gezondheid vereist"),
    ("nl", "Je bent fysiek gezond.", "disability", "fysiek gezond"),
    ("nl", "Schoolverlaters gezocht voor de zomer.", "age", "Schoolverlaters gezocht"),
    ("nl", "Je spreekt Nederlands zonder accent.", "origin", "zonder accent"),
    ("fr", "Nous cherchons une femme de ménage.", "sex", "une femme de ménage"),
    ("fr", "Vous êtes en bonne santé.", "disability", "en bonne santé"),
    ("fr", "Uniquement nationalité belge.", "origin", "Uniquement nationalité belge"),
    ("en", "You are in good health.", "disability", "in good health"),
    ("en", "You speak English with no accent.", "origin", "no accent"),
]

NEGATIVE = [
    ("nl", "Dierenwinkel: verzorging van jonge honden en katten."),
    ("nl", "Je hebt ervaring met jongeren."),
    ("nl", "Opvang van jonge kinderen, werken met jonge mensen."),
    ("nl", "Wij zijn een jong bedrijf in Gent."),
    ("nl", "Belgisch rijbewijs C vereist."),
    ("nl", "Nederlands op niveau B2."),
    ("nl", "Tussen de 25 en 35 uur per week."),
    ("nl", "Geboren in Brussel of elders, iedereen welkom."),
    ("nl", "Verzorging van vrouwelijke bewoners."),
    ("nl", "Minstens 18 jaar (wettelijke leeftijd voor nachtwerk)."),
    ("nl", "Maximaal 40 uur per week, hoogstens 25 kg tillen."),
    ("nl", "Hygiëne: haarnet verplicht voor iedereen."),
    ("fr", "Rejoignez une jeune entreprise."),
    ("fr", "Animation pour jeune public et accompagnement des jeunes en difficulté."),
    ("fr", "Permis de conduire belge requis."),
    ("fr", "Né à Liège ou ailleurs, bienvenue."),
    ("fr", "De 25 à 35 heures par semaine."),
    ("fr", "Soins aux patientes et aux femmes enceintes à la maternité."),
    ("en", "We are a young company in Ghent."),
    ("en", "Experience with young people and young adults."),
    ("en", "Belgian driving licence required."),
    ("en", "Under 40 hours a week, lifting under 25 kg."),
    ("en", "Care for female patients."),
    ("en", "Dutch at level B2."),
    ("en", "Must hold a valid work permit."),
    ("nl", "Zorg voor een goede gezondheid van de dieren."),
    ("nl", "Advies aan vrouwelijke klanten in de lingeriewinkel."),
    ("nl", "Je begeleidt schoolverlaters naar hun eerste job."),
    ("fr", "Produits naturels pour une bonne santé."),
    ("en", "We promote good health at work."),
]


@pytest.mark.parametrize(("language", "text", "ground", "span"), POSITIVE)
def test_common_phrasings_are_flagged_with_ground_and_rewording(language, text, ground, span):
    hits = wording.check(text, language)
    assert [(h.text, h.ground) for h in hits][:1] == [(span, ground)]
    assert hits[0].rewording and hits[0].ground_label


@pytest.mark.parametrize(("language", "text"), NEGATIVE)
def test_sentences_near_the_new_patterns_pass(language, text):
    assert wording.check_all(text, language) == []


def test_the_rules_are_patterns_not_the_walks_sentences():
    """The same rule reads other ages, years, nouns and nationalities than the walk's."""
    assert [h.ground for h in wording.check("Maximaal achtenveertig jaar.", "nl")] == ["age"]
    assert [h.ground for h in wording.check("Geboren vóór 1980.", "nl")] == ["age"]
    assert [h.ground for h in wording.check("Wij zoeken een jonge kapper.", "nl")] == ["age"]
    assert [h.ground for h in wording.check("Nationalité française requise.", "fr")] == ["origin"]
    assert [h.ground for h in wording.check("Must be an EU national.", "en")] == ["origin"]
    assert [h.ground for h in wording.check("Younger than fifty-five.", "en")] == ["age"]
