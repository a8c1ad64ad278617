"""A second competence visa: the same dismissal (same former employer, same date) is refused — with the existing visa
named, through the use case, the API (409 with existing_id) and the page — until its credential is revoked; a visa for
another dismissal issued within RECENT_DAYS of the last one needs the counsellor's confirmation; the page warns before
the form is sent."""

from __future__ import annotations

import datetime as dt

import pytest

from tests import factories as f
from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.careers.models import CompetenceVisa
from werkregie.careers.use_cases import visa
from werkregie.core import clock
from werkregie.core.errors import Conflict
from werkregie.credentials import use_cases as credentials
from werkregie.credentials.models import Credential
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db

DAY = dt.timedelta(days=1)


def _issue(world, employer="Bekaert Zwevegem", days_ago=20, **extra):
    return visa.issue(world.p(world.counsellor), world.person.pk, dismissal="collective", former_employer=employer,
                      dismissal_date=clock.today() - days_ago * DAY, occupation_uri=world.occupation,
                      skills=[{"uri": u, "level": "independent", "evidence": "observation"} for u in skill_uris(2)], **extra)


def test_the_same_dismissal_twice_is_refused_until_the_first_is_revoked(world):
    first = _issue(world)
    with pytest.raises(Conflict) as caught:
        _issue(world, employer="  bekaert   ZWEVEGEM ", confirm_recent=True)  # the same employer, written otherwise; confirming does not help
    assert caught.value.existing_id == first.pk and [e.field for e in caught.value.errors] == ["former_employer"]
    assert "Bekaert Zwevegem" in caught.value.detail
    assert CompetenceVisa.objects.count() == 1 and Credential.objects.filter(kind="competence_visa").count() == 1
    credentials.revoke(Credential.objects.get(uid=first.credential_id), PLATFORM, "Niveau verkeerd ingevuld")
    second = _issue(world, confirm_recent=True)  # recent, but the first no longer stands: a correction
    assert second.pk != first.pk


def test_another_dismissal_soon_after_needs_confirmation(world):
    first = _issue(world)
    with pytest.raises(Conflict) as caught:
        _issue(world, employer="Colruyt Halle", days_ago=5)
    assert caught.value.existing_id == first.pk and [e.field for e in caught.value.errors] == ["confirm_recent"]
    assert CompetenceVisa.objects.count() == 1
    assert _issue(world, employer="Colruyt Halle", days_ago=5, confirm_recent=True).former_employer == "Colruyt Halle"


def test_after_the_recent_period_no_confirmation_is_asked(world):
    _issue(world)
    later = clock.now() + (visa.RECENT_DAYS + 1) * DAY
    with clock.travel_to(later):
        assert _issue(world, employer="Colruyt Halle", days_ago=3).pk
    with clock.travel_to(later + DAY), pytest.raises(Conflict):  # the one just issued is recent again
        _issue(world, employer="Ford Genk", days_ago=2)


def test_the_api_answers_409_with_the_existing_visa(world, client):
    first = _issue(world)
    auth = {"HTTP_AUTHORIZATION": f"Bearer {f.token(world.counsellor)}"}
    payload = {"dismissal": "collective", "former_employer": "Colruyt Halle", "dismissal_date": str(clock.today() - 4 * DAY),
               "skills": [{"uri": skill_uris(1)[0], "level": "basic", "evidence": "test"}]}
    answer = client.post(f"/api/v1/careers/persons/{world.person.pk}/visas", payload, content_type="application/json", **auth)
    assert answer.status_code == 409 and answer.json()["existing_id"] == first.pk
    assert answer.json()["errors"][0]["field"] == "confirm_recent"
    confirmed = client.post(f"/api/v1/careers/persons/{world.person.pk}/visas", {**payload, "confirm_recent": True},
                            content_type="application/json", **auth)
    assert confirmed.status_code == 201


def test_the_page_warns_and_asks_for_confirmation(world, client):
    client.force_login(world.counsellor)
    url = f"/personen/{world.person.pk}/competentievisum/"
    assert 'data-testid="visa-recent"' not in client.get(url).content.decode()
    _issue(world)
    page = client.get(url).content.decode()
    assert 'data-testid="visa-recent"' in page and "Bekaert Zwevegem" in page and 'name="confirm_recent"' in page
    form = {"dismissal": "collective", "former_employer": "Bekaert Zwevegem", "dismissal_date": str(clock.today() - 20 * DAY),
            "level_0": "basic", "evidence_0": "test"}
    same = client.post(url, form)
    assert same.status_code == 422 and "Voor dit ontslag (Bekaert Zwevegem" in same.content.decode()
    other = client.post(url, {**form, "former_employer": "Colruyt Halle"})
    assert other.status_code == 422 and "Bevestig dat dit visum over een ander ontslag gaat" in other.content.decode()
    assert CompetenceVisa.objects.count() == 1
    confirmed = client.post(url, {**form, "former_employer": "Colruyt Halle", "confirm_recent": "on"})
    assert confirmed.status_code == 302 and CompetenceVisa.objects.count() == 2


def test_the_page_revokes_a_visa_with_a_reason_then_a_corrected_one_may_be_issued(world, client):
    """Walk of stop 30: "revoke it first" led nowhere — no page could revoke a credential."""
    first = _issue(world)
    client.force_login(world.counsellor)
    url = f"/personen/{world.person.pk}/competentievisum/"
    page = client.get(url).content.decode()
    revoke = f"/personen/{world.person.pk}/competentievisum/{first.pk}/intrekken/"
    assert f'action="{revoke}"' in page and "Visum intrekken" in page
    refused = client.post(revoke, {"reason": "x"}, follow=True).content.decode()
    assert "minstens 5 tekens" in refused and Credential.objects.get(uid=first.credential_id).revoked_at is None
    done = client.post(revoke, {"reason": "Niveau verkeerd ingevuld"}, follow=True).content.decode()
    assert "Het competentievisum is ingetrokken" in done and "ingetrokken</strong>" in done
    assert Credential.objects.get(uid=first.credential_id).revoked_at is not None
    assert not credentials.verify(Credential.objects.get(uid=first.credential_id).token).valid
    again = _issue(world, confirm_recent=True)  # the same dismissal, corrected
    assert again.pk != first.pk
    from werkregie.accounts.models import Role

    client.force_login(f.user(Role.COUNSELLOR))  # a counsellor who does not guide this person
    assert client.post(f"/personen/{world.person.pk}/competentievisum/{again.pk}/intrekken/", {"reason": "Niveau verkeerd ingevuld"}).status_code == 404
    assert Credential.objects.get(uid=again.credential_id).revoked_at is None
