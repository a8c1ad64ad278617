"""API shapes of the talent register. Sections a role may not see are left out (null), never filled with guesses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ninja import Schema
from pydantic import Field

from werkregie.access.descriptions import describe_what
from werkregie.access.models import AccessLogEntry

from .models import Person
from .use_cases import PersonView


class MunicipalityOut(Schema):
    nis_code: str
    name_nl: str
    name_fr: str


class EpisodeOut(Schema):
    kind: str
    start: dt.date
    end: dt.date | None
    municipality: str | None
    source: str


class LanguageOut(Schema):
    language: str
    level: str


class ContactOut(Schema):
    kind: str
    value: str
    preferred: bool


class ConsentOut(Schema):
    purpose: str
    given_at: dt.datetime
    withdrawn_at: dt.datetime | None


class PersonSummary(Schema):
    id: int
    insz: str | None = None
    first_name: str
    last_name: str
    birth_date: dt.date | None = None
    municipality: MunicipalityOut | None = None


class PersonOut(PersonSummary):
    sex: str | None = None
    nationality: str | None = None
    postal_code: str | None = None
    street: str | None = None
    education_level: int | None = None
    driving_licences: list[str] | None = None
    digital_skills: str | None = None
    languages: list[LanguageOut] | None = None
    contact_channels: list[ContactOut] | None = None
    statuses: list[EpisodeOut] | None = None
    current_statuses: list[str] | None = None
    consents: list[ConsentOut] | None = None
    registered_on: dt.date | None = None
    purpose: str = Field(description="The purpose under which this read was logged")


class PersonIn(Schema):
    insz: str = Field(description="National-register or BIS number, 11 digits (dots and dashes allowed)")
    first_name: str
    last_name: str
    birth_date: str = Field(description="ISO 8601 date, YYYY-MM-DD")
    sex: str = "X"
    nationality: str = "BE"
    municipality: str | None = Field(None, description="NIS code (2025, or 2019–2024 which is mapped)")
    postal_code: str | None = None
    street: str | None = None
    education_level: int | None = Field(None, description="ISCED 0–8")
    driving_licences: list[str] = []
    digital_skills: str | None = None
    languages: dict[str, str] = Field(default_factory=dict, description='e.g. {"nl": "B1", "fr": "native"}')
    email: str | None = None
    phone: str | None = None
    registered_on: str | None = None
    status: dict[str, Any] | None = Field(None, description='optional first status episode: {"kind": "leefloon", "start": "2026-01-01", "municipality": "44021"}')


class RegisteredOut(Schema):
    person: PersonOut
    possible_duplicates: list[int]


class PersonPage(Schema):
    items: list[PersonSummary]
    count: int = Field(description="number of matches, at most 1,000 with search text and 10,000 without (see count_capped)")
    count_capped: bool = Field(False, description="true when there are more matches than count: refine the search")
    page: int
    page_size: int
    pages: int


class AccessLogOut(Schema):
    at: dt.datetime
    who: str
    role: str
    organisation: str
    what: str = Field(description="what was read, as the platform stored it (Dutch)")
    what_label: str = Field(description="what was read, in the request's language (Accept-Language); `what` stays as stored")
    purpose: str
    channel: str
    reference: str


class AccessLogPage(Schema):
    items: list[AccessLogOut]
    count: int
    page: int
    page_size: int
    pages: int


class MergeIn(Schema):
    duplicate_id: int
    reason: str = Field(min_length=3, max_length=200)


def municipality_out(person: Person) -> dict | None:
    m = person.municipality
    return {"nis_code": m.nis_code, "name_nl": m.name_nl, "name_fr": m.name_fr} if m else None


def summary(person: Person, sections: frozenset[str]) -> dict:
    data: dict = {"id": person.pk, "first_name": person.first_name, "last_name": person.last_name}
    if "identity" in sections:
        data.update(insz=person.insz, birth_date=person.birth_date)
    if "address" in sections:
        data["municipality"] = municipality_out(person)
    return data


def person_out(view: PersonView) -> dict:
    p, s = view.person, view.sections
    data = summary(p, s)
    data["purpose"] = view.purpose
    if "identity" in s:
        data.update(sex=p.sex, nationality=p.nationality, registered_on=p.registered_on)
    if "address" in s:
        data.update(postal_code=p.postal_code, street=p.street)
    if "profile" in s:
        data.update(
            education_level=p.education_level, driving_licences=p.driving_licences, digital_skills=p.digital_skills or None,
            languages=[{"language": x.language, "level": x.level} for x in p.languages.all()],
        )
    if "contact" in s:
        data["contact_channels"] = [{"kind": c.kind, "value": c.value, "preferred": c.preferred} for c in p.contact_channels.all()]
    if "statuses" in s:
        data["statuses"] = [
            {"kind": e.kind, "start": e.start, "end": e.end, "municipality": e.municipality_id, "source": e.source} for e in p.episodes.all()
        ]
        data["current_statuses"] = sorted({e.kind for e in view.current_statuses})
    if "consents" in s:
        data["consents"] = [{"purpose": c.purpose, "given_at": c.given_at, "withdrawn_at": c.withdrawn_at} for c in p.consents.all()]
    return data


def access_out(entry: AccessLogEntry) -> dict:
    return {
        "at": entry.at, "who": entry.actor_label, "role": entry.actor_role, "organisation": entry.organisation_name,
        "what": entry.what, "what_label": describe_what(entry.what), "purpose": entry.purpose, "channel": entry.channel, "reference": str(entry.reference),
    }
