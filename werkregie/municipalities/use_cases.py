"""Cooperation agreements with their progress computed from the KPIs (never typed in), and the municipality worker's
leefloon clients with the referral to VDAB for screening and a trajectory. Every read of personal data is logged.

Who: an admin (VDAB) makes and edits any agreement and sees all; an analyst sees all agreements and their progress
(aggregates); a municipality worker sees, makes and edits the agreements its municipality is part of, and sees its own
current leefloon clients (people.perms), whom it may refer. Other roles: nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from werkregie.access.models import Shown
from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock, dates, suppression
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.core.text import required_text_problem, text_field_errors, text_problem
from werkregie.core.versions import unseen_message
from werkregie.geo.models import Municipality
from werkregie.kpis import catalogue, figures
from werkregie.kpis import use_cases as kpi_cases
from werkregie.people import perms as people_perms
from werkregie.people import validation
from werkregie.people.models import Person
from werkregie.workflows import reasons
from werkregie.workflows.labels import coded

from .client_order import OPEN_STEP_STATES, Reason, by_action, reason
from .models import Contact, CooperationAgreement, Direction, Engagement, MunicipalStep, Referral

READERS = frozenset({Role.ADMIN, Role.ANALYST, Role.MUNICIPALITY})
REFERRAL_DAYS = 14


def _own_municipality(principal: Principal) -> str | None:
    return principal.user.organisation.municipality_id if principal.role == Role.MUNICIPALITY and principal.user.organisation_id else None


def agreements(principal: Principal):  # noqa: ANN201 - a queryset
    if principal.role not in READERS:
        raise Forbidden(_("Uw rol heeft geen toegang tot de samenwerkingsovereenkomsten."))
    qs = CooperationAgreement.objects.prefetch_related("municipalities", "engagements", "contacts")
    if principal.role == Role.MUNICIPALITY:
        return qs.filter(municipalities=_own_municipality(principal)).distinct()
    return qs


def agreement(principal: Principal, agreement_id: int) -> CooperationAgreement:
    found = agreements(principal).filter(pk=agreement_id).first()
    if found is None:
        raise NotFound(_("Deze overeenkomst bestaat niet of u hebt er geen toegang toe."))
    return found


@dataclass
class Progress:
    engagement: Engagement
    kpi: catalogue.Kpi
    value: float | None  # the group's figure (a share as 0..1); None when suppressed in any member
    text: str
    target_text: str
    reached: bool | None
    on: dt.date
    hidden: bool = False  # the figure of a member is too small to publish, so the group's is withheld
    members: int = 1  # the municipalities of the agreement

    @property
    def state(self) -> str:
        """"reached", "missed", "hidden" (small numbers) or "unmeasured" (nobody to measure yet, e.g. an empty cohort)."""
        if self.reached is not None:
            return "reached" if self.reached else "missed"
        return "hidden" if self.hidden else "unmeasured"


def _group_value(kpi: catalogue.Kpi, table: figures.Breakdown, members: list[str]) -> float | None:
    """The figure of a group of municipalities from their published figures; None as soon as one is hidden (a sum over a
    hidden member would let anyone subtract the published others)."""
    shown = [table.get(("municipality", nis)) for nis in members]
    if any(f.hidden for f in shown):
        return None
    if kpi.kind == "rate":
        cohort = sum(f.count or 0 for f in shown)
        made = sum(round((f.value or 0) * (f.count or 0)) for f in shown)
        return made / cohort if cohort else None
    return float(sum(f.value or 0 for f in shown))


def progress(item: CooperationAgreement, on: dt.date | None = None) -> list[Progress]:
    day = min(on or clock.today(), item.end)
    members = [m.nis_code for m in item.municipalities.all()]
    out = []
    for engagement in item.engagements.all():
        kpi = catalogue.get(engagement.kpi)
        if kpi is None:
            continue
        table = figures.breakdown(kpi.code, day)
        value = _group_value(kpi, table, members)
        hidden = value is None and any(table.get(("municipality", nis)).hidden for nis in members)
        target = float(engagement.target) / 100 if kpi.kind == "rate" else float(engagement.target)
        # judged on the published figure only: judged on a hidden one, "reached" or not under targets the worker chooses
        # would tell the hidden figure (attack of stop 43: Aartselaar's 3 leefloon clients found by moving the target)
        reached = None if value is None else (value <= target if engagement.direction == Direction.AT_MOST else value >= target)
        out.append(Progress(engagement, kpi, value, kpi_cases.number(value, kpi, hidden), kpi_cases.number(target, kpi), reached, day, hidden,
                            len(members)))
    return out


def _parse_date(value: object, field: str, errors: list[FieldError]) -> dt.date | None:
    """A real date from 01/01/2000 to dates.PLANNED_YEARS after today (core.dates), else its error in `errors`."""
    if not value:
        return None
    try:
        return dates.parse_day_in_range(value, field, years_ahead=dates.PLANNED_YEARS)
    except InvalidInput as exc:
        errors.extend(exc.errors)
        return None


EDITORS = frozenset({Role.ADMIN, Role.MUNICIPALITY})


def _engagements(rows: list[dict], errors: list[FieldError]) -> list[Engagement]:
    """The engagements checked row by row, every problem of a row named by its field (engagements[i].kpi, .target,
    .direction), all of them at once; a KPI chosen twice is named on its second row."""
    engagements, seen = [], {}
    for i, row in enumerate(rows):
        kpi = catalogue.get(row.get("kpi") or "")
        if kpi is None:
            errors.append(FieldError(f"engagements[{i}].kpi", _("kies een indicator uit de catalogus")))
        elif kpi.code in seen:
            errors.append(FieldError(f"engagements[{i}].kpi", _("deze indicator staat al in een ander engagement (elke indicator hoogstens één keer)")))
        try:
            target = Decimal(str(row.get("target")).replace(",", "."))
        except (InvalidOperation, TypeError):
            target = Decimal(-1)
        if not target.is_finite() or target < 0 or target > Decimal("9999999999"):
            errors.append(FieldError(f"engagements[{i}].target", _("een getal van 0 of meer")))
        elif kpi is not None and kpi.kind == "rate" and target > 100:  # a share never passes 100 % (attack of stop 42: 150 stored)
            errors.append(FieldError(f"engagements[{i}].target", _("een percentage van 0 tot 100")))
        direction = row.get("direction") or Direction.AT_LEAST
        if direction not in Direction.values:
            errors.append(FieldError(f"engagements[{i}].direction", _("minstens of hoogstens")))
        elif (direction == Direction.AT_MOST and kpi is not None and kpi.kind != "rate" and target.is_finite()
              and 0 <= target < suppression.threshold()):
            # a count under the small-cell threshold is never published, so "at most 5" could only be judged by telling
            # a hidden count's range (walk of stop 43: every good result was hidden and earned nothing)
            errors.append(FieldError(f"engagements[{i}].target", _("een streefwaarde ‘hoogstens’ voor een aantal is minstens %(n)s: "
                                                                    "aantallen onder %(n)s worden nooit getoond") % {"n": suppression.threshold()}))
        if kpi is not None and kpi.code not in seen:
            seen[kpi.code] = i
            engagements.append(Engagement(kpi=kpi.code, target=target, direction=direction, description=(row.get("description") or "")[:300]))
    return engagements


def _contacts(rows: list[dict], errors: list[FieldError]) -> list[Contact]:
    """The contacts; a row left empty is no contact, but a row with an e-mail, a phone or a function and no name is
    refused, never dropped without a word (walk of stop 43)."""
    contacts = []
    for i, c in enumerate(rows):
        name = (c.get("name") or "").strip()
        if not name:
            if any(str(c.get(part) or "").strip() for part in ("function", "email", "phone")):
                errors.append(FieldError(f"contacts[{i}].name", _("vul een naam in (de rij heeft een functie, e-mail of telefoon)")))
            continue
        email = (c.get("email") or "").strip()
        if email and ("@" not in email or " " in email or len(email) > 254):
            errors.append(FieldError(f"contacts[{i}].email", _("geen geldig e-mailadres")))
        phone = str(c.get("phone") or "").strip()
        if phone and not validation.is_phone(phone):  # (walk of stop 43: "abc" was stored)
            errors.append(FieldError(f"contacts[{i}].phone", _("geen geldig telefoonnummer (bv. +32 9 123 45 67)")))
        contacts.append(Contact(name=name[:200], function=(c.get("function") or "")[:200], email=email[:254], phone=phone[:40]))
    return contacts


def _checked(principal: Principal, data: dict) -> tuple[dict, list[Municipality], list[Engagement], list[Contact]]:
    """The agreement's fields checked, every problem named by its field (one InvalidInput for all of them)."""
    errors: list[FieldError] = []
    title, partner = (data.get("title") or "").strip(), (data.get("partner_name") or "").strip()
    if not title:
        errors.append(FieldError("title", _("vul een titel in")))
    if not partner:
        errors.append(FieldError("partner_name", _("vul de partner in")))
    codes = list(dict.fromkeys(data.get("municipalities") or []))
    found = list(Municipality.objects.filter(nis_code__in=codes))
    own = _own_municipality(principal)
    if not codes or len(found) != len(codes):
        errors.append(FieldError("municipalities", _("kies een of meer bestaande gemeenten")))
    elif principal.role == Role.MUNICIPALITY and own not in codes:
        errors.append(FieldError("municipalities", _("uw eigen gemeente hoort bij de overeenkomst")))
    start, end = _parse_date(data.get("start"), "start", errors), _parse_date(data.get("end"), "end", errors)
    for name, day in (("start", start), ("end", end)):
        if day is None and not any(e.field == name for e in errors):
            errors.append(FieldError(name, dates.format_hint()))
    if start and end and end < start:
        errors.append(FieldError("end", _("het einde ligt voor het begin")))
    engagements = _engagements(data.get("engagements") or [], errors)
    contacts = _contacts(data.get("contacts") or [], errors)
    texts = [("title", title, 200, True), ("partner_name", partner, 200, True), ("notes", data.get("notes") or "", 4000, False)]
    texts += [(f"engagements[{i}].description", row.get("description") or "", 300, True) for i, row in enumerate(data.get("engagements") or [])]
    texts += [(f"contacts[{i}].{name}", str(c.get(name) or "").strip(), size, True) for i, c in enumerate(data.get("contacts") or [])
              for name, size in (("name", 200), ("function", 200), ("phone", 40))]
    errors += text_field_errors(texts)
    if errors:
        raise InvalidInput(_("De overeenkomst is niet bewaard: controleer de gemarkeerde velden."), errors)
    fields = {"title": title, "partner_name": partner, "start": start, "end": end, "notes": data.get("notes") or ""}
    return fields, found, engagements, contacts


def check_agreement(principal: Principal, data: dict) -> None:
    """The checks of create and update without saving (the page form shows every problem at once)."""
    _checked(principal, data)


def _store(item: CooperationAgreement, found: list[Municipality], engagements: list[Engagement], contacts: list[Contact]) -> None:
    item.municipalities.set(found)
    item.engagements.all().delete()
    item.contacts.all().delete()
    for row in (*engagements, *contacts):
        row.agreement = item
    Engagement.objects.bulk_create(engagements)
    Contact.objects.bulk_create(contacts)


def create_agreement(principal: Principal, data: dict) -> CooperationAgreement:
    """data: title, partner_name, municipalities [NIS], start, end, notes, engagements [{kpi, direction, target, description}],
    contacts [{name, function, email, phone}]. An admin of VDAB for any municipality; a municipality worker for its own."""
    if principal.role not in EDITORS:
        raise Forbidden(_("Enkel een beheerder van VDAB of een medewerker van de gemeente legt een samenwerkingsovereenkomst vast."))
    fields, found, engagements, contacts = _checked(principal, data)
    with transaction.atomic():
        item = CooperationAgreement.objects.create(**fields, created_by=principal.user, created_at=clock.now())
        _store(item, found, engagements, contacts)
    return item


def update_agreement(principal: Principal, agreement_id: int, data: dict, version: int | None) -> CooperationAgreement:
    """Replace an agreement's fields, engagements and contacts; `version` is the one the editor read (required): when
    someone saved in between, nothing is saved (Conflict, with the current version)."""
    if principal.role not in EDITORS:
        raise Forbidden(_("Enkel een beheerder van VDAB of een medewerker van de gemeente wijzigt een samenwerkingsovereenkomst."))
    agreement(principal, agreement_id)  # 404 outside the caller's agreements
    if version is None:
        raise InvalidInput(_("De versie ontbreekt."), [FieldError("version", _("verplicht: de versie die u bewerkte"))])
    fields, found, engagements, contacts = _checked(principal, data)
    with transaction.atomic():
        item = CooperationAgreement.objects.select_for_update().get(pk=agreement_id)
        if item.version != int(version):
            raise Conflict(unseen_message(version, item.version) or _("Iemand anders heeft deze overeenkomst intussen gewijzigd (versie %(current)s, u bewerkte versie %(expected)s). "
                             "Bekijk de huidige versie en doe uw wijziging opnieuw.") % {"current": item.version, "expected": version},
                           [FieldError("version", _("gewijzigd door iemand anders"))])
        for name, value in fields.items():
            setattr(item, name, value)
        item.version += 1
        item.save()
        _store(item, found, engagements, contacts)
    return item


@dataclass
class Client:
    person_id: int
    name: str
    trajectory: str  # the open trajectory's state label, or ""
    open_steps: int  # the two below together
    referred_on: dt.date | None
    reason: Reason | None = None  # why the client stands where they stand (client_order: the same source as the order)
    open_trajectory_steps: int = 0  # steps of the client's agreement at VDAB still to do
    open_own_steps: int = 0  # the municipality's own steps with the client not ended (no end, or an end from today on)


def clients(principal: Principal, channel: str = "web") -> list[Client]:
    """The municipality worker's current leefloon clients with their trajectory and referral; each line is logged."""
    if principal.role != Role.MUNICIPALITY:
        raise Forbidden(_("Enkel een medewerker van een gemeente ziet haar leefloongerechtigden."))
    from werkregie.trajectories.models import AgreementStep, Trajectory

    persons = list(by_action(people_perms.visible_persons(principal), principal.user.organisation_id)[:500])  # what needs action first
    ids = [p.pk for p in persons]
    trajectories = {t.person_id: t for t in Trajectory.objects.filter(person_id__in=ids).exclude(state="closed")}
    today = clock.today()
    # "Open stappen" counts the client's steps at VDAB still to do and the municipality's own steps not ended (walk of
    # stop 43: only the former were counted, so the steps the municipality records itself never showed)
    steps: dict[int, int] = {}
    for pid in AgreementStep.objects.filter(person_id__in=ids, state__in=OPEN_STEP_STATES).values_list("person_id", flat=True):
        steps[pid] = steps.get(pid, 0) + 1
    own: dict[int, int] = {}
    for pid in (MunicipalStep.objects.filter(person_id__in=ids, organisation_id=principal.user.organisation_id)
                .filter(Q(end__isnull=True) | Q(end__gte=today)).values_list("person_id", flat=True)):
        own[pid] = own.get(pid, 0) + 1
    referred = {}
    for pid, at in Referral.objects.filter(person_id__in=ids, organisation_id=principal.user.organisation_id).values_list("person_id", "referred_at"):
        referred.setdefault(pid, clock.day_of(at))
    record_access(principal.actor(), ids, "lijst: leefloongerechtigden met traject, doorverwijzing en wat te doen", Purpose.LEEFLOON_ACTIVATION, channel, shown=Shown.LIST)
    return [Client(p.pk, f"{p.first_name} {p.last_name}", trajectories[p.pk].state_label if p.pk in trajectories else "",
                   steps.get(p.pk, 0) + own.get(p.pk, 0), referred.get(p.pk), reason(p, today), steps.get(p.pk, 0), own.get(p.pk, 0))
            for p in persons]


@dataclass
class ScreeningOutcome:
    category: str  # the counsellor's distance category, in words
    on: dt.date


@dataclass
class ClientFile:
    """What the municipality worker may do and see about one client on the person page: the referral (or when it was
    made), the way to the trajectory steps, and the screening's outcome where the role's sections allow it."""
    person_id: int
    name: str
    trajectory: str  # the open trajectory's state label, or ""
    referred_on: dt.date | None
    sees_outcome: bool
    outcome: ScreeningOutcome | None
    referral_note: str = ""  # what the last referral told VDAB (walk of stop 39: not shown after sending it)


def client_file(principal: Principal, person_id: int, channel: str = "web") -> ClientFile:
    """One of the worker's current leefloon clients, for the actions of its role (logged: referral, trajectory and,
    where allowed, the screening outcome). Another municipality's client or anyone else: NotFound."""
    from werkregie.screening.models import Assessment
    from werkregie.trajectories.models import Trajectory

    if principal.role != Role.MUNICIPALITY or not principal.user.organisation_id:
        raise Forbidden(_("Enkel een medewerker van een gemeente ziet haar leefloongerechtigden."))
    person = people_perms.visible_persons(principal).filter(pk=person_id).first()
    if person is None:
        raise NotFound(_("Deze persoon is geen leefloongerechtigde van uw gemeente."))
    trajectory = Trajectory.objects.filter(person_id=person.pk).exclude(state="closed").order_by("-id").first()
    referred, referral_note = (Referral.objects.filter(person_id=person.pk, organisation_id=principal.user.organisation_id)
                               .order_by("-referred_at").values_list("referred_at", "note").first()) or (None, "")
    sees_outcome = people_perms.SCREENING_OUTCOME in people_perms.sections_for(principal)
    outcome = None
    read = ["doorverwijzing", "traject"]
    if sees_outcome:
        latest = Assessment.objects.filter(person_id=person.pk).order_by("-assessed_at", "-id").first()
        outcome = ScreeningOutcome(latest.get_category_display(), timezone.localdate(latest.assessed_at)) if latest else None
        read.append("uitkomst van de screening (afstand en datum)")
    record_access(principal.actor(), [person.pk], "leefloondossier: " + ", ".join(read), Purpose.LEEFLOON_ACTIVATION, channel)
    return ClientFile(person.pk, f"{person.first_name} {person.last_name}", trajectory.state_label if trajectory else "",
                      timezone.localdate(referred) if referred else None, sees_outcome, outcome, referral_note)


def refer(principal: Principal, person_id: int, note: str, channel: str = "web") -> Referral:
    """Refer a client to VDAB for screening and a trajectory: a Referral and a worklist task for the person's counsellor or team."""
    from werkregie.worklist.enums import TaskKind
    from werkregie.worklist.services import upsert_task

    if principal.role != Role.MUNICIPALITY:
        raise Forbidden(_("Enkel een medewerker van een gemeente verwijst door."))
    if not people_perms.can_view_person(principal, person_id):
        raise NotFound(_("Deze persoon is geen leefloongerechtigde van uw gemeente."))
    note = (note or "").strip()
    # checked before anything is written, and never cut without a word (attack of issue 16, stop 37: a note with a NUL,
    # a right-to-left override and 2,567 characters was stored, cut to 2,000)
    problem = _("Schrijf kort waarom u doorverwijst.") if not note else required_text_problem(note, 1, 2000) or text_problem(note)
    if problem:
        raise InvalidInput(_("De doorverwijzing is niet bewaard."), [FieldError("note", problem)])
    from werkregie.worklist.enums import TaskStatus
    from werkregie.worklist.models import Task

    with transaction.atomic():
        Person.objects.select_for_update().filter(pk=person_id).first()  # one referral at a time per person (a double click)
        pending = (Referral.objects.filter(person_id=person_id, organisation_id=principal.user.organisation_id,
                                           task_key__in=Task.objects.filter(status=TaskStatus.OPEN).values("key"))
                   .order_by("-referred_at").first())
        from werkregie.trajectories.models import Trajectory

        running = Trajectory.objects.filter(person_id=person_id).exclude(state="closed").order_by("-id").first()
        if running:  # already guided by VDAB: a referral would ask for what is under way (walk of stop 39)
            raise InvalidInput(_("De doorverwijzing is niet bewaard."), [FieldError("note", _(
                "Deze persoon is al in een traject bij VDAB (%(state)s): doorverwijzen is niet nodig. Neem contact op met de "
                "bemiddelaar.") % {"state": running.state_label})])
        if pending:  # a second referral while VDAB has not yet acted on the first: the same request twice
            raise InvalidInput(_("De doorverwijzing is niet bewaard."), [FieldError("note", _(
                "Deze persoon is al doorverwezen op %(day)s; VDAB heeft die doorverwijzing nog open staan.")
                % {"day": timezone.localdate(pending.referred_at).strftime("%d/%m/%Y")})])
        referral = Referral.objects.create(person_id=person_id, organisation_id=principal.user.organisation_id, referred_by=principal.user,
                                           referred_at=clock.now(), note=note, task_key="")
        referral.task_key = f"municipality_referral:{referral.pk}"
        referral.save(update_fields=["task_key"])
        upsert_task(referral.task_key, person_id=person_id, kind=TaskKind.SCREENING_DUE, due_on=clock.today() + dt.timedelta(days=REFERRAL_DAYS),
                    title=coded(reasons.MUNICIPALITY_REFERRAL, org=principal.user.organisation.name), detail=note,
                    source="municipalities")
        record_access(principal.actor(), [person_id], "doorverwijzing naar VDAB", Purpose.LEEFLOON_ACTIVATION, channel)
    return referral
