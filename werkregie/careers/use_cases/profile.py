"""The person's matching profile as careers uses it: read through matching's use case (logged there), and written
through matching's `update_profile` (its checks, versions and locks). One exception: the EVC result certified by an
accredited partner, whom matching's permissions do not let edit profiles; the procedure's decision then writes the
certified skills itself, under the same lock and version bump, and tells matching (persons_changed). To be replaced by
a matching use case for procedure decisions (reported to the matching owner)."""

from __future__ import annotations

from werkregie.accounts.principal import Principal
from werkregie.matching import perms as matching_perms
from werkregie.matching import profile_use_cases as matching
from werkregie.matching.models import PersonSkill, SkillSource


def certify_skills(principal: Principal, person_id: int, uris: list[str]) -> None:
    """Make these skills certified competences of the person, keeping every other competence as it is."""
    if not uris:
        return
    remember_origins(person_id, uris)
    if not matching_perms.can_edit_profile(principal, person_id):
        certify_by_procedure(person_id, uris)
        return
    current = dict(PersonSkill.objects.filter(person_id=person_id).exclude(source=SkillSource.IMPLIED).values_list("skill_uri", "source"))
    current.update({uri: SkillSource.CERTIFIED for uri in uris})
    matching.update_profile(principal, person_id, {"skills": [{"uri": u, "source": s} for u, s in current.items()]}, log=False)


def set_targets(principal: Principal, person_id: int, uris: list[str], expected_version: int | None) -> dict:
    return matching.update_profile(principal, person_id, {"desired_occupations": uris}, log=False, expected_version=expected_version)


def certify_by_procedure(person_id: int, uris: list[str]) -> None:
    """Write these skills as certified without a profile editor (a procedure's decision, a credential issued): under
    the person's lock, one version bump, matching told. Nothing written when they are all certified already."""
    remember_origins(person_id, uris)
    _set_source(person_id, uris, SkillSource.CERTIFIED)


def remember_origins(person_id: int, uris: list[str]) -> None:
    """Keep what each of these skills is in the profile before it becomes certified (blank: not in the profile), so
    that it goes back to exactly that when no proof certifies it any more. A skill certified already keeps the origin
    recorded when it first was (a second proof of the same skill changes nothing)."""
    from werkregie.core import clock

    from ..models import CertifiedSkillOrigin

    uris = list(dict.fromkeys(uris))
    current = dict(PersonSkill.objects.filter(person_id=person_id, skill_uri__in=uris).values_list("skill_uri", "source"))
    for uri in uris:
        if current.get(uri) == SkillSource.CERTIFIED:
            continue
        CertifiedSkillOrigin.objects.update_or_create(person_id=person_id, skill_uri=uri,
                                                      defaults={"previous_source": current.get(uri, ""), "recorded_at": clock.now()})


def uncertify_by_procedure(person_id: int, uris: list[str]) -> None:
    """The skills no valid credential certifies any more (a revocation, an expiry) go back to the source they had
    before a proof first certified them (declared, extracted, implied), or leave the profile when the proof alone had
    put them there — also when that is not known (certified before the origins were kept): a certification never leaves
    a self-claim the person did not make (found by the attack on issue 13: every un-certified skill became "Zelf
    opgegeven", which counts in matching and suitability)."""
    from django.db import transaction
    from django.db.models import F

    from werkregie.matching.signals import persons_changed
    from werkregie.people.models import Person

    from ..models import CertifiedSkillOrigin

    held = list(PersonSkill.objects.filter(person_id=person_id, skill_uri__in=uris, source=SkillSource.CERTIFIED)
                .values_list("skill_uri", flat=True))
    origins = CertifiedSkillOrigin.objects.filter(person_id=person_id, skill_uri__in=uris)
    if not held:
        origins.delete()
        return
    before = dict(origins.values_list("skill_uri", "previous_source"))
    with transaction.atomic():
        Person.objects.select_for_update().filter(pk=person_id).update(profile_version=F("profile_version") + 1)
        for source in {before.get(u) for u in held} - {None, ""}:
            PersonSkill.objects.filter(person_id=person_id, source=SkillSource.CERTIFIED,
                                       skill_uri__in=[u for u in held if before.get(u) == source]).update(source=source)
        PersonSkill.objects.filter(person_id=person_id, source=SkillSource.CERTIFIED, skill_uri__in=[u for u in held if not before.get(u)]).delete()
        origins.delete()
        persons_changed([person_id])


def _set_source(person_id: int, uris: list[str], source: str) -> None:
    from django.db import transaction
    from django.db.models import F

    from werkregie.core import clock
    from werkregie.matching.signals import persons_changed
    from werkregie.people.models import Person

    done = set(PersonSkill.objects.filter(person_id=person_id, skill_uri__in=uris, source=source).values_list("skill_uri", flat=True))
    todo = [u for u in dict.fromkeys(uris) if u not in done]
    if not todo:
        return
    with transaction.atomic():
        Person.objects.select_for_update().filter(pk=person_id).update(profile_version=F("profile_version") + 1)
        for uri in todo:
            PersonSkill.objects.update_or_create(person_id=person_id, skill_uri=uri, defaults={"source": source, "added_at": clock.now()})
        persons_changed([person_id])
