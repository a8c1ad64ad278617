"""The public search on PostgreSQL reads a stored tsvector (a generated column) through a GIN index over open vacancies
only: the title's words (before "|" in search_text, search.text_from) weighted A, for the ranking by title, and the rest. The earlier index was on the expression to_tsvector(search_text): a prefix query ('lass:*') must recheck each hit,
and that recheck computed the tsvector of every hit's text again (most of a search's time with thousands of hits).
The column is PostgreSQL's own (not in the Django model: SQLite searches search_text with LIKE)."""

from django.db import migrations


def _column(apps, schema_editor):  # noqa: ANN001 - Django's migration signature
    _fill(apps, schema_editor)
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("ALTER TABLE vacancies_vacancy ADD COLUMN IF NOT EXISTS search_tsv tsvector GENERATED ALWAYS AS ("
                              "setweight(to_tsvector('simple'::regconfig, split_part(search_text, '|', 1)), 'A') || "
                              "to_tsvector('simple'::regconfig, split_part(search_text, '|', 2))) STORED")
        schema_editor.execute("CREATE INDEX IF NOT EXISTS vacancy_search_tsv ON vacancies_vacancy USING gin (search_tsv) WHERE open")
        schema_editor.execute("DROP INDEX IF EXISTS vacancy_search_fts")


def _fill(apps, schema_editor):  # noqa: ANN001
    """Every row's search text in the new shape (title | rest), in batches."""
    from werkregie.vacancies.search import text_from

    Vacancy = apps.get_model("vacancies", "Vacancy")
    rows = Vacancy.objects.using(schema_editor.connection.alias).select_related("municipality").order_by("pk")
    chunk = []
    for v in rows.iterator(chunk_size=2000):
        names = (v.municipality.name_nl, v.municipality.name_fr) if v.municipality_id else ()
        v.search_text = text_from(v.title, v.description, v.occupation_uri, names)
        chunk.append(v)
        if len(chunk) == 2000:
            Vacancy.objects.bulk_update(chunk, ["search_text"])
            chunk = []
    Vacancy.objects.bulk_update(chunk, ["search_text"])


def _no_column(apps, schema_editor):  # noqa: ANN001
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("CREATE INDEX IF NOT EXISTS vacancy_search_fts ON vacancies_vacancy USING gin (to_tsvector('simple'::regconfig, search_text))")
        schema_editor.execute("DROP INDEX IF EXISTS vacancy_search_tsv")
        schema_editor.execute("ALTER TABLE vacancies_vacancy DROP COLUMN IF EXISTS search_tsv")


class Migration(migrations.Migration):
    dependencies = [("vacancies", "0008_feed_updated_at")]
    operations = [migrations.RunPython(_column, _no_column)]
