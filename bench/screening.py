"""Screening speed on the register's shape: training on 1,000,000 historical cases and scoring 250,000 job seekers
with their explanations. The persons come from the demo's population generator (three years of episodes each),
turned into the engine's records without a database; cases are every job seeker on every quarter start, as the
platform builds them. Prints JSON.

Targets (issue 5): scoring 250,000 under 60 s; training on 1,000,000 under 10 minutes on 2 cores.
Run: .venv/bin/python bench/screening.py [--cases 1000000] [--score 250000] [--out PATH]
(--out writes the results file elsewhere than bench/results/, for trial runs at small sizes.)
Training includes the model choice (nested cross-validation on a stratified sample of 20,000 earlier cases among the
logistic regression, gradient boosting and their blend), then the chosen model and the baseline on all cases.
The database path (`werkregie screening score`, reading and writing the register) is timed with --db-persons N
against the database in DATABASE_URL / WERKREGIE_DATA_DIR (it generates N persons there first).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from pathlib import Path

import pandas as pd
import resultfile  # bench/resultfile.py, beside this script
from tqdm import tqdm

from werkregie.screening.engine import register
from werkregie.screening.engine.explain import explain
from werkregie.screening.engine.generated import generated_records
from werkregie.screening.engine.train import TRAIN_STEPS, train

TODAY = dt.date(2026, 11, 27)
PERSONS_PER_CASE = 0.74  # measured: 50,000 generated persons give about 68,000 quarterly cases


def _cases(target: int) -> tuple[list, pd.DataFrame, float]:
    persons = int(target * PERSONS_PER_CASE) + 1000
    records = list(tqdm(generated_records(persons, TODAY), total=persons, desc="generating persons", unit="persons", file=sys.stderr, mininterval=2))
    dates = register.reference_dates(register.add_months(TODAY, -36), register.add_months(TODAY, -6))
    started = time.perf_counter()
    frame = pd.DataFrame(register.training_cases(records, dates, (6,), TODAY))
    built = time.perf_counter() - started
    return records, frame.tail(target).reset_index(drop=True), built


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=1_000_000)
    parser.add_argument("--score", type=int, default=250_000)
    parser.add_argument("--db-persons", type=int, default=0)
    parser.add_argument("--out", help="results file (default: bench/results/screening-<date>.json)")
    args = parser.parse_args()
    machine_at_start = resultfile.machine()
    records, frame, built = _cases(args.cases)
    frame = frame[frame["far_from_work_6m"].notna()]
    frame["far_from_work_6m"] = frame["far_from_work_6m"].astype(int)
    started = time.perf_counter()
    with tqdm(total=TRAIN_STEPS, desc="training", unit="steps", file=sys.stderr) as bar:
        model = train(frame[register.FEATURES + register.PROTECTED + ["reference_date", "far_from_work_6m"]], "far_from_work_6m", "1",
                      register.PROTECTED, register.FEATURES, period_column="reference_date", monotone=register.MONOTONE, progress=bar.update)
    trained = time.perf_counter() - started
    # job seekers to score: persons seeking on the latest quarter starts (as many dates as needed for the count)
    pairs = []
    for day in reversed(register.reference_dates(register.add_months(TODAY, -36), TODAY)):
        pairs += [(r, day) for r in records if register.seeking_on(r, day)]
        if len(pairs) >= args.score:
            break
    pairs = pairs[: args.score]
    started = time.perf_counter()
    people = pd.DataFrame([register.features(r, day) for r, day in pairs])
    featured = time.perf_counter() - started
    explanations = explain(model, people)
    scored = time.perf_counter() - started
    result = {
        "cores": os.cpu_count(), "train_cases": len(frame), "case_building_seconds": round(built, 1), "train_seconds": round(trained, 1),
        "holdout_auc": round(model.metrics["auc"], 4), "holdout_auc_logistic_baseline": round(model.metrics["auc_logistic_baseline"], 4),
        "holdout_ece": round(model.metrics["ece"], 4), "chosen_model": model.metrics["model"],
        "holdout_auc_ci": model.metrics["auc_ci"], "holdout_auc_logistic_baseline_ci": model.metrics["auc_logistic_baseline_ci"],
        "selection": {name: {k: c[k] for k in ("auc", "auc_ci", "gain", "gain_ci") if k in c} for name, c in model.audit["selection"]["candidates"].items()},
        "selection_cases": model.audit["selection"]["n"], "selection_reason": model.audit["selection"]["reason"],
        "decisions_fpr_ratio_origin": {name: d["fpr_ratio"].get("origin") for name, d in model.audit["decisions"].items()},
        "score_persons": len(pairs), "features_seconds": round(featured, 2),
        "score_and_explain_seconds": round(scored, 2), "mean_chance_of_work": round(sum(e.chance for e in explanations) / len(explanations), 4),
    }
    if args.db_persons:
        result.update(_database_path(args.db_persons))
    readme = [
        {"what": f"building {result['train_cases']:,} quarterly cases from the register's episodes", "target": "", "measured": f"{result['case_building_seconds']} s"},
        {"what": f"training the 6-month model on {result['train_cases']:,} cases (holdout, audit, final fit)", "target": "< 10 min",
         "measured": f"{result['train_seconds']} s"},
        {"what": f"model chosen by nested cross-validation on {result['selection_cases']:,} earlier cases (AUC logistic / boosting / blend)",
         "target": "never below logistic", "measured": f"{result['chosen_model']} ("
         + " / ".join(f"{result['selection'][n]['auc']}" for n in ("logistic", "boosting", "blend")) + ")"},
        {"what": "holdout AUC (later cohorts): chosen model / logistic baseline / ECE", "target": "",
         "measured": f"{result['holdout_auc']} / {result['holdout_auc_logistic_baseline']} / {result['holdout_ece']}"},
        {"what": f"scoring {result['score_persons']:,} job seekers in one process: features, chances, factors", "target": "< 60 s",
         "measured": f"{result['score_and_explain_seconds']} s (features {result['features_seconds']} s)"},
    ]
    if args.db_persons:
        readme.append({"what": f"`werkregie screening score` through the database, {result['db_persons']:,} persons", "target": "",
                       "measured": f"{result['db_scored']:,} job seekers in {result['db_score_seconds']} s"})
    path = resultfile.write("screening", result, readme, started=machine_at_start, out=Path(args.out) if args.out else None)
    print(json.dumps(result, indent=2))
    print(f"results: {path}", file=sys.stderr)


def _database_path(persons: int) -> dict:
    """`score_persons` through the database: read the register in chunks, score, explain, write the scores."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")
    django.setup()
    from werkregie.cli import load_reference, migrate
    from werkregie.demo.services import generate_population
    from werkregie.people.models import Person
    from werkregie.screening import training

    migrate()
    load_reference(quiet=True)
    missing = persons - Person.objects.count()
    if missing > 0:
        with tqdm(total=missing, desc="loading persons", unit="persons", file=sys.stderr) as bar:
            generate_population(missing, seed=99, progress=bar.update)
    if not training.active_models():
        training.train_from_register()
    started = time.perf_counter()
    written = training.score_persons()
    return {"db_persons": Person.objects.count(), "db_scored": written, "db_score_seconds": round(time.perf_counter() - started, 1)}


if __name__ == "__main__":
    main()
