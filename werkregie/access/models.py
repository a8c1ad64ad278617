from __future__ import annotations

import hashlib
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from .purposes import Purpose

GENESIS_HASH = "0" * 64


class Channel(models.TextChoices):
    WEB = "web", _("Webpagina")
    API = "api", _("API")
    EXPORT = "export", _("Export")
    CLI = "cli", _("Opdrachtregel")


class AppendOnlyError(RuntimeError):
    pass


class AccessLogEntry(models.Model):
    """One read of one person's personal data. Append-only; each entry carries the hash of the one before.

    The person is a plain number, not a foreign key: the log outlives merges and never changes with the register.
    """

    seq = models.BigIntegerField(unique=True)
    reference = models.UUIDField(default=uuid.uuid4, editable=False)
    at = models.DateTimeField()
    actor_id = models.BigIntegerField(null=True)
    actor_label = models.CharField(max_length=200)
    actor_role = models.CharField(max_length=20)
    organisation_name = models.CharField(max_length=200, blank=True)
    person_id = models.BigIntegerField(db_index=True)
    what = models.CharField(max_length=200)
    purpose = models.CharField(max_length=40, choices=Purpose.choices)
    channel = models.CharField(max_length=10, choices=Channel.choices)
    prev_hash = models.CharField(max_length=64)
    entry_hash = models.CharField(max_length=64)

    class Meta:
        ordering = ["seq"]
        indexes = [models.Index(fields=["person_id", "-seq"], name="access_person_recent")]

    def compute_hash(self) -> str:
        parts = [
            str(self.seq), str(self.reference), self.at.isoformat(timespec="microseconds"), str(self.actor_id or ""),
            self.actor_label, self.actor_role, self.organisation_name, str(self.person_id), self.what,
            self.purpose, self.channel, self.prev_hash,
        ]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()

    def save(self, *args, **kwargs):  # noqa: ANN002, ANN003
        if self.pk is not None and not kwargs.get("force_insert"):
            raise AppendOnlyError("access-log entries cannot be changed")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):  # noqa: ANN002, ANN003
        raise AppendOnlyError("access-log entries cannot be deleted")


class AccessLogHead(models.Model):
    """The chain's head (one row): the last sequence number and hash. Locked while appending, so the chain
    never forks; comparing it with the last entry also reveals a deleted tail."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    seq = models.BigIntegerField(default=0)
    entry_hash = models.CharField(max_length=64, default=GENESIS_HASH)

    class Meta:
        constraints = [models.CheckConstraint(condition=models.Q(id=1), name="access_log_single_head")]
