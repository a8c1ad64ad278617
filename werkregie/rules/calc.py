"""Computing rules for one person or a whole population, with input checks that name the field at fault.

No Django here: the command line, the API and batch jobs all call these functions.
"""

from __future__ import annotations

import csv
import datetime
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Mapping

import numpy as np
from openfisca_core.errors import ParameterNotFoundError
from openfisca_core.periods import DateUnit
from openfisca_core.periods import period as make_period
from openfisca_core.simulations import SimulationBuilder

from . import system

# Inputs with a legal range: (minimum, maximum); None means unbounded.
RANGES: dict[str, tuple[float | None, float | None]] = {
    "brutoloon": (0, None), "referteloon": (0, None), "prestatiebreuk": (0, 1), "vov_uurloon": (0, None), "vov_opleidingsuren": (0, None),
    "begeleidingsnood": (0, 3), "imw_startpakket": (0, 4), "maatwerk_collectief_loonpremie_percentage": (0, 0.75),
    "vop_verhoogd_percentage": (0, 0.6), "isced_niveau": (0, 8), "werkloosheidsduur_bij_aanwerving": (0, None),
    "opleidingscheques_gevraagd": (0, None),
}
BATCH_CHUNK = 250_000


class RuleInputError(ValueError):
    """Bad input: the message names the field (and the row, for a file)."""


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

    def as_dict(self) -> dict:
        return self.__dict__.copy()


def variables() -> list[VariableInfo]:
    result = []
    for name, variable in sorted(system().variables.items()):
        reference = variable.reference if isinstance(variable.reference, list) else [variable.reference] if variable.reference else []
        result.append(VariableInfo(
            name=name, description=variable.label or "", entity=variable.entity.key, period=str(variable.definition_period),
            unit=getattr(variable, "unit", "") or "", value_type=variable.value_type.__name__, reference=reference,
            is_input=not variable.formulas,
        ))
    return result


def _variable(name: str):  # noqa: ANN202 - an OpenFisca Variable
    variable = system().variables.get(name)
    if variable is None:
        raise RuleInputError(f"{name}: unknown variable (see `werkregie rules list`)")
    return variable


def _period(text: str):  # noqa: ANN202 - an OpenFisca Period
    try:
        return make_period(text)
    except (ValueError, TypeError, AttributeError):
        raise RuleInputError(f"period: '{text}' is not a period (use e.g. 2024 or 2024-03)") from None


def _number(name: str, raw: object, where: str = "") -> float | bool | datetime.date:
    variable = _variable(name)
    if variable.value_type is datetime.date:
        try:
            return raw if isinstance(raw, datetime.date) else datetime.date.fromisoformat(str(raw).strip())
        except ValueError:
            raise RuleInputError(f"{where}{name}: '{raw}' is not a date (YYYY-MM-DD)") from None
    if variable.value_type is bool:
        if str(raw).strip().lower() in {"1", "true", "yes", "ja"}:
            return True
        if str(raw).strip().lower() in {"0", "false", "no", "nee", ""}:
            return False
        raise RuleInputError(f"{where}{name}: '{raw}' is not true or false")
    try:
        value = float(str(raw).replace(",", ".")) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError):
        raise RuleInputError(f"{where}{name}: '{raw}' is not a number") from None
    if not math.isfinite(value):
        raise RuleInputError(f"{where}{name}: '{raw}' is not a finite number")
    low, high = RANGES.get(name, (None, None))
    if low is not None and value < low:
        raise RuleInputError(f"{where}{name}: {value:g} is below the minimum {low:g}")
    if high is not None and value > high:
        raise RuleInputError(f"{where}{name}: {value:g} is above the maximum {high:g}")
    return value


def _check_computable(names: Iterable[str], period, tbs=None) -> list[str]:  # noqa: ANN001
    names = [n.strip() for n in names if n.strip()]
    if not names:
        raise RuleInputError("compute: name at least one variable")
    for name in names:
        _variable(name)
        variable = (tbs or system()).variables[name]
        if variable.formulas and variable.get_formula(period.start) is None and variable.get_formula(period.stop) is None:
            until = f" until {variable.end}" if variable.end else ""
            raise RuleInputError(f"{name}: not defined for {period} (the rule applies from {min(variable.formulas)}{until})")
        if variable.definition_period == DateUnit.YEAR and period.unit != DateUnit.YEAR:
            raise RuleInputError(f"{name}: is computed per year; give a year as period")
    return names


def _input_period(name: str, period):  # noqa: ANN001, ANN202
    """Inputs hold for the whole period asked; a lasting fact (an education level) holds for ever."""
    return make_period("eternity") if _variable(name).definition_period == DateUnit.ETERNITY else period


def _compute(simulation, names: list[str], period) -> dict[str, np.ndarray]:  # noqa: ANN001
    def one(name: str) -> np.ndarray:
        # a monthly variable asked for a quarter or a year is summed over its months
        monthly = _variable(name).definition_period == DateUnit.MONTH and not (period.unit == DateUnit.MONTH and period.size == 1)
        return simulation.calculate_add(name, period) if monthly else simulation.calculate(name, period)

    try:
        return {name: one(name) for name in names}
    except ParameterNotFoundError as exc:
        raise RuleInputError(f"period: no value of parameter {exc.name} for {period}; the rule's known values end before it") from None


def _system(reform: str | None):  # noqa: ANN202 - an OpenFisca TaxBenefitSystem
    from .reforms import REFORMS, reformed

    if reform is not None and reform not in REFORMS:
        raise RuleInputError(f"reform: unknown reform '{reform}' (known: {', '.join(sorted(REFORMS))})")
    return reformed(reform)


def calculate(period_text: str, inputs: Mapping[str, object], compute: Iterable[str], reform: str | None = None) -> dict[str, float | bool]:
    """One person: inputs are values for the whole period (a year's wage is spread over its months)."""
    period = _period(period_text)
    tbs = _system(reform)
    names = _check_computable(compute, period, tbs)
    values = {name: _number(name, raw) for name, raw in inputs.items()}
    simulation = SimulationBuilder().build_default_simulation(tbs, 1)
    for name, value in values.items():
        simulation.set_input(name, _input_period(name, period), np.array([value]))
    results = _compute(simulation, names, period)
    return {name: (bool(v[0]) if v.dtype == bool else round(float(v[0]), 2)) for name, v in results.items()}


def calculate_population(period_text: str, columns: Mapping[str, np.ndarray], compute: Iterable[str], reform: str | None = None) -> dict[str, np.ndarray]:
    """A whole population at once (vectorised): one array per input variable."""
    period = _period(period_text)
    tbs = _system(reform)
    names = _check_computable(compute, period, tbs)
    sizes = {len(v) for v in columns.values()}
    if len(sizes) > 1:
        raise RuleInputError("inputs: all columns must have the same length")
    count = sizes.pop() if sizes else 0
    simulation = SimulationBuilder().build_default_simulation(tbs, count)
    for name, values in columns.items():
        _variable(name)
        low, high = RANGES.get(name, (None, None))
        if low is not None and (values < low).any():
            raise RuleInputError(f"{name}: row {int(np.argmax(values < low)) + 1} is below the minimum {low:g}")
        if high is not None and (values > high).any():
            raise RuleInputError(f"{name}: row {int(np.argmax(values > high)) + 1} is above the maximum {high:g}")
        simulation.set_input(name, _input_period(name, period), values)
    return _compute(simulation, names, period)


def read_population(path: Path) -> dict[str, np.ndarray]:
    """A CSV whose columns are input variables; every cell is checked before anything is computed."""
    if not path.is_file():
        raise RuleInputError(f"{path}: file not found")
    with open(path, newline="", encoding="utf-8-sig") as handle:
        first_line = handle.readline()
        handle.seek(0)
        reader = csv.reader(handle, delimiter=";" if first_line.count(";") > first_line.count(",") else ",")
        try:
            header = [h.strip() for h in next(reader)]
        except StopIteration:
            raise RuleInputError(f"{path}: the file is empty") from None
        for name in header:
            variable = _variable(name)
            if variable.formulas:
                raise RuleInputError(f"{name}: is computed, not an input")
        columns: list[list[float]] = [[] for _ in header]
        for row_number, row in enumerate(reader, start=2):
            if len(row) != len(header):
                raise RuleInputError(f"row {row_number}: {len(row)} fields, the header has {len(header)}")
            for i, (name, raw) in enumerate(zip(header, row)):
                columns[i].append(_number(name, raw, f"row {row_number}, column "))
    types = {bool: bool, datetime.date: "datetime64[D]"}
    return {name: np.array(values, dtype=types.get(_variable(name).value_type, float)) for name, values in zip(header, columns)}


def _cell(value: object) -> str:
    return str(value) if isinstance(value, np.datetime64) else f"{value:g}"


def batch(period_text: str, source: Path, compute: Iterable[str], target: Path, progress: Callable[[int], None] | None = None,
          reform: str | None = None) -> int:
    """Compute a population file in chunks and write the inputs with the results; nothing is written on error."""
    columns = read_population(source)
    names = _check_computable(compute, _period(period_text), _system(reform))
    count = len(next(iter(columns.values()))) if columns else 0
    results: dict[str, list[np.ndarray]] = {n: [] for n in names}
    for start in range(0, count, BATCH_CHUNK):
        chunk = {k: v[start: start + BATCH_CHUNK] for k, v in columns.items()}
        for name, values in calculate_population(period_text, chunk, names, reform).items():
            results[name].append(values)
        if progress:
            progress(len(next(iter(chunk.values()))))
    merged = {n: np.concatenate(v) if v else np.array([]) for n, v in results.items()}
    partial = target.with_suffix(target.suffix + ".partial")
    with open(partial, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow([*columns, *names])
        for i in range(count):
            writer.writerow([*(_cell(columns[c][i]) for c in columns), *(f"{merged[n][i]:.2f}" for n in names)])
    partial.replace(target)  # the output appears whole or not at all
    return count


def minimum_monthly_wage(day: datetime.date) -> float:
    """The guaranteed average minimum monthly income (GGMMI) in force on `day`, full time, in euro."""
    return float(_system(None).parameters(day.isoformat()).referteloon.ggmmi)
