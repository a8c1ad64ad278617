"""Walk of issue 16: the screening's explanations said the factor, not the value behind it: "De kans daalt met 10
procentpunten door de werkervaring in de laatste twee jaar" for someone without work since 12/2022, "door het rijbewijs
(of het ontbreken ervan)", "al 3 jaar werk zoekt" at 3 years and 11 months, and "…, hier is die lange afstand"."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from werkregie.screening import texts
from werkregie.screening.engine import assessment as rules


def sentences(inputs: dict, reader: str, *factors: tuple[str, float]) -> list[str]:
    score = SimpleNamespace(inputs=inputs, factors=[{"feature": f, "label": f, "effect": e} for f, e in factors], changes=[])
    return [f["text"] for f in texts.explained(score, reader)["factors"]]


@pytest.mark.parametrize("reader", [texts.COUNSELLOR, texts.CITIZEN])
def test_no_work_in_two_years_is_said_as_its_lack(reader):
    [text] = sentences({"days_worked_2y": 0}, reader, ("days_worked_2y", -10.2))
    assert text == "De kans daalt met 10 procentpunten door het ontbreken van werkervaring in de laatste twee jaar."
    [worked] = sentences({"days_worked_2y": 300}, reader, ("days_worked_2y", 4))
    assert "werkervaring in de laatste twee jaar" in worked and "ontbreken" not in worked


def test_the_driving_licence_is_named_by_the_input():
    [has] = sentences({"driving_licence": "ja"}, texts.COUNSELLOR, ("driving_licence", 3))
    [lacks] = sentences({"driving_licence": "nee"}, texts.COUNSELLOR, ("driving_licence", -5))
    [mine] = sentences({"driving_licence": "ja"}, texts.CITIZEN, ("driving_licence", 3))
    assert has == "De kans stijgt met 3 procentpunten door het rijbewijs."
    assert lacks == "De kans daalt met 5 procentpunten door het ontbreken van een rijbewijs."
    assert mine == "De kans stijgt met 3 procentpunten door uw rijbewijs."
    assert all("of het ontbreken ervan" not in t for t in (has, lacks, mine))


def test_the_duration_keeps_its_months():
    assert texts.duration_clause(47, texts.COUNSELLOR) == "de persoon al 3 jaar en 11 maanden werk zoekt"
    assert texts.duration_clause(37, texts.CITIZEN) == "u al 3 jaar en 1 maand werk zoekt"
    assert texts.duration_clause(36, texts.CITIZEN) == "u al 3 jaar werk zoekt"


def test_french_and_english_have_the_new_words():
    """The catalogues are compiled by the lead from scripts/translations*.py: every new text is there in both."""
    import importlib.util
    from pathlib import Path

    found: dict = {}
    for path in sorted((Path(__file__).resolve().parent.parent / "scripts").glob("translations*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        found.update(getattr(module, "T", {}))
    for msgid in (texts.NO_WORK_2Y, *(w for by in texts.LICENCE.values() for w in by.values()), "%(years)s en %(months)s",
                  rules.TEXTS["screening.reason.not_self_reliant.distance"]):
        if msgid:
            assert all(found.get(str(msgid), ())), msgid


def test_the_proposal_says_the_persons_distance_plainly():
    far = rules.propose(0.2, rules.Answers(dutch_level="C1", digital_skills="basic"))
    assert far.reasons[-1].endswith("deze persoon heeft een lange afstand.") and "hier is die" not in far.reasons[-1]
