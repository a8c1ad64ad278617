"""Walk of issue 13: a shared link showed "Bekeken: 2 keer" while "Wie heeft mijn gegevens geraadpleegd" listed three
reads of it (the page, the API and the download of a credential's .jwt: the download was not counted). Every read the
access log lists for the link now counts, whoever reads it (an employer signed in is logged under their own name)."""

import pytest
from django.test import Client

from tests import factories as f
from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.careers.models import PassportShare
from werkregie.careers.use_cases import shares
from werkregie.credentials import use_cases as credentials
from werkregie.organisations.models import OrganisationKind
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


def test_the_count_of_a_link_is_the_reads_the_access_log_lists(world):
    made = credentials.issue(person=world.person, kind="certified_competence", title="Heftruck rijden", skills=skill_uris(1), who=PLATFORM)
    link = shares.create(world.p(world.citizen), "Bakkerij Janssens", [str(made.uid)], 30)
    anonymous = Client()
    assert anonymous.get(f"/paspoort/{link.token}/").status_code == 200
    assert anonymous.get(f"/api/v1/careers/shared/{link.token}").status_code == 200
    assert anonymous.get(f"/paspoort/{link.token}/{made.uid}.jwt").status_code == 200
    employer = Client()
    employer.force_login(f.user(Role.EMPLOYER, f.organisation(OrganisationKind.EMPLOYER)))
    assert employer.get(f"/paspoort/{link.token}/").status_code == 200
    logged = AccessLogEntry.objects.filter(person_id=world.person.pk, purpose="shared_passport").count()
    assert logged == 4
    assert PassportShare.objects.get(pk=link.share.pk).views == logged
    citizen = Client()
    citizen.force_login(world.citizen)
    page = citizen.get("/mijn-loopbaan/").content.decode()
    assert "4 keer" in page and "data-views-counted" in page and "een bewijs van downloadde" in page
    api = Client(HTTP_AUTHORIZATION=f"Bearer {f.token(world.citizen)}")
    assert [s["views"] for s in api.get("/api/v1/careers/me/shares").json()] == [4]


def test_a_refused_download_is_no_read(world):
    made = credentials.issue(person=world.person, kind="certified_competence", title="Lassen", skills=skill_uris(1), who=PLATFORM)
    other = credentials.issue(person=world.person, kind="certified_competence", title="Niet gedeeld", skills=skill_uris(2), who=PLATFORM)
    link = shares.create(world.p(world.citizen), "Werkgever", [str(made.uid)], 30)
    assert Client().get(f"/paspoort/{link.token}/{other.uid}.jwt").status_code == 404
    assert PassportShare.objects.get(pk=link.share.pk).views == 0
    assert not AccessLogEntry.objects.filter(person_id=world.person.pk, purpose="shared_passport").exists()
