"""Comparable municipalities: for each Flemish municipality, the ten most similar by structure.

Method (documented on the page and in the API):
1. Six features per municipality: the logarithm of its population, the shares of inhabitants aged 0–19, 20–39, 40–59
   and 60+ (Statbel, population on 1/1/2020 by ten-year age band, summed into the 2025 municipalities), the number of
   job seekers per 100 inhabitants aged 20–69 and the number of leefloon clients per 1,000 inhabitants (the platform's
   own KPIs on the reference date, from the aggregates; a suppressed figure counts as the Flemish median).
2. Each feature is standardised over the Flemish municipalities (minus the mean, divided by the standard deviation).
3. The distance between two municipalities is the Euclidean distance over the standardised features, all weighing the
   same; the ten with the smallest distance form the comparison group (ties by NIS code).
No urban/rural typology is used: none is shipped with a source.
"""

from __future__ import annotations

import datetime as dt
import math
from functools import lru_cache
from statistics import mean, median, pstdev

from django.utils.translation import gettext_lazy

from . import figures, geography

FEATURES = ("log_population", "share_0_19", "share_20_39", "share_40_59", "share_60_plus", "jobseekers_per_100", "leefloon_per_1000")
GROUP_SIZE = 10
# the method in words for the pages, the API and the transparency report (the docstring above is for developers)
METHOD = gettext_lazy(
    "Per gemeente zes kenmerken: de bevolking (logaritme), de aandelen inwoners van 0–19, 20–39, 40–59 en 60+ jaar (Statbel, 1/1/2020), het aantal werkzoekenden per 100 inwoners van 20–69 jaar en het aantal leefloongerechtigden per 1.000 inwoners (eigen cijfers van het platform op de peildatum). Elk kenmerk wordt gestandaardiseerd over de Vlaamse gemeenten; de tien gemeenten met de kleinste euclidische afstand vormen de vergelijkingsgroep.")


def flemish() -> list[str]:
    return sorted(nis for nis, p in geography.places().items() if p.region == "02000" and geography.population().get(nis, {}).get("total"))


def features(on: dt.date) -> dict[str, dict[str, float]]:
    pop = geography.population()
    seekers = figures.breakdown("jobseekers", on)
    leefloon = figures.breakdown("leefloon", on)
    raw: dict[str, dict[str, float | None]] = {}
    for nis in flemish():
        p = pop[nis]
        total = p["total"]
        working = sum(p[b] for b in geography.WORKING_AGE)
        js = seekers.get(("municipality", nis)).value
        lf = leefloon.get(("municipality", nis)).value
        raw[nis] = {
            "log_population": math.log(total),
            "share_0_19": (p["age_0_9"] + p["age_10_19"]) / total,
            "share_20_39": (p["age_20_29"] + p["age_30_39"]) / total,
            "share_40_59": (p["age_40_49"] + p["age_50_59"]) / total,
            "share_60_plus": (p["age_60_69"] + p["age_70_79"] + p["age_80_plus"]) / total,
            "jobseekers_per_100": None if js is None else 100 * js / working,
            "leefloon_per_1000": None if lf is None else 1000 * lf / total,
        }
    for name in FEATURES:
        known = [row[name] for row in raw.values() if row[name] is not None]
        fill = median(known) if known else 0.0
        for row in raw.values():
            if row[name] is None:
                row[name] = fill
    return raw  # type: ignore[return-value]


def standardised(raw: dict[str, dict[str, float]]) -> dict[str, list[float]]:
    stats = {}
    for name in FEATURES:
        values = [row[name] for row in raw.values()]
        stats[name] = (mean(values), pstdev(values) or 1.0)
    return {nis: [(row[n] - stats[n][0]) / stats[n][1] for n in FEATURES] for nis, row in raw.items()}


def nearest(vectors: dict[str, list[float]], nis: str, k: int = GROUP_SIZE) -> list[tuple[str, float]]:
    """The k municipalities closest to `nis` (distance, then NIS code), never itself."""
    if nis not in vectors:
        return []
    own = vectors[nis]
    distances = [(other, math.dist(own, vec)) for other, vec in vectors.items() if other != nis]
    return sorted(distances, key=lambda item: (item[1], item[0]))[:k]


def group(nis: str, on: dt.date) -> list[tuple[str, float]]:
    return _group(nis, on, figures._stamp())


@lru_cache(maxsize=64)
def _group(nis: str, on: dt.date, stamp: str) -> list[tuple[str, float]]:  # noqa: ARG001 - stamp: a refresh invalidates
    return nearest(standardised(features(on)), nis)
