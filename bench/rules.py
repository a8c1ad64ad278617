#!/usr/bin/env python
"""Benchmark of the rules (issue 4): the job bonus of a population, vectorised and person by person; and the policy
simulation of issue 15 point 16 (a reform beside the enacted rules over a synthetic working population).

    .venv/bin/python bench/rules.py [--persons 3000000] [--sample 2000] [--out PATH]

Prints JSON: seconds for the whole population at once (one OpenFisca simulation over all persons), seconds per
person computed one at a time (on a sample), the ratio, and the seconds of the policy simulation (both job bonus
limits +100 beside the baseline, with every breakdown) over --persons synthetic workers. Writes bench/results/.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import resultfile  # noqa: E402 - bench/resultfile.py, beside this script


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--persons", type=int, default=3_000_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--year", default="2024")
    parser.add_argument("--out", type=Path, default=None, help="results file (default bench/results/rules-<date>.json); for trial runs at small sizes")
    args = parser.parse_args()

    from werkregie.rules.calc import calculate, calculate_population

    rng = np.random.default_rng(2026)
    fractions = rng.choice([0.5, 0.6, 0.8, 1.0], args.persons, p=[0.15, 0.05, 0.2, 0.6])
    wages = rng.lognormal(np.log(3200), 0.35, args.persons) * 12 * fractions  # yearly gross, part-time pay
    calculate_population(args.year, {"brutoloon": wages[:1000], "prestatiebreuk": fractions[:1000]}, ["jobbonus"])  # warm up
    start = time.perf_counter()
    result = calculate_population(args.year, {"brutoloon": wages, "prestatiebreuk": fractions}, ["jobbonus"])["jobbonus"]
    vectorised = time.perf_counter() - start
    start = time.perf_counter()
    for w, f in zip(wages[: args.sample], fractions[: args.sample]):
        calculate(args.year, {"brutoloon": w, "prestatiebreuk": f}, ["jobbonus"])
    per_person = (time.perf_counter() - start) / args.sample
    from werkregie.rules.simulation import SyntheticSpec, parse_changes, simulate, synthetic

    start = time.perf_counter()
    population = synthetic(SyntheticSpec(persons=args.persons), int(args.year))
    population_seconds = time.perf_counter() - start
    start = time.perf_counter()
    simulated = simulate(population, args.year, changes=parse_changes("jobbonus.ondergrens += 100\njobbonus.bovengrens += 100"))
    simulation_seconds = time.perf_counter() - start
    figures = {
        "simulation_population_seconds": round(population_seconds, 2), "simulation_seconds": round(simulation_seconds, 2),
        "simulation_cost_eur": round(simulated.cost, 0), "simulation_winners": simulated.winners,
        "persons": args.persons, "year": args.year, "vectorised_seconds": round(vectorised, 2),
        "receiving": int((result > 0).sum()), "total_eur": round(float(result.sum()), 0),
        "one_by_one_ms_per_person": round(per_person * 1000, 3),
        "one_by_one_estimated_seconds": round(per_person * args.persons, 0),
        "speed_up": round(per_person * args.persons / vectorised, 0),
    }
    readme = [
        {"what": f"job bonus of {args.persons:,} workers as one vectorised OpenFisca simulation", "target": "< 10 s",
         "measured": f"{figures['vectorised_seconds']} s"},
        {"what": "the same person by person (estimated from a sample)", "target": "",
         "measured": f"{figures['one_by_one_ms_per_person']} ms each, about {figures['one_by_one_estimated_seconds']:,.0f} s (ratio {figures['speed_up']:,.0f})"},
        {"what": f"policy simulation: job bonus limits +100 beside the enacted rules, {args.persons:,} synthetic workers, all breakdowns",
         "target": "< 30 s", "measured": f"{figures['simulation_seconds']} s (+ {figures['simulation_population_seconds']} s to draw the population)"},
    ]
    path = resultfile.write("rules", figures, readme, out=args.out)
    print(json.dumps(figures, indent=2))
    print(f"results: {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
