"""The platform's own signing keys (werkregie.core.keys: the access log's checkpoints and keyed hashes, the messages'
evidence bundles, the verifiable credentials): the administrator's list and the rotation, one use case for the page,
the API and `werkregie keys rotate`.

The list shows public facts only (key id, algorithm, use, created, rotated at, active, published in the JWKS, the
RFC 7638 fingerprint of the public key, the end of the seal certificate) and how many credentials each key signed
(one grouped query over the credentials' JWT headers). A rotation makes a new key and uses it from then on; every
earlier key stays published, so whatever it signed keeps verifying. Who rotated when and why is recorded in the key
audit of the platform's issuer (IssuerKeyEvent, action "rotated", source "platform"), in the same transaction that
holds the issuer's row, so two rotations at once are made one after the other; the new key is switched on last inside
that transaction and switched back if it does not commit, so no rotation is in use without its record, nor recorded
without being in use."""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass

from django.db import transaction
from django.db.models import Count, Value
from django.db.models.functions import Left, StrIndex
from django.utils.translation import gettext as _

from werkregie.accounts.principal import Principal
from werkregie.core import keys
from werkregie.core.errors import FieldError, Forbidden, InvalidInput
from werkregie.workflows.services import Who

from . import perms
from . import use_cases as uc
from .enums import IssuerKind, KeyAction
from .models import Credential, Issuer, IssuerKeyEvent
from .partner_keys import record

ALGORITHM = "EdDSA (Ed25519)"
USE = "sig"
SOURCE = "platform"
MIN_REASON = 5


@dataclass(frozen=True)
class PlatformKey:
    kid: str
    algorithm: str
    use: str
    created: dt.datetime | None
    rotated_at: dt.datetime | None  # when the next key took over (None for the active key)
    active: bool
    published: bool
    fingerprint: str
    seal_not_after: dt.datetime | None
    credentials_signed: int


@dataclass(frozen=True)
class Rotation:
    kid: str
    previous: str | None
    event: IssuerKeyEvent


def _check(who: Principal | Who) -> None:
    """Only an administrator manages the platform's keys (the command line acts as one)."""
    if isinstance(who, Principal) and not perms.can_manage_issuers(who):
        raise Forbidden(_("Enkel een beheerder beheert de sleutels van het platform."))


def _kid_of(header_b64: str) -> str:
    try:
        header = json.loads(base64.urlsafe_b64decode(header_b64 + "=" * (-len(header_b64) % 4)))
    except ValueError:
        return ""
    kid = header.get("kid", "") if isinstance(header, dict) else ""
    return str(kid).rsplit("#", 1)[-1]


def credentials_per_key(issuer: Issuer) -> dict[str, int]:
    """How many credentials each platform key signed: the platform's JWT headers differ only by key id (and by the DID
    when the address changed), so a grouped count over the header part is a handful of rows."""
    header = Left("token", StrIndex("token", Value(".")) - 1)
    counts: dict[str, int] = {}
    for row in Credential.objects.filter(issuer=issuer).annotate(header=header).values("header").annotate(n=Count("id")):
        kid = _kid_of(row["header"] or "")
        counts[kid] = counts.get(kid, 0) + row["n"]
    return counts


def list_keys(who: Principal | Who) -> list[PlatformKey]:
    """The platform's keys, newest first."""
    _check(who)
    described = keys.describe()
    current = keys.current_kid()
    published = {k["kid"] for k in keys.jwks()["keys"]}
    signed = credentials_per_key(uc.platform_issuer()) if described else {}
    found = []
    for i, info in enumerate(described):
        following = described[i + 1] if i + 1 < len(described) else None
        found.append(PlatformKey(
            kid=info.kid, algorithm=ALGORITHM, use=USE, created=info.created,
            rotated_at=following.created if following and info.kid != current else None, active=info.kid == current,
            published=info.kid in published, fingerprint=info.fingerprint, seal_not_after=info.seal_not_after,
            credentials_signed=signed.get(info.kid, 0),
        ))
    return found[::-1]


def events(who: Principal | Who) -> list[IssuerKeyEvent]:
    """The rotations of the platform's keys, newest first."""
    _check(who)
    return list(IssuerKeyEvent.objects.filter(issuer__kind=IssuerKind.PLATFORM, source=SOURCE).order_by("-at", "-pk"))


def rotate(who: Principal | Who, reason: str, confirmed: bool) -> Rotation:
    """Make a new platform key and use it from now on (confirmed, with a reason); earlier keys stay published."""
    _check(who)
    reason = (reason or "").strip()
    errors = []
    if not confirmed:
        errors.append(FieldError("confirm", _("Bevestig dat u de sleutel wilt vernieuwen.")))
    if len(reason) < MIN_REASON:
        errors.append(FieldError("reason", _("Geef de reden (minstens %(n)s tekens).") % {"n": MIN_REASON}))
    if errors:
        raise InvalidInput(_("De sleutel werd niet vernieuwd."), errors)
    issuer = uc.platform_issuer()
    kid = keys.prepare()  # made, not in use: a failure below leaves the platform on its current key
    previous = None
    try:
        with transaction.atomic():
            issuer = Issuer.objects.select_for_update().get(pk=issuer.pk)
            previous = keys.current_kid()
            event = record(issuer, keys.public_jwk(kid), KeyAction.ROTATED, SOURCE, who, reason)
            # The switch is the last step inside the transaction: if the record cannot be committed, the switch is
            # undone below, so a rotation is either recorded and in use, or neither.
            keys.use(kid)
    except BaseException:
        if previous and keys.current_kid() == kid:
            keys.use(previous)
        keys.discard(kid)
        raise
    return Rotation(kid, previous, event)
