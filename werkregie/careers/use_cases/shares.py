"""Sharing the competence passport: the person chooses credentials and makes a link with an expiry (at most the dated
`share_max_days`), which they can revoke. Anyone with the link sees the chosen credentials, each verified afresh, and
can download each one; every view and every download is logged in the person's access log ("who consulted my data").

The token is 32 random bytes (256 bits, unguessable); only its SHA-256 is stored, so the database cannot open links."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext as _

from werkregie.access.models import Channel
from werkregie.access.purposes import Purpose
from werkregie.access.services import Actor, record_access
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import DomainError, FieldError, Gone, InvalidInput, NotFound  # noqa: F401 - Gone: callers catch shares.Gone
from werkregie.core.text import one_line_problem
from werkregie.workflows.services import check_version

from ..models import PassportShare
from . import common, passport

SHARED_LINK_ROLE = "shared_link"  # the actor "role" of a link's visitor in the access log (shown in words to the person)
MAX_LABEL = 120


def token_hash(token: str) -> str:
    return hashlib.sha256((token or "").encode("utf-8")).hexdigest()


def max_days() -> int:
    return common.parameter("share_max_days", clock.today())


@dataclass
class Made:
    share: PassportShare
    token: str


def shareable(item: passport.Item) -> bool:
    """Neither revoked nor expired: a credential worth showing through a link."""
    return not item.revoked and (item.valid_until is None or item.valid_until > clock.now())


def create(principal: Principal, label: str, credential_ids: list[str], days: int) -> Made:
    person = common.own_person(principal)
    errors: list[FieldError] = []
    label = (label or "").strip()
    if not label:
        errors.append(FieldError("label", _("Zeg voor wie de link is (bv. de naam van de werkgever).")))
    elif len(label) > MAX_LABEL:
        errors.append(FieldError("label", _("Hoogstens %(n)s tekens.") % {"n": MAX_LABEL}))
    elif problem := one_line_problem(label):  # the rule for names: the label names the visitor in the person's access log
        errors.append(FieldError("label", problem))
    most = max_days()
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= most:
        errors.append(FieldError("days", _("Kies een geldigheid van 1 tot %(n)s dagen.") % {"n": most}))
    own = {c.id: c for c in passport.of_person(person)}
    chosen = list(dict.fromkeys(str(c) for c in (credential_ids or [])))
    if not chosen:
        errors.append(FieldError("credentials", _("Kies minstens één bewijs om te delen.")))
    elif any(c not in own for c in chosen):
        errors.append(FieldError("credentials", _("Kies enkel bewijzen uit uw eigen paspoort.")))
    elif unusable := [own[c].title for c in chosen if not shareable(own[c])]:
        # refused, not only warned: whoever opens the link would see nothing but "not valid" next to the person's name,
        # which helps nobody and may look like a false claim (attack of stop 30: the API shared a revoked credential)
        errors.append(FieldError("credentials", _("Een ingetrokken of verlopen bewijs kan niet gedeeld worden: %(titles)s.")
                                 % {"titles": ", ".join(unusable)}))
    if errors:
        raise InvalidInput(_("De link is niet gemaakt."), errors)
    token = secrets.token_urlsafe(32)
    now = clock.now()
    share = PassportShare.objects.create(person=person, label=label, token_hash=token_hash(token), credential_ids=chosen, created_at=now,
                                         expires_at=now + dt.timedelta(days=days))
    return Made(share, token)


def mine(principal: Principal) -> list[PassportShare]:
    person = common.own_person(principal)
    common.log_own_read(principal, person, "loopbaan: mijn gedeelde paspoortlinks")
    return list(PassportShare.objects.filter(person=person))


def revoke(principal: Principal, share_id: int, expected_version: int | None = None) -> PassportShare:
    person = common.own_person(principal)
    with transaction.atomic():
        share = PassportShare.objects.select_for_update().filter(pk=share_id, person=person).first()
        if share is None:
            raise NotFound(_("Geen gedeelde link met dit nummer."))
        if share.revoked_at is not None:
            # revoking again is what was asked: the link stays revoked, whatever version the caller saw (found by the
            # attack on issue 13: a second revocation, a retried request, answered 409 for a link that is revoked)
            return share
        check_version(share, expected_version)
        share.revoked_at = clock.now()
        share.version += 1
        share.save(update_fields=["revoked_at", "version"])
    return share


def state(share: PassportShare) -> str:
    if share.revoked_at is not None:
        return "revoked"
    return "expired" if share.expires_at <= clock.now() else "active"


@dataclass
class SharedView:
    share: PassportShare
    first_name: str
    items: list[passport.Checked]


def _find(token: str) -> PassportShare:
    share = PassportShare.objects.select_related("person").filter(token_hash=token_hash(token)).first()
    if share is None:
        raise NotFound(_("Deze link bestaat niet. Controleer of u de volledige link hebt overgenomen."))
    if share.revoked_at is not None:
        raise Gone(_("De persoon heeft deze link ingetrokken. Vraag een nieuwe link als u het paspoort nog wilt bekijken."))
    if share.expires_at <= clock.now():
        raise Gone(_("Deze link is verlopen op %(day)s. Vraag de persoon om een nieuwe link.")
                   % {"day": share.expires_at.astimezone(clock.BRUSSELS).strftime("%d/%m/%Y")})
    return share


def _log(share: PassportShare, what: str, channel: str, viewer: Principal | None) -> None:
    # a signed-in reader (a counsellor, an employer) is logged as themselves, so the person sees who it was; only an
    # anonymous visitor goes by the label the person gave the link (attack of stop 30: a counsellor was "Bakkerij X")
    visitor = viewer.actor() if viewer is not None else Actor(user_id=None, label=share.label, role=SHARED_LINK_ROLE)
    record_access(visitor, [share.person_id], what, Purpose.SHARED_PASSPORT, channel)


def _count(share: PassportShare) -> None:
    """One more read of the link, with its log line: a view of the page or the API and a download alike, so that the
    person's count ("Bekeken: 3 keer") is the number of reads of this link their access log lists (walk of issue 13:
    "2 keer" beside three reads, the download of a credential's .jwt not counted)."""
    PassportShare.objects.filter(pk=share.pk).update(views=F("views") + 1, last_viewed_at=clock.now())


def open_shared(token: str, channel: str = Channel.WEB, viewer: Principal | None = None) -> SharedView:
    """What a visitor of the link sees: the person's first name and the chosen credentials, each verified now. `viewer`:
    the visitor when signed in (logged under their own name)."""
    share = _find(token)
    wanted = set(share.credential_ids)
    items = [passport.check(c) for c in passport.of_person(share.person) if c.id in wanted]
    with transaction.atomic():
        _count(share)
        if items:  # which ones, as for a download (the API hands out each one's token): attack round 4
            _log(share, f"competentiepaspoort: gedeelde link bekeken (bewijzen: {_titles(items)})", channel, viewer)
        else:
            _log(share, "competentiepaspoort: gedeelde link bekeken (%d bewijzen)" % len(items), channel, viewer)
    return SharedView(share, share.person.first_name, items)


def _titles(items: list) -> str:
    """The titles of the credentials a link showed, as long as the log's line allows (200 characters in all)."""
    titles = "; ".join(" ".join(c.item.title.split())[:80] for c in items)
    return titles if len(titles) <= 140 else titles[:139] + "…"


def download(token: str, credential_id: str, channel: str = Channel.WEB, viewer: Principal | None = None) -> passport.Item:
    share = _find(token)
    if str(credential_id) not in set(share.credential_ids):
        raise NotFound(_("Dit bewijs hoort niet bij deze link."))
    found = next((c for c in passport.of_person(share.person) if c.id == str(credential_id)), None)
    if found is None:
        raise NotFound(_("Dit bewijs hoort niet bij deze link."))
    with transaction.atomic():
        _count(share)
        _log(share, f"competentiepaspoort: bewijs gedownload via gedeelde link ({found.title[:120]})", channel, viewer)
    return found
