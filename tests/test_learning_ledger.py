"""The learning account's ledger (issue 13, point 4): credits, vouchers, rights, reservations, and what the DATABASE
refuses on its own — a negative balance, a changed or deleted posting, a reused key — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import IntegrityError, connection, transaction

from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.learning import ledger
from werkregie.learning import use_cases as uc
from werkregie.learning.check import check_books
from werkregie.learning.enums import AccountKind, PostingKind, ReservationState, Unit
from werkregie.learning.models import Account, Posting, Reservation
from werkregie.people.enums import StatusKind
from werkregie.workflows.services import PLATFORM

from . import factories as f

TODAY = dt.date(2026, 11, 30)


@pytest.fixture
def today():
    with clock.travel_to(dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)):
        yield TODAY


@pytest.fixture
def adult(db, ref, today):
    return f.person(birth_date=dt.date(1990, 5, 17))


def test_yearly_credit_from_the_dated_parameter_once_per_year(adult):
    posting = uc.credit_yearly(adult, 2026, PLATFORM)
    assert posting.amount == Decimal("200.00") and posting.kind == PostingKind.CREDIT
    assert posting.expires_on == dt.date(2028, 12, 31)
    again = uc.credit_yearly(adult, 2026, PLATFORM)
    assert again.pk == posting.pk
    assert uc.balance(adult) == Decimal("200.00")
    assert Posting.objects.filter(key__startswith="learning:credit:").count() == 1
    assert check_books().ok


def test_no_credit_outside_the_age_conditions(db, ref, today):
    child = f.person(birth_date=dt.date(2012, 3, 1))
    with pytest.raises(InvalidInput):
        uc.credit_yearly(child, 2026, PLATFORM)
    assert uc.balance(child) == 0


def test_reserve_spend_release_and_the_statement(adult):
    uc.credit_yearly(adult, 2025, PLATFORM)
    uc.credit_yearly(adult, 2026, PLATFORM)
    a = uc.reserve(adult, Decimal("150.50"), key="booking-1", reference="cursus A", who=PLATFORM)
    b = uc.reserve(adult, Decimal("100"), key="booking-2", reference="cursus B", who=PLATFORM)
    assert uc.balance(adult) == Decimal("149.50") and uc.reserved(adult) == Decimal("250.50")
    uc.spend(a, PLATFORM)
    uc.release(b, PLATFORM, "cursus geannuleerd")
    assert uc.balance(adult) == Decimal("249.50") and uc.reserved(adult) == 0
    assert uc.spend(a, PLATFORM).state == ReservationState.SPENT  # a retry
    with pytest.raises(Exception) as refused:
        uc.spend(b, PLATFORM)
    assert getattr(refused.value, "status", None) == 409
    lines = uc.statement(adult)
    assert [line.kind for line in lines] == ["credit", "credit", "reserve", "reserve", "release"]
    assert [line.balance for line in lines] == [Decimal(200), Decimal(400), Decimal("249.50"), Decimal("149.50"), Decimal("249.50")]
    assert check_books().ok


def test_reserving_more_than_the_balance_is_refused_by_the_code(adult):
    uc.credit_yearly(adult, 2026, PLATFORM)
    with pytest.raises(ledger.InsufficientBalance):
        uc.reserve(adult, Decimal("200.01"), key="too-much", reference="x", who=PLATFORM)
    assert not Reservation.objects.exists() and uc.balance(adult) == Decimal(200)


def test_idempotency_same_key_same_content_one_posting_other_content_refused(adult):
    uc.credit_yearly(adult, 2026, PLATFORM)
    first = uc.reserve(adult, Decimal(50), key="k-1", reference="cursus", who=PLATFORM)
    second = uc.reserve(adult, Decimal(50), key="k-1", reference="cursus", who=PLATFORM)
    assert first.pk == second.pk and Posting.objects.filter(kind=PostingKind.RESERVE).count() == 1
    with pytest.raises(ledger.KeyReused):
        uc.reserve(adult, Decimal(60), key="k-1", reference="cursus", who=PLATFORM)
    funding = ledger.platform_account(AccountKind.FUNDING, Unit.EUR)
    account = uc.account_of(adult)
    entry = ledger.Entry("manual-1", PostingKind.CORRECTION, Unit.EUR, funding.pk, account.pk, 1000)
    [pk1] = ledger.post([entry], PLATFORM)
    [pk2] = ledger.post([entry], PLATFORM)
    assert pk1 == pk2
    with pytest.raises(ledger.KeyReused):
        ledger.post([ledger.Entry("manual-1", PostingKind.CORRECTION, Unit.EUR, funding.pk, account.pk, 1001)], PLATFORM)
    assert uc.balance(adult) == Decimal(160)


def _raw_posting(debit: int, credit: int, amount_minor: int, key: str, unit: str = "EUR") -> None:
    """An INSERT that bypasses the code's checks entirely."""
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO learning_posting (seq, key, kind, unit, debit_account_id, credit_account_id, amount_minor, effective_on, reference, memo,"
            " created_by_label, created_at, content_hash, hash) VALUES (%s, %s, 'correction', %s, %s, %s, %s, %s, '', '', 'x', %s, '', '')",
            [10_000 + amount_minor, key, unit, debit, credit, amount_minor, TODAY, clock.now()])


def test_the_database_refuses_a_negative_balance_when_the_code_is_bypassed(adult):
    uc.credit_yearly(adult, 2026, PLATFORM)
    account = uc.account_of(adult)
    spent = ledger.platform_account(AccountKind.SPENT, Unit.EUR)
    with pytest.raises(IntegrityError), transaction.atomic():
        _raw_posting(account.pk, spent.pk, 20001, "bypass-1")
    with pytest.raises(IntegrityError), transaction.atomic():  # the ORM, too
        Posting.objects.create(seq=99_999, key="bypass-2", kind="correction", unit="EUR", debit_account=account, credit_account=spent,
                               amount_minor=20001, effective_on=TODAY, created_by_label="x", created_at=clock.now(), content_hash="", hash="")
    _raw_posting(account.pk, spent.pk, 20000, "bypass-ok")  # exactly to zero is allowed, and the balance follows
    assert uc.balance(adult) == 0
    with pytest.raises(IntegrityError), transaction.atomic():
        Account.objects.filter(pk=account.pk).update(balance_minor=-1)


def test_the_database_refuses_mixing_hours_and_euros(adult):
    hours = uc.account_of(adult, Unit.HOUR)
    funding = ledger.platform_account(AccountKind.FUNDING, Unit.EUR)
    with pytest.raises(IntegrityError), transaction.atomic():
        _raw_posting(funding.pk, hours.pk, 100, "mixed", "EUR")
    with pytest.raises(IntegrityError), transaction.atomic():
        _raw_posting(funding.pk, 987_654_321, 100, "nowhere", "EUR")  # an account that does not exist
    with pytest.raises(Exception), transaction.atomic():
        Account.objects.filter(pk=hours.pk).delete()  # accounts are part of the books
    with pytest.raises(InvalidInput):
        ledger.post([ledger.Entry("mixed-2", PostingKind.CORRECTION, Unit.EUR, funding.pk, hours.pk, 100)], PLATFORM)


@pytest.mark.parametrize("sql", ["UPDATE learning_posting SET amount_minor = 1", "UPDATE learning_posting SET memo = 'x'",
                                 "DELETE FROM learning_posting"])
def test_a_direct_update_or_delete_of_a_posting_is_refused(adult, sql):
    uc.credit_yearly(adult, 2026, PLATFORM)
    with pytest.raises(Exception) as refused, transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(sql)
    assert "immutable" in str(refused.value)
    with pytest.raises(Exception), transaction.atomic():
        Posting.objects.all().delete()
    assert Posting.objects.get().amount_minor == 20000


def test_expiry_of_unused_credit_first_in_first_out(adult):
    uc.credit_yearly(adult, 2024, PLATFORM)  # expires 31/12/2026
    uc.credit_yearly(adult, 2025, PLATFORM)  # expires 31/12/2027
    r = uc.reserve(adult, Decimal(150), key="b1", reference="c", who=PLATFORM)
    uc.spend(r, PLATFORM)
    assert uc.next_expiry(adult) == (dt.date(2026, 12, 31), Decimal(50))
    assert uc.expire_due(dt.date(2026, 12, 31)) == 0  # still valid on its last day
    assert uc.expire_due(dt.date(2027, 1, 1)) == 1
    assert uc.balance(adult) == Decimal(200)
    assert uc.expire_due(dt.date(2027, 1, 1)) == 0 and uc.expire_due(dt.date(2027, 1, 2)) == 0  # idempotent
    assert uc.expire_due(dt.date(2028, 1, 1)) == 1 and uc.balance(adult) == 0
    assert check_books().ok


def test_vouchers_from_the_rules_package_and_training_leave_in_hours(adult):
    adult.education_level = 3
    adult.save()
    with pytest.raises(InvalidInput):
        uc.buy_vouchers(adult, Decimal(200), key="cheque-0", who=PLATFORM)  # not at work
    f.episode(adult, StatusKind.EMPLOYED, start=dt.date(2020, 1, 1))
    postings = uc.buy_vouchers(adult, Decimal(200), key="cheque-1", who=PLATFORM)
    assert sorted(p.amount for p in postings) == [Decimal(100), Decimal(100)]  # half own contribution (opleiding.cheques_eigen_bijdrage)
    with pytest.raises(InvalidInput):
        uc.buy_vouchers(adult, Decimal(60), key="cheque-2", who=PLATFORM)  # above 250 a year (opleiding.cheques_maximum)
    assert uc.balance(adult) == Decimal(200)
    with pytest.raises(InvalidInput):
        uc.grant_training_leave(f.person(birth_date=dt.date(1991, 1, 1)), 2026, PLATFORM)  # not at work
    right = uc.grant_training_leave(adult, 2026, PLATFORM)
    assert right.unit == Unit.HOUR and right.amount == Decimal(125) and right.expires_on == dt.date(2027, 8, 31)
    assert uc.balance(adult, Unit.HOUR) == Decimal(125) and uc.balance(adult) == Decimal(200)
    uc.reserve(adult, Decimal(32), key="vov-1", reference="avondcursus", who=PLATFORM, unit=Unit.HOUR)
    assert uc.balance(adult, Unit.HOUR) == Decimal(93)
    assert check_books().ok


def test_a_correction_is_a_new_posting(adult):
    posting = uc.credit_yearly(adult, 2026, PLATFORM)
    fix = uc.correct(posting, PLATFORM, "dubbel toegekend")
    assert fix.pk != posting.pk and uc.balance(adult) == 0 and Posting.objects.count() == 2


def test_bulk_yearly_credit_covers_the_eligible_register(db, ref, today):
    people = [f.person(birth_date=dt.date(1970 + i, 2, 1)) for i in range(5)] + [f.person(birth_date=dt.date(2015, 1, 1))]
    assert uc.credit_yearly_all(2026, PLATFORM) >= 5
    assert uc.credit_yearly_all(2026, PLATFORM) >= 5  # a rerun posts nothing new
    assert all(uc.balance(p) == Decimal(200) for p in people[:5]) and uc.balance(people[5]) == 0
    assert Posting.objects.filter(kind=PostingKind.CREDIT).count() == Account.objects.filter(kind=AccountKind.PERSON).count()
    assert check_books().ok


def test_every_parameter_is_dated_sourced_and_says_it_is_illustrative():
    from werkregie.core import dated

    found = dated.catalogue(uc.PARAMETERS)
    assert {p.name.split(".")[-1] for p in found} >= {"jaarlijks_krediet", "geldigheid_jaren", "minimumleeftijd", "maximumleeftijd"}
    for p in found:
        meta = p.metadata or {}
        assert p.description.startswith("ILLUSTRATIEF") and meta.get("illustrative") is True, p.name
        assert meta.get("reference") and meta.get("unit") and meta.get("uncertainty"), p.name
    assert uc.yearly_rule(2026).amount_minor == 20000
