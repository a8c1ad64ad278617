"""The uniform decision rule table: dated, sourced, and its proposals always within the legal range."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from werkregie.compliance import rules
from werkregie.compliance.enums import Infringement
from werkregie.core import dated

DAY = dt.date(2026, 6, 1)


def test_every_rule_parameter_has_a_description_a_source_and_says_its_uncertainty():
    found = dated.catalogue(rules.PARAMETERS)
    assert len(found) == 1 + 7 * len(Infringement.values)
    for parameter in found:
        meta = parameter.metadata or {}
        assert parameter.description and meta.get("reference"), parameter.name
        assert meta.get("uncertainty"), f"{parameter.name}: the Flemish BVR text was not found, so every rule says how sure it is"


def test_the_documented_practice():
    assert (rules.propose("missed_appointment", 0, DAY).decision, rules.propose("missed_appointment", 1, DAY).weeks) == ("warning", 4)
    assert rules.propose("missed_appointment", 3, DAY).decision == "indefinite"  # the 4th in a year
    refused = rules.propose("refused_suitable_job", 0, DAY)
    assert (refused.decision, refused.weeks, refused.min_weeks, refused.max_weeks) == ("exclusion", 4, 4, 52)
    assert rules.propose("refused_suitable_job", 0, DAY, deliberate=True).decision == "indefinite"
    assert rules.propose("missed_appointment", 0, DAY, deliberate=True).decision == "warning"
    assert rules.repetition_window_months(DAY) == 12


def test_community_service_exists_only_from_2023():
    import pytest

    with pytest.raises(ValueError):
        rules.propose("community_service_refused", 0, dt.date(2022, 6, 1))


@given(st.sampled_from(Infringement.values), st.integers(min_value=0, max_value=12), st.booleans())
def test_a_proposal_is_always_within_its_legal_range_and_never_milder_on_repetition(infringement, earlier, deliberate):
    proposal = rules.propose(infringement, earlier, DAY, deliberate=deliberate)
    assert rules.check_decision(proposal, proposal.decision, proposal.weeks) == []
    following = rules.propose(infringement, earlier + 1, DAY, deliberate=deliberate)
    assert rules.severity(following.decision, following.weeks) >= rules.severity(proposal.decision, proposal.weeks)


@given(st.sampled_from(Infringement.values), st.integers(min_value=0, max_value=3), st.integers(min_value=0, max_value=80))
def test_weeks_outside_the_range_are_refused(infringement, earlier, weeks):
    proposal = rules.propose(infringement, earlier, DAY)
    errors = rules.check_decision(proposal, proposal.temporary_kind, weeks)
    assert (errors == []) == (proposal.min_weeks <= weeks <= proposal.max_weeks)
    assert rules.check_decision(proposal, "warning", 0) == [] and rules.check_decision(proposal, "none", 0) == []


def test_command_line_rule_table_and_proposal(capsys):
    import json

    from werkregie.cli import main

    assert main(["compliance", "propose", "missed_appointment", "--earlier", "1", "--on", "2026-06-01"]) == 0
    proposal = json.loads(capsys.readouterr().out)
    assert (proposal["decision"], proposal["weeks"], proposal["earlier"]) == ("suspension", 4, 1) and "52" in proposal["range"]
    assert main(["compliance", "rules", "--on", "2022-06-01"]) == 0
    table = json.loads(capsys.readouterr().out)
    assert "community_service_refused" not in table["infringements"] and table["infringements"]["missed_appointment"]["definitive_after"] == 4
    assert main(["compliance", "propose", "littering"]) == 2
    assert "infringement" in capsys.readouterr().err


def test_labels_are_translated():
    from django.utils import translation

    with translation.override("fr"):
        assert str(Infringement.REFUSED_SUITABLE_JOB.label) == "Emploi convenable refusé"
    with translation.override("en"):
        assert str(Infringement.MISSED_APPOINTMENT.label).startswith("Did not attend")
