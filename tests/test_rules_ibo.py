"""Issue 15, point 14: IBO (individuele beroepsopleiding in de onderneming) as a measure of the rules package, with
dated parameters, their sources and their uncertainty, in the catalogue so that the employers' support-measures page
shows it without a change to that page. Only what the sources here allow: no premium amounts."""

from __future__ import annotations

import html

import pytest
from hypothesis import given
from hypothesis import strategies as st

from werkregie.rules import system
from werkregie.rules.calc import RuleInputError, calculate
from werkregie.rules.catalogue import catalogue


def test_ibo_is_in_the_catalogue_with_sourced_and_uncertain_parameters():
    [ibo] = [m for m in catalogue() if m.key == "ibo"]
    assert ibo.group == "training" and ibo.start.isoformat() == "2019-10-01" and ibo.end is None
    assert {c.path for c in ibo.conditions} == {"ibo.maximale_duur", "ibo.tewerkstelling_na_ibo"}
    # each value says how sure it is, in the notes for the rules' maintainers (documentation), not in the words a page shows
    # (walk of issue 16: the notes reached the employer's page)
    params = system().parameters.ibo
    assert all(c.sources and "ONZEKER" in params.children[c.path.split(".")[-1]].documentation and "ONZEKER" not in c.description
               for c in ibo.conditions)
    assert any("regeerakkoord" in s.title.lower() for s in ibo.sources)
    node = system().parameters.ibo
    assert "productiviteitspremie" in node.description and "niet berekend" in node.description  # what is not encoded is said
    assert "NIET" in node.documentation and "rules.md" not in node.description


@given(weeks=st.floats(min_value=0.5, max_value=104, allow_nan=False).map(lambda w: round(w, 1)))
def test_duration_boundary_and_the_hire_after_it(weeks):
    result = calculate("2024-06", {"ibo_duur_weken": weeks}, ["ibo_duur_toegelaten", "ibo_minimale_tewerkstelling_weken"])
    allowed = weeks <= 26
    assert result["ibo_duur_toegelaten"] is allowed
    assert result["ibo_minimale_tewerkstelling_weken"] == (pytest.approx(weeks, abs=0.01) if allowed else 0)


def test_exactly_26_weeks_is_allowed_and_before_the_parameters_nothing_applies():
    assert calculate("2024-06", {"ibo_duur_weken": 26}, ["ibo_duur_toegelaten"])["ibo_duur_toegelaten"] is True
    assert calculate("2024-06", {"ibo_duur_weken": 26.1}, ["ibo_duur_toegelaten"])["ibo_duur_toegelaten"] is False
    assert calculate("2018-06", {"ibo_duur_weken": 12}, ["ibo_minimale_tewerkstelling_weken"])["ibo_minimale_tewerkstelling_weken"] == 0
    # weeks are a fact of the month, never added up over months
    assert calculate("2024-Q2", {"ibo_duur_weken": 12}, ["ibo_minimale_tewerkstelling_weken"])["ibo_minimale_tewerkstelling_weken"] == 12
    with pytest.raises(RuleInputError, match="is a value of a quarter"):
        calculate("2024", {"ibo_duur_weken": 12}, ["ibo_minimale_tewerkstelling_weken"])


@pytest.mark.django_db
def test_the_support_measures_page_shows_ibo(client):
    body = html.unescape(client.get("/steunmaatregelen/").content.decode())
    assert 'data-measure="ibo"' in body and 'data-parameter="ibo.maximale_duur"' in body
    assert "IBO, individuele beroepsopleiding in de onderneming" in body
