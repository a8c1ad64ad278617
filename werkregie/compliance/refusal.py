"""The refusal of a suitable job: the suitability check on the confirmed facts, and opening the case."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _

from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound
from werkregie.core.lifecourse import age_on
from werkregie.people.models import Person, StatusEpisode
from werkregie.workflows.services import Who

from . import perms, services
from .common import _date, _fail, _text
from .enums import Infringement
from .models import Case

# ---------------------------------------------------------------------------------------------------------------- refusal


def _unemployed_months(person_id: int, day: dt.date) -> float:
    from werkregie.people.enums import JOBSEEKER_KINDS
    from werkregie.screening.engine import register

    rows = StatusEpisode.objects.filter(person_id=person_id, kind__in=JOBSEEKER_KINDS).values_list("kind", "start", "end")
    return register.months_unemployed([register.Episode(k, s, e) for k, s, e in rows], day)


def suitability_on_confirmed(person_id: int, vacancy_id: int, on: dt.date) -> dict:
    """The matching's suitability check of a vacancy for a person on a day, judged on the person's confirmed
    (declared) or certified competences only: competences the platform merely extracted are left out."""
    from werkregie.matching import platform
    from werkregie.matching.engine import geography, suitability
    from werkregie.matching.engine.scoring import score_pair
    from werkregie.rules.calc import minimum_monthly_wage
    from werkregie.vacancies.models import Vacancy

    vacancy = Vacancy.objects.filter(pk=vacancy_id).first()
    if vacancy is None:
        raise InvalidInput(_("Geen vacature met dit nummer."), [FieldError("vacancy_id", _("Geen vacature met dit nummer."))])
    if vacancy.municipality_id is None:
        raise InvalidInput(_("Deze vacature heeft geen locatie."), [FieldError("vacancy_id", _("De vacature heeft geen gemeente."))])
    person = Person.objects.get(pk=person_id)
    found = platform.person_profiles([person_id])
    if not found:
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    profile = found[0]
    extracted = {s for s, source in profile.skills.items() if source not in services.ADMISSIBLE_SKILL_SOURCES}
    profile.skills = {s: source for s, source in profile.skills.items() if s not in extracted}
    # suggestions never reach a profile (matching.platform): counted here with what was left out, as the case shows
    from werkregie.matching.models import PersonSkill, SkillSource

    suggested = PersonSkill.objects.filter(person_id=person_id, source=SkillSource.IMPLIED).count()
    [vacancy_profile] = platform.vacancy_profiles(Vacancy.objects.filter(pk=vacancy_id))
    explanation = score_pair(platform.taxonomy(), geography.places(), profile, vacancy_profile)
    age = age_on(person.birth_date, on)
    result = suitability.check(
        profile, vacancy_profile, explanation, unemployed_months=_unemployed_months(person_id, on), age=age, work_limitation=person.work_limitation,
        monthly_wage=float(vacancy.monthly_wage) if vacancy.monthly_wage is not None else None, minimum_monthly_wage=minimum_monthly_wage(on),
    )
    return {
        "verdict": result.verdict, "on": on.isoformat(), "vacancy_id": vacancy_id, "vacancy_title": getattr(vacancy, "title", ""),
        "criteria": [{"name": c.name, "outcome": c.outcome, "reason": c.render()} for c in result.criteria],
        "skill_sources": sorted(set(profile.skills.values())), "extracted_left_out": len(extracted) + suggested, "score": round(float(explanation.score), 4),
        "checked_at": clock.now().isoformat(),
    }


def open_refusal_case(principal: Principal, person_id: int, vacancy_id: int, *, refused_on: object = None, summary: str = "",
                      deliberate: bool = False, source: tuple[str, int] | None = None) -> Case:
    """A refused job becomes a case only when the suitability check, on confirmed or certified competences only,
    called it suitable on the day of the refusal. The check is stored with the case; otherwise nothing is opened."""
    if principal.role == Role.ADMIN:  # a report opens a sanction case: not the admin's (separation of duties, attack of stop 29)
        raise Forbidden(_("Een geweigerde job meldt de bemiddelaar of de controledienst; de beheerder start geen sanctieprocedure."))
    if not perms.can_refer_refusal(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    errors: list[FieldError] = []
    day = _date(refused_on, "refused_on", errors) or clock.today()
    summary = _text(summary, "summary", errors, maximum=2000)
    _fail(errors, _("De weigering is niet gemeld."))
    services.check_past_date(day, "refused_on", _("De weigering is niet gemeld."))
    key = source or (f"vacancy_refusal:{vacancy_id}", person_id)
    existing = Case.objects.filter(source_workflow=key[0], source_id=key[1]).first()
    if existing is not None:
        # one case per refused vacancy: the same report again returns it (and says so); another date is refused, never
        # silently ignored (walk of stop 29)
        if existing.occurred_on != day:
            raise InvalidInput(
                _("Deze weigering is al gemeld in dossier %(id)s, met als datum %(day)s. Eén vacature geeft één dossier: klopt de datum niet, "
                  "meld het aan de controledienst in dat dossier.") % {"id": existing.pk, "day": existing.occurred_on.strftime("%d/%m/%Y")},
                [FieldError("refused_on", _("Al gemeld met als datum %(day)s (dossier %(id)s).")
                            % {"day": existing.occurred_on.strftime("%d/%m/%Y"), "id": existing.pk})])
        existing.already_reported = True
        return existing
    check = suitability_on_confirmed(person_id, vacancy_id, day)
    record_access(principal.actor(), [person_id], f"controle: toets passende dienstbetrekking (bevestigde competenties) voor vacature {vacancy_id}",
                  perms.purpose(principal), principal.channel)
    if check["verdict"] != "suitable":
        failing = "; ".join(c["reason"] for c in check["criteria"] if c["outcome"] != "met")
        raise InvalidInput(
            _("Geen dossier geopend: de job was op %(day)s niet passend volgens de toets op bevestigde of gecertificeerde competenties (%(verdict)s). %(why)s")
            % {"day": day.strftime("%d/%m/%Y"), "verdict": check["verdict"], "why": failing},
            [FieldError("vacancy_id", _("De job was niet passend (%(verdict)s).") % {"verdict": check["verdict"]})])
    facts = {"occurred_on": day.isoformat(), "vacancy_id": vacancy_id, "summary": summary or _("Weigering van vacature %(id)s") % {"id": vacancy_id},
             "deliberate": bool(deliberate)}
    return services.open_case(person_id, Infringement.REFUSED_SUITABLE_JOB, facts=facts, source=key,
                              who=Who.of(principal), suitability=check)
