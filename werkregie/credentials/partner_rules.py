"""The platform's issuing rules applied when a partner's credential is verified (use_cases.verify): a partner may sign
itself (submission.py), so its valid signature alone does not show that the rules were kept. The credential must hold
the one place of the issuer's status list the platform handed out for it, be of a kind the issuer may issue, and — once
kept — be the very credential the partner registered."""

from __future__ import annotations

from django.utils.translation import gettext as _

from . import statuslist
from . import use_cases as uc
from .enums import OB_ACHIEVEMENT_TYPE, CredentialKind
from .models import Credential, Issuer, StatusReservation, token_digest


def place_problem(payload: dict, issuer: Issuer, pending: bool) -> tuple[str, str | None, str | None]:
    """(what is wrong with the credential's place in its partner issuer's status list, the kind it was issued as, the
    SHA-256 of the credential kept for that place — None when none is kept).

    A partner may sign itself (submission.py), so its signature alone does not show the platform's rules were kept:
    the credential must hold the one place of the issuer's status list that the platform handed out for it (issued
    here, or reserved and then submitted: the kept credential with this id holds that place). Otherwise the issuer
    could leave it unrevocable (no status) or reuse another credential's place (found by the attack of stop 30).
    `pending`: the submission's own check, made before it takes the reserved place."""
    entries = payload.get("credentialStatus")
    if entries is None:
        return _("Een digitaal bewijs van een partner-uitgever staat in de statuslijst van die uitgever, zodat het ingetrokken kan worden; "
                 "dit digitale bewijs heeft geen statusvermelding."), None, None
    entries = entries if isinstance(entries, list) else [entries]
    places = []
    for entry in entries:
        where = statuslist.parse_url(str(entry.get("statusListCredential", ""))) if isinstance(entry, dict) else None
        if where and entry.get("statusPurpose") == "revocation":
            try:
                places.append((where[1], int(str(entry.get("statusListIndex")))))
            except ValueError:
                places.append((where[1], -1))
    if len(places) != 1:
        return _("Een digitaal bewijs van een partner-uitgever heeft precies één plaats in de statuslijst van die uitgever."), None, None
    list_id, index = places[0]
    taken = Credential.objects.filter(status_list_id=list_id, status_index=index).values_list("uid", "kind", "token_sha256").first()
    if taken is not None:
        if f"urn:uuid:{taken[0]}" != payload.get("id"):
            return _("Deze plaats in de statuslijst hoort bij een ander digitaal bewijs van de uitgever."), None, None
        return "", taken[1], taken[2]
    if pending and StatusReservation.objects.filter(issuer=issuer, status_list_id=list_id, status_index=index).exists():
        return "", None, None
    return _("De uitgever heeft dit digitale bewijs niet bij het platform ingediend: zijn plaats in de statuslijst is niet voor dit "
             "digitale bewijs gebruikt, dus kan de uitgever het niet intrekken."), None, None


def not_registered(issuer: Issuer) -> str:
    return _("Dit is niet het digitale bewijs dat %(name)s bij het platform registreerde: het draagt hetzelfde kenmerk en dezelfde "
             "plaats in de statuslijst, maar de inhoud verschilt (bijvoorbeeld een andere titel, houder, competenties of "
             "geldigheid). Enkel het geregistreerde digitale bewijs is geldig.") % {"name": issuer.name}


def kind_problem(payload: dict, issuer: Issuer, kind: str | None) -> str:
    """The issuing rules (ISSUES) for a partner's credential: what it says it is (its achievementType) and, once kept
    here, the kind it was issued or submitted as. A training provider signing a "Diploma" is refused on issuing; it must
    not verify either (found by the attack of stop 30)."""
    subject = payload.get("credentialSubject")
    achievement = subject.get("achievement") if isinstance(subject, dict) else None
    stated = achievement.get("achievementType") if isinstance(achievement, dict) else None
    allowed = uc.ISSUES.get(issuer.kind, set())
    if kind is not None:
        # an EVC result comes from the EVC procedure, which checked the partner's accreditation (see issue())
        if kind not in allowed and kind != CredentialKind.EVC_RESULT:
            return _("%(issuer)s reikt geen %(kind)s uit.") % {"issuer": issuer.get_kind_display(), "kind": CredentialKind(kind).label.lower()}
        if stated is not None and stated != OB_ACHIEVEMENT_TYPE[kind]:
            return _("Het digitale bewijs noemt zich %(stated)s, maar werd uitgereikt als %(kind)s.") % {
                "stated": str(stated)[:40], "kind": CredentialKind(kind).label.lower()}
        return ""
    if stated is None:
        return ""
    kinds = [k for k, t in OB_ACHIEVEMENT_TYPE.items() if t == stated]
    if not kinds:
        return _("%(issuer)s reikt geen digitale bewijzen van het type %(stated)s uit.") % {"issuer": issuer.get_kind_display(), "stated": str(stated)[:40]}
    if not any(k in allowed for k in kinds):
        return _("%(issuer)s reikt geen %(kind)s uit.") % {"issuer": issuer.get_kind_display(), "kind": CredentialKind(kinds[0]).label.lower()}
    return ""


def apply(checks: list[uc.Check], payload: dict, issuer: Issuer, pending: bool, token: str) -> None:
    """Apply the platform's issuing rules to a partner's signed credential (checks: issuer_known, signature, not_expired,
    not_revoked, all read; changed in place).

    The rules of the submission (submission.py: the kind, the issuer's name, known ESCO skills, ...) were checked for
    the credential the partner submitted, and only for that one: a partner credential verifies only when it IS the
    kept one (the digest of its compact JWS). Found by the attack on issue 13: the partner re-signed a submitted
    credential's id and credentialStatus with another title, holder, non-ESCO alignment, the name "VDAB – …" and a
    validity until 2099, and it verified."""
    place, kind, kept = place_problem(payload, issuer, pending)
    if place and checks[3].ok:
        checks[3] = uc.Check("not_revoked", False, place)
    if kept is not None and kept != token_digest(token):
        checks.insert(0, uc.Check("registered", False, not_registered(issuer)))
    wrong_kind = kind_problem(payload, issuer, kind)
    if wrong_kind:
        at = next(i for i, c in enumerate(checks) if c.name == "issuer_known")
        checks[at] = uc.Check("issuer_known", False, _("%(name)s mag dit digitale bewijs niet uitreiken: %(why)s") % {"name": issuer.name, "why": wrong_kind})
