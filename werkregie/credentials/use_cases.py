"""Use cases of verifiable credentials: issuing, listing, verifying, revoking, registering issuers.

Contract for other apps (careers, learning, training call these; keep the names):

    issue(*, person, kind, title, skills, who, issuer=None, description="", valid_until=None, evidence=None) -> Credential
    credentials_of(person, *, viewer=None) -> list[Credential]
    verify(token) -> Verification          (valid, checks [(name, ok, reason)], credential: the decoded payload when valid)
    revoke(credential, who, reason) -> Credential

`who` is a Principal (a person at a page or API: the permission rules apply, see perms.py) or a
werkregie.workflows.services.Who (a workflow or the platform acting on a decision already taken and checked by the
calling use case, e.g. the EVC workflow's "certify" transition): then no permission check is made here."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from werkregie.access.models import Channel
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.people.models import Person
from werkregie.workflows.services import Who

from . import competence_scope, partner_keys, partner_rules, perms, signing, statuslist, vc
from .enums import CredentialKind, IssuerKind, KeyAction
from .models import Credential, Issuer, IssuerAlias, StatusList

MAX_TOKEN_CHARS = 30_000  # a credential of ours is 2–6 kB; anything much larger is not one
MAX_SKILLS = 60
MAX_EVIDENCE_BYTES = 4_000
PLATFORM_SLUG = "vdab"


# --- issuers --------------------------------------------------------------------------------------------------------


def platform_issuer() -> Issuer:
    """The platform's own issuer row (made on first use; its keys are the platform's, werkregie.core.keys)."""
    found = Issuer.objects.filter(kind=IssuerKind.PLATFORM).first()
    if found is None:
        found, _made = Issuer.objects.get_or_create(
            kind=IssuerKind.PLATFORM,
            defaults={"slug": PLATFORM_SLUG, "name": "VDAB – Vlaamse Dienst voor Arbeidsbemiddeling en Beroepsopleiding",
                      "did": signing.platform_did(), "url": "https://www.vdab.be", "registered_by": "werkregie"},
        )
    return signing.current(found)


def register_issuer(*, name: str, slug: str, kind: str, who: Principal | Who, organisation=None, url: str = "") -> Issuer:  # noqa: ANN001
    """Register a partner issuer with its own did:web and a fresh key pair (administrators only)."""
    import secrets

    from django.utils.text import slugify

    if isinstance(who, Principal) and not perms.can_manage_issuers(who):
        raise Forbidden(_("Enkel een beheerder registreert uitgevers van digitale bewijzen."))
    errors = []
    if kind not in IssuerKind.values or kind == IssuerKind.PLATFORM:
        errors.append(FieldError("kind", _("Kies een soort partner-uitgever.")))
    slug = slugify(slug or name)[:60]
    if not slug or slug == PLATFORM_SLUG or Issuer.objects.filter(slug=slug).exists():
        errors.append(FieldError("slug", _("Deze korte naam is leeg of al in gebruik.")))
    if not (name or "").strip():
        errors.append(FieldError("name", _("Geef de naam van de uitgever.")))
    if organisation is not None and Issuer.objects.filter(organisation=organisation).exists():
        errors.append(FieldError("organisation", _("Deze organisatie heeft al een uitgever.")))
    if errors:
        raise InvalidInput(_("De uitgever kan niet geregistreerd worden."), errors)
    issuer = Issuer(kind=kind, slug=slug, name=name.strip(), organisation=organisation, url=url, did=signing.partner_did(slug),
                    key_ref=secrets.token_hex(16), registered_by=getattr(who, "label", "") if isinstance(who, Who) else who.user.label)
    issuer.public_jwks = [signing.partner_public_jwk(issuer)]
    with transaction.atomic():
        issuer.save()
        partner_keys.record(issuer, issuer.public_jwks[0], KeyAction.ADDED, "registration", who)
    return issuer


def issuer_by_slug(slug: str) -> Issuer:
    found = Issuer.objects.filter(slug=slug).first()
    if found is None:
        raise NotFound(_("Onbekende uitgever."))
    return found


# --- issuing --------------------------------------------------------------------------------------------------------


def _label(who: Principal | Who) -> str:
    return who.user.label if isinstance(who, Principal) else who.label


def _end_of(value: dt.date | dt.datetime) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=clock.BRUSSELS)
    return dt.datetime.combine(value, dt.time(23, 59, 59), clock.BRUSSELS)


def _checked(kind: str, title: str, skills: list[str], description: str, valid_until, evidence, now: dt.datetime):  # noqa: ANN001, ANN202
    errors = []
    if kind not in CredentialKind.values:
        errors.append(FieldError("kind", _("Onbekende soort digitaal bewijs.")))
    title = (title or "").strip()
    if not title or len(title) > 200:
        errors.append(FieldError("title", _("Geef een titel van hoogstens 200 tekens.")))
    if not isinstance(skills, (list, tuple)) or len(skills) > MAX_SKILLS:
        errors.append(FieldError("skills", _("Geef hoogstens %(n)d ESCO-vaardigheden.") % {"n": MAX_SKILLS}))
        skills = []
    skills = list(dict.fromkeys(str(s).strip() for s in skills))
    unknown = [s for s in skills if not vc.known_skill(s)]
    if unknown:
        errors.append(FieldError("skills", _("Geen ESCO-vaardigheid: %(uris)s") % {"uris": ", ".join(unknown[:5])}))
    if len(description or "") > 2000:
        errors.append(FieldError("description", _("De omschrijving is te lang (hoogstens 2000 tekens).")))
    until = None
    if valid_until is not None:
        until = _end_of(valid_until)
        if until <= now:
            errors.append(FieldError("valid_until", _("De einddatum van de geldigheid moet in de toekomst liggen.")))
    if evidence is not None:
        if not isinstance(evidence, dict) or len(json.dumps(evidence, default=str)) > MAX_EVIDENCE_BYTES:
            errors.append(FieldError("evidence", _("Het bewijs is een klein object met naam, omschrijving of narratief.")))
    if errors:
        raise InvalidInput(_("Het digitale bewijs kan niet uitgegeven worden."), errors)
    return title, skills, until


# Which issuer attests what: a school its diplomas and courses; a training provider its courses (and competences it
# tested); an accredited assessor EVC results; the platform (VDAB) all of them through its own procedures.
ISSUES = {
    # the platform also records diplomas taken over from the diploma database (LED) by its own processes; through the open
    # API a counsellor issues only what it assessed itself (api.PLATFORM_API_KINDS)
    IssuerKind.PLATFORM: set(CredentialKind),
    IssuerKind.TRAINING_PROVIDER: {CredentialKind.TRAINING_COMPLETION, CredentialKind.CERTIFIED_COMPETENCE},
    IssuerKind.SCHOOL: {CredentialKind.DIPLOMA, CredentialKind.TRAINING_COMPLETION},
    IssuerKind.ASSESSOR: {CredentialKind.EVC_RESULT, CredentialKind.CERTIFIED_COMPETENCE},
}
# a competence visa or an EVC result is the outcome of its own procedure (an assessment per skill), never typed in
# through the open issuing API
WORKFLOW_KINDS = {CredentialKind.COMPETENCE_VISA, CredentialKind.EVC_RESULT}
NEEDS_SKILLS = {CredentialKind.CERTIFIED_COMPETENCE, CredentialKind.COMPETENCE_VISA, CredentialKind.EVC_RESULT}


def issue(*, person: Person, kind: str, title: str, skills: list[str], who: Principal | Who, issuer: Issuer | None = None,
          description: str = "", valid_until: dt.date | dt.datetime | None = None, evidence: dict | None = None) -> Credential:
    """Issue a credential to `person`, signed as `issuer` (default: the partner's own issuer for a partner, the
    platform otherwise). Returns the saved Credential; its `token` is the compact vc+jwt."""
    principal = who if isinstance(who, Principal) else None
    if issuer is None:
        issuer = perms.own_issuer(principal) if principal is not None and principal.role == Role.PARTNER else platform_issuer()
        if issuer is None:
            raise Forbidden(_("Uw organisatie is niet geregistreerd als uitgever van digitale bewijzen."))
    if principal is not None and not perms.can_issue(principal, person.pk, issuer):
        raise Forbidden(_("U mag geen digitaal bewijs uitgeven aan deze persoon namens deze uitgever."))
    if not issuer.active:
        raise InvalidInput(_("Deze uitgever is niet meer actief."), [FieldError("issuer", _("Deze uitgever is niet meer actief."))])
    # an EVC result comes only from the EVC procedure (careers), which checked the assessing partner's accreditation: then
    # any registered partner signs its own result, whatever kind of organisation it is otherwise
    by_procedure = kind == CredentialKind.EVC_RESULT and principal is None and not issuer.is_platform
    if kind in CredentialKind.values and kind not in ISSUES.get(issuer.kind, ()) and not by_procedure:
        message = _("%(issuer)s reikt geen %(kind)s uit.") % {"issuer": issuer.get_kind_display(), "kind": CredentialKind(kind).label.lower()}
        raise InvalidInput(message, [FieldError("kind", message)])
    if kind in NEEDS_SKILLS and not skills:
        message = _("Noem de ESCO-vaardigheden die dit digitale bewijs bevestigt.")
        raise InvalidInput(message, [FieldError("skills", message)])
    if person.merged_into_id is not None:
        raise InvalidInput(_("Deze persoon is samengevoegd met een andere inschrijving."), [FieldError("person", _("Samengevoegde inschrijving."))])
    now = clock.now().replace(microsecond=0)
    title, skills, until = _checked(kind, title, skills, description, valid_until, evidence, now)
    if kind == CredentialKind.CERTIFIED_COMPETENCE:
        competence_scope.check(issuer, skills)
    issuer = signing.current(issuer)
    for attempt in range(3):
        try:
            with transaction.atomic():
                status_list, index = statuslist.allocate(issuer)
                credential = Credential(person=person, issuer=issuer, kind=kind, title=title, description=(description or "").strip(),
                                        skills=skills, issued_at=now, valid_until=until, status_list=status_list, status_index=index,
                                        issued_by=_label(who)[:200])
                credential.token = signing.sign(issuer, vc.payload(credential, evidence))
                credential.save()
            return credential
        except IntegrityError:
            # two issues drew the same free index at once (SQLite has no row lock to serialise them): draw again
            if attempt == 2:
                raise
    raise AssertionError("unreachable")


# --- reading --------------------------------------------------------------------------------------------------------


def no_person_in_reach() -> str:
    """One answer for a person id that does not exist and one outside the reader's access: nobody learns which ids exist."""
    return _("Geen persoon gevonden binnen uw toegang.")


def credentials_of(person: Person, *, viewer: Principal | None = None, channel: str = Channel.WEB, purpose: str | None = None) -> list[Credential]:
    """The person's credentials, newest first. With a `viewer`, the permission rules apply and the read is logged."""
    if viewer is not None:
        if not perms.can_list(viewer, person.pk):
            raise NotFound(no_person_in_reach())
        record_access(viewer.actor(), [person.pk], "digitale bewijzen: competentiepaspoort", purpose or perms.purpose(viewer, person.pk), channel)
    return list(Credential.objects.filter(person=person).select_related("issuer", "status_list"))


def get_credential(principal: Principal, credential_id: int, what: str = "ingezien", channel: str = Channel.API) -> Credential:
    """One credential for someone who may see it (404 otherwise, whether or not it exists); the read is logged."""
    credential = Credential.objects.select_related("issuer", "person", "status_list").filter(pk=credential_id).first()
    if credential is None or not perms.can_see(principal, credential):
        raise NotFound(_("Geen digitaal bewijs gevonden."))
    record_access(principal.actor(), [credential.person_id], f"digitaal bewijs: {what} {credential.pk}", perms.purpose(principal, credential.person_id), channel)
    return credential


# --- revoking -------------------------------------------------------------------------------------------------------


def revoke(credential: Credential, who: Principal | Who, reason: str) -> Credential:
    """Revoke: set its bit in the issuer's status list (published at once) and record when, why and by whom."""
    if isinstance(who, Principal) and not perms.can_revoke(who, credential):
        raise Forbidden(_("U mag dit digitale bewijs niet intrekken."))
    reason = (reason or "").strip()
    if not reason or len(reason) > 300:
        raise InvalidInput(_("Geef een reden van hoogstens 300 tekens."), [FieldError("reason", _("Geef een reden van hoogstens 300 tekens."))])
    with transaction.atomic():
        current = Credential.objects.select_for_update().get(pk=credential.pk)
        if current.revoked_at is not None:
            raise Conflict(_("Dit digitale bewijs is al ingetrokken."))
        statuslist.set_bit(current.status_list_id, current.status_index)
        current.revoked_at, current.revoked_reason, current.revoked_by = clock.now(), reason, _label(who)[:200]
        current.save(update_fields=["revoked_at", "revoked_reason", "revoked_by"])
    return current


# --- verifying ------------------------------------------------------------------------------------------------------


class Check(NamedTuple):
    name: str  # format | registered | issuer_known | signature | not_expired | not_revoked
    ok: bool
    reason: str
    checked: bool = True  # False: it could not be checked (ok is then False too; the reason says why not)


def _not_checked(name: str, reason: str) -> Check:
    return Check(name, False, reason, checked=False)


@dataclass
class Verification:
    valid: bool
    checks: list[Check] = field(default_factory=list)
    credential: dict | None = None  # the decoded credential: only when valid (a forged one's claims say nothing)
    issuer_name: str = ""  # the issuer, only when valid
    claimed_issuer: str = ""  # the registered issuer the credential names, confirmed or not
    holder: dict | None = None  # only when valid: how the credential names its holder and how to tie that to a presenter

    def as_dict(self) -> dict:
        return {"valid": self.valid, "issuer_name": self.issuer_name or None, "claimed_issuer": self.claimed_issuer or None,
                "checks": [{"name": c.name, "ok": c.ok, "checked": c.checked, "reason": c.reason} for c in self.checks], "credential": self.credential,
                "holder": self.holder}


CHECK_NAMES = ("issuer_known", "signature", "not_expired", "not_revoked")


def _unreadable(reason: str) -> Verification:
    not_checked = _("Het digitale bewijs kon niet gelezen worden.")
    return Verification(False, [Check("format", False, reason)] + [_not_checked(n, not_checked) for n in CHECK_NAMES])


def clean_token(text: str) -> str:
    """The compact JWT in what was pasted, uploaded or posted: without surrounding white space nor a byte order mark
    (an editor on Windows saves a .jwt with one; found by the attack of stop 30)."""
    return text.strip().lstrip("\ufeff").strip()


def unreadable_dates() -> str:
    return _("De geldigheidsdatums van het digitale bewijs zijn onleesbaar of liggen buiten het bereik van de kalender.")


def _time(value: object) -> dt.datetime:
    if not isinstance(value, str):
        raise ValueError("not a date-time string")
    at = dt.datetime.fromisoformat(value)
    if at.tzinfo is None:
        raise ValueError("no time zone")
    return at


def _status_list_ids(payload: dict) -> list[int]:
    """The ids of the platform's status lists the credential points at (unchecked: only to fetch them with the issuer)."""
    entries = payload.get("credentialStatus")
    entries = entries if isinstance(entries, list) else [entries]
    found = [statuslist.parse_url(str(e.get("statusListCredential", ""))) for e in entries[:4] if isinstance(e, dict)]
    return [where[1] for where in found if where]


def _key_of_another_issuer() -> str:
    return _("De sleutel hoort niet bij de uitgever die het digitale bewijs noemt.")


def _names_no_issuer() -> str:
    return _("Het digitale bewijs noemt geen uitgever of sleutel.")


def _unchecked_signature(issuer_check: Check) -> Check:
    """The signature when no registered issuer's key can check it: why not, in the issuer check's own terms (a key of
    another issuer read "De uitgever is onbekend." beside "the key does not belong to the named issuer": walk of issue 13)."""
    if issuer_check.reason == _key_of_another_issuer():
        return _not_checked("signature", _("Niet gecontroleerd: de sleutel hoort niet bij de uitgever die het digitale bewijs noemt."))
    if issuer_check.reason == _names_no_issuer():
        return _not_checked("signature", _("Niet gecontroleerd: het digitale bewijs noemt geen uitgever of sleutel."))
    return _not_checked("signature", _("De uitgever is onbekend."))


def _issuer_check(header: dict, payload: dict, lists: dict[int, StatusList]) -> tuple[Issuer | None, str, Check]:
    """The registered issuer the credential names (and whose key signed it). Its status lists come in the same query
    (into `lists`): one round trip to the database per verification instead of two."""
    issuer_id = payload.get("issuer")
    if isinstance(issuer_id, dict):
        issuer_id = issuer_id.get("id")
    kid = header.get("kid")
    if not isinstance(issuer_id, str) or not isinstance(kid, str) or "#" not in kid:
        return None, "", Check("issuer_known", False, _names_no_issuer())
    did, _sep, key_id = kid.partition("#")
    issuer = None
    ids = _status_list_ids(payload)
    if ids:
        for found in StatusList.objects.select_related("issuer").filter(pk__in=ids, issuer__did=issuer_id[:300]):
            lists[found.pk], issuer = found, found.issuer
    if issuer is None:
        issuer = Issuer.objects.filter(did=issuer_id[:300]).first()
    if issuer is None:  # a DID the issuer had before the platform's address changed
        alias = IssuerAlias.objects.select_related("issuer").filter(did=issuer_id[:300]).first()
        issuer = alias.issuer if alias else None
    if issuer is None:
        return None, "", Check("issuer_known", False, _("De uitgever is niet bij het platform geregistreerd."))
    if did != issuer_id:
        return None, "", Check("issuer_known", False, _key_of_another_issuer())
    if "iss" in payload and payload["iss"] != issuer_id:
        # found by the attack on issue 13: a partner's credential with `iss` the platform's DID verified; a JOSE
        # library trusts `iss`, a credential reader issuer.id: they must be one issuer
        return issuer, key_id, Check("issuer_known", False, _("De JWT noemt een andere uitgever (iss) dan het digitale bewijs (issuer.id)."))
    return issuer, key_id, Check("issuer_known", True, _("Uitgegeven door %(name)s.") % {"name": issuer.name})


def _expiry_check(payload: dict, now: dt.datetime) -> Check:
    try:
        # in Brussels time at once: a moment at the calendar's edge (9999-12-31T23:59:59Z, 0001-01-01T00:00+01:00) has no
        # Brussels (or UTC) time, so it can be neither compared nor shown: out of range, not a crash (attack of stop 30)
        start = _time(payload.get("validFrom")).astimezone(clock.BRUSSELS)
        end = _time(payload["validUntil"]).astimezone(clock.BRUSSELS) if "validUntil" in payload else None
    except (ValueError, TypeError, OverflowError):
        return Check("not_expired", False, unreadable_dates())
    jwt_problem = _jwt_time_problem(payload, start, end, now)
    if jwt_problem:
        return Check("not_expired", False, jwt_problem)
    if start > now:
        return Check("not_expired", False, _("Het digitale bewijs is nog niet geldig (geldig vanaf %(d)s).") % {"d": f"{start:%d/%m/%Y}"})
    if end is not None and end <= now:
        return Check("not_expired", False, _expired(end))
    if end is None:
        return Check("not_expired", True, _("Het digitale bewijs heeft geen einddatum."))
    return Check("not_expired", True, _("Geldig tot en met %(d)s.") % {"d": f"{vc.last_valid_day(end):%d/%m/%Y}"})


def _expired(end: dt.datetime) -> str:
    """In the passport's words: the last day it held (validUntil is the first moment it no longer does)."""
    return _("Het digitale bewijs was geldig tot en met %(d)s en is verlopen.") % {"d": f"{vc.last_valid_day(end):%d/%m/%Y}"}


def _jwt_time(payload: dict, claim: str) -> dt.datetime | None:
    """A JWT NumericDate claim (RFC 7519 §2: seconds since the epoch) in Brussels time; None when absent."""
    if claim not in payload:
        return None
    value = payload[claim]
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"{claim} is not a NumericDate")
    return dt.datetime.fromtimestamp(value, dt.timezone.utc).astimezone(clock.BRUSSELS)


def _jwt_time_problem(payload: dict, start: dt.datetime, end: dt.datetime | None, now: dt.datetime) -> str:
    """What is wrong with the JWT's own `exp` and `nbf` (found by the attack on issue 13: a credential whose `exp` had
    passed still verified, where an independent JOSE library refuses it). They must hold now, and agree with
    validUntil and validFrom when the credential has both: one credential, one validity period."""
    try:
        expires, not_before = _jwt_time(payload, "exp"), _jwt_time(payload, "nbf")
    except (ValueError, TypeError, OverflowError, OSError):
        return unreadable_dates()
    if expires is not None and expires <= now:
        return _expired(expires)
    if not_before is not None and not_before > now:
        return _("Het digitale bewijs is nog niet geldig (geldig vanaf %(d)s).") % {"d": f"{not_before:%d/%m/%Y}"}
    if expires is not None and end is not None and abs(expires.timestamp() - end.timestamp()) >= 1:
        return _("De vervaldatum van de JWT (exp, %(exp)s) verschilt van die van het digitale bewijs (validUntil, %(until)s).") % {
            "exp": f"{expires:%d/%m/%Y %H:%M:%S}", "until": f"{end:%d/%m/%Y %H:%M:%S}"}
    if not_before is not None and abs(not_before.timestamp() - start.timestamp()) >= 1:
        return _("Het begin van de JWT (nbf, %(nbf)s) verschilt van dat van het digitale bewijs (validFrom, %(start)s).") % {
            "nbf": f"{not_before:%d/%m/%Y %H:%M:%S}", "start": f"{start:%d/%m/%Y %H:%M:%S}"}
    return ""


def _contradiction(payload: dict) -> str:
    """The JWT's registered claims that repeat the credential (VC-JOSE) must say the same: `sub` its subject's id,
    `jti` its id (found by the attack on issue 13: a `sub` naming someone else was accepted and verified)."""
    subject = payload.get("credentialSubject")
    subject_id = subject.get("id") if isinstance(subject, dict) else None
    if "sub" in payload and payload["sub"] != subject_id:
        return _("Het digitale bewijs spreekt zichzelf tegen: de JWT noemt een ander subject (sub) dan credentialSubject.id.")
    if "jti" in payload and payload["jti"] != payload.get("id"):
        return _("Het digitale bewijs spreekt zichzelf tegen: de JWT heeft een ander kenmerk (jti) dan het digitale bewijs (id).")
    return ""


def _revocation_check(payload: dict, issuer: Issuer, lists: dict[int, StatusList]) -> Check:
    entries = payload.get("credentialStatus")
    if entries is None:
        return Check("not_revoked", True, _("Het digitale bewijs kan niet ingetrokken worden (geen statuslijst)."))
    entries = entries if isinstance(entries, list) else [entries]
    revocation = [e for e in entries if isinstance(e, dict) and e.get("statusPurpose") == "revocation"]
    if not revocation or len(entries) > 4:
        return Check("not_revoked", False, _("De statusvermelding van het digitale bewijs is onleesbaar."))
    for entry in revocation:
        where = statuslist.parse_url(str(entry.get("statusListCredential", "")))
        try:
            index = int(str(entry.get("statusListIndex", "")))
        except ValueError:
            index = -1
        status_list = None
        if where and where[0] == issuer.slug:
            status_list = lists.get(where[1]) or StatusList.objects.filter(pk=where[1], issuer=issuer).first()
        if status_list is not None and status_list.issuer_id != issuer.pk:
            status_list = None
        if status_list is None or not 0 <= index < status_list.size:
            return Check("not_revoked", False, _("De intrekkingslijst van het digitale bewijs is onbekend."))
        if status_list.is_set(index):
            return Check("not_revoked", False, _revoked(status_list, index))
    return Check("not_revoked", True, _("Niet ingetrokken."))


def _revoked(status_list: StatusList, index: int) -> str:
    """When the credential at this place of the list was revoked (the record kept here: issued here or submitted); a
    place without one says only that it is revoked. Never why: verification is public (anyone holding the token, a
    shared link's reader) and the reason is free text that can name people or allegations (attack round 4, M2); the
    holder and the issuer's staff read it on the credential itself (Credential.revoked_reason)."""
    revoked_at = Credential.objects.filter(status_list=status_list, status_index=index).values_list("revoked_at", flat=True).first()
    if revoked_at is None:
        return _("Het digitale bewijs is ingetrokken door de uitgever.")
    return _("Het digitale bewijs is op %(day)s ingetrokken door de uitgever.") % {"day": f"{revoked_at.astimezone(clock.BRUSSELS):%d/%m/%Y}"}


def verify(token: str, *, pending: bool = False) -> Verification:
    """Check a compact vc+jwt: issuer known (and allowed to issue it), signature, validity period, revocation. Never
    raises on bad input. `pending`: only for the submission of a partner's self-signed credential (see _place_problem)."""
    if not isinstance(token, str):
        return _unreadable(_("Geen digitaal bewijs ontvangen."))
    token = clean_token(token)
    if not token:
        return _unreadable(_("Geen digitaal bewijs ontvangen."))
    if len(token) > MAX_TOKEN_CHARS:
        return _unreadable(_("Dit is te groot voor een digitaal bewijs."))
    try:
        header, payload = signing.peek(token)
    except signing.BadToken:
        return _unreadable(_("Dit is geen ondertekend digitaal bewijs (compacte JWT) of het is beschadigd."))
    if header.get("alg") != signing.ALG or header.get("typ") not in (signing.TYP, "vc+ld+jwt"):
        return _unreadable(_("Dit is geen verifieerbaar digitaal bewijs van een bekend type (vc+jwt, EdDSA)."))
    kinds = payload.get("type")
    if not isinstance(kinds, list) or "OpenBadgeCredential" not in kinds:
        # an issuer's signed status list (or any other credential it signs) is not an attestation about a person
        return _unreadable(_("Dit is geen digitaal bewijs over competenties of opleidingen (maar bijvoorbeeld de statuslijst van een uitgever)."))
    lists: dict[int, StatusList] = {}
    issuer, key_id, issuer_check = _issuer_check(header, payload, lists)
    checks = [issuer_check]
    if issuer is None:
        signature = _unchecked_signature(issuer_check)
    else:
        key = signing.verification_key(issuer, key_id)
        withdrawn = partner_keys.withdrawn_on(issuer, key_id) if key is None and not issuer.is_platform else None
        if withdrawn is not None:
            signature = Check("signature", False, _("De uitgever heeft de sleutel waarmee dit digitale bewijs ondertekend is, ingetrokken op "
                                                    "%(day)s (bijvoorbeeld omdat ze gelekt was): het digitale bewijs is niet meer geldig.") % {
                "day": withdrawn.astimezone(clock.BRUSSELS).strftime("%d/%m/%Y")})
        elif key is None:
            signature = Check("signature", False, _("De uitgever heeft geen sleutel met dit kenmerk."))
        elif signing.check_signature(token, key):
            signature = Check("signature", True, _("De handtekening klopt: niets is gewijzigd sinds de uitgifte."))
        else:
            signature = Check("signature", False, _("De handtekening klopt niet: het digitale bewijs is gewijzigd of met een andere sleutel ondertekend."))
    checks.append(signature)
    if not signature.ok:
        if issuer is not None:
            # whatever the issuer check concluded from the content (an `iss` other than issuer.id included) is drawn from
            # unsigned claims: not checked, like the other checks (re-attack of issue 13)
            # found by the attack: a forged token naming VDAB read "bekende uitgever: in orde — uitgegeven door VDAB"
            # the named issuer is registered, but that it issued this credential is not confirmed: not checked (the
            # walk of issue 13 still read a green "In orde: bekende uitgever" on a forged credential)
            checks[0] = _not_checked("issuer_known", _("Het digitale bewijs noemt %(name)s als uitgever (geregistreerd); zonder geldige "
                                                       "handtekening is niet bevestigd dat het van hen komt.") % {"name": issuer.name})
        reason = _("Zonder geldige handtekening zegt de inhoud niets.")
        checks += [_not_checked("not_expired", reason), _not_checked("not_revoked", reason)]
    else:
        checks += [_expiry_check(payload, clock.now()), _revocation_check(payload, issuer, lists)]
        if not issuer.is_platform:
            partner_rules.apply(checks, payload, issuer, pending, token)
        contradiction = _contradiction(payload)
        if contradiction:
            checks.insert(0, Check("format", False, contradiction))
    valid = all(c.ok for c in checks)
    claimed = issuer.name if issuer else ""
    return Verification(valid, checks, payload if valid else None, claimed if valid else "", claimed, vc.holder(payload) if valid else None)
