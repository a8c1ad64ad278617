"""Walk of stop 44: a vacancy that was published and is closed answered "this page does not exist" (404) to a visitor
who is not logged in; it now says the vacancy is no longer open (410), showing nothing of it. A closed draft that was
never published, and an unknown number, stay a 404."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind

from . import factories as f
from .test_matching_platform import bearer, vacancy

pytestmark = pytest.mark.django_db


def _lifecycle(user, job, name):  # noqa: ANN001, ANN202
    job.refresh_from_db()
    return Client().post(f"/api/v1/vacancies/{job.pk}/lifecycle", {"transition": name, "version": job.version},
                         content_type="application/json", **bearer(user))


def test_a_closed_vacancy_says_it_is_no_longer_open_and_shows_nothing_of_it():
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    boss = f.user(Role.EMPLOYER, employer)
    job = vacancy(employer, title="Heftruckchauffeur Geheimtitel", state="draft", open=False)
    assert _lifecycle(boss, job, "publish").status_code == 200
    assert Client().get(f"/vacatures/{job.pk}/").status_code == 200
    assert _lifecycle(boss, job, "close").status_code == 200
    gone = Client().get(f"/vacatures/{job.pk}/")
    html = gone.content.decode()
    assert gone.status_code == 410 and "niet meer open" in html and "Geheimtitel" not in html
    assert 'href="/vacatures/zoeken/"' in html
    draft = vacancy(employer, title="Nooit gepubliceerd", state="draft", open=False)
    assert _lifecycle(boss, draft, "close").status_code == 200
    assert Client().get(f"/vacatures/{draft.pk}/").status_code == 404
    assert Client().get("/vacatures/99999999/").status_code == 404
    # a vacancy loaded as published (the demo, a migration) has no logged move to "published", only the one from it
    loaded = vacancy(employer, title="Geladen als gepubliceerd")
    assert _lifecycle(boss, loaded, "close").status_code == 200
    assert Client().get(f"/vacatures/{loaded.pk}/").status_code == 410


def test_a_closed_vacancy_no_longer_tells_its_employer_it_is_offered_beyond_flanders():
    from .test_vacancies import logged_in

    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    boss = f.user(Role.EMPLOYER, employer)
    job = vacancy(employer)
    assert "Uw keuze: deze vacature wordt ook buiten Vlaanderen aangeboden." in logged_in(boss).get(f"/vacatures/{job.pk}/").content.decode()
    assert _lifecycle(boss, job, "close").status_code == 200
    html = logged_in(boss).get(f"/vacatures/{job.pk}/").content.decode()
    assert "Uw keuze" not in html and "niet meer open: ze wordt nergens meer aangeboden" in html


def test_closing_with_running_applications_asks_to_confirm_and_says_how_many_ended(settings):
    """Walk of stop 44: "Afsluiten" closed the vacancy at once, ended a referral, and said only "bijgewerkt"."""
    from werkregie.vacancies.models import Application

    from .test_matching_platform import SKILLS, seeker
    from .test_vacancies import logged_in

    settings.TASKS_SYNC = True
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    boss = f.user(Role.EMPLOYER, employer)
    job = vacancy(employer)
    citizen = f.user(Role.CITIZEN, person=seeker(SKILLS[:2]))
    assert Client().post(f"/api/v1/vacancies/{job.pk}/apply", {}, content_type="application/json", **bearer(citizen)).status_code == 201
    browser = logged_in(boss)
    page = browser.get(f"/vacatures/{job.pk}/").content.decode()
    assert 'name="bevestig"' in page and "1 lopende sollicitatie eindigt" in page
    job.refresh_from_db()
    unconfirmed = browser.post(f"/vacatures/{job.pk}/levensloop/", {"transition": "close", "version": job.version}, follow=True)
    assert "Bevestig dat de lopende sollicitaties eindigen" in unconfirmed.content.decode()
    job.refresh_from_db()
    assert job.state == "published" and Application.objects.get(vacancy=job).state == "applied"
    confirmed = browser.post(f"/vacatures/{job.pk}/levensloop/", {"transition": "close", "version": job.version, "bevestig": "1"}, follow=True)
    html = confirmed.content.decode()
    assert "De vacature is afgesloten." in html and "1 lopende sollicitatie is beëindigd" in html
    job.refresh_from_db()
    assert job.state == "closed" and Application.objects.get(vacancy=job).state == "rejected"
