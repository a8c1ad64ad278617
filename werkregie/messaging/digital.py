"""People with weak digital skills: the register's digital-skills field (none or basic) or a digital message that
bounced and went to paper in the last year. The counsellor sees them and is proposed a training step (the
trajectories app owns steps; it asks `needs_digital_support`)."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from werkregie.core import clock
from werkregie.people.enums import DigitalSkills

from .enums import Channel
from .models import Message

WEAK = (DigitalSkills.NONE, DigitalSkills.BASIC)
BOUNCE_WINDOW = dt.timedelta(days=365)
PAPER = (Channel.PAPER, Channel.REGISTERED)


def _bounced(since: dt.datetime) -> Q:
    """Messages that were meant for a digital channel and ended on paper."""
    return Q(created_at__gte=since, channel__in=PAPER) & ~Q(first_channel__in=PAPER)


def digital_support_reason(person_id: int) -> str | None:
    from werkregie.people.models import Person

    skills = Person.all_objects.filter(pk=person_id).values_list("digital_skills", flat=True).first()
    if skills in WEAK:
        return _("digitale vaardigheden: %(level)s") % {"level": DigitalSkills(skills).label}
    bounced = Message.objects.filter(_bounced(clock.now() - BOUNCE_WINDOW), person_id=person_id).count()
    if bounced:
        return ngettext("%(count)d digitaal bericht niet afgeleverd, op papier verstuurd", "%(count)d digitale berichten niet afgeleverd, op papier verstuurd",
                        bounced) % {"count": bounced}
    return None


def needs_digital_support(person_id: int) -> bool:
    """Whether to offer this person a training step in digital skills (the reason: digital_support_reason)."""
    return digital_support_reason(person_id) is not None


def flagged_queryset(persons):  # noqa: ANN001, ANN201 - a Person queryset (already limited to what the viewer may see)
    since = clock.now() - BOUNCE_WINDOW
    bounced_ids = Message.objects.filter(_bounced(since)).values("person_id")
    return persons.filter(Q(digital_skills__in=WEAK) | Q(pk__in=bounced_ids))


def flagged(limit: int = 100, persons=None) -> list[dict]:  # noqa: ANN001
    from werkregie.people.models import Person

    qs = flagged_queryset(persons if persons is not None else Person.objects.all()).order_by("last_name", "first_name", "pk")[:limit]
    return [{"person_id": p.pk, "name": f"{p.first_name} {p.last_name}", "reason": digital_support_reason(p.pk)} for p in qs]
