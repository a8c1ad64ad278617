"""Policy simulation for analysts (issue 15, point 16): a reform beside the enacted rules over a whole population, with
the budget cost, the people affected, and winners and losers by wage band, age band, sex and municipality.

Plain Python over the rules (vectorised: one OpenFisca simulation for the baseline, one for the reform). The reform is
a named one (reforms/) and/or parameters changed by the analyst (`jobbonus.ondergrens += 100`). The population is
- a CSV in the batch format (`werkregie rules batch`), with optional pass-through columns `leeftijd` or
  `geboortedatum`, `geslacht` and `gemeente` (NIS code) for the breakdowns; or
- a SYNTHETIC working population: municipality and age from Statbel's population of 1 January 2020 (shipped in
  data/, see data/SOURCE.md), sex from the Flemish employment rates by sex (Statbel LFS 2022Q4). The sources here
  publish NO wage distribution (nor work fractions by person): wages and work fractions are assumptions the analyst
  sees and can change (`ASSUMPTIONS`), never presented as calibrated.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
from openfisca_core.parameters import Parameter
from openfisca_core.periods import DateUnit
from openfisca_core.reforms import Reform

from werkregie.core import csvsafe, lifecourse, suppression

from .calc import RuleInputError, calculate_population, in_force, parse_period, read_population, variables
from .reforms import REFORMS, reformed

DATA = Path(__file__).resolve().parent / "data"
POPULATION_FILE = DATA / "population_by_age_municipality_2020.csv"
MUNICIPALITIES_FILE = Path(__file__).resolve().parent.parent / "geo" / "data" / "municipalities_be_2019_2024.csv.gz"
FLEMISH_REGION = "02000"
STATBEL_SOURCE = "https://github.com/UGentBiomath/COVID19-Model"  # Statbel 1-1-2020 by municipality and age (data/SOURCE.md)
LFS_SOURCE = "https://www.nieuwsblad.be/cnt/dmf20230320_94752577"  # Statbel LFS 2022Q4 as reported (shared/data/stats)
EMPLOYMENT_RATE = {"M": 80.5, "F": 74.0}  # Vlaams Gewest 2022Q4, 20-64 years, % (labour_market_headline_indicators.csv)
AGE_BANDS = (("age_20_29", 20, 29, 1.0), ("age_30_39", 30, 39, 1.0), ("age_40_49", 40, 49, 1.0), ("age_50_59", 50, 59, 1.0),
             ("age_60_69", 60, 64, 0.5))  # 60-64 taken as half of the source's 60-69 band (an assumption, said)
WAGE_EDGES = (1800, 2100, 2500, 3100, 4000)  # monthly full-time gross, EUR: around the job bonus limits
AGE_EDGES = (25, 35, 45, 55, 65)
FRACTIONS = (0.5, 0.6, 0.8, 1.0)
MAX_PERSONS = 3_000_000


def nl_number(value: float, decimals: int = 0) -> str:
    """3200 → "3.200", 0.35 → "0,35" (decimals=2): the Belgian way, in plain Python (the rules package runs without
    Django; the pages use werkregie.formats.numbers)."""
    return f"{value:,.{decimals}f}".translate(str.maketrans(",.", ".,"))


def nl_percent(share: float, decimals: int = 1) -> str:
    return f"{nl_number(100 * share, decimals)}\u00a0%"


@dataclass(frozen=True)
class Assumption:
    key: str
    text: str
    source: str  # a link, or "aanname" (an assumption: no source here)


@dataclass(frozen=True)
class SyntheticSpec:
    persons: int = 200_000
    seed: int = 2026
    wage_median: float = 3200.0  # ASSUMPTION: monthly full-time gross median (no published distribution here)
    wage_sigma: float = 0.35  # ASSUMPTION: spread of the log wage
    fraction_shares: tuple[float, ...] = (0.15, 0.05, 0.2, 0.6)  # ASSUMPTION: shares of FRACTIONS

    def check(self) -> None:
        problems = []
        if not 1 <= self.persons <= MAX_PERSONS:
            problems.append(("persons", f"persons: between 1 and {MAX_PERSONS:,}", {"low": 1, "high": MAX_PERSONS}))
        if not 500 <= self.wage_median <= 20_000:
            problems.append(("wage_median", "wage_median: between 500 and 20,000 EUR a month", {"low": 500, "high": 20_000}))
        if not 0 < self.wage_sigma <= 2:
            problems.append(("wage_sigma", "wage_sigma: more than 0 and at most 2", {"low": 0, "high": 2}))
        if len(self.fraction_shares) != len(FRACTIONS) or abs(sum(self.fraction_shares) - 1) > 1e-6 or min(self.fraction_shares) < 0:
            problems.append(("fraction_shares", f"fraction_shares: {len(FRACTIONS)} shares that add up to 1", {"count": len(FRACTIONS)}))
        if problems:
            raise RuleInputError("; ".join(p[1] for p in problems), [p[0] for p in problems], "out_of_range", field=problems[0][0],
                                 **problems[0][2])

    def assumptions(self) -> list[Assumption]:
        men = EMPLOYMENT_RATE["M"] / (EMPLOYMENT_RATE["M"] + EMPLOYMENT_RATE["F"])
        shares = ", ".join(f"{nl_number(f, 1 if f < 1 else 0)}: {nl_percent(s, 0)}" for f, s in zip(FRACTIONS, self.fraction_shares, strict=True))
        return [
            Assumption("municipality_age", "Woonplaats en leeftijd volgens de bevolking van 20 tot 64 jaar per Vlaamse gemeente op 01/01/2020 "
                       "(Statbel); 60-64 jaar als de helft van de band 60-69; dezelfde werkzaamheidsgraad op elke leeftijd en in elke gemeente.",
                       STATBEL_SOURCE),
            Assumption("sex", f"{nl_percent(men)} mannen: de werkzaamheidsgraad van het Vlaams Gewest in het 4de kwartaal van 2022 "
                       f"(mannen {nl_percent(EMPLOYMENT_RATE['M'] / 100)}, vrouwen {nl_percent(EMPLOYMENT_RATE['F'] / 100)}), bij evenveel "
                       "mannen als vrouwen van 20 tot 64.", LFS_SOURCE),
            Assumption("wage", f"AANNAME, niet gekalibreerd: voltijds bruto maandloon lognormaal met mediaan € {nl_number(self.wage_median)} en "
                       f"spreiding {nl_number(self.wage_sigma, 2)} (log), los van leeftijd, geslacht en gemeente. Geen gepubliceerde "
                       "loonverdeling gevonden: de gedeelde gegevens van werkregie (shared/data/stats, shared/reference) bevatten er geen, "
                       "dus het loon is niet op een bron geijkt.", "aanname"),
            Assumption("fraction", f"AANNAME: prestatiebreuk {shares}, hetzelfde loon en dezelfde breuk het hele jaar.", "aanname"),
        ]


@dataclass
class SimPopulation:
    inputs: dict[str, np.ndarray]  # rule inputs (batch keys: NAME or NAME@unit)
    monthly_wage: np.ndarray  # full-time equivalent gross a month, for the wage bands (nan: unknown)
    age: np.ndarray  # whole years (-1: unknown)
    sex: np.ndarray  # "M", "F", "X" or "" (unknown)
    municipality: np.ndarray  # NIS code ("" unknown)
    synthetic: bool
    assumptions: list[Assumption] = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.age)


@lru_cache(maxsize=1)
def municipality_names() -> dict[str, str]:
    with gzip.open(MUNICIPALITIES_FILE, "rt", encoding="utf-8") as handle:
        return {row["nis_code"]: row["name_nl"] for row in csv.DictReader(handle)}


@lru_cache(maxsize=1)
def _flemish_cells() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(NIS per cell, low age, high age, weight) for every Flemish municipality × age band of the working ages."""
    with gzip.open(MUNICIPALITIES_FILE, "rt", encoding="utf-8") as handle:
        flemish = {row["nis_code"] for row in csv.DictReader(handle) if row["region_nis"] == FLEMISH_REGION}
    nis, low, high, weight = [], [], [], []
    with open(POPULATION_FILE, encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["nis_code"] not in flemish:
                continue
            for column, a, b, share in AGE_BANDS:
                nis.append(row["nis_code"])
                low.append(a)
                high.append(b)
                weight.append(float(row[column]) * share)
    w = np.array(weight)
    return np.array(nis), np.array(low), np.array(high), w / w.sum()


def synthetic(spec: SyntheticSpec, year: int) -> SimPopulation:
    """A synthetic Flemish working population for `year` (yearly gross wage and work fraction per person)."""
    spec.check()
    rng = np.random.default_rng(spec.seed)
    nis, low, high, weight = _flemish_cells()
    cell = rng.choice(len(weight), size=spec.persons, p=weight)
    age = rng.integers(low[cell], high[cell] + 1)
    men = EMPLOYMENT_RATE["M"] / (EMPLOYMENT_RATE["M"] + EMPLOYMENT_RATE["F"])
    sex = np.where(rng.random(spec.persons) < men, "M", "F")
    fraction = rng.choice(np.array(FRACTIONS), size=spec.persons, p=np.array(spec.fraction_shares))
    monthly = np.round(rng.lognormal(np.log(spec.wage_median), spec.wage_sigma, spec.persons), 2)
    yearly = np.round(monthly * fraction * 12, 2)
    return SimPopulation({"brutoloon": yearly, "prestatiebreuk": fraction}, monthly, age, sex, nis[cell], True, spec.assumptions())


SEX_CODES = {"m": "M", "man": "M", "male": "M", "v": "F", "vrouw": "F", "f": "F", "female": "F", "x": "X"}
MONTHS_OF = {None: 12, "year": 12, "quarter": 3, "month": 1}


def _monthly_wage(inputs: dict[str, np.ndarray], count: int) -> np.ndarray:
    """The full-time monthly gross wage of each row, from brutoloon (yearly, or @quarter/@month) and prestatiebreuk."""
    from .calc import split_key

    wage = np.full(count, np.nan)
    for key, values in inputs.items():
        name, unit = split_key(key)
        if name == "brutoloon":
            wage = values.astype(np.float64) / MONTHS_OF.get(unit, 12)
    fraction = next((v.astype(np.float64) for k, v in inputs.items() if split_key(k)[0] == "prestatiebreuk"), np.ones(count))
    return np.where(fraction > 0, wage / np.where(fraction > 0, fraction, 1.0), np.nan)


def from_csv(path: Path, variable: str, year: int) -> SimPopulation:
    """A population file in the batch format; `leeftijd`/`geboortedatum`, `geslacht`, `gemeente` are read if present."""
    population = read_population(path, [variable])
    count = len(population.rows)
    header = [h.lower() for h in population.header]

    def column(*names: str) -> list[str] | None:
        for name in names:
            if name in header:
                i = header.index(name)
                return [row[i].strip() for row in population.rows]
        return None

    age = np.full(count, -1)
    if (ages := column("leeftijd", "age")) is not None:
        age = np.array([int(a) if a.isdigit() else -1 for a in ages])
    elif (births := column("geboortedatum", "birth_date")) is not None:
        end = dt.date(year, 12, 31)
        age = np.array([_age(b, end) for b in births])
    sex = np.array([SEX_CODES.get(s.lower(), "") for s in column("geslacht", "sex") or [""] * count]) if count else np.array([], dtype=str)
    municipality = np.array(column("gemeente", "nis", "nis_code") or [""] * count) if count else np.array([], dtype=str)
    return SimPopulation(population.inputs, _monthly_wage(population.inputs, count), age, sex, municipality, False,
                         [Assumption("upload", "Opgeladen bestand: de invoer zoals gegeven; kolommen die ontbreken staan als 'onbekend'.", "")])


def _age(text: str, on: dt.date) -> int:
    try:
        birth = dt.date.fromisoformat(text)
    except ValueError:
        return -1
    return lifecourse.age_on(birth, on)


# -- reforms: a named reform and/or parameter changes ----------------------------------------------------------------

CHANGE = re.compile(r"^\s*([a-z0-9_]+(?:\.[a-z0-9_]+)+)\s*(\+=|-=|\*=|=)\s*([+-]?\d+(?:[.,]\d+)?)\s*$")


@dataclass(frozen=True)
class Change:
    path: str
    op: str  # "+=", "-=", "*=", "="
    value: float

    def apply(self, old: float) -> float:
        return {"+=": old + self.value, "-=": old - self.value, "*=": old * self.value, "=": self.value}[self.op]

    def __str__(self) -> str:
        return f"{self.path} {self.op} {self.value:g}"


def _leaf(path: str, tbs=None):  # noqa: ANN001, ANN202 - an OpenFisca Parameter
    node = (tbs or reformed(None)).parameters
    for part in path.split("."):
        children = getattr(node, "children", None)
        if not children or part not in children:
            raise RuleInputError(f"changes: '{path}' is not a parameter (see the parameters of the rules package)", ["changes"], "unknown_parameter",
                                 parameter=path)
        node = children[part]
    if not isinstance(node, Parameter):
        raise RuleInputError(f"changes: '{path}' is a group or a scale, not one parameter", ["changes"], "parameter_group", parameter=path)
    return node


def parse_changes(lines: list[str] | str) -> list[Change]:
    """`jobbonus.ondergrens += 100` (also -=, *=, =), one per line or item; every parameter must exist."""
    items = lines.splitlines() if isinstance(lines, str) else list(lines)
    changes = []
    for line, raw in enumerate(items, start=1):
        if not raw.strip():
            continue
        match = CHANGE.match(raw)
        if not match:
            raise RuleInputError(f"changes: '{raw.strip()}' is not PARAMETER += AMOUNT (also -=, *=, =), e.g. jobbonus.ondergrens += 100",
                                 ["changes"], "change_syntax", line=line, value=raw.strip())
        _leaf(match[1])
        changes.append(Change(match[1], match[2], float(match[3].replace(",", "."))))
    return changes


def reform_system(name: str | None, changes: list[Change], period):  # noqa: ANN001, ANN201 - a TaxBenefitSystem
    """The named reform (or the enacted rules) with the parameter changes applied in every month of `period`."""
    if name is not None and name not in REFORMS:
        raise RuleInputError(f"reform: unknown reform '{name}' (known: {', '.join(sorted(REFORMS))})", ["reform"], "unknown_reform", value=name)
    base = reformed(name)
    if not changes:
        return base
    months = list(period.get_subperiods(DateUnit.MONTH))

    class gewijzigd(Reform):  # noqa: N801 - OpenFisca reforms are named like variables
        def apply(self) -> None:
            def modify(parameters):  # noqa: ANN001, ANN202
                for change in changes:
                    leaf = _leaf(change.path, self)
                    node = parameters
                    for part in change.path.split("."):
                        node = node.children[part]
                    for month in months:
                        old = leaf(month.start)
                        if old is not None:
                            node.update(period=month, value=change.apply(float(old)))
                return parameters

            self.modify_parameters(modifier_function=modify)

    gewijzigd.name = "; ".join(str(c) for c in changes)
    return gewijzigd(base)


# -- the simulation --------------------------------------------------------------------------------------------------

@dataclass
class Row:
    key: str
    label: str
    persons: int
    winners: int
    losers: int
    baseline: float
    reform: float
    hidden: bool = False  # a small cell (uploaded populations): its figures are not shown

    @property
    def cost(self) -> float:
        return round(self.reform - self.baseline, 2)

    @property
    def mean_change(self) -> float:
        return round(self.cost / self.persons, 2) if self.persons else 0.0


@dataclass
class SimulationResult:
    period: str
    variable: str
    reform: str
    persons: int
    baseline_total: float
    reform_total: float
    winners: int
    losers: int
    breakdowns: dict[str, list[Row]]
    assumptions: list[Assumption]
    synthetic: bool
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)

    @property
    def cost(self) -> float:
        return round(self.reform_total - self.baseline_total, 2)

    @property
    def affected(self) -> int:
        return self.winners + self.losers


def _bands(values: np.ndarray, edges: tuple[int, ...], unknown: np.ndarray, unit: str) -> tuple[np.ndarray, list[tuple[str, str]]]:
    """The band index of each value (the last index: unknown) and (key, label) per band."""
    index = np.searchsorted(np.array(edges), np.where(unknown, 0, values), side="right")
    index = np.where(unknown, len(edges) + 1, index)
    labels = [(f"<{edges[0]}", f"< {edges[0]:,}{unit}".replace(",", "."))]
    labels += [(f"{a}-{b - 1}", f"{a:,}–{b - 1:,}{unit}".replace(",", ".")) for a, b in zip(edges, edges[1:])]
    labels += [(f">={edges[-1]}", f"≥ {edges[-1]:,}{unit}".replace(",", ".")), ("?", "onbekend")]
    return index, labels


def _rows(index: np.ndarray, labels: list[tuple[str, str]], base: np.ndarray, new: np.ndarray, diff: np.ndarray) -> list[Row]:
    size = len(labels)
    persons = np.bincount(index, minlength=size)
    winners = np.bincount(index, weights=diff > 0, minlength=size)
    losers = np.bincount(index, weights=diff < 0, minlength=size)
    b = np.bincount(index, weights=base, minlength=size)
    r = np.bincount(index, weights=new, minlength=size)
    return [Row(key, label, int(persons[i]), int(winners[i]), int(losers[i]), round(float(b[i]), 2), round(float(r[i]), 2))
            for i, (key, label) in enumerate(labels) if persons[i]]


def _categories(values: np.ndarray, names: dict[str, str]) -> tuple[np.ndarray, list[tuple[str, str]]]:
    keys, index = np.unique(values, return_inverse=True)
    return index, [(str(k) or "?", names.get(str(k), str(k)) if str(k) else "onbekend") for k in keys]


def _suppress(rows: list[Row]) -> None:
    """Uploaded populations may be real people: small cells (and complementary ones) are hidden, one rule platform-wide."""
    hidden = suppression.suppress({r.key: r.persons for r in rows} | {"__all__": sum(r.persons for r in rows)},
                                  [("__all__", [r.key for r in rows])])
    for r in rows:
        r.hidden = r.key in hidden


PROBE_YEARS = range(2008, 2036)  # the years probed for the error that says which years a rule covers
CHUNK = 500_000  # persons computed at once: progress can be reported between chunks at little cost


def covered_years(population: SimPopulation, variable: str, system) -> tuple[int, int] | None:  # noqa: ANN001
    """The first and last year in which `variable` is in force under `system` and its parameters hold values, probed
    on the population's first person (for the error message only: one small computation per year)."""
    probe = {key: values[:1] for key, values in population.inputs.items()}
    years = []
    for year in PROBE_YEARS:
        if not in_force(variable, parse_period(str(year)), system).in_force:
            continue
        try:
            calculate_population(str(year), probe, [variable], system=system)
        except RuleInputError:
            continue
        years.append(year)
    return (years[0], years[-1]) if years else None


def _not_covered(population: SimPopulation, variable: str, period, system) -> RuleInputError:  # noqa: ANN001
    span = covered_years(population, variable, system)
    said = f"{span[0]}-{span[1]}" if span else "none"
    return RuleInputError(f"year: {variable} has no amounts for {period} (neither in the enacted rules nor in the reform); years covered: {said}",
                          ["year"], "year_not_covered", year=str(period), variable=variable, first=span[0] if span else None,
                          last=span[1] if span else None)


def _in_chunks(period_text: str, population: SimPopulation, variable: str, system, tick: Callable[[], None]) -> np.ndarray:  # noqa: ANN001
    parts = []
    for start in range(0, max(population.size, 1), CHUNK):
        chunk = {key: values[start: start + CHUNK] for key, values in population.inputs.items()}
        parts.append(calculate_population(period_text, chunk, [variable], system=system)[variable].astype(np.float64))
        tick()
    return np.concatenate(parts) if parts else np.zeros(0)


def simulate(population: SimPopulation, period_text: str, variable: str = "jobbonus", reform: str | None = None,
             changes: list[Change] | None = None, progress: Callable[[int, int], None] | None = None) -> SimulationResult:
    """Baseline (the enacted rules) and reform over the population, vectorised; totals and breakdowns. A year in which
    neither computes an amount is an error that names the years covered (never a silent 0). `progress(done, total)` is
    called after each chunk of persons and at the end."""
    import time

    started = time.perf_counter()
    steps = 2 * max(1, -(-population.size // CHUNK)) + 1
    done = [0]

    def tick() -> None:
        done[0] += 1
        if progress is not None:
            progress(done[0], steps)
    changes = changes or []
    if variable not in simulated_variables():
        raise RuleInputError(f"variable: '{variable}' is not an amount the rules compute (see `werkregie rules list`)", ["variable"], "not_amount",
                             value=variable)
    if population.synthetic and variable != "jobbonus":
        raise RuleInputError(f"variable: the synthetic population holds wages and work fractions only (the job bonus); upload a CSV "
                             f"with the inputs of {variable}", ["variable"], "synthetic_job_bonus_only", value=variable)
    if reform is None and not changes:
        raise RuleInputError("reform: choose a reform or change at least one parameter", ["reform"], "no_reform")
    period = parse_period(period_text)
    system = reform_system(reform, changes, period)
    enacted = reformed(None)
    if not in_force(variable, period, enacted).in_force and not in_force(variable, period, system).in_force:
        raise _not_covered(population, variable, period, system)
    notes = []
    try:
        base = _in_chunks(period_text, population, variable, enacted, tick)
    except RuleInputError as exc:
        if exc.code != "no_parameter_value":
            raise
        base = np.zeros(population.size)  # the enacted rules hold no amounts for the period: the reform is all new
        done[0] = steps // 2
        notes.append(f"De geldende regels hebben geen bedragen voor {period}: de basis is 0, de hervorming is volledig nieuw.")
    try:
        new = _in_chunks(period_text, population, variable, system, tick)
    except RuleInputError as exc:
        if exc.code != "no_parameter_value":
            raise
        raise _not_covered(population, variable, period, system) from None
    diff = np.round(new - base, 2)
    wage_index, wage_labels = _bands(population.monthly_wage, WAGE_EDGES, np.isnan(population.monthly_wage), " €")
    age_index, age_labels = _bands(population.age, AGE_EDGES, population.age < 0, " jaar")
    breakdowns = {
        "wage": _rows(wage_index, wage_labels, base, new, diff),
        "age": _rows(age_index, age_labels, base, new, diff),
        "sex": _rows(*_categories(population.sex, {"M": "man", "F": "vrouw", "X": "X"}), base, new, diff),
        "municipality": sorted(_rows(*_categories(population.municipality, municipality_names()), base, new, diff),
                               key=lambda r: (-abs(r.cost), r.label)),
    }
    if not population.synthetic:
        for rows in breakdowns.values():
            _suppress(rows)
    name = "; ".join([*([REFORMS[reform].name] if reform else []), *(str(c) for c in changes)])
    tick()
    return SimulationResult(str(period), variable, name, population.size, round(float(base.sum()), 2), round(float(new.sum()), 2),
                            int((diff > 0).sum()), int((diff < 0).sum()), breakdowns, population.assumptions, population.synthetic,
                            round(time.perf_counter() - started, 2), notes)


def simulated_variables() -> list[str]:
    """The amounts in euro the rules compute (a reform's budget effect is their change)."""
    return sorted(v.name for v in variables() if not v.is_input and v.unit == "currency-EUR" and v.value_type == "float")


DIMENSIONS = {"wage": "loonband (voltijds bruto per maand)", "age": "leeftijd", "sex": "geslacht", "municipality": "gemeente"}


def as_csv(result: SimulationResult) -> str:
    """Every breakdown row (hidden cells empty) with the totals first; for the CSV guard of the caller."""
    out = io.StringIO()
    writer = csvsafe.writer(out, delimiter=";")  # labels of an uploaded file pass the CSV-injection guard
    writer.writerow(["indeling", "groep", "personen", "winnaars", "verliezers", "basis_eur", "hervorming_eur", "kost_eur"])
    writer.writerow(["totaal", "alle personen", result.persons, result.winners, result.losers, f"{result.baseline_total:.2f}",
                     f"{result.reform_total:.2f}", f"{result.cost:.2f}"])
    for dimension, rows in result.breakdowns.items():
        for r in rows:
            figures = ["", "", "", "", "", ""] if r.hidden else [r.persons, r.winners, r.losers, f"{r.baseline:.2f}", f"{r.reform:.2f}", f"{r.cost:.2f}"]
            writer.writerow([DIMENSIONS[dimension], r.label, *figures])
    return out.getvalue()


def as_dict(result: SimulationResult) -> dict:
    def row(r: Row) -> dict:
        if r.hidden:
            return {"key": r.key, "label": r.label, "hidden": True}
        return {"key": r.key, "label": r.label, "persons": r.persons, "winners": r.winners, "losers": r.losers, "baseline": r.baseline,
                "reform": r.reform, "cost": r.cost, "hidden": False}

    return {"period": result.period, "variable": result.variable, "reform": result.reform, "persons": result.persons,
            "baseline_total": result.baseline_total, "reform_total": result.reform_total, "cost": result.cost, "affected": result.affected,
            "winners": result.winners, "losers": result.losers, "synthetic": result.synthetic, "seconds": result.seconds, "notes": result.notes,
            "assumptions": [{"key": a.key, "text": a.text, "source": a.source} for a in result.assumptions],
            "breakdowns": {k: [row(r) for r in rows] for k, rows in result.breakdowns.items()}}
