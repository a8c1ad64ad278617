"""Browser walk of issue 13: for the demo citizen's target "magazijnchef" (warehouse manager) 37 of the 40 essential
gaps had no course in the demo catalogue, and the guide offered a distillery module for "zware gewichten tillen"; 310
of the demo's 1,194 sessions began on a Saturday or Sunday. Now the demo catalogue teaches every essential skill of the
demo's target occupations and of the bottleneck occupations with modules of their own (synthetic.MODULE_SKILLS),
an optional course of another trade is offered only when no course of a related context teaches the gap
(relevance.related_context), and sessions start on working days (no modality is a weekend course)."""

from __future__ import annotations

import datetime as dt

import pytest

from werkregie.core.workdays import is_working_day
from werkregie.matching.engine import geography
from werkregie.matching.platform import taxonomy
from werkregie.training import bottlenecks, demo, relevance
from werkregie.training.enums import Modality
from werkregie.training.synthetic import catalogue

START = dt.date(2026, 12, 1)


def _occupation(english: str) -> int:
    return next(i for i, o in enumerate(taxonomy().occupations) if o.label("en") == english)


def _without_course(rows: list[dict], occupation: int) -> list[str]:
    """The occupation's essential skills that no course mostly about it (relevance.on_target) teaches."""
    tax = taxonomy()
    own = relevance.occupation_skill_uris(tax, occupation)
    taught = {u for r in rows if relevance.on_target(frozenset(r["skills"]), own) for u in r["skills"]}
    return [tax.skills[s].uri for s in relevance.essential(tax, occupation) if tax.skills[s].uri not in taught]


@pytest.mark.django_db
def test_the_demo_catalogue_teaches_every_essential_skill_of_the_demo_targets_and_the_bottleneck_occupations():
    tax = taxonomy()
    rows = [r for rs in demo.records(start=START).values() for r in rs]
    assert len(rows) == demo.DEMO_COURSES
    targets = [tax.occupation_index[u] for u in demo.demo_targets()]
    assert {_occupation("warehouse manager"), _occupation("warehouse worker")} <= set(targets)
    listed = [tax.occupation_index[u] for u in bottlenecks.published() if u in tax.occupation_index]
    assert listed
    for occupation in (*targets, *listed):
        if len(tax.occupations[occupation].essential) >= 3:
            assert _without_course(rows, occupation) == [], tax.occupations[occupation].label("en")


def test_before_only_a_few_essential_skills_of_an_occupation_had_a_course():
    """What the walk measured (37 of 40 for the warehouse manager, who was not among the catalogue's occupations when the
    training demo ran before the careers demo gave the citizen that target): the drawn courses alone."""
    manager = _occupation("warehouse manager")
    rows = [r for rs in catalogue(taxonomy(), geography.places(), courses=600, start=START).values() for r in rs]
    assert len(_without_course(rows, manager)) > 20
    complete = [r for rs in catalogue(taxonomy(), geography.places(), courses=600, start=START, extra_occupations=[manager],
                                      complete=[manager]).values() for r in rs]
    assert _without_course(complete, manager) == []


def test_sessions_start_on_working_days():
    assert {m.value for m in Modality} == {"classroom", "online", "dual"}  # no weekend course to leave out
    rows = [r for rs in catalogue(taxonomy(), geography.places(), courses=600, start=START, complete=[_occupation("warehouse manager")]).values()
            for r in rs]
    starts = [dt.date.fromisoformat(s["start"]) for r in rows for s in r["sessions"]]
    assert len(starts) > 1000
    assert [d for d in starts if not is_working_day(d)] == []


def test_an_optional_course_of_an_unrelated_trade_is_left_out_when_a_related_one_teaches_the_gap():
    tax = taxonomy()
    kin = relevance.kinship(tax)
    worker = _occupation("warehouse worker")
    own = relevance.occupation_skill_uris(tax, worker)
    lift = next(s.uri for s in tax.skills if s.label("en") == "lift heavy weights")
    distillery = [tax.skills[s].uri for s in relevance.essential(tax, _occupation("distillery worker"))
                  if tax.skills[s].uri not in own and not kin.stands_for(tax.skills[s].uri, lift)][:3]
    related = sorted(own - {lift})[:1]
    far = distillery[:2]
    skills_of = {1: frozenset([lift, *distillery]), 2: frozenset([lift, *related, *far])}
    scores = {1: 0.25, 2: 0.25}
    assert not relevance.related_context(skills_of[1], lift, own, kin) and relevance.related_context(skills_of[2], lift, own, kin)
    assert relevance.optional_courses(lift, [1, 2], skills_of, scores, kin, occupation_skills=own) == [2]
    # nothing closer teaches it: the unrelated course is still offered (a way to learn the gap, shown as optional)
    assert relevance.optional_courses(lift, [1], skills_of, scores, kin, occupation_skills=own) == [1]
    assert set(relevance.optional_courses(lift, [1, 2], skills_of, scores, kin)) == {1, 2}  # without the occupation, as before
    assert relevance.related_context([lift], lift, own, kin)  # a course about the gap alone
