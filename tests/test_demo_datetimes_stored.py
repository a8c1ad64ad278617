"""Issue 12 (attack): the synthetic population's writer stored datetimes as ISO text with 'T' and an offset
('2025-02-08T10:00:00+00:00') where Django's SQLite backend stores '2025-02-08 10:00:00', so a `__date` lookup found
one consent of 537 and the employer's candidate suggestions were empty on every vacancy. The writer now stores
datetimes as the backend does, on SQLite (executemany) and on PostgreSQL (COPY)."""

from __future__ import annotations

import datetime as dt

from django.db import connection

from werkregie.demo.services import generate_population
from werkregie.people.models import Consent, Person
from werkregie.vacancies.candidates import _Consenting


def _raw(table: str, column: str) -> list[object]:
    """The stored value itself: on SQLite the text (the driver would parse a datetime column)."""
    selected = f"CAST({column} AS TEXT)" if connection.vendor == "sqlite" else column
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {selected} FROM {table}")
        return [row[0] for row in cursor.fetchall()]


def test_demo_written_consents_and_persons_are_found_by_a_date_lookup(ref):
    assert generate_population(300, seed=3) == 300
    consents = Consent.objects.filter(purpose="proposal_to_employers")
    assert consents.count() > 5
    latest = max(c.given_at for c in consents).date()
    assert consents.filter(given_at__date__lte=latest).count() == consents.count()
    # the employer's candidate suggestions read the consenting persons with this very query
    assert _Consenting._query(latest).count() == consents.filter(withdrawn_at__isnull=True).count()
    days = {c.given_at.date() for c in consents}
    assert sum(consents.filter(given_at__date=d).count() for d in days) == consents.count()
    persons = Person.objects.all()
    made = persons.first().created_at.date()
    assert persons.filter(created_at__date=made).count() == persons.filter(updated_at__date=made).count() == 300


def test_demo_written_datetimes_are_stored_as_the_orm_stores_them(ref):
    generate_population(50, seed=4)
    person = Person.objects.first()
    stored = _raw("people_person", "created_at")[0]
    if connection.vendor == "sqlite":
        expected = connection.ops.adapt_datetimefield_value(person.created_at)
        assert stored == expected and "T" not in stored and "+" not in stored
        given = _raw("people_consent", "given_at")
        assert all(" " in g and "T" not in g and "+" not in g for g in given)
    else:
        assert stored == person.created_at and stored.tzinfo is not None
    # a row the ORM writes and a row the bulk writer writes compare alike
    copy = Consent.objects.create(person=person, purpose="proposal_to_employers", given_at=dt.datetime(2025, 2, 8, 10, tzinfo=dt.timezone.utc), recorded_by="t")
    assert Consent.objects.filter(given_at__date__lte=dt.date(2025, 2, 8), pk=copy.pk).exists()
