"""KPI engine and refresh: stocks kept as flows equal a direct count; incremental refreshes over random changes equal a
full refresh; signals mark changed persons; overdue screening is counted from the day after the limit."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests import factories
from werkregie.kpis import catalogue, engine, refresh
from werkregie.kpis.models import Cell, DirtyPerson

D0 = dt.date(2024, 1, 1)
KINDS = ("jobseeker_benefit", "jobseeker_no_benefit", "leefloon", "employed", "sick")


def facts(episodes, birth=dt.date(1990, 6, 15), **kw) -> engine.Facts:  # noqa: ANN001
    values = dict(person_id=1, birth_date=birth, sex="F", nationality="MA", education_level=2, work_limitation=None, municipality="44021")
    values.update(kw)
    return engine.Facts(episodes=episodes, **values)


def stock_on(contribs: dict, status: str, day: dt.date) -> int:
    total = 0
    for (kpi, d, *_rest), (n, _v) in contribs.items():
        if d <= day and kpi in (f"{status}.in", f"{status}.age_in"):
            total += n
        elif d <= day and kpi in (f"{status}.out", f"{status}.age_out"):
            total -= n
    return total


episode_st = st.builds(
    lambda kind, start, length, open_: engine.Episode(kind, D0 + dt.timedelta(days=start), None if open_ else D0 + dt.timedelta(days=start + length),
                                                      "44021" if kind == "leefloon" else None),
    st.sampled_from(KINDS), st.integers(0, 900), st.integers(0, 400), st.booleans())


@settings(max_examples=200, deadline=None)
@given(episodes=st.lists(episode_st, max_size=6), birth=st.dates(dt.date(1955, 1, 1), dt.date(2005, 12, 31)), probe=st.integers(0, 1400))
def test_stock_from_flows_equals_a_direct_count(episodes, birth, probe):
    contribs = engine.contributions(facts(episodes, birth=birth))
    day = D0 + dt.timedelta(days=probe)
    for status, kinds in (("jobseeker", engine.JOBSEEKER_KINDS), ("leefloon", ("leefloon",)), ("jobseeker_benefit", ("jobseeker_benefit",))):
        direct = int(any(e.kind in kinds and e.start <= day and (e.end is None or e.end >= day) for e in episodes))
        assert stock_on(contribs, status, day) == direct
    # per age band the stock is never negative and sits in the band of the day
    band = engine.age_band(birth, day)
    for (kpi, d, _m, _s, age, *_g), (n, _v) in contribs.items():
        assert n > 0
    per_band = {}
    for (kpi, d, _m, _s, age, *_g), (n, _v) in contribs.items():
        if kpi.startswith("jobseeker.") and d <= day:
            per_band[age] = per_band.get(age, 0) + (n if kpi.endswith("in") else -n)
    assert all(v >= 0 for v in per_band.values())
    assert sum(per_band.values()) in (0, 1) and (sum(per_band.values()) == 0 or per_band.get(band) == 1)


def test_overdue_screening_and_cohort_shares():
    start = dt.date(2025, 1, 10)
    seeker = engine.Episode("jobseeker_benefit", start, None)
    late = engine.contributions(facts([seeker], assessments=[dt.date(2025, 4, 1)]))
    kpis = {k[0]: (k[1], n) for k, (n, _v) in late.items()}
    assert kpis["screened_overdue.in"] == (dt.date(2025, 3, 11), 1)
    assert kpis["screened_overdue.out"] == (dt.date(2025, 4, 1), 1)
    assert "inflow.screened_in_time" not in kpis and kpis["inflow.cohort"] == (start, 1)
    # the screening found them not self-reliant, and they are on benefit: binding agreements are due within 3 months
    on_time = engine.contributions(facts([seeker, engine.Episode("employed", dt.date(2025, 9, 1), None)], assessments=[dt.date(2025, 3, 10)],
                                         not_self_reliant=[dt.date(2025, 3, 10)]))
    names = {k[0] for k in on_time}
    assert {"inflow.screened_in_time", "inflow.work12m"} <= names and "inflow.work6m" not in names and "screened_overdue.in" not in names
    assert {"inflow.agreement_cohort", "agreement_overdue.in"} <= names  # no binding agreement within 3 months


def test_binding_agreements_are_due_only_for_the_not_self_reliant_on_benefit():
    """Found on the demo: agreement_3m counted every new job seeker, so the self-reliant and those without benefit (who
    by law get no binding agreements) made it look as if most agreements were late."""
    start, screened = dt.date(2025, 1, 10), [dt.date(2025, 2, 1)]
    self_reliant = engine.contributions(facts([engine.Episode("jobseeker_benefit", start, None)], assessments=screened))
    no_benefit = engine.contributions(facts([engine.Episode("jobseeker_no_benefit", start, None)], assessments=screened, not_self_reliant=screened))
    unscreened = engine.contributions(facts([engine.Episode("jobseeker_benefit", start, None)]))
    for contribs in (self_reliant, no_benefit, unscreened):
        names = {k[0] for k in contribs}
        assert "inflow.cohort" in names and not names & {"inflow.agreement_cohort", "inflow.agreement_in_time", "agreement_overdue.in"}
    due = engine.contributions(facts([engine.Episode("jobseeker_benefit", start, None)], assessments=screened, not_self_reliant=screened,
                                     agreements=[dt.date(2025, 3, 1)]))
    names = {k[0] for k in due}
    assert {"inflow.agreement_cohort", "inflow.agreement_in_time"} <= names and "agreement_overdue.in" not in names
    kpi = catalogue.BY_CODE["agreement_3m"]
    assert kpi.denominator == "inflow.agreement_cohort"


def test_groups_and_leefloon_municipality():
    contribs = engine.contributions(facts([engine.Episode("leefloon", dt.date(2025, 1, 1), None, "11002")], education_level=6, work_limitation=True,
                                          nationality="NL"))
    (key,) = [k for k in contribs if k[0] == "leefloon.in"]
    assert key[2:] == ("11002", "F", "25-34", "high", "yes", "EU")


# ---- the database: incremental equals full ---------------------------------------------------------------------

def _assessment(person, day, self_reliant=False):  # noqa: ANN001, ANN202
    from werkregie.screening.enums import Competences, DistanceCategory, Motivation
    from werkregie.screening.models import Assessment

    counsellor = factories.user("counsellor")
    return Assessment.objects.create(person=person, counsellor=counsellor, assessed_at=dt.datetime.combine(day, dt.time(10), dt.timezone.utc),
                                     competences=Competences.values[0], dutch_level="B1", digital_skills="basic", motivation=Motivation.values[0],
                                     proposed_category=DistanceCategory.values[0], proposed_self_reliant=self_reliant, category=DistanceCategory.values[0],
                                     self_reliant=self_reliant)


def _agreement(person, day, binding=True):  # noqa: ANN001, ANN202
    from werkregie.trajectories.models import Agreement, Trajectory
    from werkregie.workflows.models import TransitionLog

    trajectory = Trajectory.objects.filter(person=person).exclude(state="closed").first() or Trajectory.objects.create(
        person=person, started_on=day, state="active")
    agreement = Agreement.objects.create(trajectory=trajectory, person=person, title="Afspraken", binding=binding, state="accepted")
    TransitionLog.objects.create(workflow="agreement", object_id=agreement.pk, person_id=person.pk, transition="accept", from_state="proposed",
                                 to_state="accepted", at=dt.datetime.combine(day, dt.time(11), dt.timezone.utc), actor_role="citizen", actor_label="x")


def _apply(op, persons):  # noqa: ANN001, ANN202
    name, i, a, b = op
    p = persons[i % len(persons)]
    p.refresh_from_db()
    day = D0 + dt.timedelta(days=a)
    if name == "episode":
        kind = KINDS[b % len(KINDS)]
        factories.episode(p, kind, day, None if b % 3 == 0 else day + dt.timedelta(days=b), "11002" if kind == "leefloon" else None)
    elif name == "end" and p.episodes.exists():
        ep = p.episodes.order_by("start").first()
        ep.end = max(ep.start, day)
        ep.save()
    elif name == "delete" and p.episodes.exists():
        p.episodes.order_by("-start").first().delete()
    elif name == "person":
        p.sex = "MFX"[b % 3]
        p.birth_date = dt.date(1960 + b % 45, 1 + b % 12, 1 + a % 28)
        p.municipality_id = ("44021", "11002", "24062")[a % 3]
        p.education_level = None if b % 4 == 0 else b % 9
        p.save()
    elif name == "assess":
        _assessment(p, day, self_reliant=b % 3 == 0)  # both: the agreements' cohort follows the first assessment of a spell
    elif name == "agree":
        _agreement(p, day, binding=b % 4 != 0)
    elif name == "merge":
        other = persons[(i + 1) % len(persons)]
        if other.pk != p.pk:
            p.merged_into = other
            p.save()
    elif name.startswith("vacancy"):
        _vacancy_op(name, i, day, b)


NIS = ("44021", "11002", "24062")


def _vacancy_op(name, i, day, b):  # noqa: ANN001, ANN202 - a vacancy made, published, filled, moved or deleted
    from werkregie.organisations.models import OrganisationKind
    from werkregie.vacancies.models import Vacancy
    from werkregie.workflows.models import TransitionLog

    def log(vacancy, to_state, at):  # noqa: ANN001, ANN202
        TransitionLog.objects.create(workflow="vacancy", object_id=vacancy.pk, transition="fill" if to_state == "filled" else "publish",
                                     from_state="published" if to_state == "filled" else "draft", to_state=to_state,
                                     at=dt.datetime.combine(at, dt.time(9), dt.timezone.utc), actor_role="employer", actor_label="x")

    vacancies = list(Vacancy.objects.order_by("pk"))
    if name == "vacancy" or not vacancies:
        employer = factories.organisation(OrganisationKind.EMPLOYER)
        vacancy = Vacancy.objects.create(employer=employer, title="Lasser", municipality_id=NIS[b % 3] if b % 5 else None)
        if b % 2:
            log(vacancy, "published", day)
        return
    vacancy = vacancies[i % len(vacancies)]
    if name == "vacancy_fill" and vacancy.state == "published":
        log(vacancy, "filled", day + dt.timedelta(days=b))
        vacancy.state, vacancy.open = "filled", False
        vacancy.save()
    elif name == "vacancy_move":
        Vacancy.objects.filter(pk=vacancy.pk).update(municipality_id=NIS[b % 3], updated_at=dt.datetime.now(dt.timezone.utc))  # bulk: no signal
    elif name == "vacancy_delete":
        vacancy.delete()


op_st = st.tuples(st.sampled_from(["episode", "episode", "end", "delete", "person", "assess", "agree", "merge", "vacancy", "vacancy_fill",
                                   "vacancy_fill", "vacancy_move", "vacancy_delete"]), st.integers(0, 5),
                  st.integers(0, 900), st.integers(0, 500))


@pytest.mark.django_db
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(rounds=st.lists(st.lists(op_st, min_size=1, max_size=5), min_size=1, max_size=3))
def test_incremental_refreshes_over_random_changes_equal_a_full_refresh(ref, rounds):
    with transaction.atomic():
        persons = [factories.person(birth_date=dt.date(1970 + 7 * i, 3, 1 + i)) for i in range(4)]
        factories.episode(persons[0], "jobseeker_benefit", D0)
        factories.episode(persons[1], "leefloon", D0, municipality="44021")
        refresh.full()
        for ops in rounds:
            for op in ops:
                _apply(op, persons)
            refresh.incremental()
        incremental = refresh.snapshot()
        refresh.full()
        assert refresh.snapshot() == incremental
        assert all(n != 0 or v != 0 for n, v in incremental.values())
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_signals_mark_changed_persons_and_incremental_uses_them(ref):
    p = factories.person()
    refresh.full()
    assert not DirtyPerson.objects.exists()
    factories.episode(p, "jobseeker_no_benefit", dt.date(2025, 3, 1))
    assert DirtyPerson.objects.filter(person_id=p.pk).exists()
    result = refresh.incremental()
    assert result["persons"] >= 1 and not DirtyPerson.objects.filter(person_id=p.pk).exists()
    assert Cell.objects.filter(kpi="jobseeker.in", day=dt.date(2025, 3, 1), municipality="44021").get().n == 1
    # a person removed: their contributions leave the cells
    p.delete()
    refresh.incremental()
    assert not Cell.objects.filter(kpi="jobseeker.in", day=dt.date(2025, 3, 1)).exists()


@pytest.mark.django_db
def test_a_filled_vacancy_counts_where_the_work_is_with_its_days_to_fill():
    filled = engine.vacancy_contributions(engine.VacancyFacts(7, "44021", dt.date(2025, 3, 1), dt.date(2025, 3, 31)))
    assert filled == {("vacancy.filled", dt.date(2025, 3, 31), "44021", *engine.NO_GROUP): (1, Decimal(30)),
                      ("vacancy.days.30", dt.date(2025, 3, 31), "44021", *engine.NO_GROUP): (1, Decimal(30))}
    late = engine.vacancy_contributions(engine.VacancyFacts(7, "44021", dt.date(2023, 1, 1), dt.date(2025, 3, 31)))
    assert {k[0] for k in late} == {"vacancy.filled", f"vacancy.days.{engine.FILL_DAYS_CAP}"}
    assert engine.vacancy_contributions(engine.VacancyFacts(7, "44021", dt.date(2025, 3, 1), None)) == {}
    assert engine.vacancy_contributions(engine.VacancyFacts(7, None, dt.date(2025, 3, 1), dt.date(2025, 3, 2))) == {}


@pytest.mark.django_db
def test_hours_are_summed_as_amounts(ref):
    contribs = engine.contributions(facts([], hours=[(dt.date(2025, 5, 2), "wijk_werken", Decimal("3.50")), (dt.date(2025, 5, 2), "wijk_werken", Decimal("2"))]))
    ((key, (n, v)),) = contribs.items()
    # n counts the person, not the attendances (stop 43: it was 2 here, and 20 days of one person's hours were published)
    assert key[0] == "hours.wijk_werken" and n == 1 and v == Decimal("5.50")


# ---- the fast paths (issue 14, speed): the same answers as the plain definitions ---------------------------------

@settings(max_examples=300, deadline=None)
@given(day=st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)), months=st.integers(0, 24))
def test_plus_months_is_relativedelta(day, months):
    from dateutil.relativedelta import relativedelta

    assert engine.plus_months(day, months) == day + relativedelta(months=months)


@settings(max_examples=300, deadline=None)
@given(birth=st.one_of(st.dates(dt.date(1930, 1, 1), dt.date(2010, 12, 31)), st.sampled_from([dt.date(1960, 2, 29), dt.date(1980, 2, 29)])),
       offset=st.integers(-400, 40_000))
def test_age_bands_from_birthdays_equal_the_age_on_the_day(birth, offset):
    day = birth + dt.timedelta(days=offset)
    assert engine._Bands(birth).on(day) == engine.age_band(birth, day)


@pytest.mark.django_db
def test_cells_follow_swapped_contributions_to_the_cent_and_empty_ones_go():
    """The cells are adjusted in SQL: amounts that cancel out (0.10 + 0.20 − 0.10 − 0.20, not exact in floating point)
    leave no cell behind, and counts and amounts are those of the stored contributions."""
    from werkregie.kpis.models import Contribution

    key = ("hours.wijk_werken", dt.date(2025, 5, 2), "44021", "F", "25-34", "low", "no", "BE")
    with transaction.atomic():
        refresh.replace([1, 2], [(1, *key, 1, Decimal("0.10")), (2, *key, 1, Decimal("0.20"))])
        assert refresh.snapshot() == {key: (2, Decimal("0.30"))}
        refresh.replace([1], [(1, *key, 1, Decimal("0.70"))])
        refresh.replace([1], [(1, *key, 1, Decimal("0.70"))])  # twice the same: nothing changes the second time
        assert refresh.snapshot() == {key: (2, Decimal("0.90"))}
        refresh.replace([1], [(1, *key, 1, Decimal("0.10"))])
        refresh.replace([1, 2], [])
        assert refresh.snapshot() == {} and not Contribution.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_a_full_refresh_in_worker_processes_stores_what_one_process_stores(ref, monkeypatch):
    """The large-register path of full(): ranges of ids computed in worker processes and copied in as COPY text (PostgreSQL)."""
    from django.db import connection

    from werkregie.kpis.models import Contribution

    if connection.vendor != "postgresql":
        pytest.skip("the worker processes are PostgreSQL's (COPY, and a database the workers can reach)")
    births = (dt.date(1960, 2, 29), dt.date(1968, 7, 3), dt.date(1976, 2, 29), dt.date(1985, 11, 30), dt.date(1992, 2, 29))
    persons = [factories.person(birth_date=birth) for birth in births]
    for i, p in enumerate(persons):
        kind = KINDS[i % len(KINDS)]
        factories.episode(p, kind, D0 + dt.timedelta(days=40 * i), None if i % 2 else D0 + dt.timedelta(days=400), "11002" if kind == "leefloon" else None)
        factories.episode(p, "jobseeker_benefit", D0 + dt.timedelta(days=30 * i))
    _assessment(persons[0], D0 + dt.timedelta(days=20))
    persons[4].merged_into = persons[3]
    persons[4].save()

    def stored() -> list[tuple]:
        return sorted(Contribution.objects.values_list("person_id", "kpi", "day", "municipality", "sex", "age", "education", "limitation",
                                                       "origin", "n", "value"))

    one = refresh.full(workers=1)
    expected, cells = stored(), refresh.snapshot()
    monkeypatch.setattr(refresh, "CHUNK", 2)  # several ranges, some with a merged person in them
    monkeypatch.setattr(refresh, "PARALLEL_FROM", 0)
    monkeypatch.setattr(refresh, "_fill", lambda *a: pytest.fail("the refresh stayed in this process"))
    forked = refresh.full(workers=2)
    assert forked["persons"] == one["persons"] == 4 and stored() == expected and refresh.snapshot() == cells and expected


def _backend_pid(_: int) -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_the_refresh_workers_have_their_own_connections(monkeypatch):
    """The whole test run hung in the forked refresh: the children had inherited a connection of this process and read
    each other's answers on it. The workers are spawned now and connect on their own, to the same (test) database."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("the worker processes are PostgreSQL's path")
    monkeypatch.setattr(refresh, "PARALLEL_FROM", 0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid(), current_database()")
        mine, database = cursor.fetchone()
    pool = refresh._pool(2)
    try:
        theirs = set(pool.map(_backend_pid, range(4)))
        names = set(pool.map(_database_name, range(2)))
    finally:
        pool.close()
        pool.join()
    assert mine not in theirs and theirs and names == {database}


def _database_name(_: int) -> str:
    from django.db import connection

    return connection.settings_dict["NAME"]


def test_copy_text_escapes_what_copy_would_misread():
    row = (7, "hours.x", dt.date(2025, 5, 2), "44021", "F", "25-34", "low", "no", "BE", 2, Decimal("3.50"))
    assert refresh._copy_text([row]) == b"7\thours.x\t2025-05-02\t44021\tF\t25-34\tlow\tno\tBE\t2\t3.50\n"
    odd = (7, "a\\b\tc", dt.date(2025, 5, 2), "44021", "F", "25-34", "low", "no", "BE", 2, 3)
    assert refresh._copy_text([odd]) == b"7\ta\\\\b\\tc\t2025-05-02\t44021\tF\t25-34\tlow\tno\tBE\t2\t3\n"


@pytest.mark.django_db
def test_a_full_refresh_puts_every_cell_right_whatever_the_cells_held(ref):
    """Stop 40: a full refresh changes the cells only where they differ from the sums of the contributions (deleted,
    updated, inserted), no longer all of them deleted and inserted again: a cell missing, one wrong, one that should not
    be there, all put right, the others kept as they were (the same rows)."""
    persons = [factories.person(birth_date=dt.date(1970 + 7 * i, 3, 1 + i)) for i in range(3)]
    factories.episode(persons[0], "jobseeker_benefit", D0)
    factories.episode(persons[1], "leefloon", D0, municipality="44021")
    factories.episode(persons[2], "jobseeker_no_benefit", D0 + dt.timedelta(days=40))
    refresh.full()
    right = refresh.snapshot()
    cells = list(Cell.objects.order_by("pk"))
    assert len(cells) >= 4
    cells[0].delete()
    Cell.objects.filter(pk=cells[1].pk).update(n=cells[1].n + 5)
    Cell.objects.create(**{name: getattr(cells[2], name) for name in refresh.KEY_FIELDS if name != "kpi"}, kpi="not_a_kpi", n=3, value=0)
    kept = {c.pk for c in cells[2:]}
    refresh.full()
    assert refresh.snapshot() == right
    from django.db import connection

    if connection.vendor == "postgresql":  # (SQLite, small, still deletes and inserts them all)
        assert kept <= set(Cell.objects.values_list("pk", flat=True))  # unchanged cells are not written again
