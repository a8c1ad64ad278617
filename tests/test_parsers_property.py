"""Property tests: whatever a form, an API call or an import file holds, checking it never crashes."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkregie.core.identifiers import insz_problem, kbo_problem
from werkregie.people.importer import ImportFileError, read_rows
from werkregie.people.use_cases import search_branches
from werkregie.people.validation import Lookups, validate_person

FIELDS = ["insz", "first_name", "last_name", "birth_date", "sex", "nationality", "municipality", "postal_code", "education_level",
          "driving_licences", "digital_skills", "languages", "email", "phone", "registered_on"]
values = st.one_of(st.none(), st.text(max_size=40), st.integers(), st.floats(allow_nan=True), st.lists(st.text(max_size=5), max_size=3),
                   st.dictionaries(st.text(max_size=3), st.text(max_size=4), max_size=3))


@pytest.fixture
def lookups(ref):
    return Lookups.load()


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None)
@given(st.dictionaries(st.sampled_from(FIELDS), values))
def test_person_validation_never_crashes(lookups, data):
    clean, errors = validate_person(data, lookups)
    assert all(e.field and e.message for e in errors)
    if not errors:
        assert insz_problem(clean["insz"]) is None and clean["municipality_id"]


@given(st.text(max_size=30))
def test_identifier_checks_never_crash(text):
    assert insz_problem(text) is None or isinstance(insz_problem(text), str)
    assert kbo_problem(text) is None or isinstance(kbo_problem(text), str)


@given(st.text(max_size=60))
def test_search_text_never_crashes(text):
    assert len(search_branches(text)) >= 1


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow], deadline=None)
@given(st.binary(max_size=400))
def test_import_reader_refuses_garbage_cleanly(tmp_path_factory, content):
    path = tmp_path_factory.mktemp("csv") / "f.csv"
    path.write_bytes(content)
    try:
        read_rows(path)
    except ImportFileError as exc:
        assert str(exc)
