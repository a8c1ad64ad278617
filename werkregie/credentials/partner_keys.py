"""A partner issuer's public keys: rotating the key the platform keeps for it, registering a key of the partner's own
infrastructure (a public JWK), or taking the keys from the partner's registered did:web DID document.

Every key stays published under its key id (`kid`) after a rotation: a credential signed with an earlier key keeps
verifying (the JWT header names the key id; signing.verification_key looks it up in `Issuer.public_jwks`). Only public
keys are accepted: a JWK with a private part ("d") is refused, so that no partner ever hands its secret to us."""

from __future__ import annotations

import base64
import re
import secrets

from django.db import transaction
from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import Conflict, FieldError, Forbidden, InvalidInput
from werkregie.workflows.services import Who

from . import perms, signing
from .models import Issuer, IssuerAlias

KID = re.compile(r"^[A-Za-z0-9._:-]{1,80}$")
MAX_KEYS = 50
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


def _add(issuer: Issuer, jwk: dict) -> Issuer:
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
        if len(keys) >= MAX_KEYS:
            raise InvalidInput(_("Deze uitgever heeft het hoogste aantal sleutels."), [FieldError("jwk", _("Te veel sleutels."))])
        current.public_jwks = keys + [jwk]
        current.save(update_fields=["public_jwks"])
    return current


def register_key(issuer: Issuer, jwk: object, who: Principal | Who) -> Issuer:
    """Register a public key of the partner's own infrastructure (the next key of a rotation, or its first)."""
    _check(who, issuer)
    return _add(issuer, public_jwk(jwk))


def rotate_custodial(issuer: Issuer, who: Principal | Who) -> Issuer:
    """A new key pair kept by the platform for this partner (a new key id); the earlier public keys stay published."""
    _check(who, issuer)
    with transaction.atomic():
        current = Issuer.objects.select_for_update().get(pk=issuer.pk)
        current.key_ref = secrets.token_hex(16)
        current.public_jwks = list(current.public_jwks) + [signing.partner_public_jwk(current)]
        current.save(update_fields=["key_ref", "public_jwks"])
    return current


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
            raise bad(_("Deze DID was vroeger van een uitgever; credentials onder die DID blijven van hem."))
        if issuer.credentials.exists() or issuer.status_reservations.exists():
            raise bad(_("Het DID-document hoort bij een andere DID dan die van de uitgever, die al credentials uitgaf."))
        if Issuer.objects.filter(did=did).exclude(pk=issuer.pk).exists():
            raise bad(_("Deze DID is al van een andere uitgever."))
    assertion = {m if isinstance(m, str) else m.get("id") for m in document.get("assertionMethod", []) if isinstance(m, (str, dict))}
    methods = [m for m in document.get("verificationMethod", []) if isinstance(m, dict)]
    methods += [m for m in document.get("assertionMethod", []) if isinstance(m, dict)]
    found = []
    for m in methods:
        method_id = m.get("id", "")
        if method_id.startswith("#"):
            method_id = did + method_id
        if method_id not in assertion and m.get("id") not in assertion:
            continue
        if not method_id.startswith(did + "#") or m.get("controller", did) != did or not isinstance(m.get("publicKeyJwk"), dict):
            continue
        jwk = dict(m["publicKeyJwk"], kid=method_id.split("#", 1)[1])
        found.append(public_jwk(jwk, f"did_document.verificationMethod.{method_id}"))
    if not found:
        raise bad(_("Het DID-document noemt geen Ed25519-sleutel (publicKeyJwk) om credentials mee te ondertekenen (assertionMethod)."))
    with transaction.atomic():
        current = Issuer.objects.select_for_update().get(pk=issuer.pk)
        if current.did != did:
            current.did = did
            current.save(update_fields=["did"])
    for jwk in found:
        current = _add(current, jwk)
    return current
