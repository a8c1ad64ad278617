"""/api/v1/vacancies, second round (issue 12): the public search (no token), the hiring measures of one application,
the person's consent to share their effect, and the employer's notices. Registered on the same router (api.py
imports this module at its end)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from django.http import HttpRequest
from ninja import Query, Schema
from pydantic import Field, field_validator
from pydantic_core import PydanticCustomError

from werkregie.api.query import refuse_unknown

from . import hiring, notices, search
from .api import router

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}(?:$|[T ])")


class SearchQuery(Schema):
    q: str = Field("", max_length=200, description="words (Dutch, French, English); prefixes match: 'lass' finds 'lasser'")
    place: str = Field("", max_length=100, description="municipality name, postal code or NIS code")
    radius_km: int | None = Field(None, description="road kilometres around the place (0–200); without it: the place itself")
    occupation_uri: str = Field("", max_length=200, description="an ESCO occupation (GET /api/v1/vacancies/search/occupations lists those of the open vacancies)")
    contract: str = Field("", max_length=20, description="permanent, fixed_term, temporary, student, apprenticeship")
    min_hours: float | None = None
    max_hours: float | None = None
    sort: Literal["relevance", "date", "distance"] = "relevance"
    page: int = 1
    page_size: int = Field(20, description="10, 20 or 50")
    language: Literal["nl", "fr", "en"] = Field("nl", description="the language of a signed-in job seeker's `fit`")


class SearchHit(Schema):
    id: int
    title: str
    employer: str
    municipality: str
    nis_code: str | None
    distance_km: float | None
    contract: str
    hours_per_week: float
    monthly_wage: float | None
    date_posted: str
    url: str
    occupation_uri: str
    fit: dict | None = Field(None, description="a signed-in job seeker only: how the vacancy fits them (score, reasons), as GET /api/v1/vacancies/{id}")


class SearchOut(Schema):
    count: int = Field(description="hits, counted up to 10,000 (then `more` is true)")
    more: bool = Field(False, description="true: more hits than `count`")
    page: int
    pages: int
    page_size: int
    results: list[SearchHit]


class OccupationChoiceOut(Schema):
    uri: str
    label: str
    count: int = Field(description="open vacancies with this occupation (counted at most every 10 minutes)")


@router.get("/search/occupations", auth=None, response=list[OccupationChoiceOut],
            summary="The occupations of the open vacancies, for the search's occupation filter (no token)")
def search_occupations(request: HttpRequest, language: Literal["nl", "fr", "en"] = "nl") -> list:
    from . import search_occupations

    return [vars(c) for c in search_occupations.choices(language)]


@router.get("/search", auth=None, response=SearchOut, summary="Public vacancy search: words, place and radius, occupation, contract, hours (no token; "
            "with a job seeker's token also how each vacancy fits them)")
def vacancy_search(request: HttpRequest, query: Query[SearchQuery]) -> dict:
    refuse_unknown(request, SearchQuery)  # a misspelled filter is no filter: refused, not ignored
    from werkregie.api.auth import optional_principal

    asked = query.dict()
    language = asked.pop("language")
    # only a caller who signs in is looked up (an anonymous search reads no token table)
    principal = optional_principal(request) if request.headers.get("Authorization") or request.user.is_authenticated else None
    found = search.search_for(principal, search.Filters(**asked), language)
    return {"count": found.count, "more": found.more, "page": found.page, "pages": found.pages, "page_size": found.page_size, "results": [
        {"id": h.vacancy.pk, "title": h.vacancy.title, "employer": h.vacancy.employer.name,
         "municipality": h.vacancy.municipality.name_nl if h.vacancy.municipality_id else "", "nis_code": h.vacancy.municipality_id,
         "distance_km": h.distance_km, "contract": h.vacancy.contract, "hours_per_week": float(h.vacancy.hours_per_week),
         "monthly_wage": float(h.vacancy.monthly_wage) if h.vacancy.monthly_wage is not None else None,
         "date_posted": h.vacancy.created_at.date().isoformat(), "url": request.build_absolute_uri(f"/vacatures/{h.vacancy.pk}/"),
         "occupation_uri": h.vacancy.occupation_uri, "fit": vars(h.explained) if h.explained else None}
        for h in found.hits]}


class ConditionOut(Schema):
    key: str
    met: bool | None = Field(description="true, false, or null: to check (by the employer) / not decidable here")
    values: dict


class IfMetOut(Schema):
    amount_per_quarter: float
    quarters: int
    total: float
    amount_basis: Literal["vacancy", "assumed"]
    schedule: list[dict] = Field(description="[{quarter (its first day), amount}]")


class MeasureOut(Schema):
    key: str
    name: str
    qualifies: bool | None = Field(description="null: the candidate did not share it with this employer")
    amount_per_quarter: float
    quarters: int
    total: float
    reference: list[str] | str = Field(description="the legal sources")
    employer_conditions: list[ConditionOut]
    person_conditions: list[ConditionOut] = Field(description="with the facts: for the person and their counsellor only")
    person_verdict: bool | None
    amount_basis: Literal["vacancy", "assumed"] = Field(description="vacancy: computed with the vacancy's wage and hours; assumed: the rules' assumed full-time wage")
    schedule: list[dict] = Field(description="the amount per quarter over the measure's duration: [{quarter (its first day), amount}], from the rules")
    assessed: bool = Field(description="false: the platform does not compute this measure per candidate; its conditions (catalogue_conditions) are to check")
    catalogue_conditions: list[dict] = Field(description="for a measure not assessed: [{description, value, sentence, sources}] from the rules' "
                                                     "parameters: the value on the hiring date, the condition as a plain sentence, its legal sources [{title, href}]")
    rule_conditions: list[str] = Field(description="for the employer: the conditions on the candidate's side as sentences, the rule's bounds "
                                                   "only (never whether this candidate meets them)")
    if_met: IfMetOut | None = Field(description="without the candidate's consent: what the hire brings IF the candidate meets the "
                                                "conditions, computed for a typical candidate (not this one); null otherwise")


class HiringOut(Schema):
    application_id: int
    vacancy_id: int
    hired_on: str
    shared: bool
    measures: list[MeasureOut]
    sharing_tells: list[dict] = Field(description="what sharing lets this employer deduce about the candidate: [{measure, tells}], each "
                                                  "measure whose verdict is shared with the conditions a \"yes\" means the candidate meets")


@router.get("/applications/{int:application_id}/measures", response=HiringOut,
            summary="Hiring measures for this candidate and this vacancy (employer: the effect only, and only with the candidate's consent)")
def application_measures(request: HttpRequest, application_id: int) -> dict:
    view = hiring.for_application(request.auth, application_id)
    return {"application_id": view.application.pk, "vacancy_id": view.application.vacancy_id, "hired_on": view.hired_on.isoformat(),
            "shared": view.shared, "sharing_tells": [{"measure": d.name, "tells": d.tells} for d in view.sharing_tells],
            "measures": [vars(m) | {"employer_conditions": [_condition(c) for c in m.employer_conditions],
                                                           "person_conditions": [_condition(c) for c in m.person_conditions],
                                                           "schedule": _schedule(m.schedule),
                                                           "if_met": m.if_met and vars(m.if_met) | {"schedule": _schedule(m.if_met.schedule)}}
                                                for m in view.measures]}


def _schedule(schedule: list) -> list[dict]:
    return [{"quarter": q.isoformat(), "amount": a} for q, a in schedule]


def _condition(c) -> dict:  # noqa: ANN001 - a rules.measures.Condition; its dates (a measure's period) as ISO text
    return vars(c) | {"values": {k: v.isoformat() if hasattr(v, "isoformat") else v for k, v in c.values.items()}}


class ShareIn(Schema):
    share: bool = Field(description="true: this employer may see whether hiring me qualifies and for how much (never the facts)")


@router.put("/applications/{int:application_id}/measures/sharing", response=HiringOut, summary="The candidate shares (or stops sharing) the effect with the employer")
def share_measures(request: HttpRequest, application_id: int, payload: ShareIn) -> dict:
    hiring.share(request.auth, application_id, payload.share)
    return application_measures(request, application_id)


class NoticeOut(Schema):
    id: int
    event: str
    event_label: str
    vacancy_id: int
    vacancy_title: str
    application_id: int
    candidate: str
    created_at: str
    unread: bool


@router.get("/notices", response=list[NoticeOut], summary="The employer's notices: applications, shared profiles, withdrawals (reading marks "
            "nothing: POST /notices/read)")
def employer_notices(request: HttpRequest) -> list:
    return [vars(n) | {"created_at": n.created_at.isoformat()} for n in notices.notices(request.auth)]


class NoticesReadIn(Schema):
    ids: list[int] | None = Field(None, max_length=1000, description="the notices to mark read; absent: all of the employer's")


class NoticesReadOut(Schema):
    marked: int


@router.post("/notices/read", response=NoticesReadOut, summary="Mark the employer's notices read (with the login cookie: CSRF token required)")
def employer_notices_read(request: HttpRequest, payload: NoticesReadIn) -> dict:
    return {"marked": notices.read(request.auth, payload.ids)}


class ImportIn(Schema):
    source: str = Field("", max_length=40, description="the sender (admin only; a partner imports as its own organisation)")
    records: list[dict] = Field(max_length=5000, description="JobPosting objects (the shape of the vacancy's job_posting)")
    skip_invalid: bool = Field(False, description="write the valid records and answer the rejects; else any bad record writes nothing")


IMPORT_ERRORS_SHOWN = 200  # errors listed in a refusal; the message says how many more there are


class ImportErrorOut(Schema):
    line: int = Field(description="1-based position of the record in `records`")
    field: str
    message: str


class ImportOut(Schema):
    records: int
    created: int
    updated: int
    unchanged: int
    closed: int
    rejected: int
    with_occupation: int
    normalised: int
    normalised_by_label: int = Field(0, description="of normalised: the title was exactly an occupation's preferred label")
    without_occupation: int
    errors: list[ImportErrorOut] = Field(description="the first 1,000 errors (records rejected with skip_invalid)")
    errors_total: int = Field(0, description="how many errors there are, also those not listed")


@router.post("/import", response=ImportOut, summary="Import JobPosting records (regional services and partners): checked one by one, "
             "all-or-nothing unless skip_invalid, idempotent by (source, identifier)")
def import_vacancies(request: HttpRequest, payload: ImportIn) -> dict:
    import json

    from django.utils.translation import gettext as _

    from werkregie.accounts.models import Role
    from werkregie.core.errors import FieldError, Forbidden, InvalidInput
    from werkregie.organisations.models import Organisation, PartnerType

    from .exchange import ImportRefused, import_records

    principal = request.auth
    if principal.role == Role.ADMIN:
        source = payload.source
    elif principal.role == Role.PARTNER and Organisation.objects.filter(
            pk=principal.user.organisation_id, partner_type__in=[PartnerType.REGIONAL_SERVICE, PartnerType.PRIVATE_PLACEMENT]).exists():
        source = f"partner-{principal.user.organisation_id}"
    else:
        raise Forbidden(_("Alleen voor de andere gewestelijke diensten, arbeidsbemiddelaars en beheerders."))
    try:
        report = import_records((json.dumps(r) for r in payload.records), source, skip_invalid=payload.skip_invalid)
    except ValueError as exc:
        raise InvalidInput(_("De import is niet uitgevoerd."), [FieldError("source", str(exc))]) from None
    except ImportRefused as exc:
        shown, total = exc.report.errors[:IMPORT_ERRORS_SHOWN], len(exc.report.errors)
        message = _("%(rejected)s van de %(records)s records zijn ongeldig; er is niets geschreven.") % {
            "rejected": exc.report.rejected, "records": exc.report.records}
        if total > len(shown):  # say how many are not listed (attack of issue 12: 5,000 bad records, 200 errors, no word of more)
            message += " " + _("Hieronder de eerste %(shown)s van %(total)s fouten; nog %(more)s niet getoond.") % {
                "shown": len(shown), "total": total, "more": total - len(shown)}
        raise InvalidInput(message, [FieldError(f"records[{e.line - 1}].{e.field}" if e.field else f"records[{e.line - 1}]", e.message)
                                     for e in shown]) from None
    return report.as_dict()


class SectorQuery(Schema):
    sector: str = Field("", max_length=2, description="NACE section letter (A–U); empty: all. A sector organisation: one of the sections "
                        "or divisions it represents (empty: all of them together; another sector: 403)")
    province: str = Field("", max_length=5, description="NIS code of a Flemish province; empty: Flanders")
    language: Literal["nl", "fr", "en"] = "nl"


@router.get("/sectors", summary="Shortages and surpluses of competences per sector and province (supply under 10 suppressed: null)")
def sector_view(request: HttpRequest, query: Query[SectorQuery]) -> dict:
    refuse_unknown(request, SectorQuery)  # a misspelled filter is no filter: refused, not ignored
    from . import sectors

    v = sectors.view(request.auth, query.sector, query.province, query.language)
    return {"sector": v.section, "sector_label": v.section_label, "province": v.province_nis, "province_label": v.province, "vacancies": v.vacancies,
            "skills": [{"uri": r.uri, "label": r.label, "demand": r.demand, "supply": r.supply, "verdict": r.verdict} for r in v.skills],
            "occupations": [vars(o) for o in v.occupations]}


class FeedQuery(Schema):
    since: dt.datetime = Field(description="changes after this moment (ISO 8601), e.g. 2026-11-01T00:00:00+01:00; a date or a time "
                                           "without a time zone is read as UTC (2026-11-01 is 2026-11-01T00:00:00+00:00)")

    @field_validator("since", mode="before")
    @classmethod
    def _a_date_and_time(cls, value: object) -> object:
        """A date and time as ISO 8601 only: pydantic also reads a number as seconds since 1970, so `since=-1` gave the
        whole feed (attack of issue 12, r3)."""
        if not isinstance(value, (str, dt.datetime)) or isinstance(value, str) and not ISO_DATE.match(value.strip()):
            raise PydanticCustomError("datetime_type", "a date and time in ISO 8601")
        return value
    after: int = Field(0, ge=0, description="with `since`: the id of the last item of the previous page (use `next`)")
    page_size: int = Field(100, ge=1, le=1000)


class FeedOut(Schema):
    items: list[dict] = Field(description="schema.org JobPosting (JSON-LD); a vacancy no longer open carries \"werkregie:closed\": true and a "
                              "validThrough in the past; one its employer took out of the exchange after it was offered comes as a tombstone: "
                              "identifier, \"werkregie:closed\": true, \"werkregie:withdrawn\": true, validThrough, dateModified, nothing else")
    next: str | None = Field(description="the next page, while there are more changes")


@router.get("/feed", auth=None, response=FeedOut, summary="The exchange's feed: the platform's own vacancies changed since a moment, as "
            "JobPosting JSON-LD, oldest change first, paged (no token: vacancies hold no personal data)")
def vacancy_feed(request: HttpRequest, query: Query[FeedQuery]) -> dict:
    refuse_unknown(request, FeedQuery)  # a misspelled filter is no filter: refused, not ignored
    from urllib.parse import urlencode

    from . import feed

    found = feed.page(query.since, query.after, query.page_size, lambda v: request.build_absolute_uri(f"/vacatures/{v.pk}/"))
    following = None
    if found.last is not None:
        last = found.last
        following = request.build_absolute_uri(f"{request.path}?{urlencode({'since': last.updated_at.isoformat(), 'after': last.pk, 'page_size': query.page_size})}")
    return {"items": found.items, "next": following}


class DistributionRowOut(Schema):
    destination: str
    destination_name: str
    ring: int
    status: str
    offered_on: dt.date
    attempts: int
    delivered_at: dt.datetime | None
    reference: str
    detail: str


class PlannedOut(Schema):
    ring: str
    on: dt.date


class DistributionOut(Schema):
    ring_offer: bool = Field(description="the employer's choice: offered beyond Flanders (false: never, and withdrawn where delivered)")
    version: int
    rows: list[DistributionRowOut]
    planned: list[PlannedOut]


@router.get("/{int:vacancy_id}/distribution", response=DistributionOut,
            summary="Where the vacancy was offered in the concentric model (other regions, border regions, EURES) and with what result")
def distribution(request: HttpRequest, vacancy_id: int) -> dict:
    from . import rings

    return _distribution_out(rings.distribution(request.auth, vacancy_id))


class RingOfferIn(Schema):
    ring_offer: bool = Field(description="true: offer the vacancy to the other regions, the border regions and EURES when it stays open; false: never")
    version: int | None = Field(None, description="the version you saw (or If-Match); a stale one is refused with 409")


@router.put("/{int:vacancy_id}/ring-offer", response=DistributionOut,
            summary="The employer's choice whether the vacancy is offered beyond Flanders (other regions, border regions, EURES)")
def ring_offer(request: HttpRequest, vacancy_id: int, payload: RingOfferIn) -> dict:
    from werkregie.api.preconditions import required_version

    from . import rings

    rings.set_ring_offer(request.auth, vacancy_id, payload.ring_offer, version=required_version(request, payload.version))
    return _distribution_out(rings.distribution(request.auth, vacancy_id))


def _distribution_out(found) -> dict:  # noqa: ANN001 - rings.Distribution
    return {"ring_offer": found.vacancy.ring_offer, "version": found.vacancy.version, "rows": [{"destination": r.destination, "destination_name": r.destination_name, "ring": r.ring, "status": r.status, "offered_on": r.offered_on,
                      "attempts": r.attempts, "delivered_at": r.delivered_at, "reference": r.reference, "detail": r.detail} for r in found.rows],
            "planned": [{"ring": p.ring_label, "on": p.on} for p in found.planned]}
