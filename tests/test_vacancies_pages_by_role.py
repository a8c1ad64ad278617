"""Issue 12 (r3, points 5 to 8), the vacancy pages as each role reads them: the ring-offer choice is the employer's
("Uw keuze" and the button for its own users, "Keuze van de werkgever" without it for VDAB); the links to a vacancy's
private pages and its wording flags only for the roles those pages allow; the counsellor reads the missing
competences of an employer's feedback by name, in a correct plural; and the employer's feedback form says beside an
asked competence that the candidate holds it with a proof."""

from __future__ import annotations

import html

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.matching import labels
from werkregie.matching.models import PersonSkill
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies.models import Application, ApplicationFeedback

from . import factories as f
from .test_matching_platform import SKILLS, bearer, seeker, vacancy

FLAG = {"text": "jong", "ground": "age", "rewording": "enthousiast", "start": 0, "end": 4}


@pytest.fixture
def world(db, settings):
    settings.TASKS_SYNC = True
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    boss = f.user(Role.EMPLOYER, employer)
    job = vacancy(employer, wording_flags=[FLAG], ring_offer=True)
    person = seeker(SKILLS[1:3], team=team, counsellor=counsellor)
    PersonSkill.objects.create(person=person, skill_uri=SKILLS[0], source="certified", added_at=clock.now())  # proved by a credential
    citizen = f.user(Role.CITIZEN, person=person)
    applied = Client().post(f"/api/v1/vacancies/{job.pk}/apply", {}, content_type="application/json", **bearer(citizen))
    assert applied.status_code == 201, applied.content
    return {"counsellor": counsellor, "boss": boss, "job": job, "person": person, "application": Application.objects.get(pk=applied.json()["id"])}


def _read(user, url: str) -> tuple[int, str]:  # noqa: ANN001
    client = Client()
    client.force_login(user)
    response = client.get(url)
    return response.status_code, html.unescape(response.content.decode())


def test_the_ring_offer_choice_is_the_employers(world):
    _status, own = _read(world["boss"], f"/vacatures/{world['job'].pk}/")
    assert "Uw keuze: deze vacature wordt ook buiten Vlaanderen aangeboden." in own and 'name="ring_offer"' in own
    _status, staff = _read(world["counsellor"], f"/vacatures/{world['job'].pk}/")
    assert "Keuze van de werkgever: deze vacature wordt ook buiten Vlaanderen aangeboden." in staff
    assert "Uw keuze" not in staff and 'name="ring_offer"' not in staff


@pytest.mark.parametrize("role", [Role.ANALYST, Role.PARTNER, Role.MUNICIPALITY, Role.CONTROLLER, Role.COUNSELLOR, Role.ADMIN])
def test_links_and_wording_flags_only_for_who_may_open_them(world, role):
    user = world["counsellor"] if role == Role.COUNSELLOR else f.user(role)
    status, page = _read(user, f"/vacatures/{world['job'].pk}/")
    assert status == 200
    staff = role in (Role.COUNSELLOR, Role.ADMIN)
    for text, url in (("Sollicitaties bekijken", f"/vacatures/{world['job'].pk}/sollicitaties/"),
                      ("Kandidaten zoeken", f"/vacatures/{world['job'].pk}/kandidaten/")):
        assert (text in page) is staff, (role, text)
        if text in page:
            assert _read(user, url)[0] == 200, (role, url)
        else:
            assert _read(user, url)[0] == 403, (role, url)
    assert ("gebruikt woorden die kunnen discrimineren" in page) is staff, role


def test_the_counsellor_reads_the_missing_competences_by_name(world):
    missing = SKILLS[3]
    ApplicationFeedback.objects.create(application=world["application"], stage="applied", reason="missing_skills", missing_skills=[missing],
                                       given_by=world["boss"], given_at=clock.now())
    _status, page = _read(world["counsellor"], f"/personen/{world['person'].pk}/vacatures/")
    name = labels.plain(labels.skill(missing, "nl"))
    assert f"1 competentie: {name}" in page and "1 competenties" not in page


def test_the_feedback_form_says_which_asked_competence_the_candidate_proved(world):
    status, page = _read(world["boss"], f"/sollicitaties/{world['application'].pk}/terugkoppeling/")
    assert status == 200
    proved = labels.skill(SKILLS[0], "nl")["label"]
    assert page.count("de kandidaat heeft hiervoor een bewijs") == 1
    before = page[:page.index(" — de kandidaat heeft hiervoor een bewijs")]
    assert proved in before[-400:] and before.endswith("</span>")  # the label just before it
