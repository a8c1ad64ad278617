"""Every change to what the match index is built from writes a row to the change log (models.IndexChange), in the
same transaction: the changed person or vacancy. Each process applies the rows it has not seen to its index
(platform.py), so a change is visible at the next request without a rebuild. Bulk writes that send no signals call
`persons_changed` / `vacancies_changed` with the ids they touched, or `bump()` when they touched too many to name
(a full rebuild follows)."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save

from werkregie.core import clock
from werkregie.people.models import Person, PersonLanguage, StatusEpisode
from werkregie.vacancies.models import Vacancy, VacancySkill

from .models import ChangeKind, DesiredOccupation, IndexChange, MatchingPreferences, PersonExperience, PersonSkill


def _record(kind: str, ids) -> None:  # noqa: ANN001 - any iterable of ids
    now = clock.now()
    IndexChange.objects.bulk_create([IndexChange(kind=kind, object_id=i, at=now) for i in dict.fromkeys(ids)])


def persons_changed(ids) -> None:  # noqa: ANN001 - any iterable of person ids
    _record(ChangeKind.PERSON, ids)


def vacancies_changed(ids) -> None:  # noqa: ANN001 - any iterable of vacancy ids
    _record(ChangeKind.VACANCY, ids)


def bump() -> None:
    """Everything may have changed (a bulk load): every process rebuilds its index."""
    IndexChange.objects.create(kind=ChangeKind.ALL, object_id=None, at=clock.now())


PERSON_OF = {Person: "pk", PersonSkill: "person_id", PersonExperience: "person_id", DesiredOccupation: "person_id",
             MatchingPreferences: "person_id", PersonLanguage: "person_id", StatusEpisode: "person_id"}
VACANCY_OF = {Vacancy: "pk", VacancySkill: "vacancy_id"}


def _changed(sender, instance, **kwargs) -> None:  # noqa: ANN001 - Django's signal signature
    if kwargs.get("raw"):
        return
    if sender in PERSON_OF:
        persons_changed([getattr(instance, PERSON_OF[sender])])
    else:
        vacancies_changed([getattr(instance, VACANCY_OF[sender])])


for model in (*PERSON_OF, *VACANCY_OF):
    post_save.connect(_changed, sender=model, dispatch_uid=f"matching-change-save-{model.__name__}")
    post_delete.connect(_changed, sender=model, dispatch_uid=f"matching-change-delete-{model.__name__}")
