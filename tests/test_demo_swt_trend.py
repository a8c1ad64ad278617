"""Issue 16, last items (4): the statistics page's trend line of SWT (werkloosheid met bedrijfstoeslag) stood at 59 in
every month of the year. The computation was right (persons with an SWT episode on the first day of each month); the
demo data had SWT with no way in and no way out (`people.synthetic`: a state drawn at the start of someone's history,
never left, never entered). Now an older worker enters it from work, from SWT_FROM_AGE, and leaves it when the statutory
pension begins (65 before February 2025, 66 since), retired for good; nobody is in SWT below that age today."""

from __future__ import annotations

import datetime as dt

from werkregie.people.synthetic import SWT_FROM_AGE, Place, PopulationGenerator, _years_after, pension_day

TODAY = dt.date(2026, 12, 1)
PLACES = [Place("44021", 260000, "9000"), Place("11002", 530000, "2000")]


def _month_starts(today: dt.date, months: int) -> list[dt.date]:
    found = []
    year, month = today.year, today.month
    for _ in range(months):
        found.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return found[::-1]


def _generated(seed: int, count: int = 20_000) -> tuple[dict, dict]:
    births, episodes = {}, {}
    for batch in PopulationGenerator(PLACES, TODAY, seed=seed).batches(1, count, 5000):
        for row in batch.persons:
            births[row[0]] = dt.date.fromisoformat(row[6])
        for person_id, kind, start, end, _municipality, _source in batch.episodes:
            episodes.setdefault(person_id, []).append((kind, dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None))
    return births, episodes


def test_the_swt_line_moves_with_entries_from_work_and_pensions():
    births, episodes = _generated(2026)
    swt = [(pid, start, end) for pid, history in episodes.items() for kind, start, end in history if kind == "swt"]
    counts = [sum(1 for _pid, start, end in swt if start <= day and (end is None or end >= day)) for day in _month_starts(TODAY, 12)]
    assert len(set(counts)) > 1, counts  # not one flat line over the year
    months_ago = TODAY - dt.timedelta(days=3 * 365)
    entered = [(pid, start) for pid, start, _end in swt if start > months_ago]
    assert entered, "nobody entered SWT in three years"
    for pid, start in entered:  # from work, at SWT's age
        before = [kind for kind, _s, end in episodes[pid] if end == start - dt.timedelta(days=1)]
        assert before == ["employed"] and start >= _years_after(births[pid], SWT_FROM_AGE), (pid, before, start, births[pid])
    for pid, _start, end in swt:  # never past the pension; retired for good after it
        pension = pension_day(births[pid])
        assert (end is None and pension > TODAY) or (end is not None and end < pension), (pid, end, pension)
        if end is not None and end == pension - dt.timedelta(days=1):
            assert [kind for kind, start, _e in episodes[pid] if start >= pension] == ["inactive"]
    assert all((TODAY - births[pid]).days // 365 >= SWT_FROM_AGE for pid, _s, end in swt if end is None)


def test_a_pension_begins_the_month_after_the_birthday_at_the_age_of_its_time():
    assert pension_day(dt.date(1959, 10, 15)) == dt.date(2024, 11, 1)  # 65 in October 2024
    assert pension_day(dt.date(1959, 12, 20)) == dt.date(2025, 1, 1)
    assert pension_day(dt.date(1960, 1, 10)) == dt.date(2026, 2, 1)  # 65 only in January 2025: a pension from February, at 66
    assert pension_day(dt.date(1960, 6, 30)) == dt.date(2026, 7, 1)
