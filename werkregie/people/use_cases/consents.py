"""A citizen gives and withdraws consent; withdrawn consents stay as history."""

from __future__ import annotations

from django.db import transaction

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound

from ..enums import ConsentPurpose
from ..models import Consent


@transaction.atomic
def give_consent(principal: Principal, purpose: str) -> Consent:
    """The citizen gives consent for a purpose; giving it again changes nothing."""
    person_id = _own_person_id(principal)
    purpose = _consent_purpose(purpose)
    active = Consent.objects.filter(person_id=person_id, purpose=purpose, withdrawn_at__isnull=True).first()
    return active or Consent.objects.create(person_id=person_id, purpose=purpose, given_at=clock.now(), recorded_by=principal.user.label)


@transaction.atomic
def withdraw_consent(principal: Principal, purpose: str) -> Consent:
    person_id = _own_person_id(principal)
    purpose = _consent_purpose(purpose)
    active = Consent.objects.select_for_update().filter(person_id=person_id, purpose=purpose, withdrawn_at__isnull=True).first()
    if active is None:
        raise NotFound("Er is geen lopende toestemming voor dit doel.")
    active.withdrawn_at = clock.now()
    active.save(update_fields=["withdrawn_at"])
    return active


def _own_person_id(principal: Principal) -> int:
    if principal.role != Role.CITIZEN or not principal.user.person_id:
        raise Forbidden("Enkel de persoon zelf beheert zijn toestemmingen.")
    return principal.user.person_id


def _consent_purpose(purpose: str) -> str:
    if purpose not in ConsentPurpose.values:
        raise InvalidInput(f"Onbekend doel '{purpose}'.", [FieldError("purpose", ", ".join(ConsentPurpose.values))])
    return purpose
