"""A soft hyphen (U+00AD) in an imported record is a hyphenation hint, not text: ESCO's own Dutch labels carry it
("Groothandelaar in computers, rand\u00adap\u00adpa\u00adra\u00adtuur en software"), so the benchmark's import of
ESCO titles was refused whole (61 of 100,000 records) once titles were checked for control characters. It is dropped;
every other control or format character still refuses the record."""

from __future__ import annotations

import json

import pytest

from werkregie.vacancies.exchange import ImportRefused, import_records
from werkregie.vacancies.models import Vacancy

from .test_vacancies_exchange import exported  # noqa: F401 - the fixture

ESCO_TITLE = "Groothandelaar in computers, rand\u00adap\u00adpa\u00adra\u00adtuur en software"


def test_soft_hyphens_are_dropped_from_title_description_and_employer(exported):  # noqa: F811
    _, lines = exported
    record = json.loads(lines[0]) | {"identifier": {"@type": "PropertyValue", "value": "soft-1"}, "title": ESCO_TITLE,
                                     "description": f"{ESCO_TITLE} gezocht voor on\u00adze win\u00adkel."}
    report = import_records([json.dumps(record)], "forem")
    assert report.rejected == 0
    stored = Vacancy.objects.get(source="forem", source_id="soft-1")
    assert stored.title == "Groothandelaar in computers, randapparatuur en software"
    assert "\u00ad" not in stored.description and "onze winkel" in stored.description


@pytest.mark.parametrize("character", ["\u202e", "\u200b", "\u0007"])
def test_other_invisible_characters_still_refuse_the_record(exported, character):  # noqa: F811
    _, lines = exported
    record = json.loads(lines[0]) | {"identifier": {"@type": "PropertyValue", "value": "bad-1"}, "title": f"Las{character}ser"}
    with pytest.raises(ImportRefused) as refused:
        import_records([json.dumps(record)], "forem")
    assert [(e.line, e.field) for e in refused.value.report.errors] == [(1, "title")]
    assert not Vacancy.objects.filter(source="forem", source_id="bad-1").exists()
