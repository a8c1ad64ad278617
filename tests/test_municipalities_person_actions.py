"""Issue 16 point 9, the municipality worker's actions (walk finding): on a leefloon client's person page the referral
to VDAB with its reason in the same step, the way to the trajectory steps and the screening's outcome (distance
category and date, as the role's sections allow), each read logged; a worker of another municipality gets none of it.
The client list shows the current status and offers only the municipalities the worker's organisation covers."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from tests import factories as f
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.core.errors import NotFound
from werkregie.municipalities import use_cases
from werkregie.municipalities.models import Referral
from werkregie.organisations.models import OrganisationKind
from werkregie.people import perms
from werkregie.screening.models import Assessment

TODAY = dt.date(2026, 11, 30)
pytestmark = pytest.mark.django_db


@pytest.fixture
def gent(ref):
    person = f.person(first_name="Samira", last_name="Azzouzi", municipality_id="44021")
    f.episode(person, "leefloon", dt.date(2026, 2, 1), municipality="44021")
    counsellor = f.user(Role.COUNSELLOR)
    with clock.travel_to(dt.date(2026, 10, 14)):
        Assessment.objects.create(person=person, counsellor=counsellor, assessed_at=clock.now(), competences="partial", dutch_level="B1",
                                  digital_skills="basic", motivation="high", proposed_category="medium", proposed_self_reliant=False,
                                  category="medium", self_reliant=False)
    worker = f.user(Role.MUNICIPALITY, f.organisation(OrganisationKind.MUNICIPALITY, name="OCMW Gent", municipality_id="44021"))
    antwerpen = f.user(Role.MUNICIPALITY, f.organisation(OrganisationKind.MUNICIPALITY, name="OCMW Antwerpen", municipality_id="11002"))
    return {"person": person, "worker": worker, "antwerpen": antwerpen}


def test_the_role_sections_give_the_municipality_the_screening_outcome_and_nobody_else_more():
    assert perms.SCREENING_OUTCOME in perms.ROLE_SECTIONS[Role.MUNICIPALITY]
    for role in (Role.CONTROLLER, Role.EMPLOYER, Role.PARTNER, Role.ANALYST):
        assert perms.SCREENING_OUTCOME not in perms.ROLE_SECTIONS[role], role


def test_own_client_file_has_the_outcome_and_is_logged(gent):
    principal = f.principal(gent["worker"])
    with clock.travel_to(TODAY):
        found = use_cases.client_file(principal, gent["person"].pk)
    assert found.sees_outcome and found.outcome.category == "Middellange afstand tot de arbeidsmarkt"
    assert found.outcome.on == dt.date(2026, 10, 14) and found.referred_on is None
    entry = AccessLogEntry.objects.filter(actor_id=gent["worker"].pk, person_id=gent["person"].pk).order_by("-seq").first()
    assert entry.purpose == "leefloon_activation" and "uitkomst van de screening" in entry.what


def test_another_municipality_gets_no_action_and_no_outcome(gent):
    principal = f.principal(gent["antwerpen"])
    with clock.travel_to(TODAY):
        with pytest.raises(NotFound):
            use_cases.client_file(principal, gent["person"].pk)
        with pytest.raises(NotFound):
            use_cases.refer(principal, gent["person"].pk, "graag screening")
        client = Client()
        client.force_login(gent["antwerpen"])
        assert client.get(f"/personen/{gent['person'].pk}/").status_code == 404
        assert client.get(f"/gemeente/leefloon/{gent['person'].pk}/doorverwijzen/").status_code == 404
        assert client.post(f"/gemeente/leefloon/{gent['person'].pk}/doorverwijzen/", {"note": "graag"}).status_code == 404
    assert not Referral.objects.exists()
    assert not AccessLogEntry.objects.filter(actor_id=gent["antwerpen"].pk, person_id=gent["person"].pk).exists()


def test_person_page_refers_with_the_reason_and_shows_the_outcome(gent):
    client = Client()
    client.force_login(gent["worker"])
    url = f"/personen/{gent['person'].pk}/"
    with clock.travel_to(TODAY):
        page = client.get(url).content.decode()
        assert "Doorverwijzen naar VDAB" in page and 'action="/gemeente/leefloon/%d/doorverwijzen/"' % gent["person"].pk in page
        assert "Waarom verwijst u Samira Azzouzi door?" in page
        assert f'href="/gemeente/leefloon/{gent["person"].pk}/stappen/"' in page
        assert "Middellange afstand tot de arbeidsmarkt" in page and "beoordeeld op 14/10/2026" in page
        refer = f"/gemeente/leefloon/{gent['person'].pk}/doorverwijzen/"
        missing = client.post(refer, {"note": "  "})
        assert missing.status_code == 422 and 'class="error-summary"' in missing.content.decode()
        assert "Schrijf kort waarom u doorverwijst." in missing.content.decode() and not Referral.objects.exists()
        done = client.post(refer, {"note": "Wil snel werken, geen rijbewijs"}, follow=True)
        assert done.redirect_chain[-1][0] == url
        shown = done.content.decode()
        assert "Samira Azzouzi is doorverwezen naar VDAB voor screening en een traject." in shown
        assert "Doorverwezen naar VDAB op 30/11/2026." in shown
    referral = Referral.objects.get()
    assert (referral.person_id, referral.organisation_id, referral.note) == (gent["person"].pk, gent["worker"].organisation_id,
                                                                             "Wil snel werken, geen rijbewijs")


def test_other_roles_see_no_municipality_actions_on_the_person_page(gent):
    gent["person"].counsellor = f.user(Role.COUNSELLOR)
    gent["person"].save()
    client = Client()
    client.force_login(gent["person"].counsellor)
    with clock.travel_to(TODAY):
        page = client.get(f"/personen/{gent['person'].pk}/", {"doel": "guidance"}).content.decode()
    assert "Doorverwijzen naar VDAB" not in page and "/doorverwijzen/" not in page
    with clock.travel_to(TODAY):
        assert client.get(f"/gemeente/leefloon/{gent['person'].pk}/doorverwijzen/").status_code == 403


def test_client_list_has_a_status_column_and_only_the_own_municipality(gent):
    client = Client()
    client.force_login(gent["worker"])
    with clock.travel_to(TODAY):
        page = client.get("/gemeente/clienten/").content.decode()
    assert '<th scope="col">Huidige status</th>' in page and ">Leefloongerechtigde<" in page
    select = page[page.index('name="municipality"'):]
    select = select[: select.index("</select>")]
    assert select.count("<option") == 2 and ">Gent<" in select and "Antwerpen" not in select
    entry = AccessLogEntry.objects.filter(actor_id=gent["worker"].pk, person_id=gent["person"].pk).order_by("-seq").first()
    assert "huidige status" in entry.what


def test_the_lists_error_summary_asks_its_question_without_a_colon_after_it(gent, client):
    """Walk of stop 41: the referral list's error summary read "Waarom verwijst u Samira Azzouzi door?: …"."""
    client.force_login(gent["worker"])
    with clock.travel_to(TODAY):
        page = client.post("/gemeente/doorverwijzen/", {"person": gent["person"].pk, "note": ""}).content.decode()
    summary = page[page.index('class="error-summary"'):page.index("</div>", page.index('class="error-summary"'))]
    assert "Waarom verwijst u Samira Azzouzi door? " in summary and "?:" not in summary
