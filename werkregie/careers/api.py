"""/api/v1/careers: Mijn Loopbaan's target occupations, passport shares (and the public view of a shared link), the
competence visa and EVC. Thin: the use cases decide and log; errors are RFC 9457 problems."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.decorators import decorate_view
from pydantic import Field, StrictInt

from werkregie.access.models import Channel
from werkregie.accounts.principal import Principal
from werkregie.api.auth import optional_principal
from werkregie.api.guard import anonymous_heavy
from werkregie.api.preconditions import optional_version, required_version
from werkregie.core.errors import Forbidden
from werkregie.matching import labels

from . import perms
from .models import CompetenceVisa, EvcRequest, PassportShare
from .use_cases import common, evc, evc_outcome, evc_skills, loopbaan, shares, visa

router = Router(tags=["careers"])


def _p(request: HttpRequest) -> Principal:
    return request.auth


# --- schemas -------------------------------------------------------------------------------------------------------------


class TargetIn(Schema):
    occupation: str = Field(description="ESCO occupation URI")
    version: int | None = Field(None, description="the profile version you saw (or If-Match)")


class PassportShareIn(Schema):
    label: str = Field(description="for whom the link is (shown to the person in their access log)")
    credential_ids: list[str] = Field(description="uids of the person's own credentials")
    days: StrictInt = Field(description="validity in days (1 to the dated maximum, 90)")


class ShareOut(Schema):
    id: int
    label: str
    credential_ids: list[str]
    created_at: dt.datetime
    expires_at: dt.datetime
    revoked_at: dt.datetime | None
    state: str
    views: int = Field(description="reads of the link: views of the page or the API and downloads of a credential, as the person's access log lists them")
    version: int


class ShareMade(ShareOut):
    token: str = Field(description="shown once; only its hash is kept")
    path: str


class SharedCredential(Schema):
    id: str
    kind: str
    title: str
    issuer: str
    issued_at: dt.datetime
    skills: list[str]
    valid: bool
    reasons: list[str]
    jwt: str


class SharedOut(Schema):
    first_name: str
    expires_at: dt.datetime
    credentials: list[SharedCredential]


class VisaSkillIn(Schema):
    uri: str
    level: str = Field(description="basic | independent | advanced | expert")
    evidence: str = Field(description="observation | portfolio | interview | test | employer")
    note: str = ""


class VisaIn(Schema):
    dismissal: str = Field(description="collective | individual")
    former_employer: str
    dismissal_date: dt.date | None = None
    occupation: str = ""
    summary: str = ""
    skills: list[VisaSkillIn]
    confirm_recent: bool = Field(False, description="confirm a visa while another was issued to the person in the last 30 days "
                                                    "(otherwise 409 with existing_id); the same dismissal twice is always 409")


class VisaOut(Schema):
    id: int
    person_id: int
    dismissal: str
    former_employer: str
    dismissal_date: dt.date
    occupation: str
    issued_at: dt.datetime
    credential_id: str
    skills: list[dict]


class EvcIn(Schema):
    occupation: str = Field("", description="ESCO occupation URI: its essential skills are assessed (unless `skills` are given)")
    skills: list[str] = Field([], description="ESCO skill URIs, at most 40: recognition for this set of skills (each a known skill; "
                                              "none already in one of your open requests; those certified already are left out)")
    motivation: str = ""


class SkillOption(Schema):
    uri: str
    label: str
    lang: str = Field(description="the label's language: 'en' where ESCO has no label in yours")


class SkillGroupOut(Schema):
    key: str = Field(description="profile, occupation-<n> (essential skills of an occupation of yours), found (the search), chosen")
    title: str
    skills: list[SkillOption]


class EvcSkillOut(Schema):
    uri: str
    label: str
    lang: str = Field(description="the label's language: 'en' where ESCO has no label in yours (most skills lack a Dutch one)")
    result: str
    level: str
    evidence: str
    credential_id: str


class EvcRecognisedOut(Schema):
    uri: str
    label: str
    lang: str = Field(description="the label's language: 'en' where ESCO has no label in yours")
    level: str
    level_label: str


class EvcCourseOut(Schema):
    id: int
    title: str
    provider: str
    url: str = Field(description="the course's page")


class EvcMissingOut(Schema):
    uri: str
    label: str
    lang: str = Field(description="the label's language: 'en' where ESCO has no label in yours")
    courses: list[EvcCourseOut] = Field(description="active courses of the catalogue that teach this skill (at most 3, soonest free place first)")


class EvcAlreadyOut(Schema):
    uri: str
    label: str
    lang: str
    proof: str = Field(description="the title of the digital proof that certifies the skill")
    issued_on: dt.date


class EvcOutcomeOut(Schema):
    code: str = Field(description="full | partial | none: all, some or none of the skills asked were recognised")
    label: str = Field(description="in words, e.g. 'Deels erkend: 3 van 5 competenties'")
    recognised: list[EvcRecognisedOut]
    not_recognised: list[EvcMissingOut]
    next_step: str = Field(description="what the person can do about the skills not recognised ('' when all were)")
    already_certified: list[EvcAlreadyOut] = Field(default_factory=list, description="skills this request did not recognise that an "
                                                   "earlier valid digital proof of the person certifies (not missing)")


class EvcOut(Schema):
    id: int
    person_id: int
    occupation: str
    kind: str = Field(description="occupation | skills: what the request is for")
    what: str = Field(description="what was asked, in words: the occupation, or 'n competenties: a, b, c, …'")
    state: str
    state_label: str
    version: int
    deadline: dt.date | None
    requested_at: dt.datetime
    planned_on: dt.date | None
    place: str
    assessor_organisation_id: int | None
    skills: list[EvcSkillOut]
    outcome: EvcOutcomeOut | None = Field(description="once decided (certified or refused): per skill recognised or not, and the next step")
    left_out_certified: list[SkillOption] = Field(default_factory=list, description="only in the answer to a new request: the skills "
                                                  "asked (or of the occupation) that were left out because they are certified already")


class PlanIn(Schema):
    day: dt.date
    place: str
    version: int | None = None


class ResultIn(Schema):
    uri: str
    result: str = Field(description="certified | not_yet")
    level: str = ""
    evidence: str = ""
    note: str = ""


class ResultsIn(Schema):
    results: list[ResultIn]
    version: int | None = None


class VersionIn(Schema):
    version: int | None = None


class ReasonIn(Schema):
    reason: str
    version: int | None = None


class AssignIn(Schema):
    organisation_id: int | None = None
    version: int | None = None


class AccreditationIn(Schema):
    organisation_id: int
    valid_from: dt.date
    valid_until: dt.date | None = None


class AccreditationOut(Schema):
    id: int
    organisation_id: int
    valid_from: dt.date
    valid_until: dt.date | None


def _share(s: PassportShare) -> dict:
    return {"id": s.pk, "label": s.label, "credential_ids": list(s.credential_ids), "created_at": s.created_at, "expires_at": s.expires_at,
            "revoked_at": s.revoked_at, "state": shares.state(s), "views": s.views, "version": s.version}


def _visa(v: CompetenceVisa) -> dict:
    return {"id": v.pk, "person_id": v.person_id, "dismissal": v.dismissal, "former_employer": v.former_employer, "dismissal_date": v.dismissal_date,
            "occupation": v.occupation_uri, "issued_at": v.issued_at, "credential_id": v.credential_id,
            "skills": [{"uri": s.skill_uri, "level": s.level, "evidence": s.evidence} for s in v.skills.all()]}


def _evc(r: EvcRequest) -> dict:
    return {"id": r.pk, "person_id": r.person_id, "occupation": r.occupation_uri, "kind": "occupation" if r.occupation_uri else "skills",
            "what": evc_skills.asked(r)["text"], "state": r.state, "state_label": r.state_label, "version": r.version,
            "deadline": r.deadline, "requested_at": r.requested_at, "planned_on": r.planned_on, "place": r.place,
            "assessor_organisation_id": r.assessor_organisation_id,
            "skills": [{**labels.skill(s.skill_uri, common.language()), "result": s.result, "level": s.level, "evidence": s.evidence,
                        "credential_id": s.credential_id} for s in r.skills.all()],
            "outcome": _outcome(evc_outcome.outcome(r)),
            "left_out_certified": [labels.skill(u, common.language()) for u in getattr(r, "left_out_certified", [])]}


def _outcome(found: evc_outcome.Outcome | None) -> dict | None:
    if found is None:
        return None
    return {"code": found.code, "label": found.label, "recognised": found.recognised, "next_step": found.next_step,
            "not_recognised": [{**m.entry, "courses": [{"id": c.pk, "title": c.title_nl, "provider": c.provider.name,
                                                         "url": reverse("training_course", args=[c.pk])} for c in m.courses]}
                               for m in found.missing],
            "already_certified": [{**a.entry, "proof": a.proof, "issued_on": a.issued_on} for a in found.already]}


# --- the person's targets and shares ---------------------------------------------------------------------------------------


@router.get("/me/targets", response=list[dict], summary="My target occupations")
def my_targets(request: HttpRequest) -> list[dict]:
    return loopbaan.overview(_p(request)).targets


@router.post("/me/targets", response=list[dict], summary="Add a target occupation (ESCO URI; at most 5)")
def add_target(request: HttpRequest, payload: TargetIn) -> list[dict]:
    return loopbaan.add_target(_p(request), payload.occupation, payload.version)["desired_occupations"]


@router.delete("/me/targets", response=list[dict], summary="Remove a target occupation (?occupation=URI; the profile version is checked when given)")
def remove_target(request: HttpRequest, occupation: str = "", version: int | None = None) -> list[dict]:
    # the occupation is checked by the use case after who is asking (a missing one is 422 for the person, 404 for others)
    seen = optional_version(request, version)
    return loopbaan.remove_target(_p(request), occupation, seen)["desired_occupations"]


@router.get("/me/shares", response=list[ShareOut], summary="My passport links")
def my_shares(request: HttpRequest) -> list[dict]:
    return [_share(s) for s in shares.mine(_p(request))]


@router.post("/me/shares", response={201: ShareMade}, summary="Share a selection of my credentials through a link with an expiry")
def make_share(request: HttpRequest, payload: PassportShareIn) -> Status:
    made = shares.create(_p(request), payload.label, payload.credential_ids, payload.days)
    return Status(201, {**_share(made.share), "token": made.token, "path": f"/paspoort/{made.token}/"})


@router.delete("/me/shares/{share_id}", response=ShareOut, summary="Revoke a passport link (If-Match or ?version=)")
def revoke_share(request: HttpRequest, share_id: int, version: int | None = None) -> dict:
    return _share(shares.revoke(_p(request), share_id, required_version(request, version)))


@router.get("/shared/{token}", auth=None, response=SharedOut, summary="A shared passport: the chosen credentials, each verified now (public; logged for the person)")
@decorate_view(anonymous_heavy)  # anonymous: a rate per client (no guessing of links), a few slots of their own
def shared(request: HttpRequest, token: str) -> dict:
    view = shares.open_shared(token, Channel.API, optional_principal(request))
    return {"first_name": view.first_name, "expires_at": view.share.expires_at, "credentials": [
        {"id": c.item.id, "kind": c.item.kind, "title": c.item.title, "issuer": c.item.issuer, "issued_at": c.item.issued_at,
         "skills": list(c.item.skills), "valid": c.valid, "reasons": c.reasons, "jwt": c.item.token} for c in view.items]}


# --- competence visa -----------------------------------------------------------------------------------------------------


@router.get("/persons/{person_id}/visas", response=list[VisaOut], summary="A person's competence visas (counsellor, admin; logged)")
def visas_of(request: HttpRequest, person_id: int) -> list[dict]:
    found = visa.candidates(_p(request), person_id)
    return [_visa(v) for v in found.visas]


@router.post("/persons/{person_id}/visas", response={201: VisaOut},
             summary="Issue a competence visa after a dismissal (counsellor, admin; 409 for the same dismissal twice, or a recent visa unconfirmed)")
def issue_visa(request: HttpRequest, person_id: int, payload: VisaIn) -> Status:
    made = visa.issue(_p(request), person_id, dismissal=payload.dismissal, former_employer=payload.former_employer,
                      dismissal_date=payload.dismissal_date, occupation_uri=payload.occupation, summary=payload.summary,
                      skills=[s.dict() for s in payload.skills], confirm_recent=payload.confirm_recent)
    return Status(201, _visa(made))


# --- EVC -----------------------------------------------------------------------------------------------------------------


@router.post("/evc", response={201: EvcOut}, summary="Request recognition of prior learning for an occupation or a set of skills (citizen)")
def request_evc(request: HttpRequest, payload: EvcIn) -> Status:
    return Status(201, _evc(evc.request(_p(request), occupation_uri=payload.occupation, skill_uris=payload.skills, motivation=payload.motivation)))


@router.get("/me/evc-skills", response=list[SkillGroupOut],
            summary="Skills I can ask to have recognised: my profile's, the essential ones of my occupations, and those ?q= finds (citizen)")
def evc_skill_options(request: HttpRequest, q: str = "") -> list[dict]:
    return [{"key": g.key, "title": g.title, "skills": [{"uri": s["uri"], "label": s["label"], "lang": s["lang"]} for s in g.skills]}
            for g in evc_skills.options(_p(request), q[:100]).groups]


@router.get("/evc", response=list[EvcOut], summary="EVC requests: my own (citizen) or the ones I may assess (counsellor, accredited partner, admin)")
def list_evc(request: HttpRequest, open_only: bool = True) -> list[dict]:
    principal = _p(request)
    if perms.is_citizen(principal):
        return [_evc(r) for r in evc.mine(principal)]
    if not perms.is_assessor(principal):
        raise Forbidden(_("Enkel een bemiddelaar of een erkende EVC-beoordelaar behandelt EVC-aanvragen."))
    found = list(evc.queue(principal, open_only).prefetch_related("skills")[:500])
    evc.log_list(principal, found)
    return [_evc(r) for r in found]


@router.get("/evc/{request_id}", response=EvcOut, summary="One EVC request (logged)")
def get_evc(request: HttpRequest, request_id: int) -> dict:
    return _evc(evc.detail(_p(request), request_id))


@router.post("/evc/{request_id}/plan", response=EvcOut, summary="Plan the assessment on a working day")
def plan_evc(request: HttpRequest, request_id: int, payload: PlanIn) -> dict:
    return _evc(evc.plan(_p(request), request_id, payload.day, payload.place, required_version(request, payload.version)))


@router.post("/evc/{request_id}/results", response=EvcOut, summary="Record the result of every skill")
def results_evc(request: HttpRequest, request_id: int, payload: ResultsIn) -> dict:
    # the rows as sent: a skill given twice is refused by the use case, after it checked who may see the request
    return _evc(evc.record_results(_p(request), request_id, [r.dict() for r in payload.results], required_version(request, payload.version)))


@router.post("/evc/{request_id}/certify", response=EvcOut, summary="Certify: credentials and certified competences (counsellor, admin)")
def certify_evc(request: HttpRequest, request_id: int, payload: VersionIn) -> dict:
    return _evc(evc.certify(_p(request), request_id, required_version(request, payload.version)))


@router.post("/evc/{request_id}/refuse", response=EvcOut, summary="Close without recognition, with a reason (counsellor, admin)")
def refuse_evc(request: HttpRequest, request_id: int, payload: ReasonIn) -> dict:
    return _evc(evc.refuse(_p(request), request_id, payload.reason, required_version(request, payload.version)))


@router.post("/evc/{request_id}/withdraw", response=EvcOut, summary="Withdraw the request (the person or the counsellor)")
def withdraw_evc(request: HttpRequest, request_id: int, payload: ReasonIn) -> dict:
    return _evc(evc.withdraw(_p(request), request_id, payload.reason, required_version(request, payload.version)))


@router.post("/evc/{request_id}/assessor", response=EvcOut, summary="Assign an accredited partner as assessor (or none: VDAB itself)")
def assign_evc(request: HttpRequest, request_id: int, payload: AssignIn) -> dict:
    return _evc(evc.assign(_p(request), request_id, payload.organisation_id, required_version(request, payload.version)))


@router.post("/evc-accreditations", response={201: AccreditationOut}, summary="Accredit a partner organisation as EVC assessor (admin)")
def accredit(request: HttpRequest, payload: AccreditationIn) -> Status:
    a = evc.accredit(_p(request), payload.organisation_id, payload.valid_from, payload.valid_until)
    return Status(201, {"id": a.pk, "organisation_id": a.organisation_id, "valid_from": a.valid_from, "valid_until": a.valid_until})
