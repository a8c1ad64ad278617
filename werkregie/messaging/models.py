"""The one outbox: every message to a citizen, with the exact text sent, its SHA-256, the channel, and the times of
creation, dispatch, delivery, deemed notification and first opening. The attempts per channel are kept beside it."""

from __future__ import annotations

import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _

from werkregie.workflows.models import WorkflowModel

from .enums import Channel


def content_bytes(subject: str, body: str) -> bytes:
    """The exact content whose SHA-256 is stored: the subject, an empty line, the body, in UTF-8."""
    return f"{subject}\n\n{body}".encode("utf-8")


def content_sha256(subject: str, body: str) -> str:
    return hashlib.sha256(content_bytes(subject, body)).hexdigest()


class Message(WorkflowModel):
    workflow_name = "message"

    person = models.ForeignKey("people.Person", on_delete=models.PROTECT, related_name="messages", verbose_name=_("persoon"))
    template_key = models.CharField(_("sjabloon"), max_length=80)
    language = models.CharField(_("taal"), max_length=2)
    subject = models.CharField(_("onderwerp"), max_length=300)
    body = models.TextField(_("inhoud"))
    sha256 = models.CharField(_("SHA-256 van de inhoud"), max_length=64)
    legal = models.BooleanField(_("met rechtsgevolg"), default=False)
    related_workflow = models.CharField(max_length=40, blank=True)
    related_id = models.BigIntegerField(null=True, blank=True)
    dedupe_key = models.CharField(max_length=200, unique=True)
    channel = models.CharField(_("kanaal"), max_length=12, choices=Channel.choices)
    first_channel = models.CharField(_("eerst gekozen kanaal"), max_length=12, choices=Channel.choices)
    channel_reason = models.CharField(max_length=300, blank=True)
    address = models.CharField(_("adres"), max_length=300, blank=True, help_text=_("E-mailadres, gsm-nummer of postadres gebruikt"))
    sender_label = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(_("aangemaakt op"))
    dispatched_at = models.DateTimeField(_("verstuurd op"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("afgeleverd op"), null=True, blank=True)
    first_opened_at = models.DateTimeField(_("eerst geopend op"), null=True, blank=True)
    deemed_notified_on = models.DateField(_("geacht ter kennis gebracht op"), null=True, blank=True)
    deemed_rule = models.CharField(max_length=300, blank=True)
    attempts = models.PositiveSmallIntegerField(_("pogingen"), default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True, db_index=True)
    last_error = models.CharField(max_length=500, blank=True)
    receipt = models.CharField(_("ontvangstbewijs"), max_length=200, blank=True)
    letter_sha256 = models.CharField(_("SHA-256 van de verzegelde brief"), max_length=64, blank=True,
                                     help_text=_("De PDF die de eBox of de printpartner kreeg"))

    class Meta:
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["person", "created_at"], name="message_person"),
            models.Index(fields=["related_workflow", "related_id"], name="message_related"),
            models.Index(fields=["state", "next_attempt_at"], name="message_due"),
        ]

    def __str__(self) -> str:
        return f"message {self.pk} ({self.template_key}, {self.channel}, {self.state})"

    def content_ok(self) -> bool:
        return content_sha256(self.subject, self.body) == self.sha256


class DeliveryAttempt(models.Model):
    """One try to hand a message to a channel's gateway: what it answered (a receipt) or why it failed."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="delivery_attempts")
    at = models.DateTimeField()
    channel = models.CharField(max_length=12, choices=Channel.choices)
    ok = models.BooleanField()
    receipt = models.CharField(max_length=200, blank=True)
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        verbose_name = _("bezorgpoging")
        verbose_name_plural = _("bezorgpogingen")
        ordering = ["at", "id"]


class StoredEvidence(models.Model):
    """The sealed, timestamped evidence PDF of a message, built once and served again while the message stays as it
    was (`basis`: its version, state and attempts when built). `sha256` is checked before every serving."""

    message = models.OneToOneField(Message, on_delete=models.CASCADE, related_name="stored_evidence")
    basis = models.CharField(max_length=80)
    pdf = models.BinaryField()
    sha256 = models.CharField(max_length=64)
    built_at = models.DateTimeField()

    class Meta:
        verbose_name = _("bewaard bewijs van een bericht")
        verbose_name_plural = _("bewaarde bewijzen van berichten")
