"""The SHA-256 of every kept credential's compact JWS (Credential.token_sha256): a partner credential verifies only when
it is the one kept (attack on issue 13: the same id and status place re-signed with other content verified)."""

import hashlib

from django.db import migrations, models


def forwards(apps, schema_editor):  # noqa: ANN001, ANN201
    Credential = apps.get_model("credentials", "Credential")
    for pk, token in Credential.objects.filter(token_sha256="").values_list("pk", "token").iterator():
        Credential.objects.filter(pk=pk).update(token_sha256=hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest())


class Migration(migrations.Migration):

    dependencies = [
        ("credentials", "0007_plain_dutch_words"),
    ]

    operations = [
        migrations.AddField(
            model_name="credential",
            name="token_sha256",
            field=models.CharField(blank=True, editable=False, max_length=64, verbose_name="SHA-256 van het ondertekende digitale bewijs"),
        ),
        migrations.RunPython(forwards, migrations.RunPython.noop),
    ]
