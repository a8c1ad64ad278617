"""Which competences a partner issuer may certify. A "certified competence" from a partner becomes a certified skill in
the person's matching profile (careers.certified), which counts in matching and suitability: found by the attack on
issue 13, a training provider certified surgical asepsis — any ESCO skill — and it counted as certified. A partner
certifies only what it is in a position to assess:

- the skills its own courses teach (the training catalogue: a course of the provider linked to the partner's
  organisation lists the skill; a course it no longer offers still shows it taught it), or
- any skill when its organisation is accredited as EVC centre (careers' EvcAccreditation, current today): assessing
  competences is what it is accredited for.

The platform (VDAB) certifies through its own procedures and is not limited here. The catalogue and the accreditation
are other apps' data, read through the app registry so that credentials runs without them (then nothing is taught)."""

from __future__ import annotations

from django.apps import apps
from django.utils.translation import gettext as _

from werkregie.core.errors import FieldError, InvalidInput

from .models import Issuer


def _accredited(organisation_id: int | None) -> bool:
    if not organisation_id or not apps.is_installed("werkregie.careers"):
        return False
    from werkregie.careers.perms import organisation_accredited

    return organisation_accredited(organisation_id)


def _taught(organisation_id: int | None, uris: list[str]) -> set[str]:
    if not organisation_id or not apps.is_installed("werkregie.training"):
        return set()
    course_skill = apps.get_model("training", "CourseSkill")
    return set(course_skill.objects.filter(course__provider__organisation_id=organisation_id, skill_uri__in=uris)
               .values_list("skill_uri", flat=True))


def outside(issuer: Issuer, uris: list[str]) -> list[str]:
    """The skills of `uris` this issuer may not certify (none for the platform or an accredited EVC centre)."""
    if issuer.is_platform or not uris or _accredited(issuer.organisation_id):
        return []
    taught = _taught(issuer.organisation_id, list(uris))
    return [u for u in dict.fromkeys(uris) if u not in taught]


def check(issuer: Issuer, uris: list[str], field: str = "skills") -> None:
    """Refuse (422, naming each skill) a certified competence for skills the issuer neither teaches nor assesses as EVC centre."""
    refused = outside(issuer, uris)
    if not refused:
        return
    from . import vc

    names = [f"{vc.skill_label(u)} ({u})" for u in refused]
    message = _("%(issuer)s certificeert enkel competenties die zijn eigen opleidingen in de catalogus aanleren, of elke competentie als "
                "erkend EVC-centrum. Niet in uw opleidingen: %(skills)s.") % {"issuer": issuer.name, "skills": "; ".join(names[:10])}
    raise InvalidInput(message, [FieldError(field, _("Geen competentie die %(issuer)s aanleert: %(skill)s") % {"issuer": issuer.name, "skill": name})
                                 for name in names[:10]])
