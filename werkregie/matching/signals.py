"""Every change to what the match index is built from moves the revision counter (in the same transaction), so
each process knows its index is stale. Bulk loads that bypass signals call `bump()` themselves."""

from __future__ import annotations

from django.db.models import F
from django.db.models.signals import post_delete, post_save

from werkregie.people.models import Person, PersonLanguage
from werkregie.vacancies.models import Vacancy, VacancySkill

from .models import DesiredOccupation, IndexRevision, MatchingPreferences, PersonExperience, PersonSkill


def bump() -> None:
    if not IndexRevision.objects.filter(pk=1).update(counter=F("counter") + 1):
        IndexRevision.objects.get_or_create(pk=1, defaults={"counter": 1})


def _changed(sender, **kwargs) -> None:  # noqa: ANN001 - Django's signal signature
    if not kwargs.get("raw"):
        bump()


for model in (PersonSkill, PersonExperience, DesiredOccupation, MatchingPreferences, Vacancy, VacancySkill, Person, PersonLanguage):
    post_save.connect(_changed, sender=model, dispatch_uid=f"matching-revision-save-{model.__name__}")
    post_delete.connect(_changed, sender=model, dispatch_uid=f"matching-revision-delete-{model.__name__}")
