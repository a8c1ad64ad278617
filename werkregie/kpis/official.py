"""Official statistics beside the platform's own figures: the employment rate of the 20–64-year-olds from Statbel's
labour force survey, at the levels the shipped reference statistics give it (Belgium, the regions, a province), next to
the policy's target of 80 %. Read from `data/labour_market_headline_indicators.csv` (each row with its source; see
data/ATTRIBUTION.md), never computed: the register knows who seeks work, not who works where, so the platform cannot
compute an employment rate itself. There is no official rate per municipality in the shipped data: the municipality
pages say so and show the platform's own rates per inhabitant instead."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import geography

DATA = Path(__file__).parent / "data" / "labour_market_headline_indicators.csv"
# Statbel says "werkgelegenheidsgraad"; the Flemish government and the coalition agreement say "werkzaamheidsgraad":
# the same ratio (people at work / population of the age band, labour force survey)
EMPLOYMENT_RATE = ("werkgelegenheidsgraad", "werkzaamheidsgraad")
AGE_BAND = "20-64 jaar"
TARGET = 80.0
TARGET_SOURCE = gettext_lazy("Vlaams regeerakkoord 2019–2024, hoofdstuk Werk en sociale economie: “een werkzaamheidsgraad van 80 procent is het doel”")
SOURCE = gettext_lazy("Statbel, Enquête naar de Arbeidskrachten (EAK), zoals gepubliceerd; per cijfer de bron")
PERIOD = re.compile(r"^(\d{4})(?:Q([1-4]))?$")


@dataclass(frozen=True)
class OfficialFigure:
    period: str  # as published: a year (2022) or a quarter (2024Q1)
    geography: str  # as published: België, Vlaams Gewest, Provincie Oost-Vlaanderen, EU28…
    value: float
    source_url: str

    @property
    def order(self) -> tuple[int, int]:
        year, quarter = PERIOD.match(self.period).groups()
        return int(year), int(quarter) if quarter else 5  # a year's figure after its quarters

    @property
    def period_text(self) -> str:
        year, quarter = PERIOD.match(self.period).groups()
        return _("%(year)s, %(quarter)se kwartaal") % {"year": year, "quarter": quarter} if quarter else year

    @property
    def text(self) -> str:
        return f"{self.value:.1f}".replace(".", ",") + " %"


@lru_cache(maxsize=1)
def employment_rates() -> dict[str, list[OfficialFigure]]:
    """Every published employment rate of the 20–64-year-olds, per geography, oldest first."""
    out: dict[str, list[OfficialFigure]] = {}
    with DATA.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["indicator"] in EMPLOYMENT_RATE and row["group"] == AGE_BAND and row["unit"] == "%" and PERIOD.match(row["period"]):
                out.setdefault(row["geography"], []).append(OfficialFigure(row["period"], row["geography"], float(row["value"]), row["source_url"]))
    for series in out.values():
        series.sort(key=lambda f: f.order)
    return out


def unit_of(published: str) -> tuple[str, str] | None:
    """The platform's unit (level, NIS code) for a published geography name; None for one outside Belgium (EU28)."""
    name = published.removeprefix("Provincie ").strip()
    for unit, unit_name in geography.unit_names().items():
        if unit[0] in ("all", "region", "province") and unit_name == name:
            return unit
    return None


def series() -> list[dict]:
    """Per geography: its unit, the latest figure, its distance to the target and every figure, as the API and pages give them.
    Belgium and the regions first, then the provinces, then the rest (EU)."""
    rank = {"all": 0, "region": 1, "province": 2}
    rows = []
    for name, figures in employment_rates().items():
        unit = unit_of(name)
        last = figures[-1]
        # as published (Dutch), or in the reader's language where the place has a name there
        shown = geography.display_names()[unit] if unit is not None and not (translation.get_language() or "nl").startswith("nl") else name
        rows.append({"geography": name, "name": shown, "unit": None if unit is None else {"level": unit[0], "code": unit[1]},
                     "latest": _figure(last), "below_target": round(TARGET - last.value, 1),
                     "figures": [_figure(f) for f in figures]})
    rows.sort(key=lambda r: (rank.get((r["unit"] or {}).get("level"), 3), r["geography"]))
    return rows


def for_units(units: list[tuple[str, str]]) -> list[dict]:
    """The series of these units, in the order given (those without an official figure left out)."""
    by_unit = {(r["unit"]["level"], r["unit"]["code"]): r for r in series() if r["unit"]}
    return [by_unit[u] for u in units if u in by_unit]


def _figure(f: OfficialFigure) -> dict:
    return {"period": f.period, "period_text": f.period_text, "value": f.value, "text": f.text, "source_url": f.source_url}


def summary() -> dict:
    """What the API answers: the target with its source, the figures per geography, and what is not available."""
    return {"indicator": str(_("Werkzaamheidsgraad 20–64 jaar")), "unit": "%", "statistic": str(_("officiële statistiek")),
            "source": str(SOURCE), "target": TARGET, "target_source": str(TARGET_SOURCE), "series": series(),
            "not_available": str(_("Geen officiële werkzaamheidsgraad per gemeente in de meegeleverde statistieken: per gemeente "
                                   "toont het platform zijn eigen cijfers per 100 inwoners van 20–69 jaar."))}
