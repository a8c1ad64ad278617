"""Attack 16, L4: a passport link's label took U+202E (it names the visitor in the person's access log). Labels, names
and reasons people type and others read follow the rule for names (core/text.py): no control, bidi or zero-width
characters; the error names the field."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from tests import factories as f
from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.accounts.models import Role
from werkregie.careers.models import CompetenceVisa, EvcRequest, PassportShare, VisaSkill
from werkregie.core.errors import InvalidInput
from werkregie.credentials import use_cases as credentials
from werkregie.matching.models import MatchDecision
from werkregie.organisations.models import EmployerMembership, EstablishmentUnit, Organisation, OrganisationKind
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db

HIDDEN = ["Bakkerij\u202eJanssens", "Bakkerij\u2066Janssens\u2069", "Bakkerij\u200bJanssens", "Bakkerij\u0007Janssens", "Bakkerij\nJanssens"]


@pytest.mark.parametrize("label", HIDDEN)
def test_a_share_label_refuses_what_a_name_refuses(world, label):  # noqa: F811
    made = credentials.issue(person=world.person, kind="certified_competence", title="Heftruck rijden", skills=skill_uris(1), who=PLATFORM)
    body = {"label": label, "credential_ids": [str(made.uid)], "days": 30}
    response = Client().post("/api/v1/careers/me/shares", json.dumps(body), content_type="application/json",
                             HTTP_AUTHORIZATION=f"Bearer {f.token(world.citizen)}")
    assert response.status_code == 422, response.content
    assert [e["field"] for e in response.json()["errors"]] == ["label"]
    assert not PassportShare.objects.exists()
    web = Client()
    web.force_login(world.citizen)
    page = web.post("/mijn-loopbaan/delen/", {"share-label": label, "share-credentials": [str(made.uid)], "share-days": 30})
    assert page.status_code == 422 and "stuurtekens" in page.content.decode()
    assert not PassportShare.objects.exists()
    clean = Client().post("/api/v1/careers/me/shares", json.dumps({**body, "label": "Bakkerij Janssens"}), content_type="application/json",
                          HTTP_AUTHORIZATION=f"Bearer {f.token(world.citizen)}")
    assert clean.status_code == 201, clean.content


@pytest.mark.parametrize("make, field", [
    (lambda: Organisation(kind=OrganisationKind.EMPLOYER, name="Bouw\u202eNV"), "name"),
    (lambda: EstablishmentUnit(organisation_id=1, number="2123456789", name="Vestiging Gent", street="Kerkstraat\u202e 1", postal_code="9000",
                               municipality_id="44021"), "street"),
    (lambda: EmployerMembership(user_id=1, organisation_id=1, role="recruiter", note="Ik ben\u202e de baas"), "note"),
    (lambda: MatchDecision(vacancy_id=1, person_id=1, kind="exclude", reason="Geen\u200b rijbewijs"), "reason"),
    (lambda: CompetenceVisa(person_id=1, dismissal="collective", former_employer="Fabriek\u202eNV"), "former_employer"),
    (lambda: VisaSkill(visa_id=1, skill_uri="x", level="basic", evidence="declared", note="zie\u2066 map"), "note"),
    (lambda: EvcRequest(person_id=1, motivation="Tien jaar\u202e ervaring"), "motivation"),
])
def test_names_labels_and_reasons_others_read_refuse_them_too(make, field):
    with pytest.raises(InvalidInput) as refused:
        make().save()
    assert [e.field for e in refused.value.errors] == [field]


def test_the_employers_feedback_note_refuses_them(ref):
    from werkregie.vacancies import feedback
    from werkregie.vacancies.models import Application, ApplicationFeedback

    from .test_matching_platform import SKILLS, seeker, vacancy

    employer = f.organisation(OrganisationKind.EMPLOYER)
    boss = f.user(Role.EMPLOYER, employer)
    application = Application.objects.create(vacancy=vacancy(employer), person=seeker(SKILLS[:1]), origin="applied")
    with pytest.raises(InvalidInput) as refused:
        feedback.give(f.principal(boss), application.pk, "other", note="Kwam te laat\u202e niet", reject=True)
    assert [e.field for e in refused.value.errors] == ["note"]
    assert not ApplicationFeedback.objects.exists()
