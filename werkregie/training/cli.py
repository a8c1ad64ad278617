"""Command-line commands of training; registered by werkregie/cli.py. Django code is imported inside the functions
(the parser is built before Django is set up).

  werkregie training import FILE --provider CODE|ID [--skip-invalid --rejects FILE] [--replace] [--confirm-cancellations]
      a provider's catalogue from JSON or CSV (see importer.py for the fields); all or nothing unless --skip-invalid,
      which writes the valid records and the rejected ones, with their reasons, to the rejects file (JSON lines); a file
      that takes away live bookings (a booked session or course withdrawn, places below the bookings) is refused unless
      --confirm-cancellations, which cancels them (refund, a message to each person)
  werkregie training providers      the providers with their number of active courses (JSON)
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("training", help="training catalogue: import a provider's courses, list providers")
    commands = parser.add_subparsers(dest="training_command", required=True)
    imp = commands.add_parser("import", help="import a provider's catalogue from JSON or CSV (idempotent by course id)")
    imp.add_argument("file")
    imp.add_argument("--provider", required=True, help="the provider's code or number")
    imp.add_argument("--skip-invalid", action="store_true", help="write the valid records; the invalid ones go to --rejects")
    imp.add_argument("--rejects", help="file for the rejected records and their reasons (JSON lines)")
    imp.add_argument("--replace", action="store_true", help="the file is the whole catalogue: courses not in it leave the catalogue")
    imp.add_argument("--confirm-cancellations", action="store_true",
                     help="cancel the live bookings of sessions and courses the file withdraws or shrinks (each person is told)")
    imp.set_defaults(func=cmd_import)
    providers = commands.add_parser("providers", help="list the providers (JSON)")
    providers.set_defaults(func=cmd_providers)


def cmd_import(args: argparse.Namespace) -> int:
    from werkregie.cli import _progress, migrate

    from .importer import ImportFileError, import_catalogue, read_file, write_rejects
    from .models import Provider

    migrate()
    if args.rejects and not args.skip_invalid:
        print("error: --rejects goes with --skip-invalid", file=sys.stderr)
        return 2
    path = Path(args.file)
    if not path.exists():
        print(f"error: {args.file}: file not found", file=sys.stderr)
        return 2
    key = args.provider
    provider = Provider.objects.filter(pk=int(key)).first() if key.isdigit() else Provider.objects.filter(code=key).first()
    if provider is None:
        print(f"error: no provider '{key}' (see `werkregie training providers`)", file=sys.stderr)
        return 2
    try:
        records = read_file(path)
    except ImportFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    from werkregie.core.errors import InvalidInput

    try:
        with _progress(len(records), "importing", "courses") as bar:
            report = import_catalogue(provider, records, skip_invalid=args.skip_invalid, replace=args.replace,
                                      confirm_cancellations=args.confirm_cancellations, progress=bar.update)
    except InvalidInput as exc:  # live bookings would go: nothing written
        for e in exc.errors[1:]:
            print(f"{e.field}: {e.message}", file=sys.stderr)
        print(f"error: {exc.detail} (--confirm-cancellations)", file=sys.stderr)
        return 1
    if report.rejected and not args.skip_invalid:
        for where, e in report.errors[:200]:
            print(f"{where}, {e.field}: {e.message}", file=sys.stderr)
        print(f"{report.rejected} of {report.records} records are invalid; nothing was written (use --skip-invalid to write the valid ones).",
              file=sys.stderr)
        return 1
    if args.rejects:
        write_rejects(Path(args.rejects), report)
    out = report.as_dict()
    out["errors"] = out["errors"][:50]
    print(json.dumps(out, ensure_ascii=False))
    return 0


def cmd_providers(args: argparse.Namespace) -> int:
    from django.db.models import Count, Q

    from .models import Provider

    rows = Provider.objects.annotate(courses_active=Count("courses", filter=Q(courses__active=True))).order_by("code")
    print(json.dumps([{"id": p.pk, "code": p.code, "name": p.name, "family": p.family, "courses": p.courses_active} for p in rows],
                     ensure_ascii=False, indent=2))
    return 0
