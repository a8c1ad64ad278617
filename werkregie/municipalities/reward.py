"""Result-based reward: a dated parameter set (parameters/, werkregie.core.dated) turns the engagements of a
cooperation agreement and the results reached (from the KPIs, at the end of the year or today) into a reward per
agreement per year, explained line by line. The analyst's what-if replaces any parameter for one computation.

Formula (parameters on 1 January of the year):
- an engagement reached in full earns `amount_per_engagement`;
- one that reaches `partial_threshold` of its target (for an "at most" target: stays under target / threshold) earns
  `partial_share` × `amount_per_engagement`;
- a figure that cannot be computed (too small counts) earns nothing and says so;
- the sum is capped at `maximum_per_year`.

The formula's principle (municipalities that book results are rewarded) is in the Flemish coalition agreement
(../shared/seed/); no source gives the amounts, thresholds or cap: every value in parameters/ is marked
`illustrative: true`, an assumption for illustration and not policy, and the page and the API say so beside the figure.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from werkregie.core import clock, dated, dates
from werkregie.core.errors import FieldError, InvalidInput
from werkregie.formats.numbers import AmountError, format_number, format_percent, parse_amount

from .models import CooperationAgreement, Direction
from .use_cases import progress

PARAMETERS = Path(__file__).resolve().parent / "parameters"
KEYS = ("amount_per_engagement", "partial_share", "partial_threshold", "maximum_per_year")
# the parameters' descriptions as parameters/*.yaml gives them, named here for the translation catalogues: the page
# shows each in the reader's language (walk of stop 41); the cited source is a quotation and stays as written
DESCRIPTIONS = (
    gettext_noop("Beloning per gehaald engagement van een samenwerkingsovereenkomst, per jaar"),
    gettext_noop("Hoogste beloning per overeenkomst per jaar"),
    gettext_noop("Deel van het bedrag voor een engagement dat minstens de drempel van de streefwaarde haalt maar niet de streefwaarde zelf"),
    gettext_noop("Drempel (deel van de streefwaarde) vanaf waar een engagement gedeeltelijk beloond wordt"),
)
# what a what-if may set: amounts in euro, shares between 0 and 1
LIMITS = {"amount_per_engagement": 10_000_000, "partial_share": 1, "partial_threshold": 1, "maximum_per_year": 100_000_000}
SHARES = ("partial_share", "partial_threshold")


def what_if(raw: Mapping[str, object], shares_in_percent: bool = False) -> dict[str, float]:
    """The what-if's parameters from a page or an API call (typed the Belgian way: 20.000 or 0,75), the empty ones
    left out; InvalidInput naming every wrong one (not a number, NaN or infinite, below 0 or above its limit).
    `shares_in_percent`: the page's shares are percentages as it shows them (50 or 37,5 for 50 % and 37,5 %; walk of
    stop 43), the API's stay between 0 and 1; the result is always between 0 and 1."""
    errors, out = [], {}
    for key in KEYS:
        value = raw.get(key)
        if value is None or value == "":
            continue
        percent = shares_in_percent and key in SHARES
        scale = 100 if percent else 1
        # said after the field's label: in lower case, and for a share not "an amount"
        expected = (_("een percentage van 0 tot 100, bv. 50 of 37,5") if percent else _("een getal van 0 tot 1, bv. 0,5") if key in SHARES else
                    _("een bedrag in euro, bv. 10.000 of 2.500,50"))
        try:
            number = parse_amount(value)
        except AmountError:
            errors.append(FieldError(key, expected))
            continue
        if number is None:
            continue
        if number < 0:
            errors.append(FieldError(key, _("0 of meer")))
        elif number > LIMITS[key] * scale and key in SHARES:
            errors.append(FieldError(key, expected))
        elif number > LIMITS[key] * scale:
            errors.append(FieldError(key, _("hoogstens %(maximum)s") % {"maximum": format_number(LIMITS[key] * scale)}))
        else:
            out[key] = float(number) / scale
    negative = [e for e in errors if e.message == _("0 of meer")]
    if errors:
        raise InvalidInput(_("Een parameter is negatief.") if len(negative) == len(errors) else
                           _("De simulatie is niet berekend: controleer de gemarkeerde velden."), errors)
    return out


@dataclass
class Line:
    kpi: str
    kpi_name: str
    text: str
    target: str
    outcome: str  # "full", "partial", "none", "unknown"
    amount: float
    explanation: str


def covered_years() -> tuple[int, int]:
    """The years every reward parameter has a value for: from the latest first value to one year after today."""
    first = max(min(dt.date.fromisoformat(v.instant_str) for v in dated.parameter(PARAMETERS, f"reward_{key}").values_list) for key in KEYS)
    return first.year, dates.limits()[1].year


def parameters(year: int, overrides: dict[str, float] | None = None) -> dict[str, float]:
    dates.check_year(year, "year", *covered_years())
    on = dt.date(year, 1, 1)
    values = {key: float(dated.value(PARAMETERS, f"reward_{key}", on).value) for key in KEYS}
    values.update({k: float(v) for k, v in (overrides or {}).items() if k in KEYS and v is not None})
    return values


def sources(year: int) -> list[dict]:
    """Per parameter: its description, value, source and whether it is an assumption for illustration (not policy)."""
    on = dt.date(year, 1, 1)
    out = []
    for key in KEYS:
        found = dated.value(PARAMETERS, f"reward_{key}", on)
        meta = dated.parameter(PARAMETERS, f"reward_{key}").metadata or {}
        out.append({"key": key, "description": _(found.description), "value": float(found.value), "shown": shown(key, float(found.value)),
                    "reference": [r.get("title", "") for r in found.reference or []], "illustrative": bool(meta.get("illustrative")),
                    "uncertainty": found.uncertainty})
    for before, item in zip(out, out[1:]):  # one long quote once, not under every parameter (walk of stop 43)
        item["same_source"] = item["reference"] == before["reference"]
    return out


def since(key: str, year: int) -> dt.date:
    """The day from which the value of `key` used for `year` applies (its dated value on 1 January)."""
    on = dt.date(year, 1, 1)
    return max(day for day in (dt.date.fromisoformat(v.instant_str) for v in dated.parameter(PARAMETERS, f"reward_{key}").values_list) if day <= on)


def in_words(params: dict[str, float], year: int) -> dict:
    """The formula as a municipality reads it: what is paid for what, with the amounts, shares and dates written the
    Belgian way (walk of stop 43: the page showed no rule, only the lines); `formula`: the same as a formula, for analysts."""
    amount, share, threshold, maximum = (params[key] for key in KEYS)

    def euro(value: float) -> str:
        return shown("amount_per_engagement", value)  # € 1.234,56

    rules = [
        _("Een engagement dat zijn streefwaarde haalt, levert %(amount)s op.") % {"amount": euro(amount)},
        _("Een engagement dat de streefwaarde niet haalt maar wel de drempel van %(threshold)s van de streefwaarde (bij een "
          "bovengrens: %(over)s), levert %(share)s van dat bedrag op: %(part)s.")
        % {"threshold": percent(threshold), "over": partial_reason(threshold, False), "share": percent(share),
           "part": euro(share * amount)},
        _("Een engagement onder de drempel, of waarvan het cijfer te klein is om te tonen, levert niets op."),
        _("Samen nooit meer dan %(maximum)s per overeenkomst per jaar.") % {"maximum": euro(maximum)},
    ]
    formula = [
        _("beloning = min(maximum_per_year, Σ bedrag per engagement)"),
        _("bedrag = amount_per_engagement als de streefwaarde gehaald is"),
        _("bedrag = partial_share × amount_per_engagement als resultaat ≥ partial_threshold × streefwaarde "
          "(bij een bovengrens: resultaat × partial_threshold ≤ streefwaarde)"),
        _("bedrag = 0 in alle andere gevallen, ook als het cijfer verborgen is"),
        "; ".join(f"{key} = {format_number(params[key], 2)}" for key in KEYS),
    ]
    first = max(since(key, year) for key in KEYS)
    references = list(dict.fromkeys(r for source in sources(year) for r in source["reference"]))  # the same source for all
    return {"rules": rules, "since": first.strftime("%d/%m/%Y"), "references": references, "formula": formula}


def partial_reason(threshold: float, at_least: bool) -> str:
    """Why an engagement earns the partial share: "at least" targets reach a share of the target; "at most" targets stay
    within the target divided by that share (walk of stop 41: "80 % of the target reached" under "at most 20, 24 reached")."""
    if at_least:
        return _("drempel van %(pct)s %% van de streefwaarde gehaald") % {"pct": _percent_figure(100 * threshold)}
    if threshold <= 0:
        return _("zonder drempel: elk resultaat telt gedeeltelijk")
    return _("hoogstens %(pct)s %% boven de streefwaarde") % {"pct": _percent_figure(100 * (1 / threshold - 1))}


def _percent_figure(value: float) -> str:
    """90 → "90", 11,11… → "11,1" (walk of stop 43: "hoogstens 11 % boven" for a limit of 11,1 %)."""
    return format_number(value, 0 if abs(value - round(value)) < 1e-9 else 1)


def percent(share: float) -> str:
    """A share as a percentage with the decimals it has (0,5 → "50 %", 0,375 → "37,5 %"; not rounded to "38 %")."""
    return format_percent(share, next((d for d in (0, 1, 2) if abs(round(100 * share, d) - 100 * share) < 1e-9), 2))


def shown(key: str, value: float) -> str:
    """A parameter as people read it: an amount in euro, a share as a percentage."""
    return f"€ {format_number(value, 2)}" if LIMITS[key] > 1 else percent(value)


def reward(item: CooperationAgreement, year: int, overrides: dict[str, float] | None = None) -> dict:
    params = parameters(year, overrides)  # (a year without reward parameters is refused first, naming the years that have them)
    if not item.start.year <= year <= item.end.year:  # (attack of stop 43: 2026 of an agreement of 2027 "began 01/01/2027, ended 31/12/2026")
        raise InvalidInput(_("Dit jaar valt buiten de looptijd van de overeenkomst."),
                           [FieldError("year", _("een jaar van %(first)s tot %(last)s") % {"first": item.start.year, "last": item.end.year})])
    end_of_year = dt.date(year, 12, 31)
    today = clock.today()
    on = min(end_of_year, today, item.end)
    begins, ends = max(dt.date(year, 1, 1), item.start), min(end_of_year, item.end)
    # a year of the agreement not begun earns nothing yet; one still running is counted on today's figures, provisionally
    # (walk of stop 43: € 20.000,00 "for 2027" on the figures of 03/12/2026, not said to be anything but final)
    status = "not_started" if begins > today else ("provisional" if today < ends else "final")
    lines = []
    for p in progress(item, on) if status != "not_started" else ():
        target = float(p.engagement.target) / 100 if p.kpi.kind == "rate" else float(p.engagement.target)
        at_least = p.engagement.direction == Direction.AT_LEAST
        if p.value is None:
            outcome, amount, why = "unknown", 0.0, _("niet te berekenen: te kleine aantallen")
        elif p.reached:
            outcome, amount, why = "full", params["amount_per_engagement"], _("streefwaarde gehaald")
        elif (p.value >= params["partial_threshold"] * target) if at_least else (p.value * params["partial_threshold"] <= target):
            outcome, amount = "partial", params["partial_share"] * params["amount_per_engagement"]
            why = partial_reason(params["partial_threshold"], at_least)
        else:
            outcome, amount, why = "none", 0.0, _("streefwaarde niet gehaald")
        lines.append(Line(p.kpi.code, str(p.kpi.name), p.text, p.target_text, outcome, round(amount, 2), why))
    total = sum(line.amount for line in lines)
    capped = min(total, params["maximum_per_year"])
    illustrative = any(source["illustrative"] for source in sources(year))
    described = [{**source, "used": shown(source["key"], params[source["key"]])} for source in sources(year)]
    return {"agreement": item.pk, "year": year, "on": on.isoformat(), "status": status, "begins": begins.strftime("%d/%m/%Y"),
            "ends": ends.strftime("%d/%m/%Y"), "on_text": on.strftime("%d/%m/%Y"), "parameters": params, "sources": described, "illustrative": illustrative,
            "in_words": in_words(params, year),
            "lines": [line.__dict__ for line in lines],
            "sum": round(total, 2), "reward": round(capped, 2), "capped": capped < total, "what_if": bool(overrides)}
