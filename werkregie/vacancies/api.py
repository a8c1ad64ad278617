"""/api/v1/vacancies: a vacancy (with its JobPosting and, for a job seeker, the fit and their application), applying,
the applications to a vacancy, moving an application through its declared workflow, one-click feedback, and the
skill-gap statistic (small cells suppressed)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from pydantic import ConfigDict, Field

from werkregie.accounts.models import Role
from werkregie.api.preconditions import required_version, tagged
from werkregie.core.errors import Forbidden

from . import applicants, closing, referral
from . import feedback as feedback_cases
from . import use_cases as services
from .models import Application

router = Router(tags=["vacancies"])
Language = Literal["nl", "fr", "en"]


class VacancySkillOut(Schema):
    uri: str
    label: str
    essential: bool
    certificate: bool
    has: bool = Field(description="for a job seeker: whether the competence is in their profile (false for others)")


class ApplicationOut(Schema):
    id: int
    vacancy_id: int
    state: str
    state_label: str
    version: int
    origin: str
    transitions: list[str] = Field(description="the moves the caller may make now")
    person: dict | None = Field(None, description="for the employer and the counsellor: first and last name (never INSZ or status)")
    feedback: list[dict] = Field(default_factory=list)
    referral: dict | None = Field(None, description="a counsellor's referral with the person's agreement: the day (agreed_on) and the "
                                  "text in the reader's words; the person and VDAB also read how and when it was recorded, VDAB by whom")
    competences: dict | None = Field(None, description="in the list of a vacancy's applications, for the employer and VDAB: the vacancy's "
                                     "asked competences (have, essential) and the person's others; for the employer an ended (hired, "
                                     "rejected) application's as shared when it ended, none after the retention period of a rejected one")


class VacancyOut(Schema):
    id: int
    title: str
    employer: str
    municipality: str
    hours_per_week: float
    contract: str
    monthly_wage: float | None
    description: str
    open: bool
    skills: list[VacancySkillOut]
    job_posting: dict = Field(description="schema.org JobPosting (JSON-LD)")
    fit: dict | None = Field(None, description="for a job seeker: the match explanation")
    application: ApplicationOut | None = None
    state: str | None = Field(None, description="for its employer and VDAB: the lifecycle state (others: null)")
    version: int | None = Field(None, description="for its employer and VDAB: the version to send with a lifecycle move or an edit "
                                "(also the ETag); others: null")
    wording_flags: list[dict] | None = Field(None, description="for its employer and VDAB, on an imported vacancy: wording that may "
                                             "discriminate (the import keeps the record and records the hits)")


class LanguageQuery(Schema):
    language: Language = "nl"


class ApplicationMoveIn(Schema):
    transition: str = Field(max_length=40)
    reason: str = Field("", max_length=300)
    version: int | None = Field(None, description="the version you saw (a stale one is refused with 409)")


class ApplyIn(Schema):
    person_id: int | None = Field(None, description="a counsellor applying for a person they guide")
    agreement: bool = Field(False, description="the person agreed (required when applying for someone else: a referral)")
    agreement_how: str | None = Field(None, max_length=20, description="how the person agreed: conversation, phone or message "
                                      "(required for a referral)")
    agreement_on: dt.date | None = Field(None, description="the day the person agreed, not in the future (required for a referral)")


class FeedbackIn(Schema):
    reason: str = Field(max_length=20, description="missing_skills, language, motivation, no_show, wage_hours, other_hired, other")
    missing_skills: list[str] = Field(default_factory=list, max_length=50, description="ESCO skill URIs from the vacancy's list")
    note: str = Field("", max_length=1000, description="for the counsellor: the candidate's pages do not show it, but it is part of what the "
                      "candidate receives when asking for their data (GDPR article 15)")
    reject: bool = False
    version: int | None = None


def _application_out(principal, a: Application) -> dict:  # noqa: ANN001
    out = {"id": a.pk, "vacancy_id": a.vacancy_id, "state": a.state, "state_label": a.state_label, "version": a.version, "origin": a.origin,
           "transitions": [t.name for t in closing.available(a, principal.role)], "person": None, "feedback": [], "referral": _referral_out(principal, a)}
    if principal.role == Role.EMPLOYER and a.state in applicants.ENDED:
        # an ended application as it was shared at its end; after the retention period its outcome only (applicants.py)
        shared = applicants.shown_at_end(a)
        if not shared:
            return out | {"referral": None, "competences": None}
        out["person"] = {"id": a.person_id, "first_name": shared["first_name"], "last_name": shared["last_name"]}
    elif principal.role != Role.CITIZEN:
        out["person"] = {"id": a.person_id, "first_name": a.person.first_name, "last_name": a.person.last_name}
    if principal.role != Role.CITIZEN:
        out["feedback"] = [{"reason": f.reason, "missing_skills": f.missing_skills, "note": f.note, "given_at": f.given_at} for f in a.feedback.all()]
        out["competences"] = applicants.fit_out(getattr(a, "fit", None))  # the list's (logged there), as its page shows them
    else:
        out["feedback"] = [{"reason": f.reason, "text": feedback_cases.citizen_text(f), "given_at": f.given_at} for f in a.feedback.all()]
    return out


def _referral_out(principal, a: Application) -> dict | None:  # noqa: ANN001
    """The agreement behind a referral, as much as the reader's page shows (referral.note): the employer, which gets only
    the applications that are its ground to see the person, reads the day; never who recorded it or how."""
    if a.agreement_on is None:
        return None
    audience = referral.audience_of(principal.role)
    out = {"agreed_on": a.agreement_on, "text": referral.note(a, audience)}
    if audience != referral.EMPLOYER:
        out |= {"how": a.agreement_how, "recorded_at": a.agreement_recorded_at}
    if audience == referral.GUIDE:
        out["recorded_by"] = a.agreement_recorded_by
    return out


@router.get("/{int:vacancy_id}", response=VacancyOut, summary="A vacancy with its JobPosting; for a job seeker the fit and their application; "
            "for its employer and VDAB also its state and version (ETag)")
def vacancy(request: HttpRequest, response: HttpResponse, vacancy_id: int, query: Query[LanguageQuery]) -> dict:
    from . import perms

    page = services.vacancy_page(request.auth, vacancy_id, query.language)
    v = page.vacancy
    out = {"id": v.pk, "title": v.title, "employer": v.employer.name, "municipality": str(v.municipality) if v.municipality else "",
           "hours_per_week": float(v.hours_per_week), "contract": v.contract,
           "monthly_wage": float(v.monthly_wage) if v.monthly_wage is not None else None, "description": v.description, "open": v.open,
           "skills": page.skills, "job_posting": page.job_posting, "fit": vars(page.explained) if page.explained else None,
           "application": _application_out(request.auth, page.application) if page.application else None}
    if perms.is_employer_of(request.auth, v) or request.auth.role in perms.GUIDING_ROLES:
        return tagged(response, out | {"state": v.state, "version": v.version, "wording_flags": v.wording_flags})
    return out


@router.post("/{int:vacancy_id}/apply", response={201: ApplicationOut}, summary="Apply (the job seeker, or a counsellor with the person's agreement)")
def apply(request: HttpRequest, vacancy_id: int, payload: ApplyIn) -> Status:
    made = services.apply(request.auth, vacancy_id, payload.person_id, agreement=payload.agreement, agreement_how=payload.agreement_how or "",
                          agreement_on=payload.agreement_on)
    return Status(201, _application_out(request.auth, Application.objects.select_related("person").get(pk=made.pk)))


@router.get("/{int:vacancy_id}/applications", response=list[ApplicationOut], summary="Applications to a vacancy (its employer, VDAB; each person logged)")
def applications(request: HttpRequest, vacancy_id: int) -> list:
    _count, found = services.applications_for_vacancy(request.auth, vacancy_id)
    return [_application_out(request.auth, a) for a in found]


@router.get("/applications/mine", response=list[ApplicationOut], summary="My applications (job seeker)")
def mine(request: HttpRequest) -> list:
    return [_application_out(request.auth, a) for a in services.my_applications(request.auth)]


@router.post("/applications/{int:application_id}/transitions", response=ApplicationOut,
             summary="Move an application (declared workflow: proposed, interested, applied, interview, offer, hired, rejected, withdrawn)")
def move(request: HttpRequest, application_id: int, payload: ApplicationMoveIn) -> dict:
    moved = services.move(request.auth, application_id, payload.transition, reason=payload.reason, version=required_version(request, payload.version))
    return _application_out(request.auth, Application.objects.select_related("person").get(pk=moved.pk))


@router.post("/applications/{int:application_id}/feedback", response={201: ApplicationOut}, summary="One-click feedback (employer)")
def give_feedback(request: HttpRequest, application_id: int, payload: FeedbackIn) -> Status:
    made = feedback_cases.give(request.auth, application_id, payload.reason, missing_skills=payload.missing_skills, note=payload.note,
                               reject=payload.reject, version=required_version(request, payload.version))
    return Status(201, _application_out(request.auth, Application.objects.select_related("person").get(pk=made.application_id)))


class GapRow(Schema):
    occupation_uri: str
    occupation: str
    province: str
    skill_uri: str
    skill: str
    count: int | None = Field(description="feedbacks naming this competence; null when under the suppression threshold")


class MissedSkillsQuery(LanguageQuery):
    sector: str = Field("", max_length=2, description="a sector organisation: one of the NACE sections or divisions it represents (empty: all "
                        "of them together; another sector: 403); others leave it empty (every sector)")


@router.get("/stats/missed-skills", response=list[GapRow], summary="Competences employers most often missed, per occupation and province (suppressed)")
def missed_skills(request: HttpRequest, query: Query[MissedSkillsQuery]) -> list:
    from werkregie.api.query import refuse_unknown

    refuse_unknown(request, MissedSkillsQuery)  # a misspelled filter is no filter: refused, not ignored
    return feedback_cases.skill_gaps(request.auth, query.sector, query.language)[1]


class SuggestIn(Schema):
    """Unknown fields are refused (422): a client that sent "description" for "text" got suggestions for the title alone."""

    model_config = ConfigDict(extra="forbid")

    title: str = Field(max_length=200)
    text: str = Field("", max_length=20_000, description="the vacancy text (the form's description)")
    language: Language = "nl"
    occupation_uri: str = Field("", max_length=200, description="the occupation chosen so far (its skills are suggested)")
    extra_skills: str = Field("", max_length=500, description="a competence the employer adds in free text (e.g. heftruck besturen): "
                              "read on its own, its skills come back with source \"added\"")


class SuggestedOccupationOut(Schema):
    uri: str
    label: str
    score: float


class SkillLabelOut(Schema):
    uri: str
    label: str
    lang: str = Field(description="the label's language (another than asked where ESCO has none in it)")


class SuggestedSkillOut(SkillLabelOut):
    source: Literal["text", "added", "occupation"] = Field(description="read in the text, in extra_skills, or essential for the occupation")
    span: str = Field(description="the words of the text (or of extra_skills) it was read in; empty for source occupation")
    essential: bool
    found_by: Literal["label", "meaning", "occupation"]
    confidence: float
    of_occupation: bool = Field(description="essential for the chosen occupation")


class AddedOut(Schema):
    text: str = Field(description="extra_skills as read")
    matched: bool = Field(description="false when it named no ESCO competence (the employer may rephrase)")


class WordingHitOut(Schema):
    field: Literal["title", "text"] = Field(description="the field the span lies in")
    start: int = Field(description="offset of the span in that field")
    end: int
    text: str
    ground: str
    ground_label: str
    rewording: str


class DiplomaHintOut(Schema):
    in_field: Literal["title", "text"] = Field(description="the field the span lies in")
    start: int = Field(description="offset of the span in that field")
    end: int
    text: str
    field: str = Field(description="the field of study (empty when the demand names none)")
    occupation: SkillLabelOut | None = Field(description="the occupation the diploma leads to")
    competences: list[str]
    competence_skills: list[SkillLabelOut]
    rewording: str


class SuggestOut(Schema):
    occupations: list[SuggestedOccupationOut]
    occupation_uri: str
    skills: list[SuggestedSkillOut]
    usual_language_level: str | None
    added: AddedOut
    wording: list[WordingHitOut]
    diploma: list[DiplomaHintOut]


# a field the schema does not declare is refused (422 naming it), never silently dropped: an employer sent "employer_id"
# and other fields of its own and believed them stored (attack of issue 12, r3)
STRICT = ConfigDict(extra="forbid")


class SkillIn(Schema):
    model_config = STRICT

    uri: str = Field(max_length=200)
    essential: bool = True


class LanguageNeedIn(Schema):
    model_config = STRICT

    language: str = Field(max_length=2)
    level: str = Field(max_length=2)


class VacancyIn(Schema):
    model_config = STRICT

    title: str = Field(max_length=200)
    description: str = Field("", max_length=20_000)
    municipality: str = Field(max_length=5, description="NIS code of the workplace")
    hours_per_week: float = 38
    contract: str = "permanent"
    monthly_wage: float | None = None
    occupation_uri: str = Field(max_length=200, description="the ESCO occupation the employer confirmed")
    skills: list[SkillIn] = Field(max_length=100, description="exactly the skills the employer confirmed")
    language_needs: list[LanguageNeedIn] = Field(default_factory=list, max_length=5)
    language_justification: str = Field("", max_length=500)
    employer_id: int | None = Field(None, description="VDAB posting for an employer")
    establishment_id: int | None = None
    ring_offer: bool | None = Field(None, description="false: never offered to the other regions, the border regions or EURES, nor in the "
                                    "exchange's feed; absent: the employer's default (ring_offer_default of /api/v1/employers/{id})")
    publish: bool = False
    language: Language = "nl"


class VacancyStateOut(Schema):
    id: int
    state: str
    state_label: str
    open: bool
    version: int


def _posting_roles(request: HttpRequest) -> None:
    if request.auth.role not in (Role.EMPLOYER, Role.COUNSELLOR, Role.ADMIN):
        raise Forbidden(_("Alleen voor werkgevers en VDAB."))


@router.post("/intake/suggest", response=SuggestOut,
             summary="Title and text → suggested ESCO occupation and skills, wording that may discriminate, diploma hints (nothing stored)")
def suggest(request: HttpRequest, payload: SuggestIn) -> dict:
    from . import intake

    _posting_roles(request)
    intake.spend_suggestion_budget(request.auth.user.pk)
    return intake.suggest(payload.title, payload.text, payload.language, payload.occupation_uri, added=payload.extra_skills)


@router.post("", response={201: VacancyStateOut}, summary="Post a vacancy with the confirmed occupation and skills (draft, or published)")
def create(request: HttpRequest, payload: VacancyIn) -> Status:
    from . import intake

    data = payload.dict()
    made = intake.create(request.auth, data, language=payload.language, publish=payload.publish)
    return Status(201, {"id": made.pk, "state": made.state, "state_label": made.state_label, "open": made.open, "version": made.version})


class MineQuery(Schema):
    state: Literal["draft", "published", "filled", "closed", "expired"] | None = None
    page: int = Field(1, ge=1, le=10_000)
    page_size: int = Field(50, ge=1, le=200)


class MineRow(Schema):
    id: int
    title: str
    state: str
    state_label: str
    open: bool
    version: int
    municipality: str
    created_at: str
    updated_at: str | None
    source: str = Field(description="empty for a vacancy posted here; else the partner that sent it (edited there)")
    wording_flags: list[dict] = Field(description="on a partner's copy: wording that may discriminate")


class MinePage(Schema):
    count: int
    page: int
    page_size: int
    items: list[MineRow]


@router.get("/mine", response=MinePage, summary="The vacancies of my employer (every state: drafts, closed…), newest first, paged")
def own_vacancies(request: HttpRequest, query: Query[MineQuery]) -> dict:
    if request.auth.role != Role.EMPLOYER:
        raise Forbidden(_("Alleen voor werkgevers."))
    found = services.own_vacancies(request.auth, query.state)
    start = (query.page - 1) * query.page_size
    rows = found[start:start + query.page_size]
    return {"count": found.count(), "page": query.page, "page_size": query.page_size,
            "items": [{"id": v.pk, "title": v.title, "state": v.state, "state_label": v.state_label, "open": v.open, "version": v.version,
                       "municipality": str(v.municipality) if v.municipality else "", "created_at": v.created_at.isoformat(),
                       "updated_at": v.updated_at.isoformat() if v.updated_at else None, "source": v.source,
                       "wording_flags": v.wording_flags} for v in rows]}


class VacancyEditIn(VacancyIn):
    version: int | None = Field(None, description="the version you saw (or If-Match); a stale one is refused with 409")


@router.put("/{int:vacancy_id}", response=VacancyStateOut, summary="Edit a draft or published vacancy (the intake's checks; the version you saw)")
def edit(request: HttpRequest, vacancy_id: int, payload: VacancyEditIn) -> dict:
    from . import intake

    _posting_roles(request)
    edited = intake.update(request.auth, vacancy_id, payload.dict(), version=required_version(request, payload.version), language=payload.language)
    return {"id": edited.pk, "state": edited.state, "state_label": edited.state_label, "open": edited.open, "version": edited.version}


@router.post("/{int:vacancy_id}/lifecycle", response=VacancyStateOut, summary="publish, fill, close, republish")
def lifecycle(request: HttpRequest, vacancy_id: int, payload: ApplicationMoveIn) -> dict:
    from . import intake

    moved = intake.move(request.auth, vacancy_id, payload.transition, version=required_version(request, payload.version))
    return {"id": moved.pk, "state": moved.state, "state_label": moved.state_label, "open": moved.open, "version": moved.version}


class CandidateOut(Schema):
    pseudonym: str
    score: float
    ring_name: str
    matched: list[dict]
    missing: list[dict]
    experience: list[dict]
    languages: list[dict]
    invited: bool


class CandidateInviteIn(Schema):
    candidate: str = Field(max_length=20, description="the pseudonym from the suggestions")


@router.get("/{int:vacancy_id}/suggestions", response=list[CandidateOut],
            summary="Pseudonymised candidates who consented to be proposed (employer of the vacancy; each listed person logged)")
def suggestions(request: HttpRequest, vacancy_id: int, query: Query[LanguageQuery]) -> list:
    from . import candidates

    return [vars(c) for c in candidates.suggestions(request.auth, vacancy_id, query.language)]


@router.post("/{int:vacancy_id}/suggestions/invite", response={201: ApplicationOut}, summary="Invite a pseudonymised candidate to share their profile")
def invite(request: HttpRequest, vacancy_id: int, payload: CandidateInviteIn) -> Status:
    from . import candidates

    made = candidates.invite(request.auth, vacancy_id, payload.candidate)
    out = _application_out(request.auth, Application.objects.select_related("person").get(pk=made.pk))
    out["person"] = None  # not shared yet
    return Status(201, out)


from . import api_more  # noqa: E402, F401 - registers the search, measures and notices routes on this router
