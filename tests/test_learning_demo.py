"""The learning account's demo data and its place in the nightly sweep."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.learning import demo
from werkregie.learning import use_cases as uc
from werkregie.learning.check import check_books
from werkregie.learning.enums import PostingKind, Unit
from werkregie.learning.models import Posting
from werkregie.people.enums import StatusKind
from werkregie.workflows.services import PLATFORM
from werkregie.worklist import sweep

from . import factories as f


def test_demo_credits_history_and_rerun(db, ref):
    with clock.travel_to(dt.datetime(2026, 11, 30, 9, tzinfo=dt.UTC)):
        sofie = f.person(birth_date=dt.date(1986, 9, 14), first_name="Sofie", last_name="Peeters", education_level=3)
        f.user(Role.CITIZEN, username="burger", person=sofie)
        worker = f.person(birth_date=dt.date(1979, 2, 3), education_level=3)
        f.episode(worker, StatusKind.EMPLOYED, start=dt.date(2015, 1, 1))
        child = f.person(birth_date=dt.date(2014, 6, 1))
        counts = demo.seed()
        postings = Posting.objects.count()
        assert counts["credited"] >= 6 and counts["leave"] >= 1 and counts["vouchers"] >= 1
        # 3 × 200 credit, less the 2025 course of 180
        assert uc.balance(sofie) == Decimal(420)
        lines = uc.statement(sofie)
        assert [line.kind for line in lines][:4] == [PostingKind.CREDIT, PostingKind.CREDIT, PostingKind.RESERVE, PostingKind.CREDIT]
        assert (lines[2].on, lines[2].reservation_state) == (dt.date(2025, 3, 10), "spent")
        assert uc.balance(worker, Unit.HOUR) == Decimal(125) and uc.balance(child) == 0
        assert uc.next_expiry(sofie)[0] == dt.date(2026, 12, 31)
        demo.seed()  # a rerun adds nothing
        assert Posting.objects.count() == postings
    assert check_books().ok


def test_the_nightly_sweep_lets_credit_lapse(db, ref):
    p = f.person(birth_date=dt.date(1980, 1, 1))
    with clock.travel_to(dt.datetime(2024, 1, 2, 9, tzinfo=dt.UTC)):
        uc.credit_yearly(p, 2024, PLATFORM)
    result = sweep.run(dt.date(2027, 1, 1), only=["learning"])
    assert result["contributors"]["learning"]["expired"] == 1, result
    assert uc.balance(p) == 0

