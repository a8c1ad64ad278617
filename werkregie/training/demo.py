"""Demo data of training: the providers and the SYNTHETIC catalogue (synthetic.py; data/README.md), loaded through
the same import path as a provider's file. Idempotent: a second run changes nothing."""

from __future__ import annotations

from collections.abc import Callable

from werkregie.core import clock

from . import bottlenecks
from .enums import ProviderFamily, ProviderSector
from .importer import import_catalogue
from .models import Provider
from .synthetic import PROVIDERS, catalogue

DEMO_COURSES = 600


def ensure_providers() -> dict[str, Provider]:
    from werkregie.organisations.models import Organisation, OrganisationKind, PartnerType

    out = {}
    for spec in PROVIDERS:
        sector = ProviderSector.PRIVATE if spec.family == ProviderFamily.PRIVATE else ProviderSector.PUBLIC
        provider, _created = Provider.objects.get_or_create(code=spec.code, defaults={
            "name": spec.name, "family": spec.family, "sector": sector, "municipality_id": spec.seat})
        out[spec.code] = provider
    # the partner organisation "Syntra Vlaanderen" (organisations' demo) delivers its own catalogue
    syntra = Organisation.objects.filter(kind=OrganisationKind.PARTNER, partner_type=PartnerType.TRAINING_PROVIDER, name="Syntra Vlaanderen").first()
    if syntra and out["syntra-vlaanderen"].organisation_id is None and not Provider.objects.filter(organisation=syntra).exists():
        out["syntra-vlaanderen"].organisation = syntra
        out["syntra-vlaanderen"].save(update_fields=["organisation"])
    return out


def demo_targets() -> list[str]:
    """The demo citizen's target occupations (URIs): those in the register, then those the careers demo adds after this
    one (careers.demo.DEMO_TARGETS)."""
    from werkregie.careers.demo import DEMO_TARGETS
    from werkregie.matching.platform import taxonomy

    later = [o.uri for label in DEMO_TARGETS for o in taxonomy().occupations if o.label("en") == label]
    return list(dict.fromkeys([*_own_targets(), *later]))


def _own_targets() -> list[str]:
    from werkregie.matching.models import DesiredOccupation

    return list(DesiredOccupation.objects.filter(person__account__username="burger").order_by("pk").values_list("occupation_uri", flat=True))


def records(courses: int = DEMO_COURSES, seed: int = 2026, start=None, complete: bool = True) -> dict[str, list[dict]]:  # noqa: ANN001 - a date
    """The demo's catalogue: courses drawn over the demo citizen's own targets first (so that the guide and the Mijn
    Loopbaan panel have something to show), then the bottleneck occupations of VDAB's published list, and before those
    (`complete`) modules that teach every essential skill of the demo's targets and of the bottleneck occupations.
    Without `complete`, the catalogue the demo had before issue 13's walk (37 of the warehouse manager's 40 essential
    skills without a course), kept for the tests of what the guide does with such holes."""
    from werkregie.matching.engine import geography
    from werkregie.matching.platform import taxonomy

    tax = taxonomy()

    def known(uris: list[str]) -> list[int]:
        return [tax.occupation_index[uri] for uri in dict.fromkeys(uris) if uri in tax.occupation_index]

    listed = known([*_own_targets(), *bottlenecks.published()])
    full = known([*demo_targets(), *bottlenecks.published()]) if complete else None
    return catalogue(tax, geography.places(), courses=courses, start=start or clock.today(), seed=seed, extra_occupations=listed,
                     complete=full)


def seed(progress: Callable[[int], None] | None = None, courses: int = DEMO_COURSES, complete: bool = True) -> dict:
    providers = ensure_providers()
    counts = {"providers": len(providers), "created": 0, "updated": 0, "unchanged": 0}
    for code, rows in records(courses, complete=complete).items():
        report = import_catalogue(providers[code], rows, progress=progress)
        for key in ("created", "updated", "unchanged"):
            counts[key] += getattr(report, key)
    return counts
