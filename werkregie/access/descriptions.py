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

from django.utils.translation import get_language, gettext, gettext_noop, trans_real

DIGITS = re.compile(r"\d+")

FIXED = (
    # careers: EVC (recognition of acquired competences), competence visa, shared passport links, career signals
    gettext_noop("EVC: aanvraag geraadpleegd"), gettext_noop("EVC: aanvraag ingetrokken"), gettext_noop("EVC: beoordelaar toegewezen"), gettext_noop("EVC: beoordeling gepland"),
    gettext_noop("EVC: competenties om te laten erkennen"), gettext_noop("EVC: erkenning geweigerd"), gettext_noop("EVC: erkenning toegekend"), gettext_noop("EVC: mijn aanvragen"),
    gettext_noop("EVC: resultaat per competentie vastgelegd"), gettext_noop("EVC: aanvragen van de persoon"), gettext_noop("werklijst: EVC-aanvragen"),
    gettext_noop("loopbaan: competenties voor een competentievisum"), gettext_noop("loopbaan: competentievisum uitgereikt"), gettext_noop("loopbaan: mijn gedeelde paspoortlinks"),
    gettext_noop("loopbaansignalen: beroepen en competenties"), gettext_noop("competentiepaspoort: gedeelde link bekeken (%(n1)s bewijzen)"),
    # vacancies and hiring
    gettext_noop("aanwervingssteun voor een vacature"), gettext_noop("aanwervingssteun voor vacature %(n1)s (effect, met toestemming)"),
    gettext_noop("aanwervingssteun voor vacature %(n1)s (leeftijd, maanden werkzoekend, opleiding)"),
    gettext_noop("aanwervingssteun voor vacature %(n1)s (zonder gegevens van de persoon)"),
    gettext_noop("berichten van de werkgever (naam van de kandidaat)"), gettext_noop("sollicitaties en terugkoppeling van werkgevers"),
    gettext_noop("sollicitaties voor vacature %(n1)s (naam, toestand)"),
    gettext_noop("sollicitaties voor vacature %(n1)s (naam, toestand, competenties en de gevraagde competenties die de kandidaat heeft)"),
    gettext_noop("beëindigde sollicitaties voor vacature %(n1)s (naam, toestand en competenties zoals gedeeld bij het einde)"),
    gettext_noop("kandidaat: competenties en de gevraagde competenties die de kandidaat heeft"),
    gettext_noop("gepseudonimiseerde kandidaten voor vacature %(n1)s (competenties, ervaring, afstandsring, talen)"),
    # appointments
    gettext_noop("afspraak (iCalendar): soort en moment"), gettext_noop("afspraak: bewijsstuk van afwezigheid"), gettext_noop("afspraak: soort, moment, aanwezigheid, verontschuldiging"),
    gettext_noop("afspraak: uitnodiging en vrije momenten"), gettext_noop("afspraken: soort, moment, toestand"), gettext_noop("agenda (iCalendar): naam, soort en moment van de afspraak"),
    gettext_noop("agenda: naam, soort en moment van de afspraak"), gettext_noop("mijn afspraken: uitnodigingen, afspraken, aanwezigheid"),
    # messages
    gettext_noop("bericht %(n1)s: afleverrapport ingelezen (kanaal, toestand)"), gettext_noop("bericht %(n1)s: bewijs (PDF)"),
    gettext_noop("bericht %(n1)s: bewijsbundel (volledige inhoud, PDF)"), gettext_noop("bericht %(n1)s: kanaal, data, toestand (brief van de controledienst)"),
    gettext_noop("bericht %(n1)s: volledige inhoud"), gettext_noop("berichten van de persoon: onderwerp, kanaal, data, toestand, afleveringspogingen"),
    gettext_noop("berichten: onderwerp, kanaal, data, toestand"), gettext_noop("digitale ondersteuning: naam, reden"),
    # compliance (availability control)
    gettext_noop("controle: bestaan en stap van controledossiers (zonder inhoud)"), gettext_noop("controle: bewijs (PDF) van bericht %(n1)s van dossier %(n2)s"),
    gettext_noop("controle: lijst van controledossiers (naam, inbreuk, stap, termijn)"), gettext_noop("controle: mijn controledossier"), gettext_noop("controle: mijn controledossiers"),
    gettext_noop("controle: toets passende dienstbetrekking (bevestigde competenties) voor vacature %(n1)s"),
    gettext_noop("controle: volledig controledossier (inbreuk en bron, statussen, berichten, bewijsstukken, verhoor, voorstel en beslissing)"),
    # credentials
    gettext_noop("digitale bewijzen: competentiepaspoort"), gettext_noop("digitaal bewijs: ingezien %(n1)s"),
    gettext_noop("digitaal bewijs: downloaden (ELM) %(n1)s"), gettext_noop("digitaal bewijs: downloaden (JWT) %(n1)s"),
    # municipalities (leefloon)
    gettext_noop("doorverwijzing naar VDAB"), gettext_noop("lijst: leefloongerechtigden met traject, doorverwijzing en wat te doen"), gettext_noop("stap van de gemeente"),
    gettext_noop("stap van de gemeente genoteerd"), gettext_noop("stap van de gemeente gewijzigd"), gettext_noop("stappen van de gemeente en trajectstappen"),
    # people, privacy
    gettext_noop("dubbels: naam, INSZ, geboortedatum"), gettext_noop("inschrijving in het talentregister"), gettext_noop("eigen gegevens: export gedownload (JSON en PDF)"),
    gettext_noop("eigen gegevens: export gemaakt (alle onderdelen)"),
    # learning account, training
    gettext_noop("leerrekening: afschrift"), gettext_noop("leerrekening: overzicht"), gettext_noop("leerrekening: samenvatting"),
    gettext_noop("opleidingen: eigen inschrijving voor een opleiding"), gettext_noop("opleidingen: inschrijvingen"), gettext_noop("opleidingen: inschrijvingen bij de opleidingsverstrekker"),
    gettext_noop("opleidingen: leerrekening voor een inschrijving"),
    gettext_noop("opleidingen: leerrekening en opleidingscheques voor een inschrijving"), gettext_noop("opleidingen: profiel en gewenste beroepen voor de opleidingswijzer"),
    gettext_noop("opleidingen: opleiding als gevolgd bevestigd (leerrekening besteed, bewijs uitgereikt)"),
    # matching
    gettext_noop("matching: competenties uit tekst toegevoegd"),
    gettext_noop("matching: kandidatenlijst voor vacature %(n1)s (naam, score, competenties, afstand, gemeente)"),
    gettext_noop("matching: kandidatenlijst voor vacature %(n1)s (naam, score, competenties, afstandsklasse)"),
    gettext_noop("matching: competentie uit het profiel verwijderd"),
    gettext_noop("matching: kandidatenlijst voor vacature %(n1)s (naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring)"),
    gettext_noop("matching: kandidatenlijst voor vacature %(n1)s (naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring, afstandsklasse)"),
    gettext_noop("matching: kandidatenlijst voor vacature %(n1)s (naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring, gemeente)"),
    gettext_noop("matching: kandidatenlijst voor vacature %(n1)s (naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring, afstandsklasse, gemeente)"),
    gettext_noop("gepseudonimiseerde kandidaten voor vacature %(n1)s (score zonder afstand, competenties, ervaring, zoekkring, talen)"),
    gettext_noop("matching: ontbrekende competenties voor een beroep"), gettext_noop("matching: uitgesloten voor vacature %(n1)s (naam, reden, datum)"),
    gettext_noop("matching: passende dienstbetrekking voor vacature %(n1)s"),
    gettext_noop("matching: profiel (competenties, ervaring, gewenste beroepen, voorkeuren, gemeente, opleiding, rijbewijzen, talen)"),
    gettext_noop("matching: vacature %(n1)s voor de persoon (competenties, ervaring, voorkeuren)"),
    gettext_noop("matching: vacatures voor de persoon (competenties, ervaring, voorkeuren)"), gettext_noop("matching: vacatures uit de zoekresultaten voor de persoon (competenties, ervaring, voorkeuren)"), gettext_noop("matching: voorgestelde competenties (afgeleid uit cv)"),
    gettext_noop("matching: voorgestelde competenties bevestigd of afgewezen"),
    # screening, worklists
    gettext_noop("screening: kans op werk, uitleg, beoordelingen"), gettext_noop("screening: voorstel (afstand tot de arbeidsmarkt uit kans op werk en antwoorden)"),
    gettext_noop("screeningswerklijst: naam, inschrijving, vervaldatum"),
    # since stop 45 (attack: the entries named less than was shown)
    gettext_noop("screeningswerklijst: naam, inschrijving, vervaldatum, maanden werkloos, laatste categorie"),
    gettext_noop("matching: passende dienstbetrekking voor vacature %(n1)s (oordeel per criterium)"),
    gettext_noop("matching: passende dienstbetrekking voor vacature %(n1)s (oordeel per criterium en de feiten erachter)"),
    gettext_noop("matching: vacature %(n1)s voor de persoon (competenties, ervaring, gewenste beroepen, voorkeuren)"),
    gettext_noop("matching: vacatures voor de persoon (competenties, ervaring, gewenste beroepen, voorkeuren)"),
    gettext_noop("matching: vacatures uit de zoekresultaten voor de persoon (competenties, ervaring, gewenste beroepen, voorkeuren)"), gettext_noop("werklijst: naam, taak, toelichting, vervaldatum"),
    # community service
    gettext_noop("gemeenschapsdienst: in aanmerking (naam, woonplaats, maanden werkzoekend)"), gettext_noop("gemeenschapsdienst: mijn toewijzingen, uren en vergoeding"),
    gettext_noop("gemeenschapsdienst: toewijzing, uren en vergoeding"), gettext_noop("gemeenschapsdienst: toewijzingen (naam, activiteit, toestand)"),
    gettext_noop("gemeenschapsdienst: uren en vergoeding per maand"), gettext_noop("gemeenschapsdienst: uren geregistreerd"), gettext_noop("gemeenschapsdienst: vrijstelling (naam)"),
    # trajectories
    gettext_noop("traject"), gettext_noop("traject: afspraak"), gettext_noop("traject: afspraken, stappen, bewijsstukken en historiek"), gettext_noop("traject: mijn afspraken, stappen en termijnen"),
    gettext_noop("traject: stap"), gettext_noop("traject: stap toegewezen aan de partner"), gettext_noop("traject: stap van de partner bijgewerkt"),
    gettext_noop("traject: stappen toegewezen aan de partner"),
)

# Templates with a part that is no number: (template, {placeholder: translate the part?}). A closed set is translated
# (an admin model's verbose name, itself a Dutch msgid); a free text (a file name, a credential's title) is kept as written.
FRAMED = (
    (gettext_noop("beheer: lijst %(models)s"), {"models": True}),
    (gettext_noop("beheer: %(model)s"), {"model": True}),
    (gettext_noop("competentiepaspoort: bewijs gedownload via gedeelde link (%(title)s)"), {"title": False}),
    (gettext_noop("competentiepaspoort: gedeelde link bekeken (bewijzen: %(titles)s)"), {"titles": False}),
    (gettext_noop("controle: bewijsstuk %(name)s van dossier %(n1)s"), {"name": False}),
    (gettext_noop("traject: bewijsstuk %(name)s"), {"name": False}),
)

# "<head>: <item>, <item>, …": what a list, an export or a record showed; each item translated on its own.
LISTS = {
    "overzicht": gettext_noop("overzicht: %(items)s"),
    "zoekresultaat": gettext_noop("zoekresultaat: %(items)s"),
    "doorverwijzing, zoekresultaat": gettext_noop("doorverwijzing, zoekresultaat: %(items)s"),
    "export": gettext_noop("export: %(items)s"),
    "leefloondossier": gettext_noop("leefloondossier: %(items)s"),
    "persoonsgegevens": gettext_noop("persoonsgegevens: %(items)s"),
}
ITEMS = (
    # worklist/caseload.py, people/use_cases/search.py (shown_in_list, EXPORT_WORDS), municipalities/use_cases.py
    gettext_noop("naam"), gettext_noop("huidige status"), gettext_noop("termijnen"), gettext_noop("afstand"), gettext_noop("volgende taak"), gettext_noop("laatste contact"), gettext_noop("gemeente"), gettext_noop("INSZ"),
    gettext_noop("geboortedatum"), gettext_noop("wat te doen (doorverwijzing, traject)"), gettext_noop("voornaam"), gettext_noop("familienaam"), gettext_noop("geslacht"), gettext_noop("nationaliteit"),
    gettext_noop("postcode"), gettext_noop("onderwijsniveau"), gettext_noop("digitale vaardigheden"), gettext_noop("doorverwijzing"), gettext_noop("uitkomst van de screening (afstand en datum)"),
)
ITEMS_SET = frozenset(ITEMS)
# A record's sections (people/perms.py), stored as codes by get_person: "persoonsgegevens: contact, identity".
SECTION_WORDS = {"identity": gettext_noop("identiteit"), "address": gettext_noop("adres"), "contact": gettext_noop("contactgegevens"), "profile": gettext_noop("profiel"),
                 "consents": gettext_noop("toestemmingen"), "statuses": gettext_noop("statussen")}


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


# Descriptions written before a wording changed, and the wording they are shown in today (the log itself is never
# rewritten): until stop 32 reads of digital proofs were logged with the jargon "credentials" (walk of issue 13).
EARLIER_WORDING = (("credentials: competentiepaspoort", "digitale bewijzen: competentiepaspoort"),
                   ("credentials: credential ", "digitaal bewijs: ingezien "), ("credentials: ", "digitaal bewijs: "))


def _today(what: str) -> str:
    for earlier, now in EARLIER_WORDING:
        if what.startswith(earlier):
            return now + what[len(earlier):]
    return what


@lru_cache(maxsize=4096)
def _describe(what: str, language: str | None) -> str:
    what = _today(what)
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
    what = _today(what)
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
