"""Titles stored before the intake and the import refused them (issue 12/16): invisible characters removed; a vacancy
whose title has nothing visible left withdrawn through the declared transition, logged with its reason
(vacancies/titles.py, also `werkregie manage clean_vacancy_titles`). Idempotent; nothing to undo."""

from django.db import migrations


def _clean(apps, schema_editor):  # noqa: ANN001 - Django's migration signature
    from werkregie.vacancies import titles

    titles.clean(apps.get_model("vacancies", "Vacancy"), apps.get_model("workflows", "TransitionLog"))


class Migration(migrations.Migration):
    dependencies = [("vacancies", "0015_ring_offer_choice"), ("workflows", "0002_dutch_names")]
    operations = [migrations.RunPython(_clean, migrations.RunPython.noop)]
