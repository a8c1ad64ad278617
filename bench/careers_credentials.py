#!/usr/bin/env python
"""Issue 13 (speed): verifying a credential, target p95 under 20 ms, in process over the use case
(`werkregie.credentials.use_cases.verify`) AND over HTTP (`POST /api/v1/credentials/verify`, anonymous, as a public
verifier calls it: the shipped server, `werkregie serve` (gunicorn, one gthread worker), on a local port, one kept-alive
connection).

    WERKREGIE_DATA_DIR=/tmp/wr-creds-bench python bench/careers_credentials.py [--credentials 200] [--rounds 2000]

Set-up (a fresh data folder is best; DATABASE_URL for PostgreSQL): migrate, reference data, a few persons, a partner
issuer; then --credentials credentials are issued through the use case, half by the platform, half by the partner, and
a tenth revoked. The verified tokens are a mix: valid (platform and partner), revoked, and tampered (one changed
character), so every check runs. The anonymous rate limit is raised for the run (WERKREGIE_ANON_RATE), since one
client sends thousands of requests; the size cap and the rest of the guard stay. Writes
bench/results/careers-credentials-<date>.json. The machine is shared with other helpers: figures measured under load.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")
os.environ["WERKREGIE_ANON_RATE"] = "10000000/m"

import resultfile  # noqa: E402


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _figures(times: list[float]) -> dict:
    return {"n": len(times), "p50_ms": round(_pct(times, 0.50), 3), "p95_ms": round(_pct(times, 0.95), 3), "p99_ms": round(_pct(times, 0.99), 3),
            "mean_ms": round(statistics.fmean(times), 3), "max_ms": round(max(times), 3)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--credentials", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=2000, help="verifications per path")
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    started = resultfile.machine()
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.db import connection

    from tests import factories as f
    from werkregie.access.purposes import Purpose
    from werkregie.accounts.models import Role
    from werkregie.accounts.principal import Principal
    from werkregie.core import clock, keys
    from werkregie.credentials import use_cases as uc
    from werkregie.credentials.enums import CredentialKind, IssuerKind
    from werkregie.credentials.models import Credential, Issuer
    from werkregie.geo.models import Municipality
    from werkregie.geo.services import load_reference_data
    from werkregie.matching.platform import taxonomy
    from werkregie.organisations.models import OrganisationKind, PartnerType
    from werkregie.people.models import PartnerLink
    from werkregie.workflows.services import PLATFORM

    if not Municipality.objects.exists():
        load_reference_data()
    keys.ensure()
    rng = random.Random(args.seed)
    tax = taxonomy()
    issuer = Issuer.objects.filter(slug="bench-opleidingen").first()
    if issuer is None:
        org = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER, name="Bench Opleidingen")
        issuer = uc.register_issuer(name="Bench Opleidingen", slug="bench-opleidingen", kind=IssuerKind.TRAINING_PROVIDER, who=PLATFORM, organisation=org)
    persons = [f.person() for _ in range(10)] if not Credential.objects.exists() else None
    if persons is not None:
        for p in persons:
            PartnerLink.objects.get_or_create(person=p, organisation_id=issuer.organisation_id, purpose=Purpose.TRAINING, start=clock.today())
        counsellor = Principal.for_session(f.user(Role.ADMIN))
        t0 = time.perf_counter()
        for i in range(args.credentials):
            skills = [tax.skills[rng.randrange(len(tax.skills))].uri for _ in range(3)]
            # the partner issues only the kinds its kind of issuer may (uc.ISSUES; verification checks them too)
            kinds = sorted(uc.ISSUES[issuer.kind]) if i % 2 else CredentialKind.values
            made = uc.issue(person=persons[i % len(persons)], kind=rng.choice(kinds), title=f"Bench-credential {i}", skills=skills,
                            who=counsellor, issuer=issuer if i % 2 else None, description="Benchmark")
            if i % 10 == 0:
                uc.revoke(made, PLATFORM, "benchmark")
        issue_ms = (time.perf_counter() - t0) * 1000 / args.credentials
    else:
        issue_ms = None
    tokens = list(Credential.objects.values_list("token", flat=True)[:args.credentials])
    tampered = [t[:40] + ("A" if t[40] != "A" else "B") + t[41:] for t in tokens[:max(1, len(tokens) // 10)]]
    sample = tokens + tampered
    outcomes = {True: 0, False: 0}
    # warm-up: first use of the keys and the statements
    for t in sample[:20]:
        uc.verify(t)

    in_process = []
    for _ in range(args.rounds):
        token = rng.choice(sample)
        t0 = time.perf_counter()
        result = uc.verify(token)
        in_process.append((time.perf_counter() - t0) * 1000)
        outcomes[result.valid] += 1

    # the same request through Django's whole stack (middleware, guard, ninja) without a socket or a second process:
    # tells the application's share of the HTTP figure from the server's and the machine's
    from django.test import Client

    client = Client()
    through_django = []
    for _ in range(args.rounds):
        token = rng.choice(sample)
        t0 = time.perf_counter()
        client.post("/api/v1/credentials/verify", token, content_type="application/vc+jwt")
        through_django.append((time.perf_counter() - t0) * 1000)

    import socket
    import subprocess

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    # the shipped server: `werkregie serve` (gunicorn, gthread workers) on this data folder, one worker
    server = subprocess.Popen([sys.executable, "-m", "werkregie.cli", "serve", "--host", "127.0.0.1", "--port", str(port), "--workers", "1"],
                              cwd=ROOT, env=dict(os.environ), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                probe = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
                probe.request("GET", "/api/v1/health")
                if probe.getresponse().status == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                print("the server did not start", file=sys.stderr)
                return 1
            time.sleep(0.5)
        over_http = []
        statuses: dict[int, int] = {}
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)  # keep-alive, as a verifier service would call
        for i in range(args.rounds + 20):
            token = rng.choice(sample)
            t0 = time.perf_counter()
            try:
                conn.request("POST", "/api/v1/credentials/verify", body=token.encode(), headers={"Content-Type": "application/vc+jwt"})
                response = conn.getresponse()
            except (http.client.HTTPException, OSError):  # the server closed an idle keep-alive connection: reconnect
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
                conn.request("POST", "/api/v1/credentials/verify", body=token.encode(), headers={"Content-Type": "application/vc+jwt"})
                response = conn.getresponse()
            body = response.read()
            if i >= 20:  # warm-up
                over_http.append((time.perf_counter() - t0) * 1000)
                statuses[response.status] = statuses.get(response.status, 0) + 1
                if response.status == 200:
                    json.loads(body)
        conn.close()
    finally:
        server.terminate()
        server.wait(timeout=30)

    figures = {
        "database": connection.vendor, "credentials": len(tokens), "tampered": len(tampered), "issue_ms_mean": round(issue_ms, 2) if issue_ms else None,
        "in_process": _figures(in_process), "through_django_no_socket": _figures(through_django), "over_http": _figures(over_http), "http_statuses": statuses,
        "valid_share_in_process": round(outcomes[True] / max(1, sum(outcomes.values())), 3),
    }
    readme = [
        {"what": f"verify a credential in process (use case, {connection.vendor}), p95", "target": "< 20 ms", "measured": resultfile.ms(figures["in_process"]["p95_ms"])},
        {"what": f"verify a credential over HTTP (POST /api/v1/credentials/verify, {connection.vendor}), p95", "target": "< 20 ms",
         "measured": resultfile.ms(figures["over_http"]["p95_ms"])},
    ]
    path = resultfile.write(f"careers-credentials-{connection.vendor}" if connection.vendor != "sqlite" else "careers-credentials", figures, readme, started=started)
    print(json.dumps(figures, indent=1))
    print(f"written {path}")
    ok = figures["in_process"]["p95_ms"] < 20 and figures["over_http"]["p95_ms"] < 20 and statuses.get(200, 0) == len(over_http)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
