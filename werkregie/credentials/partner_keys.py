"""A partner issuer's public keys: rotating the key the platform keeps for it, registering a key of the partner's own
infrastructure (a public JWK), or taking the keys from the partner's registered did:web DID document.

Every key stays published under its key id (`kid`) after a rotation: a credential signed with an earlier key keeps
verifying (the JWT header names the key id; signing.verification_key looks it up in `Issuer.public_jwks`). Only public
keys are accepted: a JWK with a private part ("d") is refused, so that no partner ever hands its secret to us.

A key that is compromised (or was never used) is withdrawn: it is no longer published, credentials signed with it no
longer verify (the verifier is told the key was withdrawn and when), and it can never come back under any key id. The
key the platform signs with for the partner is withdrawn only after a rotation. Every addition, rotation and withdrawal
is recorded in IssuerKeyEvent (who, when, which key, why), in the same transaction; at most MAX_KEYS keys are
published, rotations included."""

from __future__ import annotations

import base64
import re
import secrets

from django.db import transaction
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput, NotFound
from werkregie.workflows.services import Who

from . import perms, signing
from .enums import KeyAction
from .models import Issuer, IssuerAlias, IssuerKeyEvent

KID = re.compile(r"^[A-Za-z0-9._:-]{1,80}$")
MAX_KEYS = 50
PLATFORM_KID_PREFIX = "wr-"  # werkregie.core.keys names the platform's keys wr-<date>-<hash>
PRIVATE_MEMBERS = {"d", "p", "q", "dp", "dq", "qi", "k"}


def _may_manage_keys(who: Principal | Who, issuer: Issuer) -> bool:
    """An administrator for any partner issuer; a partner for its own (rotating its keys is its own business)."""
    if not isinstance(who, Principal):
        return True
    if issuer.is_platform:
        return False
    if who.role == Role.PARTNER:
        return perms.may_issue_as(who, issuer)
    return perms.can_manage_issuers(who)


def _check(who: Principal | Who, issuer: Issuer) -> None:
    if not _may_manage_keys(who, issuer):
        raise Forbidden(_("U beheert de sleutels van deze uitgever niet."))


def public_jwk(jwk: object, where: str = "jwk") -> dict:
    """A clean public Ed25519 JWK (kty, crv, x, kid, use, alg) from what a partner sent, or InvalidInput naming why."""
    def bad(message: str) -> InvalidInput:
        return InvalidInput(_("De sleutel kan niet geregistreerd worden."), [FieldError(where, message)])

    if not isinstance(jwk, dict):
        raise bad(_("Een sleutel is een JWK-object (JSON)."))
    if PRIVATE_MEMBERS & set(jwk):
        raise bad(_("Dit is een privésleutel: registreer enkel de publieke sleutel (zonder \"d\") en houd de privésleutel zelf."))
    if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519":
        raise bad(_("Enkel Ed25519-sleutels (kty OKP, crv Ed25519; handtekening EdDSA) worden aanvaard."))
    kid = jwk.get("kid")
    if not isinstance(kid, str) or not KID.match(kid):
        raise bad(_("Geef de sleutel een kenmerk (kid) van 1 tot 80 letters, cijfers of . _ : -."))
    x = jwk.get("x")
    try:
        raw = base64.urlsafe_b64decode(str(x) + "=" * (-len(str(x)) % 4)) if isinstance(x, str) else b""
    except ValueError:
        raw = b""
    if len(raw) != 32 or base64.urlsafe_b64encode(raw).rstrip(b"=").decode() != x:
        raise bad(_("Het veld x is geen publieke Ed25519-sleutel (32 bytes, base64url)."))
    if jwk.get("use") not in (None, "sig") or jwk.get("alg") not in (None, "EdDSA", "Ed25519"):
        raise bad(_("De sleutel moet voor handtekeningen (use sig, alg EdDSA) dienen."))
    return {"kty": "OKP", "crv": "Ed25519", "x": x, "kid": kid, "use": "sig", "alg": "EdDSA"}


def _who(who: Principal | Who) -> Who:
    return Who.of(who) if isinstance(who, Principal) else who


def record(issuer: Issuer, jwk: dict, action: str, source: str, who: Principal | Who, reason: str = "") -> IssuerKeyEvent:
    """One line of the key audit (call inside the transaction that changes the keys)."""
    actor = _who(who)
    return IssuerKeyEvent.objects.create(issuer=issuer, kid=jwk["kid"], x=jwk["x"], action=action, source=source, at=clock.now(),
                                         user_id=actor.user_id, role=str(actor.role)[:20], actor=actor.label[:200], reason=reason[:500])


def _full(keys: list[dict], field: str) -> InvalidInput:
    message = _("Deze uitgever heeft al %(n)s sleutels, het hoogste aantal: trek eerst een oude sleutel in.") % {"n": MAX_KEYS}
    return InvalidInput(message, [FieldError(field, _("Te veel sleutels (hoogstens %(n)s).") % {"n": MAX_KEYS})])


def _kid_taken_elsewhere(issuer: Issuer, kid: str) -> bool:
    """A key id the platform signs with (wr-…) or another issuer's, now or ever (the key audit keeps withdrawn ones).
    Verification looks keys up per issuer, but a person or a tool reading `kid` must never take a partner's key for
    the platform's or another partner's (found by the attack of stop 30: a partner registered the platform's kid)."""
    from werkregie.core import keys as platform_keys

    if kid.startswith(PLATFORM_KID_PREFIX) or kid in platform_keys.all_kids():  # the prefix: the platform's next keys too
        return True
    if IssuerKeyEvent.objects.filter(kid=kid).exclude(issuer=issuer).exists():
        return True
    # keys published before the audit existed: the few issuers' lists, read in Python (SQLite has no JSON containment)
    return any(k.get("kid") == kid for jwks in Issuer.objects.exclude(pk=issuer.pk).values_list("public_jwks", flat=True) for k in jwks or [])


def _add(issuer: Issuer, jwk: dict, who: Principal | Who, source: str) -> Issuer:
    with transaction.atomic():
        current = Issuer.objects.select_for_update().get(pk=issuer.pk)
        keys = list(current.public_jwks)
        same = next((k for k in keys if k["kid"] == jwk["kid"]), None)
        if same is not None:
            if same["x"] == jwk["x"]:
                return current  # the same key again: idempotent
            raise Conflict(_("Deze uitgever heeft al een andere sleutel met dit kenmerk (kid); kies een nieuw kenmerk."))
        if any(k["x"] == jwk["x"] for k in keys):
            raise Conflict(_("Deze sleutel is al geregistreerd onder een ander kenmerk."))
        if _kid_taken_elsewhere(current, jwk["kid"]):
            raise Conflict(_("Dit kenmerk (kid) is al van het platform of van een andere uitgever; kies een eigen kenmerk."))
        withdrawn = current.key_events.filter(action=KeyAction.WITHDRAWN)
        if withdrawn.filter(x=jwk["x"]).exists() or withdrawn.filter(kid=jwk["kid"]).exists():
            raise Conflict(_("Deze sleutel of dit kenmerk werd ingetrokken en kan niet opnieuw gebruikt worden; maak een nieuwe sleutel."))
        if len(keys) >= MAX_KEYS:
            raise _full(keys, "jwk")
        current.public_jwks = keys + [jwk]
        current.save(update_fields=["public_jwks"])
        record(current, jwk, KeyAction.ADDED, source, who)
    return current


def register_key(issuer: Issuer, jwk: object, who: Principal | Who) -> Issuer:
    """Register a public key of the partner's own infrastructure (the next key of a rotation, or its first)."""
    _check(who, issuer)
    return _add(issuer, public_jwk(jwk), who, "jwk")


def rotate_custodial(issuer: Issuer, who: Principal | Who) -> Issuer:
    """A new key pair kept by the platform for this partner (a new key id); the earlier public keys stay published,
    within the limit of MAX_KEYS (a full issuer withdraws an old key first)."""
    _check(who, issuer)
    with transaction.atomic():
        current = Issuer.objects.select_for_update().get(pk=issuer.pk)
        if len(current.public_jwks) >= MAX_KEYS:
            raise _full(current.public_jwks, "rotation")
        current.key_ref = secrets.token_hex(16)
        jwk = signing.partner_public_jwk(current)
        current.public_jwks = list(current.public_jwks) + [jwk]
        current.save(update_fields=["key_ref", "public_jwks"])
        record(current, jwk, KeyAction.ROTATED, "custodial", who)
    return current


def withdraw_key(issuer: Issuer, kid: str, reason: str, who: Principal | Who) -> Issuer:
    """Withdraw a compromised (or unused) key: no longer published, credentials signed with it no longer verify."""
    _check(who, issuer)
    reason = (reason or "").strip()
    if len(reason) < 5:
        raise InvalidInput(_("Geef de reden van de intrekking (minstens 5 tekens)."), [FieldError("reason", _("Minstens 5 tekens."))])
    with transaction.atomic():
        current = Issuer.objects.select_for_update().get(pk=issuer.pk)
        jwk = next((k for k in current.public_jwks if k.get("kid") == kid), None)
        if jwk is None:
            earlier = current.key_events.filter(action=KeyAction.WITHDRAWN, kid=kid).first()
            if earlier is not None:
                raise Conflict(_("Deze sleutel werd al ingetrokken op %(day)s.") % {"day": earlier.at.astimezone(clock.BRUSSELS).strftime("%d/%m/%Y")})
            raise NotFound(_("Deze uitgever heeft geen sleutel met dit kenmerk."))
        if current.key_ref and signing.partner_public_jwk(current)["kid"] == kid:
            raise Conflict(_("Met deze sleutel ondertekent het platform nu voor u: vraag eerst een nieuwe sleutel (rotatie) en trek deze "
                             "daarna in."), [FieldError("kid", _("De sleutel die nu in gebruik is."))])
        current.public_jwks = [k for k in current.public_jwks if k.get("kid") != kid]
        current.save(update_fields=["public_jwks"])
        record(current, jwk, KeyAction.WITHDRAWN, "", who, reason)
    signing.forget_key(current, kid)
    return current


def key_events(issuer: Issuer, who: Principal | Who) -> list[IssuerKeyEvent]:
    """The audit of the issuer's keys, oldest first (for whoever manages them)."""
    _check(who, issuer)
    return list(issuer.key_events.select_related("user").order_by("at", "pk"))


def withdrawn_on(issuer: Issuer, kid: str):  # noqa: ANN201 - a datetime or None
    """When this key of the issuer was withdrawn (None when it never was): the verifier says so in words."""
    found = IssuerKeyEvent.objects.filter(issuer=issuer, kid=kid, action=KeyAction.WITHDRAWN).order_by("at").first()
    return found.at if found else None


def _listed_methods(document: dict) -> tuple[list[str | dict], list[dict]]:
    """(assertionMethod's entries, verificationMethod's objects), each checked for its type: a list of references (text)
    or of verification methods (objects) with a text `id`. Found by the attack on issue 13: `"assertionMethod": 5`,
    `"verificationMethod": 5`, a method whose `id` was 5 or [1] were a 500; now a 422 naming the field."""
    problems: list[FieldError] = []
    listed: dict[str, list] = {}
    for name, references in (("assertionMethod", True), ("verificationMethod", False)):
        value = document.get(name, [])
        if not isinstance(value, list):
            problems.append(FieldError(f"did_document.{name}", _("Een lijst verwacht.")))
            continue
        kept = []
        for n, item in enumerate(value):
            where = f"did_document.{name}[{n}]"
            if isinstance(item, str) and references:
                kept.append(item)
            elif not isinstance(item, dict):
                problems.append(FieldError(where, _("Een verwijzing (tekst) of een sleutelbeschrijving (object) verwacht.") if references
                                           else _("Een sleutelbeschrijving (object) verwacht.")))
            elif not isinstance(item.get("id"), str) or not item["id"]:
                problems.append(FieldError(f"{where}.id", _("Het kenmerk (id) van een sleutelbeschrijving is een tekst.")))
            elif "controller" in item and not isinstance(item["controller"], str):
                problems.append(FieldError(f"{where}.controller", _("De beheerder (controller) is een DID (tekst).")))
            else:
                kept.append(item)
        listed[name] = kept
    if problems:
        raise InvalidInput(_("Het DID-document kan niet gebruikt worden."), problems)
    return listed["assertionMethod"], listed["verificationMethod"]


def import_did_document(issuer: Issuer, document: object, who: Principal | Who) -> Issuer:
    """Take the partner's keys from its did:web DID document (as registered by the administrator: the platform does not
    fetch documents over the network). Its `id` must be the issuer's DID; every Ed25519 verification method listed
    under assertionMethod is registered under the key id after '#'. The DID of an issuer without credentials yet may
    change to the document's (a partner with a did:web on its own domain)."""
    _check(who, issuer)

    def bad(message: str) -> InvalidInput:
        return InvalidInput(_("Het DID-document kan niet gebruikt worden."), [FieldError("did_document", message)])

    if not isinstance(document, dict) or not isinstance(document.get("id"), str):
        raise bad(_("Een DID-document is een JSON-object met een id."))
    did = document["id"]
    if not re.match(r"^did:web:[A-Za-z0-9.%-]+(:[A-Za-z0-9._%-]+)*$", did) or len(did) > 300:
        raise bad(_("Enkel did:web wordt aanvaard."))
    if did != issuer.did:
        # a new identity is the administrator's to register (who checks that the partner controls that domain): a
        # partner's own token must not let it take a university's did:web, or one the platform was known by before
        if isinstance(who, Principal) and who.role != Role.ADMIN:
            raise Forbidden(_("Een andere DID registreren kan enkel de beheerder, die nagaat dat de partner dat domein beheert."))
        if IssuerAlias.objects.filter(did=did).exists():
            raise bad(_("Deze DID was vroeger van een uitgever; digitale bewijzen onder die DID blijven van hem."))
        if issuer.credentials.exists() or issuer.status_reservations.exists():
            raise bad(_("Het DID-document hoort bij een andere DID dan die van de uitgever, die al digitale bewijzen uitgaf."))
        if Issuer.objects.filter(did=did).exclude(pk=issuer.pk).exists():
            raise bad(_("Deze DID is al van een andere uitgever."))
    assertion_listed, methods = _listed_methods(document)
    assertion = {m if isinstance(m, str) else m["id"] for m in assertion_listed}
    methods += [m for m in assertion_listed if isinstance(m, dict)]
    found = []
    for m in methods:
        method_id = m["id"]
        if method_id.startswith("#"):
            method_id = did + method_id
        if method_id not in assertion and m["id"] not in assertion:
            continue
        if not method_id.startswith(did + "#") or m.get("controller", did) != did or not isinstance(m.get("publicKeyJwk"), dict):
            continue
        jwk = dict(m["publicKeyJwk"], kid=method_id.split("#", 1)[1])
        found.append(public_jwk(jwk, f"did_document.verificationMethod.{method_id}"))
    if not found:
        raise bad(_("Het DID-document noemt geen Ed25519-sleutel (publicKeyJwk) om digitale bewijzen mee te ondertekenen (assertionMethod)."))
    with transaction.atomic():
        current = Issuer.objects.select_for_update().get(pk=issuer.pk)
        if current.did != did:
            current.did = did
            current.save(update_fields=["did"])
    for jwk in found:
        current = _add(current, jwk, who, "did_document")
    return current
