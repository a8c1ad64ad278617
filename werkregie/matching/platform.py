"""From the register to the engine: profiles read from the database, and the process's match index.

The index holds every open vacancy with a location and every current job seeker. Each process keeps one and
rebuilds it when the revision counter has moved (signals.py) or the day has changed (job-seeker status is dated);
a rebuild reads the profiles in a handful of queries.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import Q

from werkregie.core import clock
from werkregie.people.enums import JOBSEEKER_KINDS
from werkregie.people.models import Person, PersonLanguage, StatusEpisode
from werkregie.vacancies.models import Vacancy, VacancySkill

from .engine import geography
from .engine.index import MatchIndex
from .engine.profiles import LEVELS, PersonProfile, VacancyProfile, licence_mask
from .engine.taxonomy import Taxonomy, load
from .models import DesiredOccupation, IndexRevision, MatchingPreferences, PersonExperience, PersonSkill

DEFAULT_COMMUTE_KM, DEFAULT_HOURS = 40, (0, 40)


def taxonomy() -> Taxonomy:
    return load()


def seeking_ids(day: dt.date) -> list[int]:
    running = StatusEpisode.objects.filter(kind__in=JOBSEEKER_KINDS, start__lte=day).filter(Q(end__isnull=True) | Q(end__gte=day))
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
        for pk, uri, source in PersonSkill.objects.filter(person_id__in=chunk).values_list("person_id", "skill_uri", "source"):
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
    rows = list(queryset.filter(municipality__isnull=False).values_list(
        "pk", "municipality_id", "occupation_uri", "hours_per_week", "contract", "driving_licence", "language_needs"))
    skills: dict[int, list[tuple[str, bool, bool]]] = defaultdict(list)
    for vacancy_id, uri, essential, certificate in VacancySkill.objects.filter(vacancy_id__in=[r[0] for r in rows]).values_list(
            "vacancy_id", "skill_uri", "essential", "certificate_required"):
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


@dataclass
class _Cached:
    revision: int
    day: dt.date
    index: MatchIndex


_cache: dict[str, _Cached] = {}
_lock = threading.Lock()


def revision() -> int:
    return IndexRevision.objects.filter(pk=1).values_list("counter", flat=True).first() or 0


def current_index() -> MatchIndex:
    """The process's index of open vacancies and current job seekers, rebuilt when stale."""
    now, today = revision(), clock.today()
    with _lock:
        cached = _cache.get("index")
        if cached is None or cached.revision != now or cached.day != today:
            index = MatchIndex(taxonomy(), geography.places(), vacancy_profiles(), person_profiles(seeking_ids(today)))
            _cache["index"] = cached = _Cached(now, today, index)
        return cached.index


def forget() -> None:
    """Drop the cached index (tests that roll back the database reuse revision numbers)."""
    with _lock:
        _cache.clear()
