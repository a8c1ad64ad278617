"""Walk of issue 13 on the guide's suggestions, its plan and the career signals (M2, M3, M4 and the signal's wording)."""

from __future__ import annotations

import datetime as dt

from django.template.loader import render_to_string
from django.utils import translation

from werkregie.careers import signals as engine
from werkregie.careers import signals_data, signals_panel
from werkregie.matching.platform import taxonomy
from werkregie.training import relevance
from werkregie.training.bottlenecks import Target
from werkregie.training.guide_engine import Option, plan


def test_a_suggestion_with_none_of_its_essential_skills_in_hand_is_not_close():
    # the ISCO sub-major group alone (0.1) reached MIN_CLOSENESS: "dicht bij uw profiel: … 0 van de 13"
    assert not relevance.suggestable(relevance.Closeness(0.1, 0, 13, 2, 5))
    # one of 13 in hand is not close either since MIN_SKILL_SHARE (a fifth: walk of issue 13, 2 of 26 called close)
    assert not relevance.suggestable(relevance.Closeness(0.1 + 1 / 13, 1, 13, 2, 5))
    assert relevance.suggestable(relevance.Closeness(0.1 + 3 / 13, 3, 13, 2, 5))
    assert not relevance.suggestable(relevance.Closeness(0.05, 1, 20, 0, None))


def test_the_guide_shows_its_counts_by_the_platforms_one_small_cell_rule():
    with translation.override("nl"):
        assert (Target("u", "x", 0, 0).vacancies_shown, Target("u", "x", 0, 0).seekers_shown) == ("geen", "geen")
        small = Target("u", "x", 4, 3)
        assert (small.vacancies_shown, small.seekers_shown) == ("minder dan 10", "minder dan 10")
        assert Target("u", "x", 25, 0).vacancies_shown == "25" and Target("u", "x", 25, 12).seekers_shown == "12"
    # the API gives the same counts: null where the page says "minder dan 10" (the walk's helper saw raw counts there)
    assert (small.published("vacancies"), small.published("seekers")) == (None, None)
    assert Target("u", "x", 25, 12).published("seekers") == 12 and Target("u", "x", 0, 0).published("vacancies") == 0


GENERIC, OWN_GAP, OTHER = "generic-gap", "own-gap", "other-occupation-skill"


def test_a_far_course_of_another_occupation_is_not_proposed_for_a_generic_gap_only():
    occupation = frozenset({GENERIC, OWN_GAP, "held"})
    # the port controller's module: two of its three skills in the target (relevance 2/3) but 148 km away, and of the
    # gaps it closes only the generic one
    far = Option(1, frozenset({GENERIC, OTHER, "held"}), 300, 24, 148.0, 20)
    own = Option(2, frozenset({OWN_GAP}), 300, 24, 10.0, 20)
    result = plan([GENERIC, OWN_GAP], [far, own], occupation_skills=occupation, generic=frozenset({GENERIC}))
    assert [p.option.id for p in result.picks] == [2]
    assert result.uncovered == [GENERIC] and result.far == {GENERIC: [1]} and result.off_target == {}
    # near, online, wholly on target or closing a specific gap too, the same course stays a candidate
    for option in (Option(1, far.skills, 300, 24, 30.0, 20), Option(1, far.skills, 300, 24, None, 20),
                   Option(1, frozenset({GENERIC, "held"}), 300, 24, 148.0, 20), Option(1, frozenset({GENERIC, OWN_GAP, OTHER}), 300, 24, 148.0, 20)):
        again = plan([GENERIC, OWN_GAP], [option, own], occupation_skills=occupation, generic=frozenset({GENERIC}))
        assert GENERIC not in again.uncovered and not again.far


def test_adjacent_occupations_never_include_the_persons_own_ones():
    candidates = [(7, 50, {1, 2, 9}, {1, 2}), (10, 40, {1, 2, 8}, {1, 2})]
    found = engine.adjacent(0, {1, 2, 3}, {1, 2, 3}, candidates, lambda i: [], below=10, exclude=frozenset({7}))
    assert [a.occupation for a in found] == [10]


def _block(adjacent, vacancies=(20, 30, 40, 60)):  # noqa: ANN001, ANN202
    tax = taxonomy()
    quarters = engine.last_quarters(dt.date(2026, 11, 15))
    demand = engine.demand(quarters, list(vacancies), [20, 20, 20, 20], below=10)
    signal = signals_data.OccupationSignals(tax.occupations[0].uri, 0, "target", signals_data.Area("40000", "Oost-Vlaanderen", ""),
                                            demand, adjacent, [])
    return signals_panel.occupation_block(signal, tax, "nl")


def test_an_adjacent_occupation_says_what_the_person_has_of_it_in_the_terms_of_what_they_miss():
    with translation.override("nl"):
        block = _block([engine.Adjacent(1, 50, 0.06, [], 13)])
        html = render_to_string("careers/_signals_panel.html", {"signals": [block], "signals_allowed": True, "signals_threshold": 10})
    assert "gedeelde competenties" not in html and "U hebt alle vereiste competenties." in html


def test_the_change_is_named_against_the_quarter_it_compares_with():
    with translation.override("nl"):
        block = _block([])
    # four quarters shown, ending with the running one: the first is three quarters back, K1 2026
    assert "tegenover vier kwartalen geleden" not in block["summary"] and "tegenover K1 2026" in block["summary"]


def test_why_a_lighter_course_is_proposed_reads_as_a_sentence():
    from types import SimpleNamespace

    from werkregie.training.guide_engine import Reason
    from werkregie.training.use_cases.guide import _reason_text

    pick = SimpleNamespace(reason=Reason("lighter", None, 1, ["cost", "start"]), closes=["a"])
    with translation.override("nl"):
        text = _reason_text(pick, {})
    assert text == "Sluit dezelfde tekorten als een andere opleiding, maar is goedkoper, begint eerder."
