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


def test_course_titles_are_flemish_titles_named_after_their_skills_and_providers_keep_to_their_sector():
    """Titles the way providers write them ("Heftruckchauffeur – basisopleiding", "Klachten van klanten afhandelen in de
    praktijk"), never the synthetic "Workshop <English skill label> (<occupation>)" of before; a private provider only
    trains for the occupations of its sector."""
    tax = taxonomy()
    one = catalogue(tax, geography.places(), courses=400, start=dt.date(2026, 12, 1))
    occupations_of: dict[str, set[int]] = {}
    for i, o in enumerate(tax.occupations):
        for s in o.essential:
            occupations_of.setdefault(tax.skills[s].uri, set()).add(i)
    specs = {p.code: p for p in PROVIDERS}
    for code, records in one.items():
        for r in records:
            title = r["title_nl"]
            assert title[:1].isupper() and not title.startswith(("Module ", "Workshop ", "Praktijkopleiding ", "Bijscholing ", "Basisopleiding ")), title
            nl_skills = [(tax.skills[tax.skill_index[u]].labels.get("nl") or [""])[0] for u in r["skills"]]
            owners = set.intersection(*[occupations_of.get(u, set()) for u in r["skills"][:1]]) if r["skills"] else set()
            nl_occupations = {(tax.occupations[o].labels.get("nl") or tax.occupations[o].labels.get("en") or [""])[0].lower() for o in owners}
            named = any(s and s.lower() in title.lower() for s in nl_skills) or any(o and o in title.lower() for o in nl_occupations)
            assert named, f"{title!r} names none of its skills or occupations"
            if specs[code].isco:
                assert any(specs[code].serves(tax.occupations[o].isco) for o in owners), f"{code} teaches {title!r} outside its sector"
    titles = [r["title_nl"] for rows in one.values() for r in rows]
    assert any(t.endswith("– basisopleiding") for t in titles) and any(t.endswith("in de praktijk") for t in titles)
    assert sum(1 for rows in one.values() for r in rows if r["title_en"]) > len(titles) // 2
