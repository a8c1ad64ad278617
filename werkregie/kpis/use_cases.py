"""What the KPI pages, API and exports ask: the catalogue, a drill-down (children of a unit, or the groups of one),
a municipality beside its comparison group and the region, and the management view (timeliness). All from
figures.breakdown (aggregates, suppressed); the caller's role is checked in perms first."""

from __future__ import annotations

import datetime as dt
from statistics import median

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkregie.accounts.principal import Principal
from werkregie.core import clock, dates
from werkregie.core.errors import FieldError, InvalidInput, NotFound
from werkregie.formats.numbers import format_number, format_percent

from . import catalogue, comparable, figures, geography, official, perms
from .engine import DIMENSIONS

DIMENSION_LABELS = {"sex": gettext_lazy("Geslacht"), "age": gettext_lazy("Leeftijd"), "education": gettext_lazy("Onderwijsniveau"), "limitation": gettext_lazy("Arbeidsbeperking"), "origin": gettext_lazy("Nationaliteit")}
VALUE_LABELS = {
    "sex": {"M": gettext_lazy("Man"), "F": gettext_lazy("Vrouw"), "X": gettext_lazy("Onbekend / anders")},
    "age": {"-24": gettext_lazy("tot 24 jaar"), "25-34": gettext_lazy("25–34 jaar"), "35-44": gettext_lazy("35–44 jaar"), "45-54": gettext_lazy("45–54 jaar"), "55-64": gettext_lazy("55–64 jaar"), "65+": gettext_lazy("65 jaar en ouder")},
    "education": {"low": gettext_lazy("Laag (ISCED 0–2)"), "mid": gettext_lazy("Midden (ISCED 3–4)"), "high": gettext_lazy("Hoog (ISCED 5–8)"), "unknown": gettext_lazy("Onbekend")},
    "limitation": {"yes": gettext_lazy("Met erkende arbeidsbeperking"), "no": gettext_lazy("Zonder"), "unknown": gettext_lazy("Onbekend")},
    "origin": {"BE": gettext_lazy("Belg"), "EU": gettext_lazy("Andere EU-nationaliteit"), "non_EU": gettext_lazy("Nationaliteit buiten de EU"), "unknown": gettext_lazy("Onbekend")},
}
FLANDERS = ("region", "02000")
HIDDEN = gettext_lazy("verborgen")
TIMELINESS = figures.TREND_KPIS  # the management page: timeliness and outflow to work


def number(value: float | None, kpi: catalogue.Kpi, hidden: bool | None = None, language: str | None = None) -> str:
    """Belgian format (1.234,5), a share as a percentage; a hidden figure as "verborgen" — never "<10": a cell hidden
    to protect another (complementary suppression) may be large, and telling which cells are small would undo it; a
    share of an empty cohort as "—". With `language`, the number as that language writes it (the transparency
    report: "1,234.5" and "45.2%" in English, formats/numbers.py)."""
    if value is None:
        if hidden or (hidden is None and kpi.kind not in ("rate", "median")):
            return str(HIDDEN)
        # a median of nothing: said in words, not a bare "—" that reads like a hidden figure (walk of stop 41)
        return _("geen ingevulde vacatures") if kpi.kind == "median" else "—"
    if language:
        return format_percent(value, 1, language=language) if kpi.kind == "rate" else format_number(value, 1 if kpi.amount else 0, language=language)
    if kpi.kind == "rate":
        return f"{100 * value:.1f}".replace(".", ",") + " %"
    text = f"{value:,.1f}" if kpi.amount else f"{value:,.0f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def peer_median_label(published: int, peers: int) -> str:
    return _("Mediaan vergelijkbare gemeenten (%(n)s van %(m)s gepubliceerd)") % {"n": published, "m": peers}


def parse_kpi(code: str | None) -> catalogue.Kpi:
    kpi = catalogue.get(code or "")
    if kpi is None and code in {k.code for k in catalogue.OFFICIAL}:
        # listed in the catalogue, but published by Statbel for a few areas: no drill-down (attack of stop 30)
        raise InvalidInput(_("Een officiële statistiek heeft geen uitsplitsing: zie de officiële cijfers."),
                           [FieldError("kpi", _("officiële statistiek: GET /api/v1/kpis/official of de kerncijfers-pagina"))])
    if kpi is None:
        raise InvalidInput(_("Onbekende indicator."), [FieldError("kpi", _("kies een indicator uit de catalogus"))])
    return kpi


def parse_on(value: str | dt.date | None) -> dt.date:
    """The reference day (today when empty): a real date from 01/01/2000 to today (core.dates): no figures of days
    that have not come yet (walk of stop 41: a future day showed a trend as if known)."""
    if value is None or value == "":
        return clock.today()
    return dates.parse_day_in_range(value, "on", years_ahead=0)


def parse_unit(level: str | None, code: str | None) -> tuple[str, str]:
    level = level or "region"
    unit = ("region", "02000") if level == "region" and not code else (level, code or "")
    if level == "all":
        return ("all", "BE")
    if unit not in geography.unit_names():
        raise NotFound(_("Onbekende plaats."), [FieldError("code", _("onbekende code voor dit niveau"))])
    if not geography.covered(unit):
        raise InvalidInput(outside_detail(), [FieldError("code", _("buiten het werkgebied van VDAB (het Vlaams Gewest)"))])
    return unit


def outside_detail() -> str:
    """Why a place outside Flanders has no figures (translated when asked)."""
    return _("Brussel en Wallonië zijn het werkgebied van Actiris en Forem: het register van dit platform heeft er geen cijfers voor.")


def parse_dimension(value: str | None) -> str | None:
    if not value:
        return None
    if value not in DIMENSIONS:
        raise InvalidInput(_("Onbekende groep."), [FieldError("dimension", _("kies geslacht, leeftijd, onderwijsniveau, arbeidsbeperking of nationaliteit"))])
    return value


def _row(table: figures.Breakdown, unit: tuple[str, str], label: str, dim: str = "total", val: str = "") -> dict:
    fig = table.get(unit, dim, val)
    row = {"unit": {"level": unit[0], "code": unit[1]}, "label": label, "value": fig.value, "count": fig.count, "hidden": fig.hidden,
           "text": number(fig.value, table.kpi, fig.hidden)}
    if table.kpi.per_inhabitants and dim == "total":
        rate = figures.per_inhabitants(fig, unit)
        row["per_100"] = None if rate is None else round(rate, 4)  # 4 decimals for exports and the API (walk of stop 43: 0,03 everywhere); the text keeps 2
        row["per_100_text"] = "—" if rate is None else f"{rate:.2f}".replace(".", ",")
    return row


def titled(unit: tuple[str, str], name: str) -> str:
    """The name with its level where places of several levels share it ("Arrondissement Aalst", "Gemeente Aalst"; a
    province's name is its own: the arrondissement of Antwerpen says it is one)."""
    if unit[0] in ("arrondissement", "municipality"):
        return f"{geography.LEVEL_LABELS[unit[0]]} {name}"
    return name


def _outside(unit: tuple[str, str], label: str) -> dict:
    """A row for a unit outside VDAB's territory: no figure (not 0), and said why."""
    return {"unit": {"level": unit[0], "code": unit[1]}, "label": label, "value": None, "count": None, "hidden": False, "outside": True,
            "text": _("buiten het werkgebied van VDAB")}


def _header(table: figures.Breakdown) -> dict:
    return {"kpi": catalogue.describe(table.kpi), "on": table.on.isoformat(), "suppressed_below": table.below,
            "window": None if table.window is None else {"from": table.window[0].isoformat(), "to": table.window[1].isoformat()}}


@figures.one_state
def drilldown(principal: Principal, code: str | None, on: str | dt.date | None = None, level: str | None = None, unit_code: str | None = None,
              dimension: str | None = None) -> dict:
    """A unit and its children (or, with a dimension, the unit per group value)."""
    perms.require_aggregates(principal)
    kpi, day, unit, dim = parse_kpi(code), parse_on(on), parse_unit(level, unit_code), parse_dimension(dimension)
    if dim and not kpi.groups:
        raise InvalidInput(_("Deze indicator heeft geen groepen."), [FieldError("dimension", _("een vacature heeft geen geslacht, leeftijd of afkomst"))])
    table = figures.breakdown(kpi.code, day)
    names = geography.display_names()
    if dim:
        rows = [_row(table, unit, str(VALUE_LABELS[dim][v]), dim, v) for v in DIMENSIONS[dim]]
    else:
        rows = [_row(table, child, names[child]) if geography.covered(child) else _outside(child, names[child]) for child in geography.children(unit)]
    up = geography.parent(unit)
    return {**_header(table), "unit": {"level": unit[0], "code": unit[1], "name": names[unit], "title": titled(unit, names[unit])},
            "total": _row(table, unit, names[unit]),
            "parent": None if up is None else {"level": up[0], "code": up[1], "name": names[up], "title": titled(up, names[up])},
            "child_level": None if dim else geography.CHILD.get(unit[0]), "dimension": dim, "rows": rows}


@figures.one_state
def comparison(principal: Principal, nis: str | None, on: str | dt.date | None = None, codes: tuple[str, ...] | None = None) -> dict:
    """One municipality's KPIs beside its ten comparable municipalities, their median and Flanders."""
    nis = perms.municipality_for(principal, nis)
    if not nis or nis not in geography.places():
        raise NotFound(_("Onbekende gemeente."), [FieldError("municipality", _("onbekende NIS-code"))])
    if not geography.covered(("municipality", nis)):
        raise InvalidInput(outside_detail(), [FieldError("municipality", _("buiten het werkgebied van VDAB (het Vlaams Gewest)"))])
    day = parse_on(on)
    names = geography.display_names()
    peers = comparable.group(nis, day)
    kpis = []
    for kpi in (catalogue.BY_CODE[c] for c in codes) if codes else catalogue.CATALOGUE:
        table = figures.breakdown(kpi.code, day)
        own = _row(table, ("municipality", nis), names[("municipality", nis)])
        peer_rows = [_row(table, ("municipality", p), names[("municipality", p)]) for p, _d in peers]
        known = [r["value"] for r in peer_rows if r["value"] is not None]
        # the median of the published figures only (a hidden one is unknown here too); with fewer than half of them
        # published it would describe the larger municipalities of the group, not the group: none then
        mid = median(known) if 2 * len(known) >= len(peer_rows) > 0 else None
        extra = {}
        if kpi.per_inhabitants:  # counts of places of every size compare only per inhabitant (walk of stop 41)
            rates = [r["per_100"] for r in peer_rows if r.get("per_100") is not None]
            rate_mid = median(rates) if 2 * len(rates) >= len(peer_rows) > 0 else None
            extra = {"peer_median_per_100": None if rate_mid is None else round(rate_mid, 4),
                     "peer_median_per_100_text": "—" if rate_mid is None else f"{rate_mid:.2f}".replace(".", ",")}
        kpis.append({**_header(table), **extra, "own": own, "peers": peer_rows, "peer_median": mid, "peer_median_text": "—" if mid is None else number(mid, kpi, False),
                     "peer_median_of": len(known), "peer_median_label": peer_median_label(len(known), len(peer_rows)),
                     "flanders": _row(table, FLANDERS, names[FLANDERS])})
    return {"municipality": {"code": nis, "name": names[("municipality", nis)]}, "on": day.isoformat(),
            "peers": [{"code": p, "name": names[("municipality", p)], "distance": round(d, 3)} for p, d in peers], "kpis": kpis,
            "method": str(comparable.METHOD)}


@figures.one_state
def management(principal: Principal, on: str | dt.date | None = None) -> dict:
    """Timeliness and outflow to work per province of Flanders, and the monthly trend for Flanders."""
    perms.require_management(principal)
    day = parse_on(on)
    names = geography.display_names()
    provinces = geography.children(FLANDERS)
    out = []
    for code in TIMELINESS:
        table = figures.breakdown(code, day)
        trend = [{"day": d.isoformat(), "value": f.value, "text": number(f.value, table.kpi, f.hidden)} for d, f in figures.trend(code, FLANDERS, day)]
        out.append({**_header(table), "flanders": _row(table, FLANDERS, names[FLANDERS]),
                    "provinces": [_row(table, p, names[p]) for p in provinces], "trend": trend})
    return {"on": day.isoformat(), "kpis": out}


def catalogue_rows() -> list[dict]:
    return [catalogue.describe(kpi) for kpi in (*catalogue.CATALOGUE, *catalogue.OFFICIAL)]


def official_figures(principal: Principal) -> dict:
    """The official employment rates beside the target (aggregates published by Statbel: the same roles as the KPIs)."""
    perms.require_aggregates(principal)
    return {"kpi": catalogue.describe(catalogue.OFFICIAL[0]), **official.summary()}
