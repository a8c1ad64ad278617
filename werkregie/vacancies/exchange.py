"""Vacancy exchange, import side (issue 12, point 6): schema.org JobPosting records (the shape jobposting.py exports),
one JSON object per line, from the other regional services (Le Forem, Actiris, ADG) and partners.

Every record is checked first, with one error per bad field (line, field, why). Then, in one transaction: a file
with any bad record writes nothing, unless `skip_invalid` (the valid ones are written, the bad ones go to a rejects
file with their errors). Idempotent by (source, source id): a record seen before updates its vacancy (and its skills);
one whose `validThrough` has passed, or that says `"werkregie:closed": true`, closes it. A tombstone (the feed's
`"werkregie:withdrawn": true`: the vacancy was taken out of the exchange; only its identifier is needed) closes the
copy imported before, and changes nothing when there is none or it is closed already. The employer is found (or
made) by its KBO number. A record without an ESCO occupation gets one from the matching engine's title normaliser
(when it is confident: normaliser.py), and the report says how many did. Personal data: none.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from werkregie.core import clock, dates
from werkregie.core.text import one_line_problem, required_text_problem, text_problem

from . import checks, wording
from .exchange_effects import end_running_applications, moved_with_candidates, notify_index, take_down
from .intake import TEXT_LANGUAGES
from .jobposting import EMPLOYMENT_TYPE
from .models import Contract, Vacancy, VacancySkill, VacancyState
from .normaliser import TitleNormaliser

OCCUPATION_PREFIX = "http://data.europa.eu/esco/occupation/"
SKILL_PREFIX = "http://data.europa.eu/esco/skill/"
RESERVED_SOURCES = frozenset({"werkregie"})
SOURCE_RE = re.compile(r"^[a-z0-9][a-z0-9_.-]{1,39}$")
HOURS_RE = re.compile(r"^\s*(\d{1,2}(?:[.,]\d)?)\s*(?:h|u|uur|heures?)?\s*(?:/\s*(?:week|semaine|w))?\s*$", re.I)
BATCH = 2000
CONTRACTS = {"FULL_TIME": Contract.PERMANENT, "PART_TIME": Contract.PERMANENT, "TEMPORARY": Contract.FIXED_TERM, "PER_DIEM": Contract.STUDENT,
             "INTERN": Contract.APPRENTICESHIP, "CONTRACTOR": Contract.FIXED_TERM}
assert set(EMPLOYMENT_TYPE.values()) <= set(CONTRACTS)  # what we export, we read back
CONTRACT_VALUES = frozenset(Contract.values)  # (the enum computes .values at each call)


SHOWN_ERRORS = 1000  # errors listed in a report (errors_total says how many there are)


@dataclass
class RecordError:
    line: int
    field: str
    message: str


@dataclass
class Clean:
    line: int
    source_id: str
    kbo: str
    employer_name: str
    values: dict
    skills: list[str]
    closed: bool
    needs_occupation: bool = False
    language: str = "nl"  # of the title (schema.org inLanguage; Le Forem sends French), for the normaliser
    tombstone: bool = False  # taken out of the exchange at the source: close the copy, if any (nothing else in it is read)


@dataclass
class Report:
    records: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    closed: int = 0
    rejected: int = 0
    with_occupation: int = 0
    normalised: int = 0
    normalised_by_label: int = 0  # of `normalised`: the title was exactly an occupation's preferred label
    without_occupation: int = 0
    flagged: int = 0  # records with wording that may discriminate (kept, the hits recorded on the vacancy)
    errors: list[RecordError] = field(default_factory=list)
    seconds_check: float = 0.0
    seconds_normalise: float = 0.0
    seconds_write: float = 0.0

    def as_dict(self) -> dict:
        out = {k: v for k, v in vars(self).items() if k != "errors"}
        out["errors"] = [vars(e) for e in self.errors[:SHOWN_ERRORS]]
        out["errors_total"] = len(self.errors)  # how many there are, also those not listed
        return out


class ImportRefused(Exception):
    """Bad records and no skip_invalid: nothing was written."""

    def __init__(self, report: Report) -> None:
        super().__init__(f"{report.rejected} of {report.records} records are invalid; nothing was written")
        self.report = report


SOFT_HYPHEN = "\u00ad"


def _text(record: dict, key: str) -> str:
    """A text field of a record, stripped, without soft hyphens: U+00AD is a hyphenation hint that word processors and
    ESCO's own labels ("rand\u00adap\u00adpa\u00adra\u00adtuur") carry, not text, so it is dropped rather than refusing the record;
    every other control or format character is still refused by the checks (core/text.py)."""
    value = record.get(key)
    return value.replace(SOFT_HYPHEN, "").strip() if isinstance(value, str) else ""


def _type_problem(record: dict, key: str, kind: type | tuple[type, ...]) -> str | None:
    """Why the value under `key` is of the wrong JSON type (absent and null are fine: the field is optional), or None.
    A wrong type is refused, never read as empty or as the default (attack of issue 12: "skills": "abc" dropped the
    skills, "employmentType": 5 became a permanent contract, "werkregie:closed": "true" left the vacancy open)."""
    value = record.get(key)
    if value is None or (isinstance(value, kind) and not (isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,)))):
        return None
    wanted = {str: _("tekst"), bool: _("true of false"), list: _("een lijst"), dict: _("een object")}
    names = [wanted.get(k, _("een getal")) for k in (kind if isinstance(kind, tuple) else (kind,))]
    return _("Verkeerd type: verwacht %(kind)s.") % {"kind": " / ".join(dict.fromkeys(names))}


def source_identifier(raw: object) -> tuple[str, str | None]:
    """The record's identifier as stored, and why it cannot be one (or None). Text or a whole number only (a list was
    stored as "['a', 'b']"); NFKC-normalised, so that a full-width "ａ12-1" is the same identifier as "a12-1" (the
    sender's compatibility forms are one id, not a second vacancy); no control, bidirectional or zero-width characters."""
    import unicodedata

    if isinstance(raw, bool) or not isinstance(raw, (str, int)):
        return "", _("Verkeerd type: verwacht tekst of een geheel getal.") if raw is not None else _("Ontbreekt.")
    value = unicodedata.normalize("NFKC", str(raw)).strip()
    if problem := one_line_problem(value):
        return "", problem
    if not value or len(value) > 100:
        return "", _("Ontbreekt of is langer dan 100 tekens.")
    return value, None


@lru_cache(maxsize=4096)
def _kbo(text: str) -> str:
    """The compact enterprise number, or "" when it is not valid (feeds repeat a few employers: checked once each)."""
    from werkregie.core.identifiers import compact_kbo, kbo_problem

    kbo = compact_kbo(text)
    return "" if not kbo or kbo_problem(kbo) else kbo


def check(line: int, record: object, today: dt.date, places: dict[str, str], postal: dict[str, list[str]], known_skills: set[str],
          known_occupations: set[str]) -> tuple[Clean | None, list[RecordError]]:
    """One record → its clean values, or the errors naming each bad field."""
    if not isinstance(record, dict):
        return None, [RecordError(line, "", "geen JSON-object")]
    errors: list[RecordError] = []

    def bad(name: str, message: str) -> None:
        errors.append(RecordError(line, name, message))

    if record.get("@type") != "JobPosting":
        bad("@type", "moet 'JobPosting' zijn")
    ident = record.get("identifier")
    source_id, problem = source_identifier(ident.get("value") if isinstance(ident, dict) else ident)
    if problem:
        bad("identifier.value" if isinstance(ident, dict) else "identifier", problem)
    for name, kind in (("werkregie:withdrawn", bool), ("werkregie:closed", bool), ("title", str), ("description", str),
                       ("hiringOrganization", dict), ("skills", list), ("employmentType", (str, list)), ("workHours", (str, int, float)),
                       ("jobLocation", dict), ("baseSalary", dict), ("inLanguage", str), ("datePosted", str), ("validThrough", str)):
        if problem := _type_problem(record, name, kind):
            bad(name, problem)
    if record.get("werkregie:withdrawn") is True:  # a tombstone: the identifier is all it needs
        return (None, errors) if errors else (Clean(line, source_id, "", "", {}, [], True, tombstone=True), [])
    title = _text(record, "title")
    if problem := checks.title_problem(title):  # the same check as the intake (vacancies/intake.py)
        bad("title", problem)
    description = _text(record, "description")
    if description == title:  # what the export writes for a vacancy without a description (JobPosting requires one)
        description = ""
    if len(description) > 20_000:
        bad("description", "hoogstens 20.000 tekens")
    elif problem := text_problem(description):
        bad("description", problem)
    org = record.get("hiringOrganization") if isinstance(record.get("hiringOrganization"), dict) else {}
    for name, kind in (("name", str), ("identifier", (str, int))):
        if problem := _type_problem(org, name, kind):
            bad(f"hiringOrganization.{name}", problem)
    employer_name = _text(org, "name")
    if problem := required_text_problem(employer_name, 1, 200) or one_line_problem(employer_name):
        bad("hiringOrganization.name", problem)
    kbo = _kbo(str(org.get("identifier") or "")) if org.get("identifier") else ""
    if not kbo:
        bad("hiringOrganization.identifier", "geen geldig ondernemingsnummer (KBO), bv. BE0403170701")
    occupation = ""
    category = record.get("occupationalCategory")
    for i, item in enumerate(category if isinstance(category, list) else [category] if category not in (None, "") else []):
        if isinstance(item, dict) and isinstance(item.get("codeValue"), str):  # a schema.org CategoryCode
            item = item["codeValue"]
        if not isinstance(item, str):  # {"x": 1} was read as no occupation at all (attack of stop 44)
            bad(f"occupationalCategory[{i}]" if isinstance(category, list) else "occupationalCategory",
                "een tekst (de ESCO-URI of 'ISCO-08 <code>') of een CategoryCode met codeValue")
        elif item.startswith(OCCUPATION_PREFIX):
            occupation = item
    if occupation and occupation not in known_occupations:
        bad("occupationalCategory", f"onbekend ESCO-beroep {occupation[:120]}")
    skills: list[str] = []
    for i, s in enumerate(record.get("skills") if isinstance(record.get("skills"), list) else []):
        uri = s.get("termCode") if isinstance(s, dict) else s
        if not isinstance(uri, str) or uri not in known_skills:
            bad(f"skills[{i}]", "geen gekende ESCO-competentie (termCode met de URI)")
        elif uri not in skills:
            skills.append(uri)
    if len(skills) > 100:
        bad("skills", "hoogstens 100 competenties")
    place = record.get("jobLocation") if isinstance(record.get("jobLocation"), dict) else {}
    nis = str((place.get("identifier") or {}).get("value", "") if isinstance(place.get("identifier"), dict) else "").strip()
    address = place.get("address") if isinstance(place.get("address"), dict) else {}
    if not nis and address.get("postalCode"):
        found = postal.get(str(address["postalCode"]).strip(), [])
        nis = found[0] if len(found) == 1 else ""
        if len(found) > 1:
            locality = str(address.get("addressLocality", "")).strip().lower()
            nis = next((c for c in found if places.get(c, "").lower() == locality), "")
    if nis not in places:
        bad("jobLocation", "geen gekende Belgische gemeente (NIS-code in identifier, of een postcode met de gemeente)")
    hours = Decimal(38)
    if record.get("workHours") not in (None, ""):
        m = HOURS_RE.match(str(record["workHours"]))
        try:
            hours = Decimal(m.group(1).replace(",", ".")) if m else Decimal(-1)
        except InvalidOperation:
            hours = Decimal(-1)
        if not checks.hours_ok(hours):
            bad("workHours", "uren per week tussen 1 en 60, bv. '38 h/week'")
    types = record.get("employmentType") or []
    types = [types] if isinstance(types, str) else types if isinstance(types, list) else []
    if any(not isinstance(t, str) for t in types):
        bad("employmentType", _("Verkeerd type: verwacht tekst of een lijst van teksten."))
        types = []
    contract = next((t for t in types if t in CONTRACT_VALUES), None) or next((CONTRACTS[t] for t in types if t in CONTRACTS), Contract.PERMANENT)
    if types and not any(t in CONTRACTS or t in CONTRACT_VALUES for t in types):
        bad("employmentType", f"onbekend; gekend: {', '.join(sorted(CONTRACTS))}")
    wage = None
    salary = record.get("baseSalary")
    if salary not in (None, ""):
        value = (salary.get("value") or {}) if isinstance(salary, dict) else {}
        try:
            wage = Decimal(str(value.get("value"))).quantize(Decimal("0.01"))
            unit = str(value.get("unitText", "MONTH")).upper()
            wage = {"MONTH": wage, "YEAR": (wage / 12).quantize(Decimal("0.01")), "HOUR": (wage * hours * 52 / 12).quantize(Decimal("0.01"))}.get(unit)
            if wage is None or not wage > 0:
                raise InvalidOperation
        except (InvalidOperation, AttributeError, TypeError, ValueError):
            bad("baseSalary", "een bedrag in euro per maand, jaar of uur (unitText MONTH, YEAR, HOUR)")
            wage = None
        if wage is not None and not checks.wage_ok(wage):
            bad("baseSalary", checks.wage_message())
            wage = None
    closed = record.get("werkregie:closed") is True
    days = {}
    for name, ahead in (("datePosted", 0), ("validThrough", dates.PLANNED_YEARS)):  # a real calendar date in a plausible range
        if record.get(name) not in (None, ""):
            try:  # a JobPosting's dates are ISO 8601 (a date, or a date and time of which the date counts)
                text = str(record[name])
                # the time too must be one ("2027-01-01T25:99:00" passed when only the date was read: attack of stop 44)
                day = dt.datetime.fromisoformat(text).date() if len(text) > 10 else dt.date.fromisoformat(text)
            except ValueError:
                bad(name, "geen geldige datum: gebruik ISO 8601 (JJJJ-MM-DD)")
                continue
            first, last = dates.limits(years_ahead=ahead)
            if first <= day <= last:
                days[name] = day
            else:
                bad(name, f"een datum van {first.isoformat()} tot {last.isoformat()} (ISO 8601, JJJJ-MM-DD)")
    closed = closed or ("validThrough" in days and days["validThrough"] < today)
    if errors:
        return None, errors
    language = str(record.get("inLanguage") or "nl")[:2].lower()
    # A partner's vacancy is not refused for its wording (the partner publishes it under its own rules and law; refusing
    # would drop a whole file or leave a stale copy): what may discriminate is recorded on the copy, shown to its
    # employer and VDAB, and counted in the import report.
    flags = wording.as_dicts(wording.check_all(f"{title}\n{description}", language if language in wording.LANGUAGES else "nl"))
    values = {"title": title, "description": description, "municipality_id": nis, "hours_per_week": hours, "contract": contract,
              "monthly_wage": wage, "occupation_uri": occupation, "wording_flags": flags,
              "text_language": language if language in TEXT_LANGUAGES else "nl"}
    return Clean(line, source_id, kbo, employer_name, values, skills, closed, needs_occupation=not occupation,
                 language=language if language in ("nl", "fr", "en") else "nl"), []


def _records(lines: Iterable[str]) -> Iterable[tuple[int, object]]:
    for number, text in enumerate(lines, start=1):
        if not text.strip():
            continue
        try:
            yield number, json.loads(text)
        except json.JSONDecodeError as exc:
            yield number, RecordError(number, "", f"geen geldige JSON ({exc.msg}, kolom {exc.colno})")


def _lookups() -> tuple[dict, dict, set, set]:
    from werkregie.geo.models import Municipality, PostalCode
    from werkregie.matching.platform import taxonomy

    places = dict(Municipality.objects.values_list("nis_code", "name_nl"))
    postal: dict[str, list[str]] = {}
    for code, nis in PostalCode.objects.values_list("code", "municipality_id"):
        postal.setdefault(code, []).append(nis)
    tax = taxonomy()
    return places, postal, set(tax.skill_index), set(tax.occupation_index)


def _employers(clean: list[Clean]) -> dict[str, int]:
    from werkregie.organisations.models import Organisation, OrganisationKind

    wanted = {c.kbo: c.employer_name for c in clean}
    found = dict(Organisation.objects.filter(kbo_number__in=list(wanted)).values_list("kbo_number", "pk"))
    new = [Organisation(kind=OrganisationKind.EMPLOYER, name=name, kbo_number=kbo) for kbo, name in wanted.items() if kbo not in found]
    if new:
        Organisation.objects.bulk_create(new, batch_size=BATCH)
        found.update(Organisation.objects.filter(kbo_number__in=[o.kbo_number for o in new]).values_list("kbo_number", "pk"))
    return found


def _against_stored(source: str, clean: list[Clean]) -> list[RecordError]:
    """The errors that need the database (attack of issue 12): an update may not move a vacancy to another employer
    (its applications, and the applicants' names, would go with it), and a record's employer name must be the name
    registered for its KBO number (else "Totaal Andere Naam bv" silently became a vacancy of that number's employer),
    compared without case, accents, punctuation or legal form (vacancies/checks.py, employer_key)."""
    from werkregie.organisations.models import Organisation

    rows = [c for c in clean if not c.tombstone]
    registered: dict[str, str] = {}
    kbos = sorted({c.kbo for c in rows})
    for start in range(0, len(kbos), BATCH):
        registered.update(Organisation.objects.filter(kbo_number__in=kbos[start:start + BATCH]).values_list("kbo_number", "name"))
    keys = {kbo: checks.employer_key(name) for kbo, name in registered.items()}
    errors = []
    for start in range(0, len(rows), BATCH):
        chunk = rows[start:start + BATCH]
        found = Vacancy.objects.filter(source=source, source_id__in=[c.source_id for c in chunk]).values_list(
            "source_id", "employer__kbo_number", "municipality_id", "pk")
        stored = {source_id: kbo for source_id, kbo, _m, _pk in found}
        moved = {source_id: pk for source_id, _k, municipality, pk in found
                 if any(c.source_id == source_id and c.values["municipality_id"] != municipality for c in chunk)}
        errors += moved_with_candidates([c for c in chunk if c.source_id in moved], moved)
        for c in chunk:
            if c.source_id in stored and (stored[c.source_id] or "") != c.kbo:
                errors.append(RecordError(c.line, "hiringOrganization.identifier", _(
                    "Deze vacature hoort bij een andere werkgever (KBO %(kbo)s); een update kan de werkgever niet wijzigen: "
                    "sluit ze en stuur een nieuwe vacature.") % {"kbo": stored[c.source_id] or "-"}))
            if c.kbo in keys and keys[c.kbo] != checks.employer_key(c.employer_name):
                errors.append(RecordError(c.line, "hiringOrganization.name", _(
                    "Het ondernemingsnummer %(kbo)s is geregistreerd als '%(name)s', niet als deze naam.")
                    % {"kbo": c.kbo, "name": registered[c.kbo]}))
    return errors


FIELDS = ("title", "description", "municipality_id", "hours_per_week", "contract", "monthly_wage", "occupation_uri", "wording_flags", "text_language")


def _copy(model: type, rows: list[dict]) -> None:
    """Insert new rows with PostgreSQL's COPY (the bulk path: no model instances, no per-value preparation); every
    concrete column is written, those a row does not name with the field's default (as bulk_create would)."""
    from django.db import connection

    # the primary key only when the rows carry it (else the database's identity fills it)
    fields = [f for f in model._meta.concrete_fields if not f.primary_key or (rows and f.attname in rows[0])]
    defaults = {f.attname: f.get_default() for f in fields}
    jsons = {f.attname for f in fields if isinstance(f, models.JSONField)}
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    names = [f.attname for f in fields]
    with connection.cursor() as cursor, cursor.cursor.copy(f"COPY {connection.ops.quote_name(model._meta.db_table)} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([json.dumps(row.get(n, defaults[n])) if n in jsons else row.get(n, defaults[n]) for n in names])


def _new_ids(model: type, count: int) -> list[int]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [model._meta.db_table, count])
        return [r[0] for r in cursor.fetchall()]


def _insert(source: str, new: list[dict], skills_of: dict[str, list[str]], inserted: list[int]) -> None:
    """New vacancies and their skills: COPY on PostgreSQL (ids drawn from the sequence first, appended to `inserted`
    for search.terms_deferred), bulk_create elsewhere."""
    from django.db import connection

    if connection.vendor == "postgresql":
        for row, pk in zip(new, _new_ids(Vacancy, len(new))):
            row["id"] = pk
            inserted.append(pk)
        _copy(Vacancy, new)
        _copy(VacancySkill, [{"vacancy_id": r["id"], "skill_uri": u} for r in new for u in skills_of[r["source_id"]]])
        return
    Vacancy.objects.bulk_create([Vacancy(**row) for row in new], batch_size=BATCH)
    # read the pks back by key (bulk_create fills them on SQLite ≥ 3.35 only)
    ids = dict(Vacancy.objects.filter(source=source, source_id__in=[r["source_id"] for r in new]).values_list("source_id", "pk"))
    VacancySkill.objects.bulk_create([VacancySkill(vacancy_id=ids[r["source_id"]], skill_uri=u) for r in new for u in skills_of[r["source_id"]]],
                                     batch_size=BATCH * 5)


def _write(source: str, ready: list[Clean], waiting: list[Clean], titles: TitleNormaliser, report: Report,
           progress: Callable[[int], None] | None) -> list[int]:
    """The records whose occupation is settled, then (once the title searches are answered) the others; the time spent
    waiting for the searches in between is the report's seconds_normalise. The ids of the vacancies it closed."""
    import time

    from django.db import connection

    from .search import terms_deferred, write_deferred_terms

    _one_import_per_source(source)
    closed_now: list[int] = []
    with terms_deferred() as inserted:
        employers = _employers(ready + waiting)
        _write_chunks(source, ready, employers, report, progress, inserted, closed_now)
        if titles.searching() and connection.vendor == "postgresql":
            # what the database would do at the end (the words of the search, the deferred foreign-key checks: ~18 s of
            # 100,000 records), it does for the rows written so far while the searches finish: both cores at work
            write_deferred_terms(inserted)
            connection.check_constraints()  # SET CONSTRAINTS ALL IMMEDIATE (checks what is pending), then DEFERRED again
        started = time.perf_counter()
        titles.finish(waiting, report)
        report.seconds_normalise = round(time.perf_counter() - started, 2)
        _write_chunks(source, waiting, employers, report, progress, inserted, closed_now)
    return closed_now


def _one_import_per_source(source: str) -> None:
    """PostgreSQL: two imports of one source (the scheduled feed and an operator's file) write one after the other, the
    second seeing the first's vacancies (else both would insert the same new identifier and the second fail on it)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", [f"werkregie.vacancies.import:{source}"])


def _write_chunks(source: str, clean: list[Clean], employers: dict[str, int], report: Report, progress: Callable[[int], None] | None,
                  inserted: list[int], closed_now: list[int]) -> None:
    from werkregie.geo.models import Municipality

    from .search import text_from

    names = {nis: (nl, fr) for nis, nl, fr in Municipality.objects.values_list("nis_code", "name_nl", "name_fr")}
    now = clock.now()
    # the source's identifiers seen before, in one query: a chunk of new records asks nothing more (100,000 new records:
    # 50 look-ups of 2,000 absent identifiers, ~3 s of the database's time, no longer)
    stored = set(Vacancy.objects.filter(source=source).values_list("source_id", flat=True))
    for start in range(0, len(clean), BATCH):
        chunk = clean[start:start + BATCH]
        seen = [c.source_id for c in chunk if c.source_id in stored]
        existing = {v.source_id: v for v in Vacancy.objects.filter(source=source, source_id__in=seen)} if seen else {}
        held: dict[int, list[str]] = {}  # the skills of the vacancies seen before, in one query (not one per vacancy)
        if existing:
            for vacancy_id, uri in VacancySkill.objects.filter(vacancy_id__in=[v.pk for v in existing.values()]).values_list("vacancy_id", "skill_uri"):
                held.setdefault(vacancy_id, []).append(uri)
        new, changed, skills_of = [], [], {}
        for c in chunk:
            v = existing.get(c.source_id)
            state = VacancyState.CLOSED if c.closed else VacancyState.PUBLISHED
            text = text_from(c.values["title"], c.values["description"], c.values["occupation_uri"], names.get(c.values["municipality_id"], ()))
            if v is None:
                new.append({"source": source, "source_id": c.source_id, "employer_id": employers[c.kbo], "state": state, "open": not c.closed,
                            "search_text": text, "state_since": now, "created_at": now, "updated_at": now, **c.values})
                report.closed += c.closed
            else:
                before = ([getattr(v, f) for f in FIELDS], v.employer_id, v.state, sorted(held.get(v.pk, [])))
                for f_name, value in c.values.items():
                    setattr(v, f_name, value)
                v.employer_id = employers[c.kbo]
                if v.state != state and (state == VacancyState.CLOSED or v.state in (VacancyState.CLOSED, VacancyState.EXPIRED)):
                    v.state, v.open, v.state_since, v.version = state, not c.closed, now, v.version + 1
                    report.closed += c.closed
                    if c.closed:
                        closed_now.append(v.pk)
                after = ([getattr(v, f) for f in FIELDS], v.employer_id, v.state, sorted(c.skills))
                if before == after:
                    report.unchanged += 1
                    continue
                v.search_text, v.updated_at = text, now
                changed.append(v)
            skills_of[c.source_id] = c.skills
        if new:
            _insert(source, new, skills_of, inserted)
            report.created += len(new)
        if changed:
            Vacancy.objects.bulk_update(changed, [*FIELDS, "employer_id", "state", "open", "state_since", "version", "search_text", "updated_at"],
                                       batch_size=BATCH)
            report.updated += len(changed)
            VacancySkill.objects.filter(vacancy_id__in=[v.pk for v in changed]).delete()
            VacancySkill.objects.bulk_create([VacancySkill(vacancy_id=v.pk, skill_uri=u) for v in changed for u in skills_of[v.source_id]],
                                             batch_size=BATCH * 5)
        if progress:
            progress(len(chunk))


def _check_all(lines: Iterable[str], source: str, report: Report, titles: TitleNormaliser, keep_records: bool,
               ) -> tuple[dict[str, Clean], list[tuple[int, object, list[RecordError]]]]:
    """Every record checked on its own, then against what is stored; the valid ones by source id, the bad ones with their
    errors (and the record, for a rejects file). Each valid record is offered to the title normaliser at once."""
    today = clock.today()
    places, postal, skills, occupations = _lookups()
    clean: dict[str, Clean] = {}
    bad_lines: list[tuple[int, object, list[RecordError]]] = []
    records_by_line: dict[int, object] = {}  # the valid records, for the rejects file should the database refuse one
    for number, record in _records(lines):
        report.records += 1
        if isinstance(record, RecordError):
            found, errors = None, [record]
        else:
            found, errors = check(number, record, today, places, postal, skills, occupations)
        if found is not None and found.source_id in clean:
            found, errors = None, [RecordError(number, "identifier.value", f"komt al voor op regel {clean[found.source_id].line}")]
        if errors:
            report.errors += errors
            report.rejected += 1
            bad_lines.append((number, record, errors))
        else:
            clean[found.source_id] = found
            if not found.tombstone:
                titles.offer(found)
            if keep_records:
                records_by_line[number] = record
    stored_errors = _against_stored(source, list(clean.values()))
    by_line: dict[int, list[RecordError]] = {}
    for e in stored_errors:
        by_line.setdefault(e.line, []).append(e)
    for c in [c for c in clean.values() if c.line in by_line]:
        del clean[c.source_id]
        report.errors += by_line[c.line]
        report.rejected += 1
        bad_lines.append((c.line, records_by_line.get(c.line), by_line[c.line]))
    return clean, bad_lines


def import_records(lines: Iterable[str], source: str, *, skip_invalid: bool = False, rejects: Path | None = None,
                   progress: Callable[[int], None] | None = None) -> Report:
    """Check every record, then write all of them in one transaction (or, with skip_invalid, the valid ones)."""
    import time

    if not SOURCE_RE.match(source or ""):
        raise ValueError("source: 2 to 40 characters a-z, 0-9, '.', '_' or '-', e.g. 'forem'")
    if source in RESERVED_SOURCES:  # the platform's own vacancies carry this name in the exchange (jobposting.identifier)
        raise ValueError(f"source: '{source}' is the platform's own name in the exchange; give the partner's, e.g. 'forem'")
    report = Report()
    started = time.perf_counter()
    with TitleNormaliser() as titles:  # the engine searches titles while the file's later records are checked
        clean, bad_lines = _check_all(lines, source, report, titles, keep_records=rejects is not None)
        report.seconds_check = round(time.perf_counter() - started, 2)
        if report.rejected and not skip_invalid:
            raise ImportRefused(report)
        if rejects is not None and bad_lines:
            with rejects.open("w", encoding="utf-8") as out:
                for number, record, errors in sorted(bad_lines, key=lambda b: b[0]):
                    out.write(json.dumps({"line": number, "errors": [{"field": e.field, "message": e.message} for e in errors],
                                          "record": None if isinstance(record, RecordError) else record}, ensure_ascii=False) + "\n")
        rows = [c for c in clean.values() if not c.tombstone]
        tombstones = [c for c in clean.values() if c.tombstone]
        waiting = titles.settle(rows, report)
        searched = {id(c) for c in waiting}
        started = time.perf_counter()
        with transaction.atomic():
            closed_now = _write(source, [c for c in rows if id(c) not in searched], waiting, titles, report, progress)
            taken_down = take_down(source, tombstones, report) if tombstones else []
            end_running_applications(closed_now + taken_down)
            if report.created or report.updated:  # bulk rows send no signals: the match index learns of them here
                notify_index(source, rows)
            if taken_down:
                from werkregie.matching import signals

                signals.vacancies_changed(taken_down)
    if report.created or report.updated:
        from .search import flush_search_index

        flush_search_index()
    report.seconds_write = round(time.perf_counter() - started - report.seconds_normalise, 2)
    return report


def sources() -> list[str]:
    return sorted(Vacancy.objects.filter(~Q(source="")).values_list("source", flat=True).distinct())
