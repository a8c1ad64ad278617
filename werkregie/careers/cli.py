"""Command-line commands of careers under the `careers` group of werkregie/cli.py (module listed in CAREERS_COMMANDS).

    werkregie careers evc list --user U [--all] [--json]     the EVC requests U may assess (each person listed is logged)
    werkregie careers evc accredit ORG_ID --from YYYY-MM-DD [--until YYYY-MM-DD] --user ADMIN
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from exc


def _principal(username: str):  # noqa: ANN202
    from werkregie.accounts.models import User
    from werkregie.accounts.principal import Principal

    user = User.objects.filter(username=username).first()
    if user is None:
        print(f"error: no user {username!r}", file=sys.stderr)
        raise SystemExit(2)
    return Principal(user=user, scopes=Principal.for_session(user).scopes, channel="cli")


def cmd_list(args: argparse.Namespace) -> int:
    from werkregie.core.errors import DomainError

    from .use_cases import common, evc

    principal = _principal(args.user)
    try:
        found = list(evc.queue(principal, open_only=not args.all).prefetch_related("skills")[:1000])
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 1
    evc.log_list(principal, found)
    rows = [{"id": r.pk, "person_id": r.person_id, "person": f"{r.person.last_name}, {r.person.first_name}", "state": r.state,
             "occupation": common.occupation_label(r.occupation_uri), "skills": r.skills.count(),
             "deadline": r.deadline.isoformat() if r.deadline else None, "planned_on": r.planned_on.isoformat() if r.planned_on else None}
            for r in found]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False))
    else:
        for r in rows:
            print(f"{r['id']:>6}  {r['state']:<10} {r['deadline'] or '-':<10}  {r['person']}  {r['occupation'] or str(r['skills']) + ' skills'}")
        print(f"{len(rows)} requests")
    return 0


def cmd_accredit(args: argparse.Namespace) -> int:
    from werkregie.core.errors import DomainError

    from .use_cases import evc

    try:
        made = evc.accredit(_principal(args.user), args.organisation_id, args.valid_from, args.valid_until)
    except DomainError as exc:
        print(f"error: {exc.detail}", file=sys.stderr)
        return 1
    print(json.dumps({"id": made.pk, "organisation_id": made.organisation_id, "valid_from": made.valid_from.isoformat(),
                      "valid_until": made.valid_until.isoformat() if made.valid_until else None}))
    return 0


def register_careers(careers_sub: argparse._SubParsersAction) -> None:
    group = careers_sub.add_parser("evc", help="recognition of prior learning (EVC)")
    evc_sub = group.add_subparsers(dest="evc_command", required=True)
    listing = evc_sub.add_parser("list", help="the EVC requests a user may assess")
    listing.add_argument("--user", required=True)
    listing.add_argument("--all", action="store_true", help="also the closed requests")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_list)
    accredit = evc_sub.add_parser("accredit", help="accredit a partner organisation as EVC assessor (administrator)")
    accredit.add_argument("organisation_id", type=int)
    accredit.add_argument("--from", dest="valid_from", type=_date, required=True)
    accredit.add_argument("--until", dest="valid_until", type=_date, default=None)
    accredit.add_argument("--user", required=True)
    accredit.set_defaults(func=cmd_accredit)
