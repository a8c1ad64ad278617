"""A municipality's comparison (its KPIs beside its ten comparable municipalities, their median and Flanders: what
/kerncijfers/gemeente/ shows) as the rows of a CSV or XLSX download (walk of stop 43: the municipality's only export
held Flanders and the provinces, not its own comparison). Built from `use_cases.comparison`, the same suppressed
figures as the page: a hidden figure stays empty and is marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.utils.translation import gettext as _

from werkregie.web.exports import Share


def header() -> list[str]:
    return [_("Indicator"), _("Eenheid"), _("Soort cijfer"), _("Rol in de vergelijking"), _("Gebied"), _("Waarde"),
            _("per 100 inwoners van 20–69 jaar"), _("Verborgen")]


def rows(data: dict, value_cell: Callable[[dict, object], object]) -> list[list]:
    """One row per area per KPI: the municipality, each comparable municipality, their median and Flanders."""
    own_role, peer_role, median_role, region_role = _("deze gemeente"), _("vergelijkbare gemeente"), _("mediaan"), _("Vlaams Gewest")
    out = []
    for row in data["kpis"]:
        kpi = row["kpi"]
        areas = [(own_role, row["own"]), *((peer_role, p) for p in row["peers"])]
        median = {"label": row["peer_median_label"], "value": row["peer_median"], "hidden": False,
                  "per_100": row.get("peer_median_per_100")}
        areas += [(median_role, median), (region_role, row["flanders"])]
        for role, area in areas:
            out.append([kpi["name"], kpi["unit"], kpi["statistic"], role, area["label"], value_cell(kpi, area["value"]),
                        area.get("per_100"), _("ja") if area.get("hidden") else _("nee")])
    return out


def meta(data: dict) -> list[list]:
    return [[_("Gemeente"), data["municipality"]["name"]], [_("NIS-code"), data["municipality"]["code"]],
            [_("Peildatum"), dt.date.fromisoformat(data["on"])], [_("Vergelijkbare gemeenten"), ", ".join(p["name"] for p in data["peers"])],
            [_("Methode"), data["method"]]]


def xlsx_value(kpi: dict, value: object) -> object:
    return Share(value) if kpi["kind"] == "rate" else value


def csv_value(kpi: dict, value: object) -> object:
    """A share in percent ("45,20", as the page's "45,2 %"), other figures as they are (exports.cell writes them)."""
    if value is None or kpi["kind"] != "rate":
        return value
    return f"{100 * float(value):.2f}".replace(".", ",")
