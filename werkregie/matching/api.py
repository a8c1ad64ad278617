"""/api/v1/matching: text to ESCO, profiles, vacancies for a person, candidates for a vacancy (concentric rings),
decisions on a list, suitable employment, skill gaps."""

from __future__ import annotations

from typing import Literal

from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Body, Query, Router, Schema, Status
from ninja.decorators import decorate_view
from pydantic import Field, StrictBool

from werkregie.api.guard import anonymous_heavy
from werkregie.api.preconditions import required_version
from werkregie.core.errors import FieldError, InvalidInput, NotFound
from werkregie.people import concurrency

from . import profile_use_cases as profiles
from . import shown
from . import suggestion_use_cases as suggestions
from . import use_cases as services
from .engine.skills import default_skill_index
from .engine.titles import MatchingInputError, default_index

matching_router = Router(tags=["matching"])

Language = Literal["nl", "fr", "en"]


class TextIn(Schema):
    text: str = Field(max_length=1_000_000, description="a job title, or a CV or vacancy text (cut at 1,000,000 characters)")
    language: Language = "nl"
    top: int = Field(10, ge=1, le=100)


class OccupationOut(Schema):
    uri: str
    label: str
    score: float


class SkillOut(Schema):
    uri: str
    label: str
    score: float
    span: str


def _engine(call):  # noqa: ANN001, ANN202 - turns the engine's input errors into problem details
    try:
        return call()
    except MatchingInputError as exc:
        raise InvalidInput(str(exc), [FieldError("text", str(exc))]) from None


@matching_router.post("/titles", auth=None, response=list[OccupationOut], summary="Job title → ranked ESCO occupations (no personal data)")
@decorate_view(anonymous_heavy)  # anonymous callers: size cap, rate per client, a few slots of their own
def titles(request: HttpRequest, payload: TextIn) -> list:
    [results] = _engine(lambda: default_index().search([payload.text], payload.language, payload.top))
    return [{"uri": r.uri, "label": r.label, "score": r.score} for r in results]


@matching_router.post("/skills", auth=None, response=list[SkillOut], summary="Text → the ESCO skills it mentions, with the span")
@decorate_view(anonymous_heavy)
def skills(request: HttpRequest, payload: TextIn) -> list:
    return [vars(f) for f in _engine(lambda: default_skill_index().extract(payload.text, payload.language, payload.top))]


class ExplanationOut(Schema):
    score: float = Field(description="0–100, the same definition in both directions (see the README)")
    pinned: bool
    ring: int = Field(description="1 Flanders, 2 Brussels and Wallonia, 3 border regions, 4 abroad")
    ring_name: str
    distance_km: float | None = Field(description="estimated road distance between municipality centroids (null for an employer)")
    distance_band: str = Field("", description="the distance as a band (what an employer sees instead of distance_km)")
    matched: list[dict] = Field(description="the vacancy's essential skills the person has")
    missing: list[dict] = Field(description="the vacancy's essential skills the person lacks")
    optional_matched: list[dict]
    occupation: str
    languages: list[dict]
    hours_ok: bool
    components: dict


class VacancyMatchOut(Schema):
    vacancy_id: int
    title: str
    employer: str
    municipality: str
    hours_per_week: float
    contract: str
    explanation: ExplanationOut


class RankedCandidateOut(Schema):
    person_id: int
    name: str
    municipality: str | None = Field(description="null where the reader may not see it (an employer, unless the person applied)")
    explanation: ExplanationOut


class CandidatesOut(Schema):
    vacancy_id: int
    rings_searched: list[int] = Field(description="the rings searched; empty for an employer, whose list is who shared for this vacancy")
    good_per_ring: dict[int, int] = Field(description="good candidates per ring; empty for an employer")
    min_good: int = Field(description="a next ring is searched under this many good candidates; 0 for an employer")
    candidates: list[RankedCandidateOut]


class TopQuery(Schema):
    top: int = Field(20, ge=1, le=100)
    language: Language = "nl"


class CandidatesQuery(Schema):
    top: int = Field(50, ge=1, le=200)
    language: Language = "nl"
    include_weaker: bool = Field(False, description="also results under the shown score (matching/shown.py), as the pages' \"toon ook minder passende\"")


class PersonTopQuery(TopQuery):
    include_weaker: bool = Field(False, description="also vacancies under the shown score (matching/shown.py), as the page's \"toon ook minder passende\"")


def _vacancy_out(result: services.VacancyResult) -> dict:
    v = result.vacancy
    return {"vacancy_id": v.pk, "title": v.title, "employer": v.employer.name, "municipality": str(v.municipality) if v.municipality else "",
            "hours_per_week": float(v.hours_per_week), "contract": v.contract, "explanation": vars(result.explained)}


@matching_router.get("/persons/{person_id}/vacancies", response=list[VacancyMatchOut], summary="Vacancies for a person, explained (logged)")
def person_vacancies(request: HttpRequest, person_id: int, query: Query[PersonTopQuery]) -> list:
    return [_vacancy_out(r) for r in services.vacancies_for_person(request.auth, person_id, query.top, query.language,
                                                                   min_score=shown.min_score(query.include_weaker))]


def _me(request: HttpRequest) -> int:
    person_id = request.auth.user.person_id
    if not person_id:
        raise NotFound(_("Aan deze account is geen persoon gekoppeld."))
    return person_id


@matching_router.get("/me/vacancies", response=list[VacancyMatchOut], summary="Vacatures voor mij")
def my_vacancies(request: HttpRequest, query: Query[TopQuery]) -> list:
    return [_vacancy_out(r) for r in services.vacancies_for_person(request.auth, _me(request), query.top, query.language,
                                                                   min_score=shown.min_score())]


@matching_router.get("/vacancies/{vacancy_id}/candidates", response=CandidatesOut,
                     summary="Candidates for a vacancy, ring by ring (each listed person logged); an employer: its published vacancy's "
                     "applicants and VDAB's proposals with consent for it, nobody else")
def candidates(request: HttpRequest, vacancy_id: int, query: Query[CandidatesQuery]) -> dict:
    view = services.candidates_for_vacancy(request.auth, vacancy_id, query.top, query.language, include_weaker=query.include_weaker)
    return {"vacancy_id": vacancy_id, "rings_searched": view.rings_searched, "good_per_ring": view.good_per_ring, "min_good": view.min_good,
            "candidates": [{"person_id": r.person.pk, "name": str(r.person), "municipality": str(r.municipality) if r.municipality else None,
                            "explanation": vars(r.explained)}
                           for r in view.results]}


class CandidateDecisionIn(Schema):
    person_id: int
    decision: str = Field(description="exclude | pin | clear")
    reason: str = Field("", max_length=1000)


class CandidateDecisionOut(Schema):
    vacancy_id: int
    person_id: int
    decision: str
    reason: str


@matching_router.post("/vacancies/{vacancy_id}/decisions", response={200: CandidateDecisionOut}, summary="Exclude or pin a person on a vacancy's list")
def decide(request: HttpRequest, vacancy_id: int, payload: CandidateDecisionIn) -> Status:
    made = services.decide(request.auth, vacancy_id, payload.person_id, payload.decision, payload.reason)
    return Status(200, {"vacancy_id": vacancy_id, "person_id": payload.person_id, "decision": made.kind if made else "clear",
                        "reason": made.reason if made else ""})


class CriterionOut(Schema):
    name: str
    outcome: str = Field(description="met | not_met | check")
    reason: str


class SuitabilityOut(Schema):
    person_id: int
    vacancy_id: int
    verdict: str = Field(description="suitable | not_suitable | to_check")
    score: float | None = Field(description="null for a reader without the profile section (a controller)")
    criteria: list[CriterionOut]


@matching_router.get("/persons/{person_id}/suitability/{vacancy_id}", response=SuitabilityOut,
                     summary="Is this vacancy suitable employment (passende dienstbetrekking) for the person? With reasons (logged)")
def suitability(request: HttpRequest, person_id: int, vacancy_id: int) -> dict:
    view = services.suitability_for(request.auth, person_id, vacancy_id)
    return {"person_id": person_id, "vacancy_id": vacancy_id, "verdict": view.verdict, "score": view.score, "criteria": view.criteria}


class SkillGapOut(Schema):
    uri: str
    label: str
    lang: str = Field(description="the language of the label (Dutch skill labels are partial)")
    type: str
    open_vacancies: int


class GapQuery(Schema):
    occupation: str = Field(description="ESCO occupation URI")
    language: Language = "nl"


@matching_router.get("/persons/{person_id}/skill-gaps", response=list[SkillGapOut], summary="Missing essential skills for an occupation, most asked first")
def gaps(request: HttpRequest, person_id: int, query: Query[GapQuery]) -> list:
    return [vars(g) for g in services.skill_gaps_for(request.auth, person_id, query.occupation, query.language)]


@matching_router.get("/persons/{person_id}/profile", summary="A person's matching profile (logged); its version as ETag")
def profile(request: HttpRequest, response: HttpResponse, person_id: int, language: Language = "nl") -> dict:
    data = profiles.profile_of(request.auth, person_id, language)
    response["ETag"] = concurrency.etag(data["version"])
    return data


@matching_router.put("/persons/{person_id}/profile", summary="Replace sections of the profile: skills, experience, desired_occupations, preferences. "
                     "Send the version of your GET: its ETag as If-Match or `version` in the body (428 without either); a stale one "
                     "answers 412 with current_version. The GET's body sent back is accepted (its read-only fields unchanged)")
def update_profile(request: HttpRequest, response: HttpResponse, person_id: int, payload: dict = Body(...)) -> dict:
    version = payload.get("version")
    if version is not None and (isinstance(version, bool) or not isinstance(version, int)):
        raise InvalidInput(_("De versie moet een geheel getal zijn, zoals de GET ze gaf."), [FieldError("version", _("geef een geheel getal"))])
    expected = required_version(request, version)  # 428 without If-Match or the body's version: no silent overwrite
    data = profiles.update_profile(request.auth, person_id, payload, expected_version=expected)
    response["ETag"] = concurrency.etag(data["version"])
    return data


class ExtractIn(Schema):
    text: str = Field(max_length=1_000_000)
    language: Language = "nl"


@matching_router.post("/persons/{person_id}/profile/extract", summary="Add the competences a CV text names almost literally (source: extracted); "
                     "the others it names or implies become suggestions to confirm (source: implied; `suggested` true)")
def extract(request: HttpRequest, person_id: int, payload: ExtractIn) -> list:
    return profiles.add_extracted_skills(request.auth, person_id, payload.text, payload.language)


class SkillRemovedOut(Schema):
    removed: str
    version: int


@matching_router.delete("/persons/{person_id}/profile/skills", response=SkillRemovedOut,
                        summary="Remove a declared or extracted competence (not a certified one) from the profile; it is not found "
                        "again in a next CV. If-Match or `version` required, 412 when stale")
def remove_skill(request: HttpRequest, response: HttpResponse, person_id: int, uri: str = "", version: int | None = None) -> dict:
    expected = required_version(request, version)
    data = suggestions.remove_skill(request.auth, person_id, uri, expected_version=expected)
    response["ETag"] = concurrency.etag(data["version"])
    return data


class SuggestionsOut(Schema):
    suggestions: list[dict] = Field(description="skills a CV implies (source implied): they count for suitability and sanctions only once confirmed")
    version: int


@matching_router.get("/persons/{person_id}/suggestions", response=SuggestionsOut, summary="Suggested (implied) competences, to confirm or reject (logged); ETag")
def suggestion_list(request: HttpRequest, response: HttpResponse, person_id: int, language: Language = "nl") -> dict:
    data = suggestions.suggestions_of(request.auth, person_id, language)
    response["ETag"] = concurrency.etag(data["version"])
    return data


class SuggestionDecisionIn(Schema):
    confirm: list[str] = Field(default_factory=list, max_length=500, description="ESCO skill URIs to confirm (they become declared)")
    reject: list[str] = Field(default_factory=list, max_length=500, description="ESCO skill URIs to reject (removed, never suggested again)")
    # strict: "yes" or "1" confirming every suggestion at once was accepted (attack of stop 45); only JSON true does
    confirm_all: StrictBool = Field(False, description="confirm every current suggestion not in `reject` (JSON true or false only)")
    version: int | None = Field(None, description="the profile version you saw (or If-Match); required")


class SuggestionDecisionOut(Schema):
    confirmed: list[str]
    rejected: list[str]
    suggestions: list[str] = Field(description="the suggestions left")
    version: int


@matching_router.post("/persons/{person_id}/suggestions/decisions", response=SuggestionDecisionOut,
                      summary="Confirm or reject suggested competences (all or nothing; If-Match or version required, 412 when stale)")
def suggestion_decisions(request: HttpRequest, response: HttpResponse, person_id: int, payload: SuggestionDecisionIn) -> dict:
    expected = required_version(request, payload.version)
    data = suggestions.decide_suggestions(request.auth, person_id, confirm=payload.confirm, reject=payload.reject, confirm_all=payload.confirm_all,
                                          expected_version=expected)
    response["ETag"] = concurrency.etag(data["version"])
    return data
