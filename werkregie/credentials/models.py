"""Issuers, credentials and their revocation lists.

A credential is kept as the compact JWT that was handed out (the signed truth) plus the columns the platform needs to
list, find and revoke it. Revocation never changes the JWT: it sets the credential's bit in its issuer's Bitstring
Status List, which is published and itself signed."""

from __future__ import annotations

import hashlib
import uuid

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from .enums import CredentialKind, IssuerKind, KeyAction, StatusPurpose

STATUS_LIST_BITS = 131_072  # the spec's minimum size (16 KiB): herd privacy for whoever checks one credential


def token_digest(token: str) -> str:
    """The SHA-256 (hex) of a compact JWS as kept or presented: what verification compares to tell the credential the
    platform registered from another one signed later with the same id and status place."""
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


class Issuer(models.Model):
    """Who signs credentials: the platform itself (one row, its keys in werkregie.core.keys) or a partner registered by
    an administrator (a training provider, a school, an accredited assessor) with its own DID and key pair.

    Partner keys are custodial: the platform keeps each partner's private key under the key folder
    (keys.partner_key, never in the database) and signs when the partner asks through the API with its token. That
    is what a real public platform does for the many small training centres and schools that run no PKI of their own
    (the Europass EDC issuer works the same way; an HSM replaces the key folder in production). The partner's
    identity stays its own: its own did:web under the platform's domain, its own key, its own status list; the
    public keys are also kept here (`public_jwks`) so that verifying never needs a private key."""

    kind = models.CharField(_("soort"), max_length=20, choices=IssuerKind.choices)
    slug = models.SlugField(_("korte naam"), max_length=60, unique=True, help_text=_("Deel van de DID: did:web:<host>:issuers:<korte naam>"))
    name = models.CharField(_("naam"), max_length=200)
    organisation = models.ForeignKey("organisations.Organisation", null=True, blank=True, on_delete=models.PROTECT,
                                     related_name="credential_issuers", verbose_name=_("organisatie"))
    did = models.CharField(_("DID"), max_length=300, unique=True, editable=False)
    key_ref = models.CharField(max_length=40, blank=True, editable=False, verbose_name=_("sleutelreferentie"))
    public_jwks = models.JSONField(default=list, blank=True, editable=False, verbose_name=_("publieke sleutels (JWK)"))
    url = models.URLField(_("website"), blank=True)
    active = models.BooleanField(_("actief"), default=True, help_text=_("Een inactieve uitgever geeft niets meer uit; zijn digitale bewijzen blijven geldig."))
    registered_by = models.CharField(_("geregistreerd door"), max_length=200, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("aangemaakt op"))

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("uitgever van digitale bewijzen")
        verbose_name_plural = _("uitgevers van digitale bewijzen")
        constraints = [
            models.UniqueConstraint(fields=["kind"], condition=Q(kind="platform"), name="credentials_one_platform_issuer"),
            models.CheckConstraint(condition=Q(kind="platform") | ~Q(key_ref=""), name="credentials_partner_has_key"),
            models.UniqueConstraint(fields=["organisation"], condition=Q(organisation__isnull=False), name="credentials_one_issuer_per_org"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_platform(self) -> bool:
        return self.kind == IssuerKind.PLATFORM


class StatusList(models.Model):
    """One Bitstring Status List (W3C, v1.0) of an issuer: bit i set = the credential with index i is revoked."""

    issuer = models.ForeignKey(Issuer, on_delete=models.PROTECT, related_name="status_lists")
    purpose = models.CharField(max_length=20, choices=StatusPurpose.choices, default=StatusPurpose.REVOCATION)
    size = models.PositiveIntegerField(default=STATUS_LIST_BITS)
    bits = models.BinaryField(editable=False)
    used = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("statuslijst")
        verbose_name_plural = _("statuslijsten")
        ordering = ["issuer", "id"]
        constraints = [
            models.CheckConstraint(condition=Q(size__gte=STATUS_LIST_BITS), name="credentials_status_list_min_size"),
            models.CheckConstraint(condition=Q(used__lte=F("size")), name="credentials_status_list_not_overfull"),
        ]

    def __str__(self) -> str:
        return _("Statuslijst %(n)s van %(issuer)s") % {"n": self.pk, "issuer": self.issuer.name}

    def is_set(self, index: int) -> bool:
        data = bytes(self.bits)
        return bool(data[index // 8] & (0x80 >> (index % 8)))  # index 0 is the left-most bit (the spec)


class Credential(models.Model):
    """A verifiable credential issued to a person in the register."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False, verbose_name=_("identificatie"))
    subject_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False, verbose_name=_("pseudoniem van de houder"),
                                  help_text=_("credentialSubject.id (urn:uuid), één per digitaal bewijs: nooit het INSZ-nummer"))
    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="credentials", verbose_name=_("persoon"))
    issuer = models.ForeignKey(Issuer, on_delete=models.PROTECT, related_name="credentials", verbose_name=_("uitgever"))
    kind = models.CharField(_("soort"), max_length=30, choices=CredentialKind.choices)
    title = models.CharField(_("titel"), max_length=200)
    description = models.TextField(_("omschrijving"), blank=True)
    skills = models.JSONField(_("ESCO-vaardigheden"), default=list)
    issued_at = models.DateTimeField(_("uitgegeven op"))
    valid_until = models.DateTimeField(_("geldig tot"), null=True, blank=True)
    status_list = models.ForeignKey(StatusList, on_delete=models.PROTECT, related_name="credentials", verbose_name=_("statuslijst"))
    status_index = models.PositiveIntegerField(verbose_name=_("plaats in de statuslijst"))
    issued_by = models.CharField(max_length=200, blank=True, verbose_name=_("uitgereikt door"))
    revoked_at = models.DateTimeField(_("ingetrokken op"), null=True, blank=True)
    revoked_reason = models.CharField(_("reden van intrekking"), max_length=300, blank=True)
    revoked_by = models.CharField(max_length=200, blank=True, verbose_name=_("ingetrokken door"))
    token = models.TextField(editable=False, verbose_name=_("ondertekend digitaal bewijs (JWT)"))
    # the SHA-256 of `token`: a partner credential verifies only when it IS the one kept here (found by the attack on
    # issue 13: a partner re-signed a submitted credential's id and status place with another title, holder and skills)
    token_sha256 = models.CharField(max_length=64, blank=True, editable=False, verbose_name=_("SHA-256 van het ondertekende digitale bewijs"))

    class Meta:
        ordering = ["-issued_at", "-id"]
        verbose_name = _("digitaal bewijs")
        verbose_name_plural = _("digitale bewijzen")
        indexes = [models.Index(fields=["person", "-issued_at"], name="credential_person_issued")]
        constraints = [
            models.UniqueConstraint(fields=["status_list", "status_index"], name="credentials_one_index_per_credential"),
            models.CheckConstraint(condition=Q(revoked_at__isnull=True) | ~Q(revoked_reason=""), name="credentials_revocation_has_reason"),
            models.CheckConstraint(condition=Q(valid_until__isnull=True) | Q(valid_until__gt=F("issued_at")), name="credentials_valid_after_issue"),
        ]

    def __str__(self) -> str:
        return self.title

    def save(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        if self.token:
            self.token_sha256 = token_digest(self.token)
            if kwargs.get("update_fields") is not None and "token" in kwargs["update_fields"]:
                kwargs["update_fields"] = {*kwargs["update_fields"], "token_sha256"}
        super().save(*args, **kwargs)

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


class StatusReservation(models.Model):
    """An index of an issuer's status list handed to a partner that signs its credentials itself: the partner puts it
    in the credential's credentialStatus before signing, and the index is taken when the signed credential is
    submitted (then this row goes). A reserved index is never drawn for another credential."""

    issuer = models.ForeignKey(Issuer, on_delete=models.PROTECT, related_name="status_reservations")
    status_list = models.ForeignKey(StatusList, on_delete=models.PROTECT, related_name="reservations")
    status_index = models.PositiveIntegerField()
    reserved_at = models.DateTimeField()
    reserved_by = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("gereserveerde statusplaats")
        verbose_name_plural = _("gereserveerde statusplaatsen")
        ordering = ["reserved_at", "id"]
        constraints = [models.UniqueConstraint(fields=["status_list", "status_index"], name="credentials_one_reservation_per_index")]


class IssuerAlias(models.Model):
    """A DID an issuer was known by before the platform's public address changed (another host or port): credentials
    issued under it keep verifying, and the issuer's DID document names it in `alsoKnownAs`."""

    issuer = models.ForeignKey(Issuer, on_delete=models.CASCADE, related_name="aliases")
    did = models.CharField(max_length=300, unique=True)
    until = models.DateTimeField()

    class Meta:
        verbose_name = _("vroegere identiteit van een uitgever")
        verbose_name_plural = _("vroegere identiteiten van uitgevers")
        ordering = ["until", "id"]


class IssuerKeyEvent(models.Model):
    """The audit of a partner issuer's public keys: who added, rotated or withdrew which key (kid) when, and why.
    Append-only: written in the same transaction as the change of `Issuer.public_jwks`, never edited."""

    issuer = models.ForeignKey(Issuer, on_delete=models.PROTECT, related_name="key_events", verbose_name=_("uitgever"))
    kid = models.CharField(_("sleutelkenmerk (kid)"), max_length=80)
    x = models.CharField(_("publieke sleutel (x)"), max_length=64, help_text=_("Het x-veld van de Ed25519-sleutel (base64url)"))
    action = models.CharField(_("handeling"), max_length=10, choices=KeyAction.choices)
    source = models.CharField(_("bron"), max_length=20, blank=True, help_text=_("jwk, did_document, custodial, registration"))
    at = models.DateTimeField(_("tijdstip"))
    user = models.ForeignKey("accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("gebruiker"))
    role = models.CharField(_("rol"), max_length=20)
    actor = models.CharField(_("door"), max_length=200)
    reason = models.CharField(_("reden"), max_length=500, blank=True)

    class Meta:
        verbose_name = _("gebeurtenis van een uitgeverssleutel")
        verbose_name_plural = _("gebeurtenissen van uitgeverssleutels")
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["issuer", "kid"], name="credentials_key_event_kid")]
