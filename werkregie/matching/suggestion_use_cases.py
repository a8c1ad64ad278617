"""Implied competences as suggestions (issue 18 point 4): the extraction stores what a CV only implies with source
'implied'; the person or a counsellor confirms each suggestion (it becomes 'declared', with who and when) or rejects
it (removed, remembered in RejectedSkill and never suggested again). Until then it counts for ranking only, never for
a decision with consequences (suitability, sanctions: PersonProfile.without_suggestions)."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, InvalidInput
from werkregie.people.concurrency import retry_concurrency

from . import labels
from .models import PersonSkill, RejectedSkill, SkillSource
from .profile_use_cases import MAX_ITEMS, _lock_and_bump, _person
from .use_cases import _purpose

READ = "matching: voorgestelde competenties (afgeleid uit cv)"
DECIDED = "matching: voorgestelde competenties bevestigd of afgewezen"


def _suggested(person_id: int) -> list[str]:
    return list(PersonSkill.objects.filter(person_id=person_id, source=SkillSource.IMPLIED).order_by("skill_uri").values_list("skill_uri", flat=True))


def suggestions_of(principal: Principal, person_id: int, language: str = "nl", log: bool = True) -> dict:
    """{"suggestions": [{"uri", "label", "lang"}], "version"}: the person's suggestions, best label first (logged)."""
    person = _person(principal, person_id)
    found = sorted((labels.skill(uri, language) for uri in _suggested(person_id)), key=lambda s: s["label"].lower())
    if log:
        record_access(principal.actor(), [person_id], READ, _purpose(principal, person_id), principal.channel)
    return {"suggestions": found, "version": person.profile_version}


def _uris(value: object, name: str, suggested: set[str], errors: list[FieldError]) -> list[str]:
    if not isinstance(value, list | tuple) or len(value) > MAX_ITEMS:
        errors.append(FieldError(name, _("Een lijst van hoogstens %(n)s competenties verwacht.") % {"n": MAX_ITEMS}))
        return []
    for row, uri in enumerate(value):
        if uri not in suggested:
            errors.append(FieldError(f"{name}[{row}]", _("Geen voorgestelde competentie van deze persoon."), row))
    return list(dict.fromkeys(value))


@retry_concurrency
def decide_suggestions(principal: Principal, person_id: int, *, confirm: list[str] = (), reject: list[str] = (), confirm_all: bool = False,
                       reject_all: bool = False,
                       expected_version: int | None = None, log: bool = True) -> dict:
    """Confirm and/or reject suggestions (all-or-nothing; `confirm_all`: every current suggestion not rejected here;
    `reject_all`: every current suggestion not confirmed here).
    Returns {"confirmed", "rejected", "suggestions", "version"}; 412 when the profile changed since `expected_version`."""
    person = _person(principal, person_id, edit=True)
    now = clock.now()
    with transaction.atomic():
        version = _lock_and_bump(person, expected_version)
        suggested = set(_suggested(person_id))
        errors: list[FieldError] = []
        rejected = _uris(list(reject), "reject", suggested, errors)
        confirmed = _uris(list(confirm), "confirm", suggested, errors)
        if confirm_all:
            confirmed = sorted(suggested - set(rejected))
        if reject_all:  # "Alles afwijzen" (walk of issue 16: 43 suggestions, one page load each)
            rejected = sorted(suggested - set(confirmed))
        if set(confirmed) & set(rejected):
            errors.append(FieldError("confirm", _("Een competentie kan niet tegelijk bevestigd en afgewezen worden.")))
        if not errors and not confirmed and not rejected:
            errors.append(FieldError("confirm", _("Kies een of meer competenties om te bevestigen of af te wijzen.")))
        if errors:
            raise InvalidInput(_("Er is niets gewijzigd."), errors)
        PersonSkill.objects.filter(person=person, skill_uri__in=confirmed, source=SkillSource.IMPLIED).update(
            source=SkillSource.DECLARED, confirmed_by=principal.user, confirmed_at=now)
        PersonSkill.objects.filter(person=person, skill_uri__in=rejected, source=SkillSource.IMPLIED).delete()
        RejectedSkill.objects.bulk_create([RejectedSkill(person=person, skill_uri=uri, rejected_by=principal.user, rejected_at=now) for uri in rejected],
                                          ignore_conflicts=True)
        from .signals import persons_changed

        persons_changed([person_id])
    if log:
        record_access(principal.actor(), [person_id], DECIDED, _purpose(principal, person_id),
                      principal.channel)
    return {"confirmed": confirmed, "rejected": rejected, "suggestions": sorted(suggested - set(confirmed) - set(rejected)), "version": version}


REMOVED = "matching: competentie uit het profiel verwijderd"
REMOVABLE = (SkillSource.DECLARED, SkillSource.EXTRACTED)


@retry_concurrency
def remove_skill(principal: Principal, person_id: int, uri: str, *, expected_version: int | None = None, log: bool = True) -> dict:
    """Take a declared or extracted competence off the profile (the person's own, or a counsellor's for their person),
    with the version the remover saw (412 when the profile changed since). A certified one stays: an attest is not
    undone here. Remembered as rejected, so that a next CV does not put it back (walk of issue 16: nothing could be
    removed). Returns {"removed", "version"}."""
    person = _person(principal, person_id, edit=True)
    now = clock.now()
    with transaction.atomic():
        version = _lock_and_bump(person, expected_version)
        source = PersonSkill.objects.filter(person=person, skill_uri=uri).values_list("source", flat=True).first()
        if source not in REMOVABLE:
            why = (_("Een gecertificeerde competentie blijft in het profiel: ze steunt op een attest.") if source == SkillSource.CERTIFIED
                   else _("Geen zelf opgegeven of uit een cv gehaalde competentie van deze persoon."))
            raise InvalidInput(_("Er is niets gewijzigd."), [FieldError("uri", why)])
        PersonSkill.objects.filter(person=person, skill_uri=uri).delete()
        RejectedSkill.objects.bulk_create([RejectedSkill(person=person, skill_uri=uri, rejected_by=principal.user, rejected_at=now)],
                                          ignore_conflicts=True)
        from .signals import persons_changed

        persons_changed([person_id])
    if log:
        record_access(principal.actor(), [person_id], REMOVED, _purpose(principal, person_id), principal.channel)
    return {"removed": uri, "version": version}
