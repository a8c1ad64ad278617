"""Issue 12 points 3/4/9: what an employer keeps seeing of an application that ended. While it runs the employer reads
the person's live profile; once it ends (hired, not retained) it sees the application as it stood then (the snapshot the
ending transition stores on the application), never a later change the person did not share with it; a not retained
applicant's only for the retention period (the dated parameter), then the outcome only. The page and the API alike,
each read logged with what it showed."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.matching import labels
from werkregie.matching.models import PersonSkill
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies import applicants
from werkregie.vacancies.models import Application, ApplicationState
from werkregie.vacancies.sweeps import forget_ended

from . import factories as f
from .test_matching_platform import CLEANER, SKILLS, TAXONOMY, bearer, seeker, vacancy

LATER_SKILL = TAXONOMY.skills[CLEANER.essential[0]].uri  # a competence the person adds after the end
ENDED_ON = dt.date(2026, 3, 10)


def _label(uri: str) -> str:
    return labels.skill(uri, "nl")["label"]


@pytest.fixture
def ended(db, settings):
    """A person applied (sharing SKILLS[:2]) and the employer did not retain them on ENDED_ON, through the one-click
    feedback (the rejection and the feedback in one step); then the person changed their profile."""
    settings.TASKS_SYNC = True
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    boss = f.user(Role.EMPLOYER, employer)
    person = seeker(SKILLS[:2])
    citizen = f.user(Role.CITIZEN, person=person)
    job = vacancy(employer)
    with clock.travel_to(ENDED_ON - dt.timedelta(days=5)):
        applied = Client().post(f"/api/v1/vacancies/{job.pk}/apply", {}, content_type="application/json", **bearer(citizen))
        assert applied.status_code == 201, applied.content
    application = Application.objects.get(pk=applied.json()["id"])
    with clock.travel_to(ENDED_ON):
        rejected = Client().post(f"/api/v1/vacancies/applications/{application.pk}/feedback",
                                 {"reason": "missing_skills", "missing_skills": [SKILLS[3]], "reject": True, "version": application.version},
                                 content_type="application/json", **bearer(boss))
        assert rejected.status_code == 201, rejected.content
    # after the end: the person adds an asked competence and another one, drops one, and changes their name
    PersonSkill.objects.create(person=person, skill_uri=SKILLS[2], source="declared", added_at=clock.now())
    PersonSkill.objects.create(person=person, skill_uri=LATER_SKILL, source="declared", added_at=clock.now())
    PersonSkill.objects.filter(person=person, skill_uri=SKILLS[1]).delete()
    first_name, last_name = person.first_name, person.last_name
    person.last_name = "Anders-Genoemd"
    person.save()
    application.refresh_from_db()
    return {"boss": boss, "person": person, "job": job, "application": application, "name": f"{first_name} {last_name}"}


def _page(user, job) -> str:
    client = Client()
    client.force_login(user)
    response = client.get(f"/vacatures/{job.pk}/sollicitaties/")
    assert response.status_code == 200
    return response.content.decode()


def _api(user, job) -> dict:
    response = Client().get(f"/api/v1/vacancies/{job.pk}/applications", **bearer(user))
    assert response.status_code == 200, response.content
    [found] = response.json()
    return found


def test_the_rejection_stores_what_was_shared(ended):
    shared = ended["application"].shared_at_end
    assert shared["skills"] == SKILLS[:2] and [uri for uri, _essential in shared["asked"]] == SKILLS[:4]
    assert ended["name"] == f"{shared['first_name']} {shared['last_name']}"


def test_the_employer_sees_the_snapshot_not_a_later_change(ended):
    with clock.travel_to(ENDED_ON + dt.timedelta(days=30)):
        html = _page(ended["boss"], ended["job"])
        api = _api(ended["boss"], ended["job"])
    assert ended["name"] in html and "Anders-Genoemd" not in html
    assert _label(SKILLS[1]) in html and _label(LATER_SKILL) not in html  # as shared: the dropped one, not the added one
    assert "Heeft 2 van de 4 gevraagde competenties" in html and "Zoals gedeeld bij het einde van de sollicitatie." in html
    assert f"/personen/{ended['person'].pk}/" not in html  # no link to the live record
    assert api["state"] == "rejected" and api["person"]["last_name"] != "Anders-Genoemd"
    assert f"{api['person']['first_name']} {api['person']['last_name']}" == ended["name"]
    assert [s["uri"] for s in api["competences"]["asked"] if s["have"]] == SKILLS[:2]
    assert LATER_SKILL not in {s["uri"] for s in api["competences"]["others"]}
    assert api["feedback"][0]["reason"] == "missing_skills"
    # each read logged with what it showed: the state at the end, not the live profile
    log = AccessLogEntry.objects.filter(person_id=ended["person"].pk, purpose="recruitment", what__startswith="beëindigde sollicitaties")
    assert log.count() == 2 and not AccessLogEntry.objects.filter(person_id=ended["person"].pk, what__contains="die de kandidaat heeft").exists()


def test_the_live_record_is_closed_to_the_employer_after_the_end(ended):
    client = Client()
    client.force_login(ended["boss"])
    response = client.get(f"/personen/{ended['person'].pk}/")
    assert response.status_code in (403, 404) and "Anders-Genoemd" not in response.content.decode()
    assert Client().get(f"/api/v1/persons/{ended['person'].pk}", **bearer(ended["boss"])).status_code in (403, 404)
    from werkregie.accounts.principal import Principal
    from werkregie.core.errors import NotFound

    with pytest.raises(NotFound):
        applicants.for_person_page(Principal.for_session(ended["boss"]), ended["person"].pk)


def test_after_the_retention_period_nothing_personal(ended):
    until = applicants.retained_until(ended["application"])
    assert until == dt.date(2026, 9, 9)  # six months after the end (the parameter on the day it ended)
    with clock.travel_to(until):
        assert ended["name"] in _page(ended["boss"], ended["job"])  # the last day
    before = AccessLogEntry.objects.count()
    with clock.travel_to(until + dt.timedelta(days=1)):
        html = _page(ended["boss"], ended["job"])
        api = _api(ended["boss"], ended["job"])
        feedback_page = Client()
        feedback_page.force_login(ended["boss"])
        assert feedback_page.get(f"/sollicitaties/{ended['application'].pk}/steunmaatregelen/").status_code == 404
    first_name = ended["name"].split()[0]
    for text in (first_name, ended["name"], "Anders-Genoemd", _label(SKILLS[0]), _label(SKILLS[1]), _label(LATER_SKILL), "Terugkoppeling:"):
        assert text not in html, text
    assert f"een kandidaat (sollicitatie nr. {ended['application'].pk})" in html and "Niet weerhouden" in html
    assert api["state"] == "rejected" and api["person"] is None and api["competences"] is None and api["feedback"] == []
    assert api["referral"] is None and first_name not in str(api)
    assert AccessLogEntry.objects.count() == before  # the outcome only is no read of the person
    # the nightly sweep erases what is no longer shown
    assert forget_ended(until) == {"forgotten": 0}
    assert forget_ended(until + dt.timedelta(days=1)) == {"forgotten": 1}
    ended["application"].refresh_from_db()
    assert ended["application"].shared_at_end == {}


def test_hired_keeps_the_profile_as_shared_at_the_hiring(db, settings):
    settings.TASKS_SYNC = True
    employer = f.organisation(OrganisationKind.EMPLOYER)
    boss = f.user(Role.EMPLOYER, employer)
    person = seeker(SKILLS[:3])
    job = vacancy(employer)
    application = Application.objects.create(vacancy=job, person=person, origin="applied")
    running = _api(boss, job)  # while it runs: the live profile
    assert [s["uri"] for s in running["competences"]["asked"] if s["have"]] == SKILLS[:3]
    for name in ("invite", "offer", "hire"):
        application.refresh_from_db()
        moved = Client().post(f"/api/v1/vacancies/applications/{application.pk}/transitions", {"transition": name, "version": application.version},
                              content_type="application/json", **bearer(boss))
        assert moved.status_code == 200, moved.content
    PersonSkill.objects.create(person=person, skill_uri=LATER_SKILL, source="declared", added_at=clock.now())  # looking elsewhere
    application.refresh_from_db()
    assert applicants.retained_until(application) is None
    with clock.travel_to(clock.today() + dt.timedelta(days=800)):
        html = _page(boss, job)
        api = _api(boss, job)
    assert person.last_name in html and _label(SKILLS[2]) in html and _label(LATER_SKILL) not in html
    assert api["state"] == "hired" and api["person"]["last_name"] == person.last_name
    assert LATER_SKILL not in {s["uri"] for s in api["competences"]["others"]}


def test_a_withdrawn_application_shows_nothing(db, settings):
    settings.TASKS_SYNC = True
    employer = f.organisation(OrganisationKind.EMPLOYER)
    boss = f.user(Role.EMPLOYER, employer)
    person = seeker(SKILLS[:2])
    citizen = f.user(Role.CITIZEN, person=person)
    job = vacancy(employer)
    application = Application.objects.create(vacancy=job, person=person, origin="applied")
    moved = Client().post(f"/api/v1/vacancies/applications/{application.pk}/transitions", {"transition": "withdraw", "version": application.version},
                          content_type="application/json", **bearer(citizen))
    assert moved.status_code == 200, moved.content
    application.refresh_from_db()
    assert application.state == ApplicationState.WITHDRAWN and application.shared_at_end is None  # nothing kept for the employer
    assert Client().get(f"/api/v1/vacancies/{job.pk}/applications", **bearer(boss)).json() == []
    assert person.last_name not in _page(boss, job)
