"""The cooperation agreement's page form (create and edit: period in DD/MM/JJJJ, engagements with targets, contacts,
the error summary, a stale version refused) for an admin and for a municipality worker's own municipality; and the
municipality's own steps with a leefloon client beside the trajectory steps (page and API, every read logged)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests import factories
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import ApiToken, Role
from werkregie.core import clock
from werkregie.municipalities.models import CooperationAgreement, MunicipalStep
from werkregie.organisations.models import OrganisationKind

TODAY = dt.date(2025, 6, 30)


def _post(**over) -> dict:  # noqa: ANN003
    data = {"title": "Activering Gent", "partner_name": "OCMW Gent", "municipalities": ["44021"], "start": "01/01/2025", "end": "31/12/2025",
            "notes": "", "eng_0_kpi": "screened_2m", "eng_0_direction": "at_least", "eng_0_target": "80", "eng_0_description": "",
            "eng_1_kpi": "leefloon", "eng_1_direction": "at_most", "eng_1_target": "12,5", "eng_1_description": "minder leefloon",
            "eng_2_kpi": "", "eng_2_target": "", "c_0_name": "An Peeters", "c_0_function": "diensthoofd", "c_0_email": "an@gent.example",
            "c_0_phone": "09 266 00 00", "c_1_name": ""}
    data.update(over)
    return data


@pytest.mark.django_db
def test_admin_makes_and_edits_an_agreement_on_the_page_with_a_version(ref, client):
    admin = factories.user(Role.ADMIN)
    client.force_login(admin)
    with clock.travel_to(TODAY):
        bad = client.post("/gemeente/samenwerking/nieuw/", _post(title="", end="31/12/2024", eng_0_kpi="nope", eng_1_target="veel"))
        assert bad.status_code == 422
        page = bad.content.decode()
        assert 'class="error-summary"' in page and 'href="#id_title"' in page and 'href="#id_end"' in page and 'href="#id_eng_1_target"' in page
        assert not CooperationAgreement.objects.exists()
        made = client.post("/gemeente/samenwerking/nieuw/", _post())
        item = CooperationAgreement.objects.get()
        assert made.status_code == 302 and made["Location"] == f"/gemeente/samenwerking/{item.pk}/"
        assert (item.start, item.end, item.version) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31), 1)
        assert {(e.kpi, e.direction, float(e.target)) for e in item.engagements.all()} == {("screened_2m", "at_least", 80), ("leefloon", "at_most", 12.5)}
        assert [c.email for c in item.contacts.all()] == ["an@gent.example"]
        detail = client.get(made["Location"]).content.decode()
        assert "01/01/2025 – 31/12/2025" in detail and "Gescreend binnen 2 maanden" in detail and "An Peeters" in detail
        form = client.get(f"/gemeente/samenwerking/{item.pk}/bewerken/").content.decode()
        assert 'value="01/01/2025"' in form and 'value="12,5"' in form and 'name="version" value="1"' in form
        assert client.post(f"/gemeente/samenwerking/{item.pk}/bewerken/", _post(title="Activering Gent 2025", version="1")).status_code == 302
        item.refresh_from_db()
        assert (item.title, item.version) == ("Activering Gent 2025", 2)
        # someone saved in between: refused, nothing changed
        stale = client.post(f"/gemeente/samenwerking/{item.pk}/bewerken/", _post(title="Oud", version="1"))
        assert stale.status_code == 409 and "Iemand anders heeft deze overeenkomst intussen gewijzigd" in stale.content.decode()
        item.refresh_from_db()
        assert item.title == "Activering Gent 2025"
        assert client.post(f"/gemeente/samenwerking/{item.pk}/bewerken/", _post(title="Zonder versie")).status_code == 422


@pytest.mark.django_db
def test_a_municipality_worker_edits_only_its_own_agreements(ref, client):
    worker = factories.user(Role.MUNICIPALITY)  # Gent's OCMW
    client.force_login(worker)
    with clock.travel_to(TODAY):
        # the own municipality is chosen from the start (a ticked box since the walk of stop 41 replaced the multiple select)
        form = client.get("/gemeente/samenwerking/nieuw/").content.decode()
        assert re.search(r'<input type="checkbox" name="municipalities" value="44021"[^>]* checked>', form)
        refused = client.post("/gemeente/samenwerking/nieuw/", _post(municipalities=["11002"]))
        assert refused.status_code == 422 and "uw eigen gemeente hoort bij de overeenkomst" in refused.content.decode()
        assert client.post("/gemeente/samenwerking/nieuw/", _post()).status_code == 302
        own = CooperationAgreement.objects.get()
        assert own.created_by == worker
        admin = factories.principal(factories.user(Role.ADMIN))
        from werkregie.municipalities import use_cases

        other = use_cases.create_agreement(admin, {"title": "Antwerpen", "partner_name": "OCMW Antwerpen", "municipalities": ["11002"],
                                                   "start": "01/01/2025", "end": "31/12/2025"})
        assert client.get(f"/gemeente/samenwerking/{other.pk}/bewerken/").status_code == 404
        assert client.post(f"/gemeente/samenwerking/{other.pk}/bewerken/", _post(version="1")).status_code == 404
        token = ApiToken.issue(worker, "t")[1]
        body = {"title": "Gent", "partner_name": "OCMW", "municipalities": ["44021"], "start": "2025-01-01", "end": "2025-12-31"}
        url = f"/api/v1/municipalities/agreements/{own.pk}"
        assert client.put(url, {**body, "version": 1}, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}").json()["version"] == 2
        stale = client.put(url, {**body, "version": 1}, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
        assert stale.status_code == 409 and stale["Content-Type"] == "application/problem+json"
        assert client.put(url, body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 428
        assert client.put(url, body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}", HTTP_IF_MATCH='"v2"').json()["version"] == 3
        assert client.put(f"/api/v1/municipalities/agreements/{other.pk}", {**body, "version": 1}, content_type="application/json",
                          HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 404


@pytest.fixture
def leefloon_client(ref):
    person = factories.person(municipality_id="44021")
    factories.episode(person, "leefloon", dt.date(2025, 2, 1), municipality="44021")
    return person


@pytest.mark.django_db
def test_the_municipality_records_its_own_steps_beside_the_trajectory_steps(leefloon_client, client):
    worker = factories.user(Role.MUNICIPALITY)
    client.force_login(worker)
    url = f"/gemeente/leefloon/{leefloon_client.pk}/stappen/"
    with clock.travel_to(TODAY):
        page = client.get(url)
        assert page.status_code == 200 and "Trajectstappen bij VDAB" in page.content.decode()
        assert AccessLogEntry.objects.filter(actor_id=worker.pk, person_id=leefloon_client.pk, purpose="leefloon_activation").count() == 1
        bad = client.post(url, {"kind": "gpmi", "start": "2025-13-01", "end": ""})
        assert bad.status_code == 422 and 'class="error-summary"' in bad.content.decode()
        done = client.post(url, {"kind": "gpmi", "title": "GPMI opleiding", "start": "01/03/2025", "end": "", "note": "samen met VDAB"})
        assert done.status_code == 302
        step = MunicipalStep.objects.get()
        assert (step.kind, step.start, step.end, step.organisation_id) == ("gpmi", dt.date(2025, 3, 1), None, worker.organisation_id)
        shown = client.get(url).content.decode()
        assert "Geïndividualiseerd project voor maatschappelijke integratie (GPMI)" in shown and "01/03/2025" in shown and "lopend" in shown
        # the end recorded with the version read; a stale version is refused
        edit = f"/gemeente/leefloon/stappen/{step.pk}/"
        assert 'name="version" value="1"' in client.get(edit).content.decode()
        assert client.post(edit, {"kind": "gpmi", "start": "01/03/2025", "end": "30/06/2025", "version": "1"}).status_code == 302
        assert client.post(edit, {"kind": "gpmi", "start": "01/03/2025", "end": "29/06/2025", "version": "1"}).status_code == 409
        step.refresh_from_db()
        assert (step.end, step.version) == (dt.date(2025, 6, 30), 2)
        # the API: the same, logged
        token = ApiToken.issue(worker, "t")[1]
        api = client.get(f"/api/v1/municipalities/clients/{leefloon_client.pk}/steps", HTTP_AUTHORIZATION=f"Bearer {token}").json()
        assert api["municipality_steps"][0]["kind"] == "gpmi" and api["trajectory_steps"] == []
        assert AccessLogEntry.objects.filter(actor_id=worker.pk, person_id=leefloon_client.pk, channel="api").exists()
        made = client.post(f"/api/v1/municipalities/clients/{leefloon_client.pk}/steps", {"kind": "training", "start": "2025-04-01", "title": "Heftruck"},
                           content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
        assert made.status_code == 200 and made.json()["kind_label"] == "Opleiding betaald door het OCMW"
        assert client.post(f"/api/v1/municipalities/clients/{leefloon_client.pk}/steps", {"kind": "nope", "start": "2025-04-01"},
                           content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 422


@pytest.mark.django_db
def test_nobody_else_sees_the_municipality_steps(leefloon_client, client):
    worker = factories.user(Role.MUNICIPALITY)
    from werkregie.municipalities import steps

    with clock.travel_to(TODAY):
        step = steps.record(factories.principal(worker), leefloon_client.pk, {"kind": "intake", "start": "02/02/2025"})
        antwerpen = factories.user(Role.MUNICIPALITY, factories.organisation(OrganisationKind.MUNICIPALITY, municipality_id="11002"))
        client.force_login(antwerpen)
        assert client.get(f"/gemeente/leefloon/{leefloon_client.pk}/stappen/").status_code == 404
        assert client.get(f"/gemeente/leefloon/stappen/{step.pk}/").status_code == 404
        stranger = factories.person(municipality_id="44021")  # no leefloon: not Gent's client
        client.force_login(worker)
        assert client.get(f"/gemeente/leefloon/{stranger.pk}/stappen/").status_code == 404
        for role in (Role.COUNSELLOR, Role.ANALYST, Role.ADMIN, Role.CITIZEN):
            user = factories.user(role)
            client.force_login(user)
            assert client.get(f"/gemeente/leefloon/{leefloon_client.pk}/stappen/").status_code == 403
            token = ApiToken.issue(user, "t")[1]
            assert client.get(f"/api/v1/municipalities/clients/{leefloon_client.pk}/steps", HTTP_AUTHORIZATION=f"Bearer {token}").status_code == 403


@pytest.mark.django_db
def test_the_municipalities_are_boxes_per_province_not_one_long_list(ref, client):
    """Walk of stop 41: a multiple select of 285 names (Ctrl-click) cannot be used on a phone. Each province is a group
    that opens; a group with a chosen municipality is open and says how many; two municipalities in two provinces."""
    client.force_login(factories.user(Role.MUNICIPALITY))  # Gent's OCMW
    with clock.travel_to(TODAY):
        form = client.get("/gemeente/samenwerking/nieuw/").content.decode()
        assert "<select" not in form.split('name="municipalities"')[0].rsplit("<fieldset", 1)[-1] and 'multiple' not in form
        groups = re.findall(r'<details class="choice-group"( open)?>\s*<summary>([^<]+)</summary>', form)
        assert [name.strip() for _open, name in groups] == ["Provincie Antwerpen", "Provincie Limburg", "Provincie Oost-Vlaanderen (1 gekozen)", "Provincie Vlaams-Brabant",
                                                        "Provincie West-Vlaanderen"]
        assert [bool(o) for o, _name in groups] == [False, False, True, False, False]
        assert form.count('name="municipalities"') == 285  # every Flemish municipality since the mergers of 2025
        client.post("/gemeente/samenwerking/nieuw/", _post(municipalities=["44021", "11002"]))
    assert set(CooperationAgreement.objects.get().municipalities.values_list("nis_code", flat=True)) == {"44021", "11002"}


@pytest.mark.django_db
def test_the_agreement_form_names_municipalities_and_provinces_in_french(ref, client):
    client.force_login(factories.user(Role.MUNICIPALITY))  # Gent's OCMW
    with clock.travel_to(TODAY):
        form = client.get("/gemeente/samenwerking/nieuw/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Province de Flandre orientale (1 choisie)" in form and ">Gand</label>" in form and "Provincie Antwerpen" not in form


@pytest.mark.django_db
def test_the_reward_is_of_a_year_of_the_agreement_and_each_year_can_be_chosen(ref, client):
    """Walk of stop 42: an agreement of 2025 showed "Beloning voor 2026"; one of 2026–2027 only 2026."""
    admin = factories.user(Role.ADMIN)
    client.force_login(admin)
    with clock.travel_to(dt.date(2026, 11, 30)):
        assert client.post("/gemeente/samenwerking/nieuw/", _post()).status_code == 302  # 2025
        past = CooperationAgreement.objects.get()
        assert "Beloning voor 2025" in client.get(f"/gemeente/samenwerking/{past.pk}/").content.decode()
        assert client.post("/gemeente/samenwerking/nieuw/", _post(title="Twee jaar", start="01/01/2026", end="31/12/2027")).status_code == 302
        both = CooperationAgreement.objects.get(title="Twee jaar")
        page = client.get(f"/gemeente/samenwerking/{both.pk}/").content.decode()
        assert "Beloning voor 2026" in page and '<a href="?jaar=2027">2027</a>' in page
        assert "Beloning voor 2027" in client.get(f"/gemeente/samenwerking/{both.pk}/", {"jaar": "2027"}).content.decode()
        assert "Beloning voor 2026" in client.get(f"/gemeente/samenwerking/{both.pk}/", {"jaar": "1999"}).content.decode()
