"""The live match index (issue 18, point 7): edits reach the index at the next request without a rebuild, and the
index with its overlay answers exactly what a full rebuild would."""

from __future__ import annotations

import dataclasses
import random

import numpy as np
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.matching import platform
from werkregie.matching.engine import geography
from werkregie.matching.engine import live as live_module
from werkregie.matching.engine.index import MatchIndex
from werkregie.matching.engine.live import LiveIndex
from werkregie.matching.engine.synthetic import SyntheticMarket
from werkregie.matching.models import PersonSkill
from werkregie.matching.signals import bump
from werkregie.vacancies.models import Vacancy

from .test_matching_platform import NOW, SKILLS, bearer, market, seeker, vacancy  # noqa: F401 - the shared fixture

TAXONOMY = platform.taxonomy()
PLACES = geography.places()


def _answers(index, persons, vacancies, pinned, excluded) -> tuple[list, list]:  # noqa: ANN001 - a MatchIndex or LiveIndex
    by_person = [[(m.id, m.score, m.pinned) for m in index.vacancies_for(p, top=7, exclude=excluded, pinned=pinned)] for p in persons]
    by_vacancy = []
    for v in vacancies:
        found = index.candidates_for(v, top=9, min_good=3, good_score=50.0, exclude=excluded, pinned=pinned)
        by_vacancy.append(([(m.id, m.score, m.pinned) for m in found.matches], found.rings_searched, found.good_per_ring))
    return by_person, by_vacancy


@settings(max_examples=12, deadline=None)
@given(seed=st.integers(0, 10_000), changed_share=st.floats(0.0, 0.6), chunk=st.integers(1, 40))
def test_the_live_index_answers_what_a_full_rebuild_answers(seed, changed_share, chunk):
    market = SyntheticMarket(TAXONOMY, PLACES, seed=seed)
    rng = random.Random(seed)
    vacancies = {v.id: v for v in market.vacancies(120)}
    persons = {p.id: p for p in market.persons(90)}
    base = MatchIndex(TAXONOMY, PLACES, list(vacancies.values()), list(persons.values()))
    replacement_v, replacement_p = market.vacancies(60, first_id=1), market.persons(60, first_id=1)
    events = []  # (kind, id, profile or None): some ids change twice, some leave, some are new
    for _round in range(2):
        for i in rng.sample(sorted(vacancies), int(len(vacancies) * changed_share)):
            events.append(("v", i, None if rng.random() < 0.3 else dataclasses.replace(rng.choice(replacement_v), id=i)))
        for i in rng.sample(sorted(persons), int(len(persons) * changed_share)):
            events.append(("p", i, None if rng.random() < 0.3 else dataclasses.replace(rng.choice(replacement_p), id=i)))
    events += [("v", v.id, v) for v in market.vacancies(5, first_id=1000)] + [("p", p.id, p) for p in market.persons(5, first_id=1000)]
    rng.shuffle(events)
    live_module.RECENT_LIMIT, limit = 16, live_module.RECENT_LIMIT  # small: the newest layer spills over into the older one
    try:
        live = LiveIndex(base)
        for start in range(0, len(events), chunk):  # as requests apply them, a few at a time
            part = events[start:start + chunk]
            live = live.applied({i: x for k, i, x in part if k == "v"}, {i: x for k, i, x in part if k == "p"})
    finally:
        live_module.RECENT_LIMIT = limit
    final_v = {**vacancies, **{i: x for k, i, x in events if k == "v"}}
    final_p = {**persons, **{i: x for k, i, x in events if k == "p"}}
    final_v, final_p = [v for v in final_v.values() if v is not None], [p for p in final_p.values() if p is not None]
    rebuilt = MatchIndex(TAXONOMY, PLACES, final_v, final_p)
    queries_p, queries_v = rng.sample(final_p, min(12, len(final_p))), rng.sample(final_v, min(12, len(final_v)))
    pinned = [v.id for v in rng.sample(final_v, 2)] + [p.id for p in rng.sample(final_p, 2)]
    excluded = {v.id for v in rng.sample(final_v, 2)} | {p.id for p in rng.sample(final_p, 2)}
    assert _answers(live, queries_p, queries_v, pinned, excluded) == _answers(rebuilt, queries_p, queries_v, pinned, excluded)
    assert _answers(live, queries_p, queries_v, [], set()) == _answers(rebuilt, queries_p, queries_v, [], set())
    skills = list(range(0, len(TAXONOMY.skills), 7))
    assert live.open_vacancies_asking(skills) == rebuilt.open_vacancies_asking(skills)
    for v in rng.sample(final_v, 5):
        assert live.vacancy_profile(v.id).essential == rebuilt.vacancy_profile(v.id).essential


def test_masking_leaves_the_original_index_as_it_was():
    market = SyntheticMarket(TAXONOMY, PLACES, seed=3)
    base = MatchIndex(TAXONOMY, PLACES, market.vacancies(50), market.persons(40))
    masked = base.without([1, 2], [3])
    assert base.v_alive.all() and base.p_alive.all()
    assert not masked.v_alive[[base.v_position[1], base.v_position[2]]].any() and not masked.p_alive[base.p_position[3]]
    assert masked.v_items is base.v_items  # the arrays are shared, only the masks copied


def _listed(client: Client, person, counsellor) -> list[int]:  # noqa: ANN001 - models
    response = client.get(f"/api/v1/matching/persons/{person.pk}/vacancies", **bearer(counsellor))
    assert response.status_code == 200, response.content
    return [r["vacancy_id"] for r in response.json()]


def test_a_saved_vacancy_is_listed_at_the_next_request_without_a_rebuild(market):
    client = Client()
    assert market["near"].pk in _listed(client, market["strong"], market["counsellor"])
    builds = platform.full_builds()
    new = vacancy(market["employer"], title="Heftruckchauffeur nachtploeg")  # saved: the change log has it
    assert new.pk in _listed(client, market["strong"], market["counsellor"])
    market["near"].open = False
    market["near"].save()
    assert market["near"].pk not in _listed(client, market["strong"], market["counsellor"])
    assert platform.full_builds() == builds  # applied from the change log, no rebuild


def test_an_edited_profile_changes_the_candidate_list_without_a_rebuild(market):
    client = Client()

    def candidates() -> dict[int, float]:
        response = client.get(f"/api/v1/matching/vacancies/{market['near'].pk}/candidates", **bearer(market["counsellor"]))
        assert response.status_code == 200, response.content
        return {r["person_id"]: r["explanation"]["score"] for r in response.json()["candidates"]}

    before = candidates()
    builds = platform.full_builds()
    for uri in SKILLS[1:4]:
        PersonSkill.objects.create(person=market["weak"], skill_uri=uri, source="declared", added_at=NOW)
    after = candidates()
    assert after[market["weak"].pk] > before[market["weak"].pk]
    newcomer = seeker(SKILLS[:4], team=market["team"])
    assert newcomer.pk in candidates()
    assert platform.full_builds() == builds


def test_a_bulk_load_rebuilds(market):
    platform.current_index()
    builds = platform.full_builds()
    Vacancy.objects.filter(pk=market["near"].pk).update(hours_per_week=12)  # a bulk write: no signal, so it says so itself
    bump()
    assert platform.current_index().vacancy_profile(market["near"].pk).hours == 12
    assert platform.full_builds() == builds + 1


def test_many_changes_fold_into_a_rebuild(market, monkeypatch):
    monkeypatch.setattr(platform, "OVERLAY_LIMIT", 2)
    platform.current_index()
    builds = platform.full_builds()
    for n in range(3):
        vacancy(market["employer"], title=f"Heftruckchauffeur {n}")
    live = platform.current_index()  # applies the three, then folds them (in a transaction: at once)
    assert platform.full_builds() == builds + 1
    assert platform.current_index().changed() == 0 and len(live.full_base.v_id) >= 6
    assert np.all(platform.current_index().base.v_alive)
