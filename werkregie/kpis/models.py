"""The pre-aggregated KPI tables: each person's contributions (so a refresh can take a changed person's old ones out)
and their sums per day × KPI × municipality × group, which every dashboard reads. Derived data only: a full refresh
rebuilds both from the register, the episodes, the screening and the transition logs."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

GROUP_FIELDS = ("sex", "age", "education", "limitation", "origin")
KEY_FIELDS = ("kpi", "day", "municipality", *GROUP_FIELDS)


class _Keyed(models.Model):
    kpi = models.CharField(max_length=40)
    day = models.DateField()
    municipality = models.CharField(max_length=5, help_text="NIS code (2025)")
    sex = models.CharField(max_length=1)
    age = models.CharField(max_length=5)
    education = models.CharField(max_length=7)
    limitation = models.CharField(max_length=7)
    origin = models.CharField(max_length=7)
    n = models.IntegerField()
    value = models.DecimalField(max_digits=14, decimal_places=2)

    class Meta:
        abstract = True

    def key(self) -> tuple:
        return tuple(getattr(self, name) for name in KEY_FIELDS)


class Contribution(_Keyed):
    """One person's share of one cell (a plain person id: the table is derived and outlives nothing); a vacancy's share
    (the vacancy KPIs) is kept under minus the vacancy's id."""

    person_id = models.BigIntegerField()  # indexed with the KPI (Meta.indexes), which serves the look-ups by person too

    class Meta:
        verbose_name = _("bijdrage aan een kerncijfer")
        verbose_name_plural = _("bijdragen aan kerncijfers")
        indexes = [models.Index(fields=["person_id", "kpi"], name="kpi_contribution_person")]


class Cell(_Keyed):
    """The sum of every contribution with this key. Counts only: a cell never names anyone."""

    class Meta:
        verbose_name = _("cel van een kerncijfer")
        verbose_name_plural = _("cellen van kerncijfers")
        # (kpi, day) needs no index of its own: it leads the unique key's
        indexes = [models.Index(fields=["kpi", "municipality", "day"], name="kpi_cell_kpi_municipality")]
        constraints = [
            models.UniqueConstraint(fields=list(KEY_FIELDS), name="kpi_cell_unique_key"),
            models.CheckConstraint(condition=~Q(n=0) | ~Q(value=0), name="kpi_cell_not_empty"),
        ]


class DirtyPerson(models.Model):
    """A person (or, as minus its id, a vacancy) whose contributions must be recomputed by the next incremental refresh
    (filled by signals.py)."""

    person_id = models.BigIntegerField(primary_key=True)
    marked_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("te herberekenen persoon")
        verbose_name_plural = _("te herberekenen personen")


class RefreshState(models.Model):
    """One row: when the tables were last refreshed, and the watermark for changes made without signals (bulk loads)."""

    id = models.PositiveSmallIntegerField(primary_key=True, default=1)
    full_at = models.DateTimeField(null=True, blank=True)
    incremental_at = models.DateTimeField(null=True, blank=True)
    watermark = models.DateTimeField(null=True, blank=True)
    last_persons = models.PositiveIntegerField(default=0)
    last_seconds = models.FloatField(default=0)
    stamp = models.CharField(max_length=32, blank=True, help_text="a new random token at every refresh: what published figures are keyed by")

    class Meta:
        verbose_name = _("stand van de herberekening")
        verbose_name_plural = _("standen van de herberekening")
        constraints = [models.CheckConstraint(condition=Q(id=1), name="kpi_refresh_state_single_row")]


class Published(models.Model):
    """A breakdown as published (after suppression) for one KPI on one day, under one state of the tables: every page,
    export and worker answers from the same figures, and a dashboard reads one row instead of recomputing."""

    kpi = models.CharField(max_length=40)
    on = models.DateField()
    stamp = models.CharField(max_length=40, help_text="the refresh the figures come from (RefreshState.stamp)")
    below = models.PositiveSmallIntegerField()
    inputs = models.CharField(max_length=64, blank=True, default="", help_text="a fingerprint of the cells the figures come from (figures._digest)")
    figures = models.JSONField(help_text="[[level, code, dim, val, value, count, hidden], …]")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("gepubliceerd kerncijfer")
        verbose_name_plural = _("gepubliceerde kerncijfers")
        constraints = [models.UniqueConstraint(fields=["kpi", "on", "stamp", "below"], name="kpi_published_once")]
        indexes = [models.Index(fields=["kpi", "on", "inputs"], name="kpi_published_inputs")]
