"""Loading and looking up the municipality reference data shipped with werkregie."""

from __future__ import annotations

import csv
import gzip
import io
from collections import defaultdict
from importlib import resources
from typing import Iterator

from django.db import transaction

from .models import HistoricMunicipality, Municipality, PostalCode


def _rows(name: str) -> Iterator[dict[str, str]]:
    data = resources.files("werkregie.geo").joinpath("data", f"{name}.csv.gz").read_bytes()
    yield from csv.DictReader(io.StringIO(gzip.decompress(data).decode("utf-8")))


@transaction.atomic
def load_reference_data() -> dict[str, int]:
    """Upsert every municipality (2025 and 2019–2024) and postal code. Idempotent."""
    historic = list(_rows("municipalities_be_2019_2024"))
    population: dict[str, int] = defaultdict(int)
    for row in historic:
        population[row["nis_code_2025"]] += int(row["population_2020_01_01"])

    current = []
    for row in _rows("municipalities_be_2025"):
        current.append(
            Municipality(
                nis_code=row["nis_code"], name_nl=row["name_nl"], name_fr=row["name_fr"],
                province_nis=row["province_nis"], province_nl=row["province_nl"], province_fr=row["province_fr"],
                region=row["region_nis"], refreg_code=row["refreg_code"], refreg_name=row["refreg_name"],
                centroid_lat=float(row["centroid_lat"]), centroid_lon=float(row["centroid_lon"]),
                population=population.get(row["nis_code"], 0),
            )
        )
    fields = [f.name for f in Municipality._meta.fields if not f.primary_key]
    Municipality.objects.bulk_create(current, update_conflicts=True, unique_fields=["nis_code"], update_fields=fields)

    old = [
        HistoricMunicipality(
            nis_code=row["nis_code"], name_nl=row["name_nl"], name_fr=row["name_fr"],
            arrondissement_nis=row["arrondissement_nis"], province_nis=row["province_nis"], region=row["region_nis"],
            population_2020=int(row["population_2020_01_01"]), main_postal_code=row["main_postal_code"],
            centroid_lat=float(row["centroid_lat"]), centroid_lon=float(row["centroid_lon"]),
            successor_id=row["nis_code_2025"],
        )
        for row in historic
    ]
    fields = [f.attname for f in HistoricMunicipality._meta.fields if not f.primary_key]
    HistoricMunicipality.objects.bulk_create(old, update_conflicts=True, unique_fields=["nis_code"], update_fields=fields)

    _MUNICIPALITIES.clear()
    codes = [PostalCode(code=row["postal_code"], municipality_id=row["nis_code"]) for row in _rows("postal_codes_be_2025")]
    PostalCode.objects.bulk_create(codes, ignore_conflicts=True)
    return {
        "municipalities_2025": Municipality.objects.count(),
        "municipalities_2019_2024": HistoricMunicipality.objects.count(),
        "postal_codes": PostalCode.objects.count(),
    }


_MUNICIPALITIES: dict[str, Municipality] = {}


def municipality(nis_code: str | None) -> Municipality | None:
    """A 2025 municipality from an in-process cache (565 rows of reference data that change once a decade; a
    reload with `load-reference` clears this process's cache, other processes pick it up at their restart)."""
    if nis_code is None:
        return None
    if not _MUNICIPALITIES:
        _MUNICIPALITIES.update(Municipality.objects.in_bulk())
    return _MUNICIPALITIES.get(nis_code) or Municipality.objects.filter(pk=nis_code).first()


def current_code(nis_code: str) -> str | None:
    """The 2025 NIS code for a 2025 or a 2019–2024 code; None when unknown."""
    if Municipality.objects.filter(nis_code=nis_code).exists():
        return nis_code
    old = HistoricMunicipality.objects.filter(nis_code=nis_code).values_list("successor_id", flat=True).first()
    return old


def find_municipality(text: str) -> list[Municipality]:
    """What a person types for a place — a name in Dutch or French ("Gent", "Gand"), a postal code ("9000") or a NIS code
    ("44021") — as the municipalities it may mean: one when it is clear, several when a postal code serves several
    (the caller asks which), none when nothing matches."""
    import unicodedata

    raw = unicodedata.normalize("NFKC", text or "").strip()
    if raw.isascii() and raw.isdigit() and len(raw) == 5:
        code = current_code(raw)
        return [municipality(code)] if code else []
    if raw.isascii() and raw.isdigit() and len(raw) == 4:
        return list(Municipality.objects.filter(postal_codes__code=raw).distinct().order_by("name_nl"))
    if not raw:
        return []
    from django.db.models import Q

    return list(Municipality.objects.filter(Q(name_nl__iexact=raw) | Q(name_fr__iexact=raw)).order_by("nis_code"))
