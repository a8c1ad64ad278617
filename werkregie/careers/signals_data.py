"""Career signals, the data: the figures the engine (signals.py) needs, aggregated in SQL (one query per figure set,
conditional counts per quarter) and cached per occupation × region per day, as the figures move slowly and many
persons share an occupation and a region. `forget()` drops the cache (tests, and after a bulk import).

A person's occupations: the current one (the last experience recorded) and the target ones (the matching profile's
desired occupations). Their region: the province of their municipality (Brussels, without a province: the region)."""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass

from django.db.models import Count, Exists, OuterRef, Q

from werkregie.core import clock
from werkregie.geo.models import Municipality, Region
from werkregie.matching.engine.gaps import skill_gaps
from werkregie.matching.models import COUNTING_SOURCES, DesiredOccupation, PersonExperience, PersonSkill
from werkregie.people.enums import JOBSEEKER_KINDS
from werkregie.people.models import Person, StatusEpisode
from werkregie.vacancies.models import Vacancy, VacancySkill, VacancyState

from . import signals as engine

ENDED = (VacancyState.FILLED, VacancyState.CLOSED, VacancyState.EXPIRED)
CANDIDATES = 40  # the region's most asked-for occupations considered as adjacent ones

_cache: dict[tuple, object] = {}
_lock = threading.Lock()


def forget() -> None:
    with _lock:
        _cache.clear()


def _cached(key: tuple, compute):  # noqa: ANN001, ANN202
    day = clock.today()
    full = (day, *key)
    with _lock:
        if full in _cache:
            return _cache[full]
        if any(k[0] != day for k in _cache):  # a new day: yesterday's figures go
            _cache.clear()
    value = compute()
    with _lock:
        _cache[full] = value
    return value


@dataclass(frozen=True)
class Area:
    key: str  # a province's NIS code, or a region's code where there is no province (Brussels)
    name_nl: str
    name_fr: str

    def name_in(self, language: str) -> str:
        return self.name_fr if (language or "nl")[:2] == "fr" and self.name_fr else self.name_nl

    def municipalities(self) -> list[str]:
        """The area's NIS codes (a list, so the counts need no join with the municipalities)."""
        field = "region" if self.key in Region.values else "province_nis"
        return _cached(("municipalities", self.key),
                       lambda: list(Municipality.objects.filter(**{field: self.key}).order_by("nis_code").values_list("nis_code", flat=True)))

    def vacancy_filter(self) -> Q:
        return Q(municipality_id__in=self.municipalities())

    def person_filter(self) -> Q:
        return self.vacancy_filter()


def area_of(municipality: Municipality) -> Area:
    if municipality.province_nis:
        return Area(municipality.province_nis, municipality.province_nl, municipality.province_fr)
    label = Region(municipality.region).label
    return Area(municipality.region, str(label), str(label))


def occupations_of(person_id: int) -> list[tuple[str, str]]:
    """(occupation URI, "current" or "target"), the current one first; an occupation both current and target once."""
    out: dict[str, str] = {}
    last = PersonExperience.objects.filter(person_id=person_id).order_by("-pk").values_list("occupation_uri", flat=True).first()
    if last:
        out[last] = "current"
    for uri in DesiredOccupation.objects.filter(person_id=person_id).order_by("pk").values_list("occupation_uri", flat=True):
        out.setdefault(uri, "target")
    return list(out.items())


def _at_end(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), clock.BRUSSELS)


def _open_at(moment: dt.datetime) -> Q:
    """Open at `moment`: made before it and published then (still published, or ended only after it)."""
    return Q(created_at__lt=moment) & (Q(state=VacancyState.PUBLISHED) | Q(state__in=ENDED, state_since__gte=moment))


def history_starts() -> dt.datetime | None:
    """When the platform's first vacancy was made: quarters measured before it have no figures (not zeros)."""
    from django.db.models import Min

    return _cached(("history",), lambda: Vacancy.objects.aggregate(first=Min("created_at"))["first"])


def demand_counts(occupation_uri: str, area: Area, quarters: list[engine.Quarter]) -> tuple[list[int | None], list[int | None]]:
    """Open vacancies and job seekers for the occupation in the area, at the measuring day of each quarter (None for a
    quarter measured before the platform held any vacancy)."""

    def compute() -> tuple[list[int | None], list[int | None]]:
        first = history_starts()

        moments = [_at_end(q.at) for q in quarters]
        vac = area_counts(area, quarters).get(occupation_uri, [0] * len(quarters))
        wants = DesiredOccupation.objects.filter(person=OuterRef("pk"), occupation_uri=occupation_uri)
        worked = PersonExperience.objects.filter(person=OuterRef("pk"), occupation_uri=occupation_uri)

        def seeking(day: dt.date) -> Exists:
            return Exists(StatusEpisode.objects.filter(person=OuterRef("pk"), kind__in=JOBSEEKER_KINDS, start__lte=day)
                          .filter(Q(end__isnull=True) | Q(end__gte=day)))

        seekers = Person.objects.filter(area.person_filter()).filter(Exists(wants) | Exists(worked)).aggregate(
            **{f"q{i}": Count("pk", filter=Q(seeking(q.at))) for i, q in enumerate(quarters)})
        known = [first is not None and first < moments[i] for i in range(len(quarters))]
        return ([vac[i] if known[i] else None for i in range(len(quarters))],
                [seekers[f"q{i}"] if known[i] else None for i in range(len(quarters))])

    return _cached(("demand", occupation_uri, area.key, tuple(q.key for q in quarters)), compute)


def area_counts(area: Area, quarters: list[engine.Quarter]) -> dict[str, list[int]]:
    """Open vacancies per occupation in the area at the measuring day of each quarter: one grouped query per area and
    day, shared by every occupation of every person who lives there."""

    def compute() -> dict[str, list[int]]:
        moments = [_at_end(q.at) for q in quarters]
        rows = (Vacancy.objects.filter(area.vacancy_filter(), created_at__lt=moments[-1]).exclude(occupation_uri="")
                .filter(Q(state=VacancyState.PUBLISHED) | Q(state__in=ENDED, state_since__gte=_at_end(quarters[0].start)))
                .values("occupation_uri").annotate(**{f"q{i}": Count("pk", filter=_open_at(m)) for i, m in enumerate(moments)}))
        return {r["occupation_uri"]: [r[f"q{i}"] for i in range(len(quarters))] for r in rows}

    return _cached(("area counts", area.key, tuple(q.key for q in quarters)), compute)


def area_demand(area: Area) -> list[tuple[str, int]]:
    """The area's occupations by open vacancies now, most first (the candidates for adjacent occupations)."""

    def compute() -> list[tuple[str, int]]:
        # open now = published now (an ended vacancy's end lies in the past), which the index on the state finds
        rows = (Vacancy.objects.filter(area.vacancy_filter(), state=VacancyState.PUBLISHED, created_at__lt=clock.now()).exclude(occupation_uri="")
                .values("occupation_uri").annotate(n=Count("pk")).order_by("-n", "occupation_uri")[:CANDIDATES])
        return [(r["occupation_uri"], r["n"]) for r in rows]

    return _cached(("area", area.key), compute)


def skill_counts(occupation_uri: str, quarters: list[engine.Quarter]) -> tuple[dict[str, int], dict[str, int], int, int]:
    """Per skill, the occupation's vacancies (all areas: enough to see a skill rise) made in the last two quarters and in
    the two before that, and the number of vacancies in each period."""

    def compute() -> tuple[dict[str, int], dict[str, int], int, int]:
        early, middle = _at_end(quarters[0].start - dt.timedelta(days=1)), _at_end(quarters[-2].start - dt.timedelta(days=1))
        end = _at_end(quarters[-1].at)
        recent_q, earlier_q = Q(created_at__gte=middle, created_at__lt=end), Q(created_at__gte=early, created_at__lt=middle)
        totals = Vacancy.objects.filter(occupation_uri=occupation_uri).aggregate(recent=Count("pk", filter=recent_q), earlier=Count("pk", filter=earlier_q))
        rows = (VacancySkill.objects.filter(vacancy__occupation_uri=occupation_uri, vacancy__created_at__gte=early, vacancy__created_at__lt=end)
                .values("skill_uri").annotate(recent=Count("pk", filter=Q(vacancy__created_at__gte=middle)),
                                              earlier=Count("pk", filter=Q(vacancy__created_at__lt=middle))))
        recent = {r["skill_uri"]: r["recent"] for r in rows if r["recent"]}
        earlier = {r["skill_uri"]: r["earlier"] for r in rows if r["earlier"]}
        return recent, earlier, totals["recent"], totals["earlier"]

    return _cached(("skills", occupation_uri, tuple(q.key for q in quarters)), compute)


def held_skills(person_id: int, taxonomy) -> set[int]:  # noqa: ANN001 - the matching Taxonomy
    """The person's skills (the matching profile), plus the essential skills of occupations they worked in: experience
    in an occupation is taken as its essential skills, else a person without a declared skill list lacks everything."""
    held = {taxonomy.skill_index[u] for u in PersonSkill.objects.filter(person_id=person_id, source__in=COUNTING_SOURCES).values_list("skill_uri", flat=True)
            if u in taxonomy.skill_index}
    for uri in PersonExperience.objects.filter(person_id=person_id).values_list("occupation_uri", flat=True):
        if uri in taxonomy.occupation_index:
            held.update(taxonomy.occupations[taxonomy.occupation_index[uri]].essential)
    return held


@dataclass
class OccupationSignals:
    uri: str
    index: int | None
    kind: str  # "current" or "target"
    area: Area
    demand: engine.Demand
    adjacent: list[engine.Adjacent]
    rising: list[engine.RisingSkill]


def for_person(person: Person, today: dt.date | None = None) -> list[OccupationSignals]:
    """The signals of every occupation of the person, in their area."""
    from werkregie.geo import services as geo
    from werkregie.matching import platform

    occupations = occupations_of(person.pk)
    if not occupations:
        return []
    taxonomy = platform.taxonomy()
    quarters = engine.last_quarters(today or clock.today())
    area = area_of(geo.municipality(person.municipality_id))
    held = held_skills(person.pk, taxonomy)
    demand_now = dict(area_demand(area))
    mine = frozenset(i for i in (taxonomy.occupation_index.get(u) for u, _kind in occupations) if i is not None)
    out = []
    for uri, kind in occupations:
        vacancies, seekers = demand_counts(uri, area, quarters)
        index = taxonomy.occupation_index.get(uri)
        adjacent: list[engine.Adjacent] = []
        rising: list[engine.RisingSkill] = []
        if index is not None:
            own = taxonomy.occupations[index]
            candidates = []
            for cand_uri, n in demand_now.items():
                ci = taxonomy.occupation_index.get(cand_uri)
                if ci is not None:
                    occ = taxonomy.occupations[ci]
                    candidates.append((ci, n, set(occ.essential) | set(occ.optional), set(occ.essential)))
            # the matching engine's skill-gap function for the person (no demand weights: the fewest gaps count here)
            adjacent = engine.adjacent(index, set(own.essential) | set(own.optional), held, candidates,
                                       lambda ci: skill_gaps(taxonomy, held, ci, {}), exclude=mine)
            recent, earlier, recent_total, earlier_total = skill_counts(uri, quarters)
            rising = engine.rising_skills({taxonomy.skill_index[u]: n for u, n in recent.items() if u in taxonomy.skill_index},
                                          {taxonomy.skill_index[u]: n for u, n in earlier.items() if u in taxonomy.skill_index},
                                          recent_total, earlier_total)
        out.append(OccupationSignals(uri, index, kind, area, engine.demand(quarters, vacancies, seekers), adjacent, rising))
    return out
