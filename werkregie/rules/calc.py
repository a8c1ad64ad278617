"""Computing rules for one person or a whole population, with input checks that name the field at fault.

No Django here: the command line, the API and batch jobs all call these functions.

Safety rules (issue 15):
- a period can be written 2024, 2024-03, 2024-Q1 (a quarter), 2024-2025 (a school year), or in OpenFisca's own form;
- an input a requested rule needs but that was not given is an error naming it, unless the input has a documented
  default (`DEFAULTS`, shown by `werkregie rules list`) that a real case may rely on: never a silent zero;
- a rule asked outside the period in which it is in force gives 0 with `in_force: false` and its dates;
- an input can carry its own period: `brutoloon@month=2000` is a monthly wage for every month of the period asked,
  `@quarter` a quarter's amount, `@year` a year's amount; without a suffix the value is for the whole period asked.
"""

from __future__ import annotations

import csv
import datetime
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Mapping

import numpy as np
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.periods import DateUnit
from openfisca_core.periods import period as make_period
from openfisca_core.simulations import SimulationBuilder

from werkregie.core import csvsafe

from . import system

# Inputs with a legal range: (minimum, maximum); None means unbounded.
RANGES: dict[str, tuple[float | None, float | None]] = {
    "brutoloon": (0, None), "referteloon": (0, None), "prestatiebreuk": (0, 1), "vov_uurloon": (0, None), "vov_opleidingsuren": (0, None),
    "begeleidingsnood": (0, 3), "imw_startpakket": (0, 4), "maatwerk_collectief_loonpremie_percentage": (0, 0.75),
    "vop_verhoogd_percentage": (0, 0.6), "isced_niveau": (0, 8), "werkloosheidsduur_bij_aanwerving": (0, None),
    "opleidingscheques_gevraagd": (0, None), "vov_studiepunten": (0, None), "vov_examens": (0, None), "vov_competenties": (0, None),
    "maatwerk_collectief_startpakket": (0, 2), "ibo_duur_weken": (0, 104),
}
BATCH_CHUNK = 250_000

# Inputs whose default a real case may rely on, with the default said in words. Every other input a requested rule
# needs must be given: leaving it out is an error that names it (no silent zero).
DEFAULTS: dict[str, str] = {
    "vestiging_in_vlaanderen": "ja: de werknemer hangt af van een vestigingseenheid in het Vlaams Gewest",
    "werkgever_categorie_1": "ja: de werkgever valt onder categorie 1 (de private profitsector, het gewone geval)",
    "contract_onbepaalde_duur": "ja: een contract van onbepaalde duur",
    "uitzend_flexi_of_gelegenheidsarbeid": "nee: geen uitzendarbeid, flexi-job of gelegenheidsarbeid",
    "uitzendkracht": "nee: geen uitzendkracht",
    "voltijds_leerplichtig": "nee: niet meer voltijds leerplichtig (vanaf 18 jaar altijd juist)",
    "vop_bepaalde_duur": "nee: een VOP van onbepaalde duur (5 jaar)",
    "vop_verhoogd_percentage": "0: een gewone VOP zonder verhoogd percentage",
    "werknemer": "ja: werknemer of uitzendkracht",
    "persoonlijk_ontwikkelingsplan": "nee: geen persoonlijk ontwikkelingsplan",
    "vov_werkgeversinitiatief": "nee: een opleiding op initiatief van de werknemer",
    "leerling_alternerend_leren": "nee: geen leerling in alternerend leren",
    "vov_graduaat": "nee: geen graduaatsopleiding",
}
# Inputs of which at least one must be given (each of the others is then 0): the parts of a course's hours.
ONE_OF: tuple[tuple[str, ...], ...] = (
    ("vov_opleidingsuren", "vov_studiepunten", "vov_examens", "vov_competenties"),
    ("maatwerk_collectief_loonpremie_percentage", "maatwerk_collectief_startpakket"),
)

# Monthly variables that are a value of the quarter (a rate or a reference wage), not an amount: asked for a quarter
# they give the quarter's value; they cannot be summed over a longer period.
QUARTER_VALUES = {"jobbonus_refertemaandloon", "ibo_duur_toegelaten", "ibo_minimale_tewerkstelling_weken"}  # IBO: facts of the month, not amounts

PERIOD_FORMS = (
    "2024 (a calendar year), 2024-03 (a month), 2024-Q1 (a quarter), 2024-2025 (a school year, 1 September to 31 August), "
    "month:2024-01:3 (3 months from January 2024), year:2024-09 (12 months from September 2024)"
)
UNITS = {"month": "month", "maand": "month", "quarter": "quarter", "kwartaal": "quarter", "year": "year", "jaar": "year"}


class RuleInputError(ValueError):
    """Bad input: the message names the field (and the row, for a file); `fields` lists every field at fault. `code`
    and `params` (e.g. row, column, value) let a page say the same in the reader's language (rules/messages.py)."""

    def __init__(self, message: str, fields: list[str] | None = None, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.fields = fields or [message.split(":", 1)[0]]
        self.code = code
        self.params = params


@dataclass(frozen=True)
class VariableInfo:
    name: str
    description: str
    entity: str
    period: str
    unit: str
    value_type: str
    reference: list[str]
    is_input: bool
    input_period: str  # what a value given without a period suffix covers, in words
    default: str | None  # the documented default an input may rely on; None: the input must be given (or it is computed)
    in_force_from: str | None
    in_force_until: str | None

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def _spread(variable) -> str:  # noqa: ANN001 - an OpenFisca Variable
    if variable.definition_period == DateUnit.ETERNITY:
        return "a lasting fact: one value for all periods"
    if variable.definition_period == DateUnit.YEAR:
        return "per year (for training leave a school year: year:2024-09 or 2024-2025)"
    if variable.name in QUARTER_VALUES:
        return "a value of the quarter, the same in each of its months; ask a month or a quarter"
    if variable.formulas:
        return "per month; asked for a quarter or a year, the months are added up"
    setter = getattr(variable.set_input, "__name__", "")
    if setter == "set_input_divide_by_period":
        return ("an amount per month; a value given for a longer period is divided equally over its months "
                "(give NAME@month=, NAME@quarter= or NAME@year= to say which)")
    if setter == "set_input_dispatch_by_period":
        return "a value of the month; a value given for a longer period holds for each of its months"
    return "per month"


def _in_force_dates(variable) -> tuple[str | None, str | None]:  # noqa: ANN001
    starts = [key for key in variable.formulas if key != "0001-01-01"]
    start = min(starts) if starts and len(starts) == len(variable.formulas) else None
    return start, variable.end.isoformat() if variable.end else None


def _default_text(name: str) -> str | None:
    if name in DEFAULTS:
        return DEFAULTS[name]
    for group in ONE_OF:
        if name in group:
            return f"0, if at least one of {', '.join(n for n in group if n != name)} is given (one of them is required)"
    return None


def variables() -> list[VariableInfo]:
    result = []
    for name, variable in sorted(system().variables.items()):
        reference = variable.reference if isinstance(variable.reference, list) else [variable.reference] if variable.reference else []
        start, end = _in_force_dates(variable) if variable.formulas else (None, None)
        is_input = not variable.formulas
        result.append(VariableInfo(
            name=name, description=variable.label or "", entity=variable.entity.key, period=str(variable.definition_period),
            unit=getattr(variable, "unit", "") or "", value_type=variable.value_type.__name__, reference=reference,
            is_input=is_input, input_period=_spread(variable), default=_default_text(name) if is_input else None,
            in_force_from=start, in_force_until=end,
        ))
    return result


def _variable(name: str, tbs=None):  # noqa: ANN001, ANN202 - an OpenFisca Variable
    variable = (tbs or system()).variables.get(name)
    if variable is None:
        raise RuleInputError(f"{name}: unknown variable (see `werkregie rules list`)")
    return variable


def parse_period(text: object):  # noqa: ANN201 - an OpenFisca Period
    """The period in any accepted form; the error lists every form."""
    raw = str(text).strip()
    quarter = re.fullmatch(r"(\d{4})-?[Qq]([1-4])", raw)
    if quarter:
        return make_period(f"month:{quarter[1]}-{3 * int(quarter[2]) - 2:02d}:3")
    school = re.fullmatch(r"(\d{4})-(\d{4})", raw)
    if school:
        if int(school[2]) != int(school[1]) + 1:
            raise RuleInputError(f"period: '{raw}' is not a school year (two consecutive years, e.g. 2024-2025); accepted: {PERIOD_FORMS}")
        return make_period(f"year:{school[1]}-09")
    try:
        result = make_period(raw)
    except (ValueError, TypeError, AttributeError):
        raise RuleInputError(f"period: '{raw}' is not a period; accepted: {PERIOD_FORMS}") from None
    if result.unit not in (DateUnit.MONTH, DateUnit.YEAR):
        raise RuleInputError(f"period: '{raw}' is not a month, quarter or year; accepted: {PERIOD_FORMS}")
    return result


_period = parse_period


def _number(name: str, raw: object, row: int | None = None) -> float | bool | datetime.date:
    variable = _variable(name)
    where, at = (f"row {row}, column ", {"row": row, "column": name}) if row else ("", {"column": name})
    if variable.value_type is datetime.date:
        try:
            return raw if isinstance(raw, datetime.date) else datetime.date.fromisoformat(str(raw).strip())
        except ValueError:
            raise RuleInputError(f"{where}{name}: '{raw}' is not a date (YYYY-MM-DD)", [name], "not_date", value=raw, **at) from None
    if variable.value_type is bool:
        if str(raw).strip().lower() in {"1", "true", "yes", "ja"}:
            return True
        if str(raw).strip().lower() in {"0", "false", "no", "nee", ""}:
            return False
        raise RuleInputError(f"{where}{name}: '{raw}' is not true or false", [name], "not_bool", value=raw, **at)
    try:
        value = float(str(raw).strip().replace(",", ".")) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError):
        raise RuleInputError(f"{where}{name}: '{raw}' is not a number", [name], "not_number", value=raw, **at) from None
    if not math.isfinite(value):
        raise RuleInputError(f"{where}{name}: '{raw}' is not a finite number", [name], "not_number", value=raw, **at)
    low, high = RANGES.get(name, (None, None))
    if low is not None and value < low:
        raise RuleInputError(f"{where}{name}: {value:g} is below the minimum {low:g}", [name], "below_minimum", value=value, limit=low, **at)
    if high is not None and value > high:
        raise RuleInputError(f"{where}{name}: {value:g} is above the maximum {high:g}", [name], "above_maximum", value=value, limit=high, **at)
    if variable.value_type is int and value != int(value):
        raise RuleInputError(f"{where}{name}: {value:g} is not a whole number", [name], "not_whole", value=value, **at)
    return value


def split_key(key: str) -> tuple[str, str | None]:
    """'brutoloon@month' -> ('brutoloon', 'month'); the unit may also be written maand, kwartaal or jaar."""
    name, sep, unit = str(key).partition("@")
    name = name.strip()
    if not sep:
        return name, None
    unit_name = UNITS.get(unit.strip().lower())
    if unit_name is None:
        raise RuleInputError(f"{name}: '@{unit.strip()}' is not a period of an input (use @month, @quarter or @year)", [name])
    return name, unit_name


def _calendar_units(period, unit: str) -> list:  # noqa: ANN001, ANN202 - OpenFisca periods
    """The quarters or years that hold the months of `period` (a year-unit period is cut in its own years)."""
    if unit == "year" and period.unit == DateUnit.YEAR:
        return list(period.get_subperiods(DateUnit.YEAR))
    result: list = []
    for month in period.get_subperiods(DateUnit.MONTH):
        if unit == "quarter":
            first = month.first_month.offset(-((month.start.month - 1) % 3), DateUnit.MONTH)
            candidate = make_period(f"month:{first.start.year}-{first.start.month:02d}:3")
        else:
            candidate = make_period(str(month.start.year))
        if candidate not in result:
            result.append(candidate)
    return result


def _input_periods(name: str, unit: str | None, period, tbs=None) -> list:  # noqa: ANN001
    """The periods an input value is set for: the whole period asked, or each month, quarter or year in it."""
    variable = _variable(name, tbs)
    if variable.formulas:
        raise RuleInputError(f"{name}: is computed, not an input", [name])
    if variable.definition_period == DateUnit.ETERNITY:
        if unit:
            raise RuleInputError(f"{name}: is a lasting fact; give it without @{unit}", [name])
        return [make_period("eternity")]
    if variable.definition_period == DateUnit.YEAR:
        if unit not in (None, "year"):
            raise RuleInputError(f"{name}: is given per year (the period asked), not per {unit}", [name])
        return [period]
    if unit is None:
        return [period]
    if unit == "month":
        return list(period.get_subperiods(DateUnit.MONTH))
    return _calendar_units(period, unit)


@dataclass
class InForce:
    in_force: bool
    start: str | None
    end: str | None

    def as_dict(self) -> dict:
        return {"in_force": self.in_force, "from": self.start, "until": self.end}


def in_force(name: str, period, tbs=None) -> InForce:  # noqa: ANN001
    """Whether the rule applies on at least one day of `period`, with the dates it applies."""
    variable = _variable(name, tbs)
    start, end = _in_force_dates(variable)
    if not variable.formulas:
        return InForce(True, None, None)
    applies = (start is None or start <= str(period.stop)) and (end is None or end >= str(period.start))
    return InForce(applies, start, end)


def _check_computable(names: Iterable[str], period, tbs=None) -> list[str]:  # noqa: ANN001
    names = [n.strip() for n in names if n.strip()]
    if not names:
        raise RuleInputError("compute: name at least one variable")
    for name in names:
        variable = _variable(name, tbs)
        if variable.definition_period == DateUnit.YEAR and period.unit != DateUnit.YEAR:
            raise RuleInputError(f"{name}: is computed per year; give a year as period")
        if name in QUARTER_VALUES and not (period.unit == DateUnit.MONTH and (period.size == 1 or (period.size == 3 and period.start.month % 3 == 1))):
            raise RuleInputError(f"{name}: is a value of a quarter; ask a month or a quarter (e.g. 2024-Q1)")
    return names


def computable(names: Iterable[str], period_text: str, reform: str | None = None) -> list[str]:
    """The names asked, checked as `batch` checks them before it reads anything (RuleInputError otherwise)."""
    return _check_computable(names, parse_period(period_text), _system(reform))


def _compute(simulation, names: list[str], period) -> dict[str, np.ndarray]:  # noqa: ANN001
    def one(name: str) -> np.ndarray:
        variable = simulation.tax_benefit_system.variables[name]
        if name in QUARTER_VALUES:
            return simulation.calculate(name, period.first_month)
        # a monthly variable asked for a quarter or a year is summed over its months
        monthly = variable.definition_period == DateUnit.MONTH and not (period.unit == DateUnit.MONTH and period.size == 1)
        return simulation.calculate_add(name, period) if monthly else simulation.calculate(name, period)

    try:
        return {name: one(name) for name in names}
    except ParameterNotFoundError as exc:
        raise RuleInputError(f"period: no value of parameter {exc.name} for {period}; the rule's known values end before it", None,
                             "no_parameter_value", parameter=exc.name) from None


def _known_months(simulation, name: str) -> set[str]:  # noqa: ANN001
    return {str(p) for p in simulation.persons.get_holder(name).get_known_periods() if p.unit == DateUnit.MONTH}


def _check_given(simulation, given: set[str], names: list[str], set_months: dict[str, set[str]] | None = None) -> None:  # noqa: ANN001
    """Every input the computation read must have been given, unless its default is documented; a monthly input
    given for some months must also cover every month the rules read (a quarter's rule reads the whole quarter, the
    hiring incentive the months before its payment)."""
    tbs = simulation.tax_benefit_system
    for name, months in sorted((set_months or {}).items()):
        read = _known_months(simulation, name) - months
        if read and name not in DEFAULTS:
            listed = sorted(read)
            shown = ", ".join(listed[:4]) + (f" … {listed[-1]}" if len(listed) > 4 else "")
            raise RuleInputError(
                f"{name}: needed for {shown} too, outside the months it was given for (no silent zero); ask a longer "
                f"period that holds them (a whole quarter or year), so that {name} is given for them too", [name])
    used = {name for name, variable in tbs.variables.items()
            if not variable.formulas and simulation.persons.get_holder(name).get_known_periods()}
    missing = sorted(name for name in used - given if name not in DEFAULTS and not any(name in group for group in ONE_OF))
    for group in ONE_OF:
        if used & set(group) and not given & set(group):
            missing.append(" or ".join(group))
    if missing:
        raise RuleInputError(f"{', '.join(missing)}: needed for {', '.join(names)} but not given (see `werkregie rules list`)", missing, "missing_inputs",
                             columns=missing)


def _system(reform: str | None):  # noqa: ANN202 - an OpenFisca TaxBenefitSystem
    from .reforms import REFORMS, reformed

    if reform is not None and reform not in REFORMS:
        raise RuleInputError(f"reform: unknown reform '{reform}' (known: {', '.join(sorted(REFORMS))})")
    return reformed(reform)


@dataclass
class Calculation:
    period: str
    results: dict[str, float | bool]
    in_force: dict[str, InForce]
    notes: list[str] = field(default_factory=list)


def _zero(variable, count: int) -> np.ndarray:  # noqa: ANN001
    return np.zeros(count, dtype=bool if variable.value_type is bool else float)


def _run(period, tbs, inputs: Mapping[str, np.ndarray], names: list[str], count: int) -> tuple[dict[str, np.ndarray], dict[str, InForce]]:
    """Set the inputs (keys NAME or NAME@unit), compute the rules in force, check every needed input was given."""
    status = {name: in_force(name, period, tbs) for name in names}
    active = [name for name in names if status[name].in_force]
    simulation = SimulationBuilder().build_default_simulation(tbs, count)
    given: set[str] = set()
    for key, values in inputs.items():
        name, unit = split_key(key)
        for input_period in _input_periods(name, unit, period, tbs):
            simulation.set_input(name, input_period, values)
        given.add(name)
    set_months = {name: _known_months(simulation, name) for name in given if tbs.variables[name].definition_period == DateUnit.MONTH}
    results = _compute(simulation, active, period) if active else {}
    if active:
        _check_given(simulation, given, active, set_months)
    out = {name: results[name] if name in results else _zero(tbs.variables[name], count) for name in names}
    return out, status


def _notes(inputs: Mapping[str, object], period) -> list[str]:
    """Warn where an amount given without a period suffix is spread over several months."""
    months = len(list(period.get_subperiods(DateUnit.MONTH)))
    notes = []
    for key in inputs:
        name, unit = split_key(key)
        variable = system().variables.get(name)
        if unit is None and months > 1 and variable is not None and getattr(variable.set_input, "__name__", "") == "set_input_divide_by_period":
            notes.append(f"{name}: taken as the total for {period} ({months} months); write {name}@month=... for a monthly amount")
    return notes


def evaluate(period_text: str, inputs: Mapping[str, object], compute: Iterable[str], reform: str | None = None) -> Calculation:
    """One person, with whether each rule is in force and notes on how the inputs were read."""
    period = parse_period(period_text)
    tbs = _system(reform)
    names = _check_computable(compute, period, tbs)
    values = {}
    for key, raw in inputs.items():
        name, _unit = split_key(key)
        values[key] = np.array([_number(name, raw)])
    results, status = _run(period, tbs, values, names, 1)
    rounded = {name: (bool(v[0]) if v.dtype == bool else round(float(v[0]), 2)) for name, v in results.items()}
    return Calculation(str(period), rounded, status, _notes(inputs, period))


def calculate(period_text: str, inputs: Mapping[str, object], compute: Iterable[str], reform: str | None = None) -> dict[str, float | bool]:
    """One person: inputs are values for the whole period (a year's wage is spread over its months) unless suffixed."""
    return evaluate(period_text, inputs, compute, reform).results


def calculate_population(period_text: str, columns: Mapping[str, np.ndarray], compute: Iterable[str], reform: str | None = None,
                         status: dict | None = None, system=None) -> dict[str, np.ndarray]:  # noqa: ANN001
    """A whole population at once (vectorised): one array per input (NAME or NAME@unit). A rule not in force gives
    zeros; pass a dict as `status` to learn which. `system`: a reformed tax-benefit system built by the caller (the
    policy simulation's parameter changes) instead of a named reform."""
    period = parse_period(period_text)
    tbs = system if system is not None else _system(reform)
    names = _check_computable(compute, period, tbs)
    sizes = {len(v) for v in columns.values()}
    if len(sizes) > 1:
        raise RuleInputError("inputs: all columns must have the same length")
    count = sizes.pop() if sizes else 0
    for key, values in columns.items():
        name, _unit = split_key(key)
        _variable(name, tbs)
        low, high = RANGES.get(name, (None, None))
        if low is not None and (values < low).any():
            row = int(np.argmax(values < low)) + 1
            raise RuleInputError(f"{name}: row {row} is below the minimum {low:g}", None, "below_minimum", row=row, column=name, limit=low)
        if high is not None and (values > high).any():
            row = int(np.argmax(values > high)) + 1
            raise RuleInputError(f"{name}: row {row} is above the maximum {high:g}", None, "above_maximum", row=row, column=name, limit=high)
    results, in_force_ = _run(period, tbs, columns, names, count)
    if status is not None:
        status.update(in_force_)
    return results


@dataclass
class Population:
    """A CSV read for a batch: every cell as read (written back unchanged), and the rule inputs parsed."""

    header: list[str]
    rows: list[list[str]]
    inputs: dict[str, np.ndarray]
    passed_through: list[str]


MAX_COLUMNS = 500  # the population file's columns: every rule input fits many times over; more is a mistake or an attack

def read_population(path: Path, compute: Iterable[str] = ()) -> Population:
    """A CSV with a header: columns named after an input (NAME or NAME@unit) are checked, every cell before anything
    is computed; other columns (an id, an INSZ, a name) pass through unchanged."""
    if not path.is_file():
        raise RuleInputError(f"{path}: file not found", ["input"])
    computed = set(compute)
    with open(path, newline="", encoding="utf-8-sig") as handle:
        first_line = handle.readline()
        handle.seek(0)
        reader = csv.reader(handle, delimiter=";" if first_line.count(";") > first_line.count(",") else ",")
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise RuleInputError(f"{path}: the file is empty", ["input"], "empty_file") from None
        if len(header) > MAX_COLUMNS:
            raise RuleInputError(f"line 1: {len(header)} columns; a population file has at most {MAX_COLUMNS} (the rules' inputs and a few of your own)",
                                  None, "too_many_columns", found=len(header), limit=MAX_COLUMNS)
        seen: set[str] = set()
        duplicates = sorted({h for h in header if h in seen or seen.add(h)})  # one pass: a long header must not cost its square
        if duplicates:
            raise RuleInputError(f"{duplicates[0]}: the column appears more than once", None, "duplicate_column", column=duplicates[0])
        input_columns: dict[int, str] = {}
        passed: list[str] = []
        for i, key in enumerate(header):
            name, _unit = split_key(key)
            variable = system().variables.get(name)
            if name in computed:
                raise RuleInputError(f"{key}: is computed by this batch; remove the column or do not compute it", None, "computed_column", column=key)
            if variable is not None and not variable.formulas:
                input_columns[i] = key
            else:
                passed.append(key)
        rows: list[list[str]] = []
        parsed: dict[int, list] = {i: [] for i in input_columns}
        for row_number, row in enumerate(reader, start=2):
            if not row:
                continue
            if len(row) != len(header):
                raise RuleInputError(f"row {row_number}: {len(row)} fields, the header has {len(header)}", [f"row {row_number}"], "field_count",
                                     row=row_number, found=len(row), expected=len(header))
            rows.append(row)
            for i, key in input_columns.items():
                parsed[i].append(_number(split_key(key)[0], row[i], row_number))
    types = {bool: bool, datetime.date: "datetime64[D]"}
    inputs = {key: np.array(parsed[i], dtype=types.get(_variable(split_key(key)[0]).value_type, float)) for i, key in input_columns.items()}
    return Population(header, rows, inputs, passed)


def _result_cell(value: object) -> str:
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    return f"{float(value):.2f}"


@dataclass
class BatchReport:
    persons: int
    passed_through: list[str]
    not_in_force: dict[str, dict]


def batch(period_text: str, source: Path, compute: Iterable[str], target: Path, progress: Callable[[int], None] | None = None,
          reform: str | None = None, report: list | None = None) -> int:
    """Compute a population file in chunks and write every input cell exactly as read, then the results to the cent;
    nothing is written on error. Pass a list as `report` to receive a BatchReport."""
    period = parse_period(period_text)
    names = _check_computable(compute, period, _system(reform))
    population = read_population(source, names)
    count = len(population.rows)
    results: dict[str, list[np.ndarray]] = {n: [] for n in names}
    status: dict[str, InForce] = {}
    for start in range(0, max(count, 1), BATCH_CHUNK):
        chunk = {k: v[start: start + BATCH_CHUNK] for k, v in population.inputs.items()}
        size = min(BATCH_CHUNK, count - start)
        # with no input column at all the population is empty: the check of the needed inputs still names them
        for name, values in calculate_population(period_text, chunk, names, reform, status=status).items():
            results[name].append(values if len(values) == size else np.zeros(size, dtype=values.dtype))
        if progress and size:
            progress(size)
    write_population(target, population, names, {n: np.concatenate(v) if v else np.array([]) for n, v in results.items()})
    if report is not None:
        report.append(BatchReport(count, population.passed_through, {n: s.as_dict() for n, s in status.items() if not s.in_force}))
    return count


def write_population(target: Path, population: Population, names: list[str], merged: Mapping[str, np.ndarray]) -> None:
    """Write every input cell exactly as read, then the results to the cent; the output appears whole or not at all."""
    partial = target.with_suffix(target.suffix + ".partial")
    with open(partial, "w", newline="", encoding="utf-8") as handle:
        writer = csvsafe.writer(handle)
        writer.writerow([*population.header, *names])
        for i, row in enumerate(population.rows):
            writer.writerow([*row, *(_result_cell(merged[n][i]) for n in names)])
    partial.replace(target)


def minimum_monthly_wage(day: datetime.date) -> float:
    """The guaranteed average minimum monthly income (GGMMI) in force on `day`, full time, in euro."""
    return float(_system(None).parameters(day.isoformat()).referteloon.ggmmi)
