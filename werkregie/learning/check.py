"""The auditor's reconciliation (`werkregie careers ledger check`): proves from the stored rows alone that the books
balance, and names what does not.

1. every posting is a balanced double entry: a positive amount, two different accounts, both in the posting's unit;
2. every account's stored balance equals the sum of its postings (credits minus debits);
3. no account that is not a source has a negative balance;
4. per unit, all balances together are zero (the trial balance);
5. the chain: seq runs 1..n without gaps, every posting's content and chain hash recompute, and the head holds n and
   the last hash — a posting removed, changed or inserted behind the triggers' back breaks it;
6. reservations: the platform's reserved account holds exactly the open reservations, and every reservation's
   postings match its amount and state;
7. the database's triggers are in place."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from django.db import connection

from . import dbguard
from .enums import SOURCE_KINDS, AccountKind, ReservationState
from .ledger import GENESIS, chain_hash, content_hash
from .models import Account, LedgerHead, Posting, Reservation, from_minor

MAX_LISTED = 20  # problems named per check; the count says how many more


@dataclass
class Report:
    problems: list[str] = field(default_factory=list)
    figures: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, found: list[str], what: str) -> None:
        self.problems.extend(found[:MAX_LISTED])
        if len(found) > MAX_LISTED:
            self.problems.append(f"… and {len(found) - MAX_LISTED} more: {what}")


def _entries(report: Report) -> None:
    p, a = Posting._meta.db_table, Account._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT p.seq FROM {p} p LEFT JOIN {a} d ON d.id = p.debit_account_id LEFT JOIN {a} c ON c.id = p.credit_account_id "
                       "WHERE p.amount_minor <= 0 OR p.debit_account_id = p.credit_account_id OR d.id IS NULL OR c.id IS NULL "
                       "OR d.unit <> p.unit OR c.unit <> p.unit ORDER BY p.seq")
        bad = [f"posting {seq} is not a balanced entry (amount, accounts or unit)" for (seq,) in cursor.fetchall()]
    report.add(bad, "unbalanced postings")


def _balances(report: Report) -> None:
    p = Posting._meta.db_table
    sums: dict[int, int] = defaultdict(int)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT credit_account_id, SUM(amount_minor) FROM {p} GROUP BY credit_account_id")
        for pk, total in cursor.fetchall():
            sums[pk] += int(total)
        cursor.execute(f"SELECT debit_account_id, SUM(amount_minor) FROM {p} GROUP BY debit_account_id")
        for pk, total in cursor.fetchall():
            sums[pk] -= int(total)
    wrong, negative, trial, count = [], [], defaultdict(int), 0
    for pk, kind, unit, bal in Account.objects.values_list("pk", "kind", "unit", "balance_minor").iterator(chunk_size=20_000):
        trial[unit] += bal
        count += 1
        if bal != sums.get(pk, 0):
            wrong.append(f"account {pk} ({kind}, {unit}): stored balance {from_minor(bal)} but its postings sum to {from_minor(sums.get(pk, 0))}")
        if bal < 0 and kind not in SOURCE_KINDS:
            negative.append(f"account {pk} ({kind}, {unit}) has a negative balance {from_minor(bal)}")
    report.add(wrong, "balances that differ from their postings")
    report.add(negative, "negative balances")
    report.add([f"the {unit} balances sum to {from_minor(total)}, not zero" for unit, total in trial.items() if total], "trial balance")
    report.figures["accounts"] = count
    report.figures["balances"] = {unit: str(from_minor(total)) for unit, total in sorted(trial.items())}


def _chain(report: Report) -> None:
    prev, expected, broken = GENESIS, 0, []
    rows = Posting.objects.order_by("seq").values_list(
        "seq", "key", "kind", "unit", "debit_account_id", "credit_account_id", "amount_minor", "expires_on", "reference", "effective_on",
        "created_at", "created_by_label", "memo", "content_hash", "hash")
    for seq, key, kind, unit, debit, credit, amount, expires_on, ref, on, at, label, memo, stored_content, stored_hash in rows.iterator(chunk_size=20_000):
        expected += 1
        if seq != expected:
            broken.append(f"the chain skips from {expected - 1} to {seq}: postings are missing")
            expected = seq
        content = content_hash(key, kind, unit, debit, credit, amount, expires_on, ref)
        if content != stored_content:
            broken.append(f"posting {seq} ({key}) was changed: its content no longer matches its hash")
        digest = chain_hash(prev, seq, content, on, at, label, memo)
        if digest != stored_hash:
            broken.append(f"posting {seq} ({key}) breaks the chain")
        prev = stored_hash
    head = LedgerHead.objects.filter(pk=1).first()
    head_seq, head_hash = (head.seq, head.hash) if head else (0, GENESIS)
    if (head_seq, head_hash) != (expected, prev):
        broken.append(f"the head says {head_seq} postings ending in {head_hash[:12]}…, the table holds {expected} ending in {prev[:12]}…")
    report.add(broken, "chain breaks")
    report.figures["postings"] = expected


def _reservations(report: Report) -> None:
    wrong = []
    open_by_unit: dict[str, int] = defaultdict(int)
    rows = Reservation.objects.values_list("pk", "unit", "amount_minor", "state", "reserve_posting__amount_minor", "reserve_posting__kind",
                                           "settle_posting__amount_minor", "settle_posting__kind")
    for pk, unit, amount, state, r_amount, r_kind, s_amount, s_kind in rows.iterator(chunk_size=20_000):
        if r_amount != amount or r_kind != "reserve":
            wrong.append(f"reservation {pk}: its reserve posting does not match its amount")
        if state == ReservationState.OPEN:
            open_by_unit[unit] += amount
        elif s_amount != amount or s_kind != {"spent": "spend", "released": "release"}[state]:
            wrong.append(f"reservation {pk} ({state}): its settlement posting does not match")
    held = dict(Account.objects.filter(kind=AccountKind.RESERVED).values_list("unit", "balance_minor"))
    for unit in sorted(set(open_by_unit) | set(held)):
        if open_by_unit.get(unit, 0) != held.get(unit, 0):
            wrong.append(f"the reserved account ({unit}) holds {from_minor(held.get(unit, 0))} but the open reservations add up to "
                         f"{from_minor(open_by_unit.get(unit, 0))}")
    report.add(wrong, "reservations")
    report.figures["open_reservations"] = {unit: str(from_minor(v)) for unit, v in sorted(open_by_unit.items())}


def check_books() -> Report:
    report = Report()
    _entries(report)
    _balances(report)
    _chain(report)
    _reservations(report)
    missing = dbguard.missing_triggers()
    if missing:
        report.problems.append(f"the database no longer guards the ledger (missing triggers: {', '.join(missing)})")
    return report
