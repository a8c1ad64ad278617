"""The search's words by place (`vacancies_term`, migration 0020) for a bulk insert in one sorted statement (issue 12,
speed of the import).

The insert trigger wrote the words of each COPY batch of the import as it came: 50 statements for 100,000 vacancies,
each adding some 31,000 rows at random places of an index larger than the database's buffers (26 of the import's 35 s
of writing on the bench's 300,000 vacancies). A writer that inserts many vacancies now may say so for its own
transaction (`werkregie.terms_deferred` = 'on', set with set_config(..., true): it ends with the transaction) and
then adds their words itself in one statement sorted by the index's key (vacancies.search.terms_deferred, the only
one that does). Every other write — save(), bulk_create, raw SQL, the demo — goes through the trigger as before;
updates, deletes and truncates always do."""

from django.db import migrations

# the trigger's insert, as migration 0020 wrote it
INSERT_WORDS = """
    INSERT INTO vacancies_term (municipality_id, term, vacancy_id, created_at, in_title)
    SELECT n.municipality_id, l.lexeme, n.id, n.created_at, 'A' = ANY (l.weights)
    FROM new_rows n CROSS JOIN LATERAL unnest(n.search_tsv) l
    WHERE n.open AND n.municipality_id IS NOT NULL;
"""

FORWARD = """
CREATE OR REPLACE FUNCTION vacancies_term_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('werkregie.terms_deferred', true) = 'on' THEN
        RETURN NULL;  -- the writer adds the words of these rows itself before its transaction ends
    END IF;""" + INSERT_WORDS + """    RETURN NULL;
END $$;
"""

BACKWARD = """
CREATE OR REPLACE FUNCTION vacancies_term_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN""" + INSERT_WORDS + """    RETURN NULL;
END $$;
"""


def _forward(apps, schema_editor):  # noqa: ANN001 - Django's migration signature
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def _backward(apps, schema_editor):  # noqa: ANN001
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("vacancies", "0025_application_shared_at_end")]
    operations = [migrations.RunPython(_forward, _backward)]
