"""The appointment KPIs per office and municipality (attendance, no-shows, lead times), small cells suppressed."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict

from django.utils.translation import gettext as _

from werkregie.accounts.principal import Principal
from werkregie.core import clock, suppression
from werkregie.core.errors import FieldError, Forbidden, InvalidInput
from werkregie.workflows.models import TransitionLog

from . import perms
from .agendas import check_day
from .common import date_text, local
from .models import Appointment

# --- KPIs ------------------------------------------------------------------------------------------------------------


def kpis(principal: Principal, since: dt.date | None = None, until: dt.date | None = None) -> dict:
    """No-show rate and days from invitation to appointment, per office and per municipality, from the transition
    log (the final outcome of each appointment: attended, excused, no-show; a referral counts as a no-show)."""
    if not perms.can_see_kpis(principal):
        raise Forbidden(_("Uw rol geeft geen toegang tot deze cijfers."))
    check_day(since, "since")
    check_day(until, "until")
    until = until or clock.today()
    if since is not None and since > until:  # walk and attack: a start after the end gave empty figures, no error
        message = _("De eerste dag (%(since)s) ligt na de laatste dag (%(until)s).") % {"since": date_text(since), "until": date_text(until)}
        raise InvalidInput(message, [FieldError("since", _("niet na de laatste dag (%(until)s)") % {"until": date_text(until)})])
    since = since or until - dt.timedelta(days=365)
    lo = dt.datetime.combine(since, dt.time(0), clock.BRUSSELS)
    hi = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(0), clock.BRUSSELS)
    outcome: dict[int, str] = {}
    for object_id, to_state in TransitionLog.objects.filter(workflow="appointment", to_state__in=("attended", "excused", "no_show", "referred"),
                                                            at__gte=lo, at__lt=hi).order_by("at", "id").values_list("object_id", "to_state"):
        outcome[object_id] = "no_show" if to_state == "referred" else to_state
    invited = dict(TransitionLog.objects.filter(workflow="appointment", transition="create", object_id__in=list(outcome))
                   .values_list("object_id", "at"))
    facts = Appointment.objects.filter(pk__in=list(outcome)).values_list("pk", "office__name", "municipality__name_nl", "slot__start")
    groups: dict[str, dict[str, dict]] = {"office": defaultdict(lambda: {"ended": 0, "no_show": 0, "days": []}),
                                          "municipality": defaultdict(lambda: {"ended": 0, "no_show": 0, "days": []})}
    for pk, office, municipality, start in facts:
        for group, name in (("office", office or "—"), ("municipality", municipality or "—")):
            cell = groups[group][name]
            cell["ended"] += 1
            cell["no_show"] += outcome[pk] == "no_show"
            if start is not None and pk in invited:
                cell["days"].append((local(start).date() - local(invited[pk]).date()).days)

    # the platform's one small-cell rule on the group sizes: offices and municipalities are two breakdowns of the same
    # ended appointments, so a hidden group is never left recoverable from the other groups (complementary suppression)
    sizes = {group: {name: {"ended": cell["ended"]} for name, cell in cells.items()} for group, cells in groups.items()}
    _total, shown = suppression.suppress_breakdowns({"ended": sum(cell["ended"] for cell in groups["office"].values())}, sizes, ["ended"])

    def rows(group: str) -> list[dict]:
        out = []
        for name, cell in sorted(groups[group].items()):
            enough = shown[group][name]["ended"] is not None
            # a hidden group is suppressed entirely (count and derived figures): a small count can single out a person
            out.append({"name": name, "ended": cell["ended"] if enough else None, "no_show": cell["no_show"] if enough else None,
                        "no_show_rate": round(cell["no_show"] / cell["ended"], 3) if enough else None,
                        "days_median": statistics.median(cell["days"]) if enough and cell["days"] else None,
                        "days_mean": round(statistics.fmean(cell["days"]), 1) if enough and cell["days"] else None})
        return out

    return {"since": since, "until": until, "min_cell": suppression.threshold(), "offices": rows("office"), "municipalities": rows("municipality")}


