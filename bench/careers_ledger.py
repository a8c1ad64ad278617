#!/usr/bin/env python
"""Issue 13 (speed): posting 1,000,000 learning-ledger entries on PostgreSQL with the balance constraint in force,
target under 60 s.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/wr_ledger_bench python bench/careers_ledger.py [--entries 1000000]

Through the shipped posting path, `werkregie.learning.ledger.post` — the one every use case calls, and in bulk the
yearly crediting (`use_cases.credit_yearly_all`) — in batches of 100,000 entries (one transaction each, as an import
or the yearly job posts them): head lock, idempotency lookup of every key, account locks, the running-balance check
of every entry in order, the hash chain, COPY; the database's trigger keeps the balances and its CHECK refuses a
negative one. The entries alternate between credits to persons (funding → person) and spendings (person → spent)
of random amounts up to what is there, so the check has real work and balances touch zero. Afterwards: an overdraft
through the same path is refused (nothing written), a raw INSERT that bypasses the code is refused by the database,
and `werkregie careers ledger check` is timed over the million postings. Writes
bench/results/careers-ledger-<date>.json. The machine is shared with other helpers: figures measured under load.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "werkregie.settings")

import resultfile  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--persons", type=int, default=20_000)
    parser.add_argument("--batch", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        print("set DATABASE_URL to a PostgreSQL database (the target is about PostgreSQL)", file=sys.stderr)
        return 2
    started = resultfile.machine()
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import IntegrityError, connection, transaction

    call_command("migrate", verbosity=0)
    from werkregie.demo.services import generate_population
    from werkregie.geo.services import load_reference_data
    from werkregie.learning import ledger
    from werkregie.learning import use_cases as uc
    from werkregie.learning.check import check_books
    from werkregie.learning.enums import AccountKind, PostingKind, Unit
    from werkregie.learning.models import Account, Posting
    from werkregie.people.models import Person
    from werkregie.workflows.services import PLATFORM

    load_reference_data()
    missing = args.persons - Person.all_objects.count()
    if missing > 0:
        generate_population(missing, seed=args.seed)
    person_ids = list(Person.objects.order_by("pk").values_list("pk", flat=True)[: args.persons])
    accounts = list(uc.ensure_accounts(person_ids, Unit.EUR).values())
    funding = ledger.platform_account(AccountKind.FUNDING, Unit.EUR).pk
    spent = ledger.platform_account(AccountKind.SPENT, Unit.EUR).pk
    before = Posting.objects.count()
    run = f"bench-{int(time.time())}"
    balances = dict(Account.objects.filter(pk__in=accounts).values_list("pk", "balance_minor"))
    rng = random.Random(args.seed)

    def batch(start: int, n: int) -> list:
        out = []
        for i in range(start, start + n):
            account = accounts[i % len(accounts)]
            if (i // len(accounts)) % 2 == 0 or balances[account] == 0:
                amount = rng.randint(1, 20_000)
                out.append(ledger.Entry(f"{run}:{i}", PostingKind.CREDIT, Unit.EUR, funding, account, amount, reference="bench"))
                balances[account] += amount
            else:
                amount = rng.randint(1, balances[account])  # up to all of it: balances touch zero
                out.append(ledger.Entry(f"{run}:{i}", PostingKind.SPEND, Unit.EUR, account, spent, amount, reference="bench"))
                balances[account] -= amount
        return out

    def backend_cpu() -> float | None:
        """CPU seconds of this connection's PostgreSQL backend (same machine): with the Python process's own CPU time,
        what the work costs without the other helpers' load."""
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_backend_pid()")
            pid = cursor.fetchone()[0]
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            return None

    timings = []
    db_cpu_start = backend_cpu()
    cpu_start = time.process_time()
    total_start = time.perf_counter()
    for start in range(0, args.entries, args.batch):
        n = min(args.batch, args.entries - start)
        entries = batch(start, n)  # building the entries is counted: an import builds them too
        t0 = time.perf_counter()
        ledger.post(entries, PLATFORM)
        timings.append(round(time.perf_counter() - t0, 2))
        print(f"{start + n:>9} entries posted, batch {timings[-1]} s", file=sys.stderr)
    total = time.perf_counter() - total_start
    python_cpu = time.process_time() - cpu_start
    db_cpu_end = backend_cpu()
    db_cpu = None if db_cpu_start is None or db_cpu_end is None else round(db_cpu_end - db_cpu_start, 1)
    posted = Posting.objects.count() - before

    # the constraint is in force: an overdraft through the path, then around it
    account = accounts[0]
    have = Account.objects.get(pk=account).balance_minor
    refused_by_code = False
    try:
        ledger.post([ledger.Entry(f"{run}:overdraft", PostingKind.SPEND, Unit.EUR, account, spent, have + 1)], PLATFORM)
    except ledger.InsufficientBalance:
        refused_by_code = True
    refused_by_database = False
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("INSERT INTO learning_posting (seq, key, kind, unit, debit_account_id, credit_account_id, amount_minor, effective_on,"
                           " reference, memo, created_by_label, created_at, content_hash, hash) VALUES (-1, %s, 'spend', 'EUR', %s, %s, %s, now(),"
                           " '', '', 'bench', now(), '', '')", [f"{run}:raw-overdraft", account, spent, have + 1])
    except IntegrityError:
        refused_by_database = True
    t0 = time.perf_counter()
    report = check_books()
    check_s = time.perf_counter() - t0
    figures = {
        "entries": args.entries, "posted": posted, "persons": len(accounts), "batch": args.batch, "seconds": round(total, 1),
        "entries_per_second": round(posted / total), "batch_seconds": timings,
        "python_cpu_seconds": round(python_cpu, 1), "postgresql_backend_cpu_seconds": db_cpu, "load_average_during": [round(x, 2) for x in os.getloadavg()], "overdraft_refused_by_code": refused_by_code,
        "overdraft_refused_by_database": refused_by_database, "ledger_check_seconds": round(check_s, 1), "ledger_check_ok": report.ok,
        "ledger_postings_total": report.figures.get("postings"), "vendor": connection.vendor,
        "note": "measured under load: the 2-core machine is shared with other helpers' test runs",
    }
    path = resultfile.write("careers-ledger", figures, [
        {"what": f"post {args.entries:,} learning-ledger entries (PostgreSQL, balance CHECK in force)", "target": "< 60 s",
         "measured": f"{total:.1f} s wall under load (CPU: {python_cpu:.1f} s Python + {db_cpu} s PostgreSQL backend)"},
        {"what": f"`werkregie careers ledger check` over {report.figures.get('postings'):,} postings", "target": "—", "measured": f"{check_s:.1f} s"},
    ], started=started)
    print(path)
    print(figures)
    return 0 if report.ok and refused_by_code and refused_by_database and posted == args.entries else 1


if __name__ == "__main__":
    sys.exit(main())
