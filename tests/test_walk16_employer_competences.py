"""Walk of issue 16 (HIGH): the vacancy page promises the citizen that the employer sees their competences when they
apply; the employer's applications page and the person page now show them, with which of the vacancy's asked
competences the applicant has (the match explanation), each read logged with what was shown."""

from __future__ import annotations

import html

from werkregie.access.models import AccessLogEntry
from werkregie.core.identifiers import format_insz
from werkregie.matching import labels
from werkregie.matching.models import PersonSkill
from werkregie.vacancies.applicants import PERSON_PAGE_READ
from werkregie.vacancies.models import Application, ApplicationOrigin

from .test_matching_platform import NOW, SKILLS
from .test_vacancies import logged_in, world  # noqa: F401 - the fixture


def label(uri: str) -> str:
    return html.escape(labels.skill(uri, "nl")["label"])


def applied(world):  # noqa: F811
    person = world["person"]  # declared SKILLS[:2]; the vacancy asks SKILLS[:4]
    PersonSkill.objects.create(person=person, skill_uri=SKILLS[5], source="implied", added_at=NOW)  # a suggestion: not theirs yet
    Application.objects.create(vacancy=world["job"], person=person, origin=ApplicationOrigin.APPLIED)
    return person


def test_applications_page_shows_each_applicants_competences_and_the_fit_and_links_the_person(world):  # noqa: F811
    person = applied(world)
    page = logged_in(world["boss"]).get(f"/vacatures/{world['job'].pk}/sollicitaties/").content.decode()
    assert f'href="/personen/{person.pk}/"' in page
    assert "Heeft 2 van de 4 gevraagde competenties" in page
    for uri in SKILLS[:4]:
        assert label(uri) in page, uri
    assert label(SKILLS[5]) not in page  # an unconfirmed suggestion is never shown as the person's
    assert format_insz(person.insz) not in page and person.insz not in page
    entry = AccessLogEntry.objects.get(person_id=person.pk, what__startswith=f"sollicitaties voor vacature {world['job'].pk}")
    assert "competenties" in entry.what


def test_person_page_shows_the_employer_the_competences_it_was_promised_and_logs_it(world):  # noqa: F811
    person = applied(world)
    response = logged_in(world["boss"]).get(f"/personen/{person.pk}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert 'id="h-fits"' in page and "Heftruckchauffeur" in page and "Heeft 2 van de 4 gevraagde competenties" in page
    for uri in SKILLS[:2]:
        assert label(uri) in page
    assert label(SKILLS[5]) not in page
    # never status, INSZ or age
    assert format_insz(person.insz) not in page and person.birth_date.strftime("%d/%m/%Y") not in page and "Statussen" not in page
    assert AccessLogEntry.objects.filter(person_id=person.pk, what=PERSON_PAGE_READ).exists()


def test_the_promise_names_what_the_employer_sees(world):  # noqa: F811
    page = logged_in(world["citizen"]).get(f"/vacatures/{world['job'].pk}/").content.decode()
    promise = next(p for p in page.split("<p>") if p.startswith("Als u solliciteert, ziet de werkgever"))
    for shown in ("naam", "contactgegevens", "competenties", "onderwijsniveau", "talen", "rijbewijzen", "digitale vaardigheden"):
        assert shown in promise, shown
    for never in ("INSZ", "leeftijd", "status"):
        assert never in promise.split("nooit")[0].split(". ")[-1], never
