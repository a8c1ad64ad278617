"""Employer organisations and their users: asking access to an employer (self-registration after the login), the
employer's administrator confirming or refusing (the first administrator of an employer: a VDAB administrator),
revoking, establishment units, the sector and the default of the ring offer for new vacancies. Each use case checks who may act; every move is logged in the
membership's workflow."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.core.identifiers import compact_kbo, kbo_problem
from werkregie.workflows import services as wf

from .models import USABLE_EMPLOYER, EmployerMembership, EmployerRole, EstablishmentUnit, MembershipState, Organisation, OrganisationKind
from .sectors import nace_problem
from .validators import compact_establishment, establishment_problem
from .workflows import EMPLOYER_ADMIN


def confirmed_membership(user) -> EmployerMembership | None:  # noqa: ANN001 - a User
    return EmployerMembership.objects.filter(user=user, state=MembershipState.CONFIRMED).select_related("organisation").first()


def is_employer_admin(principal: Principal, organisation_id: int) -> bool:
    return principal.role == Role.EMPLOYER and principal.user.organisation_id == organisation_id and EmployerMembership.objects.filter(
        user=principal.user, organisation_id=organisation_id, role=EmployerRole.ADMINISTRATOR, state=MembershipState.CONFIRMED).exists()


def can_manage(principal: Principal, organisation_id: int) -> bool:
    # an administrator manages every employer that exists (an unknown id is a 404, never a row pointing nowhere)
    if principal.role == Role.ADMIN:
        return Organisation.objects.filter(USABLE_EMPLOYER, pk=organisation_id).exists()
    return is_employer_admin(principal, organisation_id)


def employer(principal: Principal, organisation_id: int) -> Organisation:
    """The employer as its own users and VDAB see it; never another employer's."""
    org = Organisation.objects.filter(USABLE_EMPLOYER, pk=organisation_id).first()
    if org is None or not (principal.role in (Role.ADMIN, Role.COUNSELLOR) or principal.user.organisation_id == org.pk):
        raise NotFound(_("Geen werkgever met dit nummer binnen uw toegang."))
    return org


def request_access(principal: Principal, kbo_number: str, role: str, *, name: str = "", note: str = "") -> EmployerMembership:
    """A logged-in person asks to act for an employer. An unknown enterprise number (valid, checked with
    python-stdnum) registers the employer with the name given; nothing is visible until the request is confirmed."""
    errors = []
    problem = kbo_problem(kbo_number or "")
    if problem:
        errors.append(FieldError("kbo_number", problem))
    if role not in EmployerRole.values:
        errors.append(FieldError("role", _("Kies beheerder of rekruteerder.")))
    if principal.role not in (Role.CITIZEN,) or principal.user.organisation_id:
        errors.append(FieldError("kbo_number", _("Deze account hoort al bij een organisatie.")))
    note = (note or "").strip()
    if len(note) > 300:
        errors.append(FieldError("note", _("Hoogstens 300 tekens.")))
    org = None
    if not problem:
        org = Organisation.objects.filter(kbo_number=compact_kbo(kbo_number)).first()
        if org is not None and org.kind != OrganisationKind.EMPLOYER:
            errors.append(FieldError("kbo_number", _("Dit ondernemingsnummer hoort niet bij een werkgever.")))
        if org is None and len((name or "").strip()) < 2:
            errors.append(FieldError("name", _("Deze werkgever is nog niet gekend: geef de naam van de onderneming.")))
    if errors:
        raise InvalidInput(_("De aanvraag is niet verstuurd."), errors)
    try:
        with transaction.atomic():
            if org is None:
                org = Organisation.objects.create(kind=OrganisationKind.EMPLOYER, name=name.strip()[:200], kbo_number=kbo_number, self_registered=True)
            elif org.refused_at is not None:  # someone asks again for an employer whose registration was refused: VDAB decides again
                org.refused_at = None
                org.save(update_fields=["refused_at"])
            return wf.create(EmployerMembership, wf.Who.of(principal), user=principal.user, organisation=org, role=role,
                             requested_at=clock.now(), note=note)
    except IntegrityError:
        # one active membership per user (a request or an access): name the one there is (attack of stop 39: "Al
        # aangevraagd" for an employer that was never asked)
        held = EmployerMembership.objects.select_related("organisation").filter(
            user=principal.user, state__in=[MembershipState.REQUESTED, MembershipState.CONFIRMED]).first()
        if held is None:
            raise Conflict(_("U hebt al een lopende aanvraag of toegang."), [FieldError("kbo_number", _("Al aangevraagd."))]) from None
        message = (_("U hebt al een lopende aanvraag bij %(employer)s. Wacht op het antwoord van die werkgever of van VDAB.")
                   if held.state == MembershipState.REQUESTED else
                   _("U hebt al toegang tot %(employer)s. Een account hoort bij één werkgever.")) % {"employer": held.organisation.name}
        raise Conflict(message, [FieldError("kbo_number", message)]) from None


def decide(principal: Principal, membership_id: int, name: str, *, reason: str = "", version: int | None = None) -> EmployerMembership:
    """Confirm, refuse or revoke. The employer's administrator acts as 'employer_admin'; a VDAB administrator as
    'admin' (the only one who can confirm an employer's first administrator, as nobody else administers it yet)."""
    membership = EmployerMembership.objects.select_related("user", "organisation").filter(pk=membership_id).first()
    if membership is None or not can_manage(principal, membership.organisation_id):
        raise NotFound(_("Geen aanvraag met dit nummer binnen uw toegang."))
    who = wf.Who.of(principal) if principal.role == Role.ADMIN else wf.Who(principal.user.pk, EMPLOYER_ADMIN, principal.user.label)
    with transaction.atomic():
        if name == "revoke" and membership.role == EmployerRole.ADMINISTRATOR and not EmployerMembership.objects.select_for_update().filter(
                organisation=membership.organisation, role=EmployerRole.ADMINISTRATOR, state=MembershipState.CONFIRMED).exclude(pk=membership.pk).exists():
            raise InvalidInput(_("Een werkgever houdt minstens één beheerder. Bevestig eerst een andere beheerder."),
                               [FieldError("transition", _("Laatste beheerder."))])
        moved = wf.transition(membership, name, who, reason=reason, expected_version=version)
        user = membership.user
        if moved.state == MembershipState.CONFIRMED:
            user.role, user.organisation = Role.EMPLOYER, membership.organisation
            user.save(update_fields=["role", "organisation"])
        elif moved.state == MembershipState.REVOKED and user.organisation_id == membership.organisation_id:
            user.role, user.organisation = Role.CITIZEN, None
            user.save(update_fields=["role", "organisation"])
        elif moved.state == MembershipState.REFUSED:
            _refuse_registration(membership.organisation)
    return moved


def _refuse_registration(org: Organisation) -> None:
    """An employer that a refused request registered does not stay behind as a usable employer: with no other request
    or user and nothing of its own (vacancies, establishments), its registration is marked refused."""
    if not org.self_registered or org.refused_at is not None:
        return
    busy = (EmployerMembership.objects.filter(organisation=org, state__in=[MembershipState.REQUESTED, MembershipState.CONFIRMED]).exists()
            or org.users.exists() or org.vacancies.exists() or org.establishments.exists())
    if not busy:
        org.refused_at = clock.now()
        org.save(update_fields=["refused_at"])


def members(principal: Principal, organisation_id: int) -> list[EmployerMembership]:
    if not can_manage(principal, organisation_id):
        raise NotFound(_("Geen werkgever met dit nummer binnen uw toegang."))
    return list(EmployerMembership.objects.filter(organisation_id=organisation_id).select_related("user").order_by("state", "requested_at"))


def pending_first_administrators(principal: Principal) -> list[EmployerMembership]:
    """For VDAB administrators: requests at employers that have no confirmed administrator yet."""
    if principal.role != Role.ADMIN:
        return []
    administered = EmployerMembership.objects.filter(role=EmployerRole.ADMINISTRATOR, state=MembershipState.CONFIRMED).values("organisation_id")
    return list(EmployerMembership.objects.filter(state=MembershipState.REQUESTED, organisation__refused_at__isnull=True)
                .exclude(organisation_id__in=administered)
                .select_related("user", "organisation").order_by("requested_at"))


def add_establishment(principal: Principal, organisation_id: int, *, number: str, name: str, street: str, postal_code: str,
                      municipality: str) -> EstablishmentUnit:
    from werkregie.geo.models import PostalCode

    if not can_manage(principal, organisation_id):
        raise NotFound(_("Geen werkgever met dit nummer binnen uw toegang."))
    errors = []
    problem = establishment_problem(number)
    if problem:
        errors.append(FieldError("number", problem))
    elif EstablishmentUnit.objects.filter(number=compact_establishment(number)).exists():
        errors.append(FieldError("number", _("Dit vestigingsnummer is al geregistreerd.")))
    for field, value in (("name", name), ("street", street)):
        if not (value or "").strip():
            errors.append(FieldError(field, _("Vul dit in.")))
    if not PostalCode.objects.filter(code=(postal_code or "").strip(), municipality_id=municipality).exists():
        errors.append(FieldError("postal_code", _("Deze postcode hoort niet bij de gekozen gemeente.")))
    if errors:
        raise InvalidInput(_("De vestiging is niet bewaard."), errors)
    return EstablishmentUnit.objects.create(organisation_id=organisation_id, number=number, name=name.strip()[:200], street=street.strip()[:200],
                                            postal_code=postal_code.strip(), municipality_id=municipality)


def set_sector(principal: Principal, organisation_id: int, nace_code: str) -> Organisation:
    if not can_manage(principal, organisation_id):
        raise NotFound(_("Geen werkgever met dit nummer binnen uw toegang."))
    problem = nace_problem(nace_code)
    if problem:
        raise InvalidInput(_("De sector is niet bewaard."), [FieldError("nace_code", problem)])
    Organisation.objects.filter(pk=organisation_id).update(nace_code=nace_code.strip())
    return Organisation.objects.get(pk=organisation_id)


def set_ring_offer_default(principal: Principal, organisation_id: int, offer: bool, *, version: int | None = None) -> Organisation:
    """The employer's administrator chooses whether the employer's new vacancies start offered beyond Flanders (the
    ring offer: the other regions, the border regions, EURES); each vacancy's own choice still overrides it. Only the
    administrator of this employer: its recruiters are refused (403), everyone else does not find it (404), VDAB
    included (it is the employer's business choice). A stale version is refused (workflows.services.check_version)."""
    from werkregie.workflows.services import check_version

    if not is_employer_admin(principal, organisation_id):
        if principal.role == Role.EMPLOYER and principal.user.organisation_id == organisation_id:
            raise Forbidden(_("Alleen de beheerder van de werkgever wijzigt deze instelling."))
        raise NotFound(_("Geen werkgever met dit nummer binnen uw toegang."))
    with transaction.atomic():
        org = Organisation.objects.select_for_update().get(pk=organisation_id)
        check_version(org, version)
        if org.ring_offer_default != bool(offer):
            org.ring_offer_default, org.version = bool(offer), org.version + 1
            org.save(update_fields=["ring_offer_default", "version"])
    return org
