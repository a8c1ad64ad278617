"""Walk of stop 42 (issue 12): a draft saved from the guided form could be published or closed but never edited, and
the employer's list showed open vacancies only, so a draft or a filled vacancy could not be found again. The list now
has a state filter, and a draft or a published vacancy opens in the same guided form, filled with what it holds."""

from __future__ import annotations

import html
import re

import pytest
from django.test import Client

from werkregie.vacancies.models import Vacancy, VacancySkill

from .test_vacancies_intake import _vacancy, employer, post  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db


def _draft(boss) -> Vacancy:  # noqa: ANN001
    made = post(boss, "/api/v1/vacancies", _vacancy(title="Jonge magazijnier max. 30 jaar", publish=False))
    assert made.status_code == 201, made.content
    return Vacancy.objects.get(pk=made.json()["id"])


def test_the_list_finds_drafts_and_filled_vacancies_by_state(employer):  # noqa: F811
    draft = _draft(employer["boss"])
    client = Client()
    client.force_login(employer["boss"])
    assert draft.title not in client.get("/vacatures/").content.decode()  # open ones by default
    drafts = html.unescape(client.get("/vacatures/", {"toestand": "draft"}).content.decode())
    assert draft.title in drafts and "Ontwerp" in drafts
    assert draft.title in html.unescape(client.get("/vacatures/", {"toestand": "all"}).content.decode())
    assert draft.title not in html.unescape(client.get("/vacatures/", {"toestand": "filled"}).content.decode())
    bad = client.get("/vacatures/", {"toestand": "weg"})
    assert bad.status_code == 400 and 'class="error-summary"' in bad.content.decode()
    other = Client()
    other.force_login(employer["other"])  # another employer's drafts stay out of its list
    assert draft.title not in html.unescape(other.get("/vacatures/", {"toestand": "all"}).content.decode())


def test_a_draft_is_edited_in_the_guided_form_and_then_published(employer):  # noqa: F811
    draft = _draft(employer["boss"])
    client = Client()
    client.force_login(employer["boss"])
    page = html.unescape(client.get(f"/vacatures/{draft.pk}/").content.decode())
    assert f'href="/vacatures/{draft.pk}/bewerken/"' in page
    form = html.unescape(client.get(f"/vacatures/{draft.pk}/bewerken/").content.decode())
    assert "<h1>Vacature wijzigen</h1>" in form and 'value="Jonge magazijnier max. 30 jaar"' in form
    held = set(VacancySkill.objects.filter(vacancy=draft).values_list("skill_uri", flat=True))
    ticked = set(re.findall(r'<input type="checkbox" name="skills" id="skill-\d+" value="([^"]+)" checked>', form))
    assert ticked == held
    body = {"title": "Magazijnier", "description": draft.description, "municipality": "Gent", "hours_per_week": "38", "contract": "permanent",
            "monthly_wage": "2.600", "dutch_level": "A2", "version": str(draft.version), "occupation_uri": draft.occupation_uri,
            "skills": sorted(held), "action": "publish"}
    stale = client.post(f"/vacatures/{draft.pk}/bewerken/", {**body, "version": str(draft.version - 1)})
    assert stale.status_code in (409, 422) and Vacancy.objects.get(pk=draft.pk).title == draft.title
    done = client.post(f"/vacatures/{draft.pk}/bewerken/", body)
    assert done.status_code == 302, done.content.decode()[:3000]
    saved = Vacancy.objects.get(pk=draft.pk)
    assert saved.title == "Magazijnier" and saved.state == "published" and saved.open
    assert set(VacancySkill.objects.filter(vacancy=saved).values_list("skill_uri", flat=True)) == held
    assert client.get(f"/vacatures/{draft.pk}/bewerken/", HTTP_ACCEPT_LANGUAGE="nl").status_code == 200  # published: still editable
    other = Client()
    other.force_login(employer["other"])
    assert other.get(f"/vacatures/{draft.pk}/bewerken/").status_code == 404


@pytest.mark.parametrize("text,language,rewording", [
    ("Je bent een native speaker Nederlands.", "nl", "zeer goede kennis van de taal (vermeld het niveau, bv. B2)"),
    ("Vous êtes native speaker.", "fr", "très bonne maîtrise de la langue (précisez le niveau, p. ex. B2)"),
    ("You are a native speaker of Dutch.", "en", "very good command of the language (state the level, e.g. C1)")])
def test_native_speaker_is_reworded_in_the_vacancys_own_language(text, language, rewording):
    """Walk of stop 42: a Dutch vacancy saying "native speaker" got the English rule's English rewording."""
    from werkregie.vacancies import wording

    assert [(h.text, h.ground, h.rewording) for h in wording.check_all(text, language)][0][1:] == ("origin", rewording)


def test_an_older_vacancy_without_a_justification_stays_editable(employer):  # noqa: F811
    """Re-walk of stop 42: a published vacancy asking B1 where its occupation usually asks A2, stored without the
    justification the intake asks now, could not be saved at all, not even to correct its hours."""
    made = post(employer["boss"], "/api/v1/vacancies", _vacancy(language_needs=[{"language": "nl", "level": "C1"}],
                                                                  language_justification="Klantencontact aan de telefoon in het Nederlands."))
    assert made.status_code == 201, made.content
    vacancy = Vacancy.objects.get(pk=made.json()["id"])
    Vacancy.objects.filter(pk=vacancy.pk).update(language_justification="")  # as an older vacancy holds it
    held = sorted(VacancySkill.objects.filter(vacancy=vacancy).values_list("skill_uri", flat=True))
    client = Client()
    client.force_login(employer["boss"])
    body = {"title": vacancy.title, "description": vacancy.description, "municipality": "Gent", "hours_per_week": "30", "contract": "permanent",
            "monthly_wage": "2.600", "dutch_level": "C1", "version": str(Vacancy.objects.get(pk=vacancy.pk).version),
            "occupation_uri": vacancy.occupation_uri, "skills": held, "action": "draft"}
    assert client.post(f"/vacatures/{vacancy.pk}/bewerken/", body).status_code == 302
    assert Vacancy.objects.get(pk=vacancy.pk).hours_per_week == 30
    raised = {**body, "dutch_level": "C2", "version": str(Vacancy.objects.get(pk=vacancy.pk).version)}
    assert client.post(f"/vacatures/{vacancy.pk}/bewerken/", raised).status_code == 422  # a level raised still needs its reason
