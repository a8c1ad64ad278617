"""Which target occupations are bottlenecks: the platform's own demand and supply per occupation and province (open
vacancies against job seekers who want the occupation), and VDAB's published list (data/knelpuntberoepen.csv, see
data/README.md). Aggregates only: no person is read."""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from django.core.cache import cache
from django.db.models import Count

from werkregie.core import clock

from . import relevance

DATA = Path(__file__).resolve().parent / "data" / "knelpuntberoepen.csv"
MIN_SCORE = 0.80  # below this the automatic link of a list name to ESCO is not trusted (data/README.md)
TENSION = 1.0  # at least as many open vacancies as job seekers who want the occupation: a bottleneck on the platform
MIN_VACANCIES = 3  # too few vacancies say nothing
CACHE_SECONDS = 300


@dataclass
class Listed:
    year: int
    list_type: str
    rank: str
    name: str
    source_url: str


@dataclass
class Target:
    uri: str
    label: str
    vacancies: int = 0
    seekers: int = 0
    listed: list[Listed] = field(default_factory=list)
    desired: bool = False
    closeness: relevance.Closeness | None = None  # of a suggestion, to the person's profile (None: no profile to compare)
    near_uri: str = ""  # the person's own occupation that shares its ISCO group (closeness.near)

    def _shown(self, key: str) -> str:
        """A count as the pages may show it, by the platform's one small-cell rule (core.suppression, as the career
        signals apply it to the same two counts): a hidden one as "minder dan 10", a zero as "geen" (the rule publishes
        zeros: an empty cell singles out nobody)."""
        from django.utils.translation import gettext as _

        from werkregie.core.suppression import suppress, threshold

        cells = {"vacancies": self.vacancies, "seekers": self.seekers}
        if key in suppress(cells, []):
            return _("minder dan %(n)d") % {"n": threshold()}
        return str(cells[key]) if cells[key] else _("geen")

    def published(self, key: str) -> int | None:
        """The count as the API may give it: None where the small-cell rule hides it (as the KPI API does)."""
        from werkregie.core.suppression import suppress

        cells = {"vacancies": self.vacancies, "seekers": self.seekers}
        return None if key in suppress(cells, []) else cells[key]

    def _phrase(self, key: str) -> str:
        """The count with its noun, so that each language agrees them ("aucun demandeur d'emploi", not "aucune
        demandeurs d'emploi": the walk of issue 13 found "geen" translated once for every noun)."""
        from django.utils.translation import gettext as _
        from django.utils.translation import ngettext

        from werkregie.core.suppression import suppress, threshold

        cells = {"vacancies": self.vacancies, "seekers": self.seekers}
        n = cells[key]
        if key in suppress(cells, []):
            below = threshold()
            return (_("minder dan %(n)d open vacatures") if key == "vacancies" else _("minder dan %(n)d werkzoekenden")) % {"n": below}
        if not n:
            return _("geen open vacatures") if key == "vacancies" else _("geen werkzoekenden")
        if key == "vacancies":
            return ngettext("%(n)d open vacature", "%(n)d open vacatures", n) % {"n": n}
        return ngettext("%(n)d werkzoekende", "%(n)d werkzoekenden", n) % {"n": n}

    @property
    def market_shown(self) -> str:
        """The platform's evidence in the person's province, in one sentence: the two counts, or, for a thin market,
        the counts and that they are too few to call the occupation a bottleneck."""
        from django.utils.translation import gettext as _

        counts = {"vacancies": self._phrase("vacancies"), "seekers": self._phrase("seekers")}
        if self.thin_market:
            return _("%(vacancies)s en %(seekers)s in uw provincie: te weinig om er een knelpunt uit af te leiden") % counts
        return _("%(vacancies)s, %(seekers)s in uw provincie") % counts

    @property
    def thin_market(self) -> bool:
        return thin(self.vacancies, self.seekers)

    @property
    def vacancies_shown(self) -> str:
        return self._shown("vacancies")

    @property
    def seekers_shown(self) -> str:
        return self._shown("seekers")

    @property
    def ratio(self) -> float | None:
        return round(self.vacancies / self.seekers, 2) if self.seekers else None

    @property
    def platform_bottleneck(self) -> bool:
        return tight(self.vacancies, self.seekers)

    @property
    def bottleneck(self) -> bool:
        return self.platform_bottleneck or bool(self.listed)  # the rule of mark(), the one the sector view uses too

    @property
    def latest_listing(self) -> Listed | None:
        return max(self.listed, key=lambda x: x.year) if self.listed else None


@lru_cache(maxsize=1)
def published() -> dict[str, list[Listed]]:
    """ESCO occupation URI → the years and lists it appears on (links with a score of at least MIN_SCORE)."""
    out: dict[str, list[Listed]] = {}
    with DATA.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["esco_uri"] and float(row["match_score"] or 0) >= MIN_SCORE:
                out.setdefault(row["esco_uri"], []).append(
                    Listed(int(row["year"]), row["list_type"], row["rank"], row["occupation_nl"], row["source_url"]))
    return out


def thin(vacancies: int, seekers: int) -> bool:
    """Nobody looking and fewer open vacancies than the small-cell threshold: a market too small to say anything about
    shortage (walk of issue 13: "Chauffeur de maître" proposed as a bottleneck on "moins de 10 offres, aucun demandeur
    d'emploi"). With no job seeker the ratio says nothing; only a count the pages may show (at least the threshold)
    makes the vacancies evidence."""
    from werkregie.core.suppression import threshold

    return seekers == 0 and vacancies < threshold()


def tight(vacancies: int, seekers: int) -> bool:
    """At least MIN_VACANCIES open vacancies and at least as many as job seekers who want it: tight on the platform;
    never a thin market (no job seeker and fewer vacancies than the small-cell threshold)."""
    if thin(vacancies, seekers):
        return False
    return vacancies >= MIN_VACANCIES and (seekers == 0 or vacancies / seekers >= TENSION)


def region_counts(province_nis: str | None) -> dict[str, tuple[int, int]]:
    """demand_supply of a province (None: all of Flanders), a few minutes old at most (CACHE_SECONDS)."""
    return cache.get_or_set(f"training:demand:{province_nis}:{clock.today()}", lambda: demand_supply(province_nis), CACHE_SECONDS)


@dataclass(frozen=True)
class Mark:
    """Whether an occupation is a bottleneck (knelpuntberoep) in a region, and why."""

    bottleneck: bool
    tight: bool  # more open vacancies than job seekers who want it, on the platform in the region
    listed_year: int | None  # the latest year of VDAB's published list that names it


def mark(uri: str, province_nis: str | None) -> Mark:
    """THE rule for "is this occupation a bottleneck in this region", for every page that marks one (the training guide,
    the sector view): tight on the platform in the region, or on VDAB's published list."""
    v, s = region_counts(province_nis or None).get(uri, (0, 0))
    years = [entry.year for entry in published().get(uri, [])]
    on_platform = tight(v, s)
    return Mark(on_platform or bool(years), on_platform, max(years) if years else None)


def demand_supply(province_nis: str | None, uris: list[str] | None = None) -> dict[str, tuple[int, int]]:
    """Occupation URI → (open vacancies, current job seekers who want it), in a province (all of them when None)."""
    from werkregie.matching.models import DesiredOccupation
    from werkregie.matching.platform import seeking_ids
    from werkregie.vacancies.models import Vacancy

    vacancies = Vacancy.objects.filter(open=True).exclude(occupation_uri="")
    desired = DesiredOccupation.objects.filter(person_id__in=seeking_ids(clock.today()))
    if province_nis:
        vacancies = vacancies.filter(municipality__province_nis=province_nis)
        desired = desired.filter(person__municipality__province_nis=province_nis)
    if uris is not None:
        vacancies, desired = vacancies.filter(occupation_uri__in=uris), desired.filter(occupation_uri__in=uris)
    out: dict[str, tuple[int, int]] = {}
    for uri, n in vacancies.values_list("occupation_uri").annotate(n=Count("id")):
        out[uri] = (n, 0)
    for uri, n in desired.values_list("occupation_uri").annotate(n=Count("id")):
        out[uri] = (out.get(uri, (0, 0))[0], n)
    return out


@dataclass(frozen=True)
class Profile:
    """What the suggestions are compared with: the person's confirmed skills, experience (occupation → years) and
    own occupations (worked in or wanted), as taxonomy indexes."""

    skills: frozenset[int] = frozenset()
    experience: tuple[tuple[int, float], ...] = ()
    own: tuple[int, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.skills or self.experience or self.own)


def targets(desired: list[str], province_nis: str | None, language: str = "nl", suggest: int = 8, profile: Profile | None = None,
            chosen: str = "") -> list[Target]:
    """The person's desired occupations and, after them, up to `suggest` other bottleneck occupations (the platform's
    tightest in the province, then VDAB's list). With a `profile`, the suggestions are the bottleneck occupations
    closest to it (relevance.suggestable: closeness at least MIN_CLOSENESS, one essential skill in hand), closest first; without one (or an empty one), the
    tightest. The desired ones come first, bottlenecks first among them. `chosen`, an occupation the person is looking
    at, is listed too when it is none of these (not marked desired, not called close)."""
    from werkregie.matching.platform import taxonomy

    tax = taxonomy()
    listed = published()
    # aggregates that move slowly: a few minutes old is good enough for choosing a target, and a guide is asked often
    counts = region_counts(province_nis)
    tightest = sorted((uri for uri, (v, s) in counts.items() if tight(v, s) and uri not in desired),
                      key=lambda uri: (-(counts[uri][0] / max(counts[uri][1], 1)), uri))
    close: dict[str, relevance.Closeness] = {}
    if profile is not None and not profile.empty and suggest:
        held = relevance.held_skills(tax, set(profile.skills), dict(profile.experience))
        seen = set(tightest)
        pool = [*tightest, *(uri for uri in listed if uri not in desired and uri not in seen)]
        for uri in pool:
            index = tax.occupation_index.get(uri)
            if index is not None:
                found = relevance.closeness(tax, held, list(profile.own), index)
                if relevance.suggestable(found):
                    close[uri] = found
        suggestions = sorted(close, key=lambda uri: (-close[uri].score, -(counts.get(uri, (0, 0))[0] / max(counts.get(uri, (0, 0))[1], 1)), uri))[:suggest]
    else:
        suggestions = tightest[:suggest]
        suggestions += [uri for uri in listed if uri not in desired and uri not in suggestions][:max(0, suggest - len(suggestions))]
    out = []
    extra = [chosen] if chosen and chosen not in desired and chosen not in suggestions else []
    for uri in [*desired, *extra, *suggestions]:
        index = tax.occupation_index.get(uri)
        if index is None:
            continue
        v, s = counts.get(uri, (0, 0))
        found = close.get(uri)
        near = tax.occupations[found.near].uri if found is not None and found.near is not None else ""
        out.append(Target(uri, tax.occupations[index].label(language), v, s, listed.get(uri, []), uri in desired, found, near))
    mine = sorted((t for t in out if t.desired), key=lambda t: (not t.bottleneck, -(t.ratio or 0), t.label.lower()))
    others = [t for t in out if not t.desired]
    if not close:
        others.sort(key=lambda t: (not t.bottleneck, -(t.ratio or 0), t.label.lower()))
    return [*mine, *others]
