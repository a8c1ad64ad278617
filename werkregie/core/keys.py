"""The platform's one key module, for all its signatures (messages' evidence, the access log, credentials later).

Keys live outside the repository, in settings.KEY_DIR (env WERKREGIE_KEY_DIR, default <DATA_DIR>/keys), one folder per
key id:

    <KEY_DIR>/current                  the key id in use
    <KEY_DIR>/<kid>/ed25519.pem        Ed25519 private key: JWS (EdDSA) and detached signatures
    <KEY_DIR>/<kid>/seal.pem           RSA-3072 private key of the PAdES seal
    <KEY_DIR>/<kid>/seal.crt           its X.509 certificate, issued by the platform CA (production: an eSeal certificate from a QTSP)
    <KEY_DIR>/ca/ca.pem, ca.crt        the platform's own CA (RSA-3072, 20 years): issues the seal certificates; the trust root
                                       of `werkregie messages verify` (production: the QTSP's CA from the EU trusted list)
    <KEY_DIR>/tsa/                     the local test timestamping authority (demo and tests only; production uses WERKREGIE_TSA_URL)

`werkregie keys init` makes the first key, `werkregie keys rotate` a new one; old keys are kept so that everything
signed before still verifies. `ensure()` makes a key on first use when none exists (demo and tests).

Keyed hashes (HMAC-SHA256, `mac()`): a secret 32-byte key per key id and use, derived with HKDF from that key id's
Ed25519 private key, so it lives where the keys live and rotates with them; whoever only holds the database cannot
recompute them. The access log's chain uses it (each entry names its key id, so entries made before a rotation still
verify).
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
import hashlib
import hmac
import json
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ed25519, rsa
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID


class KeyProblem(Exception):
    """A key problem (missing, unknown key id, bad signature)."""


class BadSignature(KeyProblem):
    pass


def key_dir() -> Path:
    from django.conf import settings

    return Path(getattr(settings, "KEY_DIR", None) or Path(settings.DATA_DIR) / "keys")


def _write(path: Path, data: bytes) -> None:
    """Write through a temporary file and a rename, so that a reader (or a crash) never sees half a file: the key
    folder's "current" pointer in particular is either the old key id or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temporary, path)


def _now() -> dt.datetime:
    from werkregie.core import clock

    return clock.now().astimezone(dt.timezone.utc)


def _name(common_name: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COUNTRY_NAME, "BE"),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, "VDAB (werkregie)"),
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
    ])


def _certificate(key: rsa.RSAPrivateKey, common_name: str, *, issuer: tuple[rsa.RSAPrivateKey, x509.Certificate] | None = None,
                 tsa: bool = False, ca: bool = False, years: int = 10) -> x509.Certificate:
    """An X.509 certificate for `key`: issued by `issuer` (its key and certificate), self-signed without one."""
    name = _name(common_name)
    start = _now() - dt.timedelta(days=1)
    signing_key, issuer_name = (issuer[0], issuer[1].subject) if issuer else (key, name)
    builder = (
        x509.CertificateBuilder().subject_name(name).issuer_name(issuer_name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(start).not_valid_after(start + dt.timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.KeyUsage(digital_signature=not ca, content_commitment=not ca, key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, key_cert_sign=ca, crl_sign=ca, encipher_only=False, decipher_only=False), critical=True)
    )
    if issuer:
        builder = builder.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(signing_key.public_key()), critical=False)
    if tsa:
        builder = builder.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    return builder.sign(signing_key, hashes.SHA256())


def _self_signed(key: rsa.RSAPrivateKey, common_name: str, *, tsa: bool = False, years: int = 10) -> x509.Certificate:
    return _certificate(key, common_name, tsa=tsa, years=years)


CA_NAME = "werkregie platform CA"


def _ca() -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
    """The platform's own certification authority (<KEY_DIR>/ca/): made with the first key (`werkregie keys init`),
    kept when keys rotate; it issues the seal certificates, and verification trusts it. Production replaces it: the
    seal certificate is then a qualified eSeal certificate from a QTSP, and the trust root that QTSP's CA (EU trusted list)."""
    folder = key_dir() / "ca"
    if not (folder / "ca.pem").exists():
        key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
        cert = _certificate(key, CA_NAME, ca=True, years=20)
        _write(folder / "ca.pem", _pem_private(key))
        _write(folder / "ca.crt", cert.public_bytes(serialization.Encoding.PEM))
    return private_key((folder / "ca.pem").read_bytes()), x509.load_pem_x509_certificate((folder / "ca.crt").read_bytes())


def ca_certificate() -> x509.Certificate | None:
    """The platform CA's certificate, or None before the first key; its private key is not read (not needed to verify)."""
    folder = key_dir() / "ca"
    if not (folder / "ca.pem").exists():
        return None
    return x509.load_pem_x509_certificate((folder / "ca.crt").read_bytes())


@functools.lru_cache(maxsize=32)
def private_key(pem: bytes):  # noqa: ANN201 - an RSA or Ed25519 private key
    """A private key parsed from its PEM once per process: parsing an RSA key checks it (about 0.1 s of CPU for RSA-3072),
    and every sealed letter needs the seal and TSA keys. Keyed by the PEM's bytes: a rotated or remade key is parsed anew."""
    return serialization.load_pem_private_key(pem, password=None)


def _pem_private(key) -> bytes:  # noqa: ANN001
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())


def _new_kid(ed_key: ed25519.Ed25519PrivateKey) -> str:
    raw = ed_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return f"wr-{_now():%Y%m%d}-{hashlib.sha256(raw).hexdigest()[:12]}"


def _make_key(directory: Path) -> str:
    ed_key = ed25519.Ed25519PrivateKey.generate()
    kid = _new_kid(ed_key)
    seal = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    cert = _certificate(seal, f"werkregie platform seal {kid}", issuer=_ca())
    _write(directory / kid / "ed25519.pem", _pem_private(ed_key))
    _write(directory / kid / "seal.pem", _pem_private(seal))
    _write(directory / kid / "seal.crt", cert.public_bytes(serialization.Encoding.PEM))
    _write(directory / kid / "meta.json", json.dumps({"kid": kid, "created": _now().isoformat()}).encode())
    return kid


def current_kid() -> str | None:
    path = key_dir() / "current"
    return path.read_text().strip() if path.exists() else None


def init() -> tuple[str, bool]:
    """Make the first key if there is none. Returns (key id, made now)."""
    kid = current_kid()
    if kid:
        return kid, False
    directory = key_dir()
    kid = _make_key(directory)
    _write(directory / "current", kid.encode())
    _CURRENT.clear()
    return kid, True


def rotate() -> str:
    """Make a new key and use it from now on; the old ones stay for verification."""
    kid = prepare()
    use(kid)
    return kid


def prepare() -> str:
    """A new key, made but not in use yet (the first half of a rotation that is recorded elsewhere: see use, discard)."""
    return _make_key(key_dir())


def use(kid: str) -> None:
    """Sign with this key from now on (it must exist); the switch is one atomic rename of the "current" pointer."""
    directory = key_dir()
    if not (directory / kid / "ed25519.pem").exists():
        raise KeyProblem(f"unknown key id {kid!r} in {directory}")
    _write(directory / "current", kid.encode())
    _CURRENT.clear()


def discard(kid: str) -> None:
    """Remove a prepared key that was never used (a rotation whose record failed); a key in use is never removed."""
    if kid == current_kid():
        raise KeyProblem(f"key {kid!r} is in use")
    folder = key_dir() / kid
    if folder.is_dir():
        shutil.rmtree(folder)


def ensure() -> str:
    return init()[0]


def all_kids() -> list[str]:
    directory = key_dir()
    if not directory.exists():
        return []
    return sorted(p.name for p in directory.iterdir() if p.is_dir() and (p / "ed25519.pem").exists())


@dataclass(frozen=True)
class KeySet:
    kid: str
    ed25519: ed25519.Ed25519PrivateKey
    seal_key_pem: bytes
    seal_cert_pem: bytes

    @property
    def seal_cert(self) -> x509.Certificate:
        return x509.load_pem_x509_certificate(self.seal_cert_pem)


def load(kid: str | None = None) -> KeySet:
    kid = kid or ensure()
    folder = key_dir() / kid
    if not (folder / "ed25519.pem").exists():
        raise KeyProblem(f"unknown key id {kid!r} in {key_dir()}")
    ed = private_key((folder / "ed25519.pem").read_bytes())
    return KeySet(kid, ed, (folder / "seal.pem").read_bytes(), (folder / "seal.crt").read_bytes())


def certificates() -> list[x509.Certificate]:
    """The seal certificates of every key, current and rotated."""
    return [load(kid).seal_cert for kid in all_kids()]


def seal_trust_roots() -> list[x509.Certificate]:
    """What a platform seal is verified against: the platform CA, and the self-signed seal certificates of keys made
    before the CA existed (they still verify what they sealed)."""
    ca = ca_certificate()
    legacy = [c for c in certificates() if c.issuer == c.subject]
    return ([ca] if ca else []) + legacy


# --- keyed hashes (HMAC-SHA256) -------------------------------------------------------------------------------------

_MAC_KEYS: dict[tuple[str, str, str], bytes] = {}
_CURRENT: dict[str, tuple[float, str]] = {}
CURRENT_TTL_S = 1.0  # another process's rotation is seen within a second (entries made meanwhile use the old key: still valid)


def current_kid_cached() -> str:
    """The key id in use, for hot paths (each access-log append): read from `current` at most once a second per
    key folder; a rotation in this process is seen at once."""
    import time

    from django.conf import settings

    folder = str(getattr(settings, "KEY_DIR", None) or settings.DATA_DIR)
    found = _CURRENT.get(folder)
    now = time.monotonic()
    if found is None or now - found[0] > CURRENT_TTL_S:
        found = (now, current_kid() or ensure())
        _CURRENT[folder] = found
    return found[1]


def mac_key(kid: str, use: str) -> bytes:
    """The secret HMAC key of key id `kid` for one use (e.g. "access-log"): HKDF-SHA256 over its Ed25519 private key."""
    cache_key = (str(key_dir()), kid, use)
    found = _MAC_KEYS.get(cache_key)
    if found is None:
        raw = load(kid).ed25519.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
        found = HKDF(algorithm=hashes.SHA256(), length=32, salt=b"werkregie keyed hash v1", info=use.encode()).derive(raw)
        _MAC_KEYS[cache_key] = found
    return found


def mac(data: bytes, use: str, kid: str | None = None) -> tuple[str, str]:
    """(key id, hex HMAC-SHA256 of `data`) with the current key, or with key `kid` to check something made before."""
    kid = kid or current_kid_cached()
    return kid, hmac.new(mac_key(kid, use), data, hashlib.sha256).hexdigest()


def mac_matches(data: bytes, use: str, kid: str, expected: str) -> bool:
    """Whether `expected` is the keyed hash of `data` under key `kid` (constant time; False for an unknown key id)."""
    if not kid or kid not in all_kids():
        return False
    return hmac.compare_digest(mac(data, use, kid)[1], expected)


# --- JWS (RFC 7515, EdDSA / Ed25519) --------------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign_jws(payload: bytes, *, detached: bool = False, kid: str | None = None) -> str:
    """A compact JWS over `payload` with the current Ed25519 key (header alg EdDSA, kid). Detached: the payload part is
    left empty (RFC 7515 appendix F) and the verifier supplies it."""
    keys = load(kid)
    header = _b64(json.dumps({"alg": "EdDSA", "kid": keys.kid, "typ": "JOSE"}, separators=(",", ":")).encode())
    body = _b64(payload)
    signature = keys.ed25519.sign(f"{header}.{body}".encode())
    return f"{header}.{'' if detached else body}.{_b64(signature)}"


def verify_jws(token: str, payload: bytes | None = None) -> tuple[bytes, str]:
    """Check a compact JWS (give `payload` for a detached one). Returns (payload, key id); BadSignature otherwise."""
    try:
        header_b64, body_b64, sig_b64 = token.strip().split(".")
        header = json.loads(_unb64(header_b64))
    except (ValueError, json.JSONDecodeError) as exc:
        raise BadSignature("not a compact JWS") from exc
    if header.get("alg") != "EdDSA":
        raise BadSignature(f"unexpected algorithm {header.get('alg')!r}")
    if payload is None:
        payload = _unb64(body_b64)
    elif body_b64 and _unb64(body_b64) != payload:
        raise BadSignature("the JWS carries another payload")
    kid = str(header.get("kid", ""))
    if kid not in all_kids():
        raise BadSignature(f"unknown key id {kid!r}")
    public = load(kid).ed25519.public_key()
    try:
        public.verify(_unb64(sig_b64), f"{header_b64}.{_b64(payload)}".encode())
    except (InvalidSignature, ValueError) as exc:  # ValueError: a signature that is not even base64url (binascii.Error)
        raise BadSignature(f"signature does not match (key {kid})") from exc
    return payload, kid


def jwks() -> dict:
    """The public keys (JWK set), for whoever wants to verify the platform's signatures elsewhere."""
    found = []
    for kid in all_kids():
        raw = load(kid).ed25519.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        found.append({"kty": "OKP", "crv": "Ed25519", "x": _b64(raw), "kid": kid, "use": "sig", "alg": "EdDSA"})
    return {"keys": found}


def thumbprint(jwk: dict) -> str:
    """The RFC 7638 JWK thumbprint (SHA-256, base64url) of a public OKP key: its fingerprint, the same anywhere."""
    canonical = json.dumps({"crv": jwk["crv"], "kty": jwk["kty"], "x": jwk["x"]}, separators=(",", ":"), sort_keys=True)
    return _b64(hashlib.sha256(canonical.encode()).digest())


@dataclass(frozen=True)
class KeyInfo:
    """What may be shown of one platform key: public facts only, never private material."""

    kid: str
    created: dt.datetime | None
    public_jwk: dict
    fingerprint: str
    seal_not_after: dt.datetime | None


def _created(folder: Path) -> dt.datetime | None:
    meta = folder / "meta.json"
    try:
        return dt.datetime.fromisoformat(json.loads(meta.read_text())["created"])
    except (OSError, ValueError, KeyError):
        try:
            return dt.datetime.fromtimestamp((folder / "ed25519.pem").stat().st_mtime, dt.timezone.utc)
        except OSError:
            return None


def describe() -> list[KeyInfo]:
    """Every platform key, oldest first (by creation): its public JWK, RFC 7638 fingerprint and the end of its seal
    certificate. Reads the key folder; makes nothing."""
    found = []
    for kid in all_kids():
        folder = key_dir() / kid
        jwk = public_jwk(kid)
        try:
            seal_end = x509.load_pem_x509_certificate((folder / "seal.crt").read_bytes()).not_valid_after_utc
        except (OSError, ValueError):
            seal_end = None
        found.append(KeyInfo(kid, _created(folder), jwk, thumbprint(jwk), seal_end))
    epoch = dt.datetime.min.replace(tzinfo=dt.timezone.utc)
    return sorted(found, key=lambda k: (k.created or epoch, k.kid))


# --- the local test timestamping authority --------------------------------------------------------------------------


def test_tsa() -> tuple[bytes, bytes]:
    """(key PEM, certificate PEM) of the local test TSA, made on first use. Never for production: configure
    WERKREGIE_TSA_URL with a (qualified) timestamping authority there."""
    folder = key_dir() / "tsa"
    if not (folder / "tsa.crt").exists():
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = _self_signed(key, "werkregie TEST timestamping authority (not for production)", tsa=True)
        _write(folder / "tsa.pem", _pem_private(key))
        _write(folder / "tsa.crt", cert.public_bytes(serialization.Encoding.PEM))
    return (folder / "tsa.pem").read_bytes(), (folder / "tsa.crt").read_bytes()


# --- public keys by key id, and partner issuers' keys (verifiable credentials) -------------------------------------

_PUBLIC: dict[tuple[str, str], ed25519.Ed25519PublicKey] = {}


def public_key(kid: str) -> ed25519.Ed25519PublicKey:
    """The platform's Ed25519 public key of key id `kid` (KeyProblem when unknown). Cached: a key id never changes."""
    cache_key = (str(key_dir()), kid)
    found = _PUBLIC.get(cache_key)
    if found is None:
        if not kid or "/" in kid or kid not in all_kids():
            raise KeyProblem(f"unknown key id {kid!r}")
        found = _PUBLIC[cache_key] = load(kid).ed25519.public_key()
    return found


def public_jwk(kid: str) -> dict:
    """The public JWK of one platform key id (as in jwks())."""
    raw = public_key(kid).public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return {"kty": "OKP", "crv": "Ed25519", "x": _b64(raw), "kid": kid, "use": "sig", "alg": "EdDSA"}


def partner_key(ref: str) -> tuple[str, ed25519.Ed25519PrivateKey]:
    """(key id, Ed25519 private key) of a partner issuer of credentials, made on first use under
    <KEY_DIR>/issuers/<ref>/ (never in the database). `ref` is the issuer's random key reference, not a name: a
    removed issuer's folder can never be picked up by a later one. Only the public part leaves this module (the
    issuer's DID document)."""
    if not ref or not ref.replace("-", "").isalnum():
        raise KeyProblem(f"bad partner key reference {ref!r}")
    path = key_dir() / "issuers" / ref / "ed25519.pem"
    if not path.exists():
        _write(path, _pem_private(ed25519.Ed25519PrivateKey.generate()))
    key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return f"p-{hashlib.sha256(raw).hexdigest()[:12]}", key


def okp_jwk(public: ed25519.Ed25519PublicKey, kid: str) -> dict:
    """The public JWK (RFC 8037) of an Ed25519 public key."""
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return {"kty": "OKP", "crv": "Ed25519", "x": _b64(raw), "kid": kid, "use": "sig", "alg": "EdDSA"}
