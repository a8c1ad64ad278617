"""Aggregated figures for analysts: never an individual. Small cells, and the cells from which they could be recovered,
are suppressed by the platform's one rule (werkregie.core.suppression)."""

from __future__ import annotations

from django.db.models import Count, Q
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from werkregie.core import clock
from werkregie.core.suppression import DEFAULT_THRESHOLD, suppress, threshold

from .enums import StatusKind
from .models import StatusEpisode

SUPPRESS_BELOW = DEFAULT_THRESHOLD  # the default; the setting WERKREGIE_SUPPRESS_BELOW decides (suppression.threshold)
BRUSSELS = "Brussels Hoofdstedelijk Gewest"


def status_table(counts: dict[str, dict[str, int]], totals: dict[str, int], provinces: list[str], below: int | None = None) -> list[dict]:
    """Rows of persons per status (total, then per province) with small cells and their complements hidden (None).
    A person has one home province, so each status total is the sum of its province cells: that is the relation
    published, and the one complementary suppression protects. Statuses overlap (leefloon while a job seeker), so no
    column total is shown (it would not be a number of persons)."""
    cells: dict = {}
    sums = []
    for kind, total in totals.items():
        cells[("total", kind)] = total
        for province in provinces:
            cells[("cell", kind, province)] = counts.get(kind, {}).get(province, 0)
        sums.append((("total", kind), [("cell", kind, p) for p in provinces]))
    hidden = suppress(cells, sums, below)
    rows = []
    for kind in sorted(totals, key=lambda k: -totals[k]):
        rows.append({
            "status": kind, "status_label": str(StatusKind(kind).label),
            "persons": None if ("total", kind) in hidden else totals[kind],
            "provinces": [None if ("cell", kind, p) in hidden else cells[("cell", kind, p)] for p in provinces],
        })
    return rows


def current_status_counts() -> dict:
    """Persons per current status, in total and per province (Brussels as its own column)."""
    today = clock.today()
    current = StatusEpisode.objects.filter(start__lte=today, person__merged_into__isnull=True).filter(Q(end__isnull=True) | Q(end__gte=today))
    totals = {row["kind"]: row["persons"] for row in current.values("kind").annotate(persons=Count("person", distinct=True))}
    rows = current.values("kind", "person__municipality__province_nl").annotate(persons=Count("person", distinct=True))
    by_status: dict[str, dict[str, int]] = {}
    for row in rows:
        province = row["person__municipality__province_nl"] or BRUSSELS
        by_status.setdefault(row["kind"], {})[province] = row["persons"]
    provinces = sorted({p for counts in by_status.values() for p in counts})
    regions = set(current.values_list("person__municipality__region", flat=True).distinct())
    below = threshold()
    statuses = status_table(by_status, totals, provinces, below)
    return {"reference_date": today.isoformat(), "suppressed_below": below, "provinces": provinces, "statuses": statuses,
            "coverage": coverage(regions)}


def coverage(regions: set[str | None]) -> str:
    """What the totals cover, from where the counted persons live: the heading said "Vlaanderen, Brussel en Wallonië
    samen" above figures that added up to the five Flemish provinces (walk of issue 16)."""
    from werkregie.geo.models import Region

    names = {Region.FLANDERS: _("Vlaanderen"), Region.BRUSSELS: _("Brussel"), Region.WALLONIA: _("Wallonië")}
    present = [names[r] for r in (Region.FLANDERS, Region.BRUSSELS, Region.WALLONIA) if r in regions]
    if None in regions or "" in regions:
        present.append(_("personen zonder gekende woonplaats"))
    if not present:
        return _("Nog niemand met een huidige status")
    if present == [names[Region.FLANDERS]]:
        return _("Vlaanderen: de provincies hieronder samen")
    if len(present) == 1:
        return format_lazy(_("{what}, in totaal"), what=present[0])
    return format_lazy(_("{first} en {last} samen"), first=", ".join(str(p) for p in present[:-1]), last=present[-1])
