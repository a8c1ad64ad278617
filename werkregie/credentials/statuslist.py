"""Bitstring Status List v1.0 (W3C Recommendation, 2025): allocating a credential's index, setting its bit, and the
signed status list credential that anyone can fetch to see whether a credential was revoked.

Indexes are drawn at random among the free ones (the spec's advice): consecutive indexes would tell a verifier in
which order, and so roughly when, credentials were issued. The encoded list is the GZIP-compressed bitstring in
base64url without padding, with the multibase prefix "u"; bit 0 is the left-most bit of the first byte."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import re
import secrets
from urllib.parse import urlsplit

from django.db import transaction

from werkregie.core import clock

from . import signing
from .enums import StatusPurpose
from .models import STATUS_LIST_BITS, Issuer, StatusList

PATH = re.compile(r"^/credentials/status/(?P<slug>[-a-zA-Z0-9_]+)/(?P<list_id>[0-9]{1,18})$")
TTL = dt.timedelta(days=1)  # how long a verifier may cache the list (validUntil of the status list credential)


def encode(bits: bytes) -> str:
    return "u" + base64.urlsafe_b64encode(gzip.compress(bits, mtime=0)).rstrip(b"=").decode()


def decode(encoded: str) -> bytes:
    """The bitstring of an encodedList (ValueError when it is not one)."""
    if not encoded.startswith("u"):
        raise ValueError("encodedList must be multibase base64url (prefix 'u')")
    text = encoded[1:]
    return gzip.decompress(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))


def bit(bits: bytes, index: int) -> bool:
    return bool(bits[index // 8] & (0x80 >> (index % 8)))


def url(status_list: StatusList) -> str:
    return f"{signing.public_url()}/credentials/status/{status_list.issuer.slug}/{status_list.pk}"


def parse_url(value: str) -> tuple[str, int] | None:
    """(issuer slug, list id) of one of the platform's status list URLs, else None."""
    try:
        found = PATH.match(urlsplit(value).path)
    except (ValueError, TypeError):
        return None
    return (found["slug"], int(found["list_id"])) if found else None


def allocate(issuer: Issuer) -> tuple[StatusList, int]:
    """A free index in the issuer's open revocation list (a new list when it is full). Call inside a transaction:
    the list's row stays locked until the credential holding the index is saved."""
    status_list = (StatusList.objects.select_for_update().filter(issuer=issuer, purpose=StatusPurpose.REVOCATION)
                   .order_by("-id").first())
    if status_list is None or status_list.used >= status_list.size:
        status_list = StatusList.objects.create(issuer=issuer, purpose=StatusPurpose.REVOCATION, size=STATUS_LIST_BITS,
                                                bits=bytes(STATUS_LIST_BITS // 8))
        status_list = StatusList.objects.select_for_update().get(pk=status_list.pk)
    taken = None
    if status_list.used > status_list.size // 2:
        taken = set(status_list.credentials.values_list("status_index", flat=True))
        taken |= set(status_list.reservations.values_list("status_index", flat=True))
    while True:
        index = secrets.randbelow(status_list.size)
        if taken is not None:
            if index in taken:
                continue
            break
        if not status_list.credentials.filter(status_index=index).exists() and not status_list.reservations.filter(status_index=index).exists():
            break
    StatusList.objects.filter(pk=status_list.pk).update(used=status_list.used + 1)
    return status_list, index


def set_bit(status_list_id: int, index: int) -> None:
    with transaction.atomic():
        status_list = StatusList.objects.select_for_update().get(pk=status_list_id)
        data = bytearray(bytes(status_list.bits))
        data[index // 8] |= 0x80 >> (index % 8)
        status_list.bits = bytes(data)
        status_list.save(update_fields=["bits", "updated_at"])


def credential(status_list: StatusList) -> str:
    """The signed BitstringStatusListCredential (a compact vc+jwt), fresh: valid for TTL from now."""
    now = clock.now().astimezone(dt.timezone.utc).replace(microsecond=0)
    signing.current(status_list.issuer)
    list_url = url(status_list)
    payload = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": status_list.issuer.did,
        "validFrom": now.isoformat().replace("+00:00", "Z"),
        "validUntil": (now + TTL).isoformat().replace("+00:00", "Z"),
        "credentialSubject": {
            "id": f"{list_url}#list", "type": "BitstringStatusList", "statusPurpose": status_list.purpose,
            "encodedList": encode(bytes(status_list.bits)), "ttl": int(TTL.total_seconds() * 1000),
        },
        "iss": status_list.issuer.did, "iat": int(now.timestamp()), "exp": int((now + TTL).timestamp()),
    }
    return signing.sign(status_list.issuer, payload)
