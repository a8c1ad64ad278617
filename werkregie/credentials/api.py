"""/api/v1/credentials: public verification and issuers, the holder's credentials, issuing and revoking by staff and
registered partner issuers, the JWT and the ELM export. Thin: the use cases decide and log."""

from __future__ import annotations

import datetime as dt
import json

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.decorators import decorate_view
from pydantic import Field

from werkregie.access.models import Channel
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.api.guard import anonymous_heavy
from werkregie.api.problems import problem
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound
from werkregie.people.models import Person

from . import elm, partner_keys, perms, signing, submission
from . import use_cases as uc
from .enums import CredentialKind
from .models import Credential, Issuer

router = Router(tags=["credentials"])


def _p(request: HttpRequest) -> Principal:
    return request.auth


class CheckOut(Schema):
    name: str = Field(description="format, registered (a partner credential that is not the one it registered), issuer_known, signature, not_expired or not_revoked")
    ok: bool
    checked: bool = Field(True, description="false when it could not be checked (e.g. the issuer and the dates of a credential whose "
                                            "signature fails); ok is then false too")
    reason: str = Field(description="in the language of the request (Dutch by default)")


class IdentityOut(Schema):
    type: str = Field(description="Open Badges identityType (e.g. emailAddress, name)")
    hashed: bool
    hash: str


class HolderOut(Schema):
    id: str = Field(description="credentialSubject.id: a random urn:uuid for the platform's credentials (no personal data)")
    binding: str = Field(description="none (only the random id), did (the holder's DID) or identity_hash (Open Badges identifier)")
    identities: list[IdentityOut]
    note: str = Field(description="what a valid credential proves about its presenter, and how to check that it is theirs")


class VerificationOut(Schema):
    valid: bool
    issuer_name: str | None = Field(None, description="the issuer, only when the credential is valid")
    claimed_issuer: str | None = Field(None, description="the registered issuer the credential names, confirmed only when valid")
    checks: list[CheckOut]
    credential: dict | None = Field(None, description="the decoded credential, only when valid (the claims of an invalid one say nothing)")
    holder: HolderOut | None = Field(None, description="only when valid: how the credential names its holder. A valid credential proves "
                                                        "what was issued to its holder, not that whoever presents it is that holder")


class IssuerOut(Schema):
    slug: str
    name: str
    kind: str
    did: str
    did_document: str
    active: bool


class CredentialOut(Schema):
    id: int
    uid: str
    person_id: int
    kind: str
    kind_label: str
    title: str
    skills: list[str]
    issuer: str
    issuer_did: str
    issued_at: dt.datetime
    valid_until: dt.datetime | None
    revoked_at: dt.datetime | None
    revoked_reason: str
    jwt: str = Field(description="the compact vc+jwt")


class IssueIn(Schema):
    person_id: int
    kind: CredentialKind
    title: str = Field(min_length=1, max_length=200)
    skills: list[str] = Field(default_factory=list, max_length=uc.MAX_SKILLS, description="ESCO skill URIs")
    description: str = Field("", max_length=2000)
    valid_until: dt.date | None = None
    evidence: dict | None = Field(None, description="name, description, narrative of the evidence (Open Badges Evidence)")
    issuer: str | None = Field(None, description="issuer slug; default: your organisation's (partner) or the platform's")


class RevokeIn(Schema):
    reason: str = Field(min_length=1, max_length=300)


def _out(c: Credential) -> dict:
    return {
        "id": c.pk, "uid": str(c.uid), "person_id": c.person_id, "kind": c.kind, "kind_label": str(c.get_kind_display()), "title": c.title,
        "skills": c.skills, "issuer": c.issuer.name, "issuer_did": c.issuer.did, "issued_at": c.issued_at, "valid_until": c.valid_until,
        "revoked_at": c.revoked_at, "revoked_reason": c.revoked_reason, "jwt": c.token,
    }


def _token_from(request: HttpRequest) -> str | None:
    """The credential in the body: JSON {"credential": "…"} or the compact JWT as plain text (application/vc+jwt)."""
    try:
        text = request.body.decode("utf-8-sig")  # a byte order mark is the encoding's, not the credential's
    except UnicodeDecodeError:
        return None
    if request.content_type == "application/json" or text.lstrip().startswith("{"):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):
            return None
        value = data.get("credential") if isinstance(data, dict) else None
        return value if isinstance(value, str) else None
    return text


@router.post("/verify", auth=None, response=VerificationOut,
             summary="Verify a credential (public): issuer known, signature, not expired, not revoked, each with its reason",
             openapi_extra={"requestBody": {"content": {"application/json": {"schema": {"type": "object", "properties": {"credential": {"type": "string"}}}},
                                                        "application/vc+jwt": {"schema": {"type": "string"}}}}})
@decorate_view(anonymous_heavy)  # anonymous callers: size cap, rate per client
def verify(request: HttpRequest) -> dict | HttpResponse:
    if len(request.body) > uc.MAX_TOKEN_CHARS * 2:
        return problem(request, 413, "Payload too large", _("Een digitaal bewijs is hoogstens enkele kilobytes groot."))
    token = _token_from(request)
    if token is None:
        return problem(request, 400, "Bad request", _('Stuur het digitale bewijs als tekst (application/vc+jwt) of als JSON {"credential": "…"}.'))
    return uc.verify(token).as_dict()


@router.get("/issuers", auth=None, response=list[IssuerOut], summary="The registered issuers and their DIDs (public)")
def issuers(request: HttpRequest) -> list:
    uc.platform_issuer()
    base = signing.public_url()
    return [{"slug": i.slug, "name": i.name, "kind": i.kind, "did": i.did, "active": i.active,
             "did_document": f"{base}/.well-known/did.json" if i.is_platform else f"{base}/issuers/{i.slug}/did.json"}
            for i in map(signing.current, Issuer.objects.all())]


@router.get("/me", response=list[CredentialOut], summary="My own credentials (citizen)")
def mine(request: HttpRequest) -> list:
    principal = _p(request)
    person = Person.objects.filter(pk=principal.user.person_id).first() if principal.user.person_id else None
    if person is None or not perms.is_own(principal, person.pk):
        raise NotFound(_("Aan deze account is geen persoon gekoppeld."))
    return [_out(c) for c in uc.credentials_of(person, viewer=principal, channel=Channel.API)]


@router.get("/persons/{person_id}", response=list[CredentialOut], summary="A person's credentials (the person, counsellors of their caseload, admin; logged)")
def of_person(request: HttpRequest, person_id: int) -> list:
    person = Person.objects.filter(pk=person_id).first()
    if person is None:  # the same answer as for a person outside one's access: the API does not tell which ids exist
        raise NotFound(uc.no_person_in_reach())
    return [_out(c) for c in uc.credentials_of(person, viewer=_p(request), channel=Channel.API)]


PLATFORM_API_KINDS = {CredentialKind.CERTIFIED_COMPETENCE, CredentialKind.TRAINING_COMPLETION}


@router.post("/issue", response={201: CredentialOut}, summary="Issue a credential (registered partner issuers for persons they have a link with; counsellors and admins as the platform)")
def issue(request: HttpRequest, payload: IssueIn) -> Status:
    principal = _p(request)
    if principal.role not in perms.ISSUING_ROLES:
        raise Forbidden(_("Uw rol geeft geen digitale bewijzen uit."))
    person = Person.objects.filter(pk=payload.person_id).first()
    if person is None or not perms.people_perms.can_view_person(principal, person.pk):
        raise NotFound(uc.no_person_in_reach())
    if payload.kind in uc.WORKFLOW_KINDS:
        message = _("Een %(kind)s ontstaat enkel uit de eigen procedure (beoordeling per vaardigheid), niet met een losse uitgifte.") % {
            "kind": CredentialKind(payload.kind).label.lower()}
        raise InvalidInput(message, [FieldError("kind", message)])
    if principal.role != Role.PARTNER and payload.kind not in PLATFORM_API_KINDS:
        # found by the browser walk: a counsellor typed in a "diploma" that then verified as a valid VDAB credential
        message = _("Als platform reikt u hier enkel gecertificeerde competenties en eigen opleidingen uit; een diploma komt van de school "
                    "of uit de diplomadatabank.")
        raise InvalidInput(message, [FieldError("kind", message)])
    issuer = uc.issuer_by_slug(payload.issuer) if payload.issuer else None
    made = uc.issue(person=person, kind=payload.kind, title=payload.title, skills=payload.skills, who=principal, issuer=issuer,
                    description=payload.description, valid_until=payload.valid_until, evidence=payload.evidence)
    return Status(201, _out(made))


class SubmitIn(Schema):
    person_id: int
    kind: CredentialKind
    credential: str = Field(min_length=1, max_length=uc.MAX_TOKEN_CHARS, description="the compact vc+jwt the partner signed itself")
    issuer: str | None = Field(None, description="issuer slug (administrators); default: your organisation's")


class StatusEntryIn(Schema):
    issuer: str | None = Field(None, description="issuer slug (administrators); default: your organisation's")


class StatusEntryOut(Schema):
    issuer: str = Field(description="the issuer's DID: put it in the credential's issuer.id")
    credentialStatus: dict = Field(description="put this object unchanged in the credential before signing it")


class KeyIn(Schema):
    jwk: dict = Field(description="a public Ed25519 JWK with its kid (never the private part)")


class DidDocumentIn(Schema):
    document: dict = Field(description="the partner's did:web DID document; its assertionMethod keys are registered")


class IssuerKeysOut(Schema):
    slug: str
    did: str
    keys: list[dict]


class KeyWithdrawalIn(Schema):
    reason: str = Field(..., min_length=5, max_length=500, description="why the key is withdrawn (for example: leaked)")


class KeyEventOut(Schema):
    kid: str
    x: str = Field(description="the Ed25519 public key (base64url) the event is about")
    action: str = Field(description="added, rotated (a new platform-kept key) or withdrawn")
    source: str = Field(description="jwk, did_document, custodial or registration ('' for a withdrawal)")
    at: dt.datetime
    role: str
    actor: str
    reason: str


def _keys_out(issuer: Issuer) -> dict:
    return {"slug": issuer.slug, "did": issuer.did, "keys": signing.issuer_jwks(issuer)}


@router.post("/status-entries", response={201: StatusEntryOut},
             summary="Reserve a place in your status list for a credential you sign yourself (registered partner issuers)")
def status_entry(request: HttpRequest, payload: StatusEntryIn) -> Status:
    return Status(201, submission.reserve_status(_p(request), payload.issuer))


@router.post("/submit", response={201: CredentialOut},
             summary="Submit a credential your organisation signed with its own registered key (verified on submission)")
def submit(request: HttpRequest, payload: SubmitIn) -> Status:
    principal = _p(request)
    if principal.role not in perms.ISSUING_ROLES:
        raise Forbidden(_("Uw rol geeft geen digitale bewijzen uit."))
    return Status(201, _out(submission.submit(principal, payload.person_id, payload.credential, payload.kind, payload.issuer)))


def _managed_issuer(request: HttpRequest, slug: str) -> Issuer:
    principal = _p(request)
    issuer = Issuer.objects.filter(slug=slug).first()
    # one answer for an unknown slug and another's issuer: nobody learns which issuers manage keys here
    if issuer is None or principal.role not in (Role.ADMIN, Role.PARTNER) or not partner_keys._may_manage_keys(principal, issuer):
        raise NotFound(_("Geen uitgever gevonden binnen uw toegang."))
    return issuer


@router.post("/issuers/{slug}/keys", response={201: IssuerKeysOut},
             summary="Register a public key of the partner's own infrastructure (a rotation: earlier keys stay valid)")
def add_key(request: HttpRequest, slug: str, payload: KeyIn) -> Status:
    return Status(201, _keys_out(partner_keys.register_key(_managed_issuer(request, slug), payload.jwk, _p(request))))


@router.post("/issuers/{slug}/keys/rotation", response={201: IssuerKeysOut},
             summary="A new key pair kept by the platform for this partner (earlier keys stay published)")
def rotate_key(request: HttpRequest, slug: str) -> Status:
    return Status(201, _keys_out(partner_keys.rotate_custodial(_managed_issuer(request, slug), _p(request))))


@router.post("/issuers/{slug}/keys/{kid}/withdrawal", response=IssuerKeysOut,
             summary="Withdraw a compromised key: no longer published; credentials signed with it no longer verify (audited)")
def withdraw_key(request: HttpRequest, slug: str, kid: str, payload: KeyWithdrawalIn) -> dict:
    return _keys_out(partner_keys.withdraw_key(_managed_issuer(request, slug), kid, payload.reason, _p(request)))


@router.get("/issuers/{slug}/keys/events", response=list[KeyEventOut],
            summary="Who added, rotated or withdrew which of the issuer's keys when (the issuer's managers)")
def key_events(request: HttpRequest, slug: str) -> list:
    return [{"kid": e.kid, "x": e.x, "action": e.action, "source": e.source, "at": e.at, "role": e.role, "actor": e.actor, "reason": e.reason}
            for e in partner_keys.key_events(_managed_issuer(request, slug), _p(request))]


@router.put("/issuers/{slug}/did-document", response=IssuerKeysOut,
            summary="Register the partner's did:web DID document: its assertion keys sign the partner's credentials")
def did_document(request: HttpRequest, slug: str, payload: DidDocumentIn) -> dict:
    return _keys_out(partner_keys.import_did_document(_managed_issuer(request, slug), payload.document, _p(request)))


@router.get("/{credential_id}", response=CredentialOut, summary="One credential (its holder, their counsellors, the issuing partner; logged)")
def detail(request: HttpRequest, credential_id: int) -> dict:
    return _out(uc.get_credential(_p(request), credential_id))


@router.get("/{credential_id}/jwt", summary="The credential as a compact JWT (application/vc+jwt)")
def as_jwt(request: HttpRequest, credential_id: int) -> HttpResponse:
    credential = uc.get_credential(_p(request), credential_id, "downloaden (JWT)")
    return HttpResponse(credential.token, content_type=signing.MEDIA_TYPE)


@router.get("/{credential_id}/elm", summary="The credential in the European Learning Model v3 (Europass, JSON-LD)")
def as_elm(request: HttpRequest, credential_id: int) -> HttpResponse:
    credential = uc.get_credential(_p(request), credential_id, "downloaden (ELM)")
    return JsonResponse(elm.to_elm(credential), content_type="application/ld+json", json_dumps_params={"ensure_ascii": False})


@router.post("/{credential_id}/revocation", response=CredentialOut, summary="Revoke a credential (its issuer: the partner, or counsellors and admins for the platform)")
def revoke(request: HttpRequest, credential_id: int, payload: RevokeIn) -> dict:
    principal = _p(request)
    credential = Credential.objects.select_related("issuer").filter(pk=credential_id).first()
    if credential is None or not (perms.can_see(principal, credential) or perms.can_revoke(principal, credential)):
        raise NotFound(_("Geen digitaal bewijs gevonden."))
    return _out(uc.revoke(credential, principal, payload.reason))
