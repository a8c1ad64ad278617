"""What an access-log entry says was read, in the reader's language (issue 16, point 8: "store codes, translate on display").

`record_access(actor, ids, what, …)` stores `what` as the Dutch text its caller wrote ("sollicitaties voor vacature 9566
(naam, toestand)"): the log is a chain of hashed entries and stays as written. Every text the platform writes has its
template here, marked for translation, numbers as %(n1)s, %(n2)s … in their order; at display `describe_what` finds the
stored text's template and renders it in the active language:

- a fixed text, or one with numbers: its digit runs become %(nK)s and the result is looked up (`FIXED`);
- a text with a part from a small closed set (an admin model's name, a credential's action) or a free part written by
  someone (the file name of an evidence document, a credential's title): matched against the template's pattern; a
  closed-set part is translated too, a free part kept as written inside the translated frame (`FRAMED`);
- a list of what was shown ("zoekresultaat: naam, INSZ, gemeente"): the head's template with each item translated
  (`LISTS`, `ITEMS`; a record's sections stored as codes: "persoonsgegevens: contact, identity").

Whatever matches no template (a text written before its template existed) is returned unchanged: the pages mark it
lang="nl". tests/test_access_descriptions.py reads every `record_access` call in the code base and fails when a
description it writes has no template here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from django.utils.translation import get_language, gettext, trans_real
from django.utils.translation import gettext_noop as N

DIGITS = re.compile(r"\d+")

FIXED = (
    # careers: EVC (recognition of acquired competences), competence visa, shared passport links, career signals
    N("EVC: aanvraag geraadpleegd"), N("EVC: aanvraag ingetrokken"), N("EVC: beoordelaar toegewezen"), N("EVC: beoordeling gepland"),
    N("EVC: competenties om te laten erkennen"), N("EVC: erkenning geweigerd"), N("EVC: erkenning toegekend"), N("EVC: mijn aanvragen"),
    N("EVC: resultaat per competentie vastgelegd"), N("werklijst: EVC-aanvragen"),
    N("loopbaan: competenties voor een competentievisum"), N("loopbaan: competentievisum uitgereikt"), N("loopbaan: mijn gedeelde paspoortlinks"),
    N("loopbaansignalen: beroepen en competenties"), N("competentiepaspoort: gedeelde link bekeken (%(n1)s bewijzen)"),
    # vacancies and hiring
    N("aanwervingssteun voor een vacature"), N("aanwervingssteun voor vacature %(n1)s (effect, met toestemming)"),
    N("aanwervingssteun voor vacature %(n1)s (leeftijd, maanden werkzoekend, opleiding)"),
    N("aanwervingssteun voor vacature %(n1)s (zonder gegevens van de persoon)"),
    N("berichten van de werkgever (naam van de kandidaat)"), N("sollicitaties en terugkoppeling van werkgevers"),
    N("sollicitaties voor vacature %(n1)s (naam, toestand)"),
    N("gepseudonimiseerde kandidaten voor vacature %(n1)s (competenties, ervaring, afstandsring, talen)"),
    # appointments
    N("afspraak (iCalendar): soort en moment"), N("afspraak: bewijsstuk van afwezigheid"), N("afspraak: soort, moment, aanwezigheid, verontschuldiging"),
    N("afspraak: uitnodiging en vrije momenten"), N("afspraken: soort, moment, toestand"), N("agenda (iCalendar): naam, soort en moment van de afspraak"),
    N("agenda: naam, soort en moment van de afspraak"), N("mijn afspraken: uitnodigingen, afspraken, aanwezigheid"),
    # messages
    N("bericht %(n1)s: afleverrapport ingelezen (kanaal, toestand)"), N("bericht %(n1)s: bewijs (PDF)"),
    N("bericht %(n1)s: bewijsbundel (volledige inhoud, PDF)"), N("bericht %(n1)s: kanaal, data, toestand (brief van de controledienst)"),
    N("bericht %(n1)s: volledige inhoud"), N("berichten van de persoon: onderwerp, kanaal, data, toestand, afleveringspogingen"),
    N("berichten: onderwerp, kanaal, data, toestand"), N("digitale ondersteuning: naam, reden"),
    # compliance (availability control)
    N("controle: bestaan en stap van controledossiers (zonder inhoud)"), N("controle: bewijs (PDF) van bericht %(n1)s van dossier %(n2)s"),
    N("controle: lijst van controledossiers (naam, inbreuk, stap, termijn)"), N("controle: mijn controledossier"), N("controle: mijn controledossiers"),
    N("controle: toets passende dienstbetrekking (bevestigde competenties) voor vacature %(n1)s"),
    N("controle: volledig controledossier (inbreuk en bron, statussen, berichten, bewijsstukken, verhoor, voorstel en beslissing)"),
    # credentials
    N("credentials: competentiepaspoort"), N("credentials: credential %(n1)s"), N("credentials: downloaden (ELM) %(n1)s"),
    N("credentials: downloaden (JWT) %(n1)s"),
    # municipalities (leefloon)
    N("doorverwijzing naar VDAB"), N("lijst: leefloongerechtigden met traject, doorverwijzing en wat te doen"), N("stap van de gemeente"),
    N("stap van de gemeente genoteerd"), N("stap van de gemeente gewijzigd"), N("stappen van de gemeente en trajectstappen"),
    # people, privacy
    N("dubbels: naam, INSZ, geboortedatum"), N("inschrijving in het talentregister"), N("eigen gegevens: export gedownload (JSON en PDF)"),
    N("eigen gegevens: export gemaakt (alle onderdelen)"),
    # learning account, training
    N("leerrekening: afschrift"), N("leerrekening: overzicht"), N("leerrekening: samenvatting"),
    N("opleidingen: eigen inschrijving voor een opleiding"), N("opleidingen: inschrijvingen"), N("opleidingen: inschrijvingen bij de opleidingsverstrekker"),
    N("opleidingen: leerrekening voor een inschrijving"), N("opleidingen: profiel en gewenste beroepen voor de opleidingswijzer"),
    # matching
    N("matching: competenties uit tekst toegevoegd"),
    N("matching: kandidatenlijst voor vacature %(n1)s (naam, score, competenties, afstand, gemeente)"),
    N("matching: kandidatenlijst voor vacature %(n1)s (naam, score, competenties, afstandsklasse)"),
    N("matching: competentie uit het profiel verwijderd"),
    N("matching: kandidatenlijst voor vacature %(n1)s (naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring)"),
    N("matching: kandidatenlijst voor vacature %(n1)s (naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring, afstandsklasse)"),
    N("matching: kandidatenlijst voor vacature %(n1)s (naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring, gemeente)"),
    N("matching: kandidatenlijst voor vacature %(n1)s (naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring, afstandsklasse, gemeente)"),
    N("gepseudonimiseerde kandidaten voor vacature %(n1)s (score zonder afstand, competenties, ervaring, zoekkring, talen)"),
    N("matching: ontbrekende competenties voor een beroep"), N("matching: uitgesloten voor vacature %(n1)s (naam, reden, datum)"),
    N("matching: passende dienstbetrekking voor vacature %(n1)s"),
    N("matching: profiel (competenties, ervaring, gewenste beroepen, voorkeuren, gemeente, opleiding, rijbewijzen, talen)"),
    N("matching: vacature %(n1)s voor de persoon (competenties, ervaring, voorkeuren)"),
    N("matching: vacatures voor de persoon (competenties, ervaring, voorkeuren)"), N("matching: voorgestelde competenties (afgeleid uit cv)"),
    N("matching: voorgestelde competenties bevestigd of afgewezen"),
    # screening, worklists
    N("screening: kans op werk, uitleg, beoordelingen"), N("screening: voorstel (afstand tot de arbeidsmarkt uit kans op werk en antwoorden)"),
    N("screeningswerklijst: naam, inschrijving, vervaldatum"), N("werklijst: naam, taak, toelichting, vervaldatum"),
    # community service
    N("gemeenschapsdienst: in aanmerking (naam, woonplaats, maanden werkzoekend)"), N("gemeenschapsdienst: mijn toewijzingen, uren en vergoeding"),
    N("gemeenschapsdienst: toewijzing, uren en vergoeding"), N("gemeenschapsdienst: toewijzingen (naam, activiteit, toestand)"),
    N("gemeenschapsdienst: uren en vergoeding per maand"), N("gemeenschapsdienst: uren geregistreerd"), N("gemeenschapsdienst: vrijstelling (naam)"),
    # trajectories
    N("traject"), N("traject: afspraak"), N("traject: afspraken, stappen, bewijsstukken en historiek"), N("traject: mijn afspraken, stappen en termijnen"),
    N("traject: stap"), N("traject: stap toegewezen aan de partner"), N("traject: stap van de partner bijgewerkt"),
    N("traject: stappen toegewezen aan de partner"),
)

# Templates with a part that is no number: (template, {placeholder: translate the part?}). A closed set is translated
# (an admin model's verbose name, itself a Dutch msgid); a free text (a file name, a credential's title) is kept as written.
FRAMED = (
    (N("beheer: lijst %(models)s"), {"models": True}),
    (N("beheer: %(model)s"), {"model": True}),
    (N("competentiepaspoort: bewijs gedownload via gedeelde link (%(title)s)"), {"title": False}),
    (N("controle: bewijsstuk %(name)s van dossier %(n1)s"), {"name": False}),
    (N("traject: bewijsstuk %(name)s"), {"name": False}),
)

# "<head>: <item>, <item>, …": what a list, an export or a record showed; each item translated on its own.
LISTS = {
    "overzicht": N("overzicht: %(items)s"),
    "zoekresultaat": N("zoekresultaat: %(items)s"),
    "doorverwijzing, zoekresultaat": N("doorverwijzing, zoekresultaat: %(items)s"),
    "export": N("export: %(items)s"),
    "leefloondossier": N("leefloondossier: %(items)s"),
    "persoonsgegevens": N("persoonsgegevens: %(items)s"),
}
ITEMS = (
    # worklist/caseload.py, people/use_cases/search.py (shown_in_list, EXPORT_WORDS), municipalities/use_cases.py
    N("naam"), N("huidige status"), N("termijnen"), N("afstand"), N("volgende taak"), N("laatste contact"), N("gemeente"), N("INSZ"),
    N("geboortedatum"), N("wat te doen (doorverwijzing, traject)"), N("voornaam"), N("familienaam"), N("geslacht"), N("nationaliteit"),
    N("postcode"), N("onderwijsniveau"), N("digitale vaardigheden"), N("doorverwijzing"), N("uitkomst van de screening (afstand en datum)"),
)
ITEMS_SET = frozenset(ITEMS)
# A record's sections (people/perms.py), stored as codes by get_person: "persoonsgegevens: contact, identity".
SECTION_WORDS = {"identity": N("identiteit"), "address": N("adres"), "contact": N("contactgegevens"), "profile": N("profiel"),
                 "consents": N("toestemmingen"), "statuses": N("statussen")}


class Untranslated(Exception):
    """A part has no translation in the reader's language: the text is shown as stored, never half translated."""


def _in(msgid: str) -> str:
    """`msgid` in the active language; Untranslated where the catalogue lacks it (Dutch is the source: always there)."""
    if (get_language() or "nl").startswith("nl"):
        return gettext(msgid)
    catalog = getattr(trans_real.catalog(), "_catalog", None)
    if catalog is not None and msgid not in catalog:
        raise Untranslated(msgid)
    return gettext(msgid)


def _items(text: str) -> list[str]:
    """"a, b (c, d), e" → ["a", "b (c, d)", "e"]: commas inside brackets belong to their item."""
    items, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")")
        if ch == "," and depth == 0:
            items.append(text[start:i].strip())
            start = i + 1
    items.append(text[start:].strip())
    return [x for x in items if x]


def _pattern(template: str) -> re.Pattern:
    parts = re.split(r"(%\(\w+\)s)", template)
    regex = "".join(f"(?P<{p[2:-2]}>\\d+)" if re.fullmatch(r"%\(n\d+\)s", p) else f"(?P<{p[2:-2]}>.+)" if p.startswith("%(") else re.escape(p)
                    for p in parts)
    return re.compile(regex + r"\Z")


FRAMED_PATTERNS = tuple((template, _pattern(template), translated) for template, translated in FRAMED)
FIXED_SET = frozenset(FIXED)


def _numbered(what: str) -> tuple[str, dict[str, str]]:
    values: dict[str, str] = {}

    def hole(m: re.Match) -> str:
        key = f"n{len(values) + 1}"
        values[key] = m.group(0)
        return f"%({key})s"

    return DIGITS.sub(hole, what), values


def _list(what: str) -> str | None:
    head, sep, rest = what.rpartition(": ")
    template = LISTS.get(head) if sep else None
    if template is None:
        return None
    items = _items(rest)
    if head == "persoonsgegevens":
        if not all(i in SECTION_WORDS for i in items):
            return None
        words = [_in(SECTION_WORDS[i]) for i in items]
    else:
        if not all(i in ITEMS_SET for i in items):
            return None
        words = [_in(i) for i in items]
    return _in(template) % {"items": ", ".join(words)}


@lru_cache(maxsize=4096)
def _describe(what: str, language: str | None) -> str:
    try:
        template, values = _numbered(what)
        if template in FIXED_SET:
            return _in(template) % values
        listed = _list(what)
        if listed is not None:
            return listed
        for framed, pattern, translated in FRAMED_PATTERNS:
            m = pattern.match(what)
            if m:
                parts = {k: (_in(v) if translated.get(k) else v) for k, v in m.groupdict().items()}
                return _in(framed) % parts
    except Untranslated:
        pass
    return what


def template_of(what: str) -> str | None:
    """The template a stored text is written from; None where it has none (shown as stored)."""
    template, _values = _numbered(what)
    if template in FIXED_SET:
        return template
    head, sep, _rest = what.rpartition(": ")
    if sep and head in LISTS and _list(what) is not None:
        return LISTS[head]
    return next((framed for framed, pattern, _t in FRAMED_PATTERNS if pattern.match(what)), None)


def describe_what(what: str) -> str:
    """The stored description in the reader's (active) language; unchanged where no template fits it."""
    return _describe(what, get_language())


def templates() -> list[str]:
    """Every template, for the tests and the translations."""
    return [*FIXED, *(t for t, _x in FRAMED), *LISTS.values()]
