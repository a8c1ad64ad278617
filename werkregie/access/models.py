from __future__ import annotations

import datetime as dt
import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from werkregie.core import keys

from .purposes import Purpose

GENESIS_HASH = "0" * 64
MAC_USE = "access-log"  # the use the chain's HMAC key is derived for (werkregie.core.keys.mac_key)


class Channel(models.TextChoices):
    WEB = "web", _("Webpagina")
    API = "api", _("API")
    EXPORT = "export", _("Export")
    CLI = "cli", _("Opdrachtregel")


class Shown(models.TextChoices):
    """How the person's data was shown: their own record, or as one line in a list (a search, a caseload, an export)."""

    RECORD = "record", _("dossier")
    LIST = "list", _("lijst")


class AppendOnlyError(RuntimeError):
    pass


class AccessLogEntry(models.Model):
    """One read of one person's personal data. Append-only; each entry carries the hash of the one before, and its own
    hash is keyed (HMAC-SHA256 with the key named by `key_id`, kept outside the database by werkregie.core.keys):
    someone who can write to the database cannot recompute the chain after a deletion or forge an entry.

    The person is a plain number, not a foreign key: the log outlives merges and never changes with the register.
    The actor's role and the purpose are codes, translated when shown; `actor_label` is the actor's name only.
    UPDATE and DELETE are refused by the database itself (triggers, migration 0004).
    """

    seq = models.BigIntegerField(unique=True, verbose_name=_("volgnummer"))
    reference = models.UUIDField(default=uuid.uuid4, editable=False, verbose_name=_("referentie"))
    at = models.DateTimeField(verbose_name=_("tijdstip"))
    actor_id = models.BigIntegerField(null=True, verbose_name=_("gebruiker (nummer)"))
    actor_label = models.CharField(max_length=200, verbose_name=_("wie"))
    actor_role = models.CharField(max_length=20, verbose_name=_("rol"))
    organisation_name = models.CharField(max_length=200, blank=True, verbose_name=_("organisatie"))
    person_id = models.BigIntegerField(db_index=True, verbose_name=_("persoon (nummer)"))
    what = models.CharField(max_length=200, verbose_name=_("wat"))
    purpose = models.CharField(max_length=40, choices=Purpose.choices, verbose_name=_("doel"))
    channel = models.CharField(max_length=10, choices=Channel.choices, verbose_name=_("kanaal"))
    shown = models.CharField(max_length=10, choices=Shown.choices, default=Shown.RECORD, verbose_name=_("getoond"))
    key_id = models.CharField(max_length=40, default="", verbose_name=_("sleutel-id"))
    prev_hash = models.CharField(max_length=64, verbose_name=_("hash van de vorige"))
    entry_hash = models.CharField(max_length=64, verbose_name=_("hash van deze raadpleging"))

    class Meta:
        verbose_name = _("raadpleging (toegangslogboek)")
        verbose_name_plural = _("raadplegingen (toegangslogboek)")
        ordering = ["seq"]
        indexes = [models.Index(fields=["person_id", "-seq"], name="access_person_recent")]
        constraints = [models.CheckConstraint(condition=models.Q(seq__gte=1), name="access_log_seq_positive")]

    def __str__(self) -> str:
        return _("Raadpleging %(seq)s: %(who)s, persoon %(person)s") % {"seq": self.seq, "who": self.actor_label, "person": self.person_id}

    def content(self) -> bytes:
        """What the keyed hash covers: every field but the row id and the hash itself, the key id included. The time in
        UTC: an entry made under a clock in Brussels time (the demo's and the tests' time travel) is read back from the
        database in UTC, and the same instant must give the same text."""
        parts = [
            str(self.seq), str(self.reference), self.at.astimezone(dt.timezone.utc).isoformat(timespec="microseconds"), str(self.actor_id or ""),
            self.actor_label, self.actor_role, self.organisation_name, str(self.person_id), self.what,
            self.purpose, self.channel, self.shown, self.key_id, self.prev_hash,
        ]
        return "\x1f".join(parts).encode("utf-8")

    def compute_hash(self) -> str:
        """The keyed hash (HMAC-SHA256) under this entry's key id; a new entry gets the current key."""
        if not self.key_id:
            self.key_id = keys.current_kid_cached()
        return keys.mac(self.content(), MAC_USE, self.key_id)[1]

    def hash_matches(self) -> bool:
        return keys.mac_matches(self.content(), MAC_USE, self.key_id, self.entry_hash)

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
    seq = models.BigIntegerField(default=0, verbose_name=_("volgnummer"))
    entry_hash = models.CharField(max_length=64, default=GENESIS_HASH)

    class Meta:
        verbose_name = _("kop van het toegangslogboek")
        verbose_name_plural = _("koppen van het toegangslogboek")
        constraints = [models.CheckConstraint(condition=models.Q(id=1), name="access_log_single_head")]
