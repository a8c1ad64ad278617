"""Walk and attack: on the 10th of a month the assignment's month showed "onder het minimum" (page, API, command line),
though the month was still running. A month can only be under the minimum once it has ended (the clock's today past
its last day, or past the assignment's last day when that comes first); until then it is "in progress"."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from django.test import Client

from werkregie.community import engine
from werkregie.community import use_cases as uc
from werkregie.community.sweeps import sweep
from werkregie.core import clock
from werkregie.worklist.models import Task

from . import community_support as cs
from . import factories as f

MID_MARCH = dt.date(2026, 3, 10)
APRIL = dt.date(2026, 4, 1)


@pytest.fixture
def w(db):
    with clock.travel_to(MID_MARCH):
        world = cs.world()
    with clock.travel_to(dt.date(2026, 2, 2)):
        a = uc.propose(f.principal(world["counsellor"]), world["long1"].pk, world["library"].pk)
        uc.transition(f.principal(world["counsellor"]), a.pk, "accept")
        world["mine"] = uc.transition(f.principal(world["municipality"]), a.pk, "start")
    with clock.travel_to(MID_MARCH):
        uc.record_hours(f.principal(world["municipality"]), world["mine"].pk, {"2026-02-03": "8", "2026-03-02": "4"})
    return world


def _march(months: list) -> engine.MonthTotal:  # noqa: ANN001
    [march] = [m for m in months if (m.year, m.month) == (2026, 3)]
    return march


def test_the_month_in_progress_is_not_under_the_minimum_in_the_use_case(w):
    with clock.travel_to(MID_MARCH):
        view = uc.assignment_detail(f.principal(w["counsellor"]), w["mine"].pk)
        [row] = uc.hours_overview(f.principal(w["municipality"]), 2026, 3)
    feb, march = view.months
    assert feb.under_minimum and not feb.in_progress  # February has ended: 8 of 32 hours
    assert march.hours == Decimal(4) and march.in_progress and not march.under_minimum
    assert row.total.in_progress and not row.total.under_minimum
    with clock.travel_to(APRIL):  # once March is over it is under the minimum
        march = _march(uc.assignment_detail(f.principal(w["counsellor"]), w["mine"].pk).months)
    assert march.under_minimum and not march.in_progress


def test_the_api_says_in_progress_and_not_under_the_minimum(w):
    headers = {"HTTP_AUTHORIZATION": f"Bearer {f.token(w['municipality'])}"}
    with clock.travel_to(MID_MARCH):
        detail = Client().get(f"/api/v1/community/assignments/{w['mine'].pk}", **headers).json()
        [row] = Client().get("/api/v1/community/hours?month=2026-03", **headers).json()
    feb, march = detail["months"]
    assert feb["under_minimum"] is True and "in_progress" not in feb  # left out once ended (the endpoint leaves out unset fields)
    assert march["month"] == "2026-03" and (march["under_minimum"], march["in_progress"]) == (False, True)
    assert (row["total"]["under_minimum"], row["total"]["in_progress"]) == (False, True)
    with clock.travel_to(APRIL):
        march = Client().get(f"/api/v1/community/assignments/{w['mine'].pk}", **headers).json()["months"][1]
        [row] = Client().get("/api/v1/community/hours?month=2026-03", **headers).json()
    assert (row["total"]["under_minimum"], row["total"]["in_progress"]) == (True, False)
    assert march["under_minimum"] is True and not march.get("in_progress")


def test_the_pages_say_the_month_is_running(w):
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(w["municipality"])
    with clock.travel_to(MID_MARCH):
        hours = client.get("/gemeente/gemeenschapsdienst/uren/?maand=2026-03").content.decode()
        detail = client.get(f"/gemeente/gemeenschapsdienst/toewijzingen/{w['mine'].pk}/").content.decode()
    assert "maand loopt nog" in hours and "onder het minimum" not in hours
    months = detail[detail.index('id="h-months"'):detail.index('id="h-history"')]
    assert months.count("onder het minimum") == 1 and months.count("maand loopt nog") == 1  # February under, March running
    with clock.travel_to(APRIL):
        hours = client.get("/gemeente/gemeenschapsdienst/uren/?maand=2026-03").content.decode()
    assert "onder het minimum" in hours and "maand loopt nog" not in hours


def test_the_command_line_says_in_progress(w, capsys):
    from werkregie.cli import build_parser

    with clock.travel_to(MID_MARCH):
        args = build_parser().parse_args(["community", "hours", "--month", "2026-03", "--user", w["municipality"].username])
        assert args.func(args) == 0
    [row] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["under_minimum"] is False and row["in_progress"] is True


def test_no_task_for_the_month_in_progress_one_after_it(w):
    with clock.travel_to(MID_MARCH):
        sweep(MID_MARCH)
    assert not Task.objects.filter(key=f"community:{w['mine'].pk}:2026-03:under_minimum").exists()
    with clock.travel_to(APRIL):
        sweep(APRIL)
    assert Task.objects.filter(key=f"community:{w['mine'].pk}:2026-03:under_minimum", status="open").exists()


def test_a_stopped_assignment_ends_its_month(w):
    """The assignment stopped on 05/03: by the 10th March is over for it, and under the minimum."""
    with clock.travel_to(dt.date(2026, 3, 5)):
        uc.transition(f.principal(w["municipality"]), w["mine"].pk, "stop", reason="Verhuisd naar een andere stad")
        assert _march(uc.assignment_detail(f.principal(w["counsellor"]), w["mine"].pk).months).in_progress  # its last day
    with clock.travel_to(MID_MARCH):
        march = _march(uc.assignment_detail(f.principal(w["counsellor"]), w["mine"].pk).months)
    assert march.under_minimum and not march.in_progress


def test_month_in_progress_boundaries():
    assert engine.month_in_progress(2026, 3, today=dt.date(2026, 3, 31))
    assert not engine.month_in_progress(2026, 3, today=dt.date(2026, 4, 1))
    assert not engine.month_in_progress(2026, 3, today=dt.date(2026, 3, 10), until=dt.date(2026, 3, 9))
    assert engine.month_in_progress(2026, 3, today=dt.date(2026, 3, 10), until=dt.date(2026, 3, 10))
    [march] = engine.monthly("community_service", {dt.date(2026, 3, 2): Decimal(4)}, today=dt.date(2026, 3, 10))
    assert march.in_progress and not march.under_minimum
