"""Walk of issue 16 (point 11, "without waiting"): the analyst's landing /statistiek/ took 3–7.7 s on every request and
its CSV 6.4 s: both recomputed the figures of the whole register each time. They are computed once per day (and state
of the published figures), shared by the workers, warmed at the server's start, and labelled in the reader's language."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.people import stats_export
from werkregie.people.enums import StatusKind

from . import factories as f


@pytest.fixture
def analyst(db):
    since = clock.today() - dt.timedelta(days=400)
    for _ in range(12):
        f.episode(f.person(), StatusKind.JOBSEEKER_BENEFIT, since)
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(f.user(Role.ANALYST))
    return client


def test_the_second_request_reads_the_figures_of_the_first(analyst):
    with mock.patch.object(stats_export, "figures", wraps=stats_export.figures) as computed:
        first = analyst.get("/statistiek/")
        second = analyst.get("/statistiek/")
        export = analyst.get("/statistiek/personen-per-status.csv")
    assert first.status_code == second.status_code == export.status_code == 200
    assert computed.call_count == 1
    assert first.context["figures"]["statuses"] == second.context["figures"]["statuses"]
    assert first.context["trend"]["rows"] == second.context["trend"]["rows"]
    assert first.context["figures"]["statuses"][0]["persons"] == 12


def test_a_new_day_computes_them_again(analyst):
    with mock.patch.object(stats_export, "figures", wraps=stats_export.figures) as computed:
        analyst.get("/statistiek/")
        with clock.travel_to(clock.today() + dt.timedelta(days=1)):
            later = analyst.get("/statistiek/")
    assert computed.call_count == 2
    assert later.context["figures"]["day"] == clock.today() + dt.timedelta(days=1)


def test_the_warm_start_computes_them_and_the_labels_follow_the_reader(analyst):
    stats_export.daily_figures()  # as the server's master does before it forks (cli._warm_figures)
    with mock.patch.object(stats_export, "figures", side_effect=AssertionError("computed again after the warm start")):
        dutch = analyst.get("/statistiek/")
        french = Client(HTTP_ACCEPT_LANGUAGE="fr")
        french.force_login(f.user(Role.ANALYST))
        page = french.get("/statistiek/")
    assert dutch.status_code == page.status_code == 200
    label = dutch.context["figures"]["statuses"][0]["status_label"]
    assert page.context["figures"]["statuses"][0]["status_label"] != label, "the French reader got the Dutch label"
