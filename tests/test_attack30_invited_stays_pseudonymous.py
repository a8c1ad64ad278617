"""Attack 16, H2: an employer invited a pseudonymised candidate on one vacancy, and its list of applications named the
person because they had been proposed with consent on another vacancy of the same employer. An application shows the
person only on its own ground (applied, or proposed with consent, not withdrawn), on every surface: the list (API and
page), the notices, the application's own pages and moves; the access log records only the names shown."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.core.identifiers import format_insz
from werkregie.people.enums import ConsentPurpose
from werkregie.people.models import Consent
from werkregie.vacancies.candidates import pseudonym
from werkregie.vacancies.models import Application, ApplicationOrigin, EmployerNotice

from .test_matching_platform import NOW, bearer, vacancy
from .test_vacancies import logged_in, post_json, world  # noqa: F401 - the fixture


@pytest.fixture
def invited(world):  # noqa: F811 - the fixture imported above
    """The person consents to be proposed and was proposed for the employer's first vacancy (a ground to see them); the
    employer then invites them, by pseudonym, on its second vacancy."""
    person = world["person"]
    Consent.objects.create(person=person, purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=NOW)
    code = pseudonym(world["job"].pk, person.pk)
    url = f"/api/v1/vacancies/{world['job'].pk}/suggestions"
    assert code in [c["pseudonym"] for c in Client().get(url, **bearer(world["boss"])).json()]
    made = post_json(world["boss"], f"{url}/invite", {"candidate": code})
    assert made.status_code == 201, made.content
    # proposed for another vacancy after the invitation (before it, they are no longer among the suggestions at all:
    # test_a_person_the_employer_knows_is_no_pseudonym_in_the_suggestions)
    first = vacancy(world["employer"], title="Magazijnier")
    Application.objects.create(vacancy=first, person=person, origin=ApplicationOrigin.PROPOSED, state="interested")  # the person answered the proposal: a ground (second walk, HIGH 3)
    return {**world, "first": first, "code": code, "application": Application.objects.get(vacancy=world["job"], person=person)}


def _secrets(world) -> list[str]:  # noqa: F811
    p = world["person"]
    return [p.first_name, p.last_name, p.insz, format_insz(p.insz), f"/personen/{p.pk}/"]


def test_the_invitation_does_not_name_a_person_known_through_another_vacancy(invited):
    w, job = invited, invited["job"]
    before = AccessLogEntry.objects.count()
    listed = Client().get(f"/api/v1/vacancies/{job.pk}/applications", **bearer(w["boss"]))
    assert listed.status_code == 200 and listed.json() == []
    html = logged_in(w["boss"]).get(f"/vacatures/{job.pk}/sollicitaties/").content.decode()
    for secret in _secrets(w):
        assert secret not in json.dumps(listed.json()) and secret not in html, secret
    # nothing named, nothing logged as shown
    assert not AccessLogEntry.objects.filter(pk__gt=0, what__startswith=f"sollicitaties voor vacature {job.pk}", person_id=w["person"].pk).exists()
    assert AccessLogEntry.objects.count() == before
    # the first vacancy's proposal still shows the person there
    first = Client().get(f"/api/v1/vacancies/{w['first'].pk}/applications", **bearer(w["boss"])).json()
    assert [a["person"]["last_name"] for a in first] == [w["person"].last_name]


def test_the_invitations_own_pages_and_moves_stay_closed(invited):
    w, application = invited, invited["application"]
    boss = logged_in(w["boss"])
    assert Client().get(f"/api/v1/vacancies/applications/{application.pk}/measures", **bearer(w["boss"])).status_code == 404
    assert boss.get(f"/sollicitaties/{application.pk}/steunmaatregelen/").status_code == 404
    assert boss.get(f"/sollicitaties/{application.pk}/terugkoppeling/").status_code == 404
    moved = post_json(w["boss"], f"/api/v1/vacancies/applications/{application.pk}/transitions", {"transition": "offer", "version": application.version})
    assert moved.status_code == 404 and w["person"].last_name not in moved.content.decode()
    given = post_json(w["boss"], f"/api/v1/vacancies/applications/{application.pk}/feedback", {"reason": "other", "version": application.version})
    assert given.status_code == 404 and w["person"].last_name not in given.content.decode()


def test_once_shared_the_person_is_named_and_logged(invited):
    w, application = invited, invited["application"]
    shared = post_json(w["citizen"], f"/api/v1/vacancies/applications/{application.pk}/transitions", {"transition": "interest",
                                                                                                          "version": application.version})
    assert shared.status_code == 200, shared.content
    seen = Client().get(f"/api/v1/vacancies/{w['job'].pk}/applications", **bearer(w["boss"])).json()
    assert [a["person"]["last_name"] for a in seen] == [w["person"].last_name]
    assert AccessLogEntry.objects.filter(person_id=w["person"].pk, what__startswith=f"sollicitaties voor vacature {w['job'].pk}").exists()


def test_a_notice_names_the_person_only_on_its_own_application(invited):
    """The person applied to the second vacancy and withdrew: the old "applied" notice no longer names them, though the
    first vacancy's proposal still lets the employer see them."""
    w = invited
    application = w["application"]
    applied = Client().post(f"/api/v1/vacancies/{w['job'].pk}/apply", {}, content_type="application/json", **bearer(w["citizen"]))
    assert applied.status_code == 201, applied.content
    application.refresh_from_db()
    named = Client().get("/api/v1/vacancies/notices", **bearer(w["boss"])).json()
    assert [n["candidate"] for n in named if n["event"] == "applied"] == [f"{w['person'].first_name} {w['person'].last_name}"]
    withdrawn = post_json(w["citizen"], f"/api/v1/vacancies/applications/{application.pk}/transitions", {"transition": "withdraw",
                                                                                                             "version": application.version})
    assert withdrawn.status_code == 200, withdrawn.content
    assert EmployerNotice.objects.filter(application=application).count() == 2
    before = AccessLogEntry.objects.filter(person_id=w["person"].pk).count()
    notices = Client().get("/api/v1/vacancies/notices", **bearer(w["boss"])).json()
    html = logged_in(w["boss"]).get("/vacatures/berichten/").content.decode()
    for secret in _secrets(w):
        assert secret not in json.dumps(notices) and secret not in html, secret
    assert AccessLogEntry.objects.filter(person_id=w["person"].pk).count() == before


@pytest.mark.django_db
def test_a_person_the_employer_knows_is_no_pseudonym_in_the_suggestions(world):  # noqa: F811
    """Attack of stop 30: the employer ranks the persons it knows by name on its candidate list; the same person under a
    pseudonym in the suggestions, with the same score and competences, would be recognised. Known: not suggested."""
    person = world["person"]
    Consent.objects.create(person=person, purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=NOW)
    url = f"/api/v1/vacancies/{world['job'].pk}/suggestions"
    code = pseudonym(world["job"].pk, person.pk)
    assert code in [c["pseudonym"] for c in Client().get(url, **bearer(world["boss"])).json()]
    Application.objects.create(vacancy=vacancy(world["employer"], title="Magazijnier"), person=person, origin=ApplicationOrigin.PROPOSED, state="interested")  # the person answered the proposal: a ground (second walk, HIGH 3)
    assert code not in [c["pseudonym"] for c in Client().get(url, **bearer(world["boss"])).json()]
