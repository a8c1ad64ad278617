"""The learning account's use cases — the contract other apps call (training books, completes and cancels through
reserve/spend/release; careers shows the panel). Every posting goes through ledger.post; reads of a person's account
by someone other than the platform are logged in views/api through `statement_for`/`overview_for`.

`who` is a workflows `Who` (a user in a role, or PLATFORM); `person` is a Person or its id."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import IntegrityError, transaction
from django.db.models import Q, Sum
from django.utils.translation import gettext as _

from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock, dated
from werkregie.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from werkregie.core.lifecourse import age_on
from werkregie.people import perms as people_perms
from werkregie.people.enums import StatusKind
from werkregie.people.models import Person, StatusEpisode
from werkregie.workflows.services import PLATFORM, Who

from . import ledger
from .enums import AccountKind, PostingKind, ReservationState, Unit
from .models import Account, Posting, Reservation, from_minor, to_minor

PARAMETERS = Path(__file__).resolve().parent / "parameters"
RULES = Path(__file__).resolve().parents[1] / "rules" / "parameters"


def _pid(person) -> int:  # noqa: ANN001 - a Person or its id
    return int(person.pk if isinstance(person, Person) else person)


def _amount(amount, unit: str) -> int:  # noqa: ANN001
    try:
        value = Decimal(str(amount))
        minor = to_minor(value)
    except (InvalidOperation, ValueError):
        raise InvalidInput(_("Geef een bedrag met ten hoogste twee decimalen.")) from None
    if minor <= 0:
        raise InvalidInput(_("Het bedrag moet groter zijn dan nul."))
    if unit not in Unit.values:
        raise InvalidInput(_("Onbekende eenheid."))
    return minor


# --- accounts ----------------------------------------------------------------------------------------------------------


def account_of(person, unit: str = Unit.EUR) -> Account:  # noqa: ANN001
    """The person's account in `unit` (created on first use)."""
    pid = _pid(person)
    account = Account.objects.filter(person_id=pid, unit=unit).first()
    if account is None:
        if not Person.all_objects.filter(pk=pid).exists():
            raise NotFound(_("Deze persoon bestaat niet."))
        try:
            with transaction.atomic():
                account = Account.objects.create(person_id=pid, kind=AccountKind.PERSON, unit=unit)
        except IntegrityError:  # created at the same moment by another request
            account = Account.objects.get(person_id=pid, unit=unit)
    return account


def balance(person, unit: str = Unit.EUR) -> Decimal:  # noqa: ANN001
    value = Account.objects.filter(person_id=_pid(person), unit=unit).values_list("balance_minor", flat=True).first()
    return from_minor(value or 0)


def reserved(person, unit: str = Unit.EUR) -> Decimal:  # noqa: ANN001
    total = Reservation.objects.filter(person_id=_pid(person), unit=unit, state=ReservationState.OPEN).aggregate(t=Sum("amount_minor"))["t"]
    return from_minor(total or 0)


# --- credits, vouchers, rights -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class YearlyRule:
    amount_minor: int
    expires_on: dt.date
    min_age: int
    max_age: int


def yearly_rule(year: int) -> YearlyRule:
    on = dt.date(year, 1, 1)
    value = lambda key: dated.value(PARAMETERS, key, on).value  # noqa: E731
    valid = int(value("geldigheid_jaren"))
    return YearlyRule(to_minor(Decimal(str(value("jaarlijks_krediet")))), dt.date(year + valid - 1, 12, 31), int(value("minimumleeftijd")),
                      int(value("maximumleeftijd")))


def _credit_entry(pid: int, year: int, rule: YearlyRule, account_id: int, funding_id: int) -> ledger.Entry:
    return ledger.Entry(f"learning:credit:{pid}:{year}", PostingKind.CREDIT, Unit.EUR, funding_id, account_id, rule.amount_minor,
                        rule.expires_on, f"leerkrediet {year}")


def credit_yearly(person, year: int, who: Who) -> Posting:  # noqa: ANN001
    """The year's learning credit for one person (idempotent: once per person and year)."""
    rule = yearly_rule(year)
    p = Person.all_objects.filter(pk=_pid(person)).first()
    if p is None or p.merged_into_id is not None:
        raise NotFound(_("Deze persoon bestaat niet."))
    age = age_on(p.birth_date, dt.date(year, 1, 1))
    if not rule.min_age <= age <= rule.max_age:
        raise InvalidInput(_("Geen leerkrediet voor %(year)s: de persoon is %(age)s jaar op 1 januari (voorwaarde: %(min)s tot %(max)s).")
                           % {"year": year, "age": age, "min": rule.min_age, "max": rule.max_age})
    funding = ledger.platform_account(AccountKind.FUNDING, Unit.EUR)
    [pk] = ledger.post([_credit_entry(p.pk, year, rule, account_of(p).pk, funding.pk)], who)
    return Posting.objects.get(pk=pk)


def credit_yearly_all(year: int, who: Who) -> int:
    """The year's credit for every eligible person in the register, in one bulk posting (the yearly job; a rerun
    posts only the missing ones). Returns the number of persons covered."""
    rule = yearly_rule(year)
    jan1 = dt.date(year, 1, 1)
    born_after = dt.date(year - rule.max_age - 1, 1, 1)  # at most max_age on 1 January
    born_by = dt.date(year - rule.min_age, 1, 1)
    persons = list(Person.objects.filter(birth_date__gt=born_after, birth_date__lte=born_by).values_list("pk", "birth_date"))
    persons = [pid for pid, birth in persons if rule.min_age <= age_on(birth, jan1) <= rule.max_age]
    accounts = ensure_accounts(persons, Unit.EUR)
    funding = ledger.platform_account(AccountKind.FUNDING, Unit.EUR)
    ledger.post([_credit_entry(pid, year, rule, accounts[pid], funding.pk) for pid in persons], who)
    return len(persons)


def ensure_accounts(person_ids: list[int], unit: str) -> dict[int, int]:
    """The account id of each person in `unit`, creating the missing ones in bulk."""
    have = dict(Account.objects.filter(person_id__in=person_ids, unit=unit).values_list("person_id", "pk"))
    missing = [pid for pid in person_ids if pid not in have]
    if missing:
        Account.objects.bulk_create([Account(person_id=pid, kind=AccountKind.PERSON, unit=unit) for pid in missing], batch_size=5000,
                                    ignore_conflicts=True)
        have = dict(Account.objects.filter(person_id__in=person_ids, unit=unit).values_list("person_id", "pk"))
    return have


def _rule(key: str, on: dt.date):  # noqa: ANN202
    return dated.value(RULES, key, on).value


def buy_vouchers(person, value: Decimal, *, key: str, who: Who, development_plan: bool = False) -> list[Posting]:  # noqa: ANN001
    """Opleidingscheques (werkregie/rules: opleiding.cheques_*): the person buys cheques worth `value`, pays the own
    contribution, the Flemish government the rest; both arrive on the person's euro account as two postings. Refused
    above the year's maximum, or for a person with a diploma above the ceiling unless the training is in a personal
    development plan."""
    today = clock.today()
    minor = _amount(value, Unit.EUR)
    p = Person.objects.filter(pk=_pid(person)).first()
    if p is None:
        raise NotFound(_("Deze persoon bestaat niet."))
    if not _working(p, today, today):
        raise InvalidInput(_("Opleidingscheques zijn voor werknemers: de persoon werkt nu niet."))
    ceiling = int(_rule("opleiding.cheques_hoogste_isced", today))
    if not development_plan and (p.education_level is None or p.education_level > ceiling):
        raise InvalidInput(_("Opleidingscheques zijn voor werknemers met ten hoogste een diploma secundair onderwijs, tenzij de opleiding "
                             "in een persoonlijk ontwikkelingsplan staat."))
    maximum = to_minor(Decimal(str(_rule("opleiding.cheques_maximum", today))))
    own_share = Decimal(str(_rule("opleiding.cheques_eigen_bijdrage", today)))
    own_minor = int((Decimal(minor) * own_share).to_integral_value())
    account = account_of(p)
    gov = ledger.platform_account(AccountKind.VOUCHER_FUNDING, Unit.EUR)
    own = ledger.platform_account(AccountKind.OWN_CONTRIBUTION, Unit.EUR)
    entries = [e for e in (
        ledger.Entry(f"{key}:overheid", PostingKind.VOUCHER, Unit.EUR, gov.pk, account.pk, minor - own_minor, reference=f"opleidingscheques {key}"),
        ledger.Entry(f"{key}:eigen", PostingKind.VOUCHER, Unit.EUR, own.pk, account.pk, own_minor, reference=f"opleidingscheques {key}"),
    ) if e.amount_minor > 0]
    with transaction.atomic():
        ledger.lock_head()  # the year's total is read under the same lock the posting takes
        if not Posting.objects.filter(key=entries[0].key).exists():
            bought = (Posting.objects.filter(credit_account=account, kind=PostingKind.VOUCHER, effective_on__year=today.year)
                      .aggregate(t=Sum("amount_minor"))["t"] or 0)
            if bought + minor > maximum:
                raise InvalidInput(_("Dit jaar kunnen nog opleidingscheques voor %(left)s euro gekocht worden.")
                                   % {"left": from_minor(max(0, maximum - bought))})
        ids = ledger.post(entries, who)
    return list(Posting.objects.filter(pk__in=ids).order_by("seq"))


def _working(p: Person, start: dt.date, end: dt.date) -> bool:
    """At work (an employed episode) somewhere between start and end."""
    return StatusEpisode.objects.filter(person=p, kind=StatusKind.EMPLOYED, start__lte=end).filter(Q(end__isnull=True) | Q(end__gte=start)).exists()


def grant_training_leave(person, school_year: int, who: Who, *, employer_initiative: bool = False) -> Posting:  # noqa: ANN001
    """The hours of Vlaams opleidingsverlof for the school year starting 1 September `school_year` (rules:
    opleiding.vov_uren, plus the employer-initiative hours when asked), as a right in hours — never euros. For
    persons at work; the hours lapse on 31 August."""
    start = dt.date(school_year, 9, 1)
    p = Person.objects.filter(pk=_pid(person)).first()
    if p is None:
        raise NotFound(_("Deze persoon bestaat niet."))
    if not _working(p, start, max(start, clock.today())):
        raise InvalidInput(_("Vlaams opleidingsverlof is een recht van werknemers: geen periode als werkende in dit schooljaar."))
    hours = Decimal(str(_rule("opleiding.vov_uren", start)))
    if employer_initiative:
        hours += Decimal(str(_rule("opleiding.vov_uren_werkgeversinitiatief", start)))
    rights = ledger.platform_account(AccountKind.RIGHTS, Unit.HOUR)
    entry = ledger.Entry(f"learning:vov:{p.pk}:{school_year}", PostingKind.RIGHT, Unit.HOUR, rights.pk, account_of(p, Unit.HOUR).pk,
                         to_minor(hours), dt.date(school_year + 1, 8, 31), f"opleidingsverlof {school_year}-{school_year + 1}")
    [pk] = ledger.post([entry], who)
    return Posting.objects.get(pk=pk)


# --- reservations --------------------------------------------------------------------------------------------------------


def reserve(person, amount: Decimal, *, key: str, reference: str, who: Who, unit: str = Unit.EUR) -> Reservation:  # noqa: ANN001
    """Set `amount` aside for a booked training. Idempotent by `key`: the same key with the same person, amount, unit
    and reference returns the existing reservation; with anything else it is refused (409)."""
    minor = _amount(amount, unit)
    if not key or len(key) > 150:
        raise InvalidInput(_("Een reservering heeft een sleutel van 1 tot 150 tekens nodig."))
    pid = _pid(person)
    account = account_of(pid, unit)
    reserved_account = ledger.platform_account(AccountKind.RESERVED, unit)
    with transaction.atomic():
        ledger.lock_head()
        existing = Reservation.objects.filter(key=key).first()
        if existing is not None:
            if (existing.person_id, existing.amount_minor, existing.unit, existing.reference) != (pid, minor, unit, reference[:200]):
                raise ledger.KeyReused(_("De sleutel %(key)s werd al gebruikt voor een andere reservering.") % {"key": key})
            return existing
        [pk] = ledger.post([ledger.Entry(f"learning:reserve:{key}", PostingKind.RESERVE, unit, account.pk, reserved_account.pk, minor,
                                         reference=reference[:200])], who)
        return Reservation.objects.create(person_id=pid, unit=unit, amount_minor=minor, key=key, reference=reference[:200],
                                          reserve_posting_id=pk, created_at=clock.now())


def _settle(reservation: Reservation, who: Who, state: str, reason: str = "") -> Reservation:
    with transaction.atomic():
        ledger.lock_head()
        r = Reservation.objects.select_for_update().filter(pk=reservation.pk).first()
        if r is None:
            raise NotFound(_("Deze reservering bestaat niet."))
        if r.state == state:
            return r  # already done: a retry
        if r.state != ReservationState.OPEN:
            raise Conflict(_("Deze reservering is al %(state)s.") % {"state": r.get_state_display().lower()})
        reserved_account = ledger.platform_account(AccountKind.RESERVED, r.unit)
        if state == ReservationState.SPENT:
            target, kind = ledger.platform_account(AccountKind.SPENT, r.unit).pk, PostingKind.SPEND
        else:
            target, kind = account_of(r.person_id, r.unit).pk, PostingKind.RELEASE
        # one settlement key for both outcomes: the database's unique key forbids spending and releasing the same money
        [pk] = ledger.post([ledger.Entry(f"learning:settle:{r.key}", kind, r.unit, reserved_account.pk, target, r.amount_minor,
                                         reference=r.reference, memo=reason[:300])], who)
        r.state, r.settle_posting_id, r.reason, r.settled_at, r.version = state, pk, reason[:300], clock.now(), r.version + 1
        r.save(update_fields=["state", "settle_posting", "reason", "settled_at", "version"])
        return r


def spend(reservation: Reservation, who: Who) -> Reservation:
    """The training was completed: the reserved amount is spent (idempotent)."""
    return _settle(reservation, who, ReservationState.SPENT)


def release(reservation: Reservation, who: Who, reason: str) -> Reservation:
    """The booking was cancelled: the reserved amount goes back to the person's account (idempotent)."""
    return _settle(reservation, who, ReservationState.RELEASED, reason)


def reservation_by_key(key: str) -> Reservation | None:
    return Reservation.objects.filter(key=key).first()


# --- expiry and corrections ----------------------------------------------------------------------------------------------


def expiring(account_id: int, on: dt.date) -> int:
    """What lapses on `on` (hundredths): credit that expired before `on` and was not used. Use counts against the
    credit that expires first (reservations net of releases, earlier expiries), never more than the balance."""
    inflow = (Posting.objects.filter(credit_account_id=account_id, expires_on__lt=on).aggregate(t=Sum("amount_minor"))["t"] or 0)
    if not inflow:
        return 0
    out = Posting.objects.filter(debit_account_id=account_id).aggregate(t=Sum("amount_minor"))["t"] or 0
    back = Posting.objects.filter(credit_account_id=account_id, kind=PostingKind.RELEASE).aggregate(t=Sum("amount_minor"))["t"] or 0
    bal = Account.objects.filter(pk=account_id).values_list("balance_minor", flat=True).first() or 0
    return max(0, min(bal, inflow - (out - back)))


def expire_due(on: dt.date) -> int:
    """Let unused credit lapse (run nightly by the task runner through the sweep). Idempotent: what has lapsed is
    no longer unused, and the key is per account and day. Returns the number of expiry postings."""
    accounts = (Account.objects.filter(kind=AccountKind.PERSON, balance_minor__gt=0, credits__expires_on__lt=on)
                .values_list("pk", "unit").distinct())
    done = 0
    for account_id, unit in accounts:
        with transaction.atomic():
            ledger.lock_head()
            due = expiring(account_id, on)
            if due <= 0:
                continue
            expired = ledger.platform_account(AccountKind.EXPIRED, unit)
            ledger.post([ledger.Entry(f"learning:expire:{account_id}:{on.isoformat()}", PostingKind.EXPIRE, unit, account_id, expired.pk, due,
                                      reference=f"vervallen op {on.isoformat()}")], PLATFORM, on=on)
            done += 1
    return done


def correct(posting: Posting, who: Who, reason: str) -> Posting:
    """Undo a posting with a new one in the opposite direction (postings are never changed)."""
    if len((reason or "").strip()) < 5:
        raise InvalidInput(_("Geef een reden voor de correctie."))
    [pk] = ledger.post([ledger.Entry(f"learning:correct:{posting.key}", PostingKind.CORRECTION, posting.unit, posting.credit_account_id,
                                     posting.debit_account_id, posting.amount_minor, reference=f"correctie van {posting.seq}",
                                     memo=reason.strip()[:300])], who)
    return Posting.objects.get(pk=pk)


# --- statement -----------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatementLine:
    seq: int
    on: dt.date
    kind: str
    label: str
    reference: str
    amount: Decimal  # + in, - out
    balance: Decimal
    expires_on: dt.date | None
    reservation_state: str = ""  # for a reservation: open, spent or released (the spending itself is not on this account)


def statement(person, unit: str = Unit.EUR) -> list[StatementLine]:  # noqa: ANN001
    """Every posting on the person's account in `unit`, oldest first, with the running balance."""
    account = Account.objects.filter(person_id=_pid(person), unit=unit).first()
    if account is None:
        return []
    labels = dict(PostingKind.choices)
    states = dict(Reservation.objects.filter(person_id=account.person_id, unit=unit).values_list("reserve_posting_id", "state"))
    lines, running = [], 0
    rows = (Posting.objects.filter(Q(debit_account=account) | Q(credit_account=account)).order_by("seq")
            .values_list("pk", "seq", "effective_on", "kind", "reference", "amount_minor", "credit_account_id", "expires_on"))
    for pk, seq, on, kind, ref, amount, credit_id, expires_on in rows:
        signed = amount if credit_id == account.pk else -amount
        running += signed
        lines.append(StatementLine(seq, on, kind, str(labels.get(kind, kind)), ref, from_minor(signed), from_minor(running),
                                   expires_on if signed > 0 else None, states.get(pk, "")))
    return lines


def next_expiry(person, unit: str = Unit.EUR) -> tuple[dt.date, Decimal] | None:  # noqa: ANN001
    """The next day on which unused credit lapses, and how much would lapse if nothing is used before."""
    account = Account.objects.filter(person_id=_pid(person), unit=unit).first()
    if account is None or account.balance_minor <= 0:
        return None
    today = clock.today()
    for day in (Posting.objects.filter(credit_account=account, expires_on__gte=today).order_by("expires_on")
                .values_list("expires_on", flat=True).distinct()):
        due = expiring(account.pk, day + dt.timedelta(days=1))
        if due > 0:
            return day, from_minor(due)
    return None


# --- reads by people (logged) ---------------------------------------------------------------------------------------------

PURPOSES = {Role.CITIZEN: "own_data", Role.COUNSELLOR: "guidance", Role.ADMIN: "administration"}


def can_view(principal: Principal, person_id: int) -> bool:
    if principal.role not in PURPOSES:
        return False
    return people_perms.can_view_person(principal, person_id)


def statement_for(principal: Principal, person_id: int, unit: str = Unit.EUR) -> list[StatementLine]:
    """The statement for a person this principal may see, logged in the access log."""
    if unit not in Unit.values:
        raise InvalidInput(_("Onbekende eenheid."))
    if not can_view(principal, person_id):
        raise Forbidden(_("U hebt geen toegang tot de leerrekening van deze persoon."))
    record_access(principal.actor(), [person_id], "leerrekening: afschrift", PURPOSES[principal.role], principal.channel)
    return statement(person_id, unit)


EXPIRY_SOON_DAYS = 92  # about three months: credit lapsing within them is "binnenkort"; later, the date says when


@dataclass(frozen=True)
class Overview:
    person_id: int
    balance: Decimal
    reserved: Decimal
    hours: Decimal
    hours_reserved: Decimal
    vouchers_this_year: Decimal
    vouchers_maximum: Decimal
    next_expiry: tuple[dt.date, Decimal] | None
    hours_expiry: tuple[dt.date, Decimal] | None
    lines: list[StatementLine]
    hour_lines: list[StatementLine]
    open_reservations: list[Reservation]

    @property
    def expiry_soon(self) -> bool:
        """Whether the next credit to lapse lapses within EXPIRY_SOON_DAYS: the pages say "Vervalt binnenkort" only then
        (found by the attack on issue 13: "Vervalt binnenkort" for credit lapsing thirteen months later)."""
        return self.next_expiry is not None and (self.next_expiry[0] - clock.today()).days <= EXPIRY_SOON_DAYS


def vouchers_bought(person_id: int, year: int) -> Decimal:
    """The value of the opleidingscheques the person bought in a calendar year (the rules' yearly maximum counts it)."""
    account = Account.objects.filter(person_id=person_id, unit=Unit.EUR).first()
    if account is None:
        return Decimal("0")
    return from_minor(Posting.objects.filter(credit_account=account, kind=PostingKind.VOUCHER, effective_on__year=year)
                      .aggregate(t=Sum("amount_minor"))["t"] or 0)


def overview(person_id: int) -> Overview:
    today = clock.today()
    return Overview(person_id, balance(person_id), reserved(person_id), balance(person_id, Unit.HOUR), reserved(person_id, Unit.HOUR),
                    vouchers_bought(person_id, today.year), Decimal(str(_rule("opleiding.cheques_maximum", today))), next_expiry(person_id),
                    next_expiry(person_id, Unit.HOUR), statement(person_id), statement(person_id, Unit.HOUR),
                    list(Reservation.objects.filter(person_id=person_id, state=ReservationState.OPEN).order_by("created_at")))


def overview_for(principal: Principal, person_id: int | None, what: str = "leerrekening: overzicht") -> Overview:
    """The whole account of a person this principal may see (the citizen: their own), logged once."""
    if person_id is None:
        raise NotFound(_("Uw gebruikersaccount is niet aan een persoon in het register gekoppeld."))
    if not can_view(principal, person_id):
        raise Forbidden(_("U hebt geen toegang tot de leerrekening van deze persoon."))
    record_access(principal.actor(), [person_id], what, PURPOSES[principal.role], principal.channel)
    return overview(person_id)
