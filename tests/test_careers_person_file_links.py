"""Browser walk of issue 13: from the counsellor's person file there were no links to the person's learning account,
passport and EVC requests. Now the file links to them for who guides the person with the profile among the role's
sections (people.perms.ROLE_SECTIONS; careers.use_cases.person_file.may_see), and the career page reads the passport
and the EVC requests, each read logged; the passport's text speaks of the person, not to them."""

from __future__ import annotations

import datetime as dt

from django.test import Client

from tests import factories as f
from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.careers.use_cases import evc, visa
from werkregie.core import clock


def _client(user) -> Client:  # noqa: ANN001 - a User
    client = Client()
    client.force_login(user)
    return client


def _evidence(world) -> None:  # noqa: ANN001 - the World
    visa.issue(world.p(world.counsellor), world.person.pk, dismissal="collective", former_employer="Bekaert Zwevegem",
               dismissal_date=clock.today() - dt.timedelta(days=20), occupation_uri=world.occupation,
               summary="Collectief ontslag na de sluiting van de fabriek.",
               skills=[{"uri": u, "level": "independent", "evidence": "observation"} for u in skill_uris(3)])
    evc.request(world.p(world.citizen), occupation_uri=world.occupation, skill_uris=skill_uris(6)[4:], motivation="Zes jaar ervaring.")


def test_the_person_file_links_to_the_career_and_the_page_reads_passport_and_evc_logged(world):  # noqa: F811
    _evidence(world)
    client = _client(world.counsellor)
    pk = world.person.pk
    detail = client.get(f"/personen/{pk}/", {"doel": "guidance"}).content.decode()
    assert 'data-testid="career-links"' in detail
    for href in (f"/personen/{pk}/leerrekening/", f"/personen/{pk}/loopbaan/#passport-heading", f"/personen/{pk}/loopbaan/#h-evc"):
        assert f'href="{href}"' in detail, href
    before = max(AccessLogEntry.objects.values_list("pk", flat=True), default=0)
    response = client.get(f"/personen/{pk}/loopbaan/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Bekaert Zwevegem" in page or "Competentievisum" in page  # the visa's credential in the passport
    assert "De diploma's, opleidingen en gecertificeerde competenties van deze persoon" in page and "Uw diploma" not in page
    assert 'href="/evc/' in page and f'href="/personen/{pk}/leerrekening/"' in page
    logged = set(AccessLogEntry.objects.filter(person_id=pk, actor_id=world.counsellor.pk, pk__gt=before).values_list("what", flat=True))
    assert {"digitale bewijzen: competentiepaspoort", "EVC: aanvragen van de persoon"} <= logged, logged


def test_no_links_and_no_page_outside_the_caseload_or_for_other_roles(world):  # noqa: F811
    pk = world.person.pk
    assert _client(world.other_counsellor).get(f"/personen/{pk}/loopbaan/").status_code == 404
    assert _client(world.citizen).get(f"/personen/{pk}/loopbaan/").status_code == 403
    controller = f.user(Role.CONTROLLER)
    assert _client(controller).get(f"/personen/{pk}/loopbaan/").status_code == 403
    assert not AccessLogEntry.objects.filter(person_id=pk, what="EVC: aanvragen van de persoon").exists()
