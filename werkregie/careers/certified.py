"""Certified competences from credentials: a skill that a valid credential of the person certifies (a certified
competence, an EVC result, a competence visa) is a certified competence in the person's matching profile, the one place
Mijn Loopbaan, the training guide's gaps, the EVC choices and the matching read them from.

The EVC procedure and the competence visa wrote their skills as certified themselves, but a credential issued another
way (the platform's or a partner's issuing API, the credentials demo) did not: the walk of issue 13 found the demo
citizen's "Gecertificeerde competenties magazijnmedewerker" on the passport and the same skills missing in the guide
and offered again for EVC. So the rule holds where credentials are made: on issuing (post_save of a new credential)
and on revoking (a skill no other valid credential certifies goes back to the source it had before a proof first
certified it — declared, extracted, suggested — or leaves the profile when the proof alone had put it there: never a
self-claim the person did not make; careers.models.CertifiedSkillOrigin). Expiry happens without a write, so the nightly deadline sweep (scheduled on the task
runner) un-certifies what expired (`expire_due`, the careers contributor in careers/sweeps.py); `sync_person` recomputes
a person's skills and the data migration 0004 brought the credentials issued before this rule in line."""

from __future__ import annotations

import datetime as dt

from django.db.models import Q

from werkregie.core import clock

# the kinds that certify their skills (credentials.use_cases.NEEDS_SKILLS: the kinds that must name the skills they
# confirm); a training completion or a diploma says what was taught, not that it was assessed as mastered
CERTIFYING_KINDS = ("certified_competence", "evc_result", "competence_visa")


def valid_skills(person_id: int, exclude: int | None = None, at: dt.datetime | None = None) -> set[str]:
    """The ESCO skills that the person's valid credentials (not revoked, not expired at `at`, default now) certify."""
    from werkregie.credentials.models import Credential

    rows = (Credential.objects.filter(person_id=person_id, kind__in=CERTIFYING_KINDS, revoked_at__isnull=True)
            .filter(Q(valid_until__isnull=True) | Q(valid_until__gt=at or clock.now())))
    if exclude is not None:
        rows = rows.exclude(pk=exclude)
    return {uri for skills in rows.values_list("skills", flat=True) for uri in (skills or []) if isinstance(uri, str)}


def certifying(person_id: int, uris: list[str], exclude: int | None = None) -> dict[str, object]:
    """For each of `uris` that a valid credential of the person certifies: the earliest such credential (the proof
    that first certified it), so a page can say "already certified by <proof> of <date>"."""
    from werkregie.credentials.models import Credential

    wanted, found = set(uris), {}
    rows = (Credential.objects.filter(person_id=person_id, kind__in=CERTIFYING_KINDS, revoked_at__isnull=True)
            .filter(Q(valid_until__isnull=True) | Q(valid_until__gt=clock.now())).order_by("issued_at", "pk"))
    if exclude is not None:
        rows = rows.exclude(pk=exclude)
    for credential in rows.only("pk", "title", "issued_at", "skills", "kind"):
        for uri in credential.skills or []:
            if uri in wanted and uri not in found:
                found[uri] = credential
    return found


def _esco(uris: object) -> list[str]:
    return [u for u in (uris or []) if isinstance(u, str) and u.startswith("http://data.europa.eu/esco/skill/")]


def on_credential_saved(sender, instance, created: bool, update_fields=None, **kwargs) -> None:  # noqa: ANN001 - a Django signal
    """post_save of credentials.Credential: a new valid credential certifies its skills; a revocation un-certifies the
    skills no other valid credential of the person certifies."""
    if kwargs.get("raw") or instance.kind not in CERTIFYING_KINDS:
        return
    from .use_cases.profile import certify_by_procedure, uncertify_by_procedure

    uris = _esco(instance.skills)
    if instance.revoked_at is not None:
        still = valid_skills(instance.person_id, exclude=instance.pk)
        uncertify_by_procedure(instance.person_id, [u for u in uris if u not in still])
    elif created and (instance.valid_until is None or instance.valid_until > clock.now()):
        certify_by_procedure(instance.person_id, uris)


def sync_person(person_id: int) -> None:
    """Make every skill the person's valid credentials certify a certified competence (for data written before the rule)."""
    from .use_cases.profile import certify_by_procedure

    certify_by_procedure(person_id, sorted(_esco(valid_skills(person_id))))


def expire_due(as_of: dt.date) -> dict[str, int]:
    """Un-certify the skills of certifying credentials that expired by `as_of` (its end, or now when that is earlier)
    and that no other valid credential of the person certifies: they go back to their earlier source (or leave the
    profile), as after a revocation. Idempotent: a second run finds them un-certified already and writes nothing. Every expired credential is looked at, not
    only yesterday's, so a night the job did not run is made up by the next."""
    from werkregie.credentials.models import Credential
    from werkregie.worklist.sweep import partitioned

    from .use_cases.profile import uncertify_by_procedure

    end_of_day = dt.datetime.combine(as_of + dt.timedelta(days=1), dt.time(0, 0), clock.BRUSSELS)
    cutoff = min(clock.now(), end_of_day)
    expired = Credential.objects.filter(kind__in=CERTIFYING_KINDS, revoked_at__isnull=True, valid_until__lte=cutoff)
    persons = sorted(set(expired.values_list("person_id", flat=True)))

    def handle(part) -> dict[str, int]:  # noqa: ANN001 - a sequence of person ids
        from werkregie.matching.models import PersonSkill, SkillSource

        lapsed: dict[int, set[str]] = {}
        for person_id, uris in expired.filter(person_id__in=part).values_list("person_id", "skills"):
            lapsed.setdefault(person_id, set()).update(_esco(uris))
        count = 0
        for person_id, uris in lapsed.items():
            gone = sorted(uris - valid_skills(person_id, at=cutoff))
            count += PersonSkill.objects.filter(person_id=person_id, skill_uri__in=gone, source=SkillSource.CERTIFIED).count()
            uncertify_by_procedure(person_id, gone)
        return {"skills_uncertified": count}

    return partitioned(persons, handle) or {"skills_uncertified": 0}
