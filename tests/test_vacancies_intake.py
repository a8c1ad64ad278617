"""Vacancy intake (issue 12 point 2): the discrimination wording check in Dutch, French and English (positive and
negative sentences, each hit with span, ground and rewording), diploma hints, suggestions from the matching engine that
are never stored unconfirmed, the language-level justification, and the vacancy lifecycle in the declared workflow."""

from __future__ import annotations

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies import wording
from werkregie.vacancies.models import Vacancy, VacancySkill
from werkregie.workflows.models import TransitionLog

from . import factories as f
from .test_matching_platform import FORKLIFT, SKILLS, bearer

POSITIVE = [
    ("nl", "Wij zoeken versterking voor ons jong dynamisch team.", "age", "jong dynamisch team"),
    ("nl", "Kandidaten zijn max. 35 jaar.", "age", "max. 35 jaar"),
    ("nl", "Moedertaal Nederlands is een must.", "origin", "Moedertaal Nederlands"),
    ("nl", "Enkel mannen komen in aanmerking.", "sex", "Enkel mannen komen"),
    ("nl", "U bent in perfecte gezondheid.", "disability", "in perfecte gezondheid"),
    ("nl", "Liefst zonder kinderen, want u werkt in ploegen.", "family", "zonder kinderen"),
    ("nl", "Ideaal voor een pas afgestudeerde.", "age", "pas afgestudeerde"),
    ("fr", "Nous cherchons un jeune diplômé motivé.", "age", "jeune diplômé"),
    ("fr", "Langue maternelle française exigée.", "origin", "Langue maternelle française"),
    ("fr", "Uniquement des hommes pour ce poste.", "sex", "Uniquement des hommes"),
    ("fr", "Âgé de moins de 30 ans.", "age", "Âgé de moins de 30 ans"),
    ("fr", "Personne célibataire de préférence.", "family", "célibataire"),
    ("fr", "Sans handicap.", "disability", "Sans handicap"),
    ("en", "Native speaker wanted.", "origin", "Native speaker"),
    ("en", "Join our young and dynamic team!", "age", "young and dynamic team"),
    ("en", "Applicants must be under 30 years old.", "age", "under 30 years old"),
    ("en", "Men only, heavy lifting.", "sex", "Men only"),
    ("en", "No children, as travel is frequent.", "family", "No children"),
    ("en", "You must be able-bodied.", "disability", "able-bodied"),
]
NEGATIVE = [
    ("nl", "Heftruckchauffeur (m/v/x) voor ons magazijn in Gent, ervaring met reachtrucks is een plus."),
    ("nl", "Je werkt in een gedreven team en spreekt vlot Nederlands (niveau B2)."),
    ("nl", "Wij bieden 35 dagen verlof en een jong bedrijf met ervaren collega's."),
    ("nl", "Je werkt mee aan projecten voor gezinnen met kinderen."),
    ("fr", "Cariste (h/f/x) pour notre entrepôt, expérience souhaitée, très bonne maîtrise du français (B2)."),
    ("fr", "Vous travaillez 38 heures par semaine dans une équipe motivée."),
    ("en", "Forklift operator (m/f/x), good command of English (B2), 38 hours a week."),
    ("en", "Our team of 35 people serves families with young children."),
]


@pytest.mark.parametrize("language,text,ground,span", POSITIVE)
def test_wording_that_may_discriminate_is_found_with_span_ground_and_rewording(language, text, ground, span):
    hits = wording.check(text, language)
    assert [(h.ground, h.text) for h in hits] == [(ground, span)]
    [hit] = hits
    assert text[hit.start:hit.end] == span and hit.rewording and hit.ground_label


@pytest.mark.parametrize("language,text", NEGATIVE)
def test_neutral_wording_passes(language, text):
    assert wording.check_all(text, language) == []


@given(st.text(max_size=300), st.sampled_from(wording.LANGUAGES))
def test_hits_are_ordered_spans_of_the_text(text, language):
    hits = wording.check_all(text, language)
    assert all(text[h.start:h.end] == h.text for h in hits)
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))


def test_every_rule_file_loads_and_names_a_known_ground():
    for language in wording.LANGUAGES:
        loaded = wording.rules(language)
        assert loaded.rules and loaded.diploma and all(ground in wording.GROUNDS for _p, ground, _r in loaded.rules)


def test_diploma_demands_are_spotted():
    assert wording.diploma_demands("Bachelordiploma vereist.", "nl")
    assert wording.diploma_demands("Diplôme de bachelier requis.", "fr")
    assert wording.diploma_demands("A bachelor's degree is required.", "en")
    assert not wording.diploma_demands("Ervaring met heftrucks.", "nl")


@pytest.fixture
def employer(db):
    org = f.organisation(OrganisationKind.EMPLOYER)
    return {"org": org, "boss": f.user(Role.EMPLOYER, org), "other": f.user(Role.EMPLOYER), "citizen": f.user(Role.CITIZEN)}


def post(user, url, body):  # noqa: ANN001, ANN201
    return Client().post(url, body, content_type="application/json", **bearer(user))


def test_suggestions_store_nothing(employer):
    response = post(employer["boss"], "/api/v1/vacancies/intake/suggest", {
        "title": "Heftruckchauffeur", "text": "Jong dynamisch team zoekt heftruckchauffeur. Bachelordiploma vereist. Je laadt en lost vrachtwagens."})
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["occupations"] and body["skills"] and body["occupation_uri"].startswith("http://data.europa.eu/esco/occupation/")
    assert [w["ground"] for w in body["wording"]] == ["age"] and body["diploma"][0]["competences"]
    assert Vacancy.objects.count() == 0 and VacancySkill.objects.count() == 0
    assert post(employer["citizen"], "/api/v1/vacancies/intake/suggest", {"title": "x"}).status_code == 403


def _vacancy(**overrides) -> dict:
    return {"title": "Heftruckchauffeur", "description": "Laden en lossen in ons magazijn.", "municipality": "44021", "hours_per_week": 38,
            "contract": "permanent", "monthly_wage": 2600, "occupation_uri": FORKLIFT.uri,
            "skills": [{"uri": SKILLS[0]}, {"uri": SKILLS[1], "essential": False}], "language_needs": [{"language": "nl", "level": "A2"}],
            **overrides}


def _v(vacancy) -> int:
    """The vacancy's current version: every edit sends it (issue 17, optimistic concurrency required)."""
    return Vacancy.objects.get(pk=vacancy.pk).version


def test_only_confirmed_skills_are_stored_and_the_lifecycle_is_logged(employer):
    made = post(employer["boss"], "/api/v1/vacancies", _vacancy())
    assert made.status_code == 201, made.content
    vacancy = Vacancy.objects.get(pk=made.json()["id"])
    assert made.json()["state"] == "draft" and not vacancy.open and vacancy.employer == employer["org"]
    assert sorted(vacancy.skills.values_list("skill_uri", "essential")) == sorted([(SKILLS[0], True), (SKILLS[1], False)])
    assert Client().get(f"/vacatures/{vacancy.pk}/").status_code == 404  # a draft is not public
    for name, state in (("publish", "published"), ("fill", "filled")):
        moved = post(employer["boss"], f"/api/v1/vacancies/{vacancy.pk}/lifecycle", {"transition": name, "version": _v(vacancy)})
        assert moved.status_code == 200 and moved.json()["state"] == state
        assert moved.json()["open"] == (state == "published")
    assert post(employer["boss"], f"/api/v1/vacancies/{vacancy.pk}/lifecycle", {"transition": "publish", "version": _v(vacancy)}).status_code == 409
    assert post(employer["other"], f"/api/v1/vacancies/{vacancy.pk}/lifecycle", {"transition": "close", "version": _v(vacancy)}).status_code == 404
    log = TransitionLog.objects.filter(workflow="vacancy", object_id=vacancy.pk).values_list("transition", flat=True)
    assert list(log) == ["create", "publish", "fill"]


def test_bad_vacancies_are_refused_field_by_field(employer):
    bad = post(employer["boss"], "/api/v1/vacancies", _vacancy(title="", municipality="99999", occupation_uri="x", skills=[{"uri": "nope"}],
                                                               contract="forever", hours_per_week=0))
    assert bad.status_code == 422
    assert {e["field"] for e in bad.json()["errors"]} >= {"title", "municipality", "occupation_uri", "skills", "contract", "hours_per_week"}
    assert Vacancy.objects.count() == 0
    words = post(employer["boss"], "/api/v1/vacancies", _vacancy(description="Enkel mannen, max. 35 jaar.", publish=True))
    assert words.status_code == 422 and len([e for e in words.json()["errors"] if e["field"] == "description"]) == 2
    high = post(employer["boss"], "/api/v1/vacancies", _vacancy(language_needs=[{"language": "nl", "level": "C2"}]))
    assert high.status_code == 422 and high.json()["errors"][0]["field"] == "language_justification"
    justified = post(employer["boss"], "/api/v1/vacancies", _vacancy(language_needs=[{"language": "nl", "level": "C2"}],
                                                                     language_justification="Veiligheidsinstructies in een Seveso-bedrijf."))
    assert justified.status_code == 201
    assert post(employer["citizen"], "/api/v1/vacancies", _vacancy()).status_code == 403


def test_the_guided_form_suggests_then_stores_only_what_was_confirmed(employer):
    client = Client()
    client.force_login(employer["boss"])
    step1 = {"title": "Heftruckchauffeur", "description": "Jong dynamisch team. Je laadt en lost vrachtwagens met de heftruck.",
             "municipality": "44021", "hours_per_week": "38", "contract": "permanent", "dutch_level": "A2", "action": "suggest"}
    page = client.post("/vacatures/nieuw/", step1)
    html = page.content.decode()
    assert page.status_code == 200 and "Jong dynamisch team" in html and "leeftijd" in html and 'name="skills"' in html
    assert Vacancy.objects.count() == 0
    refused = client.post("/vacatures/nieuw/", {**step1, "action": "publish", "occupation_uri": FORKLIFT.uri, "skills": [SKILLS[0]]})
    assert refused.status_code == 422 and "kan discrimineren" in refused.content.decode() and Vacancy.objects.count() == 0
    step2 = {**step1, "description": "Een gedreven team. Je laadt en lost vrachtwagens met de heftruck.", "action": "publish",
             "occupation_uri": FORKLIFT.uri}
    suggested = [s["uri"] for s in post(employer["boss"], "/api/v1/vacancies/intake/suggest", {"title": "Heftruckchauffeur",
                                                                                                "text": step2["description"]}).json()["skills"]]
    done = client.post("/vacatures/nieuw/", {**step2, "skills": suggested[:2]}, follow=True)
    assert "De vacature is gepubliceerd" in done.content.decode()
    vacancy = Vacancy.objects.get()
    assert vacancy.open and sorted(vacancy.skills.values_list("skill_uri", flat=True)) == sorted(suggested[:2])
    closed = client.post(f"/vacatures/{vacancy.pk}/levensloop/", {"transition": "close", "version": vacancy.version}, follow=True)
    assert "De vacature is afgesloten." in closed.content.decode()  # walk of stop 44: the move named ("bijgewerkt" before)
    vacancy.refresh_from_db()
    assert vacancy.state == "closed" and not vacancy.open


def test_a_vacancy_published_too_long_expires_in_the_nightly_sweep(employer, settings):
    import datetime as dt

    from werkregie.vacancies.sweeps import sweep

    settings.WERKREGIE_VACANCY_EXPIRE_DAYS = 60
    made = post(employer["boss"], "/api/v1/vacancies", _vacancy(publish=True)).json()
    vacancy = Vacancy.objects.get(pk=made["id"])
    today = vacancy.state_since.date()
    assert sweep(today + dt.timedelta(days=30)) == {"expired": 0}
    assert sweep(today + dt.timedelta(days=62)) == {"expired": 1}
    vacancy.refresh_from_db()
    assert vacancy.state == "expired" and not vacancy.open
    assert sweep(today + dt.timedelta(days=90)) == {"expired": 0}
    again = post(employer["boss"], f"/api/v1/vacancies/{vacancy.pk}/lifecycle", {"transition": "republish", "version": _v(vacancy)})
    assert again.status_code == 200 and again.json()["open"]
