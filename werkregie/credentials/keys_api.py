"""/api/v1/keys: the platform's signing keys for the administrator (list, rotation). Thin: platform_keys decides; every
other role gets a 403 problem, also for a rotation whose body is not complete (the role is checked first)."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest
from ninja import Router, Schema, Status
from pydantic import Field

from . import platform_keys

router = Router(tags=["keys"])


class PlatformKeyOut(Schema):
    kid: str
    algorithm: str
    use: str = Field(description="sig: the key signs (credentials, access-log checkpoints, evidence bundles)")
    created: dt.datetime | None
    rotated_at: dt.datetime | None = Field(description="when the next key took over; null for the active key")
    active: bool
    published: bool = Field(description="listed in /.well-known/jwks.json and the did:web document")
    fingerprint: str = Field(description="RFC 7638 JWK thumbprint (SHA-256, base64url) of the public key")
    seal_not_after: dt.datetime | None = Field(description="end of the key's seal certificate (PAdES)")
    credentials_signed: int


class RotationIn(Schema):
    confirm: bool = Field(False, description="must be true: the rotation is confirmed")
    reason: str = Field("", max_length=500, description="why the key is renewed (at least 5 characters; kept in the audit)")


class RotationOut(Schema):
    key_id: str
    previous: str | None
    keys: list[PlatformKeyOut]


def _rows(request: HttpRequest) -> list[dict]:
    return [vars(k) for k in platform_keys.list_keys(request.auth)]


@router.get("", response=list[PlatformKeyOut], summary="The platform's signing keys, newest first (administrators; public facts only)")
def list_keys(request: HttpRequest) -> list[dict]:
    return _rows(request)


@router.post("/rotation", response={201: RotationOut},
             summary="Renew the platform's signing key (administrators; confirm and reason required; earlier keys stay published)")
def rotate(request: HttpRequest, payload: RotationIn) -> Status:
    done = platform_keys.rotate(request.auth, payload.reason, payload.confirm)
    return Status(201, {"key_id": done.kid, "previous": done.previous, "keys": _rows(request)})
