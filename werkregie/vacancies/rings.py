"""The ring offer of the concentric model (issue 12 point 6): a vacancy of the platform's own (not one imported from a
partner) still open a number of days after it was published is offered to the next ring: after
`ring_offer_days_regions` days to the other regional services, after `ring_offer_days_border` to the services of the
border regions, after `ring_offer_days_eures` to EURES (dated parameters in parameters/, read with core.dated). Each
destination through its gateway (gateways.py); one VacancyDistribution row per vacancy and destination keeps the
result: delivered (with the destination's reference), refused (with its reason), or retrying after a temporary
failure (up to MAX_ATTEMPTS runs). A vacancy no longer open is withdrawn from every destination that received it (the
same document, marked closed), and so is one whose employer opted out of the ring offer (`Vacancy.ring_offer`, set
at intake or later with set_ring_offer). Run every night by the deadline sweep (sweeps.py); idempotent. No personal
data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from werkregie.accounts.principal import Principal
from werkregie.core import clock, dated
from werkregie.core.errors import Forbidden, NotFound

from . import gateways, perms
from .models import DistributionStatus, Vacancy, VacancyDistribution

PARAMETERS = Path(__file__).resolve().parent / "parameters"
RING_KEYS = {gateways.BRUSSELS_WALLONIA: "ring_offer_days_regions", gateways.BORDER: "ring_offer_days_border",
             gateways.ABROAD: "ring_offer_days_eures"}
MAX_ATTEMPTS = 5
OPEN_ROWS = (DistributionStatus.PENDING, DistributionStatus.RETRYING)


def ring_days(on: dt.date) -> dict[int, int]:
    """Ring → days after publication, as the parameters say on that day (a ring without a value then: not offered)."""
    days = {}
    for ring, key in RING_KEYS.items():
        try:
            days[ring] = int(dated.value(PARAMETERS, key, on).value)
        except dated.NoValueOn:
            continue
    return days


def document(vacancy: Vacancy, destination: gateways.Destination, *, closed: bool = False) -> dict:
    from . import eures
    from .jobposting import job_posting

    url = f"{settings.WERKREGIE_PUBLIC_URL.rstrip('/')}/vacatures/{vacancy.pk}/"
    if destination.format == gateways.HROPEN:
        return eures.position_opening(vacancy, url, closed=closed)
    data = job_posting(vacancy, url)
    if closed:
        data["werkregie:closed"] = True  # what the import of a partner (and ours, exchange.py) reads as a closure
    return data


def _published_before(moment: dt.datetime) -> Q:
    return Q(state_since__lte=moment) | Q(state_since__isnull=True, created_at__lte=moment)


def _deliver(row: VacancyDistribution, *, closed: bool) -> str:
    """One delivery attempt; the row's new status."""
    destination = gateways.BY_SLUG[row.destination]
    now = clock.now()
    row.attempts += 1
    row.last_attempt_at = now
    try:
        receipt = gateways.gateway(row.destination).deliver(document(row.vacancy, destination, closed=closed))
    except gateways.GatewayError as exc:
        row.detail = str(exc)[:500]
        if exc.permanent:
            row.status = DistributionStatus.REFUSED
        elif row.attempts >= MAX_ATTEMPTS and not closed:
            row.status = DistributionStatus.REFUSED
            row.detail = _("Na %(n)s pogingen niet bereikbaar: %(why)s") % {"n": row.attempts, "why": exc}
        elif not closed:
            row.status = DistributionStatus.RETRYING
    else:
        row.reference = receipt.reference
        if closed:
            row.status, row.detail = DistributionStatus.WITHDRAWN, _withdrawn_why(row.vacancy, _("Ingetrokken bij de bestemming"))
        else:
            row.status, row.delivered_at, row.detail = DistributionStatus.DELIVERED, now, ""
    row.save()
    return row.status


def _withdrawn_why(vacancy: Vacancy, what: str) -> str:
    why = _("de vacature is niet meer open") if not vacancy.open else _("de werkgever biedt ze niet meer buiten Vlaanderen aan")
    return f"{what}: {why}."


def offer(as_of: dt.date) -> dict[str, int]:
    """Offer the vacancies that are due, retry what failed for a while, withdraw what closed. Counts per outcome."""
    counts = {"offered": 0, "delivered": 0, "refused": 0, "retrying": 0, "withdrawn": 0}
    end_of_day = dt.datetime.combine(as_of, dt.time.max, tzinfo=clock.BRUSSELS)
    own_open = Vacancy.objects.filter(open=True, source="", ring_offer=True)
    for ring, days in ring_days(as_of).items():
        due = own_open.filter(_published_before(end_of_day - dt.timedelta(days=days))).values_list("pk", flat=True)
        for destination in (d for d in gateways.DESTINATIONS if d.ring == ring):
            missing = due.exclude(distributions__destination=destination.slug)
            rows = [VacancyDistribution(vacancy_id=pk, destination=destination.slug, ring=ring, offered_on=as_of) for pk in missing.iterator()]
            VacancyDistribution.objects.bulk_create(rows, batch_size=2000, ignore_conflicts=True)
            counts["offered"] += len(rows)
            # withdrawn before (the employer opted out, or it closed) and due again (opted in, republished): offered anew
            again = VacancyDistribution.objects.filter(destination=destination.slug, status=DistributionStatus.WITHDRAWN, vacancy_id__in=due)
            counts["offered"] += again.update(status=DistributionStatus.PENDING, attempts=0, detail="", offered_on=as_of)
    related = VacancyDistribution.objects.select_related("vacancy__employer", "vacancy__municipality").prefetch_related(
        "vacancy__skills", "vacancy__municipality__postal_codes").order_by("pk")
    for row in related.filter(status__in=OPEN_ROWS, vacancy__open=True, vacancy__ring_offer=True).iterator(chunk_size=500):
        counts[_deliver(row, closed=False)] += 1
    # never delivered and no longer open, or no longer offered: nothing to take back
    pending = VacancyDistribution.objects.filter(status__in=OPEN_ROWS)
    for still_open, gone in ((False, pending.filter(vacancy__open=False)), (True, pending.filter(vacancy__open=True, vacancy__ring_offer=False))):
        counts["withdrawn"] += gone.update(status=DistributionStatus.WITHDRAWN, detail=_withdrawn_why(Vacancy(open=still_open), _("Niet aangeboden")))
    for row in related.filter(status=DistributionStatus.DELIVERED).filter(Q(vacancy__open=False) | Q(vacancy__ring_offer=False)).iterator(chunk_size=500):
        counts["withdrawn"] += _deliver(row, closed=True) == DistributionStatus.WITHDRAWN
    return counts


@dataclass(frozen=True)
class Planned:
    ring_label: str
    on: dt.date


@dataclass(frozen=True)
class Distribution:
    rows: list[VacancyDistribution]
    planned: list[Planned]
    vacancy: Vacancy


def _reachable(principal: Principal, vacancy_id: int) -> Vacancy:
    vacancy = Vacancy.objects.filter(pk=vacancy_id).first()
    if vacancy is None or not (perms.is_employer_of(principal, vacancy) or principal.role in perms.GUIDING_ROLES):
        raise NotFound(_("Geen vacature met dit nummer binnen uw toegang."))
    return vacancy


def refuse_unless_employer(principal: Principal, vacancy: Vacancy) -> None:
    """The ring choice is the employer's (attack of issue 12: a counsellor changed it through the API while the page
    told VDAB it was the employer's choice)."""
    if not perms.is_employer_of(principal, vacancy):
        raise Forbidden(_("Of de vacature buiten Vlaanderen wordt aangeboden, kiest de werkgever."))
    if vacancy.source:  # a partner's copy: changed at that partner, as its lifecycle is (attack of stop 44)
        raise Forbidden(_("Een vacature van een partner wijzigt u bij die partner."))


def set_ring_offer(principal: Principal, vacancy_id: int, offer: bool, *, version: int | None = None) -> Vacancy:
    """The employer of the vacancy chooses whether it is offered beyond Flanders. Opting out stops what was still to
    come and withdraws, at the next run of offer(), what was delivered; opting in again lets the next run offer it
    where it is due. Opting out of a vacancy that stood in the exchange's feed leaves a tombstone there (feed.py). A
    stale version is refused (workflows.services.check_version). VDAB reads the choice (the page says "Keuze van de
    werkgever") but does not change it: it set it only when it posted the vacancy for the employer (intake.create)."""
    from werkregie.workflows.services import check_version

    vacancy = _reachable(principal, vacancy_id)
    refuse_unless_employer(principal, vacancy)
    with transaction.atomic():
        vacancy = Vacancy.objects.select_for_update().get(pk=vacancy.pk)
        check_version(vacancy, version)
        if vacancy.ring_offer != bool(offer):
            from . import feed

            if not offer and feed.in_feed(vacancy):  # partners may have read it: the feed tells them it is gone
                vacancy.left_exchange_at = clock.now()
            vacancy.ring_offer, vacancy.version = bool(offer), vacancy.version + 1
            vacancy.save(update_fields=["ring_offer", "version", "left_exchange_at"])
    return vacancy


def distribution(principal: Principal, vacancy_id: int) -> Distribution:
    """Where the vacancy went and with what result, and which rings come next (the employer of the vacancy, VDAB)."""
    vacancy = _reachable(principal, vacancy_id)
    rows = list(vacancy.distributions.all())
    for row in rows:
        row.destination_name = gateways.BY_SLUG[row.destination].name if row.destination in gateways.BY_SLUG else row.destination
        row.ring_label = gateways.RING_LABELS.get(row.ring, "")
    planned = []
    published = vacancy.state_since or vacancy.created_at
    if vacancy.open and vacancy.ring_offer and not vacancy.source and published:
        reached = {row.ring for row in rows}
        today = clock.today()
        for ring, days in sorted(ring_days(today).items()):
            if ring not in reached:
                planned.append(Planned(str(gateways.RING_LABELS[ring]), max(today, published.astimezone(clock.BRUSSELS).date() + dt.timedelta(days=days))))
    return Distribution(rows, planned, vacancy)
