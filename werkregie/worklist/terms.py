"""The legal terms of werkregie/workflows/parameters as a list (for the command line and the worklist page)."""

from __future__ import annotations

import datetime as dt

from werkregie.workflows import deadlines


def catalogue(on: dt.date) -> list[dict]:
    rows = []
    for parameter in deadlines.dated.catalogue(deadlines.PARAMETERS):
        meta = parameter.metadata or {}
        value = parameter(on.isoformat())
        rows.append({"key": parameter.name.removeprefix("root."), "value": value, "unit": meta.get("unit"), "on": on,
                     "description": parameter.description, "reference": meta.get("reference"), "uncertainty": meta.get("uncertainty", "")})
    return sorted(rows, key=lambda r: r["key"])
