"""Prefix search on names (LIKE 'abc%') needs pattern operator classes on PostgreSQL unless the collation is C.
SQLite uses the ordinary index created in 0001."""

from django.db import migrations

CREATE = (
    "CREATE INDEX IF NOT EXISTS person_name_prefix ON people_person "
    "(last_name_key varchar_pattern_ops, first_name_key varchar_pattern_ops)"
)
CREATE_FIRST = "CREATE INDEX IF NOT EXISTS person_first_name_prefix ON people_person (first_name_key varchar_pattern_ops)"


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)
        schema_editor.execute(CREATE_FIRST)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS person_name_prefix")
        schema_editor.execute("DROP INDEX IF EXISTS person_first_name_prefix")


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
