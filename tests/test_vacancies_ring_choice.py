"""Issue 12: the employer chooses, per vacancy, whether it is offered beyond Flanders (the ring offer: the other
regions, the border regions, EURES). An opted-out vacancy is never offered, is withdrawn where it was delivered, and
stays out of the exchange's feed; the choice is made at intake (page and API) and later on the vacancy page or with
PUT /api/v1/vacancies/{id}/ring-offer, and shown in Dutch."""

from __future__ import annotations

import datetime as dt
import html

from django.test import Client

from werkregie.vacancies import gateways, rings
from werkregie.vacancies.models import DistributionStatus, Vacancy, VacancyDistribution

from .test_matching_platform import bearer, vacancy
from .test_vacancies_intake import _vacancy, employer, post  # noqa: F401  (the fixture)
from .test_vacancies_rings_referral import PUBLISHED, posted, rows  # noqa: F401  (the fixture)


def _opted_out(posted):  # noqa: F811
    kept = vacancy(posted["employer"], title="Magazijnier thuisregio", ring_offer=False)
    Vacancy.objects.filter(pk=kept.pk).update(state_since=PUBLISHED)
    return kept


def test_an_opted_out_vacancy_is_offered_nowhere_beyond_flanders(posted):  # noqa: F811
    kept, job = _opted_out(posted), posted["job"]
    for day in (dt.date(2026, 10, 22), dt.date(2026, 11, 5), dt.date(2026, 11, 19)):  # regions, border regions, EURES
        rings.offer(day)
    assert rows(kept) == {} and rows(job)["eures"] == "delivered" and rows(job)["forem"] == "delivered"
    sent = {d["identifier"]["value"] for d in gateways.gateway("forem").received}
    assert str(job.pk) in sent and str(kept.pk) not in sent
    eures = {d["documentId"]["value"] for d in gateways.gateway("eures").received}
    assert f"werkregie-{job.pk}" in eures and f"werkregie-{kept.pk}" not in eures


def test_opting_out_withdraws_what_was_delivered_and_opting_in_offers_it_again(posted):  # noqa: F811
    job, boss = posted["job"], posted["boss"]
    rings.offer(dt.date(2026, 10, 22))
    assert set(rows(job).values()) == {"delivered"}
    changed = Client().put(f"/api/v1/vacancies/{job.pk}/ring-offer", {"ring_offer": False, "version": job.version},
                           content_type="application/json", **bearer(boss))
    assert changed.status_code == 200 and changed.json()["ring_offer"] is False and changed.json()["planned"] == []
    stale = Client().put(f"/api/v1/vacancies/{job.pk}/ring-offer", {"ring_offer": True, "version": job.version},
                         content_type="application/json", **bearer(boss))
    assert stale.status_code == 409  # the version seen is no longer the current one
    assert rings.offer(dt.date(2026, 10, 23))["withdrawn"] == 3 and set(rows(job).values()) == {"withdrawn"}
    closure = [d for d in gateways.gateway("forem").received if d["identifier"]["value"] == str(job.pk)][-1]
    assert closure["werkregie:closed"] is True  # the partner's import reads a withdrawal
    assert "niet meer buiten Vlaanderen" in VacancyDistribution.objects.filter(vacancy=job).first().detail
    rings.offer(dt.date(2026, 11, 19))
    assert set(rows(job)) == {"actiris", "forem", "adg"} and set(rows(job).values()) == {"withdrawn"}  # no further ring
    rings.set_ring_offer(posted_principal(boss), job.pk, True)
    rings.offer(dt.date(2026, 11, 19))
    assert rows(job)["forem"] == "delivered" and rows(job)["eures"] == "delivered"


def posted_principal(user):  # noqa: ANN001, ANN201
    from tests import factories

    return factories.principal(user)


def test_a_pending_offer_of_an_opted_out_vacancy_is_dropped_unsent(posted, monkeypatch):  # noqa: F811
    job = posted["job"]
    monkeypatch.setenv("WERKREGIE_EXCHANGE_UNREACHABLE", "actiris")
    rings.offer(dt.date(2026, 10, 22))
    assert rows(job)["actiris"] == DistributionStatus.RETRYING
    Vacancy.objects.filter(pk=job.pk).update(ring_offer=False)
    monkeypatch.delenv("WERKREGIE_EXCHANGE_UNREACHABLE")
    rings.offer(dt.date(2026, 10, 23))
    row = VacancyDistribution.objects.get(vacancy=job, destination="actiris")
    assert row.status == DistributionStatus.WITHDRAWN and row.delivered_at is None and "Niet aangeboden" in row.detail


def test_the_exchange_feed_leaves_an_opted_out_vacancy_out(posted):  # noqa: F811
    kept, job = _opted_out(posted), posted["job"]
    body = Client().get("/api/v1/vacancies/feed", {"since": "2000-01-01T00:00:00+00:00", "page_size": 1000}).json()
    ids = {item["identifier"]["value"] for item in body["items"]}
    assert str(job.pk) in ids and str(kept.pk) not in ids


def test_the_choice_at_intake_through_the_api(employer):  # noqa: F811
    made = post(employer["boss"], "/api/v1/vacancies", _vacancy(ring_offer=False))
    assert made.status_code == 201 and Vacancy.objects.get(pk=made.json()["id"]).ring_offer is False
    default = post(employer["boss"], "/api/v1/vacancies", _vacancy(title="Orderpicker"))
    assert Vacancy.objects.get(pk=default.json()["id"]).ring_offer is True


def test_the_pages_show_the_choice_in_dutch_and_change_it(posted):  # noqa: F811
    client = Client()
    client.force_login(posted["boss"])
    form = html.unescape(client.get("/vacatures/nieuw/").content.decode())
    assert "Ook aanbieden buiten Vlaanderen" in form and "Vink uit als u dat niet wilt." in form
    assert 'type="checkbox" name="ring_offer"' in form and "checked" in form.split('name="ring_offer"')[1].split(">")[0]
    job = posted["job"]
    page = html.unescape(client.get(f"/vacatures/{job.pk}/").content.decode())
    assert "Uw keuze: deze vacature wordt ook buiten Vlaanderen aangeboden." in page and "Niet aanbieden buiten Vlaanderen" in page
    done = client.post(f"/vacatures/{job.pk}/buiten-vlaanderen/", {"ring_offer": "0", "version": job.version}, follow=True)
    text = html.unescape(done.content.decode())
    assert "De vacature wordt niet buiten Vlaanderen aangeboden; waar ze al stond, wordt ze ingetrokken." in text
    assert "Uw keuze: deze vacature wordt niet buiten Vlaanderen aangeboden" in text and "Toch aanbieden buiten Vlaanderen" in text
    assert "Als de vacature dan nog open is" not in text  # nothing planned any more
    job.refresh_from_db()
    assert job.ring_offer is False
    stale = client.post(f"/vacatures/{job.pk}/buiten-vlaanderen/", {"ring_offer": "1", "version": 1}, follow=True)
    assert "Iemand anders heeft dit intussen gewijzigd" in html.unescape(stale.content.decode())
    job.refresh_from_db()
    assert job.ring_offer is False


def test_the_ring_choice_is_changed_by_the_employer_only(posted):  # noqa: F811
    """Attack of issue 12 (stop 37): a counsellor or an admin changed an employer's ring choice through the API (and the
    vacancy's update) while the page told VDAB it was the employer's choice. VDAB reads it; the employer changes it."""
    from tests import factories as f
    from werkregie.accounts.models import Role

    job = posted["job"]
    for role in (Role.COUNSELLOR, Role.ADMIN):
        someone = f.user(role)
        refused = Client().put(f"/api/v1/vacancies/{job.pk}/ring-offer", {"ring_offer": False, "version": job.version},
                               content_type="application/json", **bearer(someone))
        assert refused.status_code == 403 and "kiest de werkgever" in refused.json()["detail"]
        assert Client().get(f"/api/v1/vacancies/{job.pk}/distribution", **bearer(someone)).status_code == 200
        edited = Client().put(f"/api/v1/vacancies/{job.pk}", _vacancy(ring_offer=False, version=job.version),
                              content_type="application/json", **bearer(someone))
        assert edited.status_code == 403 and "kiest de werkgever" in edited.json()["detail"]
    job.refresh_from_db()
    assert job.ring_offer is True and job.version == 1
    changed = Client().put(f"/api/v1/vacancies/{job.pk}/ring-offer", {"ring_offer": False, "version": job.version},
                           content_type="application/json", **bearer(posted["boss"]))
    assert changed.status_code == 200 and changed.json()["ring_offer"] is False
