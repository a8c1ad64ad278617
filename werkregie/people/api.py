"""/api/v1/persons, /api/v1/me and /api/v1/stats: thin, every rule lives in services and perms."""

from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema, Status
from pydantic import Field

from werkregie.access.purposes import Purpose
from werkregie.core.errors import FieldError, Forbidden, InvalidInput
from werkregie.core.identifiers import looks_like_insz

from . import perms, stats
from . import use_cases as services
from .schemas import AccessLogPage, ConsentOut, MergeIn, PersonIn, PersonOut, PersonPage, RegisteredOut, access_out, person_out, summary

persons_router = Router(tags=["persons"])
me_router = Router(tags=["me"])
stats_router = Router(tags=["statistics"])


class PersonFilters(Schema):
    q: str = Field("", max_length=200, description="INSZ, birth date (DD/MM/YYYY) or name; an INSZ or a date only for roles that see "
                                                   "the identity section (else 403). An INSZ belongs in the body of POST "
                                                   "/api/v1/persons/search, not in a URL (browser history, proxy and server logs)")
    status: str = Field("", description="only persons with a current episode of this status (roles that see statuses; else 403)")
    municipality: str = Field("", max_length=5, description="NIS code of the home municipality (roles that see the address; else 403)")
    page: int = Field(1, ge=1)
    page_size: int = Field(50, ge=1, le=services.MAX_PAGE_SIZE)
    purpose: str | None = Field(None, description="purpose of this consultation (defaults to the role's first)")


def _page(page: services.Page, rows: list[dict]) -> dict:
    return {"items": rows, "count": page.count, "count_capped": page.count_capped, "page": page.page, "page_size": page.page_size, "pages": page.pages}


def _search(request: HttpRequest, filters: PersonFilters) -> dict:
    principal = request.auth
    page = services.search_persons(principal, filters.q, filters.status, filters.municipality, filters.page, filters.page_size, filters.purpose)
    sections = perms.sections_for(principal)
    return _page(page, [summary(p, sections) for p in page.items])


@persons_router.get("", response=PersonPage, summary="Search persons within your access (filters only on sections your role sees)",
                    description="For a search by INSZ use POST /api/v1/persons/search: a query string ends up in logs and histories.")
def list_persons(request: HttpRequest, filters: Query[PersonFilters]) -> dict:
    # a role that may search by identity is refused before any search (the number is in the URL already, it goes no
    # further); any other role is refused the filter itself by the search (403, as for every hidden section)
    if looks_like_insz(filters.q) and "identity" in perms.sections_for(request.auth):
        message = _("Een INSZ hoort niet in een URL: zoek ermee via POST /api/v1/persons/search, met de zoektekst in de body.")
        raise InvalidInput(str(message), [FieldError("q", message)])
    return _search(request, filters)


@persons_router.post("/search", response=PersonPage, summary="Search persons with the query in the body (the way to search by INSZ)",
                     description="The same search as GET /api/v1/persons, logged the same way; the INSZ stays out of the URL.")
def search_persons(request: HttpRequest, filters: PersonFilters) -> dict:
    return _search(request, filters)


@persons_router.get("/{person_id}", response=PersonOut, summary="One person's record (logged with its purpose)")
def get_person(request: HttpRequest, person_id: int, purpose: str | None = None) -> dict:
    return person_out(services.get_person(request.auth, person_id, purpose))


@persons_router.post("", response={201: RegisteredOut}, summary="Register a person in the talent register")
def create_person(request: HttpRequest, payload: PersonIn) -> Status:
    principal = request.auth
    person, duplicates = services.register_person(principal, payload.dict())
    view = services.PersonView(person=person, sections=perms.sections_for(principal), purpose=Purpose.REGISTRATION)
    return Status(201, {"person": person_out(view), "possible_duplicates": [d.pk for d in duplicates]})


@persons_router.post("/{person_id}/merge", response=PersonOut, summary="Merge a duplicate into this person")
def merge(request: HttpRequest, person_id: int, payload: MergeIn) -> dict:
    services.merge_persons(request.auth, person_id, payload.duplicate_id, payload.reason)
    return person_out(services.get_person(request.auth, person_id))


@me_router.get("", summary="Who I am, and my own record when I am a citizen")
def me(request: HttpRequest) -> dict:
    principal = request.auth
    user = principal.user
    data = {
        "username": user.username, "role": user.role, "organisation": user.organisation.name if user.organisation_id else None,
        "scopes": sorted(principal.scopes), "person": None,
    }
    if user.person_id:
        data["person"] = person_out(services.my_person(principal))
    return data


@me_router.get("/access-log", response=AccessLogPage, summary="Wie heeft mijn gegevens geraadpleegd")
def my_access_log(request: HttpRequest, page: int = Query(1, ge=1), page_size: int = Query(50, ge=1, le=100)) -> dict:
    result = services.access_log_for_me(request.auth, page, page_size)
    return _page(result, [access_out(e) for e in result.items])


class ConsentIn(Schema):
    purpose: str = Field(description="proposal_to_employers, data_sharing_partners, digital_communication or research")


@me_router.post("/consents", response={201: ConsentOut}, summary="Give consent for a purpose (idempotent)")
def give_consent(request: HttpRequest, payload: ConsentIn) -> Status:
    return Status(201, services.give_consent(request.auth, payload.purpose))


@me_router.delete("/consents/{purpose}", response=ConsentOut, summary="Withdraw a consent; its history stays")
def withdraw_consent(request: HttpRequest, purpose: str) -> object:
    return services.withdraw_consent(request.auth, purpose)


@stats_router.get("/statuses", summary="Persons per current status and province (small cells suppressed)")
def status_statistics(request: HttpRequest) -> dict:
    if not perms.can_see_statistics(request.auth):
        raise Forbidden(_("Enkel voor analisten en beheerders."))
    return stats.current_status_counts()
