"""The public search's words within a place, from an index alone (issue 12, speed): `vacancies_term`, one row per
lexeme of the stored tsvector (migration 0009) of each open vacancy with a municipality, keyed by (municipality,
lexeme, vacancy) with the vacancy's creation time and whether the lexeme is in the title (weight A) beside the key.
A search with words around a place (search._term_page) then finds every hit within the radius, its date and its title
match by an index-only scan of the radius's municipalities, and reads only the page's rows from the vacancy table.
Before, PostgreSQL read the row of every vacancy within the radius to check the word (some 20,000 pages for
"magazijn" within 25 km of Gent).

PostgreSQL's own, like the tsvector column: not a Django model, SQLite (the demo) searches as before.

Kept by triggers on vacancies_vacancy, not by the code that writes vacancies: rows are written by save(), by the
import's COPY and bulk_update, by QuerySet.update() (closures, tombstones, title clean-up), by the demo's bulk_create
and by raw SQL (the bench's move of its vacancies); a trigger sees every one of them, in the same transaction, from the
same tsvector the search reads, so the table cannot drift from the column. Statement-level triggers with transition
tables: one INSERT … SELECT per statement (a COPY of 2,000 rows is one set-based insert, not 2,000 calls). An update
rewrites the rows of the vacancies whose open flag, municipality, creation time or tsvector changed (the old rows are
found by their key from the old values); a delete and a truncate remove them. The triggers exist before the backfill in
the same transaction (which holds the table's lock): no write falls between the two.

Autovacuum is asked to visit the table sooner than by default (2 % of it inserted or changed rather than 20 %): an
index-only scan reads the table's page for every entry on a page not yet marked all-visible."""

from django.db import migrations

FORWARD = """
CREATE TABLE vacancies_term (
    municipality_id varchar(5) NOT NULL,
    term text COLLATE "C" NOT NULL,
    vacancy_id bigint NOT NULL,
    created_at timestamptz NOT NULL,
    in_title boolean NOT NULL
) WITH (autovacuum_vacuum_insert_scale_factor = 0.02, autovacuum_vacuum_scale_factor = 0.02, autovacuum_analyze_scale_factor = 0.02);

-- the rows of open vacancies with a municipality, one per lexeme of their tsvector ('A' among its weights: in the title)
CREATE FUNCTION vacancies_term_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO vacancies_term (municipality_id, term, vacancy_id, created_at, in_title)
    SELECT n.municipality_id, l.lexeme, n.id, n.created_at, 'A' = ANY (l.weights)
    FROM new_rows n CROSS JOIN LATERAL unnest(n.search_tsv) l
    WHERE n.open AND n.municipality_id IS NOT NULL;
    RETURN NULL;
END $$;

CREATE FUNCTION vacancies_term_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM vacancies_term t
    USING old_rows o LEFT JOIN new_rows n ON n.id = o.id CROSS JOIN LATERAL unnest(o.search_tsv) l
    WHERE o.open AND o.municipality_id IS NOT NULL
      AND (n.id IS NULL OR (n.open, n.municipality_id, n.created_at, n.search_tsv) IS DISTINCT FROM (o.open, o.municipality_id, o.created_at, o.search_tsv))
      AND t.municipality_id = o.municipality_id AND t.term = l.lexeme AND t.vacancy_id = o.id;
    INSERT INTO vacancies_term (municipality_id, term, vacancy_id, created_at, in_title)
    SELECT n.municipality_id, l.lexeme, n.id, n.created_at, 'A' = ANY (l.weights)
    FROM new_rows n LEFT JOIN old_rows o ON o.id = n.id CROSS JOIN LATERAL unnest(n.search_tsv) l
    WHERE n.open AND n.municipality_id IS NOT NULL
      AND (o.id IS NULL OR (n.open, n.municipality_id, n.created_at, n.search_tsv) IS DISTINCT FROM (o.open, o.municipality_id, o.created_at, o.search_tsv));
    RETURN NULL;
END $$;

CREATE FUNCTION vacancies_term_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM vacancies_term t
    USING old_rows o CROSS JOIN LATERAL unnest(o.search_tsv) l
    WHERE o.open AND o.municipality_id IS NOT NULL
      AND t.municipality_id = o.municipality_id AND t.term = l.lexeme AND t.vacancy_id = o.id;
    RETURN NULL;
END $$;

CREATE FUNCTION vacancies_term_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE vacancies_term;
    RETURN NULL;
END $$;

CREATE TRIGGER vacancies_term_insert AFTER INSERT ON vacancies_vacancy
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION vacancies_term_add();
CREATE TRIGGER vacancies_term_update AFTER UPDATE ON vacancies_vacancy
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION vacancies_term_change();
CREATE TRIGGER vacancies_term_delete AFTER DELETE ON vacancies_vacancy
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION vacancies_term_remove();
CREATE TRIGGER vacancies_term_truncate AFTER TRUNCATE ON vacancies_vacancy
    FOR EACH STATEMENT EXECUTE FUNCTION vacancies_term_clear();

-- the backfill (the triggers above already hold every later write)
INSERT INTO vacancies_term (municipality_id, term, vacancy_id, created_at, in_title)
SELECT v.municipality_id, l.lexeme, v.id, v.created_at, 'A' = ANY (l.weights)
FROM vacancies_vacancy v CROSS JOIN LATERAL unnest(v.search_tsv) l
WHERE v.open AND v.municipality_id IS NOT NULL;
-- the key after the backfill: built from sorted rows, its pages are full (inserted one by one, each split page is half
-- empty: the index some half as large again, and a search reads more of its pages)
ALTER TABLE vacancies_term ADD CONSTRAINT vacancies_term_pkey PRIMARY KEY (municipality_id, term, vacancy_id) INCLUDE (created_at, in_title);
ANALYZE vacancies_term;
"""

BACKWARD = """
DROP TRIGGER IF EXISTS vacancies_term_insert ON vacancies_vacancy;
DROP TRIGGER IF EXISTS vacancies_term_update ON vacancies_vacancy;
DROP TRIGGER IF EXISTS vacancies_term_delete ON vacancies_vacancy;
DROP TRIGGER IF EXISTS vacancies_term_truncate ON vacancies_vacancy;
DROP FUNCTION IF EXISTS vacancies_term_add(), vacancies_term_change(), vacancies_term_remove(), vacancies_term_clear();
DROP TABLE IF EXISTS vacancies_term;
"""


def _forward(apps, schema_editor):  # noqa: ANN001 - Django's migration signature
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(FORWARD)


def _backward(apps, schema_editor):  # noqa: ANN001
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(BACKWARD)


class Migration(migrations.Migration):
    dependencies = [("vacancies", "0019_created_at_from_the_clock")]
    operations = [migrations.RunPython(_forward, _backward)]
