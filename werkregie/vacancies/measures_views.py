"""The public page "Steunmaatregelen voor werkgevers" (issue 12, point 5): every employer measure encoded in the rules,
with its conditions, dated amounts and legal sources, generated from werkregie.rules.catalogue (no text of a rule is
written here). The wording of the rules themselves (labels, parameter descriptions) is the Dutch of the rules package;
the page around it is translated."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from werkregie.core import clock
from werkregie.formats.numbers import format_number, format_percent
from werkregie.formats.punctuation import join_semicolons
from werkregie.rules.catalogue import Condition, catalogue


def _groups() -> dict[str, str]:
    return {"target_group": _("Doelgroepverminderingen op de werkgeversbijdragen"), "hiring_incentive": _("Aanwervingspremies"),
            "disability": _("Werknemers met een arbeidshandicap: VOP en maatwerk"), "training": _("Opleiding")}


def _units() -> dict[str, str]:
    return {"year": _("jaar"), "month": _("maanden"), "quarter": _("kwartalen"), "hour": _("uur"), "week": _("weken")}


def _number(value: float) -> str:
    return format_number(value, 0 if float(value).is_integer() else 2)


def format_value(unit: str, value: object) -> str:
    """A parameter value in Belgian notation by its unit: € 1.000, 40 %, 30/06/2024, 58 jaar; a scale per threshold."""
    if value is None:
        return _("niet meer van toepassing")
    if isinstance(value, list):  # a scale: (threshold, amount or rate)
        return join_semicolons(_("vanaf %(threshold)s: %(amount)s") % {"threshold": _number(t), "amount": format_value(unit, a)} for t, a in value)
    if isinstance(value, bool):
        return _("ja") if value else _("nee")
    if unit == "currency-EUR":
        return f"€\u00a0{_number(value)}"
    if unit == "/1":
        return format_percent(value, 0 if round(float(value) * 100, 6).is_integer() else 2)  # 0.55 → "55 %", not "55,00 %"
    if unit == "date":
        text = str(int(value))
        return f"{text[6:8]}/{text[4:6]}/{text[:4]}"
    if unit in _units():
        return f"{_number(value)} {_units()[unit]}"
    return _number(value) if isinstance(value, (int, float)) else str(value)


def _condition_rows(conditions: list[Condition], today: dt.date) -> list[dict]:
    from .measure_sentences import parameter_sentence  # it writes its values with format_value above

    return [{"path": c.path, "description": c.description, "sources": c.sources, "sentence": parameter_sentence(c, today),
             "values": [{"since": v.since, "text": format_value(c.unit, v.value)} for v in c.values]} for c in conditions]


def support_measures(request: HttpRequest) -> HttpResponse:
    """Public: no login. Measures grouped, those in force today first within each group."""
    from .hiring import measure_title  # hiring reads measure_sentences, which reads this module
    today: dt.date = clock.today()
    groups = _groups()
    sections: dict[str, list[dict]] = {key: [] for key in groups}
    for m in catalogue():
        name, rules_label = measure_title(m.key, m.name)  # the name only (no unit note), in the reader's language where it has one
        sections.setdefault(m.group, []).append({"m": m, "name": name, "name_lang": "nl" if rules_label else "", "in_force": m.in_force(today),
                                                 "conditions": _condition_rows(m.conditions, today)})
    for rows in sections.values():
        rows.sort(key=lambda r: not r["in_force"])
    return render(request, "vacancies/measures.html", {"today": today, "sections": [
        {"key": key, "title": groups.get(key, key), "rows": rows} for key, rows in sections.items() if rows]})
