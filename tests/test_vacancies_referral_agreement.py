"""Issue 12 point 3: a counsellor refers a person to a vacancy only with the person's agreement, confirmed in the same
step with how and on which day the person agreed. Without it the referral is refused (the page's error summary, the
API's 422 problem naming the field) and nothing changes; with it the application keeps the agreement (who recorded it,
when, how) and the person, the counsellor and the employer read it in their words, with Belgian dates; the employer
only while the application is its ground to see the person (people.perms.employer_grounds)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.clock import BRUSSELS, travel_to
from werkregie.core.errors import InvalidInput
from werkregie.messaging.models import Message
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies import use_cases as services
from werkregie.vacancies.models import Application, ApplicationOrigin, EmployerNotice
from werkregie.workflows.models import TransitionLog

from . import factories as f
from .test_matching_platform import SKILLS, bearer, seeker, vacancy

POSTED = dt.datetime(2026, 11, 20, 9, 0, tzinfo=BRUSSELS)
REFERRED = dt.datetime(2026, 12, 1, 10, 0, tzinfo=BRUSSELS)
AGREED_ON = dt.date(2026, 11, 28)  # the person agreed by phone three days before the counsellor recorded it


@pytest.fixture
def world(db, settings):
    settings.TASKS_SYNC = True
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    boss = f.user(Role.EMPLOYER, employer)
    other_boss = f.user(Role.EMPLOYER, f.organisation(OrganisationKind.EMPLOYER, name="Andere bv"))
    person = seeker(SKILLS[:3], team=team, counsellor=counsellor, first_name="Ilse", last_name="Vermeersch")
    citizen = f.user(Role.CITIZEN, person=person)
    with travel_to(POSTED):
        job = vacancy(employer)
    return {"counsellor": counsellor, "boss": boss, "other_boss": other_boss, "person": person, "citizen": citizen, "job": job}


def logged_in(user) -> Client:  # noqa: ANN001
    client = Client()
    client.force_login(user)
    return client


def nothing_happened(world) -> None:  # noqa: ANN001
    assert not Application.objects.filter(agreement_on__isnull=False).exists()
    assert not TransitionLog.objects.filter(workflow="application", transition="apply").exists()
    assert not Message.objects.filter(person=world["person"]).exists()
    assert not EmployerNotice.objects.exists()


def refer(world, **agreement) -> None:  # noqa: ANN001, ANN003
    form = {"person": world["person"].pk, "agreement": "on", "agreement_how": "phone", "agreement_on": f"{AGREED_ON:%d/%m/%Y}"} | agreement
    with travel_to(REFERRED):
        response = logged_in(world["counsellor"]).post(f"/vacatures/{world['job'].pk}/doorverwijzen/", form)
    assert response.status_code == 302, response.content.decode()


def test_the_page_asks_for_the_agreement_how_and_when_and_refuses_without_it(world):
    url = f"/vacatures/{world['job'].pk}/doorverwijzen/"
    client = logged_in(world["counsellor"])
    with travel_to(REFERRED):
        page = client.get(url, {"persoon": world["person"].pk}).content.decode()
        # asked in the same step: the confirmation, how (a choice) and the day (today by default, DD/MM/JJJJ)
        assert 'name="agreement"' in page and 'name="agreement_how"' in page and 'value="01/12/2026"' in page and "telefonisch" in page
        refused = client.post(url, {"person": world["person"].pk, "agreement_on": ""})
    html = refused.content.decode()
    assert refused.status_code == 422 and 'class="error-summary"' in html
    for anchor, text in (("#id_agreement_how_0", "Kies hoe de persoon akkoord ging."), ("#id_agreement_on", "Geef de datum waarop de persoon akkoord ging"),
                         ("#id_agreement", "Bevestig dat de persoon akkoord gaat met deze doorverwijzing.")):
        assert f'href="{anchor}"' in html and text in html, anchor
    nothing_happened(world)
    # a day in the future, or before the vacancy existed, is no agreement to this referral: said on the field
    with travel_to(REFERRED):
        future = client.post(url, {"person": world["person"].pk, "agreement": "on", "agreement_how": "phone", "agreement_on": "02/12/2026"})
        before = client.post(url, {"person": world["person"].pk, "agreement": "on", "agreement_how": "phone", "agreement_on": "19/11/2026"})
    assert future.status_code == 422 and 'href="#id_agreement_on"' in future.content.decode() and "in de toekomst" in future.content.decode()
    assert before.status_code == 422 and "vóór de vacature bestond (20/11/2026)" in before.content.decode()
    nothing_happened(world)


def test_the_use_case_refuses_a_referral_without_the_agreement_and_leaves_a_proposal_as_it_was(world):
    proposal = Application.objects.create(vacancy=world["job"], person=world["person"], origin=ApplicationOrigin.PROPOSED)
    counsellor = Principal.for_session(world["counsellor"])
    with travel_to(REFERRED), pytest.raises(InvalidInput) as refused:
        services.apply(counsellor, world["job"].pk, world["person"].pk, agreement=True)  # how and when missing
    assert {e.field for e in refused.value.errors} == {"agreement_how", "agreement_on"}
    proposal.refresh_from_db()
    assert (proposal.state, proposal.version, proposal.agreement_how, proposal.agreement_on) == ("proposed", 1, "", None)
    nothing_happened(world)


def test_the_api_refuses_a_referral_without_the_agreement_with_a_problem_naming_the_field(world):
    url = f"/api/v1/vacancies/{world['job'].pk}/apply"
    with travel_to(REFERRED):
        missing = Client().post(url, {"person_id": world["person"].pk}, content_type="application/json", **bearer(world["counsellor"]))
        no_how = Client().post(url, {"person_id": world["person"].pk, "agreement": True, "agreement_on": "2026-11-28", "agreement_how": "raden"},
                               content_type="application/json", **bearer(world["counsellor"]))
    assert missing.status_code == 422 and missing["Content-Type"].startswith("application/problem+json")
    assert {e["field"] for e in missing.json()["errors"]} == {"agreement", "agreement_how", "agreement_on"}
    assert no_how.status_code == 422 and [e["field"] for e in no_how.json()["errors"]] == ["agreement_how"]
    nothing_happened(world)
    with travel_to(REFERRED):
        done = Client().post(url, {"person_id": world["person"].pk, "agreement": True, "agreement_how": "message", "agreement_on": "2026-11-28"},
                             content_type="application/json", **bearer(world["counsellor"]))
    assert done.status_code == 201, done.content
    referral = done.json()["referral"]
    assert referral["agreed_on"] == "2026-11-28" and referral["how"] == "message" and referral["recorded_by"] == world["counsellor"].label
    assert "28/11/2026 (per bericht" in referral["text"]


def test_a_referral_keeps_the_agreement_and_each_party_reads_it(world):
    refer(world)
    application = Application.objects.get(person=world["person"], vacancy=world["job"])
    assert (application.state, application.agreement_how, application.agreement_on) == ("applied", "phone", AGREED_ON)
    assert application.agreement_recorded_by == world["counsellor"].label and application.agreement_recorded_at == REFERRED
    log = TransitionLog.objects.get(workflow="application", object_id=application.pk, transition="apply")
    assert log.data["how"] == "phone" and log.data["agreed_on"] == "2026-11-28" and "telefonisch akkoord op 28/11/2026" in log.reason

    citizen = logged_in(world["citizen"])
    with travel_to(REFERRED):
        vacancy_page = citizen.get(f"/vacatures/{world['job'].pk}/").content.decode()
        mine = citizen.get("/mijn-vacatures/").content.decode()
    for html in (vacancy_page, mine):
        assert "VDAB verwees u door met uw akkoord op 28/11/2026 (telefonisch)." in html
    # told through the one inbox, with how to undo it
    [message] = Message.objects.filter(person=world["person"])
    assert "VDAB verwees u door met uw akkoord op 28/11/2026 (telefonisch)." in message.body and "Trek de sollicitatie dan in" in message.body

    counsellor = logged_in(world["counsellor"])
    with travel_to(REFERRED):
        file = counsellor.get(f"/personen/{world['person'].pk}/vacatures/").content.decode()
        listed = counsellor.get(f"/vacatures/{world['job'].pk}/sollicitaties/").content.decode()
    for html in (file, listed):
        assert "met het akkoord van de persoon op 28/11/2026 (telefonisch), geregistreerd op 01/12/2026 10:00." in html

    with travel_to(REFERRED):
        employer_page = logged_in(world["boss"]).get(f"/vacatures/{world['job'].pk}/sollicitaties/").content.decode()
        employer_api = Client().get(f"/api/v1/vacancies/{world['job'].pk}/applications", **bearer(world["boss"])).json()
    assert "Vermeersch" in employer_page and "VDAB verwees deze kandidaat door met het akkoord van de persoon op 28/11/2026." in employer_page
    assert "telefonisch" not in employer_page and world["counsellor"].label not in employer_page  # neither how nor who
    [row] = employer_api
    assert row["referral"] == {"agreed_on": "2026-11-28", "text": "VDAB verwees deze kandidaat door met het akkoord van de persoon op 28/11/2026."}


def test_the_employer_reads_nothing_of_the_referral_while_the_person_is_not_named_to_it(world):
    refer(world)
    application = Application.objects.get(person=world["person"], vacancy=world["job"])
    # another employer never
    assert Client().get(f"/api/v1/vacancies/{world['job'].pk}/applications", **bearer(world["other_boss"])).status_code == 404
    # once the person withdraws, the application is no longer the employer's ground to see them: the referral goes with it
    with travel_to(REFERRED + dt.timedelta(hours=1)):
        withdrawn = Client().post(f"/api/v1/vacancies/applications/{application.pk}/transitions",
                                  {"transition": "withdraw", "version": application.version}, content_type="application/json",
                                  **bearer(world["citizen"]))
        assert withdrawn.status_code == 200, withdrawn.content
        page = logged_in(world["boss"]).get(f"/vacatures/{world['job'].pk}/sollicitaties/").content.decode()
        listed = Client().get(f"/api/v1/vacancies/{world['job'].pk}/applications", **bearer(world["boss"])).json()
    assert "VDAB verwees" not in page and "28/11/2026" not in page and "Vermeersch" not in page and listed == []
    # the person and the counsellor still read it
    with travel_to(REFERRED + dt.timedelta(hours=1)):
        assert "VDAB verwees u door met uw akkoord op 28/11/2026" in logged_in(world["citizen"]).get("/mijn-vacatures/").content.decode()
        file = logged_in(world["counsellor"]).get(f"/personen/{world['person'].pk}/vacatures/").content.decode()
    assert "met het akkoord van de persoon op 28/11/2026" in file


def test_ones_own_application_records_no_agreement_even_when_sent(world):
    with travel_to(REFERRED):
        made = Client().post(f"/api/v1/vacancies/{world['job'].pk}/apply", {"agreement": True, "agreement_how": "phone", "agreement_on": "2026-11-28"},
                             content_type="application/json", **bearer(world["citizen"]))
    assert made.status_code == 201 and made.json()["referral"] is None
    application = Application.objects.get(pk=made.json()["id"])
    assert (application.agreement_how, application.agreement_on, application.agreement_recorded_at) == ("", None, None)
    with travel_to(REFERRED):
        assert "VDAB verwees" not in logged_in(world["citizen"]).get(f"/vacatures/{world['job'].pk}/").content.decode()
