"""Issue 12 point 2, item 4: the vacancy import answered "2026-13-01" with "een datum JJJJ-MM-DD: gebruik DD/MM/JJJJ",
the Belgian form of a web form, while a JobPosting's dates are ISO 8601: the import asks for ISO 8601 (JJJJ-MM-DD),
also for a date out of range, and a Belgian "01/02/2026" is no JobPosting date."""

from __future__ import annotations

import json

import pytest

from werkregie.core import clock
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies import jobposting
from werkregie.vacancies.exchange import ImportRefused, import_records

from . import factories
from .test_input_ranges import TODAY


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "value", "says"), [
    ("datePosted", "2026-13-01", "geen geldige datum: gebruik ISO 8601 (JJJJ-MM-DD)"),
    ("datePosted", "01/02/2026", "geen geldige datum: gebruik ISO 8601 (JJJJ-MM-DD)"),
    ("validThrough", "0001-01-01", "(ISO 8601, JJJJ-MM-DD)"),
])
def test_the_import_asks_for_iso_8601_dates(db, field, value, says):
    from .test_matching_platform import vacancy

    employer = factories.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    with clock.travel_to(TODAY):
        record = jobposting.job_posting(vacancy(employer, monthly_wage=2650, description="Laden en lossen."))
        with pytest.raises(ImportRefused) as refused:
            import_records([json.dumps(record | {field: value})], "forem")
        [error] = refused.value.report.errors
        assert error.field == field and says in error.message and "DD/MM" not in error.message, error.message
        assert import_records([json.dumps(record | {"datePosted": "2026-02-28T09:00:00+01:00"})], "forem").created == 1
