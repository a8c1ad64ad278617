"""The exchange's feed of changes (`GET /api/v1/vacancies/feed?since=`, issue 12 point 6): the platform's own
vacancies changed since a moment, as schema.org JobPosting, oldest change first, paged by (updated_at, id).

What a partner that read the feed must learn, it finds there again: a vacancy that closed (filled, closed, expired,
withdrawn by the platform) comes again with `"werkregie:closed": true` and a `validThrough` in the past (the day
before it closed: a date, as for an open vacancy); a vacancy whose employer took it out of the exchange (Vacancy.ring_offer false) after it stood in the
feed comes once more as a tombstone: only its identifier, `"werkregie:closed": true`, `"werkregie:withdrawn": true`
and `validThrough` the day before it was taken out, nothing of its content. The import (exchange.py) closes its copy on
either. A vacancy never offered (a draft, one closed as a draft, one opted out before it was published) never
appears. No personal data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Callable

from django.db.models import Exists, OuterRef, Q, QuerySet

from .models import Vacancy

FEED_STATES = ("published", "filled", "closed", "expired")  # never a draft


def _closed_as_draft() -> Exists:
    from werkregie.workflows.models import TransitionLog

    # a closed vacancy is news only when it was public: a draft closed before publication never leaves the employer
    return Exists(TransitionLog.objects.filter(workflow="vacancy", object_id=OuterRef("pk"), from_state="draft", to_state="closed"))


def offered() -> QuerySet[Vacancy]:
    """The vacancies the feed shows, in full or as a tombstone."""
    # opted out of the ring offer: not offered to the other regions here either, unless it stood in the feed before
    return (Vacancy.objects.filter(source="", state__in=FEED_STATES).exclude(_closed_as_draft())
            .filter(Q(ring_offer=True) | Q(left_exchange_at__isnull=False)))


def in_feed(vacancy: Vacancy) -> bool:
    """Whether the vacancy stands in the feed now as a full entry (an opt-out now leaves a tombstone behind)."""
    return bool(vacancy.ring_offer and not vacancy.source and vacancy.state in FEED_STATES
                and not Vacancy.objects.filter(pk=vacancy.pk).filter(_closed_as_draft()).exists())


def last_day(moment: dt.datetime) -> str:
    """`validThrough` of a vacancy that left the exchange at `moment`: a date, as an open one's (jobposting.py), and the
    day before (Brussels time), so that it has passed the day it closed — for a reader that looks only at the date,
    not at "werkregie:closed"."""
    from django.utils import timezone

    return (timezone.localdate(moment) - dt.timedelta(days=1)).isoformat()


def tombstone(vacancy: Vacancy) -> dict:
    """What a partner needs to take the vacancy down: its identifier and that it is no longer offered."""
    from .jobposting import identifier

    return {"@context": "https://schema.org/", "@type": "JobPosting", "identifier": identifier(vacancy),
            "validThrough": last_day(vacancy.left_exchange_at), "werkregie:closed": True, "werkregie:withdrawn": True}


def entry(vacancy: Vacancy, url: str) -> dict:
    from .jobposting import job_posting

    item = tombstone(vacancy) if not vacancy.ring_offer else job_posting(vacancy, url)
    item["dateModified"] = vacancy.updated_at.isoformat()
    if vacancy.ring_offer and not vacancy.open:
        item["werkregie:closed"] = True
        item["validThrough"] = last_day(vacancy.state_since or vacancy.updated_at)  # passed: the day before it closed
    return item


@dataclass
class Page:
    items: list[dict]
    last: Vacancy | None  # set while there are more changes: the next page starts after it


def page(since: dt.datetime, after: int, size: int, url_of: Callable[[Vacancy], str]) -> Page:
    since = since if since.tzinfo else since.replace(tzinfo=dt.timezone.utc)
    rows = list(offered().filter(Q(updated_at__gt=since) | Q(updated_at=since, pk__gt=after))
                .select_related("employer", "municipality").prefetch_related("skills", "municipality__postal_codes")
                .order_by("updated_at", "pk")[:size + 1])
    more, rows = len(rows) > size, rows[:size]
    return Page([entry(v, url_of(v)) for v in rows], rows[-1] if more else None)
