"""Issue 12, the exchange's feed after the ring offer's opt-out: a partner that read a vacancy learns that it was taken
out of the exchange (a tombstone: identifier, "werkregie:closed", "werkregie:withdrawn", validThrough the moment, and
nothing of its content) or closed (the full entry, closed, validThrough in the past); its import closes the copy,
idempotently. A vacancy that never stood in the feed leaves no tombstone."""

from __future__ import annotations

import datetime as dt
import json

from werkregie.core.clock import travel_to
from werkregie.vacancies import rings
from werkregie.vacancies.exchange import import_records
from werkregie.vacancies.models import Vacancy

from . import factories as f
from .test_matching_platform import vacancy
from .test_vacancies_feed import MOMENT, feed, posted  # noqa: F401 - the fixture

SINCE = "2000-01-01T00:00:00+00:00"


def _read_and_import(since: str) -> tuple[list[dict], object]:
    items = feed({"since": since, "page_size": 1000})["items"]
    return items, import_records([json.dumps(i) for i in items], "peer")


def test_an_opt_out_after_the_feed_leaves_a_tombstone_that_closes_the_partners_copy(posted):  # noqa: F811
    from werkregie.accounts.models import Role

    items, first = _read_and_import(SINCE)
    assert first.created == 5 and Vacancy.objects.filter(source="peer", open=True).count() == 5
    job = posted["jobs"][1]
    later = MOMENT + dt.timedelta(days=3)
    with travel_to(later):
        rings.set_ring_offer(f.principal(f.user(Role.EMPLOYER, posted["employer"])), job.pk, False)
    page = feed({"since": (later - dt.timedelta(minutes=1)).isoformat()})["items"]
    assert [i["identifier"]["value"] for i in page] == [str(job.pk)]
    stone = page[0]
    assert stone["werkregie:withdrawn"] is True and stone["werkregie:closed"] is True and stone["@type"] == "JobPosting"
    # a date like an open vacancy's (issue 12 attack: closed items carried a timestamp), the day before it was taken out
    assert stone["validThrough"] == _day_before(later) and stone["dateModified"] == later.isoformat()
    assert not {"title", "description", "hiringOrganization", "jobLocation", "skills"} & set(stone)  # nothing of the content any more
    report = import_records([json.dumps(stone)], "peer")
    assert report.closed == 1 and report.records == 1 and report.created == 0
    copy = Vacancy.objects.get(source="peer", source_id=str(job.pk))
    assert (copy.open, copy.state, copy.title) == (False, "closed", job.title)
    again = import_records([json.dumps(stone)], "peer")  # idempotent
    assert (again.closed, again.updated, again.unchanged) == (0, 0, 1)
    assert import_records([json.dumps({**stone, "identifier": {"value": "999999"}})], "peer").created == 0  # unknown: nothing made
    assert not Vacancy.objects.filter(source="peer", source_id="999999").exists()
    # the whole feed again: still a tombstone (no content), the other copies unchanged
    everything, full = _read_and_import(SINCE)
    assert [i for i in everything if i["identifier"]["value"] == str(job.pk)][0].get("werkregie:withdrawn") is True
    assert full.unchanged == 5 and full.closed == 0 and Vacancy.objects.filter(source="peer", open=True).count() == 4


def test_opting_in_again_brings_the_full_entry_back_and_the_import_reopens_the_copy(posted):  # noqa: F811
    from werkregie.accounts.models import Role

    _read_and_import(SINCE)
    job, boss = posted["jobs"][0], f.principal(f.user(Role.EMPLOYER, posted["employer"]))
    rings.set_ring_offer(boss, job.pk, False)
    _read_and_import(SINCE)
    assert not Vacancy.objects.get(source="peer", source_id=str(job.pk)).open
    rings.set_ring_offer(boss, job.pk, True)
    items, report = _read_and_import(SINCE)
    entry = next(i for i in items if i["identifier"]["value"] == str(job.pk))
    assert entry["title"] == job.title and "werkregie:withdrawn" not in entry and "werkregie:closed" not in entry
    assert Vacancy.objects.get(source="peer", source_id=str(job.pk)).open and report.updated == 1


def test_a_closed_vacancy_carries_a_validthrough_in_the_past(posted):  # noqa: F811
    later = MOMENT + dt.timedelta(days=1)
    with travel_to(later):
        job = posted["jobs"][3]
        job.open, job.state, job.state_since = False, "closed", later
        job.save()
    item = feed({"since": (later - dt.timedelta(minutes=1)).isoformat()})["items"][0]
    assert item["werkregie:closed"] is True and item["validThrough"] == _day_before(later) and item["title"] == job.title
    open_item = next(i for i in feed({"since": SINCE})["items"] if "werkregie:closed" not in i)
    assert dt.date.fromisoformat(open_item["validThrough"]) and len(open_item["validThrough"]) == 10  # open and closed: one format, a date


def test_a_vacancy_that_never_stood_in_the_feed_leaves_no_tombstone(posted):  # noqa: F811
    from werkregie.accounts.models import Role

    boss = f.principal(f.user(Role.EMPLOYER, posted["employer"]))
    kept = vacancy(posted["employer"], title="Magazijnier thuisregio", ring_offer=False)  # opted out from the start
    rings.set_ring_offer(boss, posted["draft"].pk, False)  # a draft is not in the feed
    rings.set_ring_offer(boss, kept.pk, True)
    rings.set_ring_offer(boss, kept.pk, False)  # in the feed for a moment: a tombstone from now on
    ids = {i["identifier"]["value"]: i for i in feed({"since": SINCE, "page_size": 1000})["items"]}
    assert str(posted["draft"].pk) not in ids and ids[str(kept.pk)]["werkregie:withdrawn"] is True
    assert Vacancy.objects.get(pk=posted["draft"].pk).left_exchange_at is None


def _day_before(moment: dt.datetime) -> str:
    from django.utils import timezone

    return (timezone.localdate(moment) - dt.timedelta(days=1)).isoformat()
