"""The partition ledger: one BatchRun per job and run key (the deadline sweep of one date, the scores of one day, ...),
one BatchPartition per partition with its status and the checksum of the result written. A partition's result and its
`done` mark are committed in the same transaction, so a partition is written once whatever is killed when."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from .enums import PartitionStatus, RunStatus


class BatchRun(models.Model):
    job = models.CharField(max_length=40)
    key = models.CharField(max_length=200, help_text="what the run is for: a date, a file; the same key resumes the run")
    context = models.JSONField(default=dict, help_text="the job's parameters, fixed at the first start (a resumed run uses them)")
    status = models.CharField(max_length=10, choices=RunStatus.choices, default=RunStatus.RUNNING)
    partitions = models.IntegerField(default=0)
    done = models.IntegerField(default=0)
    attempts = models.IntegerField(default=0)
    cluster = models.CharField(max_length=200, blank=True, help_text="where the last attempt ran")
    summary = models.JSONField(default=dict)
    error = models.TextField(blank=True)
    started_at = models.DateTimeField()
    updated_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("batchrun")
        constraints = [models.UniqueConstraint(fields=["job", "key"], name="batch_run_job_key")]

    def __str__(self) -> str:
        return f"{self.job} {self.key}"


class BatchPartition(models.Model):
    run = models.ForeignKey(BatchRun, on_delete=models.CASCADE, related_name="ledger")
    number = models.IntegerField()
    spec = models.JSONField(help_text="what the partition covers (person ids, a row range)")
    size = models.IntegerField(default=0)
    status = models.CharField(max_length=10, choices=PartitionStatus.choices, default=PartitionStatus.PENDING)
    checksum = models.CharField(max_length=64, blank=True, help_text="SHA-256 of the result written")
    counts = models.JSONField(default=dict)
    seconds = models.FloatField(default=0)
    worker = models.CharField(max_length=200, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("batchpartitie")
        constraints = [models.UniqueConstraint(fields=["run", "number"], name="batch_partition_run_number")]
        indexes = [models.Index(fields=["run", "status"])]

    def __str__(self) -> str:
        return f"{self.run} #{self.number}"
