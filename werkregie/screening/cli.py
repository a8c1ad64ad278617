"""Commands of the screening: `werkregie screening evaluate|train|score`. Registered by werkregie/cli.py."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from werkregie.core.commands import migrate
from werkregie.core.commands import progress_bar as _progress


def train_and_score(score: bool = True) -> dict:
    from werkregie.core import clock
    from werkregie.screening.engine.train import TRAIN_STEPS
    from werkregie.screening.training import HORIZONS, score_persons, train_from_register, training_frame

    with _progress(None, "reading the register", "persons") as bar:
        frame = training_frame(clock.today(), progress=bar.update)
    with _progress(TRAIN_STEPS * len(HORIZONS), "training (6 and 12 months)", "steps") as bar:
        models = train_from_register(progress=bar.update, frame=frame)
    scored = None
    if score:
        with _progress(None, "scoring job seekers", "persons") as bar:
            scored = score_persons(progress=bar.update)
    return {"models": [{"version": m.version, "horizon_months": m.horizon_months, "cases": m.cases, "data_period": [str(m.data_start), str(m.data_end)],
                        "auc": m.metrics["auc"], "auc_logistic_baseline": m.metrics["auc_logistic_baseline"], "ece": m.metrics["ece"]} for m in models],
            "scored": scored}


def cmd_screening_train(args: argparse.Namespace) -> int:
    from werkregie.screening.engine import ScreeningInputError

    migrate()
    try:
        summary = train_and_score(score=args.score)
    except ScreeningInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(summary, indent=None if args.json else 2))
    return 0


def cmd_screening_score(args: argparse.Namespace) -> int:
    from werkregie.screening.engine import ScreeningInputError
    from werkregie.screening.training import score_persons

    migrate()
    try:
        with _progress(None, "scoring job seekers", "persons") as bar:
            scored = score_persons(progress=bar.update)
    except ScreeningInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(json.dumps({"scored": scored}))
    return 0


def cmd_screening_evaluate(args: argparse.Namespace) -> int:
    from werkregie.screening.engine import ScreeningInputError
    from werkregie.screening.engine.data import read_csv
    from werkregie.screening.engine.evaluate import STEPS, check, evaluate_frame

    protected = [c.strip() for c in args.protected.split(",") if c.strip()]
    features = [c.strip() for c in args.features.split(",") if c.strip()] if args.features else None
    try:
        frame = read_csv(Path(args.csv))
        check(frame, args.outcome, args.positive, protected, features)  # refuse bad input before any progress is drawn
        with _progress(STEPS, "evaluating", "steps") as bar:
            report = evaluate_frame(frame, args.outcome, args.positive, protected, features, progress=bar.update)
    except ScreeningInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(f"cases {report['n']}, AUC {report['auc']:.3f} (logistic baseline {report['auc_logistic_baseline']:.3f}), "
              f"Brier {report['brier']:.4f}, ECE {report['ece']:.4f}, threshold {report['threshold']:.3f}")
        for column, ratio in report["fpr_ratio"].items():
            print(f"  {column}: FPR ratio {ratio if ratio is not None else 'n/a'}; policy {report['policy'][column]['note']}, "
                  f"test ratio {report['policy'][column]['test']['fpr_ratio']}")
        for warning in report["warnings"]:
            print(f"  warning: {warning}")
    return 0


def register(sub: argparse._SubParsersAction) -> None:
    screening = sub.add_parser("screening", help="screening of the distance to the labour market")
    screening_sub = screening.add_subparsers(dest="what", required=True)
    evaluate = screening_sub.add_parser("evaluate", help="audit the screening method on a CSV of past cases (5-fold cross-validation)")
    evaluate.add_argument("--csv", required=True, help="past cases, one per row, with a header")
    evaluate.add_argument("--outcome", required=True, help="the outcome column")
    evaluate.add_argument("--positive", required=True, help="the outcome value that is the positive (flagged) class")
    evaluate.add_argument("--protected", required=True, help="COL[,COL...]: protected attributes, used only to audit")
    evaluate.add_argument("--features", help="COL[,COL...]: the model inputs (default: every other column)")
    evaluate.add_argument("--json", action="store_true", help="print the full report as JSON")
    evaluate.set_defaults(func=cmd_screening_evaluate)
    train = screening_sub.add_parser("train", help="train new 6- and 12-month models on the register's history and score today's job seekers")
    train.add_argument("--no-score", dest="score", action="store_false", help="train only; keep today's scores")
    train.add_argument("--json", action="store_true", help="one line of JSON")
    train.set_defaults(func=cmd_screening_train)
    score = screening_sub.add_parser("score", help="score every current job seeker with the active models (with explanations)")
    score.set_defaults(func=cmd_screening_score)

