"""The search's GIN index (migration 0009) keeps new rows in a pending list until it reaches gin_pending_list_limit
(4 MB by default) or autovacuum merges it; every search that reads the index scans that list in full: 4 MB is about
400 pages and 8,000 rows, tens of milliseconds on each query. 256 kB keeps the list to some 30 pages between merges;
an import merges it at its end (search.flush_search_index)."""

from django.db import migrations


def _limit(apps, schema_editor):  # noqa: ANN001 - Django's migration signature
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER INDEX IF EXISTS vacancy_search_tsv SET (gin_pending_list_limit = 256)")
        schema_editor.execute("SELECT gin_clean_pending_list('vacancy_search_tsv'::regclass)")


def _default(apps, schema_editor):  # noqa: ANN001
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER INDEX IF EXISTS vacancy_search_tsv RESET (gin_pending_list_limit)")


class Migration(migrations.Migration):
    dependencies = [("vacancies", "0012_dutch_field_labels")]
    operations = [migrations.RunPython(_limit, _default)]
