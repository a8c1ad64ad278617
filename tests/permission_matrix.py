"""The permission matrix of issue 17 point 17: for every API operation (from the OpenAPI document) and every URL
pattern, one declared decision per role of the role enum, in the order of ROLE_COLUMNS. tests/test_permissions.py
fails, naming the route and the role, when a route has no row or a row has no decision for a role (a new role
added to accounts.models.Role makes every row incomplete until it is decided).

  +  allowed: the role uses this route (for a person or object within its access)
  -  refused to the role as such (401/403, or 404 where the route is about the caller's own record)
  ~  decided per resource inside the use case: 404 outside the role's access (own record, caseload, organisation…),
     the body validated first; the use case's own tests decide who gets what

A new endpoint needs its row here: decide it per role, deliberately, then the matrix test passes again.
Write operations (POST/PUT/PATCH/DELETE) are decided + or - per role, never ~ (tests/test_trust_matrix.py checks each
against the routes and, where a route moves a declared workflow, against the roles of its transition table).
Web rows are checked against the views' @roles(...) declaration; parameterless GETs are called as each role.
"""

ROLE_COLUMNS = ("citizen", "counsellor", "controller", "employer", "municipality", "partner", "analyst", "admin")

# API operations that answer without a token (everything else must answer 401 to an anonymous caller)
PUBLIC_API = {
    "GET /api/v1/health",
    "GET /api/v1/rules/variables",
    "POST /api/v1/rules/calculate",
    "POST /api/v1/rules/work-pays",
    "POST /api/v1/matching/titles",
    "POST /api/v1/matching/skills",
    "GET /api/v1/community/parameters",
    "GET /api/v1/vacancies/search",  # issue 12: the public vacancy search
    "GET /api/v1/vacancies/search/occupations",  # issue 12: the search's occupation filter (public data only)
    "GET /api/v1/vacancies/feed",  # issue 12: the exchange's feed of the platform's own vacancies (no personal data)
    "POST /api/v1/credentials/verify",  # issue 13: anyone verifies a credential
    "GET /api/v1/credentials/issuers",
    "GET /api/v1/careers/shared/{token}",  # issue 13: a passport link the person shared (logged for the person)
}

# URL patterns that answer without a login (login itself, language choice, OIDC, public pages)
PUBLIC_WEB = {
    "i18n/setlang/",
    "login/",
    "logout/",
    "mijn-jobbonus/",
    "loont-werken/",
    "oidc/authenticate/",
    "oidc/callback/",
    "oidc/logout/",
    "vacatures/<int:vacancy_id>/",
    "werkgever/toegang/",
    "steunmaatregelen/",
    "vacatures/zoeken/",
    ".well-known/jwks.json",  # issue 13: the platform's public keys, DID documents, status lists and the verification page
    ".well-known/did.json",
    "issuers/<slug:slug>/did.json",
    "credentials/status/<slug:slug>/<int:list_id>",
    "verifieer/",
    "api/",  # issue 16 point 9: the API explained (public, like the OpenAPI document and its Swagger UI)
    "paspoort/<str:token>/",  # issue 13: a shared passport link (anyone with the link; expired/revoked: 410)
    "paspoort/<str:token>/<str:credential_id>.jwt",
}

API = {
    "GET /api/v1/health": "+ + + + + + + +",
    "GET /api/v1/persons": "- + + + + ~ - +",  # a partner: with a current link only
    "POST /api/v1/persons/search": "- + + + + ~ - +",  # the GET's search, the query (an INSZ) in the body: a read, decided as the GET
    "POST /api/v1/persons": "- + - - + + - +",
    "GET /api/v1/persons/{person_id}": "~ ~ ~ ~ ~ ~ - ~",
    "POST /api/v1/persons/{person_id}/merge": "- + - - - - - +",
    "GET /api/v1/me": "+ + + + + + + +",
    "GET /api/v1/me/access-log": "+ - - - - - - -",
    "GET /api/v1/me/learning-account": "+ - - - - - - -",  # issue 13: the learning account (learning app)
    "GET /api/v1/persons/{person_id}/learning-account": "~ ~ - - - - - ~",
    "POST /api/v1/me/consents": "+ - - - - - - -",
    "DELETE /api/v1/me/consents/{purpose}": "+ - - - - - - -",
    "POST /api/v1/me/export": "+ - - - - - - -",
    "GET /api/v1/me/export/{export_id}": "~ - - - - - - -",
    "GET /api/v1/me/export/{export_id}/download": "~ - - - - - - -",
    "GET /api/v1/stats/statuses": "- - - - - - + +",
    "GET /api/v1/rules/variables": "+ + + + + + + +",
    "POST /api/v1/rules/calculate": "+ + + + + + + +",
    "POST /api/v1/rules/work-pays": "+ + + + + + + +",  # issue 15 point 15: public, no personal data
    "POST /api/v1/rules/simulation": "- - - - - - + +",  # issue 15 point 16: analysts and administrators
    "GET /api/v1/screening/persons/{person_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "POST /api/v1/screening/persons/{person_id}/assessments": "- + - - - - - -",
    "GET /api/v1/screening/me": "+ - - - - - - -",
    "GET /api/v1/screening/worklist": "- + - - - - - +",
    "GET /api/v1/screening/model": "- + - - - - + +",
    "GET /api/v1/screening/overrides": "- - - - - - + +",
    "POST /api/v1/matching/titles": "+ + + + + + + +",
    "POST /api/v1/matching/skills": "+ + + + + + + +",
    "GET /api/v1/matching/persons/{person_id}/vacancies": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/matching/me/vacancies": "+ - - - - - - -",
    "GET /api/v1/matching/vacancies/{vacancy_id}/candidates": "~ ~ ~ ~ ~ ~ ~ ~",
    "POST /api/v1/matching/vacancies/{vacancy_id}/decisions": "- + - - - - - +",
    "GET /api/v1/matching/persons/{person_id}/suitability/{vacancy_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/matching/persons/{person_id}/skill-gaps": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/matching/persons/{person_id}/profile": "~ ~ ~ ~ ~ ~ ~ ~",
    "PUT /api/v1/matching/persons/{person_id}/profile": "+ + - - - - - +",
    "POST /api/v1/matching/persons/{person_id}/profile/extract": "+ + - - - - - +",
    "GET /api/v1/matching/persons/{person_id}/suggestions": "~ ~ ~ ~ ~ ~ ~ ~",  # issue 18 point 4: implied competences to confirm
    "POST /api/v1/matching/persons/{person_id}/suggestions/decisions": "+ + - - - - - +",
    "DELETE /api/v1/matching/persons/{person_id}/profile/skills": "+ + - - - - - +",  # remove a declared or extracted competence
    "GET /api/v1/worklist": "- + - - - - - +",
    "GET /api/v1/worklist/kinds": "- + - - - - - +",
    "POST /api/v1/worklist/tasks/{task_id}/done": "- + - - - - - +",
    "GET /api/v1/worklist/next": "- + - - - - - +",
    "GET /api/v1/trajectories/persons/{person_id}": "- ~ - - - - - ~",
    "POST /api/v1/trajectories/persons/{person_id}": "- + - - - - - +",
    "POST /api/v1/trajectories/{trajectory_id}/suspend": "- + - - - - - +",
    "POST /api/v1/trajectories/{trajectory_id}/resume": "- + - - - - - +",
    "POST /api/v1/trajectories/{trajectory_id}/close": "- + - - - - - +",
    "POST /api/v1/trajectories/{trajectory_id}/agreements": "- + - - - - - +",
    "GET /api/v1/trajectories/agreements/{agreement_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "PATCH /api/v1/trajectories/agreements/{agreement_id}": "- + - - - - - +",
    "POST /api/v1/trajectories/agreements/{agreement_id}/steps": "- + - - - - - +",
    "PATCH /api/v1/trajectories/steps/{step_id}": "- + - - - - - +",
    "POST /api/v1/trajectories/agreements/{agreement_id}/propose": "- + - - - - - +",
    "POST /api/v1/trajectories/agreements/{agreement_id}/accept-on-paper": "- + - - - - - +",
    "POST /api/v1/trajectories/agreements/{agreement_id}/escalate": "- + - - - - - +",
    "POST /api/v1/trajectories/steps/{step_id}/review": "- + - - - - - +",
    "GET /api/v1/trajectories/me": "+ - - - - - - -",
    "POST /api/v1/trajectories/me/agreements/{agreement_id}/accept": "+ - - - - - - -",
    "POST /api/v1/trajectories/me/steps/{step_id}/evidence": "+ - - - - - - -",
    "GET /api/v1/trajectories/evidence/{evidence_id}/file": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/trajectories/partner/steps": "- - - - - + - -",
    "PATCH /api/v1/trajectories/partner/steps/{step_id}": "- - - - - + - -",
    "GET /api/v1/appointments/agendas": "- + - - - - - +",
    "GET /api/v1/appointments/slots": "- + - - - - - +",
    "POST /api/v1/appointments/slots/series": "- + - - - - - +",
    "DELETE /api/v1/appointments/slots/{slot_id}": "- + - - - - - +",
    "GET /api/v1/appointments/agenda.ics": "- + - - - - - +",
    "POST /api/v1/appointments/persons/{person_id}/invitations": "- + - - - - - +",
    "GET /api/v1/appointments/persons/{person_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/appointments/kpis": "- + - - - - + +",
    "GET /api/v1/appointments/me": "+ - - - - - - -",
    "GET /api/v1/appointments/{appointment_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/appointments/{appointment_id}/history": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/appointments/{appointment_id}/ics": "~ ~ ~ ~ ~ ~ ~ ~",
    "POST /api/v1/appointments/{appointment_id}/booking": "- + - - - - - +",
    "POST /api/v1/appointments/{appointment_id}/convocation": "- + - - - - - +",
    "POST /api/v1/appointments/{appointment_id}/attendance": "- + - - - - - +",
    "POST /api/v1/appointments/{appointment_id}/excuse": "+ + - - - - - +",
    "POST /api/v1/appointments/{appointment_id}/excuse/review": "- + - - - - - +",
    "POST /api/v1/appointments/{appointment_id}/cancellation": "- + - - - - - +",
    "POST /api/v1/appointments/{appointment_id}/unbooking": "+ - - - - - - -",
    "GET /api/v1/appointments/booking/{token}": "~ ~ ~ ~ ~ ~ ~ ~",
    "POST /api/v1/appointments/booking/{token}": "+ - - - - - - -",
    "GET /api/v1/compliance/cases": "- - + - - - - +",
    "POST /api/v1/compliance/cases": "- - + - - - - -",  # stop 29: the admin reads cases, only the control service acts
    "GET /api/v1/compliance/cases/{case_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "POST /api/v1/compliance/cases/{case_id}/hearing": "- - + - - - - -",  # stop 29: the admin reads cases, only the control service acts
    "POST /api/v1/compliance/cases/{case_id}/hearing/move": "- - + - - - - -",  # stop 29: the admin reads cases, only the control service acts
    "POST /api/v1/compliance/cases/{case_id}/hearing-report": "- - + - - - - -",  # stop 29: the admin reads cases, only the control service acts
    "POST /api/v1/compliance/cases/{case_id}/decision": "- - + - - - - -",  # stop 29: the admin reads cases, only the control service acts
    "POST /api/v1/compliance/cases/{case_id}/appeal": "- - + - - - - -",  # stop 29: the admin reads cases, only the control service acts
    "POST /api/v1/compliance/cases/{case_id}/appeal-outcome": "- - + - - - - -",  # stop 29: the admin reads cases, only the control service acts
    "POST /api/v1/compliance/cases/{case_id}/drop": "- - + - - - - -",  # stop 29: the admin reads cases, only the control service acts
    "POST /api/v1/compliance/cases/{case_id}/close": "- - + - - - - -",  # stop 29: the admin reads cases, only the control service acts
    "POST /api/v1/compliance/cases/{case_id}/evidence": "- - + - - - - -",  # stop 29: the admin reads cases, only the control service acts
    "GET /api/v1/compliance/cases/{case_id}/evidence/{evidence_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/compliance/cases/{case_id}/messages/{message_id}/evidence": "~ ~ ~ ~ ~ ~ ~ ~",
    "POST /api/v1/compliance/refusals": "- + + - - - - -",  # stop 29: a report opens a case; the admin starts none
    "GET /api/v1/compliance/persons/{person_id}/cases": "~ ~ ~ ~ ~ ~ ~ +",
    "GET /api/v1/compliance/deviations": "- - + - - - + +",
    "GET /api/v1/compliance/rules": "+ + + + + + + +",
    "GET /api/v1/compliance/me/cases": "+ - - - - - - -",
    "GET /api/v1/compliance/me/cases/{case_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "POST /api/v1/compliance/me/cases/{case_id}/response": "+ - - - - - - -",
    "POST /api/v1/compliance/me/cases/{case_id}/evidence": "+ - - - - - - -",
    "POST /api/v1/compliance/me/cases/{case_id}/appeal": "+ - - - - - - -",
    "GET /api/v1/community/activities": "- + - - + - - +",
    "POST /api/v1/community/activities": "- - - - + - - +",
    "GET /api/v1/community/activities/{activity_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "PUT /api/v1/community/activities/{activity_id}": "- - - - + - - +",
    "GET /api/v1/community/eligible": "- + - - + - - +",
    "POST /api/v1/community/assignments": "- + - - + - - +",
    "GET /api/v1/community/assignments": "- + - - + - - +",
    "GET /api/v1/community/assignments/{assignment_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "POST /api/v1/community/assignments/{assignment_id}/transitions": "- + - - + - - +",
    "PUT /api/v1/community/assignments/{assignment_id}/attendance": "- - - - + - - +",
    "GET /api/v1/community/hours": "~ ~ ~ ~ ~ ~ ~ ~",
    "POST /api/v1/community/persons/{person_id}/exemptions": "- + - - - - - +",
    "GET /api/v1/community/me": "+ - - - - - - -",
    "POST /api/v1/community/me/assignments/{assignment_id}/accept": "+ - - - - - - -",
    "GET /api/v1/community/parameters": "+ + + + + + + +",
    "GET /api/v1/kpis/catalogue": "- - - - + - + +",
    "GET /api/v1/kpis/figures": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/kpis/municipalities/{nis}/comparison": "- - - - + - ~ ~",
    "GET /api/v1/kpis/management": "- - - - - - + +",
    "GET /api/v1/kpis/official": "- - - - + - + +",
    "GET /api/v1/municipalities/agreements": "- - - - + - + +",
    "POST /api/v1/municipalities/agreements": "- - - - + - - +",
    "PUT /api/v1/municipalities/agreements/{agreement_id}": "- - - - + - - +",
    "GET /api/v1/municipalities/clients/{person_id}/steps": "- - - - ~ - - -",
    "POST /api/v1/municipalities/clients/{person_id}/steps": "- - - - + - - -",
    "PUT /api/v1/municipalities/steps/{step_id}": "- - - - + - - -",
    "GET /api/v1/municipalities/agreements/{agreement_id}": "- - - - ~ - ~ ~",
    "GET /api/v1/municipalities/agreements/{agreement_id}/reward": "- - - - ~ - ~ ~",
    "GET /api/v1/municipalities/clients": "- - - - + - - -",
    "POST /api/v1/municipalities/referrals": "- - - - + - - -",
    "GET /api/v1/messages/me": "+ - - - - - - -",
    "GET /api/v1/messages/me/{message_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/messages/me/{message_id}/evidence": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/messages/persons/{person_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/messages/digital-support": "- + - - - - - +",
    "POST /api/v1/messages/reports/{channel}": "- - - - - - - +",
    "GET /api/v1/messages/{message_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/messages/{message_id}/evidence": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/vacancies/{vacancy_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "POST /api/v1/vacancies/{vacancy_id}/apply": "+ + - - - - - +",
    "GET /api/v1/vacancies/{vacancy_id}/applications": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/vacancies/applications/mine": "+ + + + + + + +",
    "POST /api/v1/vacancies/applications/{application_id}/transitions": "+ + - + - - - +",
    "POST /api/v1/vacancies/applications/{application_id}/feedback": "- - - + - - - +",
    "GET /api/v1/vacancies/stats/missed-skills": "- + - - - ~ + +",  # a partner: a sector organisation, its own sector(s)
    "POST /api/v1/vacancies/intake/suggest": "- + - + - - - +",
    "POST /api/v1/vacancies": "- + - + - - - +",
    "POST /api/v1/vacancies/{vacancy_id}/lifecycle": "- + - + - - - +",
    "GET /api/v1/vacancies/mine": "- - - + - - - -",  # an employer user: its own employer's vacancies, every state
    "PUT /api/v1/vacancies/{vacancy_id}": "- + - + - - - +",  # edit: the employer of the vacancy, VDAB
    "GET /api/v1/vacancies/{vacancy_id}/suggestions": "~ ~ ~ ~ ~ ~ ~ ~",
    "POST /api/v1/vacancies/{vacancy_id}/suggestions/invite": "- - - + - - - -",
    "GET /api/v1/vacancies/search": "+ + + + + + + +",
    "GET /api/v1/vacancies/search/occupations": "+ + + + + + + +",
    "GET /api/v1/vacancies/feed": "+ + + + + + + +",
    "GET /api/v1/vacancies/applications/{application_id}/measures": "~ ~ - ~ - - - ~",
    "PUT /api/v1/vacancies/applications/{application_id}/measures/sharing": "+ - - - - - - -",
    "GET /api/v1/vacancies/notices": "- - - + - - - -",
    "POST /api/v1/vacancies/notices/read": "- - - + - - - -",  # marking the notices read (the GET changes nothing)
    "POST /api/v1/vacancies/import": "- - - - - + - +",  # a partner: a regional service or placement agency (others 403)
    "GET /api/v1/vacancies/{vacancy_id}/distribution": "- ~ - ~ - - - ~",  # the employer of the vacancy, VDAB
    # the employer of the vacancy only: offered beyond Flanders or not. VDAB changed it too until stop 38, while its page
    # read "Keuze van de werkgever" (attack of issue 12); it still reads it (distribution) and sets it when posting for the employer
    "PUT /api/v1/vacancies/{vacancy_id}/ring-offer": "- - - + - - - -",
    "GET /api/v1/vacancies/sectors": "- + - + - ~ + +",  # a partner: a sector organisation, its own sector(s)
    "POST /api/v1/employers/requests": "+ - - - - - - -",
    "GET /api/v1/employers/{organisation_id}": "~ ~ ~ ~ ~ ~ ~ ~",
    "POST /api/v1/employers/memberships/{membership_id}/transitions": "- - - + - - - +",
    "POST /api/v1/employers/{organisation_id}/establishments": "- - - + - - - +",
    "PUT /api/v1/employers/{organisation_id}/sector": "- - - + - - - +",
    "PUT /api/v1/employers/{organisation_id}/ring-offer-default": "- - - + - - - -",  # the employer's administrator only (recruiter 403, VDAB 404)
    # issue 13: verifiable credentials (a partner: as its own registered issuer, for persons it has a current link with)
    "POST /api/v1/credentials/verify": "+ + + + + + + +",
    "GET /api/v1/credentials/issuers": "+ + + + + + + +",
    "GET /api/v1/credentials/me": "+ - - - - - - -",
    "GET /api/v1/credentials/persons/{person_id}": "~ ~ - - - - - ~",
    # issue 13: the training catalogue (a provider delivers its own; anyone signed in reads it), the guide and bookings
    "PUT /api/v1/training/providers/{provider_id}/courses": "- - - - - + - +",
    "GET /api/v1/training/providers/{provider_id}/courses": "+ + + + + + + +",
    "GET /api/v1/training/courses/{course_id}": "+ + + + + + + +",
    "GET /api/v1/training/persons/{person_id}/guide": "~ ~ - - - - - ~",
    "GET /api/v1/me/training-guide": "+ - - - - - - -",
    "GET /api/v1/training/sessions/{session_id}/bookings/quote": "+ + - - - - - +",
    "POST /api/v1/training/sessions/{session_id}/bookings": "+ + - - - - - +",
    "POST /api/v1/training/bookings/{booking_id}/cancel": "+ + - - - - - +",
    "POST /api/v1/training/bookings/{booking_id}/complete": "- + - - - + - +",
    "GET /api/v1/training/providers/{provider_id}/bookings": "- - - - - ~ - +",
    "GET /api/v1/me/training-bookings": "+ - - - - - - -",
    "POST /api/v1/credentials/issue": "- + - - - + - +",
    # issue 13: partners signing with their own keys (admin: for any partner issuer, naming it)
    "POST /api/v1/credentials/status-entries": "- - - - - + - +",
    "POST /api/v1/credentials/submit": "- - - - - + - +",
    "POST /api/v1/credentials/issuers/{slug}/keys": "- - - - - + - +",
    "POST /api/v1/credentials/issuers/{slug}/keys/rotation": "- - - - - + - +",
    "PUT /api/v1/credentials/issuers/{slug}/did-document": "- - - - - + - +",
    "POST /api/v1/credentials/issuers/{slug}/keys/{kid}/withdrawal": "- - - - - + - +",
    "GET /api/v1/credentials/issuers/{slug}/keys/events": "- - - - - ~ - +",
    "GET /api/v1/credentials/{credential_id}": "~ ~ - - - ~ - ~",
    "GET /api/v1/credentials/{credential_id}/jwt": "~ ~ - - - ~ - ~",
    "GET /api/v1/credentials/{credential_id}/elm": "~ ~ - - - ~ - ~",
    "POST /api/v1/credentials/{credential_id}/revocation": "- + - - - + - +",
    # issue 13: careers (Mijn Loopbaan targets and shares, the competence visa, EVC; an accredited EVC partner: '~')
    "GET /api/v1/careers/me": "+ - - - - - - -",  # h13: Mijn Loopbaan as a whole (own)
    "GET /api/v1/careers/me/signals": "+ - - - - - - -",  # h13: own career signals
    "GET /api/v1/careers/me/targets": "+ - - - - - - -",
    "POST /api/v1/careers/me/targets": "+ - - - - - - -",
    "DELETE /api/v1/careers/me/targets": "+ - - - - - - -",
    "GET /api/v1/careers/me/shares": "+ - - - - - - -",
    "POST /api/v1/careers/me/shares": "+ - - - - - - -",
    "DELETE /api/v1/careers/me/shares/{share_id}": "+ - - - - - - -",
    "GET /api/v1/careers/shared/{token}": "~ ~ ~ ~ ~ ~ ~ ~",
    "GET /api/v1/careers/persons/{person_id}/visas": "- ~ - - - - - ~",
    "POST /api/v1/careers/persons/{person_id}/visas": "- + - - - - - +",
    "POST /api/v1/careers/evc": "+ - - - - - - -",
    "GET /api/v1/careers/me/evc-skills": "+ - - - - - - -",  # the skills a person can ask to have recognised (own profile)
    "GET /api/v1/careers/evc": "+ + - - - ~ - +",
    "GET /api/v1/careers/evc/{request_id}": "~ ~ - - - ~ - ~",
    "POST /api/v1/careers/evc/{request_id}/plan": "- + - - - + - +",
    "POST /api/v1/careers/evc/{request_id}/results": "- + - - - + - +",
    "POST /api/v1/careers/evc/{request_id}/certify": "- + - - - + - +",
    "POST /api/v1/careers/evc/{request_id}/refuse": "- + - - - + - +",
    "POST /api/v1/careers/evc/{request_id}/withdraw": "+ + - - - - - +",
    "POST /api/v1/careers/evc/{request_id}/assessor": "- + - - - - - +",
    "POST /api/v1/careers/evc-accreditations": "- - - - - - - +",
    # issue 13: the platform's own signing keys (access log, evidence, credentials): administrators only
    "GET /api/v1/keys": "- - - - - - - +",
    "POST /api/v1/keys/rotation": "- - - - - - - +",
}

WEB = {
    "admin/*": "- - - - - - - +",  # the Django admin: staff (administrators) only
    "i18n/setlang/": "+ + + + + + + +",
    "oidc/callback/": "+ + + + + + + +",
    "oidc/authenticate/": "+ + + + + + + +",
    "oidc/logout/": "+ + + + + + + +",
    "": "+ + + + + + + +",
    "login/": "+ + + + + + + +",
    "logout/": "+ + + + + + + +",
    "mijn-gegevens/": "+ - - - - - - -",
    "mijn-gegevens/toestemming/": "+ - - - - - - -",
    "mijn-gegevens/export/": "+ - - - - - - -",
    "mijn-gegevens/export/<int:export_id>/": "~ - - - - - - -",
    "mijn-gegevens/export/<int:export_id>/download/": "~ - - - - - - -",
    "mijn-loopbaan/signalen/berichten/": "+ - - - - - - -",
    "mijn-loopbaan/leerrekening/": "+ - - - - - - -",
    "personen/<int:person_id>/leerrekening/": "- + - - - - - +",
    "caseload/": "- + + - - + - +",
    "caseload/export.csv": "- + + - - + - +",
    "export/personen.csv": "- + + + + + - +",
    "personen/<int:person_id>/": "- + + + + + - +",
    "gemeente/clienten/": "- - - - + - - -",
    "werkgever/kandidaten/": "- - - + - - - -",
    "statistiek/": "- - - - - - + +",
    "statistiek/personen-per-status.csv": "- - - - - - + +",
    "mijn-jobbonus/": "+ + + + + + + +",
    "loont-werken/": "+ + + + + + + +",  # issue 15 point 15: public like the job bonus
    "beleidssimulatie/": "- - - - - - + +",  # issue 15 point 16: policy simulation
    "mijn-kans-op-werk/": "+ - - - - - - -",
    "mijn-vacatures/": "+ - - - - - - -",
    "personen/<int:person_id>/vacatures/": "- + - - - - - +",
    "personen/<int:person_id>/passend/": "- + + - - - - +",
    "personen/<int:person_id>/suggesties/": "+ + - - - - - +",  # confirm or reject suggested competences (the person, who guides them)
    "personen/<int:person_id>/competenties/verwijderen/": "+ + - - - - - +",  # remove a declared or extracted competence (walk of issue 16)
    "vacatures/": "- + - + - - - +",
    "vacatures/<int:vacancy_id>/kandidaten/": "- + - + - - - +",
    "screening/werklijst/": "- + - - - - - +",
    "screening/modelkaart/": "- + - - - - + +",
    "personen/<int:person_id>/screening/": "- + - - - - - +",
    "personen/<int:person_id>/screening/voorstel/": "- + - - - - - -",
    "mijn-gegevens/raadplegingen/": "+ - - - - - - -",
    "werklijst/": "- + - - - - - +",
    "werklijst/volgende/": "- + - - - - - +",
    "werklijst/taken/<int:task_id>/afgewerkt/": "- + - - - - - +",
    "personen/<int:person_id>/traject/": "+ + + + + + + +",
    "personen/<int:person_id>/traject/actie/": "- + - - - - - +",
    "mijn-afspraken/": "+ + + + + + + +",
    "mijn-afspraken/<int:agreement_id>/aanvaarden/": "+ - - - - - - -",
    "mijn-afspraken/stappen/<int:step_id>/bewijs/": "+ - - - - - - -",
    "partner/stappen/": "+ + + + + + + +",
    "partner/stappen/<int:step_id>/": "- - - - - + - -",
    "bewijsstukken/<int:evidence_id>/": "+ + + + + + + +",
    "agenda/": "- + - - - - - +",
    "agenda/publiceren/": "- + - - - - - +",
    "agenda.ics": "- + - - - - - +",
    "agenda/momenten/<int:slot_id>/intrekken/": "- + - - - - - +",
    "agenda/afspraken/<int:appointment_id>/": "- + - - - - - +",
    "agenda/afspraken/<int:appointment_id>/bewijs/": "+ + - - - - - +",
    "personen/<int:person_id>/uitnodigen/": "- + - - - - - +",
    "afspraak/boeken/<str:token>/": "+ + + + + + + +",
    "afspraak/<int:appointment_id>.ics": "+ + - - - - - +",
    "afspraak/<int:appointment_id>/vrijgeven/": "+ - - - - - - -",
    "afspraak/<int:appointment_id>/verontschuldiging/": "+ - - - - - - -",
    "afspraken/": "+ - - - - - - -",
    "controle/dossiers/": "- - + - - - - +",
    "controle/dossiers/<int:pk>/": "- - + - - - - +",
    "controle/dossiers/<int:pk>/bewijs/": "- - + - - - - -",  # stop 29: the admin reads cases, only the control service acts
    "controle/dossiers/<int:pk>/bewijs/<int:evidence_id>/": "+ - + - - - - +",
    "controle/dossiers/<int:pk>/berichten/<int:message_id>/bewijs.pdf": "- - + - - - - +",
    "controle/dossiers/<int:pk>/<slug:action>/": "- - + - - - - -",  # stop 29: the admin reads cases, only the control service acts
    "controle/afwijkingen/": "- - + - - - + +",
    "controle/weigering/": "- + + - - - - -",  # stop 29: a report opens a case; the admin starts none
    "controle/personen/<int:person_id>/": "- + + - - - - +",
    "mijn-dossier/": "+ - - - - - - -",
    "mijn-dossier/<int:pk>/": "+ - - - - - - -",
    "mijn-dossier/<int:pk>/bewijs/<int:evidence_id>/": "+ - + - - - - +",
    "mijn-dossier/<int:pk>/<slug:action>/": "+ - - - - - - -",
    "gemeente/gemeenschapsdienst/": "- + - - + - - +",
    "gemeente/gemeenschapsdienst/activiteiten/nieuw/": "- - - - + - - +",
    "gemeente/gemeenschapsdienst/activiteiten/<int:activity_id>/": "- + - - + - - +",
    "gemeente/gemeenschapsdienst/in-aanmerking/": "- + - - + - - +",
    "gemeente/gemeenschapsdienst/vrijstelling/<int:person_id>/": "- + - - - - - +",
    "gemeente/gemeenschapsdienst/toewijzingen/<int:assignment_id>/": "- + - - + - - +",
    "gemeente/gemeenschapsdienst/uren/": "- + - - + - - +",
    "kerncijfers/": "- - - - + - + +",
    "kerncijfers/gemeente/": "- - - - + - + +",
    "kerncijfers/gemeente/rapport.pdf": "- - - - + - + +",
    "kerncijfers/gemeente/export.csv": "- - - - + - + +",
    "kerncijfers/gemeente/export.xlsx": "- - - - + - + +",
    "kerncijfers/management/": "- - - - - - + +",
    "kerncijfers/catalogus/": "- - - - + - + +",
    "kerncijfers/export.csv": "- - - - + - + +",
    "kerncijfers/export.xlsx": "- - - - + - + +",
    "gemeente/samenwerking/": "- - - - + - + +",
    "gemeente/samenwerking/<int:agreement_id>/": "- - - - + - + +",
    "gemeente/samenwerking/nieuw/": "- - - - + - - +",
    "gemeente/samenwerking/<int:agreement_id>/bewerken/": "- - - - + - - +",
    "gemeente/leefloon/<int:person_id>/stappen/": "- - - - + - - -",
    "gemeente/leefloon/stappen/<int:step_id>/": "- - - - + - - -",
    "gemeente/leefloon/<int:person_id>/doorverwijzen/": "- - - - + - - -",
    "gemeente/doorverwijzen/": "- - - - + - - -",
    "mijn-berichten/": "+ - - - - - - -",
    "mijn-berichten/<int:message_id>/": "+ - - - - - - -",
    "mijn-berichten/<int:message_id>/bewijs.pdf": "+ - - - - - - -",
    "personen/<int:person_id>/berichten/": "- + - - - - - +",
    "personen/<int:person_id>/berichten/<int:message_id>/": "- + - - - - - +",
    "personen/<int:person_id>/berichten/<int:message_id>/bewijs.pdf": "- + - - - - - +",
    "berichten/digitale-ondersteuning/": "- + - - - - - +",
    "berichten/afleverrapporten/": "- - - - - - - +",
    "vacatures/nieuw/": "- + - + - - - +",
    "vacatures/<int:vacancy_id>/bewerken/": "- + - + - - - +",
    "vacatures/<int:vacancy_id>/levensloop/": "- + - + - - - +",
    "vacatures/<int:vacancy_id>/buiten-vlaanderen/": "- + - + - - - +",
    "vacatures/<int:vacancy_id>/": "+ + + + + + + +",
    "steunmaatregelen/": "+ + + + + + + +",
    "vacatures/<int:vacancy_id>/sollicitaties/": "- + - + - - - +",
    "vacatures/<int:vacancy_id>/suggesties/": "- - - + - - - -",
    "vacatures/<int:vacancy_id>/doorverwijzen/": "- + - - - - - +",
    "sollicitaties/<int:application_id>/terugkoppeling/": "- - - + - - - +",
    "vacatures/zoeken/": "+ + + + + + + +",
    "vacatures/berichten/": "- - - + - - - -",
    "vacatures/sectoren/": "- + - + - ~ + +",  # a partner: a sector organisation, its own sector(s)
    "vacatures/gemiste-competenties/": "- + - - - ~ + +",
    "sollicitaties/<int:application_id>/steunmaatregelen/": "+ + - + - - - +",
    "werkgever/toegang/": "+ + + + + + + +",
    "werkgever/organisatie/": "- - - + - - - -",
    "werkgevers/aanvragen/": "- - - - - - - +",
    "werkgevers/<int:organisation_id>/": "- - - + - - - +",
    ".well-known/jwks.json": "+ + + + + + + +",
    ".well-known/did.json": "+ + + + + + + +",
    "issuers/<slug:slug>/did.json": "+ + + + + + + +",
    "credentials/status/<slug:slug>/<int:list_id>": "+ + + + + + + +",
    "verifieer/": "+ + + + + + + +",
    "api/": "+ + + + + + + +",
    "credentials/<int:credential_id>/download.jwt": "~ ~ - - - ~ - ~",
    "credentials/<int:credential_id>/elm.jsonld": "~ ~ - - - ~ - ~",
    "mijn-loopbaan/opleidingen/": "+ - - - - - - -",  # issue 13: the training guide, a course, a provider's catalogue
    "mijn-loopbaan/opleidingen/sessies/<int:session_id>/inschrijven/": "+ ~ - - - - - ~",
    "mijn-loopbaan/opleidingen/inschrijvingen/<int:booking_id>/annuleren/": "~ ~ - - - - - ~",
    "opleidingen/<int:course_id>/": "+ + + + + + + +",
    "opleidingen/aanbieders/": "- - - - - + - +",
    "opleidingen/aanbieders/<int:provider_id>/": "- - - - - ~ - +",
    "opleidingen/inschrijvingen/<int:booking_id>/gevolgd/": "- ~ - - - ~ - ~",
    # issue 13: careers
    "mijn-loopbaan/": "+ - - - - - - -",
    "mijn-loopbaan/doelberoepen/": "+ - - - - - - -",
    "mijn-loopbaan/doelberoepen/verwijderen/": "+ - - - - - - -",
    "mijn-loopbaan/delen/": "+ - - - - - - -",
    "mijn-loopbaan/delen/<int:share_id>/intrekken/": "~ - - - - - - -",
    "mijn-loopbaan/evc/aanvragen/": "+ - - - - - - -",
    "paspoort/<str:token>/": "~ ~ ~ ~ ~ ~ ~ ~",
    "paspoort/<str:token>/<str:credential_id>.jwt": "~ ~ ~ ~ ~ ~ ~ ~",
    "personen/<int:person_id>/loopbaan/": "- ~ - - - - - ~",  # h13: a person's learning account, passport and EVC requests
    "personen/<int:person_id>/competentievisum/": "- ~ - - - - - ~",
    "personen/<int:person_id>/competentievisum/<int:visa_id>/intrekken/": "- ~ - - - - - ~",
    "evc/": "- + - - - ~ - +",
    "evc/<int:request_id>/": "~ ~ - - - ~ - ~",
    "sleutels/": "- - - - - - - +",  # issue 13: the platform's signing keys, list and rotation (administrators)
}


# An employers' sector organisation's users (role partner, partner type sector_organisation; issue 12 point 8) open
# only these of the routes that ask for a login: every other web route guarded by a role and every other API operation
# answers 403 to them, whatever the partner column says (tests/test_sector_organisation_access.py calls each one).
SECTOR_ORGANISATION_WEB = {"vacatures/sectoren/", "vacatures/gemiste-competenties/"}
SECTOR_ORGANISATION_API = {"GET /api/v1/me", "GET /api/v1/vacancies/sectors", "GET /api/v1/vacancies/stats/missed-skills"}
