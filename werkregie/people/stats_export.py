"""The analyst's statistics page and its CSV export from one set of figures (walk of issue 16: the export carried the
trend only, not the totals and the per-province table the page shows). Every table of the page is in the CSV, with
the same figures, Dutch headers and labels (the reader's language), numbers and dates the Belgian way
(web.exports.cell) and the same cells suppressed (left empty, where the page shows "—")."""

from __future__ import annotations

import datetime as dt

from django.core.cache import cache
from django.utils.translation import gettext as _

from werkregie.core import clock
from werkregie.core.suppression import threshold

from . import stats
from .enums import StatusKind
from .trend import monthly_status_counts

CACHE_SECONDS = 24 * 3600  # the key names the day: a day's figures are not read after it


def figures() -> tuple[dict, dict]:
    """(the current figures, the trend of the last twelve months) as the page and the export show them."""
    current = stats.current_status_counts()
    current["day"] = dt.date.fromisoformat(current["reference_date"])
    return current, monthly_status_counts(12)


def daily_figures() -> tuple[dict, dict]:
    """figures() as computed once per day and state of the register, shared by every worker (the file cache): the
    page and its CSV recomputed them at every request (3–7.7 s on the demo's 20,000 persons, walk of issue 16). A new
    day, another suppression threshold or a refresh of the published figures (the KPI figures' stamp: the daily one,
    a demo load) computes them again. The status labels are put in the reader's language at each read."""
    from werkregie.kpis.figures import refresh_stamp

    key = f"people:statistics:{clock.today().isoformat()}:{threshold()}:{refresh_stamp()}"
    found = cache.get(key)
    if found is None:
        found = figures()
        cache.set(key, found, CACHE_SECONDS)
    current, trend = found
    for row in (*current["statuses"], *trend["rows"]):
        row["status_label"] = str(StatusKind(row["status"]).label)
    return current, trend


def csv_rows(current: dict, trend: dict) -> list[list]:
    """The rows of the CSV: the trend first (its header "Status;01/…" as before), then, after an empty row, each other
    table of the page under its caption, and a closing note with the reference date and the suppression rule."""
    rows: list[list] = [[_("Status"), *[day.strftime("%d/%m/%Y") for day in trend["days"]]]]
    rows += [[r["status_label"], *r["counts"]] for r in trend["rows"]]
    rows += [[], [_("Personen per huidige status") + " – " + str(current["coverage"])], [_("Status"), _("Personen")]]
    rows += [[s["status_label"], s["persons"]] for s in current["statuses"]]
    rows += [[], [_("Per provincie")], [_("Status"), *current["provinces"]]]
    rows += [[s["status_label"], *s["provinces"]] for s in current["statuses"]]
    note = _("Peildatum %(date)s. Enkel geaggregeerde cijfers; cellen met minder dan %(n)s personen worden niet getoond.") % {
        "date": current["day"].strftime("%d/%m/%Y"), "n": current["suppressed_below"]}
    rows += [[], [note + " " + _("Een lege cel: niet getoond (klein aantal of eruit af te leiden).")]]
    return rows
