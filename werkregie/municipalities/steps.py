"""The municipality's own steps with a leefloon client (an intake at the OCMW, a GPMI, a training the OCMW pays, an
article-60 job…), recorded by its workers and shown beside the client's trajectory steps at VDAB.

Who: a municipality worker, for its own current leefloon clients (people.perms.can_view_person) and only the steps of
its own organisation; nobody else (the steps are the OCMW's social file). Every read and write is logged with the
purpose "leefloon activation". Of the trajectory steps it sees what was agreed (kind, description, due date, state),
never the details, the evidence or VDAB's review."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db import transaction
from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock, dates
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.core.text import text_field_errors, visible_text
from werkregie.core.versions import unseen_message
from werkregie.people import perms as people_perms

from .models import MunicipalStep, Referral, StepKind


@dataclass
class TrajectoryStep:
    kind: str
    title: str
    due_on: dt.date
    state: str


@dataclass
class ClientSteps:
    person_id: int
    name: str
    trajectory: str  # the open trajectory's state, or ""
    trajectory_steps: list[TrajectoryStep]
    municipality_steps: list[MunicipalStep]
    referred_on: dt.datetime | None = None  # the municipality's last referral to VDAB (walk of stop 43: not shown here)


def _client(principal: Principal, person_id: int):  # noqa: ANN202 - the Person
    if principal.role != Role.MUNICIPALITY or not principal.user.organisation_id:
        raise Forbidden(_("Enkel een medewerker van een gemeente ziet en noteert de stappen van de gemeente."))
    person = people_perms.visible_persons(principal).filter(pk=person_id).first()
    if person is None:
        raise NotFound(_("Deze persoon is geen leefloongerechtigde van uw gemeente."))
    return person


def client_steps(principal: Principal, person_id: int, channel: str = "web") -> ClientSteps:
    """The client's trajectory steps at VDAB and the municipality's own steps, side by side (logged)."""
    from werkregie.trajectories.models import AgreementStep, Trajectory

    person = _client(principal, person_id)
    trajectory = Trajectory.objects.filter(person_id=person.pk).exclude(state="closed").order_by("-id").first()
    agreed = [TrajectoryStep(s.get_kind_display(), s.title, s.due_on, s.state_label)
              for s in AgreementStep.objects.filter(person_id=person.pk).order_by("due_on", "id")]
    own = list(MunicipalStep.objects.filter(person_id=person.pk, organisation_id=principal.user.organisation_id))
    referred = (Referral.objects.filter(person_id=person.pk, organisation_id=principal.user.organisation_id)
                .order_by("-referred_at").values_list("referred_at", flat=True).first())
    record_access(principal.actor(), [person.pk], "stappen van de gemeente en trajectstappen", Purpose.LEEFLOON_ACTIVATION, channel)
    return ClientSteps(person.pk, f"{person.first_name} {person.last_name}", trajectory.state_label if trajectory else "", agreed, own, referred)


def _checked(data: dict) -> dict:
    errors: list[FieldError] = []
    kind = data.get("kind") or ""
    if kind not in StepKind.values:
        errors.append(FieldError("kind", _("kies een soort stap")))
    days = {}
    for name in ("start", "end"):
        raw = data.get(name)
        if not raw:
            days[name] = None
            continue
        try:
            days[name] = dates.parse_day_in_range(raw, name, years_ahead=dates.PLANNED_YEARS)
        except InvalidInput as exc:
            errors.extend(exc.errors)
            days[name] = None
    if days["start"] is None and not any(e.field == "start" for e in errors):
        errors.append(FieldError("start", dates.format_hint()))
    if days["start"] and days["end"] and days["end"] < days["start"]:
        errors.append(FieldError("end", _("het einde ligt voor het begin")))
    title, note = (data.get("title") or "").strip(), (data.get("note") or "").strip()
    errors += text_field_errors([("title", title, 200, True), ("note", note, 2000, False)])
    if kind == StepKind.OTHER and not visible_text(title) and not any(e.field == "title" for e in errors):
        # "Andere stap" says nothing by itself: the worker names it (walk of stop 43: one was stored without a word)
        errors.append(FieldError("title", _("beschrijf welke stap het is (verplicht bij “Andere stap”)")))
    if errors:
        raise InvalidInput(_("De stap is niet bewaard: controleer de gemarkeerde velden."), errors)
    return {"kind": kind, "title": title, "start": days["start"], "end": days["end"], "note": note}


def check(data: dict) -> None:
    """The checks of record and update without saving (the page form shows every problem at once)."""
    _checked(data)


def record(principal: Principal, person_id: int, data: dict, channel: str = "web") -> MunicipalStep:
    """data: kind, title, start, end (DD/MM/YYYY or ISO), note."""
    person = _client(principal, person_id)
    fields = _checked(data)
    with transaction.atomic():
        step = MunicipalStep.objects.create(person_id=person.pk, organisation_id=principal.user.organisation_id, recorded_by=principal.user,
                                            recorded_at=clock.now(), **fields)
        record_access(principal.actor(), [person.pk], "stap van de gemeente genoteerd", Purpose.LEEFLOON_ACTIVATION, channel)
    return step


def own_step(principal: Principal, step_id: int) -> MunicipalStep:
    if principal.role != Role.MUNICIPALITY or not principal.user.organisation_id:
        raise Forbidden(_("Enkel een medewerker van een gemeente ziet en noteert de stappen van de gemeente."))
    step = MunicipalStep.objects.filter(pk=step_id, organisation_id=principal.user.organisation_id).first()
    if step is None:
        raise NotFound(_("Deze stap bestaat niet of u hebt er geen toegang toe."))
    _client(principal, step.person_id)  # still a current client of this municipality
    return step


def step(principal: Principal, step_id: int, channel: str = "web") -> MunicipalStep:
    """One of the municipality's own steps, to change it (logged)."""
    found = own_step(principal, step_id)
    record_access(principal.actor(), [found.person_id], "stap van de gemeente", Purpose.LEEFLOON_ACTIVATION, channel)
    return found


def update(principal: Principal, step_id: int, data: dict, version: int | None, channel: str = "web") -> MunicipalStep:
    """Change a step (e.g. its end); `version` is the one the worker read: a step changed in between is not overwritten."""
    step = own_step(principal, step_id)
    if version is None:
        raise InvalidInput(_("De versie ontbreekt."), [FieldError("version", _("verplicht: de versie die u bewerkte"))])
    fields = _checked(data)
    with transaction.atomic():
        current = MunicipalStep.objects.select_for_update().get(pk=step.pk)
        if current.version != int(version):
            raise Conflict(unseen_message(version, current.version) or _("Iemand anders heeft deze stap intussen gewijzigd. Bekijk de huidige versie en doe uw wijziging opnieuw."),
                           [FieldError("version", _("gewijzigd door iemand anders"))])
        for name, value in fields.items():
            setattr(current, name, value)
        current.version += 1
        current.save()
        record_access(principal.actor(), [current.person_id], "stap van de gemeente gewijzigd", Purpose.LEEFLOON_ACTIVATION, channel)
    return current
