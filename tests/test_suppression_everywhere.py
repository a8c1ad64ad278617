"""Issue 17 point 5: one small-cell rule (werkregie.core.suppression) for every aggregate, with complementary
suppression. An adversary subtracts published cells from published totals, over and over, with whatever it recovered
along the way: it never recovers a hidden cell."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.core import suppression
from werkregie.people import stats

from . import factories as f

BELOW = 10
counts = st.integers(0, 40) | st.integers(0, 12)  # many small cells


def recovered_by_subtraction(published: dict, truth: dict, sums: list) -> set:
    """Every hidden cell an adversary finds: a relation whole = sum(parts) with one unknown member gives it; what it
    finds becomes known and may open other relations (chains of subtractions)."""
    known = {k: v for k, v in published.items() if v is not None}
    found: set = set()
    changed = True
    while changed:
        changed = False
        for whole, parts in sums:
            members = [whole, *parts]
            unknown = [m for m in members if m not in known]
            if len(unknown) != 1:
                continue
            cell = unknown[0]
            value = sum(known[p] for p in parts) if cell == whole else known[whole] - sum(known[p] for p in parts if p != cell)
            assert value == truth[cell]
            known[cell] = value
            found.add(cell)
            changed = True
    return found


def check_published(published: dict, truth: dict) -> None:
    for key, value in published.items():
        assert value is None or (value == truth[key] and (value == 0 or value >= BELOW)), key


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from("ABCDE"), st.dictionaries(st.sampled_from("vwxyz"), counts, min_size=1, max_size=5), min_size=1, max_size=5))
def test_two_way_table_with_margins_never_gives_a_hidden_cell_back(rows):
    shown_rows, shown_totals, grand = suppression.suppress_table(rows, BELOW)
    columns = sorted({c for r in rows.values() for c in r})
    truth = {("cell", r, c): rows[r].get(c, 0) for r in rows for c in columns}
    truth.update({("row", r): sum(rows[r].values()) for r in rows})
    truth.update({("col", c): sum(rows[r].get(c, 0) for r in rows) for c in columns})
    truth[("all",)] = sum(truth[("row", r)] for r in rows)
    published = {("cell", r, c): shown_rows[r][c] for r in rows for c in columns}
    published.update(shown_totals)
    published[("all",)] = grand
    check_published(published, truth)
    sums = [(("row", r), [("cell", r, c) for c in columns]) for r in rows]
    sums += [(("col", c), [("cell", r, c) for r in rows]) for c in columns]
    sums += [(("all",), [("row", r) for r in rows]), (("all",), [("col", c) for c in columns])]
    assert not recovered_by_subtraction(published, truth, sums)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(["jobseeker_benefit", "leefloon", "sick", "newcomer"]),
                       st.dictionaries(st.sampled_from(["Antwerpen", "Limburg", "Oost-Vlaanderen", "Brussel"]), counts, min_size=1, max_size=4),
                       min_size=1, max_size=4))
def test_statistics_table_and_its_totals(counts_by_status):
    provinces = sorted({p for c in counts_by_status.values() for p in c})
    totals = {kind: sum(c.values()) for kind, c in counts_by_status.items()}
    rows = stats.status_table(counts_by_status, totals, provinces, BELOW)
    truth, published, sums = {}, {}, []
    for row in rows:
        kind = row["status"]
        truth[("total", kind)], published[("total", kind)] = totals[kind], row["persons"]
        for province, shown in zip(provinces, row["provinces"], strict=True):
            truth[("cell", kind, province)] = counts_by_status[kind].get(province, 0)
            published[("cell", kind, province)] = shown
        sums.append((("total", kind), [("cell", kind, p) for p in provinces]))
    check_published(published, truth)
    assert not recovered_by_subtraction(published, truth, sums)


MEASURES = ("decisions", "deviations", "more", "less")


@st.composite
def breakdowns(draw):
    """Several breakdowns of one population (as the overrides report, the deviations report and the KPIs have)."""
    people = draw(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 3), st.booleans(), st.booleans()), min_size=1, max_size=60))
    result: dict = {}
    total = dict.fromkeys(MEASURES, 0)
    for a, b, deviates, more in people:
        for name, key in (("a", a), ("b", b)):
            row = result.setdefault(name, {}).setdefault(key, dict.fromkeys(MEASURES, 0))
            row["decisions"] += 1
            row["deviations"] += deviates
            row["more" if more else "less"] += deviates
        total["decisions"] += 1
        total["deviations"] += deviates
        total["more" if more else "less"] += deviates
    return total, result


@settings(max_examples=300, deadline=None)
@given(breakdowns(), st.booleans())
def test_breakdowns_of_one_population_never_give_a_hidden_cell_back(data, hide_zeros):
    total, tables = data
    within = [("deviations", ["more", "less"])]
    shown_total, shown = suppression.suppress_breakdowns(total, tables, MEASURES, within, BELOW, hide_zeros=hide_zeros)
    truth = {("total", "", m): total[m] for m in MEASURES}
    published = {("total", "", m): shown_total[m] for m in MEASURES}
    for name, rows in tables.items():
        for key, row in rows.items():
            for m in MEASURES:
                truth[(name, key, m)], published[(name, key, m)] = row[m], shown[name][key][m]
    check_published(published, truth)
    sums = [(("total", "", m), [(name, key, m) for key in rows]) for name, rows in tables.items() for m in MEASURES]
    for name, key in [("total", "")] + [(n, k) for n, rows in tables.items() for k in rows]:
        sums.append(((name, key, "deviations"), [(name, key, "more"), (name, key, "less")]))
    assert not recovered_by_subtraction(published, truth, sums)


def test_the_reported_statistics_leak_is_closed(ref):
    """15 job seekers with a benefit: 12 in Oost-Vlaanderen, 3 in Antwerpen. Publishing 15 and 12 gave the 3 away."""
    for _ in range(12):
        f.episode(f.person(municipality_id="44021"), "jobseeker_benefit")
    for _ in range(3):
        f.episode(f.person(municipality_id="11002"), "jobseeker_benefit")
    figures = stats.current_status_counts()
    [seekers] = [s for s in figures["statuses"] if s["status"] == "jobseeker_benefit"]
    cells = dict(zip(figures["provinces"], seekers["provinces"], strict=True))
    assert cells["Provincie Antwerpen"] is None
    assert seekers["persons"] is None or cells["Provincie Oost-Vlaanderen"] is None


def test_threshold_is_a_setting(ref, settings):
    settings.WERKREGIE_SUPPRESS_BELOW = 3
    for _ in range(3):
        f.episode(f.person(municipality_id="11002"), "sick")
    figures = stats.current_status_counts()
    assert figures["suppressed_below"] == 3
    assert [s["persons"] for s in figures["statuses"] if s["status"] == "sick"] == [3]


def test_model_card_hides_small_groups_and_their_rates():
    audit = {"groups": {"sex": {"F": {"n": 120, "fpr": 0.2, "fnr": 0.1, "auc": 0.7, "reliable": True},
                                "M": {"n": 116, "fpr": 0.25, "fnr": 0.12, "auc": 0.71, "reliable": True},
                                "X": {"n": 4, "fpr": 0.5, "fnr": 0.0, "auc": None, "reliable": False}}},
             "calibration": {"sex": {"F": [1], "M": [2], "X": [3]}}}
    from werkregie.screening.model_card import suppressed_audit

    shown = suppressed_audit(audit)["groups"]["sex"]
    assert shown["X"]["n"] is None and shown["X"]["fpr"] is None and shown["X"]["suppressed"]
    hidden = [v for v, g in shown.items() if g["n"] is None]
    assert len(hidden) >= 2, "the group of 4 cannot be recovered from the holdout total"
    assert set(suppressed_audit(audit)["calibration"]["sex"]) == {v for v, g in shown.items() if g["n"] is not None}


def test_compliance_keeps_its_behaviour_through_the_core_rule():
    from werkregie.compliance.use_cases import suppress_cells

    total = {"decisions": 12, "deviations": 3, "more_severe": 1, "less_severe": 2}
    groups = {"group:sex": {"vrouw": {"decisions": 10, "deviations": 2, "more_severe": 1, "less_severe": 1},
                            "man": {"decisions": 2, "deviations": 1, "more_severe": 0, "less_severe": 1}}}
    shown_total, shown = suppress_cells(total, groups, 10)
    assert shown["group:sex"]["vrouw"]["decisions"] is None and shown["group:sex"]["man"]["decisions"] is None
    assert shown_total["decisions"] == 12 and shown_total["rate"] is None


@pytest.mark.parametrize("zeros", [False, True])
def test_core_rule_zero_handling(zeros):
    hidden = suppression.suppress({"t": 20, "a": 0, "b": 20}, [("t", ["a", "b"])], 10, hide_zeros=zeros)
    assert hidden == ({"a", "b"} if zeros else set())


def test_the_overrides_report_hides_a_group_of_two(db):
    """The reported case: a counsellor with 2 assessments, 1 override, was shown with a rate of 50 %."""
    import datetime as dt

    from werkregie.accounts.models import Role
    from werkregie.screening import use_cases
    from werkregie.screening.models import Assessment

    def assess(counsellor, person, overridden: bool) -> None:  # noqa: ANN001
        Assessment.objects.create(person=person, counsellor=counsellor, assessed_at=dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc),
                                  competences="sufficient", dutch_level="B1", digital_skills="basic", motivation="high", proposed_category="short",
                                  proposed_self_reliant=True, category="long" if overridden else "short", self_reliant=True,
                                  overridden=overridden, override_reason="Reden die lang genoeg is." if overridden else "")

    anna, bert = f.user(Role.COUNSELLOR, username="anna"), f.user(Role.COUNSELLOR, username="bert")
    for _ in range(30):
        assess(anna, f.person(sex="F"), False)
    bert_client = f.person(sex="M")
    assess(bert, bert_client, True)
    assess(bert, bert_client, False)
    report = use_cases.override_statistics(f.principal(f.user(Role.ANALYST)))
    shown = report["counsellors"]["bert"]
    assert shown["assessments"] is None and shown["overrides"] is None and shown["rate"] is None and shown["suppressed"]
    assert report["counsellors"]["anna"]["assessments"] is None, "30 = 32 - 2: the complement is hidden too"
    assert report["groups"]["sex"]["M"]["assessments"] is None
