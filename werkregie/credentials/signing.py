"""Issuer identities and VC-JOSE: DIDs (did:web), key ids, signing and checking compact JWTs (`typ: vc+jwt`, EdDSA).

The platform signs with its key from werkregie.core.keys (rotated with `werkregie keys rotate`; every earlier key id
stays published, so credentials signed before a rotation still verify). A partner signs with its own Ed25519 key
(keys.partner_key). The JWT header's `kid` is the DID URL of the verification method (`<did>#<key id>`), as VC-JOSE
asks; the JWKS at /.well-known/jwks.json carries the bare key ids, i.e. the part after `#`."""

from __future__ import annotations

import json
from urllib.parse import quote, urlsplit

from django.conf import settings
from joserfc import jws
from joserfc.errors import JoseError
from joserfc.jwk import OKPKey
from joserfc.jws import JWSRegistry

from werkregie.core import keys

from .models import Issuer, IssuerAlias

ALG = "EdDSA"
TYP = "vc+jwt"
MEDIA_TYPE = "application/vc+jwt"


class _Registry(JWSRegistry):
    """Only EdDSA, without joserfc's deprecation warning. RFC 9864 deprecates the polymorphic name "EdDSA" in favour of
    "Ed25519"; VC-JOSE-COSE, Open Badges 3.0 and the verifiers in use today (jwcrypto, PyJWT, wallets) still expect
    "EdDSA", and our keys are only ever Ed25519, so the name is not ambiguous here."""

    def get_alg(self, name: str):  # noqa: ANN201 - joserfc's JWSAlgModel
        if name == ALG:
            return self.algorithms[ALG]
        return super().get_alg(name)


REGISTRY = _Registry(algorithms=[ALG])


class BadToken(Exception):
    """Not a compact JWS we can read; `reason` says why in words."""


def public_url() -> str:
    return getattr(settings, "WERKREGIE_PUBLIC_URL", "http://127.0.0.1:8000").rstrip("/")


def did_host() -> str:
    """The did:web host part of the platform's public address (a port is percent-encoded, as did:web requires)."""
    return quote(urlsplit(public_url()).netloc, safe="")


def platform_did() -> str:
    return f"did:web:{did_host()}"


def partner_did(slug: str) -> str:
    return f"did:web:{did_host()}:issuers:{slug}"


def hosted(issuer: Issuer) -> bool:
    """The issuer's did:web lives on the platform's address (the platform, a partner under /issuers/<slug>), not on a
    partner's own domain."""
    return issuer.is_platform or issuer.did.endswith(f":issuers:{issuer.slug}")


def expected_did(issuer: Issuer) -> str:
    return platform_did() if issuer.is_platform else partner_did(issuer.slug)


def current(issuer: Issuer) -> Issuer:
    """The issuer under the platform's present public address (WERKREGIE_PUBLIC_URL, which `werkregie demo`/`serve` set
    to the address they serve). When the address changed since the issuer was made (another host or port), its DID
    follows and the earlier DID is kept as an alias: credentials issued under it still verify, and the DID document
    names it in alsoKnownAs. A partner's DID on its own domain never changes here."""
    if not hosted(issuer):
        return issuer
    wanted = expected_did(issuer)
    if issuer.did == wanted:
        return issuer
    from django.db import transaction

    from werkregie.core import clock

    with transaction.atomic():
        row = Issuer.objects.select_for_update().get(pk=issuer.pk)
        if row.did != wanted:
            IssuerAlias.objects.filter(did=wanted).delete()  # back at an earlier address: that DID is the current one again
            IssuerAlias.objects.get_or_create(did=row.did, defaults={"issuer": row, "until": clock.now()})
            Issuer.objects.filter(pk=row.pk).update(did=wanted)
    issuer.did = wanted
    return issuer


# --- keys per issuer ------------------------------------------------------------------------------------------------

_VERIFY_KEYS: dict[tuple[str, str, str], OKPKey] = {}


def signing_key(issuer: Issuer) -> tuple[str, OKPKey]:
    """(DID URL of the verification method, private key) the issuer signs with now."""
    if issuer.is_platform:
        kid = keys.current_kid_cached()
        private = keys.load(kid).ed25519
    else:
        kid, private = keys.partner_key(issuer.key_ref)
    return f"{issuer.did}#{kid}", OKPKey.import_key(private)


def partner_public_jwk(issuer: Issuer) -> dict:
    kid, private = keys.partner_key(issuer.key_ref)
    return keys.okp_jwk(private.public_key(), kid)


def issuer_jwks(issuer: Issuer) -> list[dict]:
    """Every public key of the issuer, current and earlier."""
    if issuer.is_platform:
        return [keys.public_jwk(kid) for kid in keys.all_kids()]
    return list(issuer.public_jwks)


def verification_key(issuer: Issuer, kid: str) -> OKPKey | None:
    """The public key with key id `kid` (the part after '#') of this issuer; None when it has no such key (or no longer:
    a withdrawn key is gone from `public_jwks`, which is checked before the cache, so no process keeps trusting it)."""
    if not issuer.is_platform and not any(k.get("kid") == kid for k in issuer.public_jwks):
        return None
    cache_key = (str(keys.key_dir()), issuer.did, kid)
    found = _VERIFY_KEYS.get(cache_key)
    if found is not None:
        return found
    if issuer.is_platform:
        try:
            found = OKPKey.import_key(keys.public_key(kid))
        except keys.KeyProblem:
            return None
    else:
        jwk = next((k for k in issuer.public_jwks if k.get("kid") == kid), None)
        if jwk is None:
            return None
        found = OKPKey.import_key({"kty": "OKP", "crv": "Ed25519", "x": jwk["x"]})
    _VERIFY_KEYS[cache_key] = found
    return found


def forget_key(issuer: Issuer, kid: str) -> None:
    """Drop a withdrawn key from this process's cache of verification keys."""
    _VERIFY_KEYS.pop((str(keys.key_dir()), issuer.did, kid), None)


def did_document(issuer: Issuer) -> dict:
    """The did:web DID document: one JsonWebKey2020 verification method per key id, all usable for assertions."""
    methods = []
    for jwk in issuer_jwks(issuer):
        public = {k: jwk[k] for k in ("kty", "crv", "x")}
        methods.append({"id": f"{issuer.did}#{jwk['kid']}", "type": "JsonWebKey2020", "controller": issuer.did, "publicKeyJwk": public})
    ids = [m["id"] for m in methods]
    doc = {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1"],
        "id": issuer.did, "verificationMethod": methods, "assertionMethod": ids, "authentication": ids,
    }
    former = list(issuer.aliases.values_list("did", flat=True))
    if former:
        doc["alsoKnownAs"] = former
    if issuer.url:
        doc["service"] = [{"id": f"{issuer.did}#website", "type": "LinkedDomains", "serviceEndpoint": issuer.url}]
    return doc


# --- compact JWS ----------------------------------------------------------------------------------------------------


def sign(issuer: Issuer, payload: dict, typ: str = TYP) -> str:
    kid, key = signing_key(issuer)
    body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"), sort_keys=False).encode()
    return jws.serialize_compact({"alg": ALG, "typ": typ, "cty": "vc", "kid": kid}, body, key, algorithms=[ALG], registry=REGISTRY)


def peek(token: str) -> tuple[dict, dict]:
    """(header, payload) of a compact JWS WITHOUT checking the signature: only to find out whom to ask for the key."""
    import base64

    def canonical(text: str) -> bytes:
        # base64url without padding and without stray trailing bits: otherwise several texts would carry the same bytes
        # (a changed last character could still "verify")
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        if base64.urlsafe_b64encode(raw).rstrip(b"=").decode() != text:
            raise ValueError("not canonical base64url")
        return raw

    def part(text: str) -> dict:
        value = json.loads(canonical(text))
        if not isinstance(value, dict):
            raise ValueError("not a JSON object")
        return value

    try:
        pieces = token.split(".")
        if len(pieces) != 3 or not all(pieces):
            raise ValueError("three parts expected")
        canonical(pieces[2])
        return part(pieces[0]), part(pieces[1])
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:  # binascii.Error and JSONDecodeError are ValueErrors
        raise BadToken(str(exc)) from None


def check_signature(token: str, key: OKPKey) -> bool:
    try:
        jws.deserialize_compact(token, key, algorithms=[ALG], registry=REGISTRY)
    except (JoseError, ValueError, TypeError):
        return False
    return True
