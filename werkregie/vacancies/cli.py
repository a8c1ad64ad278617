"""`werkregie import vacancies FILE.jsonl [--source NAME] [--skip-invalid --rejects OUT]`: the exchange's import
(exchange.py), with a progress bar on stderr and the report as JSON on stdout. Registered by werkregie/cli.py in its
`import` group."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def cmd_import_vacancies(args: argparse.Namespace) -> int:
    from werkregie.cli import _progress, migrate

    from .exchange import ImportRefused, import_records

    migrate()
    path = Path(args.file)
    if not path.exists():
        print(f"error: {args.file}: file not found", file=sys.stderr)
        return 2
    source = args.source or path.stem.split(".")[0].lower()
    rejects = Path(args.rejects) if args.rejects else (path.with_suffix(".rejects.jsonl") if args.skip_invalid else None)
    try:
        with path.open(encoding="utf-8") as lines, _progress(None, f"importing vacancies from {source}", "records") as bar:
            report = import_records(lines, source, skip_invalid=args.skip_invalid, rejects=rejects, progress=bar.update)
    except ImportRefused as exc:
        for e in exc.report.errors[:200]:
            print(f"line {e.line}, field {e.field or '-'}: {e.message}", file=sys.stderr)
        if len(exc.report.errors) > 200:
            print(f"... and {len(exc.report.errors) - 200} more errors (the first 200 are listed).", file=sys.stderr)
        print(f"{exc.report.rejected} of {exc.report.records} records are invalid; nothing was written "
              "(use --skip-invalid to write the valid ones).", file=sys.stderr)
        return 1
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = report.as_dict()
    if rejects is not None and report.rejected:
        out["rejects_file"] = str(rejects)
    print(json.dumps(out, ensure_ascii=False))
    return 0


def register_import(imp_sub) -> None:  # noqa: ANN001 - argparse's subparsers
    vacancies = imp_sub.add_parser("vacancies", help="import JobPosting records (JSON lines) from a regional service or partner "
                                   "(all-or-nothing; upsert by source and source id)")
    vacancies.add_argument("file")
    vacancies.add_argument("--source", help="the sender, e.g. forem, actiris, adg (default: the file name)")
    vacancies.add_argument("--skip-invalid", action="store_true", help="write the valid records, put the rejects in a file")
    vacancies.add_argument("--rejects", help="where to write rejected records (default FILE.rejects.jsonl)")
    vacancies.set_defaults(func=cmd_import_vacancies)
