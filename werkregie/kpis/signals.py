"""Every save or delete of a fact a KPI reads marks its person for the next incremental refresh. Bulk loads that bypass
signals (COPY, queryset.update) are caught by the refresh's watermark instead (refresh.changed_persons). A vacancy (and
its transitions) marks minus its id: the vacancy KPIs."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

SOURCES = ("people.Person", "people.StatusEpisode", "screening.Assessment", "trajectories.Agreement", "workflows.TransitionLog",
           "compliance.Case", "community.Attendance", "vacancies.Vacancy")


def mark(person_ids) -> None:  # noqa: ANN001 - any iterable of ids
    from .models import DirtyPerson

    rows = [DirtyPerson(person_id=pid) for pid in {p for p in person_ids if p}]
    if rows:
        DirtyPerson.objects.bulk_create(rows, ignore_conflicts=True)


def _changed(sender, instance, **kwargs) -> None:  # noqa: ANN001, ANN003
    if kwargs.get("raw"):
        return
    label = sender._meta.label
    if label == "vacancies.Vacancy" or (label == "workflows.TransitionLog" and instance.workflow == "vacancy"):
        mark([-instance.pk if label == "vacancies.Vacancy" else -instance.object_id])  # a vacancy: minus its id (refresh._rows)
        return
    person_id = instance.pk if label == "people.Person" else getattr(instance, "person_id", None)
    mark([person_id])
    merged_into = getattr(instance, "merged_into_id", None) if sender._meta.label == "people.Person" else None
    if merged_into:
        mark([merged_into])


for _label in SOURCES:
    post_save.connect(_changed, sender=_label, dispatch_uid=f"kpis-dirty-save-{_label}")
    post_delete.connect(_changed, sender=_label, dispatch_uid=f"kpis-dirty-delete-{_label}")
