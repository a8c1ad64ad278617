"""Randomised bookkeeping (issue 13: "the ledger check passes after a randomised property test of bookings,
cancellations and expiries"): a hypothesis state machine credits, reserves, spends, releases and lets credit lapse
across the years; after every step the auditor's check passes, no balance is negative and every balance equals a
simple model of it. Plus the auditor's command, and the race on the last euros on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import itertools
import time
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, consumes, invariant, rule, run_state_machine_as_test

from tests.test_concurrency_pg import in_parallel, postgres_only  # one way to race transactions in tests
from werkregie import cli
from werkregie.core import clock
from werkregie.learning import ledger
from werkregie.learning import use_cases as uc
from werkregie.learning.check import check_books
from werkregie.learning.enums import AccountKind, PostingKind, ReservationState, Unit
from werkregie.learning.models import Account, Posting, Reservation
from werkregie.workflows.services import PLATFORM

from . import factories as f

_machines = itertools.count(1)
CENT = Decimal("0.01")


class Books(RuleBasedStateMachine):
    reservations = Bundle("reservations")

    def __init__(self) -> None:
        super().__init__()
        self.run = next(_machines)
        self.day = dt.date(2024, 3, 1)
        self.persons = [f.person(birth_date=dt.date(1975 + i, 6, 1)) for i in range(2)]
        self.balance = {p.pk: Decimal(0) for p in self.persons}
        self.reserved = {p.pk: Decimal(0) for p in self.persons}
        self.credited: set[tuple[int, int]] = set()
        self.keys = itertools.count(1)

    def _at(self):  # noqa: ANN202
        return clock.travel_to(dt.datetime.combine(self.day, dt.time(9), tzinfo=dt.UTC))

    @rule(who=st.integers(0, 1), year=st.integers(2024, 2027))
    def credit(self, who: int, year: int) -> None:
        p = self.persons[who]
        with self._at():
            uc.credit_yearly(p, year, PLATFORM)
        if (p.pk, year) not in self.credited:
            self.credited.add((p.pk, year))
            self.balance[p.pk] += 200

    @rule(target=reservations, who=st.integers(0, 1), cents=st.integers(1, 45_000))
    def reserve(self, who: int, cents: int):  # noqa: ANN201
        p, amount = self.persons[who], Decimal(cents) * CENT
        key = f"prop-{self.run}-{next(self.keys)}"
        with self._at():
            if amount > self.balance[p.pk]:
                with pytest.raises(ledger.InsufficientBalance):
                    uc.reserve(p, amount, key=key, reference="cursus", who=PLATFORM)
                return None
            r = uc.reserve(p, amount, key=key, reference="cursus", who=PLATFORM)
            assert uc.reserve(p, amount, key=key, reference="cursus", who=PLATFORM).pk == r.pk  # a retry: the same one
        self.balance[p.pk] -= amount
        self.reserved[p.pk] += amount
        return r

    @rule(r=consumes(reservations), complete=st.booleans())
    def settle(self, r, complete: bool) -> None:  # noqa: ANN001
        if r is None:
            return
        with self._at():
            if complete:
                assert uc.spend(r, PLATFORM).state == ReservationState.SPENT
            else:
                assert uc.release(r, PLATFORM, "geannuleerd").state == ReservationState.RELEASED
                self.balance[r.person_id] += r.amount
        self.reserved[r.person_id] -= r.amount

    @rule(days=st.integers(1, 500))
    def time_passes_and_credit_lapses(self, days: int) -> None:
        self.day += dt.timedelta(days=days)
        before = {pk: uc.balance(pk) for pk in self.balance}
        lapsed_before = Posting.objects.filter(kind=PostingKind.EXPIRE).count()
        uc.expire_due(self.day)
        for pk in self.balance:
            after = uc.balance(pk)
            assert 0 <= after <= before[pk]
            # only credit whose validity ended can lapse: never more than the credits expired by now
            expired_credit = sum(p.amount for p in Posting.objects.filter(credit_account__person_id=pk, kind=PostingKind.CREDIT,
                                                                            expires_on__lt=self.day))
            assert before[pk] - after <= expired_credit
            self.balance[pk] = after
        assert uc.expire_due(self.day) == 0  # the same day again: nothing more
        assert Posting.objects.filter(kind=PostingKind.EXPIRE).count() >= lapsed_before

    @invariant()
    def books_balance(self) -> None:
        report = check_books()
        assert report.ok, report.problems
        assert not Account.objects.filter(kind=AccountKind.PERSON, balance_minor__lt=0).exists()
        for pk in self.balance:
            assert uc.balance(pk) == self.balance[pk]
            assert uc.reserved(pk) == self.reserved[pk]


@pytest.mark.django_db
def test_randomised_credits_bookings_cancellations_completions_and_expiries_keep_the_books(ref):
    run_state_machine_as_test(Books, settings=settings(max_examples=8, stateful_step_count=15, deadline=None,
                                                       suppress_health_check=[HealthCheck.too_slow]))
    assert Reservation.objects.filter(state=ReservationState.OPEN).exists() or Reservation.objects.exists()


def test_the_auditors_command_passes_and_names_what_is_wrong(db, ref, capsys):
    p = f.person(birth_date=dt.date(1985, 1, 1))
    with clock.travel_to(dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC)):
        uc.credit_yearly(p, 2026, PLATFORM)
        uc.reserve(p, Decimal(80), key="cli-1", reference="cursus", who=PLATFORM)
    assert cli.main(["careers", "ledger", "check"]) == 0
    assert "the books balance" in capsys.readouterr().out
    # a balance changed behind the ledger's back (allowed by the CHECK: it is not negative) is caught
    Account.objects.filter(person=p).update(balance_minor=5000)
    assert cli.main(["careers", "ledger", "check", "--json"]) == 1
    out = capsys.readouterr().out
    assert '"ok": false' in out and "stored balance 50.00 but its postings sum to 120.00" in out
    # and a posting hidden from the chain (inserted without the head) breaks the chain and the balances check
    Account.objects.filter(person=p).update(balance_minor=12000)
    assert cli.main(["careers", "ledger", "check"]) == 0
    capsys.readouterr()
    funding = ledger.platform_account(AccountKind.FUNDING, Unit.EUR)
    Posting.objects.create(seq=999, key="sneaky", kind="credit", unit="EUR", debit_account=funding, credit_account=uc.account_of(p),
                           amount_minor=100, effective_on=dt.date(2026, 3, 1), created_by_label="x", created_at=clock.now(), content_hash="", hash="")
    assert cli.main(["careers", "ledger", "check"]) == 1
    err = capsys.readouterr().err
    assert "skips from 2 to 999" in err and "sneaky" in err


# --- PostgreSQL: real parallel transactions -------------------------------------------------------------------------------



@pytest.fixture
def keeps_reference_data(django_db_blocker):
    def load() -> None:
        from werkregie.geo.models import Municipality
        from werkregie.geo.services import load_reference_data

        with django_db_blocker.unblock():
            if not Municipality.objects.exists():
                load_reference_data()

    load()
    yield
    load()


@postgres_only
def test_two_bookings_race_for_the_last_euros_one_wins(keeps_reference_data, transactional_db):
    p = f.person(birth_date=dt.date(1985, 1, 1))
    uc.credit_yearly(p, 2026, PLATFORM)
    results = in_parallel(2, lambda i: uc.reserve(p.pk, Decimal(150), key=f"race-{i}", reference="cursus", who=PLATFORM))
    won = [r for r in results if isinstance(r, Reservation)]
    lost = [r for r in results if isinstance(r, ledger.InsufficientBalance)]
    assert len(won) == 1 and len(lost) == 1, results
    assert uc.balance(p) == Decimal(50) and check_books().ok


@postgres_only
def test_the_database_alone_refuses_the_second_of_two_concurrent_raw_postings(keeps_reference_data, transactional_db):
    """No head lock, no code check: two transactions insert a posting of 150 on an account holding 200 at the same
    time. The balance UPDATE of the trigger takes the row lock; the second sees the first's balance and fails the CHECK."""
    p = f.person(birth_date=dt.date(1985, 1, 1))
    uc.credit_yearly(p, 2026, PLATFORM)
    account = uc.account_of(p).pk
    spent = ledger.platform_account(AccountKind.SPENT, Unit.EUR).pk

    def work(i: int) -> str:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "INSERT INTO learning_posting (seq, key, kind, unit, debit_account_id, credit_account_id, amount_minor, effective_on, reference,"
                " memo, created_by_label, created_at, content_hash, hash) VALUES (%s, %s, 'spend', 'EUR', %s, %s, 15000, now(), '', '', 'x', now(), '', '')",
                [1000 + i, f"raw-race-{i}", account, spent])
            time.sleep(0.3)  # hold the row lock: the other transaction waits on it, then sees 50 left
        return "committed"

    results = in_parallel(2, work)
    assert results.count("committed") == 1, results
    assert any(isinstance(r, IntegrityError) and "learning_no_negative_balance" in str(r) for r in results), results
    assert uc.balance(p) == Decimal(50)
