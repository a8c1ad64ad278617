"""Credentials a partner signs with its own infrastructure and then submits to the platform.

1. The partner reserves an index in its status list (`reserve_status`): it puts the returned `credentialStatus` in the
   credential, so that the platform can revoke it later through the published Bitstring Status List.
2. It signs the credential itself (VC-JOSE, EdDSA) with a key it registered (partner_keys: a JWK or its DID document)
   and submits the compact JWT for one person it has a link with (`submit`).
3. The platform verifies it exactly as any verifier would (uc.verify: issuer known, key id registered, signature, dates,
   status), checks that it is this partner's, names known ESCO skills, uses the reserved index and a fresh id, and
   keeps it unchanged in the person's passport."""

from __future__ import annotations

import datetime as dt
import re
import uuid

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.people.models import Person

from . import competence_scope, perms, signing, statuslist, vc
from . import use_cases as uc
from .enums import OB_ACHIEVEMENT_TYPE, CredentialKind
from .models import Credential, Issuer, StatusReservation

URN_UUID = re.compile(r"^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")
CLOCK_SKEW = dt.timedelta(minutes=5)
MAX_OPEN_RESERVATIONS = 10_000


def _issuer_for(principal: Principal, slug: str | None) -> Issuer:
    issuer = uc.issuer_by_slug(slug) if slug else perms.own_issuer(principal)
    if issuer is None:
        raise Forbidden(_("Uw organisatie is niet geregistreerd als uitgever van digitale bewijzen."))
    if issuer.is_platform or not perms.may_issue_as(principal, issuer):
        raise Forbidden(_("U mag niet namens deze uitgever ondertekenen."))
    return signing.current(issuer)


def entry(status_list, index: int) -> dict:  # noqa: ANN001 - a StatusList
    url = statuslist.url(status_list)
    return {"id": f"{url}#{index}", "type": "BitstringStatusListEntry", "statusPurpose": "revocation", "statusListIndex": str(index),
            "statusListCredential": url}


def reserve_status(principal: Principal, slug: str | None = None) -> dict:
    """A free index of the partner's status list, to put in a credential it signs itself (the credentialStatus)."""
    issuer = _issuer_for(principal, slug)
    if issuer.status_reservations.count() >= MAX_OPEN_RESERVATIONS:
        raise Conflict(_("Te veel gereserveerde plaatsen die nog niet gebruikt zijn; dien eerst digitale bewijzen in."))
    with transaction.atomic():
        status_list, index = statuslist.allocate(issuer)
        StatusReservation.objects.create(issuer=issuer, status_list=status_list, status_index=index, reserved_at=clock.now(),
                                         reserved_by=principal.user.label[:200])
    return {"issuer": issuer.did, "credentialStatus": entry(status_list, index)}


def _refuse(message: str, field: str = "credential") -> InvalidInput:
    return InvalidInput(_("Het digitale bewijs wordt niet aanvaard."), [FieldError(field, message)])


def _reservation(payload: dict, issuer: Issuer) -> StatusReservation:
    status = payload.get("credentialStatus")
    where = statuslist.parse_url(str(status.get("statusListCredential", ""))) if isinstance(status, dict) else None
    try:
        index = int(str(status.get("statusListIndex", ""))) if isinstance(status, dict) else -1
    except ValueError:
        index = -1
    found = None
    if where and where[0] == issuer.slug:
        found = StatusReservation.objects.select_for_update().filter(issuer=issuer, status_list_id=where[1], status_index=index).first()
    if found is None:
        raise _refuse(_("Het digitale bewijs gebruikt geen plaats in de statuslijst die voor uw organisatie gereserveerd is "
                        "(vraag er een met POST /api/v1/credentials/status-entries)."), "credentialStatus")
    return found


def _claims(payload: dict, kind: str) -> tuple[str, str, list[str], uuid.UUID, uuid.UUID, dt.datetime, dt.datetime | None]:
    subject = payload.get("credentialSubject")
    achievement = subject.get("achievement") if isinstance(subject, dict) else None
    if not isinstance(achievement, dict):
        raise _refuse(_("Het digitale bewijs heeft geen credentialSubject.achievement (Open Badges 3.0)."))
    title = achievement.get("name")
    if not isinstance(title, str) or not title.strip() or len(title) > 200:
        raise _refuse(_("De prestatie (achievement.name) heeft een naam van 1 tot 200 tekens nodig."))
    aligned = achievement.get("alignment", [])
    skills = [a.get("targetUrl") for a in aligned if isinstance(a, dict)] if isinstance(aligned, list) else []
    if len(skills) > uc.MAX_SKILLS or not all(isinstance(s, str) and vc.known_skill(s) for s in skills):
        raise _refuse(_("Elke alignment.targetUrl moet een ESCO-vaardigheid zijn (hoogstens %(n)d).") % {"n": uc.MAX_SKILLS}, "alignment")
    if kind in uc.NEEDS_SKILLS and not skills:
        raise _refuse(_("Noem de ESCO-vaardigheden die dit digitale bewijs bevestigt."), "alignment")
    stated = achievement.get("achievementType")
    if stated is not None and stated != OB_ACHIEVEMENT_TYPE[kind]:
        # what the credential says it is must be what it is submitted as: the issuing rules were checked for `kind`
        raise _refuse(_("Het digitale bewijs noemt zich %(stated)s; een %(kind)s heeft achievementType %(type)s.") % {
            "stated": str(stated)[:40], "kind": CredentialKind(kind).label.lower(), "type": OB_ACHIEVEMENT_TYPE[kind]}, "achievementType")
    ids = [URN_UUID.match(str(v)) for v in (payload.get("id"), subject.get("id"))]
    if not all(ids):
        raise _refuse(_("Het digitale bewijs en zijn subject hebben elk een id urn:uuid:… nodig (nooit een rijksregisternummer)."), "id")
    start = uc._time(payload.get("validFrom"))
    end = uc._time(payload["validUntil"]) if "validUntil" in payload else None
    description = achievement.get("description") if isinstance(achievement.get("description"), str) else ""
    return title.strip(), description[:2000], list(dict.fromkeys(skills)), uuid.UUID(ids[0][1]), uuid.UUID(ids[1][1]), start, end


def submit(principal: Principal, person_id: int, token: str, kind: str, slug: str | None = None) -> Credential:
    """Verify and keep a credential the partner signed itself for one person it has a link with."""
    if principal.role != Role.PARTNER and slug is None:
        raise Forbidden(_("Enkel een partner-uitgever dient zelf ondertekende digitale bewijzen in."))
    issuer = _issuer_for(principal, slug)
    person = Person.objects.filter(pk=person_id).first()
    if person is None or not perms.can_issue(principal, person_id, issuer):
        raise NotFound(_("Geen persoon gevonden binnen uw toegang."))
    if kind not in CredentialKind.values or kind in uc.WORKFLOW_KINDS or kind not in uc.ISSUES.get(issuer.kind, ()):
        raise _refuse(_("%(issuer)s dient dit soort digitaal bewijs niet in.") % {"issuer": issuer.get_kind_display()}, "kind")
    token = uc.clean_token(token)
    checked = uc.verify(token, pending=True)
    if not checked.valid:
        failed = "; ".join(c.reason for c in checked.checks if not c.ok)
        raise _refuse(_("Het digitale bewijs verifieert niet: %(why)s") % {"why": failed})
    header, payload = signing.peek(token)
    if header.get("kid", "").partition("#")[0] != issuer.did:
        raise _refuse(_("Het digitale bewijs is niet door uw organisatie ondertekend."))
    named = payload.get("issuer", {}).get("name") if isinstance(payload.get("issuer"), dict) else None
    if named is not None and named != issuer.name:
        # a verifier reading the credential elsewhere sees this name: it must be the registered issuer's, never another's
        # (found by the attack of stop 30: a training provider's credential named "VDAB – …")
        raise _refuse(_("Het digitale bewijs noemt als uitgever „%(named)s”; uw organisatie is geregistreerd als „%(name)s”.") % {
            "named": str(named)[:200], "name": issuer.name}, "issuer")
    try:
        title, description, skills, uid, subject_id, start, end = _claims(payload, kind)
    except (ValueError, TypeError, OverflowError):
        raise _refuse(uc.unreadable_dates()) from None
    if start > clock.now() + CLOCK_SKEW:
        raise _refuse(_("Het digitale bewijs is nog niet geldig."), "validFrom")
    if kind == CredentialKind.CERTIFIED_COMPETENCE:
        competence_scope.check(issuer, skills, "alignment")
    try:
        with transaction.atomic():
            reservation = _reservation(payload, issuer)
            credential = Credential.objects.create(
                uid=uid, subject_id=subject_id, person=person, issuer=issuer, kind=kind, title=title, description=description, skills=skills,
                issued_at=start, valid_until=end, status_list=reservation.status_list, status_index=reservation.status_index,
                issued_by=principal.user.label[:200], token=token)
            reservation.delete()
    except IntegrityError:
        raise Conflict(_("Dit digitale bewijs (of zijn id) is al ingediend.")) from None
    return credential
