"""Issue 12 attack: the discriminating-wording check was bypassed by look-alike letters (Cyrillic Е and а), a
zero-width space between words, and phrasings the rule files did not know ("Leeftijd: 20-30 jaar", "moedertaal Frans",
"geen zwangere vrouwen", "max 35j", and their French and English counterparts). The check reads a normalised copy and
reports spans in the original text."""

from __future__ import annotations

import pytest

from werkregie.vacancies import wording

from .test_vacancies_intake import _vacancy, employer, post  # noqa: F401 (fixture)

POSITIVE = [
    ("nl", "Еnkel mannen welkom.", "sex", "Еnkel mannen welkom"),  # Cyrillic Е
    ("nl", "Wij vragen mаx. 35 jаar.", "age", "mаx. 35 jаar"),  # Cyrillic а
    ("nl", "Vereist: moedertаal Nederlands.", "origin", "moedertаal Nederlands"),
    ("nl", "Enkel\u200bmannen.", "sex", "Enkel\u200bmannen"),
    ("nl", "Enkel\u2060mannen.", "sex", "Enkel\u2060mannen"),
    ("nl", "Εnkel mannen.", "sex", "Εnkel mannen"),  # Greek Ε
    ("nl", "Leeftijd: 20-30 jaar.", "age", "Leeftijd: 20-30 jaar"),
    ("nl", "Wij zijn een jong team.", "age", "jong team"),
    ("nl", "Deze job is ideaal voor schoolverlaters.", "age", "ideaal voor schoolverlaters"),
    ("nl", "Moedertaal Frans.", "origin", "Moedertaal Frans"),
    ("nl", "Engels als moedertaal.", "origin", "Engels als moedertaal"),
    ("nl", "Je bent een echte Vlaming.", "origin", "echte Vlaming"),
    ("nl", "Geen zwangere vrouwen.", "sex", "Geen zwangere vrouwen"),
    ("nl", "Leeftijd max 35j.", "age", "max 35j."),
    ("fr", "Langue maternelle néerlandaise.", "origin", "Langue maternelle néerlandaise"),
    ("fr", "Langue maternelle : le français.", "origin", "Langue maternelle : le français"),
    ("fr", "Rejoignez notre jeune équipe.", "age", "jeune équipe"),
    ("fr", "Âge : 20-30 ans.", "age", "Âge : 20-30 ans"),
    ("fr", "Pas de femmes enceintes.", "sex", "Pas de femmes enceintes"),
    ("fr", "Vous êtes un vrai Belge.", "origin", "vrai Belge"),
    ("fr", "Unіquement des hommes.", "sex", "Unіquement des hommes"),  # Cyrillic і
    ("en", "Native speaker of Dutch.", "origin", "Native speaker of Dutch"),
    ("en", "Dutch as a first language.", "origin", "Dutch as a first language"),
    ("en", "No pregnant women.", "sex", "No pregnant women"),
    ("en", "Age 20-30.", "age", "Age 20-30"),
    ("en", "Join our young team.", "age", "young team"),
    ("en", "Ideal for school leavers.", "age", "Ideal for school leavers"),
    ("en", "Men\u200bonly.", "sex", "Men\u200bonly"),
]
NEGATIVE = [
    ("nl", "Wij zijn een team van alle leeftijden."),
    ("nl", "Je spreekt Nederlands op niveau B2; je moedertaal maakt niet uit."),
    ("nl", "Je werkt in een jong bedrijf met 20-30 collega's en 10-15 jaar ervaring is een plus."),
    ("nl", "Zwangere werkneemsters krijgen aangepast werk volgens de wet."),
    ("nl", "Schoolverlaters en ervaren krachten zijn welkom."),
    ("fr", "Une équipe de tous âges, français niveau B2."),
    ("fr", "Les travailleuses enceintes bénéficient de la protection légale."),
    ("en", "A team of all ages; Dutch at level B2."),
    ("en", "Pregnant workers are protected by law; 20-30 hours a week."),
]


@pytest.mark.parametrize("language,text,ground,span", POSITIVE)
def test_bypasses_are_caught_with_the_span_in_the_original_text(language, text, ground, span):
    hits = wording.check(text, language)
    assert [(h.ground, h.text) for h in hits] == [(ground, span)]
    assert text[hits[0].start:hits[0].end] == span and hits[0].rewording


@pytest.mark.parametrize("language,text", NEGATIVE)
def test_neutral_sentences_stay_unflagged(language, text):
    assert wording.check_all(text, language) == []


def test_the_api_refuses_to_publish_look_alike_wording(employer):  # noqa: F811
    attack = post(employer["boss"], "/api/v1/vacancies", _vacancy(
        description="Laden en lossen. Еnkel mannen, mаx. 35 jаar, moedertаal Nederlands.", publish=True))
    assert attack.status_code == 422, attack.content
    assert len([e for e in attack.json()["errors"] if e["field"] == "description"]) == 3


def test_intake_suggest_reports_the_attacks_sentences(employer):  # noqa: F811
    text = "Leeftijd: 20-30 jaar. Jong team, ideaal voor schoolverlaters. Moedertaal Frans. Je bent een echte Vlaming. " \
           "Geen zwangere vrouwen. Max 35j. Enkel\u200bmannen."
    response = post(employer["boss"], "/api/v1/vacancies/intake/suggest", {"title": "Magazijnier", "text": text})
    assert response.status_code == 200, response.content
    assert len(response.json()["wording"]) == 8


def test_imported_records_with_wording_are_kept_and_flagged(db):
    import json

    from werkregie.core.identifiers import make_kbo
    from werkregie.vacancies.exchange import import_records
    from werkregie.vacancies.models import Vacancy

    base = {"@type": "JobPosting", "title": "Heftruckchauffeur", "hiringOrganization": {"name": "Forem nv", "identifier": f"BE{make_kbo(4242)}"},
            "jobLocation": {"address": {"postalCode": "9000", "addressLocality": "Gent"}}, "employmentType": ["FULL_TIME"],
            "workHours": "38 h/week", "occupationalCategory": None}
    bad = base | {"identifier": {"value": "F-1"}, "description": "Jeune équipe, âge : 20-30 ans.", "inLanguage": "fr"}
    fine = base | {"identifier": {"value": "F-2"}, "description": "Laden en lossen."}
    report = import_records([json.dumps({k: v for k, v in r.items() if v is not None}) for r in (bad, fine)], "forem")
    assert report.created == 2 and report.rejected == 0 and report.flagged == 1
    flagged = Vacancy.objects.get(source="forem", source_id="F-1")
    assert flagged.open and [h["ground"] for h in flagged.wording_flags] == ["age", "age"]
    assert flagged.wording_flags[0]["text"] == "Jeune équipe"
    assert Vacancy.objects.get(source="forem", source_id="F-2").wording_flags == []
