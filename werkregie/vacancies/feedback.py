"""Feedback in one click: after an interview or with a rejection the employer picks a reason code (for missing
competences: which ESCO skills, from the vacancy's own list) and may add a note. The job seeker gets a respectful
version in their inbox and on their application; the counsellor gets a task in the worklist; the skill-gap statistic
counts the competences employers most often miss, per occupation and province, small cells suppressed."""

from __future__ import annotations

from collections import Counter

from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput
from werkregie.core.suppression import suppress
from werkregie.core.text import text_problem
from werkregie.core.workdays import add_working_days
from werkregie.organisations import represented
from werkregie.workflows import services as wf

from . import labels, perms, sector_scope
from .labels import FOR_CITIZEN
from .models import Application, ApplicationFeedback, ApplicationState, FeedbackReason
from .sector_scope import SectorScope
from .use_cases import _application

OTHER_NOTE_MIN = 10
FEEDBACK_STATES = (ApplicationState.INTERVIEW, ApplicationState.REJECTED)  # feedback without a move: after an interview or a rejection
TASK_WORKING_DAYS = 5

class SkillLabels:
    """ESCO skill labels that render in the language active when they are formatted (the message's language)."""

    def __init__(self, uris: list[str]) -> None:
        self.uris = uris

    def __str__(self) -> str:
        texts = skill_names(self.uris)
        return f" ({', '.join(texts)})" if texts else ""


def skill_names(uris: list[str]) -> list[str]:
    """The ESCO labels of the skills in the active language."""
    if not uris:
        return []
    from werkregie.matching import labels as skill_labels

    language = (translation.get_language() or "nl")[:2]
    return [skill_labels.plain(skill_labels.skill(u, language)) for u in uris]


def citizen_text(feedback: ApplicationFeedback) -> str:
    return f"{FOR_CITIZEN[feedback.reason]}{SkillLabels(feedback.missing_skills)}"


def give(principal: Principal, application_id: int, reason: str, *, missing_skills: list[str] | None = None, note: str = "",
         reject: bool = False, version: int | None = None) -> ApplicationFeedback:
    """Record the employer's feedback (and, with `reject`, the rejection itself in the same step)."""
    from werkregie.messaging import outbox
    from werkregie.worklist.enums import TaskKind
    from werkregie.worklist.services import upsert_task

    application = _application(principal, application_id)
    vacancy = application.vacancy
    if not (perms.is_employer_of(principal, vacancy) or principal.role == Role.ADMIN):
        raise Forbidden(_("Alleen de werkgever van deze vacature geeft terugkoppeling."))
    missing_skills = list(dict.fromkeys(missing_skills or []))
    note = (note or "").strip()
    errors = []
    if reason not in FeedbackReason.values:
        errors.append(FieldError("reason", _("Kies een reden: %(choices)s.") % {"choices": ", ".join(FeedbackReason.values)}))
    asked = set(vacancy.skills.values_list("skill_uri", flat=True))
    if reason == FeedbackReason.MISSING_SKILLS and not missing_skills:
        errors.append(FieldError("missing_skills", _("Duid aan welke gevraagde competenties ontbraken.")))
    if reason != FeedbackReason.MISSING_SKILLS and missing_skills:
        errors.append(FieldError("missing_skills", _("Competenties duidt u alleen aan bij de reden “Ontbrekende competenties”.")))
    if set(missing_skills) - asked:
        errors.append(FieldError("missing_skills", _("Kies alleen competenties die de vacature vraagt.")))
    if len(note) > 1000:
        errors.append(FieldError("note", _("Hoogstens 1000 tekens.")))
    elif problem := text_problem(note):  # shown to the counsellor: no bidi or other control characters (core/text.py)
        errors.append(FieldError("note", problem))
    if not reject and application.state not in FEEDBACK_STATES:
        errors.append(FieldError("reason", _("Terugkoppeling geeft u na een gesprek of bij een afwijzing.")))
    if reason == FeedbackReason.OTHER and len(note) < OTHER_NOTE_MIN:
        # the candidate is told to ask the counsellor, who then needs something to tell (walk of stop 39)
        errors.append(FieldError("note", _("Bij “Andere reden”: schrijf kort voor de bemiddelaar wat de reden was (minstens %(n)s tekens).")
                                 % {"n": OTHER_NOTE_MIN}))
    if errors:
        raise InvalidInput(_("De terugkoppeling is niet bewaard."), errors)
    stage = ApplicationState.REJECTED if reject else application.state
    who = wf.Who.of(principal)
    with transaction.atomic():
        Application.objects.select_for_update().filter(pk=application.pk).first()  # a double click waits for the first
        if given := application.feedback.filter(stage=stage).first():
            # one feedback per step (after the interview, with the rejection): a second one sent the candidate a second,
            # contradicting message (walk of stop 39)
            message = _("U gaf al terugkoppeling bij deze stap (%(stage)s) op %(day)s: %(reason)s.") % {
                "stage": application.workflow.states[stage], "day": clock.day_of(given.given_at).strftime("%d/%m/%Y"),
                "reason": given.get_reason_display()}
            raise Conflict(message, [FieldError("reason", message)])
        if reject:
            with translation.override("nl"):  # the transition log speaks the platform's working language
                why = f"Terugkoppeling: {FeedbackReason(reason).label}" + (f" — {note}" if note else "")
            application = wf.transition(application, "reject", who, reason=why[:300], expected_version=version, data={"feedback": reason})
            application.vacancy = vacancy
        feedback = ApplicationFeedback.objects.create(application=application, stage=application.state, reason=reason,
                                                      missing_skills=missing_skills, note=note, given_by=principal.user, given_at=clock.now())
        outbox.send(application.person_id, "vacancies.feedback",
                    {"title": vacancy.title, "employer": vacancy.employer.name, "state": application.workflow.states[application.state],
                     "reason": FOR_CITIZEN[reason], "skills": SkillLabels(missing_skills)},
                    who=who, related=("application", application.pk), dedupe_key=f"application-feedback:{feedback.pk}")
        # coded, shown in the reader's language; the employer's note as typed (the skills' names as they read in Dutch)
        title = labels.coded(labels.FEEDBACK, employer=vacancy.employer.name, title=vacancy.title, reason=labels.feedback_reason(reason))
        detail = note or labels.for_citizen(reason)
        if missing_skills:
            with translation.override("nl"):
                skills = ", ".join(skill_names(missing_skills))
            detail = labels.coded(labels.FEEDBACK_SKILLS, max_length=4000, text=detail, skills=skills)
        upsert_task(f"employer-feedback:{application.pk}", person_id=application.person_id, kind=TaskKind.EMPLOYER_FEEDBACK,
                    due_on=add_working_days(clock.today(), TASK_WORKING_DAYS), title=title,
                    url=reverse("matching_person", args=[application.person_id]), detail=detail, source="vacancies")
    return feedback


def skill_gaps(principal: Principal, sector: str = "", language: str = "nl") -> tuple[SectorScope, list[dict]]:
    """The skill-gap statistic for this reader (page and API alike): analysts, counsellors and administrators read it
    for all sectors; an employers' sector organisation for the sector(s) it represents (all together by default, one
    of them when asked, another sector refused: sector_scope). No other reader, and no split per sector for the
    others (their all-sector cells minus a sector's would give the other sectors' hidden ones)."""
    from .perms import GAP_READERS

    errors: list = []
    scope = sector_scope.resolve(principal, sector, errors, readers=GAP_READERS)
    if scope.own is None and sector:
        raise InvalidInput(_("De gemiste competenties zijn er per sector alleen voor sectororganisaties, voor hun eigen sector."),
                           [FieldError("sector", _("Laat de sector leeg."))])
    return scope, skill_gap_statistic(language, sectors=scope.own, part=scope.code)


def _gap_counts(field: str, codes: tuple[str, ...] | None) -> Counter:
    """Feedbacks naming a missed competence per (part, occupation, province, skill): part "" is the whole (every
    sector, or a sector organisation's sectors together), each of its sectors its own part (a vacancy's employer is in
    exactly one: represented.sectors_problem allows no overlap)."""
    counts: Counter = Counter()
    found = ApplicationFeedback.objects.filter(reason=FeedbackReason.MISSING_SKILLS)
    parts = [(code, represented.employer_filter([code], field)) for code in codes] if codes is not None else []
    if codes is not None:
        found = found.filter(represented.employer_filter(codes, field))
    values = ["application__vacancy__occupation_uri", "application__vacancy__municipality__province_nl", "missing_skills"]
    for part, q in [("", None), *parts]:
        for occupation, province, skills in (found.filter(q) if q is not None else found).values_list(*values):
            for uri in skills or []:
                counts[(part, occupation or "", province or "", uri)] += 1
    return counts


def gap_sums(cells: Counter, sectors: tuple[str, ...] | None = None) -> list:
    """The sums among the figures the page and API show, which complementary suppression keeps safe. Each row is one
    cell (occupation, province, competence) and no total is shown, per occupation, province or competence, nor a grand
    total (the page's chart shows some of the same cells); a feedback naming several competences counts in several
    cells, so no cell is the sum of others either (tests/test_vacancies_gap_subtraction.py tries every subtraction).
    The one sum there is: a sector organisation of several sectors reads their whole and each sector, so per cell the
    whole ("" part) = Σ its sectors. A total added to the page or API is added here."""
    if sectors is None or len(sectors) < 2:
        return []
    keys = {key[1:] for key in cells}
    return [(("", *key), [(code, *key) for code in sectors]) for key in keys]


def gap_hidden(cells: Counter, below: int | None = None, sectors: tuple[str, ...] | None = None) -> set:
    """The cells of the skill-gap statistic to hide: the small ones, and complements over the sums shown (gap_sums)."""
    return suppress(cells, gap_sums(cells, sectors), below)


def skill_gap_statistic(language: str = "nl", below: int | None = None, sectors: tuple[str, ...] | None = None,
                        part: str = "") -> list[dict]:
    """Which asked competences employers most often missed, per occupation and province: one row per (occupation,
    province, skill) with the number of feedbacks naming it; counts under the threshold are hidden (None). With
    `sectors`, only feedback on vacancies of employers in those sections or divisions, for all of them together
    (`part` "") or one of them; the hidden cells are decided over the whole and its sectors at once (whole = Σ
    sectors per cell), so that no view of one organisation gives a hidden cell by subtraction."""
    from werkregie.matching import labels
    from werkregie.matching.platform import taxonomy

    cells = _gap_counts("application__vacancy__employer__nace_code", sectors)
    if sectors is not None and len(sectors) > 1:
        for key in {key[1:] for key in cells}:
            for code in sectors:
                cells.setdefault((code, *key), 0)
    hidden = {key[1:] for key in gap_hidden(cells, below, sectors) if key[0] == part}
    counts = Counter({key[1:]: n for key, n in cells.items() if key[0] == part and n})
    tax = taxonomy()
    out = []
    for (occupation, province, uri), count in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1], -kv[1], kv[0][2])):
        o, label = tax.occupation_index.get(occupation), labels.skill(uri, language)
        out.append({"occupation_uri": occupation, "occupation": tax.occupations[o].label(language) if o is not None else "",
                    "province": province, "skill_uri": uri, "skill": label["label"], "skill_language": label["lang"],
                    "count": None if (occupation, province, uri) in hidden else count})
    return out


def feedback_for_person(person_id: int) -> list[tuple[Application, ApplicationFeedback]]:
    """A job seeker's feedback, newest first (the file of the person; callers check access)."""
    found = ApplicationFeedback.objects.filter(application__person_id=person_id).select_related("application", "application__vacancy",
                                                                                                 "application__vacancy__employer")
    return [(f.application, f) for f in found]
