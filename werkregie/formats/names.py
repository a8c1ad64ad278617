"""Codes as words on pages: languages (ISO 639-1), countries (ISO 3166-1 alpha-2) and the source of a status episode.

Language names come from Django's own translated table (LANG_INFO: "uk" → "Oekraïens", "ukrainien", "Ukrainian");
country names from the table below (babel is not a dependency), Dutch first and translated through gettext. An
unknown code is shown as itself rather than hidden: it is still information, and a test lists the codes the
register uses so that a new one is added here."""

from __future__ import annotations

from django.utils.translation import get_language, get_language_info, gettext_lazy
from django.utils.translation import gettext as _

COUNTRIES = {
    "BE": gettext_lazy("België"), "NL": gettext_lazy("Nederland"), "FR": gettext_lazy("Frankrijk"), "DE": gettext_lazy("Duitsland"),
    "LU": gettext_lazy("Luxemburg"), "IT": gettext_lazy("Italië"), "ES": gettext_lazy("Spanje"), "PT": gettext_lazy("Portugal"),
    "PL": gettext_lazy("Polen"), "RO": gettext_lazy("Roemenië"), "BG": gettext_lazy("Bulgarije"), "GR": gettext_lazy("Griekenland"),
    "HU": gettext_lazy("Hongarije"), "CZ": gettext_lazy("Tsjechië"), "SK": gettext_lazy("Slowakije"), "SI": gettext_lazy("Slovenië"),
    "HR": gettext_lazy("Kroatië"), "AT": gettext_lazy("Oostenrijk"), "IE": gettext_lazy("Ierland"), "DK": gettext_lazy("Denemarken"),
    "SE": gettext_lazy("Zweden"), "FI": gettext_lazy("Finland"), "EE": gettext_lazy("Estland"), "LV": gettext_lazy("Letland"),
    "LT": gettext_lazy("Litouwen"), "MT": gettext_lazy("Malta"), "CY": gettext_lazy("Cyprus"), "GB": gettext_lazy("Verenigd Koninkrijk"),
    "CH": gettext_lazy("Zwitserland"), "NO": gettext_lazy("Noorwegen"), "UA": gettext_lazy("Oekraïne"), "RU": gettext_lazy("Rusland"),
    "TR": gettext_lazy("Turkije"), "MA": gettext_lazy("Marokko"), "DZ": gettext_lazy("Algerije"), "TN": gettext_lazy("Tunesië"),
    "SY": gettext_lazy("Syrië"), "AF": gettext_lazy("Afghanistan"), "IQ": gettext_lazy("Irak"), "IR": gettext_lazy("Iran"),
    "ER": gettext_lazy("Eritrea"), "SO": gettext_lazy("Somalië"), "CD": gettext_lazy("Democratische Republiek Congo"),
    "CM": gettext_lazy("Kameroen"), "GN": gettext_lazy("Guinee"), "SN": gettext_lazy("Senegal"), "NG": gettext_lazy("Nigeria"),
    "IN": gettext_lazy("India"), "PK": gettext_lazy("Pakistan"), "CN": gettext_lazy("China"), "PH": gettext_lazy("Filipijnen"),
    "BR": gettext_lazy("Brazilië"), "US": gettext_lazy("Verenigde Staten"), "AL": gettext_lazy("Albanië"), "XK": gettext_lazy("Kosovo"),
    "RS": gettext_lazy("Servië"), "BA": gettext_lazy("Bosnië en Herzegovina"), "MK": gettext_lazy("Noord-Macedonië"),
    "AM": gettext_lazy("Armenië"), "GE": gettext_lazy("Georgië"), "PS": gettext_lazy("Palestina"),
}

# A status episode's source: a partner's code (demo and imports) or "<role>:org:<id>" / "<role>:user:<id>" (registration.status_source).
SOURCES = {"vdab": "VDAB", "ocmw": gettext_lazy("OCMW"), "demo": gettext_lazy("demogegevens"), "integration_agency":
           gettext_lazy("Agentschap Integratie en Inburgering"), "mutuality": gettext_lazy("ziekenfonds"), "rsz": gettext_lazy("RSZ"),
           "import": gettext_lazy("gegevensimport")}

# A trajectory's origin (trajectories.use_cases.open_trajectory's `source`): "<kind>" or "<kind>:<internal id or date>".
ORIGINS = {"screening": gettext_lazy("de screening"), "manual": gettext_lazy("geopend door een bemiddelaar"),
           "sickness": gettext_lazy("terugkeer naar werk na ziekte"), "integration": gettext_lazy("inburgering"),
           "demo-sickness": gettext_lazy("demogegevens"), "demo-newcomer": gettext_lazy("demogegevens")}


def _reader() -> str:
    return (get_language() or "nl")[:2]


def language_name(code: str | None) -> str:
    """"uk" → "Oekraïens" on a Dutch page ("ukrainien" in French: French writes language names in lower case)."""
    if not code:
        return ""
    try:
        name = str(get_language_info(code.lower())["name_translated"])
    except KeyError:
        return code
    return name.lower() if _reader() == "fr" else name


def country_name(code: str | None) -> str:
    """"UA" → "Oekraïne" on a Dutch page; an unknown code as itself."""
    if not code:
        return ""
    name = COUNTRIES.get(code.upper())
    return str(name) if name is not None else code


def source_name(source: str | None) -> str:
    """"integration_agency" → "Agentschap Integratie en Inburgering"; "counsellor:org:5" → "Bemiddelaar (Team Gent)"."""
    if not source:
        return ""
    if source in SOURCES:
        return str(SOURCES[source])
    role, _sep, who = source.partition(":")
    if role in ORIGINS:  # a trajectory's origin: the kind in words, never its internal id ("screening:7")
        return str(ORIGINS[role])
    from werkregie.accounts.models import Role

    if role in Role.values:
        label = str(Role(role).label)
        kind, _sep, pk = who.partition(":")
        if kind == "org" and pk.isdigit():
            from werkregie.organisations.models import Organisation

            name = Organisation.objects.filter(pk=int(pk)).values_list("name", flat=True).first()
            return f"{label} ({name})" if name else label
        return label
    return _("andere bron (%(code)s)") % {"code": source}


def language_level(level: str | None) -> str:
    """A CEFR level as shown: "B2" stays "B2", the register's "native" is "moedertaal" (in the reader's language)."""
    if level == "native":
        return _("moedertaal")
    return "" if level is None else str(level)


def ring_name(ring: int | None) -> str:
    """A ring of the concentric search (1 Flanders … 4 abroad) named in the reader's language."""
    from werkregie.matching.engine.geography import RING_NAMES

    return _(RING_NAMES[ring]) if ring in RING_NAMES else ""
