"""Issue 12, the ring offer's employer-wide default: "Vacatures standaard ook buiten Vlaanderen aanbieden" (on unless
changed), set by the employer's administrator only (not its recruiters, not another employer, not VDAB), versioned,
by page and API; a new vacancy's intake starts from it and the vacancy's own choice still overrides it."""

from __future__ import annotations

import html

from django.test import Client

from werkregie.accounts.models import Role
from werkregie.organisations.models import Organisation
from werkregie.vacancies.models import Vacancy

from . import factories as f
from .test_employers import _administrator, bearer, world  # noqa: F401 - the fixture
from .test_vacancies_intake import _vacancy, post


def put(user, org: Organisation, body: dict, **headers):  # noqa: ANN001, ANN201
    return Client().put(f"/api/v1/employers/{org.pk}/ring-offer-default", body, content_type="application/json", **bearer(user), **headers)


def test_only_the_employers_administrator_changes_the_default_and_versions_are_checked(world):  # noqa: F811
    org = world["employer"]
    boss, recruiter = _administrator(org), f.user(Role.EMPLOYER, org)
    seen = Client().get(f"/api/v1/employers/{org.pk}", **bearer(recruiter)).json()
    assert seen["ring_offer_default"] is True and seen["version"] == 1
    assert put(recruiter, org, {"ring_offer_default": False, "version": 1}).status_code == 403  # a recruiter: not theirs to choose
    assert put(_administrator(world["other"]), org, {"ring_offer_default": False, "version": 1}).status_code == 404
    assert put(world["admin"], org, {"ring_offer_default": False, "version": 1}).status_code == 404  # the employer's choice, not VDAB's
    assert put(boss, org, {"ring_offer_default": False}).status_code == 428  # which version was seen?
    done = put(boss, org, {"ring_offer_default": False, "version": 1})
    assert done.status_code == 200 and done.json()["ring_offer_default"] is False and done.json()["version"] == 2
    assert put(boss, org, {"ring_offer_default": True, "version": 1}).status_code == 409  # stale
    assert put(boss, org, {"ring_offer_default": False}, HTTP_IF_MATCH='"v2"').json()["version"] == 2  # the same value: no new version
    org.refresh_from_db()
    assert org.ring_offer_default is False and org.version == 2


def test_a_new_vacancy_starts_from_the_default_and_its_own_choice_overrides(world):  # noqa: F811
    org = world["employer"]
    boss = _administrator(org)
    Organisation.objects.filter(pk=org.pk).update(ring_offer_default=False)
    kept = post(boss, "/api/v1/vacancies", _vacancy())
    assert kept.status_code == 201, kept.content
    assert Vacancy.objects.get(pk=kept.json()["id"]).ring_offer is False
    chosen = post(boss, "/api/v1/vacancies", _vacancy(title="Orderpicker", ring_offer=True))
    assert Vacancy.objects.get(pk=chosen.json()["id"]).ring_offer is True
    counsellor = f.user(Role.COUNSELLOR, f.organisation("vdab_team"))
    for_them = post(counsellor, "/api/v1/vacancies", _vacancy(title="Magazijnier", employer_id=org.pk))
    assert Vacancy.objects.get(pk=for_them.json()["id"]).ring_offer is False  # VDAB posting for the employer: its default too
    client = Client()
    client.force_login(boss)
    form = html.unescape(client.get("/vacatures/nieuw/").content.decode())
    assert "checked" not in form.split('name="ring_offer"')[1].split(">")[0]  # the box starts unticked
    Organisation.objects.filter(pk=org.pk).update(ring_offer_default=True)
    form = html.unescape(client.get("/vacatures/nieuw/").content.decode())
    assert "checked" in form.split('name="ring_offer"')[1].split(">")[0]


def test_the_employer_page_shows_the_default_and_only_the_administrator_changes_it(world):  # noqa: F811
    org = world["employer"]
    boss, recruiter = _administrator(org), f.user(Role.EMPLOYER, org)
    client = Client()
    client.force_login(boss)
    page = html.unescape(client.get(f"/werkgevers/{org.pk}/").content.decode())
    assert "Vacatures standaard ook buiten Vlaanderen aanbieden" in page and "Nu: nieuwe vacatures worden ook buiten Vlaanderen aangeboden." in page
    assert "Standaard niet buiten Vlaanderen aanbieden" in page
    done = html.unescape(client.post(f"/werkgevers/{org.pk}/", {"form": "ring_offer_default", "ring_offer_default": "0", "version": 1},
                                     follow=True).content.decode())
    assert "Nieuwe vacatures worden standaard niet buiten Vlaanderen aangeboden." in done and "Standaard ook buiten Vlaanderen aanbieden" in done
    stale = client.post(f"/werkgevers/{org.pk}/", {"form": "ring_offer_default", "ring_offer_default": "1", "version": 1}, follow=True)
    assert "Iemand anders heeft dit intussen gewijzigd" in html.unescape(stale.content.decode())
    org.refresh_from_db()
    assert org.ring_offer_default is False and org.version == 2
    other = Client()
    other.force_login(recruiter)
    seen = html.unescape(other.get(f"/werkgevers/{org.pk}/").content.decode())
    assert "Nu: nieuwe vacatures worden niet buiten Vlaanderen aangeboden." in seen
    assert "Alleen de beheerder van de werkgever wijzigt deze instelling." in seen and 'value="ring_offer_default"' not in seen
    assert other.post(f"/werkgevers/{org.pk}/", {"form": "ring_offer_default", "ring_offer_default": "1", "version": 2}).status_code == 404
    org.refresh_from_db()
    assert org.ring_offer_default is False
