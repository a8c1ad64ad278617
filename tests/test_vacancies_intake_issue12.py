"""Issue 12 point 2, items 2, 3 and 5: the intake's writing help.

- Diplomas: "bachelor in bedrijfsbeheer" led to Museumdirecteur (a weak title-search hit) and "diploma secundair
  onderwijs logistiek" to nothing ("secundair" ended the field). A field the rule file names leads to its occupation,
  level words before a field are skipped, and a weak title-search hit gives way to the vacancy's own occupation.
- The competence the employer adds ("Competentie toevoegen") is read on its own: its skills come back labelled as
  coming from it, and when it names none the field says so. A meaning-only suggestion "from your text" needs a higher
  bar than the engine's: "voorraad tellen" gave "plant propagation".
- POST /api/v1/vacancies/intake/suggest: each wording hit (and diploma hint) says its field and gives offsets in it;
  the response is documented in OpenAPI; an unknown body field is a 422."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.matching import labels
from werkregie.vacancies import diplomas, intake

from .test_matching_platform import FORKLIFT
from .test_vacancies_intake import employer, post  # noqa: F401 (fixture)

WALK_TEXT = "Orderpicking met de heftruck, laden en lossen van vrachtwagens, voorraad tellen."


def _occupation(text: str, language: str, own: str = "") -> str:
    [hint] = diplomas.help_for(text, language, [], own)
    return hint["occupation"]["label"] if hint["occupation"] else ""


def _competences(text: str, language: str = "nl") -> list[str]:
    [hint] = diplomas.help_for(text, language, [])
    return hint["competences"]


@pytest.mark.parametrize(("text", "language", "occupation"), [
    ("Je hebt een bachelor in bedrijfsbeheer.", "nl", "operationeel manager"),
    ("Diploma secundair onderwijs logistiek.", "nl", "magazijnmedewerker"),
    ("Bachelor verpleegkunde vereist.", "nl", "algemeen verpleegkundige"),
    ("Master rechten.", "nl", "juridisch adviseur"),
    ("Getuigschrift lassen.", "nl", "lasser"),
    ("Diplôme de bachelier en comptabilité.", "fr", "comptable"),
    ("Bachelor's degree in business administration.", "en", "operations manager"),
])
def test_flemish_diploma_phrases_lead_to_their_occupation(text, language, occupation):
    assert _occupation(text, language) == occupation


def test_business_administration_is_no_museum_and_secondary_logistics_gives_logistics_competences():
    assert "museum" not in " ".join(_competences("bachelor in bedrijfsbeheer")).lower()
    found = _competences("diploma secundair onderwijs logistiek")
    assert found and any("magazijn" in k or "voorraad" in k or "opslag" in k for k in found), found


def test_a_weak_title_search_hit_gives_way_to_the_vacancys_own_occupation():
    from werkregie.matching.engine.titles import default_index

    field = "kinderzorg"  # no entry in the rule file: the title search alone (kinderverzorgster, 0.7)
    [results] = default_index().search([field], "nl", 10)
    best = next(r for r in results if not (r.isco or "").startswith(diplomas.TEACHING_ISCO))
    assert diplomas.MIN_SCORE <= best.score < diplomas.STRONG_SCORE, (best.label, best.score)  # a weak hit
    own = FORKLIFT.uri
    assert diplomas.occupation_for(field, "nl") == best.uri  # no own occupation: the weak hit is all there is
    assert diplomas.occupation_for(field, "nl", own) == own
    assert diplomas.occupation_for("lassen", "nl", own) != own  # the rule file's entry stands


def test_an_unrelated_meaning_hit_is_not_suggested_from_the_text():
    found = intake.suggest("Magazijnier", WALK_TEXT, "nl")
    from_text = {s["label"]: s for s in found["skills"] if s["source"] == "text"}
    assert "plant propagation" not in from_text and "vracht laden" in from_text, list(from_text)
    assert all(s["found_by"] == "label" or (s["confidence"] >= intake.MEANING_MIN and s["lang"] == "nl") for s in from_text.values())


def test_the_added_competence_gives_its_own_skills_labelled_as_added():
    found = intake.suggest("Magazijnier", WALK_TEXT, "nl", added="pallets stapelen")
    added = [s for s in found["skills"] if s["source"] == "added"]
    assert added and added[0]["label"] == "lege pallets stapelen" and added[0]["span"] == "pallets stapelen"
    assert found["added"] == {"text": "pallets stapelen", "matched": True}
    assert not any(s["label"] == "trams besturen" for s in intake.suggest("Magazijnier", WALK_TEXT, "nl", added="reachtruck besturen")["skills"])


@pytest.mark.django_db
def test_the_form_shows_the_added_competence_or_says_none_matched(employer):  # noqa: F811
    client = Client()
    client.force_login(employer["boss"])
    step = {"title": "Magazijnier", "description": WALK_TEXT, "municipality": "44021", "hours_per_week": "38", "contract": "permanent",
            "action": "suggest", "extra_skills": "pallets stapelen"}
    page = client.post("/vacatures/nieuw/", step)
    html = page.content.decode()
    assert page.status_code == 200 and "lege pallets stapelen" in html and "uit de competentie die u toevoegde" in html
    assert "Geen ESCO-competentie gevonden" not in html and "plant propagation" not in html
    none = client.post("/vacatures/nieuw/", {**step, "extra_skills": "reachtruck besturen"})
    html = none.content.decode()
    assert none.status_code == 200 and "Geen ESCO-competentie gevonden voor de toegevoegde tekst" in html
    assert "trams besturen" not in html
    assert 'id="id_extra_skills_helptext"' in html and "Geen ESCO-competentie" in html.split('id="id_extra_skills_helptext"')[1][:200]


@pytest.mark.django_db
def test_the_api_gives_each_span_its_field_and_offsets_in_it(employer):  # noqa: F811
    title, text = "Jonge magazijnier", "Wij zoeken iemand van max. 35 jaar. Bachelor in bedrijfsbeheer."
    response = post(employer["boss"], "/api/v1/vacancies/intake/suggest", {"title": title, "text": text, "extra_skills": "pallets stapelen"})
    assert response.status_code == 200, response.content
    body = response.json()
    spans = {(w["field"], w["text"]) for w in body["wording"]}
    assert spans == {("title", "Jonge magazijnier"), ("text", "max. 35 jaar")}, spans
    for hit in body["wording"]:
        assert {"title": title, "text": text}[hit["field"]][hit["start"]:hit["end"]] == hit["text"]
    [diploma] = body["diploma"]
    assert diploma["in_field"] == "text" and text[diploma["start"]:diploma["end"]] == diploma["text"] == "Bachelor in bedrijfsbeheer"
    assert body["added"]["matched"] and any(s["source"] == "added" for s in body["skills"])


@pytest.mark.django_db
def test_the_api_refuses_an_unknown_field(employer):  # noqa: F811
    response = post(employer["boss"], "/api/v1/vacancies/intake/suggest", {"title": "Magazijnier", "description": WALK_TEXT})
    assert response.status_code == 422 and response["Content-Type"].startswith("application/problem+json")
    assert any(e["field"].endswith("description") for e in response.json()["errors"]), response.json()


def test_the_openapi_documents_the_suggestion():
    from werkregie.api.api import api

    schema = api.get_openapi_schema()
    operation = schema["paths"]["/api/v1/vacancies/intake/suggest"]["post"]
    answer = operation["responses"][200]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    components = schema["components"]["schemas"]
    assert {"occupations", "skills", "wording", "diploma", "added"} <= set(components[answer]["properties"])
    hit = components["WordingHitOut"]["properties"]
    assert hit["field"]["enum"] == ["title", "text"] and "start" in hit
    body = operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
    assert components[body].get("additionalProperties") is False


def test_labels_are_the_readers():
    assert labels.skill(FORKLIFT.uri, "nl")["uri"] == FORKLIFT.uri


@pytest.mark.django_db
def test_each_optional_choice_names_its_competence(employer):  # noqa: F811
    """Walk of stop 44 (WCAG 2.4.6): sixteen checkboxes were all labelled "een pluspunt, niet vereist"; a screen reader
    now hears which competence each marks as a plus."""
    import re

    client = Client()
    client.force_login(employer["boss"])
    html = client.post("/vacatures/nieuw/", {"title": "Magazijnier", "description": WALK_TEXT, "municipality": "44021", "hours_per_week": "38",
                                             "contract": "permanent", "action": "suggest"}).content.decode()
    labels = re.findall(r'<label for="opt-\d+"[^>]*>(.*?)</label>', html, re.S)
    assert len(labels) >= 3
    texts = [re.sub(r"<[^>]+>", "", label).strip() for label in labels]
    assert len(set(texts)) == len(texts), texts  # each one different
    assert all(t.endswith("een pluspunt, niet vereist") and len(t) > len("een pluspunt, niet vereist") + 2 for t in texts)
