"""A citizen gives and withdraws consent; withdrawn consents stay as history."""

from __future__ import annotations

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound

from ..enums import ConsentPurpose
from ..models import Consent


def give_consent(principal: Principal, purpose: str) -> Consent:
    """The citizen gives consent for a purpose; giving it again (also in parallel) changes nothing: the partial unique
    index consent_one_active_per_purpose lets one insert win and the others return the active row."""
    person_id = _own_person_id(principal)
    purpose = _consent_purpose(purpose)
    active = Consent.objects.filter(person_id=person_id, purpose=purpose, withdrawn_at__isnull=True)
    for _attempt in range(3):
        found = active.first()
        if found:
            return found
        try:
            with transaction.atomic():
                return Consent.objects.create(person_id=person_id, purpose=purpose, given_at=clock.now(), recorded_by=principal.user.label)
        except IntegrityError:  # a parallel request gave it first: return that one
            continue
    raise Conflict(_("De toestemming wordt op dit moment gewijzigd; probeer opnieuw."))


@transaction.atomic
def withdraw_consent(principal: Principal, purpose: str) -> Consent:
    """Ends every active consent for the purpose (there is at most one, but older data or a race never leaves one
    behind). Withdrawing again changes nothing and answers NotFound (no active consent)."""
    person_id = _own_person_id(principal)
    purpose = _consent_purpose(purpose)
    active = list(Consent.objects.select_for_update().filter(person_id=person_id, purpose=purpose, withdrawn_at__isnull=True).order_by("-given_at"))
    if not active:
        raise NotFound(_("Er is geen lopende toestemming voor dit doel."))
    now = clock.now()
    Consent.objects.filter(pk__in=[c.pk for c in active]).update(withdrawn_at=now)
    for consent in active:
        consent.withdrawn_at = now
    return active[0]


def _own_person_id(principal: Principal) -> int:
    if principal.role != Role.CITIZEN or not principal.user.person_id:
        raise Forbidden(_("Enkel de persoon zelf beheert zijn toestemmingen."))
    return principal.user.person_id


def _consent_purpose(purpose: str) -> str:
    if purpose not in ConsentPurpose.values:
        raise InvalidInput(_("Onbekend doel '%(purpose)s'.") % {"purpose": purpose},
                           [FieldError("purpose", _("kies een van: %(choices)s") % {"choices": ", ".join(ConsentPurpose.values)})])
    return purpose
