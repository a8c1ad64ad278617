"""The special routes (sickness with the mutuality, newcomers with the integration agency) and the language need
that an agreement must address. The trajectory and agreement use cases are imported where used: they call these
routes in turn."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from django.db import transaction
from django.utils.translation import gettext as _

from werkregie.core import clock
from werkregie.people.enums import Cefr
from werkregie.people.models import PersonLanguage
from werkregie.workflows import services as wf
from werkregie.workflows.deadlines import add as add_term
from werkregie.workflows.deadlines import due_from
from werkregie.workflows.services import Who

from . import labels
from .common import CEFR_ORDER, close_task, file_url, task
from .enums import EndReason, EvidenceKind, StepKind, TrajectoryKind
from .models import AgreementStep, Trajectory

# --------------------------------------------------------------------------- special routes

def start_sickness_route(who: Who, person_id: int, *, mutuality_id: int, sick_since: dt.date) -> Trajectory:
    """Re-integration of the sick with the mutuality as partner: a trajectory by month 5 (its deadline) and a
    re-integration step with the mutuality reviewed by month 3 (terms: sick_trajectory, sick_reintegration_review)."""
    from .use_cases import close, create_agreement, open_trajectory  # the life cycle calls these routes in turn

    existing = Trajectory.objects.filter(person_id=person_id).exclude(state="closed").first()
    if existing is not None and existing.kind == TrajectoryKind.SICKNESS:
        return existing
    with transaction.atomic():
        if existing is not None:
            close(who, existing.pk, EndReason.OTHER, note=_("Over naar een re-integratietraject (ziekte)"))
        trajectory = open_trajectory(who, person_id, TrajectoryKind.SICKNESS, start=clock.today(), source=f"sickness:{sick_since.isoformat()}",
                                     # never in the past nor today (walks of stop 28: "uiterlijk 22/03/2023", then due the day it started)
                                     deadline=due_from("sick_trajectory", sick_since, clock.today()))
        agreement = create_agreement(None, trajectory.pk, who=who, title=labels.coded(labels.SICKNESS_AGREEMENT),
                                     notes=labels.coded(labels.SICKNESS_NOTES))
        review = due_from("sick_reintegration_review", sick_since, clock.today())
        wf.create(AgreementStep, who, deadline=review, agreement=agreement, person_id=person_id, kind=StepKind.REINTEGRATION,
                  title=labels.coded(labels.SICKNESS_STEP), due_on=review, evidence_kind=EvidenceKind.PARTNER,
                  partner_id=mutuality_id)
        task(f"trajectory:{trajectory.pk}:reintegration_review", person_id=person_id, kind="reintegration_review", due_on=review,
             title=labels.coded(labels.REINTEGRATION_REVIEW, date=review), url=file_url(person_id))
        close_task(f"sickness:{person_id}:{sick_since.isoformat()}:reintegration")  # the sweep's signal: the route has started
    return trajectory


def start_newcomer_route(who: Who, person_id: int, *, agency_id: int | None, started_on: dt.date | None = None,
                         cefr_target: str = Cefr.A2) -> Trajectory:
    """Newcomers: the integration agency's trajectory and the Dutch course as steps of the agreement."""
    from .use_cases import create_agreement, open_trajectory  # the life cycle calls these routes in turn

    started_on = started_on or clock.today()
    with transaction.atomic():
        trajectory = open_trajectory(who, person_id, TrajectoryKind.NEWCOMER, start=started_on, source="integration")
        agreement = create_agreement(None, trajectory.pk, who=who, title=labels.coded(labels.NEWCOMER_AGREEMENT),
                                     notes=labels.coded(labels.NEWCOMER_NOTES))
        due = max(add_term(started_on, 12, "months"), clock.today())
        for kind, title, extra in (
            (StepKind.INTEGRATION, labels.coded(labels.INTEGRATION_STEP), {}),
            (StepKind.LANGUAGE_COURSE, labels.coded(labels.NT2_STEP, level=cefr_target),
             {"cefr_target": cefr_target}),
        ):
            wf.create(AgreementStep, who, deadline=due, agreement=agreement, person_id=person_id, kind=kind, title=title, due_on=due,
                      evidence_kind=EvidenceKind.PARTNER if agency_id else EvidenceKind.UPLOAD, partner_id=agency_id, **extra)
    return trajectory


@dataclass
class LanguageNeed:
    current: str | None
    required: str
    vacancies: int
    occupations: list[str] = field(default_factory=list)


def language_needs(person_ids: list[int], _levels_cache: dict | None = None) -> dict[int, LanguageNeed]:
    """`language_need` for many persons in a few queries (the sweep): desired occupations (else experience), the Dutch
    level the open vacancies of those occupations ask (median per occupation, cached across calls), the person's level."""
    from werkregie.matching.models import DesiredOccupation, PersonExperience
    from werkregie.vacancies.models import Vacancy

    occupations: dict[int, list[str]] = {}
    for pid, uri in DesiredOccupation.objects.filter(person_id__in=person_ids).values_list("person_id", "occupation_uri"):
        occupations.setdefault(pid, []).append(uri)
    missing = [p for p in person_ids if p not in occupations]
    for pid, uri in PersonExperience.objects.filter(person_id__in=missing).values_list("person_id", "occupation_uri"):
        occupations.setdefault(pid, []).append(uri)
    cache = _levels_cache if _levels_cache is not None else {}
    wanted = {u for uris in occupations.values() for u in uris} - set(cache)
    if wanted:
        asked: dict[str, list[str]] = {u: [] for u in wanted}
        for uri, needs in Vacancy.objects.filter(open=True, occupation_uri__in=wanted).values_list("occupation_uri", "language_needs"):
            asked[uri].append(next((n["level"] for n in needs or [] if isinstance(n, dict) and n.get("language") == "nl" and n.get("level") in CEFR_ORDER),
                                   ""))
        cache.update(asked)
    current = dict(PersonLanguage.objects.filter(person_id__in=list(occupations), language="nl").values_list("person_id", "level"))
    found: dict[int, LanguageNeed] = {}
    for pid, uris in occupations.items():
        levels = sorted((lv for u in uris for lv in cache.get(u, []) if lv), key=CEFR_ORDER.index)
        if not levels:
            continue
        required = levels[len(levels) // 2]
        have = current.get(pid)
        if have is None or CEFR_ORDER.index(have) < CEFR_ORDER.index(required):
            found[pid] = LanguageNeed(have, required, sum(len(cache.get(u, [])) for u in uris), uris)
    return found


def language_need(person_id: int) -> LanguageNeed | None:
    """The person's Dutch against what open vacancies of their target occupations ask (the level most of them ask);
    None when there is no gap (or no vacancy to compare with)."""
    from werkregie.matching.models import DesiredOccupation, PersonExperience
    from werkregie.vacancies.models import Vacancy

    occupations = list(DesiredOccupation.objects.filter(person_id=person_id).values_list("occupation_uri", flat=True))
    if not occupations:
        occupations = list(PersonExperience.objects.filter(person_id=person_id).values_list("occupation_uri", flat=True))
    if not occupations:
        return None
    levels: list[str] = []
    count = 0
    for needs in Vacancy.objects.filter(open=True, occupation_uri__in=occupations).values_list("language_needs", flat=True)[:2000]:
        count += 1
        for need in needs or []:
            if isinstance(need, dict) and need.get("language") == "nl" and need.get("level") in CEFR_ORDER:
                levels.append(need["level"])
    if not levels:
        return None
    levels.sort(key=CEFR_ORDER.index)
    required = levels[len(levels) // 2]  # the median level asked: what most of these vacancies need
    current = PersonLanguage.objects.filter(person_id=person_id, language="nl").values_list("level", flat=True).first()
    if current is not None and CEFR_ORDER.index(current) >= CEFR_ORDER.index(required):
        return None
    return LanguageNeed(current, required, count, occupations)
