"""Issue 12 point 9: can a hidden cell of the skill-gap statistic (competences employers most often missed, per
occupation and province: vacancies.feedback, its page and /api/v1/vacancies/stats/missed-skills) be recovered by
subtraction? The page and the API show one row per (occupation, province, competence) and no total of any kind, so
every total an attacker could subtract from is itself unknown. The property test gives the attacker every total the
rows add up to (per occupation, per province, per competence, per pair, the grand total) as relations with an unknown
whole, plus the sums the statistic declares it shows (feedback.gap_sums), and solves the linear system: no hidden
cell is ever determined. The same solver recovers a cell at once when a total is published (the check has teeth)."""

from __future__ import annotations

import itertools
from collections import Counter

import numpy as np
import pytest
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.accounts.models import Role
from werkregie.vacancies import feedback as feedback_cases
from werkregie.vacancies.models import Application, ApplicationFeedback

from . import factories as f
from .test_matching_platform import SKILLS, seeker
from .test_vacancies import NOW, bearer, logged_in, world  # noqa: F401 - the fixture

OCCUPATIONS, PROVINCES, COMPETENCES = ["o1", "o2"], ["Antwerpen", "Limburg", ""], ["s1", "s2", "s3"]
BELOW = 10


def _totals(keys: list[tuple]) -> list[tuple[tuple, list[tuple]]]:
    """Every total the rows add up to: over any subset of the three axes (a pair, one axis, the grand total)."""
    relations = []
    for fixed in itertools.chain.from_iterable(itertools.combinations(range(3), n) for n in range(3)):
        groups: dict[tuple, list[tuple]] = {}
        for key in keys:
            groups.setdefault(("total", fixed, tuple(key[i] for i in fixed)), []).append(key)
        relations += [(whole, parts) for whole, parts in groups.items() if len(parts) > 1]
    return relations


def recovered(shown: dict, relations: list[tuple[object, list]]) -> set:
    """The cells whose value follows from the published ones through the relations (whole = Σ parts): the unknowns are
    the hidden cells and every whole not published; an unknown is determined when its unit vector lies in the row space
    of the system (rank test)."""
    unknowns = sorted({k for k, v in shown.items() if v is None} | {w for w, _parts in relations if w not in shown}, key=str)
    if not unknowns or not relations:
        return set()
    column = {k: i for i, k in enumerate(unknowns)}
    rows = []
    for whole, parts in relations:
        row = np.zeros(len(unknowns))
        for key, sign in [(whole, -1.0)] + [(p, 1.0) for p in parts]:
            if key in column:
                row[column[key]] += sign
        rows.append(row)
    system = np.array(rows)
    rank = np.linalg.matrix_rank(system)
    found = set()
    for key, i in column.items():
        unit = np.zeros(len(unknowns))
        unit[i] = 1.0
        if shown.get(key, 0) is None and np.linalg.matrix_rank(np.vstack([system, unit])) == rank:
            found.add(key)
    return found


def test_the_solver_recovers_a_cell_when_a_total_is_published():
    shown = {("o1", "Antwerpen", "s1"): 12, ("o1", "Limburg", "s1"): None}
    relations = [(("total", "o1", "s1"), list(shown))]
    assert recovered(shown, relations) == set()  # the total unknown: nothing
    assert recovered({**shown, ("total", "o1", "s1"): 15}, relations) == {("o1", "Limburg", "s1")}  # published: 15 − 12


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.tuples(st.sampled_from(OCCUPATIONS), st.sampled_from(PROVINCES), st.sampled_from(COMPETENCES)),
                       st.integers(1, 25), min_size=1))
def test_no_subtraction_recovers_a_hidden_cell(cells):
    counts = Counter(cells)
    hidden = feedback_cases.gap_hidden(counts, BELOW)
    assert {k for k, v in counts.items() if v < BELOW} <= hidden  # every small cell hidden
    shown = {k: (None if k in hidden else v) for k, v in counts.items()}
    published = [(w, list(p)) for w, p in feedback_cases.gap_sums(counts)]
    assert all(w in counts for w, _p in published)  # any declared sum is one of the shown figures
    assert recovered(shown, published + _totals(list(counts))) == set()


@pytest.mark.django_db
def test_the_page_and_the_api_show_no_total(world, settings):  # noqa: F811
    """What the property test assumes: the rows are the cells, one each, in the API and on the page alike."""
    settings.WERKREGIE_SUPPRESS_BELOW = 3
    for n, skill in ((4, SKILLS[1]), (1, SKILLS[2]), (3, SKILLS[3])):
        for _ in range(n):
            a = feedback_cases.wf.create(Application, feedback_cases.wf.PLATFORM, vacancy=world["job"], person=seeker(SKILLS[:1]), origin="applied")
            ApplicationFeedback.objects.create(application=a, stage="rejected", reason="missing_skills", missing_skills=[skill], given_at=NOW)
    analyst = f.user(Role.ANALYST)
    api = Client().get("/api/v1/vacancies/stats/missed-skills", **bearer(analyst)).json()
    assert sorted(r["count"] or 0 for r in api) == [0, 3, 4]  # the cells only: no row for 8, the occupation's total
    assert len({(r["occupation_uri"], r["province"], r["skill_uri"]) for r in api}) == len(api)
    table = logged_in(analyst).get("/vacatures/gemiste-competenties/").content.decode().split("<table", 1)[1]
    assert table.count("<tr>") - 1 == len(api) and ">8<" not in table and "<tfoot" not in table
