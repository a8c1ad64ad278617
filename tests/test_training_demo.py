"""The demo's SYNTHETIC catalogue: deterministic, loaded through the import path, idempotent, on real ESCO skills and
Flemish places, with plausible prices per provider family and sessions in the coming months."""

from __future__ import annotations

import datetime as dt

import pytest

from werkregie.core import clock
from werkregie.matching.engine import geography
from werkregie.matching.platform import taxonomy
from werkregie.training import bottlenecks, demo
from werkregie.training.models import Course, Provider, Session
from werkregie.training.synthetic import PROVIDERS, catalogue


def test_the_catalogue_is_deterministic_and_plausible():
    start = dt.date(2026, 12, 1)
    one = catalogue(taxonomy(), geography.places(), courses=300, start=start)
    assert one == catalogue(taxonomy(), geography.places(), courses=300, start=start)
    rows = [r for rows in one.values() for r in rows]
    assert len(rows) == 300 and len({p.code for p in PROVIDERS}) == len(PROVIDERS) >= 24
    families = {p.code: p.family for p in PROVIDERS}
    for code, records in one.items():
        for r in records:
            assert r["skills"] and all(uri in taxonomy().skill_index for uri in r["skills"])
            if families[code] == "vdab":
                assert r["cost"] == "0.00"
            assert all(start < dt.date.fromisoformat(s["start"]) <= start + dt.timedelta(days=300) for s in r["sessions"])
            assert r["modality"] == "online" or r["municipality"] in geography.places().index


@pytest.mark.django_db
def test_seed_loads_through_the_import_path_and_is_idempotent():
    first = demo.seed(courses=150)
    assert first["providers"] == len(PROVIDERS) and first["created"] == 150
    assert demo.seed(courses=150)["unchanged"] == 150
    assert Course.objects.count() == 150 and Session.objects.filter(start_date__gte=clock.today()).exists()
    assert Provider.objects.filter(family="private", sector="private").count() == sum(p.family == "private" for p in PROVIDERS)
    listed = set(bottlenecks.published())
    tax = taxonomy()
    taught = {s for uris in Course.objects.values_list("skill_uris", flat=True) for s in uris}
    covered = [uri for uri in listed if uri in tax.occupation_index
               and taught & {tax.skills[s].uri for s in tax.occupations[tax.occupation_index[uri]].essential}]
    assert covered, "the bottleneck occupations have courses"
