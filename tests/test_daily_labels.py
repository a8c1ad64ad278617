"""Issue 16, point 7: ESCO competence labels in the reader's language. Where ESCO has no label in the page's language,
the best available one is shown with lang= and a visible language mark with a spoken explanation; never silently.
Checked on the rendered HTML of the pages that show skill labels (vacancy page, the person's vacancies and gaps, the
employer's feedback form): every label whose language differs from the page's has lang= and the mark."""

import datetime as dt
import re
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.utils import translation

from werkregie.accounts.models import Role
from werkregie.matching import labels
from werkregie.matching.engine.taxonomy import load
from werkregie.matching.models import PersonExperience, PersonSkill
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind
from werkregie.vacancies.models import Application, Vacancy, VacancySkill

from . import factories as f

TAX = load()
FORKLIFT = next(o for o in TAX.occupations if o.label("en") == "forklift operator")
ENGLISH_ONLY = [TAX.skills[s] for s in FORKLIFT.essential + FORKLIFT.optional if set(k for k, v in TAX.skills[s].labels.items() if v) == {"en"}]
DUTCH = [TAX.skills[s] for s in FORKLIFT.essential + FORKLIFT.optional if TAX.skills[s].labels.get("nl")]
NOW = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def test_the_forklift_occupation_has_both_kinds_of_label():  # the page tests below need both
    assert len(ENGLISH_ONLY) >= 2 and len(DUTCH) >= 2


def test_a_label_in_the_readers_language_is_plain_another_is_marked():
    with translation.override("nl"):
        dutch = labels.skill(DUTCH[0].uri, "nl")
        english = labels.skill(ENGLISH_ONLY[0].uri, "nl")
        assert dutch["lang"] == "nl" and english["lang"] == "en" and english["label"] == ENGLISH_ONLY[0].labels["en"][0]
        assert "lang-mark" not in labels.render(dutch) and "lang=" not in labels.render(dutch)
        html = labels.render(english)
        assert f'<span lang="en">{english["label"]}' in html.replace("&#x27;", "'")
        assert '<span aria-hidden="true">EN</span>' in html and "benaming in het Engels" in html
        assert labels.plain(english).endswith("(Engels)") and labels.plain(dutch) == dutch["label"]
    with translation.override("fr"):
        assert "dénomination en anglais" in labels.render(labels.skill(ENGLISH_ONLY[0].uri, "fr")) or "anglais" in labels.render(labels.skill(ENGLISH_ONLY[0].uri, "fr"))
    with translation.override("en"):
        assert "lang-mark" not in labels.render(labels.skill(ENGLISH_ONLY[0].uri, "en"))


def test_an_unknown_uri_is_shown_as_itself_in_the_readers_language():
    entry = labels.skill("http://data.europa.eu/esco/skill/gone", "nl")
    assert entry == {"uri": "http://data.europa.eu/esco/skill/gone", "label": "http://data.europa.eu/esco/skill/gone", "lang": "nl"}


class Labels(HTMLParser):
    """Every element's text with the nearest lang= around it, and the skill spans with their mark."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[tuple[str, str | None, str]] = []
        self.texts: list[tuple[str, str]] = []  # (text, nearest lang)
        self.skills: list[dict] = []

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        attrs = dict(attrs)
        if tag in ("br", "input", "img", "meta", "link", "hr"):
            return
        self.stack.append((tag, attrs.get("lang"), attrs.get("class") or ""))
        if "skill" in (attrs.get("class") or "").split():
            self.skills.append({"text": "", "lang": None, "mark": False})

    def handle_endtag(self, tag):  # noqa: ANN001
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):  # noqa: ANN001
        if not data.strip() or any(t in ("script", "style", "title") for t, _l, _c in self.stack):  # machine data (JSON-LD), not text
            return
        lang = next((lang for _t, lang, _c in reversed(self.stack) if lang), None)
        self.texts.append((data.strip(), lang))
        if any("skill" in c.split() for _t, _l, c in self.stack):
            current = self.skills[-1]
            if any("lang-mark" in c.split() for _t, _l, c in self.stack):
                current["mark"] = True
            else:
                current["text"] += data
                current["lang"] = lang


def assert_no_unmarked_labels(html: str, page_language: str = "nl") -> int:
    parser = Labels()
    parser.feed(html)
    foreign = 0
    for skill in parser.skills:
        if skill["lang"] and skill["lang"] != page_language:
            foreign += 1
            assert skill["mark"], f"label {skill['text']!r} in {skill['lang']} without the language mark"
    # whatever the markup: an English-only ESCO label never stands in the page's text without lang="en" around it
    for item in ENGLISH_ONLY:
        label = item.labels["en"][0]
        for text, lang in parser.texts:
            if label in text:
                assert lang == "en", f"English label {label!r} without lang=en in: {text[:120]!r}"
    return foreign


@pytest.fixture
def market(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    counsellor = f.user(Role.COUNSELLOR, team, username="bart")
    person = f.person(first_name="Sofie", last_name="Peeters", team=team, counsellor=counsellor)
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2025, 2, 1))
    citizen = f.user(Role.CITIZEN, username="sofie", person=person)
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent BV")
    boss = f.user(Role.EMPLOYER, employer, username="werkgever")
    vacancy = Vacancy.objects.create(employer=employer, title="Heftruckchauffeur", municipality_id="44021", occupation_uri=FORKLIFT.uri,
                                     monthly_wage=2650, description="Laden en lossen.", language_needs=[{"language": "nl", "level": "B1"}])
    for skill in ENGLISH_ONLY[:3] + DUTCH[:3]:
        VacancySkill.objects.create(vacancy=vacancy, skill_uri=skill.uri, essential=True)
    for skill in (ENGLISH_ONLY[0], DUTCH[0]):
        PersonSkill.objects.create(person=person, skill_uri=skill.uri, source="declared", added_at=NOW)
    PersonExperience.objects.create(person=person, occupation_uri=FORKLIFT.uri, years=2)
    application = Application.objects.create(vacancy=vacancy, person=person, origin="applied")
    return {"counsellor": counsellor, "citizen": citizen, "boss": boss, "vacancy": vacancy, "person": person, "application": application}


def _client(user) -> Client:
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_the_vacancy_page_marks_every_label_not_in_dutch(market):
    response = _client(market["citizen"]).get(f"/vacatures/{market['vacancy'].pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert assert_no_unmarked_labels(html) >= 3
    assert re.search(r'<html lang="nl"', html)


@pytest.mark.django_db
def test_the_person_vacancies_and_gaps_page_marks_them_too(market):
    client = _client(market["counsellor"])
    client.get(f"/personen/{market['person'].pk}/?doel=guidance")
    response = client.get(f"/personen/{market['person'].pk}/vacatures/", {"beroep": "heftruckchauffeur"})
    assert response.status_code == 200
    assert assert_no_unmarked_labels(response.content.decode()) >= 1


@pytest.mark.django_db
def test_the_employers_feedback_form_marks_them_too(market):
    response = _client(market["boss"]).get(f"/sollicitaties/{market['application'].pk}/terugkoppeling/")
    assert response.status_code == 200, response.status_code
    assert assert_no_unmarked_labels(response.content.decode()) >= 3


def test_the_check_fails_on_an_unmarked_label():
    label = ENGLISH_ONLY[0].labels["en"][0]
    with pytest.raises(AssertionError):
        assert_no_unmarked_labels(f'<ul><li><span class="skill">{label}</span></li></ul>')
    with pytest.raises(AssertionError):
        assert_no_unmarked_labels(f'<ul><li><span class="skill"><span lang="en">{label}</span></span></li></ul>')


@pytest.mark.django_db
def test_the_vacancy_intake_marks_them_too(market):
    """The employer's guided form: the suggested competences and the diploma hint's examples."""
    step1 = {"title": "Heftruckchauffeur", "description": "Bachelordiploma vereist. Je laadt en lost vrachtwagens met de heftruck.",
             "municipality": "44021", "hours_per_week": "38", "contract": "permanent", "dutch_level": "A2", "action": "suggest",
             "occupation_uri": FORKLIFT.uri}
    response = _client(market["boss"]).post("/vacatures/nieuw/", step1)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="skills"' in html and "diploma" in html
    assert assert_no_unmarked_labels(html) >= 1
