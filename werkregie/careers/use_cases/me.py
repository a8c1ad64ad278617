""""Mijn Loopbaan" for the API, as one overview and the career signals apart (GET /api/v1/careers/me and
/me/signals): the same use cases the page's parts use (loopbaan.overview, the passport, the learning account's
summary, the training guide, the career signals), each read logged as the person's own where it happens."""

from __future__ import annotations

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.core.errors import DomainError
from werkregie.people.models import Person

from . import common, loopbaan, passport

MAX_TARGET_PLANS, MAX_PROPOSALS = 2, 3  # as the page's training panel (training.panels)
SIGNALS_READ = "loopbaansignalen: beroepen en competenties"  # the page's panel logs the same read


def _signal(s, taxonomy, language: str) -> dict:  # noqa: ANN001 - an OccupationSignals, the matching Taxonomy
    d = s.demand
    label = taxonomy.occupations[s.index].label(language) if s.index is not None else s.uri
    return {
        "occupation": s.uri, "label": label, "kind": s.kind, "area": s.area.name_in(language),
        "vacancies_trend": d.vacancies_trend, "ratio_trend": d.ratio_trend, "change": d.change,
        "quarters": [{"quarter": f"{f.quarter.year}-Q{f.quarter.number}", "vacancies": f.vacancies, "seekers": f.seekers,
                      "ratio": f.ratio, "history": f.history} for f in d.quarters],
        "adjacent": [{"occupation": taxonomy.occupations[a.occupation].uri, "label": taxonomy.occupations[a.occupation].label(language),
                      "open_vacancies": a.open_vacancies, "essential": a.essential, "held": a.essential - len(a.missing),
                      "missing": [g.uri for g in a.missing]} for a in s.adjacent],
        "rising_skills": [{"skill": taxonomy.skills[r.skill].uri, "label": common.skill_label(taxonomy.skills[r.skill].uri, language),
                           "recent_share": r.recent_share, "earlier_share": r.earlier_share} for r in s.rising],
    }


def _signals_of(principal: Principal, person: Person, language: str) -> list[dict]:
    from werkregie.matching import platform

    from .. import signals_data

    record_access(principal.actor(), [person.pk], SIGNALS_READ, Purpose.OWN_DATA, principal.channel)
    taxonomy = platform.taxonomy()
    return [_signal(s, taxonomy, language) for s in signals_data.for_person(person)]


def signals(principal: Principal, language: str = "nl") -> dict:
    """The career signals of the person's current and target occupations, with the small-cell threshold they obey."""
    from .. import signals as engine
    from ..signals_panel import opted_in

    person = common.own_person(principal)
    return {"threshold": engine.threshold(), "opted_in": opted_in(person.pk), "occupations": _signals_of(principal, person, language)}


def _trainings(principal: Principal, person_id: int, language: str) -> list[dict]:
    from werkregie.training.use_cases import guide as guide_cases

    plans = []
    try:
        targets = [t for t in guide_cases.targets_for(principal, person_id, language) if t.desired][:MAX_TARGET_PLANS]
        for t in targets:
            view = guide_cases.guide(principal, person_id, t.uri, language)  # logged by the guide
            plans.append({"occupation": t.uri, "label": view.occupation_label, "bottleneck": t.bottleneck, "gaps": len(view.gaps),
                          "uncovered": len(view.uncovered), "courses": [
                              {"course_id": p.course.pk, "title": p.course.title_nl, "provider": p.course.provider.name,
                               "cost": p.course.cost, "closes": [g.uri for g in p.closes],
                               "session_id": p.next_session.pk if p.next_session else None,
                               "start": p.next_session.start_date if p.next_session else None} for p in view.proposals[:MAX_PROPOSALS]]})
    except DomainError:
        return []
    return plans


def overview(principal: Principal, language: str = "nl") -> dict:
    """Everything "Mijn Loopbaan" shows, in data: competences by origin, experience, targets, the passport in summary,
    the learning account's balance, the recommended courses per target and the career signals."""
    from werkregie.learning import use_cases as learning

    view = loopbaan.overview(principal)  # the profile's read, logged by matching as the person's own
    person = view.person
    items = passport.of_person(person)
    common.log_own_read(principal, person, "digitale bewijzen: competentiepaspoort")
    account = learning.overview_for(principal, person.pk, "leerrekening: samenvatting")  # logged there
    return {
        "person_id": person.pk,
        "competences": {source: [{"uri": s["uri"], "label": s["label"]} for s in found] for source, found in view.skills.items()},
        "experience": view.experience, "education": view.education, "targets": view.targets, "version": view.version,
        "passport": {"credentials": len(items), "valid": sum(1 for i in items if not i.revoked), "items": [
            {"id": i.id, "kind": i.kind, "title": i.title, "issuer": i.issuer, "issued_at": i.issued_at, "valid_until": i.valid_until,
             "revoked": i.revoked} for i in items]},
        "learning_account": {"balance": account.balance, "reserved": account.reserved, "hours": account.hours,
                             "vouchers_this_year": account.vouchers_this_year, "vouchers_maximum": account.vouchers_maximum,
                             "next_expiry": ({"on": account.next_expiry[0], "amount": account.next_expiry[1]} if account.next_expiry else None)},
        "evc_requests": [{"id": r.pk, "state": r.state, "occupation": r.occupation_uri, "requested_at": r.requested_at} for r in view.evc_requests],
        "trainings": _trainings(principal, person.pk, language),
        "signals": _signals_of(principal, person, language),
    }
