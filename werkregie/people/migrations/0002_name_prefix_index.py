"""Name search compares prefixes of normalised keys (LIKE 'abc%'). On PostgreSQL a btree index serves such a
prefix only under the C collation, so the key columns get COLLATE "C" (they hold lower-case normalised text, for which
byte order is the right order anyway). SQLite compares bytes already."""

from django.db import migrations

COLUMNS = ("first_name_key", "last_name_key")


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for column in COLUMNS:
            schema_editor.execute(f'ALTER TABLE people_person ALTER COLUMN {column} TYPE varchar(100) COLLATE "C"')


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for column in COLUMNS:
            schema_editor.execute(f'ALTER TABLE people_person ALTER COLUMN {column} TYPE varchar(100) COLLATE "default"')


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
