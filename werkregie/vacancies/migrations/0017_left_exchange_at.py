"""Vacancy.left_exchange_at: when the employer took the vacancy out of the exchange after it stood in the feed; the
feed shows a tombstone for it from then on. Vacancies already opted out that may have stood in the feed (own, past
the draft, not closed as a draft) get the moment of their last change: a tombstone a partner never needed is ignored
by its import, a missing one would leave a copy open there."""

from django.db import migrations, models
from django.db.models import Exists, F, OuterRef


def backfill(apps, schema_editor):
    Vacancy = apps.get_model("vacancies", "Vacancy")
    TransitionLog = apps.get_model("workflows", "TransitionLog")
    closed_as_draft = Exists(TransitionLog.objects.filter(workflow="vacancy", object_id=OuterRef("pk"), from_state="draft", to_state="closed"))
    (Vacancy.objects.filter(source="", ring_offer=False, state__in=("published", "filled", "closed", "expired"), updated_at__isnull=False)
     .exclude(closed_as_draft).update(left_exchange_at=F("updated_at")))


class Migration(migrations.Migration):

    dependencies = [
        ('vacancies', '0016_clean_stored_titles'),
        ('workflows', '0002_dutch_names'),
    ]

    operations = [
        migrations.AddField(
            model_name='vacancy',
            name='left_exchange_at',
            field=models.DateTimeField(blank=True, editable=False, null=True, verbose_name='uit de uitwisseling gehaald op'),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
