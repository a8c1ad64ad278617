"""The skills certified by credentials issued before careers.certified held the rule become certified competences
(the demo citizen's "Gecertificeerde competenties magazijnmedewerker", walk of issue 13)."""

from django.db import migrations
from django.db.models import F, Q
from django.utils import timezone

CERTIFYING_KINDS = ("certified_competence", "evc_result", "competence_visa")  # careers.certified.CERTIFYING_KINDS, frozen here


def forwards(apps, schema_editor):  # noqa: ANN001, ANN201
    Credential = apps.get_model("credentials", "Credential")
    PersonSkill = apps.get_model("matching", "PersonSkill")
    Person = apps.get_model("people", "Person")
    now = timezone.now()
    valid = (Credential.objects.filter(kind__in=CERTIFYING_KINDS, revoked_at__isnull=True)
             .filter(Q(valid_until__isnull=True) | Q(valid_until__gt=now)))
    wanted: dict[int, set[str]] = {}
    for person_id, skills in valid.values_list("person_id", "skills"):
        wanted.setdefault(person_id, set()).update(u for u in skills or [] if isinstance(u, str) and u.startswith("http://data.europa.eu/esco/skill/"))
    for person_id, uris in wanted.items():
        done = set(PersonSkill.objects.filter(person_id=person_id, skill_uri__in=uris, source="certified").values_list("skill_uri", flat=True))
        todo = sorted(uris - done)
        if not todo:
            continue
        for uri in todo:
            PersonSkill.objects.update_or_create(person_id=person_id, skill_uri=uri, defaults={"source": "certified", "added_at": now})
        Person.objects.filter(pk=person_id).update(profile_version=F("profile_version") + 1)


class Migration(migrations.Migration):
    dependencies = [
        ("careers", "0003_dutch_field_labels"),
        ("credentials", "0006_issuerkeyevent"),
        ("matching", "0004_implied_suggestions"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
