"""Places for matching and the concentric rings, plain Python.

A place is a Belgian municipality (the 2025 reference data shipped in werkregie/geo/data, centroids from the
provinces' polygons) or a region abroad. The concentric model of the Flemish government ("eerst in Vlaanderen, dan
in de andere gewesten, de aanpalende grensregio's en tenslotte in het buitenland") orders them in four rings:

1. Flanders; 2. Brussels and Wallonia (with Actiris, Le Forem, ADG); 3. the neighbouring border regions (the
EURES cross-border partnerships: Zeeland, Noord-Brabant and Limburg in the Netherlands, Nord and Pas-de-Calais
in France, Aachen in Germany, Luxembourg); 4. elsewhere abroad.

Distances are between centroids, as the crow flies, times a detour factor for the road (1.3: the usual ratio of
road to straight-line distance in Belgium's dense network); they are estimates, said so wherever they are shown.
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from .texts import gettext_noop

MUNICIPALITIES = Path(__file__).resolve().parents[2] / "geo" / "data" / "municipalities_be_2025.csv.gz"
ROAD_FACTOR = 1.3
EARTH_RADIUS_KM = 6371.0

FLANDERS, BRUSSELS_WALLONIA, BORDER, ABROAD = 1, 2, 3, 4
RING_NAMES = {FLANDERS: gettext_noop("Vlaanderen"), BRUSSELS_WALLONIA: gettext_noop("Brussel en Wallonië"), BORDER: gettext_noop("Grensregio"),
              ABROAD: gettext_noop("Buitenland")}
REGION_RING = {"02000": FLANDERS, "03000": BRUSSELS_WALLONIA, "04000": BRUSSELS_WALLONIA}

# (code, country, Dutch name, centroid) of the foreign regions a job seeker may live in or a vacancy be in
FOREIGN_REGIONS = [
    ("NL-ZE", "NL", "Zeeland", 51.49, 3.85, BORDER),
    ("NL-NB", "NL", "Noord-Brabant", 51.56, 5.08, BORDER),
    ("NL-LI", "NL", "Limburg (NL)", 51.21, 5.93, BORDER),
    ("FR-NOR", "FR", "Nord", 50.53, 3.09, BORDER),
    ("FR-PDC", "FR", "Pas-de-Calais", 50.49, 2.29, BORDER),
    ("DE-AC", "DE", "Städteregion Aachen", 50.72, 6.17, BORDER),
    ("LU", "LU", "Luxemburg", 49.78, 6.09, BORDER),
    ("NL", "NL", "Nederland (overige)", 52.37, 4.90, ABROAD),
    ("FR", "FR", "Frankrijk (overige)", 48.86, 2.35, ABROAD),
    ("DE", "DE", "Duitsland (overige)", 51.17, 10.45, ABROAD),
    ("ES", "ES", "Spanje", 40.42, -3.70, ABROAD),
    ("PL", "PL", "Polen", 52.23, 21.01, ABROAD),
    ("RO", "RO", "Roemenië", 44.43, 26.10, ABROAD),
    ("IT", "IT", "Italië", 41.90, 12.50, ABROAD),
    ("PT", "PT", "Portugal", 38.72, -9.14, ABROAD),
    ("XX", "", "Buiten de EU", 0.0, 0.0, ABROAD),
]


@dataclass(frozen=True)
class Place:
    code: str  # NIS code of a Belgian municipality, or a foreign region code
    name: str
    lat: float
    lon: float
    ring: int


@dataclass
class Places:
    places: list[Place]
    index: dict[str, int]
    lat: np.ndarray
    lon: np.ndarray
    ring: np.ndarray
    _table: np.ndarray | None = None

    def position(self, code: str) -> int:
        try:
            return self.index[code]
        except KeyError:
            raise KeyError(f"unknown place '{code}': a 5-digit NIS code of a 2025 municipality or one of "
                           f"{', '.join(r[0] for r in FOREIGN_REGIONS)}") from None

    def road_km_from(self, position: int) -> np.ndarray:
        """Estimated road distance (km) from one place to every place (a row of a table computed once: 600 × 600)."""
        if self._table is None:
            self._table = road_km(self.lat[:, None], self.lon[:, None], self.lat[None, :], self.lon[None, :])
            self._table.setflags(write=False)
        return self._table[position]


def road_km(lat1: float | np.ndarray, lon1: float | np.ndarray, lat2: float | np.ndarray, lon2: float | np.ndarray) -> np.ndarray:
    lat1, lon1, lat2, lon2 = (np.radians(np.asarray(v, dtype=np.float64)) for v in (lat1, lon1, lat2, lon2))
    a = np.sin((lat2 - lat1) / 2) ** 2 + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0))) * ROAD_FACTOR


@lru_cache(maxsize=1)
def _municipality_rows() -> tuple[dict[str, str], ...]:
    """The shipped municipalities, one dict per row (read once for the places and their names)."""
    return tuple(csv.DictReader(io.StringIO(gzip.decompress(MUNICIPALITIES.read_bytes()).decode("utf-8"))))


# how English-language vacancies name Belgian places and regions (the shipped names are Dutch and French)
ENGLISH_PLACE_NAMES = ("Antwerp", "Brussels", "Ghent", "Bruges", "Louvain", "Flanders", "Wallonia", "Belgium", "Benelux",
                       "Port of Antwerp", "Port of Ghent", "Brussels Airport", "Zaventem Airport")


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """Lower-case names of Belgian municipalities (Dutch and French), provinces, regions and the foreign regions, and
    the English names vacancies use: what a vacancy title may name besides the job (title_clean.py)."""
    names = set(ENGLISH_PLACE_NAMES) | {"België", "Belgique", "Vlaanderen", "Wallonië", "Wallonie", "Brussel", "Bruxelles", "Flandre"}
    for row in _municipality_rows():
        names |= {row["name_nl"], row["name_fr"], row["region_nl"], row["region_fr"]}
        names |= {re.sub(r"^(?:Provincie|Province)\s+(?:de\s+|du\s+|d’|d')?", "", row[key]) for key in ("province_nl", "province_fr") if row[key]}
    names |= {name for _code, _country, name, *_rest in FOREIGN_REGIONS}
    return frozenset(name.lower() for name in names if len(name) > 2)


@lru_cache(maxsize=1)
def places() -> Places:
    found = [Place(r["nis_code"], r["name_nl"], float(r["centroid_lat"]), float(r["centroid_lon"]), REGION_RING[r["region_nis"]])
             for r in _municipality_rows()]
    found += [Place(code, name, lat, lon, ring) for code, _country, name, lat, lon, ring in FOREIGN_REGIONS]
    return Places(
        places=found,
        index={p.code: i for i, p in enumerate(found)},
        lat=np.array([p.lat for p in found]),
        lon=np.array([p.lon for p in found]),
        ring=np.array([p.ring for p in found], dtype=np.int8),
    )
