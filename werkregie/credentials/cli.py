"""Command-line commands of credentials; registered by werkregie/cli.py. Django code is imported inside the command
functions only (the parser is built before Django is set up).

    werkregie credentials issuers add --name N --slug S --kind training_provider|school|assessor [--organisation ID] [--url U]
    werkregie credentials issuers list [--json]
    werkregie credentials issuers keys SLUG [--add JWK.json | --did-document DID.json | --rotate | --withdraw KID --reason R | --events]
                                                 the partner's public keys: register one of its own, take them from its
                                                 did:web DID document, or rotate the key the platform keeps for it
    werkregie credentials verify FILE|-          check a credential (exit 0 valid, 1 not valid), each check in words

The platform's own key pair is the one of `werkregie keys init/rotate` (werkregie.core.keys)."""

from __future__ import annotations

import argparse
import json
import sys


def cmd_issuers_add(args: argparse.Namespace) -> int:
    from werkregie.core.errors import DomainError
    from werkregie.credentials import use_cases as uc
    from werkregie.organisations.models import Organisation
    from werkregie.workflows.services import Who

    organisation = None
    if args.organisation is not None:
        organisation = Organisation.objects.filter(pk=args.organisation).first()
        if organisation is None:
            print(f"no organisation {args.organisation}", file=sys.stderr)
            return 2
    try:
        issuer = uc.register_issuer(name=args.name, slug=args.slug or "", kind=args.kind, organisation=organisation, url=args.url or "",
                                    who=Who(None, "admin", "werkregie credentials issuers add (command line)"))
    except DomainError as exc:
        print(exc.detail + "".join(f"\n  {e.field}: {e.message}" for e in exc.errors), file=sys.stderr)
        return 2
    print(json.dumps({"slug": issuer.slug, "did": issuer.did, "kid": issuer.public_jwks[0]["kid"]}, ensure_ascii=False))
    return 0


def cmd_issuers_list(args: argparse.Namespace) -> int:
    from werkregie.credentials import use_cases as uc
    from werkregie.credentials.models import Issuer

    uc.platform_issuer()
    rows = [{"slug": i.slug, "name": i.name, "kind": i.kind, "did": i.did, "organisation_id": i.organisation_id, "active": i.active,
             "credentials": i.credentials.count()} for i in Issuer.objects.all()]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        for r in rows:
            print(f"{r['slug']:<24} {r['kind']:<18} {'actief' if r['active'] else 'inactief':<9} {r['credentials']:>6}  {r['did']}  {r['name']}")
    return 0


def cmd_issuers_keys(args: argparse.Namespace) -> int:
    from werkregie.core.errors import DomainError
    from werkregie.credentials import partner_keys, signing
    from werkregie.credentials import use_cases as uc
    from werkregie.workflows.services import Who

    who = Who(None, "admin", "werkregie credentials issuers keys (command line)")
    try:
        issuer = uc.issuer_by_slug(args.slug)
        if issuer.is_platform:
            print("the platform's own keys: werkregie keys rotate", file=sys.stderr)
            return 2
        if args.add:
            issuer = partner_keys.register_key(issuer, json.loads(open(args.add, encoding="utf-8").read()), who)
        elif args.did_document:
            issuer = partner_keys.import_did_document(issuer, json.loads(open(args.did_document, encoding="utf-8").read()), who)
        elif args.rotate:
            issuer = partner_keys.rotate_custodial(issuer, who)
        elif args.withdraw:
            issuer = partner_keys.withdraw_key(issuer, args.withdraw, args.reason or "", who)
        elif args.events:
            events = [{"at": e.at.isoformat(), "kid": e.kid, "action": e.action, "source": e.source, "actor": e.actor, "reason": e.reason}
                      for e in partner_keys.key_events(issuer, who)]
            print(json.dumps(events, ensure_ascii=False, indent=1))
            return 0
    except (DomainError, ValueError) as exc:
        detail = getattr(exc, "detail", str(exc))
        print(detail + "".join(f"\n  {e.field}: {e.message}" for e in getattr(exc, "errors", [])), file=sys.stderr)
        return 2
    print(json.dumps({"slug": issuer.slug, "did": issuer.did, "keys": signing.issuer_jwks(issuer)}, ensure_ascii=False, indent=1))
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from werkregie.credentials import use_cases as uc

    text = sys.stdin.read() if args.file == "-" else open(args.file, encoding="utf-8", errors="replace").read()
    result = uc.verify(text)
    for check in result.checks:
        mark = "OK " if check.ok else "NEE" if check.checked else "?  "  # ?: not checked
        print(f"{mark} {check.name:<13} {check.reason}")
    print("GELDIG" if result.valid else "NIET GELDIG")
    return 0 if result.valid else 1


def register(sub: argparse._SubParsersAction) -> None:
    """Add this domain's sub-commands to the `werkregie` parser."""
    credentials = sub.add_parser("credentials", help="verifiable credentials: partner issuers, verification")
    credentials_sub = credentials.add_subparsers(dest="credentials_command", required=True)
    issuers = credentials_sub.add_parser("issuers", help="the registered issuers of credentials")
    issuers_sub = issuers.add_subparsers(dest="issuers_command", required=True)
    add = issuers_sub.add_parser("add", help="register a partner issuer with its own did:web and a new key pair")
    add.add_argument("--name", required=True)
    add.add_argument("--slug", help="short name in the DID (default: from the name)")
    add.add_argument("--kind", required=True, choices=["training_provider", "school", "assessor"])
    add.add_argument("--organisation", type=int, help="the partner organisation's id (its partner users issue through the API)")
    add.add_argument("--url", help="the issuer's website")
    add.set_defaults(func=cmd_issuers_add)
    listing = issuers_sub.add_parser("list", help="list the issuers, their DIDs and how many credentials each issued")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=cmd_issuers_list)
    keys = issuers_sub.add_parser("keys", help="a partner issuer's public keys: show, add its own, take its DID document, rotate")
    keys.add_argument("slug")
    what = keys.add_mutually_exclusive_group()
    what.add_argument("--add", metavar="JWK.json", help="register a public Ed25519 JWK (with its kid) of the partner's own infrastructure")
    what.add_argument("--did-document", metavar="DID.json", help="register the keys of the partner's did:web DID document")
    what.add_argument("--rotate", action="store_true", help="a new key pair kept by the platform for the partner (earlier keys stay)")
    what.add_argument("--withdraw", metavar="KID", help="withdraw a compromised key (with --reason): credentials signed with it stop verifying")
    what.add_argument("--events", action="store_true", help="the audit: who added, rotated or withdrew which key when")
    keys.add_argument("--reason", help="why the key is withdrawn (with --withdraw)")
    keys.set_defaults(func=cmd_issuers_keys)
    verify = credentials_sub.add_parser("verify", help="verify a credential (compact vc+jwt) from a file or stdin (-)")
    verify.add_argument("file")
    verify.set_defaults(func=cmd_verify)
