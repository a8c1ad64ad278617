import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def states_from_origin(apps, schema_editor):
    """Existing applications enter the declared workflow: a proposal is 'proposed', an application 'applied'."""
    Application = apps.get_model("vacancies", "Application")
    Application.objects.filter(origin="proposed").update(state="proposed")
    Application.objects.exclude(origin="proposed").update(state="applied")


class Migration(migrations.Migration):

    dependencies = [
        ("vacancies", "0002_vacancyskill_vacancy_contract_vacancy_description_and_more"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(model_name="application", name="state",
                            field=models.CharField(db_index=True, default="applied", max_length=30, verbose_name="toestand"), preserve_default=False),
        migrations.AddField(model_name="application", name="version", field=models.PositiveIntegerField(default=1)),
        migrations.AddField(model_name="application", name="state_since",
                            field=models.DateTimeField(blank=True, null=True, verbose_name="in deze toestand sinds")),
        migrations.AddField(model_name="application", name="deadline",
                            field=models.DateField(blank=True, help_text="Einde van de lopende wettelijke termijn, als er een is", null=True,
                                                   verbose_name="termijn")),
        migrations.RunPython(states_from_origin, migrations.RunPython.noop),
        migrations.AddConstraint(model_name="application", constraint=models.CheckConstraint(
            condition=models.Q(("state__in", ["proposed", "interested", "applied", "interview", "offer", "hired", "rejected", "withdrawn"])),
            name="application_state_known")),
        migrations.CreateModel(
            name="ApplicationFeedback",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("stage", models.CharField(choices=[("proposed", "Voorgesteld"), ("interested", "Interesse getoond"), ("applied", "Gesolliciteerd"),
                                                    ("interview", "Uitgenodigd voor een gesprek"), ("offer", "Aanbod gedaan"), ("hired", "Aangeworven"),
                                                    ("rejected", "Niet weerhouden"), ("withdrawn", "Ingetrokken")], max_length=30)),
                ("reason", models.CharField(choices=[("missing_skills", "Ontbrekende competenties"), ("language", "Taal"), ("motivation", "Motivatie"),
                                                     ("no_show", "Niet komen opdagen"), ("wage_hours", "Loon of uren"),
                                                     ("other_hired", "Iemand anders aangeworven"), ("other", "Andere reden")],
                                            max_length=20, verbose_name="reden")),
                ("missing_skills", models.JSONField(blank=True, default=list, verbose_name="ontbrekende competenties")),
                ("note", models.TextField(blank=True, max_length=1000, verbose_name="toelichting")),
                ("given_at", models.DateTimeField()),
                ("application", models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name="feedback", to="vacancies.application")),
                ("given_by", models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name="+", to=settings.AUTH_USER_MODEL)),
            ],
            options={"ordering": ["-given_at", "-pk"], "constraints": [models.CheckConstraint(
                condition=models.Q(("reason__in", ["missing_skills", "language", "motivation", "no_show", "wage_hours", "other_hired", "other"])),
                name="feedback_reason_known")]},
        ),
    ]
