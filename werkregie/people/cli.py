"""Commands of the register (talent register): `werkregie import persons`, `werkregie people duplicates|merge`.
Registered by werkregie/cli.py; Django is set up before a command runs."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from werkregie.core.commands import migrate
from werkregie.core.commands import progress_bar as _progress


def cmd_import_persons(args: argparse.Namespace) -> int:
    from werkregie.people.importer import ImportFileError, import_persons

    migrate()
    if not Path(args.file).exists():
        print(f"error: {args.file}: file not found", file=sys.stderr)
        return 2
    try:
        with _progress(None, "importing", "persons") as bar:
            report = import_persons(Path(args.file), skip_invalid=args.skip_invalid, rejects_path=Path(args.rejects) if args.rejects else None, progress=bar.update)
    except ImportFileError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if report.rejected and not args.skip_invalid:
        for e in report.errors:
            print(f"row {e.row}, column {e.field}: {e.message}", file=sys.stderr)
        print(f"{report.rejected} of {report.rows} rows are invalid; nothing was written (use --skip-invalid to write the valid rows).", file=sys.stderr)
        return 1
    print(json.dumps(report.as_dict()))
    return 0


def _admin_principal(username: str):  # noqa: ANN202
    from werkregie.accounts.models import User
    from werkregie.accounts.principal import Principal

    user = User.objects.filter(username=username).first()
    if user is None:
        raise SystemExit(f"error: no user {username!r}")
    return Principal(user=user, scopes=Principal.for_session(user).scopes, channel="cli")


def cmd_duplicates(args: argparse.Namespace) -> int:
    from werkregie.core.errors import DomainError
    from werkregie.people.use_cases.registration import duplicate_groups_shown

    try:
        groups = duplicate_groups_shown(_admin_principal(args.user), args.limit)
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 1
    for group in groups:
        print(json.dumps([{"id": p.pk, "insz": p.insz, "name": f"{p.first_name} {p.last_name}", "birth_date": p.birth_date.isoformat()} for p in group], ensure_ascii=False))
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from werkregie.core.errors import DomainError
    from werkregie.people.use_cases import merge_persons

    try:
        record = merge_persons(_admin_principal(args.user), args.survivor, args.duplicate, args.reason)
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 1
    print(json.dumps({"survivor": record.survivor_id, "merged": record.merged_id}))
    return 0


def register_import(imp_sub: argparse._SubParsersAction) -> None:
    persons = imp_sub.add_parser("persons", help="import persons from CSV (all-or-nothing; upsert by INSZ)")
    persons.add_argument("file")
    persons.add_argument("--skip-invalid", action="store_true", help="write the valid rows, put the rejects in a file")
    persons.add_argument("--rejects", help="where to write rejected rows (default FILE.rejects.csv)")
    persons.set_defaults(func=cmd_import_persons)


def register(sub: argparse._SubParsersAction) -> None:
    people = sub.add_parser("people", help="talent register maintenance")
    people_sub = people.add_subparsers(dest="what", required=True)
    dup = people_sub.add_parser("duplicates", help="list groups of possible duplicates (same name and birth date)")
    dup.add_argument("--limit", type=int, default=100)
    dup.add_argument("--user", required=True, help="username of the admin or counsellor who looks (logged as reading each person listed)")
    dup.set_defaults(func=cmd_duplicates)
    merge = people_sub.add_parser("merge", help="merge a duplicate into a surviving person")
    merge.add_argument("survivor", type=int)
    merge.add_argument("duplicate", type=int)
    merge.add_argument("--reason", required=True)
    merge.add_argument("--user", required=True, help="username of the admin or counsellor who merges")
    merge.set_defaults(func=cmd_merge)

