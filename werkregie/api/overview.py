"""The API's page in words (/api/): what it offers per domain, read from the OpenAPI document's tags, so that a new
router shows up here by itself; TOPICS gives each tag its name and one sentence in the reader's language (a tag
without one is shown under its code, and tests/test_api_page.py fails until it has them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from django.utils.translation import gettext_lazy as _

PREFIX = "/api/v1/"

TOPICS = {
    "persons": (_("Personen"), _("Het talentregister: personen zoeken, inschrijven, raadplegen en dubbele inschrijvingen samenvoegen.")),
    "me": (_("Mijn gegevens"), _("Voor de burger zelf: eigen gegevens, toestemmingen, wie ze raadpleegde en een export van alles.")),
    "statistics": (_("Statistiek"), _("Aantallen personen per status, zonder persoonsgegevens.")),
    "rules": (_("Regels"), _("Regelgeving als code: jobbonus, doelgroepverminderingen, ‘Loont werken?’ en de beleidssimulatie.")),
    "screening": (_("Screening"), _("De kans op werk binnen 6 en 12 maanden met haar uitleg, en de beoordeling door de bemiddelaar.")),
    "matching": (_("Matching"), _("Beroepen en competenties (ESCO) herkennen in tekst, matchingprofielen en de rangschikking van "
                                  "vacatures en kandidaten.")),
    "worklist": (_("Werklijst"), _("De taken van bemiddelaars en beheerders, op vervaldatum.")),
    "trajectories": (_("Trajecten"), _("Begeleidingstrajecten, bindende overeenkomsten met hun stappen en de bewijsstukken.")),
    "appointments": (_("Afspraken"), _("Afspraken met werkzoekenden: plannen, verzetten en aanwezigheid.")),
    "compliance": (_("Controle"), _("Controledossiers: verhoor, beslissing, sanctie en beroep.")),
    "community": (_("Gemeenschapsdienst"), _("Activiteiten, toewijzingen, uren en vergoedingen van gemeenschapsdienst en wijk-werken.")),
    "kpis": (_("Kerncijfers"), _("Kerncijfers per gemeente en provincie, met hun definitie; kleine aantallen worden afgeschermd.")),
    "municipalities": (_("Gemeenten"), _("Leefloncliënten, doorverwijzingen naar VDAB en samenwerkingsovereenkomsten.")),
    "messaging": (_("Berichten"), _("Berichten met juridisch bewijs, afleverrapporten van de kanalen en verzegelde bewijs-pdf's.")),
    "vacancies": (_("Vacatures"), _("Vacatures, sollicitaties, de openbare zoekfunctie en de JobPosting-feed.")),
    "employers": (_("Werkgevers"), _("Werkgevers: toegang aanvragen, vestigingen, sector en gebruikers.")),
    "credentials": (_("Competentiebewijzen"), _("Verifieerbare competentiebewijzen uitgeven, intrekken en door iedereen laten controleren.")),
    "keys": (_("Sleutels"), _("De ondertekeningssleutels van het platform en hun vervanging.")),
    "careers": (_("Mijn Loopbaan"), _("Doelberoepen, het delen van het competentiepaspoort, het competentievisum en EVC.")),
    "training": (_("Opleidingen"), _("De opleidingscatalogus, de opleidingsgids en inschrijvingen.")),
    "learning": (_("Leer- en loopbaanrekening"), _("Het saldo en de boekingen van de leer- en loopbaanrekening.")),
    "platform": (_("Platform"), _("Of de dienst draait.")),
}


@dataclass(frozen=True)
class Domain:
    tag: str
    operations: int
    public: int  # operations that answer without a token
    paths: tuple[str, ...]  # the first two segments of its paths, e.g. /api/v1/persons

    @property
    def name(self) -> object:
        return TOPICS.get(self.tag, (self.tag, ""))[0]

    @property
    def description(self) -> object:
        return TOPICS.get(self.tag, ("", ""))[1]


@cache
def document() -> dict:
    from .api import api

    return api.get_openapi_schema(path_prefix=PREFIX)


@cache
def domains() -> tuple[Domain, ...]:
    """One entry per tag of the OpenAPI document, in the order the document first names them."""
    found: dict[str, dict] = {}
    for path, operations in document()["paths"].items():
        base = "/".join(path.split("/")[:4])
        for operation in operations.values():
            for tag in operation.get("tags") or ["platform"]:
                entry = found.setdefault(tag, {"operations": 0, "public": 0, "paths": []})
                entry["operations"] += 1
                entry["public"] += not operation.get("security")
                if base not in entry["paths"]:
                    entry["paths"].append(base)
    return tuple(Domain(tag, e["operations"], e["public"], tuple(e["paths"])) for tag, e in found.items())


_UNITS = {"s": _("per seconde"), "m": _("per minuut"), "h": _("per uur"), "d": _("per dag")}


def rate_in_words(rate: str) -> tuple[int, object] | None:
    """'30/m' → (30, 'per minuut'); None for a rate this page cannot read."""
    match = re.fullmatch(r"\s*(\d+)\s*/\s*([smhd])\w*\s*", rate or "")
    return (int(match.group(1)), _UNITS[match.group(2)]) if match else None
