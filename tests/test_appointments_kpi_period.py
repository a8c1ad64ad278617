"""Walk and attack: the appointment KPIs took a first day after the last day and answered with empty figures. A start
after the end is refused naming the field (API: an RFC 9457 problem 422; use case: InvalidInput; command line: exit 2
naming --since). The agenda page shows the figures of the last year and takes no period."""

import datetime as dt

import pytest
from django.test import Client

from tests import factories as f
from tests.appointments_support import MONDAY, at, fakes, world  # noqa: F401 - fixture
from werkregie.appointments import use_cases as uc
from werkregie.core import clock
from werkregie.core.errors import InvalidInput

pytestmark = pytest.mark.usefixtures("fakes")


@pytest.fixture
def w(db, ref):
    with clock.travel_to(at(MONDAY, 8)):
        return world()


def api(user) -> dict:  # noqa: ANN001
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def test_use_case_refuses_a_start_after_the_end(w):
    with clock.travel_to(at(MONDAY, 9)):
        with pytest.raises(InvalidInput) as exc:
            uc.kpis(f.principal(w.counsellor), dt.date(2026, 12, 1), dt.date(2026, 11, 1))
        assert [e.field for e in exc.value.errors] == ["since"] and "01/12/2026" in exc.value.detail
        with pytest.raises(InvalidInput):  # only a first day, after today (the default last day)
            uc.kpis(f.principal(w.counsellor), MONDAY + dt.timedelta(days=1))
        one_day = uc.kpis(f.principal(w.counsellor), dt.date(2026, 12, 1), dt.date(2026, 12, 1))
    assert one_day["since"] == one_day["until"] == dt.date(2026, 12, 1)


def test_api_answers_a_problem_naming_since(w):
    with clock.travel_to(at(MONDAY, 9)):
        bad = Client().get("/api/v1/appointments/kpis?since=2026-12-01&until=2026-11-01", **api(w.counsellor))
        good = Client().get("/api/v1/appointments/kpis?since=2026-11-01&until=2026-12-01", **api(w.counsellor))
    assert bad.status_code == 422 and bad["Content-Type"].startswith("application/problem+json")
    body = bad.json()
    assert body["errors"][0]["field"] == "since" and "01/11/2026" in body["errors"][0]["message"]
    assert "ligt na de laatste dag" in body["detail"]
    assert good.status_code == 200 and good.json()["since"] == "2026-11-01"


def test_command_line_exits_2_naming_since(w, capsys):
    from werkregie.cli import main

    with clock.travel_to(at(MONDAY, 9)):
        assert main(["appointments", "kpis", "--since", "2026-12-01", "--until", "2026-11-01"]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "--since" in captured.err and "ligt na de laatste dag" in captured.err
