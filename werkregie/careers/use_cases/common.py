"""What the careers use cases share: ESCO labels in the reader's language, the citizen's own person, dated parameters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import Actor, record_access
from werkregie.accounts.principal import Principal
from werkregie.core import dated
from werkregie.core.errors import FieldError, InvalidInput, NotFound
from werkregie.matching import platform
from werkregie.people.models import Person

from .. import perms

PARAMETERS = Path(__file__).resolve().parent.parent / "parameters"
LEVEL_LANGUAGES = ("nl", "fr", "en")


def language() -> str:
    code = (translation.get_language() or "nl")[:2]
    return code if code in LEVEL_LANGUAGES else "nl"


def parameter(key: str, on: dt.date) -> int:
    return int(dated.value(PARAMETERS, f"evc.{key}", on).value)


def skill_label(uri: str, lang: str | None = None) -> str:
    tax = platform.taxonomy()
    index = tax.skill_index.get(uri)
    return tax.skills[index].label(lang or language()) if index is not None else uri


def occupation_label(uri: str, lang: str | None = None) -> str:
    if not uri:
        return ""
    tax = platform.taxonomy()
    index = tax.occupation_index.get(uri)
    return tax.occupations[index].label(lang or language()) if index is not None else uri


def essential_skills(occupation_uri: str) -> list[str]:
    tax = platform.taxonomy()
    index = tax.occupation_index.get(occupation_uri)
    if index is None:
        return []
    return [tax.skills[s].uri for s in dict.fromkeys(tax.occupations[index].essential)]


def check_skill(uri: object, field: str, errors: list[FieldError]) -> str | None:
    if not isinstance(uri, str) or uri not in platform.taxonomy().skill_index:
        # the value is named too (shortened): in a list of forty, "skills[17]" alone sends the caller counting
        shown = uri[:120] if isinstance(uri, str) else type(uri).__name__
        errors.append(FieldError(field, _("Geen ESCO-competentie met deze URI: %(uri)s") % {"uri": shown}))
        return None
    return uri


def check_occupation(uri: object, field: str, errors: list[FieldError], required: bool = False) -> str:
    if uri in (None, "") and not required:
        return ""
    if not isinstance(uri, str) or uri not in platform.taxonomy().occupation_index:
        errors.append(FieldError(field, _("Geen ESCO-beroep met deze URI.")))
        return ""
    return uri


def own_person(principal: Principal) -> Person:
    if not perms.is_citizen(principal):
        raise NotFound(_("Aan deze account is geen persoon gekoppeld."))
    person = Person.objects.filter(pk=principal.user.person_id).first()
    if person is None:
        raise NotFound(_("Aan deze account is geen persoon gekoppeld."))
    return person


def log_own_read(principal: Principal, person: Person, what: str) -> None:
    """A citizen's read of their own data is logged like every other read (purpose own_data): the access log is the
    complete list of who saw what, the person included."""
    record_access(principal.actor(), [person.pk], what, Purpose.OWN_DATA, principal.channel)


def guided_person(principal: Principal, person_id: int) -> Person:
    person = Person.objects.filter(pk=person_id).first()
    if person is None or not perms.guides(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    return person


def fail(message: str, field: str | None = None) -> InvalidInput:
    return InvalidInput(message, [FieldError(field, message)] if field else [])


def actor(principal: Principal) -> Actor:
    return principal.actor()
