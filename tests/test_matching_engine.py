"""The matching engine (plain Python, no database): score definition, the index against brute force, rings,
suitability and skill gaps."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from werkregie.matching.engine import geography, suitability
from werkregie.matching.engine.gaps import skill_gaps
from werkregie.matching.engine.index import MatchIndex
from werkregie.matching.engine.profiles import CERTIFIED, DECLARED, LEVELS, LICENCE_BIT, PersonProfile, VacancyProfile
from werkregie.matching.engine.scoring import GOOD_SCORE, score_pair
from werkregie.matching.engine.synthetic import SyntheticMarket
from werkregie.matching.engine.taxonomy import load

TAXONOMY = load()
PLACES = geography.places()
GENT, BRUGGE, ANTWERPEN, LUIK, AACHEN = (PLACES.position(c) for c in ("44021", "31005", "11002", "62063", "DE-AC"))


def occupation(label_en: str) -> int:
    return next(i for i, o in enumerate(TAXONOMY.occupations) if o.label("en") == label_en)


FORKLIFT = occupation("forklift operator")
ESSENTIAL = TAXONOMY.occupations[FORKLIFT].essential


@pytest.fixture(scope="module")
def market():
    synthetic = SyntheticMarket(TAXONOMY, PLACES, seed=11)
    vacancies, persons = synthetic.vacancies(1500), synthetic.persons(1200)
    return vacancies, persons, MatchIndex(TAXONOMY, PLACES, vacancies, persons)


def brute_vacancies(persons_or_vacancies, query, direction: str, top: int):
    pairs = [(score_pair(TAXONOMY, PLACES, query, other) if direction == "vacancies" else score_pair(TAXONOMY, PLACES, other, query), other.id)
             for other in persons_or_vacancies]
    return sorted((-e.score, i) for e, i in pairs if e.eligible)[:top]


def test_score_definition_and_explanation():
    vacancy = VacancyProfile(1, GENT, FORKLIFT, essential=ESSENTIAL[:4], optional=[], languages={"nl": LEVELS["B1"]}, hours=38)
    person = PersonProfile(7, GENT, skills={s: DECLARED for s in ESSENTIAL[:3]}, experience={FORKLIFT: 4}, languages={"nl": LEVELS["A2"]},
                           max_commute_km=30, hours_min=30, hours_max=40, licences=LICENCE_BIT["B"])
    e = score_pair(TAXONOMY, PLACES, person, vacancy)
    assert e.eligible and e.occupation_relation == "same"
    assert e.matched_essential == sorted(ESSENTIAL[:3]) and e.missing_essential == [ESSENTIAL[3]]
    assert e.components["skills"] == pytest.approx(0.75) and e.components["language"] == 0.5 and e.distance_km == 0
    assert e.score == pytest.approx(50 * 0.75 + 25 + 10 + 10 * 0.5 + 5)
    # the same pair scores the same from both directions
    index = MatchIndex(TAXONOMY, PLACES, [vacancy], [person])
    assert index.vacancies_for(person)[0].score == index.candidates_for(vacancy).matches[0].score == e.score


def test_hard_constraints_filter():
    vacancy = VacancyProfile(1, BRUGGE, FORKLIFT, essential=ESSENTIAL[:3], licence="CE", certified=ESSENTIAL[0])
    person = PersonProfile(7, GENT, skills={s: DECLARED for s in ESSENTIAL}, max_commute_km=20)
    e = score_pair(TAXONOMY, PLACES, person, vacancy)
    assert set(e.excluded_because) == {"commute", "licence", "certificate"}
    able = dataclasses.replace(person, max_commute_km=80, licences=LICENCE_BIT["CE"] | LICENCE_BIT["B"], skills={ESSENTIAL[0]: CERTIFIED})
    assert score_pair(TAXONOMY, PLACES, able, vacancy).eligible
    index = MatchIndex(TAXONOMY, PLACES, [vacancy], [person, dataclasses.replace(able, id=8)])
    assert [m.id for m in index.candidates_for(vacancy).matches] == [8]
    assert index.vacancies_for(person) == [] and [m.id for m in index.vacancies_for(able)] == [1]


def test_index_equals_brute_force(market):
    vacancies, persons, index = market
    for person in persons[:25]:
        assert [(-m.score, m.id) for m in index.vacancies_for(person, top=20)] == brute_vacancies(vacancies, person, "vacancies", 20)
    for vacancy in vacancies[:25]:
        found = index.candidates_for(vacancy, top=50, min_good=10**9).matches
        assert [(-m.score, m.id) for m in found] == brute_vacancies(persons, vacancy, "candidates", 50)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), person_position=st.integers(0, 1199))
def test_index_matches_brute_force_for_any_profile(market, seed, person_position):
    vacancies, persons, index = market
    person = SyntheticMarket(TAXONOMY, PLACES, seed=seed).person(10**6)
    assert [(-m.score, m.id) for m in index.vacancies_for(person, top=10)] == brute_vacancies(vacancies, person, "vacancies", 10)
    other = persons[person_position]
    assert all(m.score <= 100 for m in index.vacancies_for(other, top=5))


def test_exclude_and_pin(market):
    vacancies, persons, index = market
    person = persons[0]
    ranked = index.vacancies_for(person, top=5)
    excluded = index.vacancies_for(person, top=5, exclude={ranked[0].id})
    assert ranked[0].id not in [m.id for m in excluded] and excluded[0].id == ranked[1].id
    last = index.vacancies_for(person, top=200)[-1]
    pinned = index.vacancies_for(person, top=5, pinned=[last.id])
    assert pinned[0].id == last.id and pinned[0].pinned and len(pinned) == 6


def test_concentric_rings_open_only_when_the_inner_ring_is_short():
    vacancy = VacancyProfile(1, GENT, FORKLIFT, essential=ESSENTIAL[:4])
    skills = {s: DECLARED for s in ESSENTIAL[:4]}
    flemish = [PersonProfile(i, GENT, skills=skills, experience={FORKLIFT: 2}) for i in range(1, 4)]
    walloon = [PersonProfile(10 + i, LUIK, skills=skills, experience={FORKLIFT: 2}, relocate=True) for i in range(3)]
    german = [PersonProfile(20, AACHEN, skills=skills, experience={FORKLIFT: 2}, relocate=True)]
    index = MatchIndex(TAXONOMY, PLACES, [vacancy], flemish + walloon + german)
    enough = index.candidates_for(vacancy, min_good=3)
    assert enough.rings_searched == [1] and {m.ring for m in enough.matches} == {1} and enough.good_per_ring[1] == 3
    short = index.candidates_for(vacancy, min_good=5)
    assert short.rings_searched == [1, 2] and {m.ring for m in short.matches} == {1, 2}
    all_rings = index.candidates_for(vacancy, min_good=100)
    assert all_rings.rings_searched == [1, 2, 3, 4] and 3 in {m.ring for m in all_rings.matches}
    assert all(m.score >= GOOD_SCORE for m in all_rings.matches)


def test_suitability_during_and_after_the_protection_period():
    other = occupation("building cleaner")
    vacancy = VacancyProfile(1, ANTWERPEN, other, essential=TAXONOMY.occupations[other].essential[:4], hours=38)
    person = PersonProfile(7, GENT, skills={s: DECLARED for s in TAXONOMY.occupations[other].essential[:2]}, experience={FORKLIFT: 5},
                           max_commute_km=60, licences=LICENCE_BIT["B"])
    e = score_pair(TAXONOMY, PLACES, person, vacancy)
    early = suitability.check(person, vacancy, e, unemployed_months=2, age=35, work_limitation=False, monthly_wage=2500, minimum_monthly_wage=2070.48)
    assert early.verdict == suitability.NOT_SUITABLE
    assert {c.name: c.outcome for c in early.criteria}["occupation"] == suitability.NOT_MET
    assert "5 maanden" in early.criteria[0].reason
    late = suitability.check(person, vacancy, e, unemployed_months=8, age=35, work_limitation=False, monthly_wage=2500, minimum_monthly_wage=2070.48)
    assert late.verdict == suitability.SUITABLE, [c.reason for c in late.criteria]
    unknown_wage = suitability.check(person, vacancy, e, unemployed_months=8, age=35, work_limitation=True)
    assert unknown_wage.verdict == suitability.TO_CHECK
    assert {c.name for c in unknown_wage.criteria if c.outcome == suitability.CHECK} == {"wage", "health"}


def test_suitability_travel_hours_and_legal_requirements():
    vacancy = VacancyProfile(1, LUIK, FORKLIFT, essential=ESSENTIAL[:2], hours=38, licence="CE")
    on_foot = PersonProfile(7, BRUGGE, skills={s: DECLARED for s in ESSENTIAL}, experience={FORKLIFT: 5}, hours_min=19, hours_max=30)
    e = score_pair(TAXONOMY, PLACES, on_foot, vacancy)
    result = suitability.check(on_foot, vacancy, e, unemployed_months=1, age=25, work_limitation=False, monthly_wage=1000, minimum_monthly_wage=2070.48)
    outcomes = {c.name: c.outcome for c in result.criteria}
    assert outcomes == {"occupation": "met", "travel": "not_met", "hours": "not_met", "wage": "not_met", "health": "met", "legal": "not_met"}
    assert result.verdict == suitability.NOT_SUITABLE and "openbaar vervoer" in result.criteria[1].reason


def test_skill_gaps_ordered_by_vacancy_demand():
    have = set(ESSENTIAL[:2])
    demand = {s: n for n, s in enumerate(ESSENTIAL)}
    gaps = skill_gaps(TAXONOMY, have, FORKLIFT, demand)
    assert {g.skill for g in gaps} == set(ESSENTIAL) - have
    assert [g.open_vacancies for g in gaps] == sorted((g.open_vacancies for g in gaps), reverse=True)
