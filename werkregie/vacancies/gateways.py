"""The vacancy exchange's outbound gateways (issue 12 point 6): one per destination of the concentric model, each a
port with a real adapter and an in-memory fake that behave the same.

    deliver(document) -> Receipt      hand a vacancy (or its withdrawal) over; GatewayError (permanent or not) when not

Ring 2, the other regional services (Actiris, Le Forem, ADG), and ring 3, the public services of the border regions,
receive schema.org JobPosting (jobposting.py, the shape the import reads back); ring 4, EURES, receives HR Open
Standards' PositionOpening (eures.py), the format Implementing Decision (EU) 2017/1257 prescribes for EURES.
A destination's real adapter is an HTTPS POST of the JSON document when WERKREGIE_EXCHANGE_<SLUG>_URL is set (with
WERKREGIE_EXCHANGE_<SLUG>_TOKEN as bearer token); the fake otherwise (the demo, the tests). The fake checks the
document as the partner would (the fields it requires) and refuses it permanently when one is missing; a destination
named in WERKREGIE_EXCHANGE_UNREACHABLE (comma-separated slugs) fails temporarily, so that a retry can be shown."""

from __future__ import annotations

import hashlib
import json
import os
import urllib.error
import urllib.request
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from werkregie.matching.engine.geography import ABROAD, BORDER, BRUSSELS_WALLONIA

JOBPOSTING, HROPEN = "jobposting", "hropen"


@dataclass(frozen=True)
class Destination:
    slug: str
    name: str
    ring: int
    format: str
    country: str


DESTINATIONS = [
    Destination("actiris", "Actiris", BRUSSELS_WALLONIA, JOBPOSTING, "BE"),
    Destination("forem", "Le Forem", BRUSSELS_WALLONIA, JOBPOSTING, "BE"),
    Destination("adg", "Arbeitsamt der DG (ADG)", BRUSSELS_WALLONIA, JOBPOSTING, "BE"),
    Destination("uwv", "UWV (Nederland)", BORDER, JOBPOSTING, "NL"),
    Destination("france-travail", "France Travail (Hauts-de-France)", BORDER, JOBPOSTING, "FR"),
    Destination("ba-aachen", "Bundesagentur für Arbeit (Aachen)", BORDER, JOBPOSTING, "DE"),
    Destination("adem", "ADEM (Luxemburg)", BORDER, JOBPOSTING, "LU"),
    Destination("eures", "EURES (Europees portaal)", ABROAD, HROPEN, "EU"),
]
BY_SLUG = {d.slug: d for d in DESTINATIONS}
RING_LABELS = {BRUSSELS_WALLONIA: _("de andere gewesten"), BORDER: _("de grensregio's"), ABROAD: _("Europa (EURES)")}

# what each format's receiver requires before it accepts a vacancy (the fake refuses without them)
REQUIRED = {
    JOBPOSTING: ("identifier", "title", "description", "hiringOrganization", "jobLocation", "employmentType"),
    HROPEN: ("documentId", "positionOpeningStatusCode", "positionProfiles"),
}
REQUIRED_PROFILE = ("positionTitle", "positionLocations", "jobCategoryCodes", "positionOrganizations")


@dataclass(frozen=True)
class Receipt:
    reference: str


class GatewayError(Exception):
    def __init__(self, message: str, *, permanent: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent


def missing_fields(document: dict, fmt: str) -> list[str]:
    """The required fields a document lacks (empty: the receiver accepts its shape)."""
    missing = [name for name in REQUIRED[fmt] if not document.get(name)]
    if fmt == HROPEN:
        for i, profile in enumerate(document.get("positionProfiles") or []):
            missing += [f"positionProfiles[{i}].{name}" for name in REQUIRED_PROFILE if not profile.get(name)]
    return missing


def _reference(destination: Destination, document: dict) -> str:
    digest = hashlib.sha256(json.dumps(document, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]
    return f"{destination.slug}-{digest}"


@dataclass
class FakeGateway:
    """In memory: what a destination accepted, by reference (the tests read `received`)."""

    destination: Destination
    received: list[dict] = field(default_factory=list)

    def deliver(self, document: dict) -> Receipt:
        unreachable = {s.strip() for s in os.environ.get("WERKREGIE_EXCHANGE_UNREACHABLE", "").split(",") if s.strip()}
        if self.destination.slug in unreachable:
            raise GatewayError(f"{self.destination.name} is niet bereikbaar")
        missing = missing_fields(document, self.destination.format)
        if missing:
            raise GatewayError(f"geweigerd: ontbrekende velden {', '.join(missing)}", permanent=True)
        self.received.append(document)
        return Receipt(_reference(self.destination, document))


@dataclass
class HttpGateway:
    """POST the JSON document to the destination's endpoint; 2xx accepted (its body's "reference" kept), 4xx refused
    (permanent), anything else temporary."""

    destination: Destination
    url: str
    token: str = ""
    timeout: float = 20.0

    def deliver(self, document: dict) -> Receipt:
        headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {self.token}"} if self.token else {})}
        request = urllib.request.Request(self.url, data=json.dumps(document, ensure_ascii=False).encode(), headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:  # noqa: S310 - a configured https endpoint
                body = response.read(65536)
        except urllib.error.HTTPError as exc:
            raise GatewayError(f"{self.destination.name} antwoordde {exc.code}", permanent=400 <= exc.code < 500 and exc.code != 429) from None
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise GatewayError(f"{self.destination.name} is niet bereikbaar ({exc})") from None
        try:
            reference = str(json.loads(body or b"{}").get("reference") or "")[:100]
        except (ValueError, AttributeError):
            reference = ""
        return Receipt(reference or _reference(self.destination, document))


_FAKES: dict[str, FakeGateway] = {}


def gateway(slug: str) -> FakeGateway | HttpGateway:
    destination = BY_SLUG[slug]
    key = slug.upper().replace("-", "_")
    url = os.environ.get(f"WERKREGIE_EXCHANGE_{key}_URL", "")
    if url:
        return HttpGateway(destination, url, os.environ.get(f"WERKREGIE_EXCHANGE_{key}_TOKEN", ""))
    return _FAKES.setdefault(slug, FakeGateway(destination))


def reset_fakes() -> None:
    _FAKES.clear()
