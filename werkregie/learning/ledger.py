"""The one posting path of the learning ledger: every use case (one posting or a million) ends here.

Under one transaction it locks the chain's head (which serialises postings, so the chain has no forks and two
postings never race for the same euros), answers keys already posted (same content: the existing posting; other
content: refused), locks the accounts involved, checks every account's running balance in order (a source may go
negative, nothing else), chains the hashes and inserts (COPY on PostgreSQL). The database then keeps the balances and
refuses a negative one on its own (dbguard.py) — the code's check gives the person a clear answer, the database's
makes it true whoever writes."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Iterable, Sequence

from django.db import connection, transaction
from django.utils.translation import gettext as _

from werkregie.core import clock
from werkregie.core.bulk import insert_rows
from werkregie.core.errors import Conflict, InvalidInput
from werkregie.workflows.services import Who

from .enums import SOURCE_KINDS
from .models import Account, LedgerHead, Posting, from_minor

GENESIS = "0" * 64
TABLE = Posting._meta.db_table
COLUMNS = ("seq", "key", "kind", "unit", "debit_account_id", "credit_account_id", "amount_minor", "effective_on", "expires_on",
           "reference", "memo", "created_by_id", "created_by_label", "created_at", "content_hash", "hash")
CHUNK = 50_000


class InsufficientBalance(Conflict):
    title = "Insufficient balance"


class KeyReused(Conflict):
    title = "Idempotency key reused with other content"


@dataclass(frozen=True)
class Entry:
    """One posting to make: `amount_minor` (hundredths, > 0) leaves `debit` and arrives on `credit` (account ids)."""

    key: str
    kind: str
    unit: str
    debit: int
    credit: int
    amount_minor: int
    expires_on: dt.date | None = None
    reference: str = ""
    memo: str = ""


def content_hash(key: str, kind: str, unit: str, debit: int, credit: int, amount_minor: int, expires_on: dt.date | None,
                 reference: str) -> str:
    """What a posting does — compared when a key comes back (the day and the memo are no part of it, so a retry the
    next day is still the same posting)."""
    text = f"{key}|{kind}|{unit}|{debit}|{credit}|{amount_minor}|{expires_on.isoformat() if expires_on else ''}|{reference}"
    return hashlib.sha256(text.encode()).hexdigest()


def stamp(at: dt.datetime) -> str:
    return at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")


def chain_hash(prev: str, seq: int, content: str, effective_on: dt.date, created_at: dt.datetime, created_by_label: str, memo: str) -> str:
    text = f"{prev}|{seq}|{content}|{effective_on.isoformat()}|{stamp(created_at)}|{created_by_label}|{memo}"
    return hashlib.sha256(text.encode()).hexdigest()


def posting_hashes(p: Posting, prev: str) -> tuple[str, str]:
    """(content hash, chain hash) recomputed from a stored posting — for the auditor's check."""
    content = content_hash(p.key, p.kind, p.unit, p.debit_account_id, p.credit_account_id, p.amount_minor, p.expires_on, p.reference)
    return content, chain_hash(prev, p.seq, content, p.effective_on, p.created_at, p.created_by_label, p.memo)


def lock_head() -> LedgerHead:
    head = LedgerHead.objects.select_for_update().filter(pk=1).first()
    if head is None:  # a database emptied by `flush`: the chain starts again
        LedgerHead.objects.get_or_create(pk=1)
        head = LedgerHead.objects.select_for_update().get(pk=1)
    return head


NULL = "\\N"  # COPY text's NULL
_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _existing(keys: Sequence[str]) -> dict[str, tuple[int, str]]:
    """key -> (seq, content hash) of the keys already posted. On PostgreSQL one array parameter per chunk (a query
    with 50,000 placeholders costs more to build than to run)."""
    found: dict[str, tuple[int, str]] = {}
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            for start in range(0, len(keys), 10 * CHUNK):
                cursor.execute(f"SELECT key, seq, content_hash FROM {TABLE} WHERE key = ANY(%s)", [list(keys[start:start + 10 * CHUNK])])
                found.update((k, (seq, h)) for k, seq, h in cursor.fetchall())
        return found
    for start in range(0, len(keys), 5000):
        found.update((k, (seq, h)) for seq, k, h in Posting.objects.filter(key__in=keys[start:start + 5000]).values_list("seq", "key", "content_hash"))
    return found


def _accounts(ids: Iterable[int]) -> dict[int, tuple[str, str, int]]:
    """Lock the accounts (in id order, so that two writers never wait on each other crosswise) and read them."""
    ids = sorted(set(ids))
    table = Account._meta.db_table
    found: dict[int, tuple[str, str, int]] = {}
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(f"SELECT id, kind, unit, balance_minor FROM {table} WHERE id = ANY(%s) ORDER BY id FOR UPDATE", [ids])
            found.update((pk, (kind, unit, bal)) for pk, kind, unit, bal in cursor.fetchall())
            return found
        for start in range(0, len(ids), 5000):
            part = ids[start:start + 5000]
            cursor.execute(f"SELECT id, kind, unit, balance_minor FROM {table} WHERE id IN ({', '.join(['%s'] * len(part))})", part)
            found.update((pk, (kind, unit, bal)) for pk, kind, unit, bal in cursor.fetchall())
    return found


def _write(todo: list[tuple[Entry, str]], seq: int, prev: str, on: dt.date, at: dt.datetime, who: Who) -> tuple[int, str, list[int]]:
    """Chain and insert; returns the last seq and hash and the new postings' seqs. PostgreSQL gets COPY text built
    here directly (the generic core.bulk formatter costs more than the COPY itself at a million rows)."""
    label = who.label[:200]
    seqs = []
    if connection.vendor == "postgresql":
        fixed_on, fixed_at = on.isoformat(), at.isoformat()
        user = NULL if who.user_id is None else str(who.user_id)
        tail = f"{user}\t{label.translate(_ESCAPES)}\t{fixed_at}"
        lines: list[str] = []
        # one COPY for the whole call (one trigger run, one balance UPDATE), fed in pieces while the next are built
        with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {TABLE} ({', '.join(COLUMNS)}) FROM STDIN") as copy:
            for e, content in todo:
                seq += 1
                memo = e.memo[:300]
                prev = chain_hash(prev, seq, content, on, at, label, memo)
                seqs.append(seq)
                lines.append(f"{seq}\t{e.key.translate(_ESCAPES)}\t{e.kind}\t{e.unit}\t{e.debit}\t{e.credit}\t{e.amount_minor}\t{fixed_on}\t"
                             f"{e.expires_on.isoformat() if e.expires_on else NULL}\t{e.reference[:200].translate(_ESCAPES)}\t"
                             f"{memo.translate(_ESCAPES)}\t{tail}\t{content}\t{prev}\n")
                if len(lines) >= 10_000:
                    copy.write("".join(lines).encode())
                    lines = []
            if lines:
                copy.write("".join(lines).encode())
        return seq, prev, seqs
    ops = connection.ops
    at_db, on_db = ops.adapt_datetimefield_value(at), ops.adapt_datefield_value(on)
    rows = []
    for e, content in todo:
        seq += 1
        memo = e.memo[:300]
        prev = chain_hash(prev, seq, content, on, at, label, memo)
        seqs.append(seq)
        rows.append((seq, e.key, e.kind, e.unit, e.debit, e.credit, e.amount_minor, on_db, ops.adapt_datefield_value(e.expires_on),
                     e.reference[:200], memo, who.user_id, label, at_db, content, prev))
    insert_rows(TABLE, COLUMNS, rows)
    return seq, prev, seqs


def post(entries: Sequence[Entry], who: Who, *, on: dt.date | None = None) -> list[int]:
    """Post `entries`, all or nothing; returns the postings' seqs (their primary keys) in the order of `entries` (an
    entry whose key was already posted with the same content gives the existing posting and is not posted again)."""
    if not entries:
        return []
    keys = [e.key for e in entries]
    if len(set(keys)) != len(keys):
        raise InvalidInput(_("Dezelfde sleutel komt twee keer voor in één boeking."))
    on = on or clock.today()
    at = clock.now()
    with transaction.atomic():
        head = lock_head()
        existing = _existing(keys)
        todo: list[tuple[Entry, str]] = []
        for e in entries:
            if not e.key or len(e.key) > 200:
                raise InvalidInput(_("Een boeking heeft een sleutel van 1 tot 200 tekens nodig."))
            if e.amount_minor <= 0:
                raise InvalidInput(_("Een bedrag moet groter zijn dan nul."))
            content = content_hash(e.key, e.kind, e.unit, e.debit, e.credit, e.amount_minor, e.expires_on, e.reference)
            if e.key in existing:
                if existing[e.key][1] != content:
                    raise KeyReused(_("De sleutel %(key)s werd al gebruikt voor een andere boeking.") % {"key": e.key})
                continue
            todo.append((e, content))
        if not todo:
            return [existing[k][0] for k in keys]
        accounts = _accounts([a for e, _c in todo for a in (e.debit, e.credit)])
        balances = {pk: bal for pk, (_k, _u, bal) in accounts.items()}
        for e, _c in todo:
            for pk in (e.debit, e.credit):
                if pk not in accounts:
                    raise InvalidInput(_("Onbekende rekening %(id)s.") % {"id": pk})
                if accounts[pk][1] != e.unit:
                    raise InvalidInput(_("Een boeking in %(unit)s kan niet op een rekening in een andere eenheid.") % {"unit": e.unit})
            balances[e.debit] -= e.amount_minor
            balances[e.credit] += e.amount_minor
            if balances[e.debit] < 0 and accounts[e.debit][0] not in SOURCE_KINDS:
                raise InsufficientBalance(_("Onvoldoende saldo: er ontbreekt %(short)s.") % {"short": from_minor(-balances[e.debit])})
        seq, prev, seqs = _write(todo, head.seq, head.hash, on, at, who)
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {LedgerHead._meta.db_table} SET seq = %s, hash = %s WHERE id = 1", [seq, prev])
    new = iter(seqs)
    return [existing[e.key][0] if e.key in existing else next(new) for e in entries]


def platform_account(kind: str, unit: str) -> Account:
    account = Account.objects.filter(person__isnull=True, kind=kind, unit=unit).first()
    if account is None:
        with transaction.atomic():
            account, _created = Account.objects.get_or_create(person=None, kind=kind, unit=unit)
    return account
