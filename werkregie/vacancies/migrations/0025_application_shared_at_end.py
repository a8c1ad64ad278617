"""What the employer was shown when an application ended (vacancies.applicants): a new column, and for the applications
that ended before it (hired, not retained) what the employer could read of the person until now, frozen: from now on
the employer no longer reads the live profile, and sees nothing it could not see before this migration."""

from django.db import migrations, models
from django.db.models import Exists, OuterRef, Q

ENDED = ("hired", "rejected")
COUNTING_SOURCES = ("declared", "extracted", "certified")  # matching.models.COUNTING_SOURCES when this was written


def freeze(apps, schema_editor):  # noqa: ANN001, ANN201 - a migration's signature
    Application = apps.get_model("vacancies", "Application")
    VacancySkill = apps.get_model("vacancies", "VacancySkill")
    PersonSkill = apps.get_model("matching", "PersonSkill")
    Consent = apps.get_model("people", "Consent")
    consent = Consent.objects.filter(person=OuterRef("person"), purpose="proposal_to_employers", withdrawn_at__isnull=True)
    grounds = Q(origin="applied") | (Q(origin="proposed") & Q(Exists(consent)))
    for application in Application.objects.filter(state__in=ENDED, shared_at_end__isnull=True).select_related("person").iterator():
        shared = {}
        if Application.objects.filter(grounds, pk=application.pk).exists():
            skills = list(PersonSkill.objects.filter(person_id=application.person_id, source__in=COUNTING_SOURCES).order_by("pk")
                          .values_list("skill_uri", flat=True))
            asked = [[uri, essential] for uri, essential in VacancySkill.objects.filter(vacancy_id=application.vacancy_id)
                     .order_by("-essential", "pk").values_list("skill_uri", "essential")]
            shared = {"first_name": application.person.first_name, "last_name": application.person.last_name, "skills": skills, "asked": asked}
        Application.objects.filter(pk=application.pk).update(shared_at_end=shared)


class Migration(migrations.Migration):

    dependencies = [
        ("vacancies", "0024_application_referral_agreement"),
        ("matching", "0004_implied_suggestions"),
        ("people", "0011_name_keys_on_base_letters"),
    ]

    operations = [
        migrations.AddField(
            model_name="application",
            name="shared_at_end",
            field=models.JSONField(blank=True, editable=False, null=True, verbose_name="gedeeld met de werkgever bij het einde"),
        ),
        migrations.RunPython(freeze, migrations.RunPython.noop),
    ]
