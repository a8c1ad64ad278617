"""/api/v1/employers: asking access to an employer, the employer with its establishment units, sector and users (for its
administrator and VDAB administrators), confirming/refusing/revoking a user, adding an establishment, setting the sector, and the default of
the ring offer for new vacancies (the employer's administrator, versioned)."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Router, Schema, Status
from pydantic import Field

from werkregie.api.preconditions import required_version

from . import use_cases as services
from .models import EmployerMembership, EstablishmentUnit
from .sectors import section_label

router = Router(tags=["employers"])


class AccessIn(Schema):
    kbo_number: str = Field(max_length=20, description="enterprise number, validated with python-stdnum")
    role: str = Field(max_length=20, description="administrator or recruiter")
    name: str = Field("", max_length=200, description="needed only when the employer is not yet on the platform")
    note: str = Field("", max_length=300)


class MembershipOut(Schema):
    id: int
    organisation_id: int
    user: str
    role: str
    state: str
    state_label: str
    version: int


class EstablishmentIn(Schema):
    number: str = Field(max_length=20)
    name: str = Field(max_length=200)
    street: str = Field(max_length=200)
    postal_code: str = Field(max_length=4)
    municipality: str = Field(max_length=5, description="NIS code")


class EstablishmentOut(Schema):
    id: int
    number: str
    name: str
    street: str
    postal_code: str
    municipality: str


class EmployerOut(Schema):
    id: int
    name: str
    kbo_number: str
    nace_code: str
    sector: str
    establishments: list[EstablishmentOut]
    ring_offer_default: bool = Field(description="new vacancies start offered beyond Flanders (other regions, border regions, EURES); "
                                     "each vacancy's own choice overrides it")
    version: int = Field(description="of the employer's settings: send it back (or If-Match) when changing ring_offer_default")
    members: list[MembershipOut] | None = Field(None, description="for the employer's administrator and VDAB administrators")


class MembershipMoveIn(Schema):
    transition: str = Field(max_length=40, description="confirm, refuse or revoke")
    reason: str = Field("", max_length=300)
    version: int | None = None


class SectorIn(Schema):
    nace_code: str = Field(max_length=6)


class RingOfferDefaultIn(Schema):
    ring_offer_default: bool = Field(description="true: new vacancies start offered beyond Flanders; false: they start kept in Flanders")
    version: int | None = Field(None, description="the version you saw (or If-Match); a stale one is refused with 409")


def _membership(m: EmployerMembership) -> dict:
    return {"id": m.pk, "organisation_id": m.organisation_id, "user": m.user.get_full_name() or m.user.username, "role": m.role, "state": m.state,
            "state_label": m.state_label, "version": m.version}


def _establishment(e: EstablishmentUnit) -> dict:
    return {"id": e.pk, "number": e.number, "name": e.name, "street": e.street, "postal_code": e.postal_code, "municipality": e.municipality_id}


@router.post("/requests", response={201: MembershipOut}, summary="Ask access to an employer (self-registration after the login)")
def request_access(request: HttpRequest, payload: AccessIn) -> Status:
    made = services.request_access(request.auth, payload.kbo_number, payload.role, name=payload.name, note=payload.note)
    return Status(201, _membership(made))


@router.get("/{int:organisation_id}", response=EmployerOut, summary="An employer: establishments, sector, users (its administrators)")
def employer(request: HttpRequest, organisation_id: int) -> dict:
    org = services.employer(request.auth, organisation_id)
    members = [_membership(m) for m in services.members(request.auth, organisation_id)] if services.can_manage(request.auth, organisation_id) else None
    return {"id": org.pk, "name": org.name, "kbo_number": org.kbo_number, "nace_code": org.nace_code,
            "ring_offer_default": org.ring_offer_default, "version": org.version,
            "sector": section_label(org.nace_code) if org.nace_code else "", "establishments": [_establishment(e) for e in org.establishments.all()],
            "members": members}


@router.post("/memberships/{int:membership_id}/transitions", response=MembershipOut, summary="Confirm, refuse or revoke a user's access")
def decide(request: HttpRequest, membership_id: int, payload: MembershipMoveIn) -> dict:
    moved = services.decide(request.auth, membership_id, payload.transition, reason=payload.reason, version=required_version(request, payload.version))
    return _membership(EmployerMembership.objects.select_related("user").get(pk=moved.pk))


@router.post("/{int:organisation_id}/establishments", response={201: EstablishmentOut}, summary="Add an establishment unit")
def add_establishment(request: HttpRequest, organisation_id: int, payload: EstablishmentIn) -> Status:
    return Status(201, _establishment(services.add_establishment(request.auth, organisation_id, **payload.dict())))


@router.put("/{int:organisation_id}/sector", response=EmployerOut, summary="Set the employer's sector (NACE-BEL)")
def set_sector(request: HttpRequest, organisation_id: int, payload: SectorIn) -> dict:
    services.set_sector(request.auth, organisation_id, payload.nace_code)
    return employer(request, organisation_id)



@router.put("/{int:organisation_id}/ring-offer-default", response=EmployerOut,
            summary="The employer's default for new vacancies: offered beyond Flanders or not (the employer's administrator only)")
def set_ring_offer_default(request: HttpRequest, organisation_id: int, payload: RingOfferDefaultIn) -> dict:
    services.set_ring_offer_default(request.auth, organisation_id, payload.ring_offer_default,
                                    version=required_version(request, payload.version))
    return employer(request, organisation_id)
