"""A catalogue delivery and the dates of booked sessions (importer.py): found by attack round 4, a provider moved a
booked session into the past and confirmed at once that it was followed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from werkregie.core import clock
from werkregie.core.errors import FieldError, InvalidInput

from .models import Booking, Provider

if TYPE_CHECKING:
    from .importer import Clean


def booked_sessions_moved(provider: Provider, by_id: dict[str, Clean], existing: dict, sessions_of: dict[int, dict[str, dict]],
                          may_move: bool) -> InvalidInput | None:
    """Found by attack round 4: a delivery moved a booked session into the past and the provider confirmed at once
    that it was followed (the money spent, a credential issued). The dates of a session with live bookings do not
    change by a provider's delivery: each such session is named with why, and nothing is written. An administrator's
    import may move one (`may_move`), but never to a day before today."""
    live = set(Booking.objects.filter(course__provider=provider, state="booked").values_list("session_id", flat=True))
    if not live:
        return None
    today, errors = clock.today(), []
    for cid, clean in by_id.items():
        rows = sessions_of.get(existing[cid]["id"], {}) if cid in existing else {}
        for at, s in enumerate(clean.sessions, start=1):
            row = rows.get(s["session_id"])
            moved = [k for k in ("start_date", "end_date") if row is not None and row["id"] in live and row[k] != s[k]]
            if not moved:
                continue
            was = "–".join(d.strftime("%d/%m/%Y") for d in (row["start_date"], row["end_date"]) if d)
            if not may_move:
                why = _("sessie %(sid)s heeft lopende inschrijvingen: haar data (%(was)s) wijzigen niet meer. Trek de sessie in (de "
                        "inschrijvingen worden dan geannuleerd en terugbetaald) en bied een nieuwe sessie aan.") % {"sid": s["session_id"], "was": was}
            elif any((s[k] or s["start_date"]) < today for k in moved):
                why = _("sessie %(sid)s heeft lopende inschrijvingen: ze kan niet naar een dag in het verleden verschuiven.") % {"sid": s["session_id"]}
            else:
                continue
            errors.append(FieldError(f"{clean.where}.sessions[{at}].{moved[0]}", why))
    if not errors:
        return None
    message = _("Deze levering verschuift sessies met lopende inschrijvingen (%(n)s); er is niets opgeslagen.") % {"n": len(errors)}
    return InvalidInput(message, [FieldError("sessions", message), *errors[:200]])
