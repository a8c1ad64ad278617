"""Requests for every write operation of the API (tests of issue 17's follow-up: required versions, the matrix):
a body valid apart from the version, the writes that need no version and why, and a sender with unknown ids."""

from __future__ import annotations

import json

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from werkregie.api.api import api

MISSING = 987654

# writes that edit an existing versioned row: a body (JSON, or multipart with "files") valid apart from the version
VERSIONED = {
    "POST /api/v1/appointments/{appointment_id}/booking": {"slot_id": 1},
    "POST /api/v1/appointments/{appointment_id}/convocation": {"slot_id": 1},
    "POST /api/v1/appointments/{appointment_id}/attendance": {"form": {"outcome": "attend"}},
    "POST /api/v1/appointments/{appointment_id}/excuse": {"form": {"reason": "ziek thuis"}, "files": {"proof": "proof.pdf"}},
    "POST /api/v1/appointments/{appointment_id}/excuse/review": {"accept": True, "reason": "attest ontvangen"},
    "POST /api/v1/appointments/{appointment_id}/cancellation": {"reason": "afwezig door ziekte"},
    "POST /api/v1/appointments/{appointment_id}/unbooking": {},
    "POST /api/v1/appointments/booking/{token}": {"slot_id": 1},
    "PUT /api/v1/community/activities/{activity_id}": {"title": "Moestuin"},
    "POST /api/v1/community/assignments/{assignment_id}/transitions": {"name": "accept"},
    # attack of stop 29: the hours are part of the assignment; a change without its version was a lost update
    "PUT /api/v1/community/assignments/{assignment_id}/attendance": {"hours": {"2026-12-07": 2}},
    "POST /api/v1/community/me/assignments/{assignment_id}/accept": {},
    "POST /api/v1/compliance/cases/{case_id}/hearing": {"hearing_at": "2026-12-02T10:00:00+01:00", "mode": "phone"},
    "POST /api/v1/compliance/cases/{case_id}/hearing/move": {"hearing_at": "2026-12-09T10:00:00+01:00", "mode": "phone", "reason": "Op vraag van de persoon"},
    "POST /api/v1/compliance/cases/{case_id}/hearing-report": {"report": "Verhoor gehouden."},
    "POST /api/v1/compliance/cases/{case_id}/decision": {"decision": "warning", "motivation": "Eerste keer."},
    "POST /api/v1/compliance/cases/{case_id}/appeal": {"text": "Ik ga in beroep."},
    "POST /api/v1/compliance/cases/{case_id}/appeal-outcome": {"outcome": "upheld", "reason": "Beslissing bevestigd."},
    "POST /api/v1/compliance/cases/{case_id}/drop": {"reason": "Geen grond gevonden."},
    "POST /api/v1/compliance/cases/{case_id}/close": {},
    "POST /api/v1/compliance/me/cases/{case_id}/response": {"form": {"text": "Mijn verweer."}},
    "POST /api/v1/compliance/me/cases/{case_id}/appeal": {"text": "Ik ga in beroep."},
    "PUT /api/v1/matching/persons/{person_id}/profile": {"desired_occupations": []},
    "POST /api/v1/matching/persons/{person_id}/suggestions/decisions": {"confirm_all": True},
    "DELETE /api/v1/matching/persons/{person_id}/profile/skills": {},  # walk of issue 16: removing a competence
    "POST /api/v1/employers/memberships/{membership_id}/transitions": {"transition": "confirm"},
    "POST /api/v1/vacancies/applications/{application_id}/transitions": {"transition": "withdraw"},
    "POST /api/v1/vacancies/applications/{application_id}/feedback": {"reason": "other"},
    "POST /api/v1/vacancies/{vacancy_id}/lifecycle": {"transition": "publish"},
    "PUT /api/v1/vacancies/{vacancy_id}/ring-offer": {"ring_offer": False},
    "PUT /api/v1/vacancies/{vacancy_id}": {"title": "Heftruckchauffeur", "municipality": "44021",
                                           "occupation_uri": "http://data.europa.eu/esco/occupation/x", "skills": []},
    "PUT /api/v1/employers/{organisation_id}/ring-offer-default": {"ring_offer_default": False},
    "POST /api/v1/trajectories/{trajectory_id}/suspend": {"reason": "sickness"},
    "POST /api/v1/trajectories/{trajectory_id}/resume": {},
    "POST /api/v1/trajectories/{trajectory_id}/close": {"end_reason": "lasting_work"},
    "PATCH /api/v1/trajectories/agreements/{agreement_id}": {"title": "Werk zoeken"},
    "POST /api/v1/trajectories/agreements/{agreement_id}/steps": {"kind": "applications", "title": "Solliciteren", "due_on": "2026-12-31",
                                                                 "applications_required": 3},
    "PATCH /api/v1/trajectories/steps/{step_id}": {"kind": "applications", "title": "Solliciteren", "due_on": "2026-12-31",
                                                    "applications_required": 3},
    "POST /api/v1/trajectories/agreements/{agreement_id}/propose": {},
    "POST /api/v1/trajectories/agreements/{agreement_id}/accept-on-paper": {"reason": "Getekend op papier."},
    "POST /api/v1/trajectories/agreements/{agreement_id}/escalate": {},
    "POST /api/v1/trajectories/steps/{step_id}/review": {"approve": True},
    "POST /api/v1/trajectories/me/agreements/{agreement_id}/accept": {},
    "POST /api/v1/trajectories/me/steps/{step_id}/evidence": {"form": {"note": "bewijs"}, "files": {"file": "bewijs.pdf"}},
    "PATCH /api/v1/trajectories/partner/steps/{step_id}": {"note": "Loopt goed."},
    "DELETE /api/v1/careers/me/shares/{share_id}": {},
    "POST /api/v1/careers/evc/{request_id}/plan": {"day": "2026-12-07", "place": "VDAB Gent"},
    "POST /api/v1/careers/evc/{request_id}/results": {"results": []},
    "POST /api/v1/careers/evc/{request_id}/certify": {},
    "POST /api/v1/careers/evc/{request_id}/refuse": {"reason": "Onvoldoende aangetoond"},
    "POST /api/v1/careers/evc/{request_id}/withdraw": {"reason": "Ik vraag het later opnieuw"},
    "POST /api/v1/careers/evc/{request_id}/assessor": {"organisation_id": None},
    "POST /api/v1/training/bookings/{booking_id}/cancel": {"reason": "Ziek geworden"},
    "PUT /api/v1/municipalities/agreements/{agreement_id}": {"title": "Samenwerking", "partner_name": "OCMW Gent", "municipalities": ["44021"],
                                                            "start": "2026-01-01", "end": "2026-12-31"},
    "PUT /api/v1/municipalities/steps/{step_id}": {"kind": "gpmi", "start": "2026-01-05"},
}

# writes that need no version, and why
UNVERSIONED = {
    "POST /api/v1/persons": "creates a person (duplicates answered 409)",
    "POST /api/v1/persons/{person_id}/merge": "one-shot merge of a named duplicate; a second merge finds no duplicate",
    "POST /api/v1/me/consents": "idempotent give; one active consent per purpose (partial unique index)",
    "DELETE /api/v1/me/consents/{purpose}": "idempotent withdrawal of every active row",
    "POST /api/v1/rules/calculate": "computes, stores nothing",
    "POST /api/v1/rules/work-pays": "computes, stores nothing",
    "POST /api/v1/rules/simulation": "computes aggregates, stores nothing",
    "POST /api/v1/matching/titles": "computes, stores nothing",
    "POST /api/v1/matching/skills": "computes, stores nothing",
    "POST /api/v1/matching/vacancies/{vacancy_id}/decisions": "sets one value (exclude/pin/clear) for a person on a list: idempotent",
    "POST /api/v1/matching/persons/{person_id}/profile/extract": "only adds skills (never removes); bumps the profile version so a stale PUT is refused",
    "POST /api/v1/screening/persons/{person_id}/assessments": "appends an assessment (history, never overwritten)",
    "POST /api/v1/worklist/tasks/{task_id}/done": "idempotent: done stays done",
    "POST /api/v1/trajectories/persons/{person_id}": "creates a trajectory (one open per person: 409)",
    "POST /api/v1/trajectories/{trajectory_id}/agreements": "creates a draft agreement",
    "POST /api/v1/appointments/slots/series": "creates slots",
    "DELETE /api/v1/appointments/slots/{slot_id}": "withdraws a free slot (refused once booked, under a row lock)",
    "POST /api/v1/appointments/persons/{person_id}/invitations": "creates an invitation",
    "POST /api/v1/compliance/cases": "creates a case, idempotent by source",
    "POST /api/v1/compliance/cases/{case_id}/evidence": "appends evidence",
    "POST /api/v1/compliance/refusals": "creates a case",
    "POST /api/v1/compliance/me/cases/{case_id}/evidence": "appends evidence",
    "POST /api/v1/community/activities": "creates an activity",
    "POST /api/v1/community/assignments": "creates an assignment",
    "POST /api/v1/community/persons/{person_id}/exemptions": "creates an exemption",
    "POST /api/v1/messages/reports/{channel}": "takes in a channel's delivery report: a repeated report changes nothing",
    "POST /api/v1/municipalities/agreements": "creates a cooperation agreement",
    "POST /api/v1/municipalities/referrals": "creates a referral task",
    "POST /api/v1/municipalities/clients/{person_id}/steps": "creates a step of the municipality",
    "POST /api/v1/employers/requests": "creates a membership request",
    "POST /api/v1/employers/{organisation_id}/establishments": "creates an establishment unit",
    "PUT /api/v1/employers/{organisation_id}/sector": "sets one value (the NACE code): idempotent",
    "PUT /api/v1/vacancies/applications/{application_id}/measures/sharing": "the candidate sets one consent flag (share or not): idempotent",
    "POST /api/v1/vacancies/{vacancy_id}/apply": "creates an application (one per person and vacancy)",
    "POST /api/v1/vacancies/intake/suggest": "computes, stores nothing",
    "POST /api/v1/credentials/verify": "checks a credential, stores nothing",
    "POST /api/v1/credentials/issue": "creates a credential (a signed JWT is never edited)",
    "POST /api/v1/credentials/status-entries": "creates a reservation of a status-list index",
    "POST /api/v1/credentials/submit": "creates a credential; a second submission of its id or index is refused (409/422)",
    "POST /api/v1/credentials/issuers/{slug}/keys": "appends a public key; the same kid and key again is idempotent, another key under it 409",
    "POST /api/v1/credentials/issuers/{slug}/keys/rotation": "appends a new key pair; earlier keys stay (append-only)",
    "POST /api/v1/credentials/issuers/{slug}/keys/{kid}/withdrawal": "one-shot: a withdrawn key answers 409 (under a row lock; audited)",
    "PUT /api/v1/credentials/issuers/{slug}/did-document": "registers the keys of a DID document: idempotent, append-only",
    "POST /api/v1/credentials/{credential_id}/revocation": "one-shot: a revoked credential answers 409 (under a row lock)",
    "POST /api/v1/keys/rotation": "makes a new platform key each time it is confirmed; earlier keys stay (append-only, audited)",
    "POST /api/v1/careers/me/targets": "adds one target occupation (a present one stays; the profile version is checked when given)",
    "DELETE /api/v1/careers/me/targets": "removes one target occupation (?occupation=; an absent one is 404; the profile version is checked when given)",
    "POST /api/v1/careers/me/shares": "creates a passport link",
    "POST /api/v1/careers/persons/{person_id}/visas": "creates a competence visa (a new assessment, never an edit)",
    "POST /api/v1/careers/evc": "creates an EVC request (one open per occupation: 422)",
    "POST /api/v1/careers/evc-accreditations": "creates an accreditation",
    "PUT /api/v1/training/providers/{provider_id}/courses": "the provider's whole catalogue, idempotent by provider and course id",
    "POST /api/v1/training/sessions/{session_id}/bookings": "creates a booking (one live booking per person and session)",
    "POST /api/v1/training/bookings/{booking_id}/complete": "one-shot workflow transition: a completed booking cannot complete again",
    "POST /api/v1/me/export": "creates an export request (one open at a time)",
    "POST /api/v1/vacancies": "creates a vacancy",
    "POST /api/v1/vacancies/{vacancy_id}/suggestions/invite": "creates an application (invitation)",
    "POST /api/v1/vacancies/import": "idempotent by (source, identifier): a record seen before updates its vacancy",
    "POST /api/v1/vacancies/notices/read": "marks the employer's notices read: idempotent",
}

# bodies of the writes that need no version (valid against the schema; the ids in them do not exist)
CREATE_BODIES = {
    "POST /api/v1/persons": {"insz": "85073003328", "first_name": "Jan", "last_name": "Peeters", "birth_date": "1985-07-30", "sex": "M",
                             "nationality": "BE", "municipality_id": "44021", "postal_code": "9000"},
    "POST /api/v1/persons/{person_id}/merge": {"duplicate_id": 987655, "reason": "zelfde persoon"},
    "POST /api/v1/screening/persons/{person_id}/assessments": {"competences": "partial", "dutch_level": "B1", "digital_skills": "basic",
                                                               "motivation": "high"},
    "POST /api/v1/worklist/tasks/{task_id}/done": {},
    "POST /api/v1/trajectories/persons/{person_id}": {},
    "POST /api/v1/trajectories/{trajectory_id}/agreements": {"title": "Werk zoeken"},
    "POST /api/v1/appointments/slots/series": {"agenda_id": 987654, "first_day": "2026-12-07", "last_day": "2026-12-07", "weekdays": [0],
                                               "start_time": "09:00", "end_time": "10:00", "mode": "phone"},
    "DELETE /api/v1/appointments/slots/{slot_id}": {},
    "POST /api/v1/appointments/persons/{person_id}/invitations": {"kind": "intake"},
    "POST /api/v1/compliance/cases": {"person_id": 987654, "infringement": "missed_appointment", "occurred_on": "2026-11-02", "source_workflow": "appointment",
                                      "source_id": 987654},
    "POST /api/v1/compliance/cases/{case_id}/evidence": {"form": {"description": "bewijs"}, "files": {"file": "bewijs.pdf"}},
    "POST /api/v1/compliance/refusals": {"person_id": 987654, "vacancy_id": 987654, "refused_on": "2026-11-02"},
    "POST /api/v1/compliance/me/cases/{case_id}/evidence": {"form": {"description": "bewijs"}, "files": {"file": "bewijs.pdf"}},
    "POST /api/v1/community/activities": {"kind": "community_service", "title": "Moestuin", "host_name": "Gemeente", "host_kind": "local_authority",
                                          "address": "Markt 1", "municipality": "44021", "hours_per_week": 4, "capacity": 2, "start": "2026-12-07"},
    "POST /api/v1/community/assignments": {"activity_id": 987654, "person_id": 987654},
    "POST /api/v1/community/persons/{person_id}/exemptions": {"reason": "medical", "note": "Attest van de huisarts"},
    "POST /api/v1/messages/reports/{channel}": {},
    "POST /api/v1/municipalities/agreements": {"title": "Samenwerking", "partner_name": "OCMW Gent", "municipalities": ["44021"],
                                               "start": "2026-01-01", "end": "2026-12-31"},
    "POST /api/v1/municipalities/referrals": {"person_id": 987654, "note": "Graag screening."},
    "POST /api/v1/municipalities/clients/{person_id}/steps": {"kind": "intake", "start": "2026-01-05"},
    "POST /api/v1/employers/requests": {"kbo_number": "0403170701", "role": "recruiter"},
    "POST /api/v1/employers/{organisation_id}/establishments": {"number": "2123456791", "name": "Vestiging", "street": "Markt 1",
                                                               "postal_code": "9000", "municipality": "44021"},
    "PUT /api/v1/employers/{organisation_id}/sector": {"nace_code": "62.010"},
    "PUT /api/v1/vacancies/applications/{application_id}/measures/sharing": {"share": True},
    "POST /api/v1/vacancies/{vacancy_id}/apply": {},
    "POST /api/v1/vacancies/intake/suggest": {"title": "Heftruckchauffeur", "text": "Je rijdt met de heftruck."},
    "POST /api/v1/vacancies": {"title": "Heftruckchauffeur", "municipality": "44021", "occupation_uri": "http://data.europa.eu/esco/occupation/x",
                               "skills": [], "employer_id": 987654},
    "POST /api/v1/vacancies/{vacancy_id}/suggestions/invite": {"candidate": "K-ABCDEF"},
    "POST /api/v1/vacancies/import": {"records": [], "source": "forem"},
    "POST /api/v1/vacancies/notices/read": {"ids": [987654]},
    "POST /api/v1/rules/simulation": {"year": 2024, "changes": ["jobbonus.ondergrens += 100"], "population": {"persons": 1000}},
    "POST /api/v1/me/consents": {"purpose": "research"},
    "DELETE /api/v1/me/consents/{purpose}": {},
    "POST /api/v1/matching/vacancies/{vacancy_id}/decisions": {"person_id": 987654, "decision": "pin", "reason": "sterke kandidaat"},
    "POST /api/v1/matching/persons/{person_id}/profile/extract": {"text": "Heftruckchauffeur", "language": "nl"},
    "POST /api/v1/credentials/issue": {"person_id": 987654, "kind": "training_completion", "title": "VCA Basis", "skills": []},
    "POST /api/v1/credentials/status-entries": {"issuer": "no-such-issuer"},
    "POST /api/v1/credentials/submit": {"person_id": 987654, "kind": "training_completion", "credential": "a.b.c", "issuer": "no-such-issuer"},
    "POST /api/v1/credentials/issuers/{slug}/keys": {"jwk": {"kty": "OKP", "crv": "Ed25519", "x": "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo",
                                                             "kid": "k1"}},
    "POST /api/v1/credentials/issuers/{slug}/keys/rotation": {},
    "POST /api/v1/credentials/issuers/{slug}/keys/{kid}/withdrawal": {"reason": "privésleutel gelekt"},
    "PUT /api/v1/credentials/issuers/{slug}/did-document": {"document": {"id": "did:web:example.be"}},
    "POST /api/v1/credentials/{credential_id}/revocation": {"reason": "ten onrechte uitgereikt"},
    "POST /api/v1/keys/rotation": {"confirm": False, "reason": "jaarlijkse vernieuwing"},  # unconfirmed: the admin gets 422, no key is made
    "POST /api/v1/careers/me/targets": {"occupation": "http://data.europa.eu/esco/occupation/45037d43-a8f5-4f46-b332-b2935bc305f4"},
    "DELETE /api/v1/careers/me/targets": {},
    "POST /api/v1/careers/me/shares": {"label": "Bakkerij Janssens", "credential_ids": [], "days": 10},
    "POST /api/v1/careers/persons/{person_id}/visas": {"dismissal": "collective", "former_employer": "Fabriek NV", "skills": []},
    "POST /api/v1/careers/evc": {"skills": [], "motivation": "Tien jaar ervaring"},
    "POST /api/v1/careers/evc-accreditations": {"organisation_id": 987654, "valid_from": "2026-12-01"},
    "PUT /api/v1/training/providers/{provider_id}/courses": [],
    "POST /api/v1/training/sessions/{session_id}/bookings": {"person_id": 987654},
    "POST /api/v1/training/bookings/{booking_id}/complete": {},
    "POST /api/v1/me/export": {},
}

WRITE_METHODS = {"post", "put", "patch", "delete"}

# write routes of apps that other work is building at this moment: they are declared by that work; the lead removes a
# prefix once its routes are declared here (issue 13's credentials, training, careers, learning and export: declared)
IN_PROGRESS_PREFIXES: tuple[str, ...] = ()
IN_PROGRESS_ROUTES: set[str] = set()
# POSTs that only read: a GET whose query (an INSZ) travels in the body to stay out of URLs; decided as their GET is
READS_BY_POST = {"POST /api/v1/persons/search": "GET /api/v1/persons"}
# routes a '+' role uses only through an organisation of one kind: its request is sent as a user of such an organisation
# (the import: a partner that is another regional service or a placement agency; other partners: 403, tested apart)
ACTING_AS = {"POST /api/v1/vacancies/import": {"partner": {"partner_type": "regional_service"}}}


def writes() -> set[str]:
    document = api.get_openapi_schema(path_prefix="/api/v1/")
    return {f"{method.upper()} {path}" for path, item in document["paths"].items() for method in item
            if method in WRITE_METHODS and not path.startswith(IN_PROGRESS_PREFIXES) and f"{method.upper()} {path}" not in IN_PROGRESS_ROUTES | READS_BY_POST.keys()}


def url_of(key: str) -> tuple[str, str]:
    method, path = key.split(" ", 1)
    for name in ("appointment_id", "activity_id", "assignment_id", "case_id", "person_id", "membership_id", "application_id", "vacancy_id",
                 "trajectory_id", "agreement_id", "step_id", "slot_id", "task_id", "organisation_id", "credential_id", "share_id", "request_id", "provider_id", "session_id", "booking_id"):
        path = path.replace("{" + name + "}", str(MISSING))
    return method, path.replace("{token}", "no-such-token").replace("{purpose}", "research").replace("{slug}", "no-such-issuer").replace("{kid}", "no-such-key")


def send(client: Client, key: str, body: dict, headers: dict | None = None):
    method, url = url_of(key)
    headers = headers or {}
    if "form" in body:
        data = dict(body["form"])
        for field, name in body.get("files", {}).items():
            data[field] = SimpleUploadedFile(name, b"%PDF-1.4\n%%EOF\n", content_type="application/pdf")
        return client.post(url, data, headers=headers)
    return client.generic(method, url, json.dumps(body), content_type="application/json", headers=headers)


