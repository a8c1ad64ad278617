"""Optimistic concurrency's words for a version no one can have seen: every edited row starts at version 1 and only
counts up, so a version below 1 or above the current one is not a change by someone else but a number the client made
up or mistyped (attack of stop 27: it was answered "changed by someone else"). The answer keeps its status (409, or 412
for If-Match) and the current version, so that a client reloads in both cases; only its words differ."""

from __future__ import annotations


def unseen_message(expected: int | None, current: int) -> str | None:
    """What to say when `expected` cannot have been read from the row (now at `current`); None for a plain stale one."""
    if expected is None or 1 <= int(expected) <= int(current):
        return None
    from django.utils.translation import gettext as _

    return _("Versie %(expected)s bestaat niet: de huidige versie is %(current)s. Haal de huidige versie op en stuur die mee.") % {
        "expected": expected, "current": current}
