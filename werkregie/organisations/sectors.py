"""Employers' sectors: NACE-BEL 2008 codes (format and section), and which occupations fit a sector (by ISCO-08 group),
used to keep demo employers posting the occupations of their own sector. Plain Python, data only."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

NACE_FORMAT = re.compile(r"^\d{2}(\.\d{1,3})?$")

# NACE sections by division (the first two digits), as in NACE-BEL 2008.
SECTIONS = [
    ("A", 1, 3, _("Landbouw, bosbouw en visserij")), ("B", 5, 9, _("Winning van delfstoffen")), ("C", 10, 33, _("Industrie")),
    ("D", 35, 35, _("Energie")), ("E", 36, 39, _("Water en afval")), ("F", 41, 43, _("Bouwnijverheid")),
    ("G", 45, 47, _("Groot- en detailhandel")), ("H", 49, 53, _("Vervoer en opslag")), ("I", 55, 56, _("Horeca")),
    ("J", 58, 63, _("Informatie en communicatie")), ("K", 64, 66, _("Financiële activiteiten")), ("L", 68, 68, _("Vastgoed")),
    ("M", 69, 75, _("Vrije beroepen en wetenschap")), ("N", 77, 82, _("Administratieve en ondersteunende diensten")),
    ("O", 84, 84, _("Openbaar bestuur")), ("P", 85, 85, _("Onderwijs")), ("Q", 86, 88, _("Gezondheidszorg en welzijn")),
    ("R", 90, 93, _("Kunst, amusement en recreatie")), ("S", 94, 96, _("Andere diensten")), ("T", 97, 98, _("Huishoudens")),
    ("U", 99, 99, _("Extraterritoriale organisaties")),
]

# Which NACE sections hire an occupation, by the longest matching ISCO-08 prefix. Temporary-work agencies (78.2) hire for all.
ISCO_SECTIONS = {
    "0": "O", "11": "O", "12": "N", "13": "N", "14": "I", "21": "M", "22": "Q", "23": "P", "24": "N", "25": "J", "26": "M",
    "31": "M", "3121": "B", "3122": "C", "3123": "F", "313": "C", "3131": "D", "3132": "E", "315": "H", "32": "Q", "33": "N", "34": "R", "35": "J", "41": "N", "42": "N", "43": "H", "44": "N",
    "51": "I", "512": "I", "513": "I", "515": "N", "516": "S", "52": "G", "53": "Q", "54": "N", "61": "A", "62": "A", "63": "A",
    "71": "F", "72": "C", "73": "C", "74": "C", "7411": "F", "7413": "D", "7422": "J", "75": "C", "81": "C", "82": "C", "83": "H",
    "91": "N", "92": "A", "93": "F", "932": "C", "933": "H", "94": "I", "95": "S", "96": "E",
}
# Why the four-digit exceptions: ISCO groups mix sectors below their second digit. Supervisors (312) oversee mines (3121),
# factories (3122: a dairy technologist, a malting supervisor, an electronics production lead) or building sites (3123);
# process controllers (313) run power plants (3131: energy), incinerators and water works (3132) or chemical and metal
# plants (3133-3139: industry); of the electrical trades (74) only building electricians (7411) work for builders, line
# installers (7413) for the grid, ICT installers (7422: a radio technician) for telecom, the rest in factories; of the
# labourers (93) manufacturing's (932) work in industry. So a builder never posts a dairy technologist or radio technician.
TEMPORARY_WORK = "78.200"

# What an employer of a NACE division really hires, by ISCO-08 prefix: a section is too coarse to say it (section N holds
# both a cleaning company and an office-services firm, so a cleaner "posted" lobbyists and ICT project managers; section O
# holds both an intercommunal and the army, so it posted generals and a central bank governor). Four-digit groups where a
# group mixes industries: 8219 assemblers make fireworks as well as furniture, 8152 weavers are not a bakery's staff.
# Divisions not listed fall back on the section (ISCO_SECTIONS). Temporary-work agencies (78) place clerks, service,
# sales, care and security staff, trades, operators and labourers, technicians and ICT staff, never the military, legislators
# and senior officials, artists or fortune tellers.
DIVISION_HIRES = {
    "01": ("6111", "6112", "6113", "6114", "6130", "8341", "9211", "9213", "9214"),
    "10": ("7511", "7512", "7513", "7514", "7515", "8160", "8344"),
    "38": ("2143", "3132", "8332", "8344", "9611", "9612", "9613"),
    "41": ("1323", "2142", "3112", "3123", "4110", "71", "7411", "8342", "8343", "9312", "9313"),
    "47": ("4321", "5222", "5223", "5230", "5246", "7511", "7512", "9334"),
    "52": ("1324", "3152", "3331", "4321", "4323", "8322", "8332", "8343", "8344", "8350", "9333"),
    "56": ("1412", "3434", "5120", "5131", "5132", "5246", "7512", "9411", "9412"),
    "62": ("1330", "2434", "25", "351"),
    "71": ("214", "215", "2161", "2164", "2165", "3112", "3113", "3114", "3115", "3118"),
    "78": ("25", "311", "312", "313", "35", "4", "511", "512", "513", "514", "515", "52", "531", "532", "5414", "7", "8", "9"),
    "81": ("9111", "9112", "9122", "9123"),
    "84": ("2164", "2411", "2422", "3343", "3354", "4110", "4120", "4415"),
    "85": ("2330", "2341", "2352", "2359", "4110", "5312"),
    "87": ("1343", "2221", "2264", "3412", "5321", "5322", "5329"),
    "90": ("2654", "3332", "3435", "3521"),
    "96": ("5141", "5142"),
}
# Occupations of a hired ISCO group that the division still does not post, by a word of the ESCO English label: a unit
# group is broader than a firm (walk of issue 16: the builder posted a hydropower engineer and a geological engineer
# (2142), a landfill supervisor (3112), an automated cable vehicle controller (8343) and a membership administrator
# (4110); the port's warehouse posted import-export managers of textile machinery and of meat, 90 goods-specific ones of
# 1324, which a wholesaler of those goods employs). Divisions 42 and 43 are builders as well.
_BUILDERS_SKIP = ("hydropower", "mining", "mine ", "geolog", "cable vehicle", "cable car", "landfill", "membership", "airport",
                  "pipeline", "rail", "dredg", "underwater", "snow-clearing", "event electrician", "container crane",
                  "production plant crane", "energy analyst", "power lines", "electric meter", "marine painter",
                  "transport equipment painter", "vehicle glazier", "stone engraver", "lacquer spray", "surface treatment", "frame maker")
DIVISION_SKIPS = {
    "41": _BUILDERS_SKIP, "42": _BUILDERS_SKIP, "43": _BUILDERS_SKIP,
    "52": (r"^import export (manager|specialist) in ", r"^(?!logistics and ).+ distribution manager$", "leather", "purchasing",
           "airport", "railway station", "pipeline", r"\bgas ", "taxi", "hearse", "private chauffeur", "patient transport",
           "armoured car", "parking valet", "aircraft", "tram ", "bus route", "rail traffic", "cable vehicle", "live animal", "baggage",
           "air traffic", "movie", "fire service", "fisheries", "refuse", "production plant crane", "tower crane", "concrete pump"),
    "84": ("membership", "intelligence", "parliament", "embassy", "diplomat", "military", "police", "customs", "immigration",
           "foreign affairs", "legislat", "political"),
    "85": ("membership",),
    # walk of issue 16: the waste company posted an aircraft fuel system operator (8332), the agency an au pair (5311)
    # and a ship captain (3152: ship and aircraft officers are no temporary work, 315 left out of the agency's groups)
    "38": ("aircraft", "airport", "fuel", "tanker", "ship", "rail", "crane", "concrete", "livestock", "hearse"),
    "78": ("au pair", "nanny", "captain", "pilot", "air traffic", "fisher", "diver", "forensic", "embalm", "undertaker",
           "ship", "vessel", "aircraft", "military", "police"),
}


def nace_problem(code: str) -> str | None:
    """Why a NACE-BEL code is not valid (None when it is): "NN", "NN.N", "NN.NN" or "NN.NNN" whose division, group and
    class exist in NACE Rev. 2 (data/nace_rev2.dat; walk of stop 42: 99.999 and 85.999 were accepted). The fifth digit,
    NACE-BEL's national subclass, is not in the shipped list and is not checked."""
    code = (code or "").strip()
    if not NACE_FORMAT.match(code):
        return str(_("Een NACE-BEL-code heeft de vorm 41.201 (twee cijfers, een punt, tot drie cijfers)."))
    digits = code.replace(".", "")
    known = nace_codes()
    if section_of(code) is None or digits[:2] not in known:
        return str(_("Deze NACE-afdeling bestaat niet."))
    if len(digits) >= 3 and digits[:3] not in known or len(digits) >= 4 and digits[:4] not in known:
        return str(_("Deze NACE-code bestaat niet: de groep of klasse (de eerste drie of vier cijfers) staat niet in de NACE-nomenclatuur."))
    return None


@lru_cache(maxsize=1)
def nace_codes() -> frozenset[str]:
    """Every division (2 digits), group (3) and class (4) of NACE Rev. 2, from its indented list (data/ATTRIBUTION.md)."""
    codes: set[str] = set()
    division = group = ""
    for line in (Path(__file__).resolve().parent / "data" / "nace_rev2.dat").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        token = line.split()[0]
        depth = len(line) - len(line.lstrip(" "))
        if depth == 0 and token.isdigit():
            division = token
            codes.add(division)
        elif depth == 1:
            group = division + token
            codes.add(group)
        elif depth == 2:
            codes.add(group + token)
    return frozenset(codes)


def section_of(code: str) -> str | None:
    try:
        division = int((code or "")[:2])
    except ValueError:
        return None
    return next((letter for letter, low, high, _label in SECTIONS if low <= division <= high), None)


def section_label(code: str) -> str:
    letter = section_of(code)
    return str(next((label for s, _l, _h, label in SECTIONS if s == letter), ""))


def section_for_isco(isco: str) -> str | None:
    """The NACE section that typically hires an ISCO-08 occupation (longest prefix), None when not mapped."""
    for length in range(len(isco or ""), 0, -1):
        found = ISCO_SECTIONS.get(isco[:length])
        if found:
            return found
    return None


def fits(nace_code: str, isco: str, label_en: str = "") -> bool:
    """Whether an employer of this sector plausibly posts this occupation: by what its division hires where the division
    is listed (DIVISION_HIRES), less the occupations its DIVISION_SKIPS name (by the ESCO English label, `label_en`;
    without it the check is by group only), else by the section."""
    division = (nace_code or "")[:2]
    label = (label_en or "").lower()
    if label and any(re.search(pattern, label) for pattern in DIVISION_SKIPS.get(division, ())):
        return False
    hires = DIVISION_HIRES.get(division)
    if hires is not None:
        return bool(isco) and isco.startswith(hires)
    return section_of(nace_code) is not None and section_of(nace_code) == section_for_isco(isco)
