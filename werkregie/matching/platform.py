"""From the register to the engine: profiles read from the database, and the process's live match index.

The index holds every open vacancy with a location and every current job seeker. Each process keeps one
(engine/live.py: a full build plus the persons and vacancies changed since). At each request it reads the change log
(models.IndexChange, written by signals.py in the changing transaction) after the last row it applied, re-reads
only the changed persons and vacancies and puts them in the overlay: a change is visible at the next request, with
no rebuild. A full rebuild happens at the first use, after a bulk load (`signals.bump`), when the day changes (job-
seeker status is dated) or when the overlay grows past OVERLAY_LIMIT; outside a transaction it runs in a background
thread and the old index answers until the new one is swapped in (`full_builds()` counts them).

The nightly batch (nightly.py) reads the same profiles.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections import defaultdict
from dataclasses import dataclass

from django.db import connection
from django.db.models import Q

from werkregie.core import clock
from werkregie.people.enums import JOBSEEKER_KINDS
from werkregie.people.models import Person, PersonLanguage, StatusEpisode
from werkregie.vacancies.models import Vacancy, VacancySkill

from .engine import geography
from .engine.index import MatchIndex
from .engine.live import LiveIndex
from .engine.profiles import LEVELS, PersonProfile, VacancyProfile, licence_mask
from .engine.taxonomy import Taxonomy, load
from .models import COUNTING_SOURCES, ChangeKind, DesiredOccupation, IndexChange, MatchingPreferences, PersonExperience, PersonSkill

DEFAULT_COMMUTE_KM, DEFAULT_HOURS = 40, (0, 40)


def taxonomy() -> Taxonomy:
    return load()


def seeking_ids(day: dt.date, among: list[int] | None = None) -> list[int]:
    """The persons who are job seekers on `day` (among these ids, when given), by id."""
    running = StatusEpisode.objects.filter(kind__in=JOBSEEKER_KINDS, start__lte=day).filter(Q(end__isnull=True) | Q(end__gte=day))
    if among is not None:
        running = running.filter(person_id__in=among)
    return list(Person.objects.filter(pk__in=running.values("person_id")).order_by("pk").values_list("pk", flat=True))


def person_profiles(person_ids: list[int]) -> list[PersonProfile]:
    """Engine profiles for these persons (in that order), read in one query per table."""
    tax, places = taxonomy(), geography.places()
    found: dict[int, PersonProfile] = {}
    for chunk_start in range(0, len(person_ids), 20_000):
        chunk = person_ids[chunk_start:chunk_start + 20_000]
        rows = Person.objects.filter(pk__in=chunk).values_list("pk", "municipality_id", "education_level", "driving_licences")
        for pk, nis, education, licences in rows:
            found[pk] = PersonProfile(id=pk, place=places.position(nis), education=education, licences=licence_mask(licences or []),
                                      max_commute_km=DEFAULT_COMMUTE_KM, hours_min=DEFAULT_HOURS[0], hours_max=DEFAULT_HOURS[1])
        for pk, commute, low, high, relocate, abroad in MatchingPreferences.objects.filter(person_id__in=chunk).values_list(
                "person_id", "max_commute_km", "hours_min", "hours_max", "relocate", "residence_abroad"):
            profile = found[pk]
            profile.max_commute_km, profile.hours_min, profile.hours_max, profile.relocate = float(commute), float(low), float(high), relocate
            if abroad:
                profile.place = places.position(abroad)
        # suggestions count only once confirmed (walk of stop 28: 49 unconfirmed ones lifted a score from 55 to 89)
        counting = PersonSkill.objects.filter(person_id__in=chunk, source__in=COUNTING_SOURCES)
        for pk, uri, source in counting.values_list("person_id", "skill_uri", "source"):
            if uri in tax.skill_index:
                found[pk].skills[tax.skill_index[uri]] = source
        for pk, uri, years in PersonExperience.objects.filter(person_id__in=chunk).values_list("person_id", "occupation_uri", "years"):
            if uri in tax.occupation_index:
                found[pk].experience[tax.occupation_index[uri]] = float(years)
        for pk, uri in DesiredOccupation.objects.filter(person_id__in=chunk).values_list("person_id", "occupation_uri"):
            if uri in tax.occupation_index:
                found[pk].desired.append(tax.occupation_index[uri])
        for pk, language, level in PersonLanguage.objects.filter(person_id__in=chunk).values_list("person_id", "language", "level"):
            if level in LEVELS:
                found[pk].languages[language] = max(found[pk].languages.get(language, 0), LEVELS[level])
    return [found[pk] for pk in person_ids if pk in found]


def vacancy_profiles(queryset=None) -> list[VacancyProfile]:  # noqa: ANN001 - a Vacancy QuerySet
    """Engine profiles of the vacancies in `queryset` (default: every open one) that have a location."""
    tax, places = taxonomy(), geography.places()
    queryset = Vacancy.objects.filter(open=True) if queryset is None else queryset
    located = queryset.filter(municipality__isnull=False)
    rows = list(located.values_list("pk", "municipality_id", "occupation_uri", "hours_per_week", "contract", "driving_licence", "language_needs"))
    skills: dict[int, list[tuple[str, bool, bool]]] = defaultdict(list)
    for vacancy_id, uri, essential, certificate in VacancySkill.objects.filter(vacancy__in=located.values("pk")).values_list(
            "vacancy_id", "skill_uri", "essential", "certificate_required"):  # a semi-join, not a list of 300,000 ids
        skills[vacancy_id].append((uri, essential, certificate))
    profiles = []
    for pk, nis, occupation, hours, contract, licence, needs in rows:
        own = [(tax.skill_index[u], e, c) for u, e, c in skills[pk] if u in tax.skill_index]
        certified = next((s for s, _e, c in own if c), None)
        profiles.append(VacancyProfile(
            id=pk, place=places.position(nis), occupation=tax.occupation_index.get(occupation), essential=[s for s, e, _c in own if e],
            optional=[s for s, e, _c in own if not e], hours=float(hours), contract=contract, licence=licence or "", certified=certified,
            languages={n["language"]: LEVELS[n["level"]] for n in needs or [] if n.get("level") in LEVELS},
        ))
    return profiles


OVERLAY_LIMIT = 5000  # changed rows kept beside the base before a full rebuild folds them in
RECENT = dt.timedelta(seconds=30)  # change rows are read again this long: a transaction may commit after a later one


@dataclass
class _State:
    live: LiveIndex
    day: dt.date
    seen: int  # the highest change id applied
    applied: dict[int, dt.datetime]  # recent change ids already applied (see RECENT), with their time


_state: dict[str, _State] = {}
_lock = threading.RLock()
_building = threading.Event()
_counts = {"full": 0, "applied": 0}


def full_builds() -> int:
    """How many full builds this process has made (the tests hold an edit to none)."""
    return _counts["full"]


def build_index(day: dt.date, persons: bool = True) -> MatchIndex:
    """A full build from the database: every open vacancy with a location and (with `persons`) every job seeker on `day`."""
    _counts["full"] += 1
    return MatchIndex(taxonomy(), geography.places(), vacancy_profiles(), person_profiles(seeking_ids(day)) if persons else [])


def _last_change() -> int:
    return IndexChange.objects.order_by("-pk").values_list("pk", flat=True).first() or 0


def _fresh_state(day: dt.date) -> _State:
    seen = _last_change()  # before reading: whatever changes while the build reads is applied after
    return _State(LiveIndex(build_index(day)), day, seen, {})


def _rebuild_in_background(day: dt.date) -> None:
    if _building.is_set():
        return
    _building.set()

    def run() -> None:
        try:
            state = _fresh_state(day)
            IndexChange.objects.filter(at__lt=clock.now() - dt.timedelta(days=2)).delete()  # every process has long applied them
            with _lock:
                _state["index"] = state
        except Exception:  # noqa: BLE001 - the old index keeps answering; the next request tries again
            import logging

            logging.getLogger(__name__).exception("background rebuild of the match index failed")
        finally:
            connection.close()  # this thread's own connection
            _building.clear()

    threading.Thread(target=run, name="match-index-rebuild", daemon=True).start()


def _rebuild(day: dt.date) -> _State | None:
    """A full rebuild: in the background (None: the current index answers meanwhile), or now inside a transaction,
    whose uncommitted rows another connection would not see (tests, a caller's atomic block)."""
    if connection.in_atomic_block:
        _state["index"] = state = _fresh_state(day)
        return state
    _rebuild_in_background(day)
    return None


def _apply(state: _State, rows: list[tuple[int, str, int | None, dt.datetime]]) -> None:
    """Re-read the changed persons and vacancies into the overlay (a new LiveIndex: a query still running keeps its own)."""
    person_ids = sorted({i for _pk, kind, i, _at in rows if kind == ChangeKind.PERSON})
    vacancy_ids = sorted({i for _pk, kind, i, _at in rows if kind == ChangeKind.VACANCY})
    persons = {p.id: p for p in person_profiles(seeking_ids(state.day, person_ids))} if person_ids else {}
    vacancies = {v.id: v for v in vacancy_profiles(Vacancy.objects.filter(pk__in=vacancy_ids, open=True))} if vacancy_ids else {}
    state.live = state.live.applied({i: vacancies.get(i) for i in vacancy_ids}, {i: persons.get(i) for i in person_ids})
    _counts["applied"] += len(rows)


def current_index() -> LiveIndex:
    """The process's index of open vacancies and current job seekers, with every committed change applied."""
    today = clock.today()
    with _lock:
        state = _state.get("index")
        if state is None:
            _state["index"] = state = _fresh_state(today)
        elif state.day != today:
            state = _rebuild(today) or state
        now = clock.now()
        rows = [r for r in IndexChange.objects.filter(Q(pk__gt=state.seen) | Q(at__gte=now - RECENT)).order_by("pk").values_list(
            "pk", "kind", "object_id", "at") if r[0] not in state.applied]
        if any(kind == ChangeKind.ALL for _pk, kind, _i, _at in rows):
            rebuilt = _rebuild(today)
            if rebuilt is not None:
                return rebuilt.live
            rows = [r for r in rows if r[1] != ChangeKind.ALL]  # the background build will bring the rest
        if rows:
            _apply(state, rows)
            state.seen = max(state.seen, rows[-1][0])
            state.applied.update({pk: at for pk, _kind, _i, at in rows})
        state.applied = {pk: at for pk, at in state.applied.items() if at >= now - RECENT}
        if state.live.changed() > OVERLAY_LIMIT:
            state = _rebuild(today) or state
        return state.live


def wait_for_rebuild(timeout: float = 600.0) -> None:
    """Block until a background rebuild has been swapped in (benchmarks, the warm start)."""
    started = time.monotonic()
    while _building.is_set() and time.monotonic() - started < timeout:
        time.sleep(0.05)


def forget() -> None:
    """Drop the cached index (tests roll the database back, and with it the change log)."""
    wait_for_rebuild()
    with _lock:
        _state.clear()
