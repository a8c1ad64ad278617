"""The learning account's ledger. What the DATABASE guarantees, whoever writes (the ORM, raw SQL, a console):

- **Double entry.** A posting moves a positive amount from one account (debit: its balance goes down) to another
  (credit: its balance goes up), in one unit; so every posting sums to zero by construction (CHECK amount > 0,
  debit <> credit; a trigger refuses accounts of another unit than the posting's).
- **No negative balance.** `Account.balance_minor` is kept by a trigger on every inserted posting, in the inserting
  transaction; a CHECK refuses a balance below zero on every account that is not a source. On PostgreSQL the
  UPDATE takes the row lock, so two concurrent postings on the last euros serialise and the second one fails the
  CHECK even when the code's own check was bypassed.
- **Immutable.** Triggers refuse UPDATE and DELETE of postings (corrections are new postings) and DELETE of accounts.
- **Idempotent.** `key` is unique: the same key can be posted once (use_cases compares the content: the same content
  returns the existing posting, other content is refused).

Amounts are integers in hundredths (euro cents, hundredths of an hour): exact on SQLite and PostgreSQL alike, also
inside the triggers. The chain (`prev_hash`/`hash`, in `seq` order, head in LedgerHead) lets the auditor's check
prove that no posting was removed or altered behind the triggers' back (a superuser can disable triggers)."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .enums import SOURCE_KINDS, AccountKind, PostingKind, ReservationState, Unit

SCALE = 100  # hundredths


def to_minor(amount: Decimal) -> int:
    value = Decimal(amount) * SCALE
    if value != value.to_integral_value():
        raise ValueError(f"{amount} has more than two decimals")
    return int(value)


def from_minor(minor: int) -> Decimal:
    return (Decimal(int(minor)) / SCALE).quantize(Decimal("0.01"))


class Account(models.Model):
    person = models.ForeignKey("people.Person", null=True, blank=True, on_delete=models.PROTECT, related_name="learning_accounts")
    kind = models.CharField(max_length=20, choices=AccountKind.choices)
    unit = models.CharField(max_length=4, choices=Unit.choices)
    # kept by the database (trigger on postings), never written by the code
    balance_minor = models.BigIntegerField(default=0, db_default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("rekening")
        verbose_name_plural = _("rekeningen")
        constraints = [
            models.UniqueConstraint(fields=["person", "unit"], condition=Q(person__isnull=False), name="learning_one_account_per_person_unit"),
            models.UniqueConstraint(fields=["kind", "unit"], condition=Q(person__isnull=True), name="learning_one_platform_account_per_kind"),
            models.CheckConstraint(condition=Q(kind=AccountKind.PERSON, person__isnull=False) | (~Q(kind=AccountKind.PERSON) & Q(person__isnull=True)),
                                   name="learning_person_account_has_person"),
            models.CheckConstraint(condition=Q(kind__in=SOURCE_KINDS) | Q(balance_minor__gte=0), name="learning_no_negative_balance"),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} ({self.unit})" if self.person_id is None else f"{self.person_id}/{self.unit}"

    @property
    def balance(self) -> Decimal:
        return from_minor(self.balance_minor)


class LedgerHead(models.Model):
    """The end of the chain: the last seq and hash. One row (id 1), locked by every posting transaction, which also
    serialises postings so that the chain has no gaps or forks."""

    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, default="0" * 64)

    class Meta:
        verbose_name = _("einde van het grootboek")
        verbose_name_plural = _("einde van het grootboek")


class Posting(models.Model):
    # the chain's order is the key: one index less to maintain on every insert (a million postings feel it)
    seq = models.BigIntegerField(primary_key=True)
    key = models.CharField(max_length=200, unique=True)
    kind = models.CharField(max_length=20, choices=PostingKind.choices)
    unit = models.CharField(max_length=4, choices=Unit.choices)
    # No per-row foreign-key constraint: the statement trigger checks every inserted posting's accounts set-wise (exist,
    # same unit) — a million rows would otherwise cost two million row-level RI checks — and accounts cannot be deleted.
    debit_account = models.ForeignKey(Account, on_delete=models.DO_NOTHING, related_name="debits", db_index=False, db_constraint=False)
    credit_account = models.ForeignKey(Account, on_delete=models.DO_NOTHING, related_name="credits", db_index=False, db_constraint=False)
    amount_minor = models.BigIntegerField()
    effective_on = models.DateField()
    expires_on = models.DateField(null=True, blank=True)  # a credit that lapses when unused by then
    reference = models.CharField(max_length=200, blank=True)
    memo = models.CharField(max_length=300, blank=True)
    # who posted, by id and by name (the name stays when an account is removed; the id is for the audit, not a constraint)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.DO_NOTHING, related_name="+", db_index=False,
                                   db_constraint=False)
    created_by_label = models.CharField(max_length=200)
    created_at = models.DateTimeField()
    content_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("boeking")
        indexes = [models.Index(fields=["debit_account", "seq"], name="learning_posting_debit"),
                   models.Index(fields=["credit_account", "seq"], name="learning_posting_credit")]
        constraints = [
            models.CheckConstraint(condition=Q(amount_minor__gt=0), name="learning_posting_positive"),
            models.CheckConstraint(condition=~Q(debit_account=models.F("credit_account")), name="learning_posting_two_accounts"),
        ]

    @property
    def amount(self) -> Decimal:
        return from_minor(self.amount_minor)


class Reservation(models.Model):
    """Budget set aside for a booked training: moved from the person's account to the platform's reserved account,
    then either spent (completion) or released back (cancellation). One settlement at most: both use the key
    `<key>:settle`, which the database keeps unique."""

    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="learning_reservations")
    unit = models.CharField(max_length=4, choices=Unit.choices, default=Unit.EUR)
    amount_minor = models.BigIntegerField()
    key = models.CharField(max_length=200, unique=True)
    reference = models.CharField(max_length=200)
    state = models.CharField(max_length=10, choices=ReservationState.choices, default=ReservationState.OPEN)
    reserve_posting = models.OneToOneField(Posting, on_delete=models.PROTECT, related_name="+")
    settle_posting = models.OneToOneField(Posting, null=True, blank=True, on_delete=models.PROTECT, related_name="+")
    reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField()
    settled_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("reservering")
        verbose_name_plural = _("reserveringen")
        constraints = [
            models.CheckConstraint(condition=Q(amount_minor__gt=0), name="learning_reservation_positive"),
            models.CheckConstraint(condition=Q(state=ReservationState.OPEN, settle_posting__isnull=True)
                                   | (~Q(state=ReservationState.OPEN) & Q(settle_posting__isnull=False)), name="learning_reservation_settled"),
        ]

    @property
    def amount(self) -> Decimal:
        return from_minor(self.amount_minor)
