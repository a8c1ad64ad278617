"""Screening speed: training on 1,000,000 historical cases and scoring 250,000 job seekers (synthetic cases with the
platform's feature set; see werkregie/screening/engine/synthetic.py). Prints JSON.

Targets (issue 5): scoring 250,000 under 60 s; training on 1,000,000 under 10 minutes on 2 cores.
Run: .venv/bin/python bench/screening.py [--train 1000000] [--score 250000]
"""

import argparse
import json
import os
import time

from werkregie.screening.engine.synthetic import FAR_FROM_WORK_MONOTONE, cases
from werkregie.screening.engine.train import train

PROTECTED = ["sex", "origin", "age_band", "disability"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--train", type=int, default=1_000_000)
    parser.add_argument("--score", type=int, default=250_000)
    args = parser.parse_args()
    history = cases(args.train, seed=1)
    history["reference_month"] = [f"20{19 + i * 6 // args.train}-{1 + (i * 72 // args.train) % 12:02d}" for i in range(args.train)]
    started = time.perf_counter()
    model = train(history, "far_from_work", "1", PROTECTED, period_column="reference_month", monotone=FAR_FROM_WORK_MONOTONE)
    trained = time.perf_counter() - started
    seekers = cases(args.score, seed=2)
    started = time.perf_counter()
    scores = model.score(seekers)
    scored = time.perf_counter() - started
    print(json.dumps({
        "cores": os.cpu_count(), "train_cases": args.train, "train_seconds": round(trained, 1),
        "holdout_auc": round(model.metrics["auc"], 4), "holdout_auc_logistic_baseline": round(model.metrics["auc_logistic_baseline"], 4),
        "holdout_ece": round(model.metrics["ece"], 4), "score_persons": args.score, "score_seconds": round(scored, 2),
        "mean_score": round(float(scores.mean()), 4),
    }, indent=2))


if __name__ == "__main__":
    main()
