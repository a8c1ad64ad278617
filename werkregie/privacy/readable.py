"""What the readable PDF shows of the export's content, for a resident rather than a machine (walk of stop 30: the PDF
was a 426-page dump with English field names, codes beside their labels, amounts in cents, ISO timestamps and ESCO
URIs, and the access log filled 260 pages with the person's own reads). The JSON keeps everything as it is; here:

- technical fields are left out (row ids and references, keys, versions, hashes, file paths): they say nothing the
  person could read, and the JSON has them;
- a coded value is shown by its label only;
- field names in Dutch (the models' own verbose names, else the words below);
- dates as DD/MM/YYYY, times in Brussels time, amounts in euro with a decimal comma, ESCO URIs by their label;
- numbers the Belgian way (a chance as "28 %", "10,0 jaar", "€ 390,00"), codes as words (a language, a country, a
  status's source), the stored explanations (a screening's factors, a sanction's proposal) as sentences; the login
  account's internal fields (staff and superuser flags, the OIDC identity, the date it was made) are left out;
- the access log as a summary: per month, who (name, role, organisation) and for what, how many times; the person's own
  reads counted apart. Every entry is in the JSON."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

TECHNICAL = re.compile(r"^(id|.*_id|.*_key|key|version|profile_version|token|.*sha256|path|size|size_bytes|link_nonce|next_attempt_at|"
                       r"related_workflow|url|inputs|.*_hash|dedupe_key|credential_ids|snapshot|receipt|content_type|deemed_rule|seq|"
                       r"first_name_key|last_name_key|object_id|data|uid|subject_id|status_index|feature)$")
# Fields of a row not shown in the PDF, per model (the JSON keeps them): the login account's internals, which say nothing
# about the person; a score's factors as numbers (the Toelichting says them in words).
HIDDEN = {"accounts.User": {"is_superuser", "is_staff", "date_joined", "oidc_subject"}, "screening.Score": {"factors", "changes"}}
DECIMAL = re.compile(r"^-?\d+\.\d+$")
EURO = re.compile(r"(^|_)(amount|balance|cost|price)$|_eur$")
MINOR = re.compile(r".*_minor$")
ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ESCO = re.compile(r"^http://data\.europa\.eu/esco/(skill|occupation)/")
# A reference the platform made for itself ("training:cvo-kortrijk:CVO-00179:202612-1": a booking's reservation), not a
# word the person would know; left out of the PDF (the JSON keeps it). A reference someone wrote has spaces or capitals.
INTERNAL_REFERENCE = re.compile(r"^[a-z_]+:\S+$")
SENTENCE_END = (".", "!", "?")

# Dutch names of the fields whose models give none (their verbose name is the English field name)
WORDS = {
    "accepted_at": "aanvaard op", "accepted_how": "aanvaard via", "accepted_reason": "reden van aanvaarding", "actor_label": "door",
    "actor_role": "rol", "amount_minor": "bedrag", "applications_from": "sollicitaties vanaf", "assessed_at": "beoordeeld op", "at": "op",
    "balance_minor": "saldo", "booked_at": "ingeschreven op", "chance_12m": "kans op werk binnen 12 maanden",
    "chance_6m": "kans op werk binnen 6 maanden", "changes": "wat zou helpen", "channel": "kanaal", "channel_reason": "waarom dit kanaal",
    "close_reason": "reden van afsluiten", "closed_at": "afgesloten op", "computed_at": "berekend op", "created_at": "aangemaakt op",
    "day": "dag", "deadline": "termijn", "decided_at": "beslist op", "details": "details", "end": "einde", "error": "fout",
    "excuse_history": "eerdere verontschuldigingen", "expires_at": "verloopt op", "factors": "wat meespeelde", "from_state": "van toestand",
    "given_at": "gegeven op", "invited_at": "uitgenodigd op", "issued_at": "uitgereikt op", "kind": "soort", "last_error": "laatste fout",
    "last_viewed_at": "laatst bekeken op", "merged_at": "samengevoegd op", "merged_by": "samengevoegd door", "ok": "gelukt",
    "origin": "herkomst", "overridden": "afgeweken van het voorstel", "proposed_category": "voorgestelde categorie",
    "proposed_on": "voorgesteld op", "proposed_self_reliant": "voorgesteld als zelfredzaam", "purpose": "doel", "reason": "reden",
    "reasons": "redenen", "recorded_at": "geregistreerd op", "recorded_by": "geregistreerd door", "reference": "verwijzing",
    "reference_date": "peildatum", "referred_at": "doorverwezen op", "requested_at": "aangevraagd op", "resume_to": "hervat naar",
    "revoked_at": "ingetrokken op", "sender_label": "afzender", "series": "reeks", "settled_at": "afgerekend op", "stage": "fase",
    "start": "begin", "state": "toestand", "to_state": "naar toestand", "transition": "stap", "unit": "eenheid",
    "updated_at": "laatst gewijzigd op", "uploaded_at": "opgeladen op", "vacancies": "vacatures", "views": "aantal keer bekeken",
    "workflow": "dossier", "organisation": "organisatie", "course": "opleiding", "session": "sessie", "partner": "partner",
    "occurred_on": "datum van de feiten", "summary": "samenvatting", "years": "jaren", "label": "omschrijving", "title": "titel",
    "language": "taal", "level": "niveau", "on": "op", "amount": "bedrag", "balance": "saldo", "source": "bron",
    "agreement": "bindende afspraak", "step": "stap in uw traject",
    # the result per competence of a competence visa and of an EVC request
    "skill_uri": "competentie", "result": "resultaat", "evidence": "aangetoond met", "note": "opmerking",
}


def _skill_or_occupation(uri: str) -> str:
    from werkregie.matching import platform

    tax = platform.taxonomy()
    if uri in tax.skill_index:
        return tax.skills[tax.skill_index[uri]].label("nl")
    if uri in tax.occupation_index:
        return tax.occupations[tax.occupation_index[uri]].label("nl")
    return uri


def euro(value) -> str:  # noqa: ANN001 - a Decimal, or its text
    from decimal import Decimal

    from werkregie.formats.numbers import format_number

    amount = Decimal(str(value))
    return f"{'−' if amount < 0 else ''}€ {format_number(abs(amount), 2)}"


def number_text(name: str, value) -> str | None:  # noqa: ANN001
    """A number the Belgian way by what it is: a chance, an amount, years; None where it is no number."""
    from decimal import Decimal

    from werkregie.formats.numbers import format_number, format_percent

    if isinstance(value, bool) or not (isinstance(value, int | float) or (isinstance(value, str) and DECIMAL.match(value))):
        return None
    if name.startswith("chance"):
        return format_percent(float(value), 0)
    if EURO.search(name) and not MINOR.match(name):
        return euro(value)
    shown = format_number(Decimal(str(value)), None)
    return f"{shown} jaar" if name == "years" else shown


def code_text(name: str, value: str) -> str | None:
    """A code the register stores, as a word: a language, a country, a status's source."""
    from werkregie.formats import names

    shown = {"language": names.language_name, "nationality": names.country_name, "source": names.source_name}.get(name)
    return shown(value) if shown is not None else None


def internal_reference(name: str, value: object) -> bool:
    return name == "reference" and isinstance(value, str) and INTERNAL_REFERENCE.match(value) is not None


def value_text(name: str, value) -> object:  # noqa: ANN001
    """A value as a resident reads it; None for "nothing" (shown as —)."""
    from django.utils import translation

    from werkregie.core import clock
    from werkregie.core.identifiers import format_insz
    from werkregie.workflows import labels

    from . import explained

    if value in (None, "", [], {}):
        return None
    if name in explained.STRUCTURED and isinstance(value, dict | list):
        return explained.STRUCTURED[name](value) or None
    if labels.is_known(value):  # a text the platform wrote as a code with parameters (a step's title)
        with translation.override("nl"):
            return labels.render(value)
    if name == "insz" and isinstance(value, str):
        return format_insz(value)
    if isinstance(value, str) and MINOR.match(name) is None:
        if ISO_TIME.match(value):
            try:
                moment = dt.datetime.fromisoformat(value)
            except ValueError:
                return value
            if moment.tzinfo is not None:
                moment = moment.astimezone(clock.BRUSSELS)
            return moment.strftime("%d/%m/%Y %H:%M")
        if ISO_DAY.match(value):
            return f"{value[8:10]}/{value[5:7]}/{value[:4]}"
        if ESCO.match(value):
            return _skill_or_occupation(value)
        if code_text(name, value) is not None:
            return code_text(name, value)
    if MINOR.match(name) and isinstance(value, int | str):
        return _minor(int(value))
    if number_text(name, value) is not None:
        return number_text(name, value)
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        shown = [str(v) for v in (value_text(name, v) for v in value) if v is not None]
        # sentences (a proposal's reasons) follow each other; words and phrases are listed with semicolons
        return (" " if shown and all(v.endswith(SENTENCE_END) for v in shown) else "; ").join(shown) or None
    if isinstance(value, dict):
        parts = [f"{WORDS[k]}: {value_text(k, v)}" for k, v in value.items()
                 if k in WORDS and not TECHNICAL.match(k) and value_text(k, v) is not None]
        return "; ".join(parts) or None
    return value


def _minor(cents: int) -> str:
    euros = f"{abs(cents) // 100:,}".replace(",", ".")
    return f"{'−' if cents < 0 else ''}€ {euros},{abs(cents) % 100:02d}"


def readable_rows(block: dict, label: str = "") -> list[list[tuple[str, object]]]:
    """Each record as (Dutch field name, readable value) pairs, without technical fields and with a code's label only."""
    hidden = HIDDEN.get(label, set())
    out = []
    for record in block["rows"]:
        pairs = []
        for name, value in record.items():
            if TECHNICAL.match(name) or (not name.endswith("_label") and f"{name}_label" in record):
                continue
            field = name.removesuffix("_label") if name.endswith("_label") else name
            if field in hidden or internal_reference(field, value):
                continue
            shown = block["fields"].get(name, name)
            if shown == field.replace("_", " ") or shown == name.replace("_", " "):
                shown = WORDS.get(field, shown)
            pairs.append((shown, value if name.endswith("_label") else value_text(field, value)))
        out.append(pairs)
    return out


def access_summary(rows: list[dict], own_user_ids: set[int]) -> tuple[list[tuple[str, str, str, int]], int]:
    """The access log per month: (month, who, for what, times), newest first; and how many reads were the person's own."""
    from django.utils import translation

    from werkregie.access.citizen import role_labels
    from werkregie.access.purposes import Purpose

    counts: Counter = Counter()
    own = 0
    for r in rows:
        if r.get("actor_id") in own_user_ids:
            own += 1
            continue
        at = str(r.get("at") or "")
        month = f"{at[5:7]}/{at[:4]}" if ISO_TIME.match(at) else "—"
        with translation.override("nl"):  # a link's visitor has no role of an account: the words the person's own page uses
            role = str(role_labels().get(r.get("actor_role"), r.get("actor_role") or ""))
        who = ", ".join(x for x in (str(r.get("actor_label") or ""), str(role), str(r.get("organisation_name") or "")) if x)
        purpose = dict(Purpose.choices).get(r.get("purpose"), r.get("purpose") or "")
        counts[(at[:7], month, who, str(purpose))] += 1
    lines = [(month, who, purpose, n) for (_key, month, who, purpose), n in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][2]), reverse=True)]
    return lines, own
