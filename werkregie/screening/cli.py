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
    from werkregie.screening.use_cases import limits

    protected = [c.strip() for c in args.protected.split(",") if c.strip()]
    features = [c.strip() for c in args.features.split(",") if c.strip()] if args.features else None
    try:
        frame = read_csv(Path(args.csv))
        check(frame, args.outcome, args.positive, protected, features)  # refuse bad input before any progress is drawn
        with _progress(STEPS, "evaluating (nested cross-validation)", "steps") as bar:
            report = evaluate_frame(frame, args.outcome, args.positive, protected, features, progress=bar.update, limits=limits())
    except ScreeningInputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print(_text_report(report))
    return 0


def _text_report(report: dict) -> str:
    """The report for a reader: both models with their intervals, the choice and why, the decisions per group."""
    model = report["model"]
    lines = [f"cases {report['n']}" + (f" (a stratified sample of {report['sampled_from']})" if report["sampled_from"] else "")
             + f", {report['positives']} positive; nested {len(model['candidates']['logistic']['fold_aucs'])}-fold cross-validation"]
    for name, c in model["candidates"].items():
        gain = f", gain {c['gain']:+.3f} ({c['gain_ci'][0]:+.3f} to {c['gain_ci'][1]:+.3f})" if "gain" in c else ""
        lines.append(f"  {name:<9} AUC {c['auc']:.3f} (95% {c['auc_ci'][0]:.3f}-{c['auc_ci'][1]:.3f}; folds {min(c['fold_aucs']):.3f}-{max(c['fold_aucs']):.3f}){gain}"
                     + ("  <- chosen" if name == model["chosen"] else ""))
    lines.append(f"chosen: {model['reason']}")
    lines.append(f"chosen model: Brier {report['brier']:.4f}, ECE {report['ece']:.4f} (logistic: {report['brier_logistic_baseline']:.4f}, "
                 f"{report['ece_logistic_baseline']:.4f})")
    lines.append(f"decisions at the platform's cuts (chance of work = 1 - score; long below {report['cuts']['long_below']:.0%}, "
                 f"short above {report['cuts']['short_above']:.0%}):")
    for decision in report["decisions"].values():
        ratios = ", ".join(f"{c} FPR ratio {r if r is not None else 'n/a'}" for c, r in decision["fpr_ratio"].items())
        lines.append(f"  {decision['rule']}: flagged {decision['flagged_share']}, FPR {decision['fpr']}, FNR {decision['fnr']}; {ratios}")
    lines.append(f"Youden threshold {report['threshold']:.3f} (group figures at a threshold chosen on {report['threshold_use']['chosen_on']}):")
    for column, ratio in report["fpr_ratio"].items():
        tested = report["policy"][column]["test"]["fpr_ratio"]
        lines.append(f"  {column}: FPR ratio {ratio if ratio is not None else 'n/a'}; group-threshold analysis (never applied by the platform): "
                     f"{report['policy'][column]['note']}, ratio on other cases {f'{tested:.3f}' if tested is not None else 'n/a'}")
    lines.extend(f"  warning: {warning}" for warning in report["warnings"])
    return "\n".join(lines)


def register(sub: argparse._SubParsersAction) -> None:
    screening = sub.add_parser("screening", help="screening of the distance to the labour market")
    screening_sub = screening.add_subparsers(dest="what", required=True)
    evaluate = screening_sub.add_parser("evaluate", help="choose and audit the screening model on a CSV of past cases (nested cross-validation)")
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

