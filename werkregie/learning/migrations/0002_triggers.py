"""The database keeps the balances and refuses changes to postings (dbguard.py); the chain's head row exists."""

from django.db import migrations


def install(apps, schema_editor):  # noqa: ANN001, ANN201
    from werkregie.learning import dbguard

    dbguard.install(schema_editor.connection)
    apps.get_model("learning", "LedgerHead").objects.get_or_create(pk=1)


def uninstall(apps, schema_editor):  # noqa: ANN001, ANN201
    from werkregie.learning import dbguard

    with schema_editor.connection.cursor() as cursor:
        for sql in dbguard.statements(schema_editor.connection.vendor, create=False):
            cursor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("learning", "0001_initial")]
    operations = [migrations.RunPython(install, uninstall)]
