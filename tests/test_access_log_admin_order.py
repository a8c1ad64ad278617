"""Walk and attack: the administrator's access log (the Django admin's list of reads) opened on the oldest entries. It
lists the newest first, and its pages follow on from each other without repeating or skipping an entry."""

import datetime as dt

import pytest
from django.contrib import admin
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.access.services import Actor, record_access
from werkregie.accounts.models import Role
from werkregie.core import clock

from . import factories as f

URL = "/admin/access/accesslogentry/"


@pytest.fixture
def logged(db):
    """Seven reads on seven days by a counsellor; the admin's own list reads then add nothing (persons are numbers)."""
    reader = Actor(user_id=None, label="Bart De Smet", role=Role.COUNSELLOR, organisation_name="Team Gent")
    for day in range(7):
        with clock.travel_to(dt.datetime(2026, 3, 1 + day, 10, tzinfo=clock.BRUSSELS)):
            record_access(reader, [1000 + day], "dossier", "guidance", "web")
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(f.user(Role.ADMIN, is_staff=True, is_superuser=True))
    return client


def _listed(response) -> list[int]:  # noqa: ANN001
    assert response.status_code == 200
    return [e.seq for e in response.context["cl"].result_list]


def test_the_admin_lists_the_newest_reads_first(logged):
    seqs = _listed(logged.get(URL))
    newest = list(AccessLogEntry.objects.order_by("-seq").values_list("seq", flat=True))
    assert seqs == newest and len(seqs) == 7
    times = [e.at for e in logged.get(URL).context["cl"].result_list]
    assert times == sorted(times, reverse=True) and times[0].date() == dt.date(2026, 3, 7)


def test_its_pages_follow_on_newest_first(logged, monkeypatch):
    monkeypatch.setattr(admin.site._registry[AccessLogEntry], "list_per_page", 3)
    pages = [_listed(logged.get(URL, {"p": p})) for p in (1, 2, 3)]
    assert [len(p) for p in pages] == [3, 3, 1]
    together = [s for p in pages for s in p]
    assert together == sorted(together, reverse=True) and len(set(together)) == 7
    # sorting on a column (here "at", the second) still works
    assert _listed(logged.get(URL, {"o": "1"})) == sorted(together)[:3]
