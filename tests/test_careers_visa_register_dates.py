"""Walk of issue 13: a competence visa was issued for a dismissal on 14/11/2026 although the register shows the person
working until 20/06/2026 and a job seeker since. A dismissal ends a period of work: its date must lie within a work
episode or at most DISMISSAL_TOLERANCE_DAYS after its end, a future date only for someone still at work; otherwise an
error beside the date field (page) or naming the field (API), and nothing is stored."""

import datetime as dt

import pytest
from django.test import Client

from tests import factories as f
from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from tests.test_careers_visa_errors_once import _errors_shown
from werkregie.careers.models import CompetenceVisa
from werkregie.careers.use_cases import visa
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.credentials.models import Credential

pytestmark = pytest.mark.django_db

TODAY = dt.date(2026, 12, 2)
WORKED_UNTIL = dt.date(2026, 6, 20)


@pytest.fixture
def dismissed(world):
    f.episode(world.person, "employed", dt.date(2019, 3, 1), WORKED_UNTIL)
    f.episode(world.person, "jobseeker_benefit", dt.date(2026, 6, 21))
    return world


def _issue(world, day: dt.date, employer: str = "Bekaert Zwevegem"):
    return visa.issue(world.p(world.counsellor), world.person.pk, dismissal="collective", former_employer=employer, dismissal_date=day,
                      summary="", skills=[{"uri": u, "level": "expert", "evidence": "observation"} for u in skill_uris(1)])


def _nothing_stored():
    return not CompetenceVisa.objects.exists() and not Credential.objects.filter(kind="competence_visa").exists()


def test_a_dismissal_months_after_the_work_ended_is_refused_and_nothing_stored(dismissed):
    with clock.travel_to(TODAY), pytest.raises(InvalidInput) as refused:
        _issue(dismissed, dt.date(2026, 11, 14))
    [error] = [e for e in refused.value.errors if e.field == "dismissal_date"]
    assert "20/06/2026" in error.message and "14/11/2026" in error.message and "Werkzoekende met uitkering" in error.message
    assert _nothing_stored()


@pytest.mark.parametrize("day", [WORKED_UNTIL, WORKED_UNTIL + dt.timedelta(days=visa.DISMISSAL_TOLERANCE_DAYS), dt.date(2026, 4, 30)])
def test_the_end_of_the_work_within_the_tolerance_or_a_day_at_work_is_a_dismissal(dismissed, day):
    with clock.travel_to(TODAY):
        assert _issue(dismissed, day).dismissal_date == day


def test_a_day_past_the_tolerance_is_refused(dismissed):
    with clock.travel_to(TODAY), pytest.raises(InvalidInput):
        _issue(dismissed, WORKED_UNTIL + dt.timedelta(days=visa.DISMISSAL_TOLERANCE_DAYS + 1))


def test_a_future_dismissal_only_for_someone_still_at_work(world):
    ahead = TODAY + dt.timedelta(days=60)
    with clock.travel_to(TODAY):
        with pytest.raises(InvalidInput) as refused:
            _issue(world, ahead)  # the register knows no work at all
        assert refused.value.errors[0].field == "dismissal_date" and "in de toekomst" in refused.value.errors[0].message
        f.episode(world.person, "employed", dt.date(2020, 1, 1))  # at work, the dismissal announced
        assert _issue(world, ahead).dismissal_date == ahead


def test_a_past_date_the_register_knows_nothing_about_stays_the_counsellors_word(world):
    with clock.travel_to(TODAY):
        assert _issue(world, dt.date(2026, 11, 14)).dismissal_date == dt.date(2026, 11, 14)


def test_the_page_shows_the_error_beside_the_date_and_stores_nothing(dismissed):
    client = Client()
    client.force_login(dismissed.counsellor)
    with clock.travel_to(TODAY):
        answer = client.post(f"/personen/{dismissed.person.pk}/competentievisum/", {
            "dismissal": "collective", "former_employer": "Bekaert", "dismissal_date": "2026-11-14", "occupation": dismissed.occupation,
            "level_0": "expert", "evidence_0": "observation"})
    assert answer.status_code == 422
    html = answer.content.decode()
    message = next(e.message for e in _refusal(dismissed).errors if e.field == "dismissal_date")
    assert _errors_shown(html, message.split(":")[0])[0] == 1
    assert _nothing_stored()


def _refusal(world) -> InvalidInput:
    with clock.travel_to(TODAY), pytest.raises(InvalidInput) as refused:
        _issue(world, dt.date(2026, 11, 14), "Bekaert")
    return refused.value


def test_the_api_refuses_it_naming_the_field(dismissed, client):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {f.token(dismissed.counsellor)}"}
    body = {"dismissal": "collective", "former_employer": "Van Hool", "dismissal_date": "2026-11-14",
            "skills": [{"uri": u, "level": "expert", "evidence": "observation"} for u in skill_uris(1)]}
    with clock.travel_to(TODAY):
        bad = client.post(f"/api/v1/careers/persons/{dismissed.person.pk}/visas", body, content_type="application/json", **headers)
        assert bad.status_code == 422 and [e["field"] for e in bad.json()["errors"]] == ["dismissal_date"]
        assert _nothing_stored()
        good = client.post(f"/api/v1/careers/persons/{dismissed.person.pk}/visas", {**body, "dismissal_date": "2026-06-20"},
                           content_type="application/json", **headers)
        assert good.status_code == 201, good.content
