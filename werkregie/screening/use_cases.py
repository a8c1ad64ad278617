"""Use cases of screening: one person's score and assessments, recording an assessment, the worklist of job seekers
due for screening, and the statistics of overrides. Every read of a person's screening is logged."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, Max, OuterRef, Q
from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.core import clock, suppression
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound
from werkregie.core.text import readable_length, visible_text
from werkregie.people import perms as people_perms
from werkregie.people.enums import JOBSEEKER_KINDS
from werkregie.people.models import Person, StatusEpisode
from werkregie.people.use_cases import Page

from . import hooks, perms, reasons
from .engine import assessment as rules
from .engine import register
from .engine.deadlines import Due, Periods, due
from .enums import DistanceCategory
from .models import Assessment, Score
from .training import active_models, score_persons

MIN_REASON = 10


def limits() -> rules.Limits:
    return rules.Limits(settings.SCREENING_SHORT_ABOVE, settings.SCREENING_LONG_BELOW)


def periods() -> Periods:
    """The screening terms: the dated legal parameters of werkregie/workflows/parameters (no overrides)."""
    return Periods()


@dataclass
class ScreeningView:
    person: Person
    score: Score | None
    assessments: list[Assessment]
    is_jobseeker: bool
    due: Due | None
    can_assess: bool
    model_category: str | None = None
    notes: list[str] = field(default_factory=list)


def _purpose(principal: Principal, person_id: int) -> Purpose:
    allowed = people_perms.purposes_for(principal, person_id)
    for preferred in (Purpose.SCREENING, Purpose.OWN_DATA, Purpose.ADMINISTRATION):
        if preferred in allowed:
            return preferred
    raise Forbidden(_("Uw rol geeft geen toegang tot de screening."))


def _seeking_episodes(person_ids: list[int]) -> dict[int, list[register.Episode]]:
    found = defaultdict(list)
    rows = StatusEpisode.objects.filter(person_id__in=person_ids, kind__in=JOBSEEKER_KINDS).values_list("person_id", "kind", "start", "end")
    for pid, kind, start, end in rows:
        found[pid].append(register.Episode(kind, start, end))
    return found


def person_screening(principal: Principal, person_id: int) -> ScreeningView:
    """A person's latest score with its explanation, the assessments, and when the next screening is due.

    A job seeker without a score of today's model is scored on the spot (when a model is active)."""
    own = perms.can_see_own(principal) and principal.user.person_id == person_id
    if not own and not perms.can_screen(principal, person_id):
        raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
    person = Person.objects.select_related("municipality").get(pk=person_id)
    today = clock.today()
    episodes = _seeking_episodes([person_id])[person_id]
    start = register.spell_start(episodes, today)
    score = current_score(person_id, seeking=start is not None)
    notes = [] if 6 in active_models() else ["Er is nog geen getraind screeningsmodel."]
    assessments = list(Assessment.objects.filter(person=person).select_related("counsellor")[:20])
    next_due = None
    if start is not None:
        last = clock.day_of(assessments[0].assessed_at) if assessments else None
        next_due = due(start, last, register.months_unemployed(episodes, today), periods())
    record_access(principal.actor(), [person_id], "screening: kans op werk, uitleg, beoordelingen", _purpose(principal, person_id), principal.channel)
    category = rules.model_category(score.chance_6m, limits()) if score is not None else None
    return ScreeningView(person, score, assessments, start is not None, next_due, perms.can_assess(principal, person_id) and not own,
                         category, notes)


def current_score(person_id: int, seeking: bool = True) -> Score | None:
    """The person's latest score; a job seeker whose score is not of today and today's model is scored first."""
    score = Score.objects.filter(person_id=person_id).select_related("model", "model_12m").first()
    models = active_models()
    if seeking and 6 in models and (score is None or score.model_id != models[6].pk or score.reference_date < clock.today()):
        score_persons([person_id])
        score = Score.objects.filter(person_id=person_id).select_related("model", "model_12m").first()
    return score


def _choice(data: dict, name: str, allowed: tuple, errors: list[FieldError], default: str | None = None) -> str | None:
    value = data.get(name, default)
    if value in (None, ""):
        errors.append(FieldError(name, _("verplicht")))
        return None
    if value not in allowed:
        errors.append(FieldError(name, _("'%(value)s' is geen geldige keuze; kies een van: %(choices)s") % {"value": value, "choices": ", ".join(allowed)}))
        return None
    return value


def _boolean(data: dict, name: str, errors: list[FieldError]) -> bool:
    value = data.get(name, False)
    if isinstance(value, bool):
        return value
    if value in ("on", "true", "1", "ja"):
        return True
    if value in ("", "false", "0", "nee", None):
        return False
    errors.append(FieldError(name, _("'%(value)s' is geen ja/nee-waarde") % {"value": value}))
    return False


def answers_from(data: dict) -> tuple[rules.Answers | None, list[FieldError]]:
    """The structured form, checked field by field (every error at once, nothing saved when one is wrong)."""
    errors: list[FieldError] = []
    problems = data.get("problems") or []
    if isinstance(problems, str):
        problems = [problems]
    bad = [p for p in problems if p not in rules.PROBLEMS]
    if bad:
        errors.append(FieldError("problems", _("'%(value)s' is geen gekend probleemdomein; kies uit: %(choices)s")
                                 % {"value": bad[0], "choices": ", ".join(rules.PROBLEMS)}))
    values = {
        "competences": _choice(data, "competences", rules.COMPETENCES, errors),
        "dutch_level": _choice(data, "dutch_level", rules.DUTCH, errors),
        "digital_skills": _choice(data, "digital_skills", rules.DIGITAL, errors),
        "motivation": _choice(data, "motivation", rules.MOTIVATION, errors),
        "childcare_barrier": _boolean(data, "childcare_barrier", errors),
        "mobility_barrier": _boolean(data, "mobility_barrier", errors),
        "not_deployable": _boolean(data, "not_deployable", errors),
    }
    if errors:
        return None, errors
    return rules.Answers(problems=tuple(dict.fromkeys(problems)), **values), []


def proposal_for(person_id: int, data: dict) -> rules.Proposal:
    """What the rules propose for these answers and the person's latest score (for the form's preview)."""
    answers, errors = answers_from(data)
    if errors:
        raise InvalidInput(_("De beoordeling is onvolledig."), errors)
    score = current_score(person_id)
    return rules.propose(score.chance_6m if score else None, answers, limits())


def log_proposal_shown(principal: Principal, person_id: int) -> None:
    """The form's live proposal (POST …/screening/voorstel/) shows what the person's latest score and the answers lead
    to: a read of the person's data, logged like the screening page itself."""
    record_access(principal.actor(), [person_id], "screening: voorstel (afstand tot de arbeidsmarkt uit kans op werk en antwoorden)",
                  _purpose(principal, person_id), principal.channel)


def starting_proposal(person_id: int) -> rules.Proposal:
    """The proposal before any answer: the model's category for the person's latest score."""
    score = current_score(person_id)
    return rules.starting_point(score.chance_6m if score else None, limits())


def record_assessment(principal: Principal, person_id: int, data: dict) -> Assessment:
    """Record the counsellor's assessment. Without `category` (or with the proposed one) the proposal is taken;
    a different category or self-reliance is an override and needs a reason."""
    if not perms.can_assess(principal, person_id):
        # a role that never assesses: 403; a counsellor for someone outside the caseload: 404, like every read of a person
        # outside access (the answer does not tell whether the person exists)
        if principal.role == perms.Role.COUNSELLOR and principal.has_scope(perms.Scope.PERSONS_WRITE):
            raise NotFound(_("Geen persoon met dit nummer binnen uw toegang."))
        raise Forbidden(_("Enkel een bemiddelaar met deze persoon in de caseload kan een screening registreren."))
    answers, errors = answers_from(data)
    note = str(data.get("competences_note") or "")
    if len(note) > 2000:
        errors.append(FieldError("competences_note", _("hoogstens 2000 tekens")))
    if errors:
        raise InvalidInput(_("De beoordeling is niet geregistreerd: controleer de gemarkeerde velden."), errors)
    score = current_score(person_id)
    proposal = rules.propose(score.chance_6m if score else None, answers, limits())
    category = data.get("category") or proposal.category
    if category not in DistanceCategory.values:
        raise InvalidInput(_("Onbekende categorie."),
                           [FieldError("category", _("kies een van: %(choices)s") % {"choices": ", ".join(DistanceCategory.values)})])
    self_reliant = _boolean(data, "self_reliant", errors) if "self_reliant" in data else proposal.self_reliant
    if category == "not_deployable":
        self_reliant = False
    overridden = category != proposal.category or self_reliant != proposal.self_reliant
    reason = visible_text(str(data.get("override_reason") or ""))  # ten zero-width spaces are no reason (attack of stop 45)
    if overridden and readable_length(reason) < MIN_REASON:
        proposed = str(DistanceCategory(proposal.category).label).lower()
        errors.append(FieldError("override_reason", _("Wie afwijkt van het voorstel (%(proposed)s), geeft een reden van minstens %(n)s tekens.")
                                     % {"proposed": proposed, "n": MIN_REASON}))
    if errors:
        raise InvalidInput(_("De beoordeling is niet geregistreerd: controleer de gemarkeerde velden."), errors)
    with transaction.atomic():
        assessment = Assessment.objects.create(
            person_id=person_id, counsellor=principal.user, assessed_at=clock.now(), score=score, chance_6m=score.chance_6m if score else None,
            competences=answers.competences, competences_note=note, dutch_level=answers.dutch_level, digital_skills=answers.digital_skills,
            problems=list(answers.problems), childcare_barrier=answers.childcare_barrier, mobility_barrier=answers.mobility_barrier,
            motivation=answers.motivation, not_deployable=answers.not_deployable, proposed_category=proposal.category,
            proposed_self_reliant=proposal.self_reliant, reasons=reasons.coded(proposal), category=category, self_reliant=self_reliant,
            overridden=overridden, override_reason=reason if overridden else "",
        )
        hooks.assessment_saved(assessment)  # e.g. trajectories opens the trajectory in this same transaction
        return assessment


@dataclass
class WorklistItem:
    person: Person
    due: Due
    overdue: bool
    months_unemployed: int
    last_category: str | None


def worklist(principal: Principal, page: int = 1, page_size: int = 50, within_days: int = 31) -> Page:
    """Job seekers this principal may see whose screening is due within `within_days` or overdue, by due date.
    Never-screened job seekers are always listed (their deadline runs from registration)."""
    if not perms.can_see_worklist(principal):
        raise Forbidden(_("Uw rol heeft geen screeningswerklijst."))
    today = clock.today()
    current = StatusEpisode.objects.filter(person=OuterRef("pk"), kind__in=JOBSEEKER_KINDS, start__lte=today).filter(Q(end__isnull=True) | Q(end__gte=today))
    ids = list(people_perms.visible_persons(principal).filter(Exists(current)).values_list("id", flat=True))
    episodes = _seeking_episodes(ids)
    last = dict(Assessment.objects.filter(person_id__in=ids).values_list("person_id").annotate(at=Max("assessed_at")))
    horizon = today + dt.timedelta(days=within_days)
    rows = []
    for pid in ids:
        start = register.spell_start(episodes[pid], today)
        if start is None:
            continue
        months = register.months_unemployed(episodes[pid], today)
        assessed = last.get(pid)
        next_due = due(start, clock.day_of(assessed) if assessed else None, months, periods())
        if next_due.reason == "new" or next_due.date <= horizon:
            rows.append((next_due.date, pid, next_due, months))
    rows.sort(key=lambda r: (r[0], r[1]))
    chosen = rows[(page - 1) * page_size: page * page_size]
    persons = Person.objects.in_bulk([r[1] for r in chosen])
    categories = {}
    for assessment in Assessment.objects.filter(person_id__in=[r[1] for r in chosen]).order_by("person_id", "-assessed_at"):
        categories.setdefault(assessment.person_id, assessment.category)
    items = [WorklistItem(persons[pid], d, d.overdue(today), months, categories.get(pid)) for _date, pid, d, months in chosen]
    record_access(principal.actor(), [i.person.pk for i in items], "screeningswerklijst: naam, inschrijving, vervaldatum, maanden werkloos, laatste categorie", _list_purpose(principal),
                  principal.channel)
    return Page(items=items, count=len(rows), page=page, page_size=page_size)


def _list_purpose(principal: Principal) -> Purpose:
    allowed = people_perms.purposes_for(principal)
    return Purpose.SCREENING if Purpose.SCREENING in allowed else allowed[0]


def override_statistics(principal: Principal) -> dict:
    """How often counsellors depart from the proposal, per counsellor and per group (sex, origin, age band,
    disability), and in which direction (a longer or a shorter distance than proposed)."""
    if not perms.can_see_override_statistics(principal):
        raise Forbidden(_("Enkel analisten en beheerders zien de afwijkingen per bemiddelaar."))
    order = {c: i for i, c in enumerate(["short", "medium", "long", "not_deployable"])}
    def counter() -> dict:
        return {"assessments": 0, "overrides": 0, "longer": 0, "shorter": 0, "self_reliance": 0}

    by_counsellor: dict = defaultdict(counter)
    by_group: dict = defaultdict(lambda: defaultdict(counter))
    names: dict[str, str] = {}  # the counsellor's name as the page shows it (walk of issue 16: raw usernames)
    rows = Assessment.objects.values_list("counsellor__username", "counsellor__first_name", "counsellor__last_name", "overridden", "category",
                                          "proposed_category", "assessed_at", "person__sex", "person__nationality", "person__birth_date",
                                          "person__work_limitation")
    for username, first, last, overridden, category, proposed, at, sex, nationality, birth, limitation in rows.iterator(5000):
        names[username] = " ".join(filter(None, (first, last))) or username
        groups = {"sex": sex, "origin": register.origin(nationality), "age_band": register.age_band(birth, clock.day_of(at)),
                  "disability": "onbekend" if limitation is None else "ja" if limitation else "nee"}
        direction = "longer" if order[category] > order[proposed] else "shorter" if order[category] < order[proposed] else "self_reliance"
        for counts in [by_counsellor[username], *(by_group[column][value] for column, value in groups.items())]:
            counts["assessments"] += 1
            if overridden:
                counts["overrides"] += 1
                counts[direction] += 1

    # the platform's one small-cell rule: every breakdown adds up to the same total, overrides = longer + shorter + self
    measures = ("assessments", "overrides", "longer", "shorter", "self_reliance")
    total = {m: sum(c[m] for c in by_counsellor.values()) for m in measures}
    breakdowns = {"counsellors": dict(sorted(by_counsellor.items())),
                  **{f"group:{column}": dict(sorted(values.items())) for column, values in by_group.items()}}
    _total, shown = suppression.suppress_breakdowns(total, breakdowns, measures, [("overrides", ["longer", "shorter", "self_reliance"])])

    def rate(counts: dict) -> dict:
        known = counts["assessments"] and counts["overrides"] is not None
        return {**counts, "rate": round(counts["overrides"] / counts["assessments"], 4) if known else None,
                "suppressed": any(counts[m] is None for m in measures)}

    return {"counsellors": {k: {**rate(v), "name": names.get(k, k)} for k, v in shown["counsellors"].items()},
            "groups": {name.removeprefix("group:"): {value: rate(v) for value, v in values.items()} for name, values in shown.items()
                       if name.startswith("group:")},
            "suppress_below": suppression.threshold()}
