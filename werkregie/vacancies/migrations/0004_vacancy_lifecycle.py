import django.db.models.deletion
from django.db import migrations, models


def states_from_open(apps, schema_editor):
    """Existing vacancies enter the lifecycle: an open one is published, a closed one closed."""
    Vacancy = apps.get_model("vacancies", "Vacancy")
    Vacancy.objects.filter(open=True).update(state="published")
    Vacancy.objects.filter(open=False).update(state="closed")


class Migration(migrations.Migration):

    dependencies = [
        ("organisations", "0002_employer_accounts"),
        ("vacancies", "0003_application_workflow_feedback"),
    ]

    operations = [
        migrations.AddField(model_name="vacancy", name="state",
                            field=models.CharField(db_index=True, default="published", max_length=30, verbose_name="toestand")),
        migrations.AddField(model_name="vacancy", name="version", field=models.PositiveIntegerField(default=1)),
        migrations.AddField(model_name="vacancy", name="state_since",
                            field=models.DateTimeField(blank=True, null=True, verbose_name="in deze toestand sinds")),
        migrations.AddField(model_name="vacancy", name="deadline",
                            field=models.DateField(blank=True, help_text="Einde van de lopende wettelijke termijn, als er een is", null=True,
                                                   verbose_name="termijn")),
        migrations.AddField(model_name="vacancy", name="language_justification",
                            field=models.CharField(blank=True, max_length=500, verbose_name="waarom dit taalniveau nodig is")),
        migrations.AddField(model_name="vacancy", name="establishment",
                            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="vacancies",
                                                    to="organisations.establishmentunit")),
        migrations.RunPython(states_from_open, migrations.RunPython.noop),
        migrations.AddConstraint(model_name="vacancy", constraint=models.CheckConstraint(
            condition=models.Q(("open", False), ("state", "published"), _connector="OR"), name="vacancy_open_only_when_published")),
    ]
