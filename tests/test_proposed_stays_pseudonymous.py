"""Second walk, HIGH 3 (issue 12 point 3): the employer read the name and phone number of a candidate still
"Voorgesteld" (proposed by VDAB, the person not yet asked). The general consent "Voorgesteld worden aan werkgevers"
is no agreement to share the profile with this employer: until the person answers the proposal (interest, applying)
the employer sees nothing of the person by name; a counsellor's application with the person's agreement shares it."""

import datetime as dt

from django.test import Client

from tests import factories as f
from werkregie.core import clock
from werkregie.people import perms
from werkregie.people.enums import ConsentPurpose
from werkregie.people.models import Consent
from werkregie.vacancies.models import Application, ApplicationOrigin
from werkregie.workflows import services as wf

from .test_vacancies_round2 import api, world  # noqa: F401 - the fixture


def _proposed(world) -> Application:  # noqa: F811
    person = world["person"]
    Consent.objects.create(person=person, purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=clock.now() - dt.timedelta(days=2))
    return wf.create(Application, wf.Who.of(f.principal(world["counsellor"])), vacancy=world["job"], person_id=person.pk,
                     origin=ApplicationOrigin.PROPOSED)


def test_a_proposed_candidate_stays_pseudonymous_until_the_person_answers(world):  # noqa: F811
    application = _proposed(world)
    person, boss = world["person"], f.principal(world["boss"])
    client = Client()
    client.force_login(world["boss"])
    assert not perms.can_view_person(boss, person.pk)
    page = client.get(f"/vacatures/{world['job'].pk}/sollicitaties/").content.decode()
    assert person.last_name not in page
    assert client.get(f"/personen/{person.pk}/").status_code in (403, 404)
    # the person shows interest: now the employer sees the candidate
    response = api(world["citizen"], "post", f"/api/v1/vacancies/applications/{application.pk}/transitions",
                   {"transition": "interest", "version": application.version})
    assert response.status_code == 200, response.content
    assert perms.can_view_person(boss, person.pk)
    assert person.last_name in client.get(f"/vacatures/{world['job'].pk}/sollicitaties/").content.decode()
