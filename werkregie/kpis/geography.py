"""The levels a KPI is broken down by — municipality (2025), arrondissement, province, region, Belgium — and the
shipped population by age of each municipality, both read from reference files (no database scan of persons).

The arrondissement of a 2025 municipality is the one of its 2019–2024 parts (werkregie/geo/data; the 2025 mergers stayed
within one arrondissement). Brussels has no province: its region stands in for the province level."""

from __future__ import annotations

import csv
import gzip
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

GEO_DATA = Path(__file__).resolve().parent.parent / "geo" / "data"
POPULATION_FILE = Path(__file__).resolve().parent / "data" / "population_by_age_municipality_2020.csv"
LEVELS = ("all", "region", "province", "arrondissement", "municipality")
LEVEL_LABELS = {"all": _("België"), "region": _("Gewest"), "province": _("Provincie"), "arrondissement": _("Arrondissement"),
                "municipality": _("Gemeente")}
CHILD = {"all": "region", "region": "province", "province": "arrondissement", "arrondissement": "municipality"}
BANDS = ("age_0_9", "age_10_19", "age_20_29", "age_30_39", "age_40_49", "age_50_59", "age_60_69", "age_70_79", "age_80_plus")
WORKING_AGE = ("age_20_29", "age_30_39", "age_40_49", "age_50_59", "age_60_69")  # 20–69: the source's ten-year bands


@dataclass(frozen=True)
class Place:
    nis: str
    name: str
    region: str
    region_name: str
    province: str
    province_name: str
    arrondissement: str
    arrondissement_name: str

    def unit(self, level: str) -> tuple[str, str]:
        if level == "all":
            return ("all", "BE")
        return (level, self.nis if level == "municipality" else getattr(self, level))


@lru_cache(maxsize=1)
def places() -> dict[str, Place]:
    """Every 2025 municipality with the units above it."""
    with gzip.open(GEO_DATA / "municipalities_be_2019_2024.csv.gz", "rt", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    parts = defaultdict(list)
    for row in rows:
        parts[row["nis_code_2025"]].append(row)
    out = {}
    for nis, members in parts.items():
        arr = Counter(m["arrondissement_nis"] for m in members).most_common(1)[0][0]
        first = next(m for m in members if m["arrondissement_nis"] == arr)
        province = first["province_nis"] or first["region_nis"]
        # the source writes "0" for Brussels' missing province name (its NIS code is empty): the region's name then
        province_name = first["province_nl"] if first["province_nis"] else first["region_nl"]
        out[nis] = Place(nis, first["name_nl_2025"], first["region_nis"], first["region_nl"], province, province_name, arr, first["arrondissement_nl"])
    return out


@lru_cache(maxsize=1)
def unit_names() -> dict[tuple[str, str], str]:
    """Every unit's Dutch name (the source's; keys of every breakdown). Pages show display_names()."""
    names: dict[tuple[str, str], str] = {("all", "BE"): "België"}
    for place in places().values():
        names[("municipality", place.nis)] = place.name
        names[("arrondissement", place.arrondissement)] = place.arrondissement_name
        names[("province", place.province)] = place.province_name
        names[("region", place.region)] = place.region_name
    return names


# Belgium, its regions and provinces have official names in French (and usual ones in English); in French the
# municipalities and arrondissements too ("Gand", walk of stop 42), in English the Flemish ones keep their Dutch names as
# geo.Municipality.name_in gives them (walk of stop 41: "Demandeurs d'emploi : Vlaams Gewest", "Back to België")
OTHER_NAMES = {
    "België": ("Belgique", "Belgium"), "Vlaams Gewest": ("Région flamande", "Flemish Region"),
    "Waals Gewest": ("Région wallonne", "Walloon Region"), "Brussels Hoofdstedelijk Gewest": ("Région de Bruxelles-Capitale", "Brussels-Capital Region"),
    "Antwerpen": ("Anvers", "Antwerp"), "Limburg": ("Limbourg", "Limburg"), "Oost-Vlaanderen": ("Flandre-Orientale", "East Flanders"),
    "Vlaams-Brabant": ("Brabant flamand", "Flemish Brabant"), "West-Vlaanderen": ("Flandre-Occidentale", "West Flanders"),
    "Waals-Brabant": ("Brabant wallon", "Walloon Brabant"), "Henegouwen": ("Hainaut", "Hainaut"), "Luik": ("Liège", "Liège"),
    "Luxemburg": ("Luxembourg", "Luxembourg"), "Namen": ("Namur", "Namur"),
}
NAMED_LEVELS = ("all", "region", "province")


def display_names() -> dict[tuple[str, str], str]:
    """Every unit's name in the reader's language (the active one): Belgium, the regions and the provinces translated."""
    from django.utils import translation

    return _names_in((translation.get_language() or "nl")[:2])


@lru_cache(maxsize=4)
def _names_in(language: str) -> dict[tuple[str, str], str]:
    column = {"fr": 0, "en": 1}.get(language)
    names = dict(unit_names())
    if column is not None:
        for unit, name in names.items():
            if unit[0] in NAMED_LEVELS and name in OTHER_NAMES:
                names[unit] = OTHER_NAMES[name][column]
    if language == "fr":  # municipalities and arrondissements by their French names, as geo.Municipality.name_in does
        names.update(_french_names())
    if language == "en":  # the few with an English name in common use (walk of stop 43: "Key figures of Gent")
        names.update(ENGLISH_NAMES)
    return names


# The English exonyms in common use (the UK government's and the BBC's style, and the cities' own English pages); every
# other Flemish municipality keeps its Dutch name in English.
ENGLISH_NAMES = {("municipality", "11002"): "Antwerp", ("municipality", "44021"): "Ghent", ("municipality", "31005"): "Bruges",
                 ("municipality", "35013"): "Ostend", ("arrondissement", "11000"): "Antwerp", ("arrondissement", "44000"): "Ghent",
                 ("arrondissement", "31000"): "Bruges", ("arrondissement", "35000"): "Ostend"}


@lru_cache(maxsize=1)
def _french_names() -> dict[tuple[str, str], str]:
    """The French names of the 2025 municipalities and of the arrondissements, from the shipped reference files."""
    out: dict[tuple[str, str], str] = {}
    with gzip.open(GEO_DATA / "municipalities_be_2019_2024.csv.gz", "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["arrondissement_fr"]:
                out[("arrondissement", row["arrondissement_nis"])] = row["arrondissement_fr"]
    with gzip.open(GEO_DATA / "municipalities_be_2025.csv.gz", "rt", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["name_fr"]:
                out[("municipality", row["nis_code"])] = row["name_fr"]
    return out


FLANDERS_REGION = "02000"


@lru_cache(maxsize=1)
def _covered() -> frozenset:
    """The units of VDAB's territory (Flanders and everything in it) and Belgium as their whole."""
    flemish = [p for p in places().values() if p.region == FLANDERS_REGION]
    return frozenset({("all", "BE")} | {p.unit(level) for p in flemish for level in LEVELS if level != "all"})


def covered(unit: tuple[str, str]) -> bool:
    """Whether the platform's register speaks for this unit: Brussels and Wallonia are the territory of Actiris and
    Forem, so their figures here would read as a real 0 (walk of stop 41)."""
    return unit in _covered()


def parent(unit: tuple[str, str]) -> tuple[str, str] | None:
    level, code = unit
    if level == "all":
        return None
    if level == "region":
        return ("all", "BE")
    place = next((p for p in places().values() if p.unit(level) == unit), None)
    if place is None:
        return None
    return place.unit(LEVELS[LEVELS.index(level) - 1])


@lru_cache(maxsize=1)
def _tree() -> dict[tuple[str, str], list[tuple[str, str]]]:
    found: dict[tuple[str, str], set] = defaultdict(set)
    for p in places().values():
        for level, child in CHILD.items():
            found[p.unit(level)].add(p.unit(child))
    names = unit_names()
    return {unit: sorted(kids, key=lambda u: names.get(u, u[1])) for unit, kids in found.items()}


def children(unit: tuple[str, str]) -> list[tuple[str, str]]:
    return list(_tree().get(unit, []))


@lru_cache(maxsize=4096)
def units_of(nis: str) -> list[tuple[str, str]]:
    """The municipality and every unit above it, bottom up; unknown codes belong to Belgium only."""
    place = places().get(nis)
    if place is None:
        return [("all", "BE")]
    return [place.unit(level) for level in reversed(LEVELS)]


@lru_cache(maxsize=1)
def population() -> dict[str, dict[str, int]]:
    """Population on 1/1/2020 per 2025 municipality and ten-year age band (Statbel; see data/ATTRIBUTION.md)."""
    successor = {nis: p.nis for p in places().values() for nis in [p.nis]}
    with gzip.open(GEO_DATA / "municipalities_be_2019_2024.csv.gz", "rt", encoding="utf-8") as handle:
        successor.update({row["nis_code"]: row["nis_code_2025"] for row in csv.DictReader(handle)})
    out: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys((*BANDS, "total"), 0))
    with POPULATION_FILE.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            target = out[successor.get(row["nis_code"], row["nis_code"])]
            for band in (*BANDS, "total"):
                target[band] += int(row[band])
    return dict(out)


def working_age(unit: tuple[str, str]) -> int:
    """Inhabitants aged 20–69 of a unit (the source's bands; 20–64 is not available)."""
    pop = population()
    return sum(sum(pop.get(p.nis, {}).get(b, 0) for b in WORKING_AGE) for p in places().values() if p.unit(unit[0]) == unit)
