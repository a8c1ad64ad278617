"""A provider's catalogue in: records from the API (JSON) or a file (JSON or CSV), checked one by one, written
idempotently by provider and course id.

All-or-nothing by default: one bad record and nothing is written, every problem is reported with where it is (record
or row, field) and what is wrong. With `skip_invalid` the good records are written and the bad ones come back with
their reasons (the CLI writes them to a rejects file). `replace` (the API's PUT) takes the records as the provider's
whole catalogue: courses not in it leave the catalogue (kept for their bookings, marked inactive).

Record fields: course_id, title_nl, title_fr, title_en, description, skills (ESCO skill URIs), eqf_level, hours,
cost (euro, at most 2 decimals), modality (classroom, online, dual), municipality (NIS code or postal code; not
needed online), financing (learning_account, opleidingscheques, vov) and sessions (session_id, start, end (or
start_date, end_date, as the API's GET writes them), places, free_places; the free places are capped at the places
less the bookings made on the platform). In CSV, lists are separated by `|`, and a course with several sessions takes
one row per session (the course's fields from its first row)."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from django.db import transaction
from django.db.models import Count
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from werkregie.core import clock
from werkregie.core.errors import FieldError, InvalidInput
from werkregie.core.text import one_line_problem, text_problem
from werkregie.workflows.services import PLATFORM, Who

from . import index, labels
from .enums import Financing, Modality
from .models import Booking, Course, CourseSkill, Provider, Session

COURSE_ID = re.compile(r"[A-Za-z0-9._-]+")  # with the 60 characters of the model's field
COURSE_FIELDS = ("course_id", "title_nl", "title_fr", "title_en", "description", "skills", "eqf_level", "hours", "cost", "modality",
                 "municipality", "financing")
SESSION_FIELDS = ("session_id", "start", "end", "places", "free_places")
MAX_RECORDS = 50_000
MAX_COST = Decimal("9999999.99")
MAX_DESCRIPTION = 10_000  # characters: a course description of a few screens; a larger one is a file pasted by mistake
# The window a session's dates must fall in (attack on issue 13: a session on 30/12/9999 was accepted and booked).
# Providers plan their sessions a year or two ahead; three years leaves room for a long programme's later intakes.
SESSION_YEARS_AHEAD = 3
# What the API's GET gives back goes back unchanged, past sessions included; ten years back is history a catalogue
# still shows, anything older (0001-01-01, 1026 for 2026) is a typo.
SESSION_YEARS_BACK = 10
# The longest session: dual learning and part-time adult education run up to about four years.
SESSION_MAX_YEARS = 5


class ImportFileError(Exception):
    """The file as a whole cannot be read (not JSON or CSV, wrong shape)."""


@dataclass
class Clean:
    where: str
    course_id: str
    values: dict
    skills: list[str]
    sessions: list[dict]


@dataclass
class Report:
    records: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    deactivated: int = 0
    rejected: int = 0
    written: bool = False
    errors: list[tuple[str, FieldError]] = field(default_factory=list)  # (where, what)
    rejected_records: list[tuple[str, dict, list[FieldError]]] = field(default_factory=list)
    # sessions whose delivered free places were more than the places left after the platform's bookings
    capped: list[dict] = field(default_factory=list)
    # live bookings the delivery cancelled (confirmed): booking, course_id, session_id, reason
    cancelled: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {"records": self.records, "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "deactivated": self.deactivated, "rejected": self.rejected, "written": self.written,
                "errors": [{"where": where, "field": e.field, "message": str(e.message)} for where, e in self.errors],
                "capped_free_places": self.capped, "cancelled_bookings": self.cancelled}


# --------------------------------------------------------------------------- reading files

def _split(value: object) -> list:
    if isinstance(value, list):
        return value
    if value in (None, ""):
        return []
    return [part.strip() for part in str(value).split("|") if part.strip()]


def json_hint(reason: str) -> str:
    """The JSON parser's reason in Dutch words, for the provider's page (the re-walk of issue 13 read "Expecting property
    name enclosed in double quotes" on a Dutch page): the common ones named, any other a general hint."""
    hints = (
        ("Expecting property name", _("Daar wordt een naam tussen dubbele aanhalingstekens verwacht (\"naam\": …), of staat er een komma te veel.")),
        ("Expecting ',' delimiter", _("Daar ontbreekt een komma tussen twee waarden.")),
        ("Expecting ':' delimiter", _("Daar ontbreekt een dubbelepunt tussen een naam en zijn waarde.")),
        ("Expecting value", _("Daar wordt een waarde verwacht: een tekst tussen dubbele aanhalingstekens, een getal, true, false, null, een lijst of een object.")),
        ("Unterminated string", _("Daar begint een tekst die niet met een dubbel aanhalingsteken wordt afgesloten.")),
        ("Invalid control character", _("Een tekst bevat daar een regeleinde of tab; schrijf die als \\n of \\t.")),
        ("Extra data", _("Na het einde van de lijst of het object volgt nog tekst.")),
    )
    return next((hint for start, hint in hints if reason.startswith(start)),
                _("Controleer of namen en teksten tussen dubbele aanhalingstekens staan en of er geen komma te veel of te weinig staat."))


def read_file(path: Path) -> list[dict]:
    """Records from a JSON file (a list, or an object with `courses`) or a CSV file (one row per session)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(_("%(path)s: geen UTF-8-tekst (%(reason)s bij byte %(at)s)") % {"path": path, "reason": exc.reason, "at": exc.start}) from None
    if path.suffix.lower() == ".json" or text.lstrip()[:1] in ("[", "{"):
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ImportFileError(_("%(path)s: geen geldige JSON (regel %(line)s, kolom %(col)s). %(hint)s") % {
                "path": path, "line": exc.lineno, "col": exc.colno, "hint": json_hint(exc.msg)}) from None
        if isinstance(data, dict):
            data = data.get("courses")
        if not isinstance(data, list):
            raise ImportFileError(_("%(path)s: verwacht een lijst van opleidingen of een object met 'courses'") % {"path": path})
        return data
    return read_csv(text)


def read_csv(text: str) -> list[dict]:
    reader = csv.DictReader(io.StringIO(text))
    if not reader.fieldnames or "course_id" not in reader.fieldnames:
        raise ImportFileError(_("CSV: de eerste regel noemt de kolommen, waaronder course_id"))
    records: dict[str, dict] = {}
    for line, row in enumerate(reader, start=2):
        key = (row.get("course_id") or "").strip() or f"#line{line}"
        record = records.get(key)
        if record is None:
            record = {name: row.get(name, "") for name in COURSE_FIELDS if name in row}
            record["skills"], record["financing"] = _split(row.get("skills")), _split(row.get("financing"))
            record["sessions"], record["_where"] = [], f"line {line}"
            records[key] = record
        if (row.get("session_id") or "").strip():
            record["sessions"].append({name: row.get(name, "") for name in SESSION_FIELDS})
    return list(records.values())


# --------------------------------------------------------------------------- checking records

def _places() -> dict[str, str]:
    """NIS codes and postal codes (a postal code that serves one municipality) to the 2025 NIS code."""
    from werkregie.geo.models import HistoricMunicipality, Municipality, PostalCode

    codes = {nis: nis for nis in Municipality.objects.values_list("nis_code", flat=True)}
    codes.update({old: new for old, new in HistoricMunicipality.objects.values_list("nis_code", "successor_id")})
    served: dict[str, set[str]] = {}
    for code, nis in PostalCode.objects.values_list("code", "municipality_id"):
        served.setdefault(code, set()).add(nis)
    codes.update({code: next(iter(nis)) for code, nis in served.items() if len(nis) == 1})
    return codes


def _date(raw: object) -> dt.date | None:
    if isinstance(raw, dt.date):
        return raw
    try:
        return dt.date.fromisoformat(str(raw).strip())
    except ValueError:
        return None


def _int(raw: object) -> int | None:
    """A whole number of 0 or more, or None. Found by the attack on issue 13: a JSON -1 passed as a number and the
    database's CHECK answered with a 500; and str.isdigit() holds for '²', which int() refuses."""
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw if raw >= 0 else None
    text = str(raw if raw is not None else "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None


def _text_problem(name: str, value: str) -> str | None:
    """The platform's text rules (core/text.py): one line without control, format or bidirectional characters for ids
    and titles, a text with line breaks but no other control characters for the description (a NUL got through and
    PostgreSQL refuses it in a text column)."""
    return text_problem(value) if name == "description" else one_line_problem(value)


def _session_window_problem(start: dt.date | None, end: dt.date | None) -> tuple[str, str] | None:
    """(field, why) when a session's dates fall outside what a catalogue can mean (the attack booked a course on
    30/12/9999), or None."""
    today = clock.today()
    if start is not None and start > today + dt.timedelta(days=365 * SESSION_YEARS_AHEAD):
        return "start", _("hoogstens %(years)s jaar vooruit (tot %(day)s)") % {
            "years": SESSION_YEARS_AHEAD, "day": (today + dt.timedelta(days=365 * SESSION_YEARS_AHEAD)).strftime("%d/%m/%Y")}
    if start is not None and start < today - dt.timedelta(days=365 * SESSION_YEARS_BACK):
        return "start", _("hoogstens %(years)s jaar geleden") % {"years": SESSION_YEARS_BACK}
    if start is not None and end is not None and end > start + dt.timedelta(days=365 * SESSION_MAX_YEARS):
        return "end", _("een sessie duurt hoogstens %(years)s jaar") % {"years": SESSION_MAX_YEARS}
    return None


def check(record: object, where: str, skills_known: set[str] | dict, places: dict[str, str]) -> tuple[Clean | None, list[FieldError]]:
    """One record checked; (clean values, []) or (None, every problem). `where` says where the record is."""
    errors: list[str | tuple[str, str]] = []

    def bad(name: str, message: str) -> None:
        errors.append((name, message))

    if not isinstance(record, dict):
        return None, [FieldError("record", _("geen object met de velden van een opleiding"))]
    text = {name: record.get(name) for name in ("course_id", "title_nl", "title_fr", "title_en", "description")}
    for name, value in text.items():
        if value is not None and not isinstance(value, str):
            bad(name, _("moet tekst zijn"))
            text[name] = ""
        text[name] = (text[name] or "").strip()
        problem = _text_problem(name, text[name])
        if problem:
            bad(name, problem)
    if len(text["description"]) > MAX_DESCRIPTION:
        bad("description", _("langer dan %(n)s tekens") % {"n": MAX_DESCRIPTION})
    course_id = text["course_id"]
    if not course_id:
        bad("course_id", _("ontbreekt"))
    elif len(course_id) > 60:
        bad("course_id", _("langer dan 60 tekens"))
    elif not COURSE_ID.fullmatch(course_id) and not _text_problem("course_id", course_id):
        # found by the attack on issue 13: "a/b" was kept, and a course id travels in references, file names and URLs
        bad("course_id", _("enkel letters A–Z en a–z, cijfers, punt, streepje en liggend streepje (bv. CVO-00123)"))
    if not text["title_nl"]:
        bad("title_nl", _("ontbreekt (de Nederlandse titel is verplicht)"))
    for name in ("title_nl", "title_fr", "title_en"):
        if len(text[name]) > 300:
            bad(name, _("langer dan 300 tekens"))
    skills = _split(record.get("skills"))
    if not skills:
        bad("skills", _("minstens één URI van een ESCO-vaardigheid"))
    unknown = [s for s in skills if not isinstance(s, str) or s not in skills_known]
    if unknown:
        bad("skills", _("geen URI van een ESCO-vaardigheid: %(uris)s") % {"uris": ", ".join(str(u) for u in unknown[:3])})
    eqf = record.get("eqf_level")
    level = None
    if eqf not in (None, ""):
        level = _int(eqf)
        if level is None or not 1 <= level <= 8:
            bad("eqf_level", _("een niveau van het EQF, 1 tot 8"))
    hours = _int(record.get("hours"))
    if hours is None or not 1 <= hours <= 5000:
        bad("hours", _("een geheel aantal uren, 1 tot 5000"))
    cost = None
    raw_cost = record.get("cost")
    try:
        cost = Decimal(str(raw_cost).strip().replace(",", ".")) if raw_cost not in (None, "") and not isinstance(raw_cost, bool) else None
    except InvalidOperation:
        cost = None
    if cost is None or not cost.is_finite():
        bad("cost", _("een bedrag in euro, bijvoorbeeld 250.00"))
        cost = None
    elif cost < 0:
        bad("cost", _("mag niet negatief zijn"))
    elif cost > MAX_COST or cost != cost.quantize(Decimal("0.01")):
        bad("cost", _("hoogstens 9999999.99 en twee decimalen"))
    modality = record.get("modality")
    if modality not in Modality.values:
        bad("modality", _("een van: %(values)s") % {"values": ", ".join(Modality.values)})
    place = str(record.get("municipality") or "").strip()
    nis = places.get(place) if place else None
    if place and nis is None:
        bad("municipality", _("onbekende NIS-code of postcode '%(place)s' (of een postcode van meerdere gemeenten: geef de NIS-code)") % {"place": place[:10]})
    elif not place and modality in (Modality.CLASSROOM, Modality.DUAL):
        bad("municipality", _("verplicht voor een klassikale of duale opleiding"))
    financing = _split(record.get("financing"))
    wrong = [f for f in financing if f not in Financing.values]
    if wrong:
        bad("financing", _("onbekend: %(wrong)s; bekend: %(known)s") % {"wrong": ", ".join(str(w) for w in wrong[:3]), "known": ", ".join(Financing.values)})
    # No `sessions` (or []) is a course without dates yet. An explicit null is refused: the delivery replaces, so a null
    # read as "none" would silently drop every session (and the bookings on them); the provider writes [] when it means that.
    sessions_raw = record.get("sessions", [])
    sessions: list[dict] = []
    if not isinstance(sessions_raw, list):
        bad("sessions", _("een lijst van sessies ([] voor een opleiding zonder sessies)"))
        sessions_raw = []
    seen: set[str] = set()
    for n, s in enumerate(sessions_raw, start=1):
        at = f"sessions[{n}]"
        if not isinstance(s, dict):
            bad(at, _("geen object"))
            continue
        raw_sid = s.get("session_id")
        sid = str(raw_sid).strip() if isinstance(raw_sid, (str, int)) and not isinstance(raw_sid, bool) else ""
        # start_date and end_date as the API's GET writes them: what a provider read can go back unchanged; a problem
        # names the field as the file calls it (the walk of issue 13 read "sessions[1].end" for its end_date)
        names = {name: name if s.get(name) not in (None, "") or f"{name}_date" not in s else f"{name}_date" for name in ("start", "end")}
        raw_start, raw_end = (s.get(names[name]) for name in ("start", "end"))
        start, end = _date(raw_start), _date(raw_end) if raw_end not in (None, "") else None
        places_n, free = _int(s.get("places")), _int(s.get("free_places"))
        if not sid or len(sid) > 60:
            bad(f"{at}.session_id", _("ontbreekt of is langer dan 60 tekens"))
        elif one_line_problem(sid):
            bad(f"{at}.session_id", one_line_problem(sid))
        elif sid in seen:
            bad(f"{at}.session_id", _("'%(sid)s' komt twee keer voor in deze opleiding") % {"sid": sid})
        seen.add(sid)
        if start is None:
            bad(f"{at}.{names['start']}", _("een datum JJJJ-MM-DD"))
        if raw_end not in (None, "") and (end is None or (start and end < start)):
            bad(f"{at}.{names['end']}", _("een datum JJJJ-MM-DD op of na de start"))
        window = _session_window_problem(start, end)
        if window:
            bad(f"{at}.{names[window[0]]}", window[1])
        if places_n is None or places_n > 100_000:
            bad(f"{at}.places", _("een geheel getal van 1 tot 100000"))
        elif places_n == 0:
            # a session nobody can ever book is no session (found by the attack on issue 13: places 0 and free places 0
            # were accepted and listed); a session without free places left says free_places 0
            bad(f"{at}.places", _("0: een sessie heeft minstens 1 plaats; laat een sessie die niet doorgaat weg uit de levering"))
        if free is None or (places_n is not None and free > places_n):
            bad(f"{at}.free_places", _("een geheel getal van 0 tot het aantal plaatsen"))
        sessions.append({"session_id": sid, "start_date": start, "end_date": end, "places": places_n, "free_places": free})
    found = [FieldError(name, message) for name, message in errors]
    if found:
        return None, found
    values = {"title_nl": text["title_nl"], "title_fr": text["title_fr"], "title_en": text["title_en"], "description": text["description"],
              "skill_uris": sorted(dict.fromkeys(skills)), "eqf_level": level, "hours": hours, "cost": cost.quantize(Decimal("0.01")),
              "modality": modality, "municipality_id": nis, "learning_account": Financing.LEARNING_ACCOUNT in financing,
              "opleidingscheques": Financing.CHEQUES in financing, "vov": Financing.VOV in financing}
    return Clean(where, course_id, values, values["skill_uris"], sessions), []


# --------------------------------------------------------------------------- writing

def import_catalogue(provider: Provider, records: Iterable[object], *, skip_invalid: bool = False, replace: bool = False,
                     confirm_cancellations: bool = False, who: Who = PLATFORM, progress: Callable[[int], None] | None = None,
                     move_booked_sessions: bool = False) -> Report:
    from werkregie.matching.platform import taxonomy

    records = list(records)
    report = Report(records=len(records))
    if len(records) > MAX_RECORDS:
        report.errors.append(("file", FieldError("records", _("hoogstens %(n)s opleidingen tegelijk") % {"n": MAX_RECORDS})))
        report.rejected = len(records)
        return report
    known, places = taxonomy().skill_index, _places()
    good: list[Clean] = []
    ids: dict[str, str] = {}
    for n, record in enumerate(records, start=1):
        where = record.pop("_where", f"record {n}") if isinstance(record, dict) else f"record {n}"
        clean, errors = check(record, where, known, places)
        if clean is not None and clean.course_id in ids:
            errors, clean = [FieldError("course_id", _("'%(id)s' staat al in %(where)s") % {"id": clean.course_id, "where": ids[clean.course_id]})], None
        if clean is None:
            report.rejected += 1
            report.errors.extend((where, e) for e in errors)
            report.rejected_records.append((where, record if isinstance(record, dict) else {"value": record}, errors))
        else:
            ids[clean.course_id] = where
            good.append(clean)
        if progress and n % 500 == 0:
            progress(500)
    if progress:
        progress(len(records) % 500)
    if report.rejected and not skip_invalid:
        return report
    _write(provider, good, report, replace, confirm_cancellations, who, move_booked_sessions)
    report.written = True
    return report


def _fingerprint(values: dict) -> tuple:
    return tuple(values[k] for k in sorted(values))


@transaction.atomic
def _write(provider: Provider, good: list[Clean], report: Report, replace: bool, confirm_cancellations: bool, who: Who,
           move_booked_sessions: bool = False) -> None:
    now = clock.now()
    provider = Provider.objects.select_for_update().get(pk=provider.pk)  # one catalogue load per provider at a time
    fields = list(good[0].values) if good else []
    existing = {c["course_id"]: c for c in Course.objects.filter(provider=provider).values("id", "course_id", "active", *fields)}
    sessions_of: dict[int, dict[str, dict]] = {}
    # withdrawn sessions too: listing one again brings it back rather than making a second row with its id
    for s in Session.all_objects.filter(course__provider=provider).values("id", "course_id", "session_id", "start_date", "end_date", "places",
                                                                           "free_places", "withdrawn_at"):
        sessions_of.setdefault(s["course_id"], {})[s["session_id"]] = s
    by_id = {c.course_id: c for c in good}
    gone = {cid for cid, row in existing.items() if cid not in by_id and row["active"]} if replace else set()
    from .booked_dates import booked_sessions_moved

    if moved := booked_sessions_moved(provider, by_id, existing, sessions_of, move_booked_sessions):
        raise moved
    cancelled = bookings_lost(provider, by_id, existing, sessions_of, gone)
    if cancelled:
        if not confirm_cancellations:
            raise _cancellations_refused(cancelled)
        # the courses first, then their sessions, as booking locks them (use_cases/booking.py): no deadlock with a booking
        list(Course.objects.select_for_update().filter(pk__in={existing[item["course_id"]]["id"] for item in cancelled}).order_by("pk")
             .values_list("pk", flat=True))
        _cancel_bookings(cancelled, who, report)
    _cap_free_places(provider, good, existing, sessions_of, report)
    new, changed, touched = [], [], []
    for clean in good:
        old = existing.get(clean.course_id)
        if old is None:
            new.append(Course(provider=provider, course_id=clean.course_id, updated_at=now, active=True, **clean.values))
            continue
        current = {k: old[k] for k in clean.values}
        if current["cost"] is not None:
            current["cost"] = Decimal(current["cost"]).quantize(Decimal("0.01"))
        if _fingerprint(current) != _fingerprint(clean.values) or not old["active"]:
            changed.append(Course(pk=old["id"], provider=provider, course_id=clean.course_id, updated_at=now, active=True, **clean.values))
        elif _sessions_differ(sessions_of.get(old["id"], {}), clean.sessions):
            touched.append(old["id"])
        else:
            report.unchanged += 1
    Course.objects.bulk_create(new, batch_size=2000)
    if not new or new[0].pk is None:  # backends that do not return ids from a bulk insert
        ids = dict(Course.objects.filter(provider=provider, course_id__in=[c.course_id for c in new]).values_list("course_id", "id"))
        for c in new:
            c.pk = ids[c.course_id]
    if changed:
        Course.objects.bulk_update(changed, [*fields, "updated_at", "active"], batch_size=2000)
        CourseSkill.objects.filter(course_id__in=[c.pk for c in changed]).delete()
    CourseSkill.objects.bulk_create([CourseSkill(course_id=c.pk, skill_uri=uri) for c in (*new, *changed) for uri in c.skill_uris],
                                    batch_size=5000)
    pk_of = {c.course_id: c.pk for c in (*new, *changed)} | {cid: existing[cid]["id"] for cid in existing}
    report.created, report.updated = len(new), len(changed) + len(touched)
    # new courses: their sessions in one insert; changed ones: session by session (bookings keep theirs)
    Session.objects.bulk_create([Session(course_id=c.pk, **s) for c in new for s in by_id[c.course_id].sessions], batch_size=5000)
    touched_set = set(touched)
    for course_id in [c.course_id for c in changed] + [cid for cid, row in existing.items() if row["id"] in touched_set]:
        _write_sessions(pk_of[course_id], sessions_of.get(pk_of[course_id], {}), by_id[course_id].sessions)
    if gone:
        report.deactivated = Course.objects.filter(pk__in=[existing[cid]["id"] for cid in gone]).update(active=False, updated_at=now)
    Provider.objects.filter(pk=provider.pk).update(catalogue_updated_at=now)
    if new or changed or touched or report.deactivated:
        index.bump()


def _cap_free_places(provider: Provider, good: list[Clean], existing: dict, sessions_of: dict[int, dict[str, dict]], report: Report) -> None:
    """Found by the attack: a re-import set a session's free places back to the provider's own count, and the places
    people had booked on the platform were offered again (overbooking). Free places are at most the places less the
    bookings that hold one; each session capped is reported with both numbers."""
    taken = dict(Booking.objects.filter(course__provider=provider).exclude(state="cancelled").values("session_id")
                 .annotate(n=Count("pk")).values_list("session_id", "n"))
    if not taken:
        return
    for clean in good:
        old = existing.get(clean.course_id)
        rows = sessions_of.get(old["id"], {}) if old else {}
        for s in clean.sessions:
            row = rows.get(s["session_id"])
            booked = taken.get(row["id"], 0) if row else 0
            left = max(0, s["places"] - booked)
            if booked and s["free_places"] > left:
                report.capped.append({"course_id": clean.course_id, "session_id": s["session_id"], "delivered_free_places": s["free_places"],
                                      "free_places": left, "bookings": booked})
                s["free_places"] = left


def _sessions_differ(old: dict[str, dict], new: list[dict]) -> bool:
    listed = {sid: row for sid, row in old.items() if row["withdrawn_at"] is None}
    if set(listed) != {s["session_id"] for s in new}:
        return True
    return any(any(listed[s["session_id"]][k] != s[k] for k in ("start_date", "end_date", "places", "free_places")) for s in new)


def _write_sessions(course_pk: int, old: dict[str, dict], new: list[dict]) -> None:
    keep = {s["session_id"] for s in new}
    booked = set(Session.all_objects.filter(course_id=course_pk, bookings__isnull=False).values_list("session_id", flat=True))
    # a session the provider no longer lists goes; one someone booked stays as a row for its bookings (their live ones
    # were cancelled before, see bookings_lost), withdrawn: no reader lists or books it again (models.ListedSessions)
    Session.all_objects.filter(course_id=course_pk).exclude(session_id__in=keep | booked).delete()
    Session.all_objects.filter(course_id=course_pk, session_id__in=booked - keep, withdrawn_at__isnull=True).update(
        withdrawn_at=clock.now(), free_places=0)
    create, update = [], []
    for s in new:
        row = old.get(s["session_id"])
        if row is None:
            create.append(Session(course_id=course_pk, **s))
        elif row["withdrawn_at"] is not None or any(row[k] != s[k] for k in ("start_date", "end_date", "places", "free_places")):
            update.append(Session(pk=row["id"], course_id=course_pk, withdrawn_at=None, **s))
    Session.all_objects.bulk_create(create)
    if update:
        Session.all_objects.bulk_update(update, ["start_date", "end_date", "places", "free_places", "withdrawn_at"])


def bookings_lost(provider: Provider, by_id: dict[str, Clean], existing: dict, sessions_of: dict[int, dict[str, dict]],
                  gone: set[str]) -> list[dict]:
    """The live bookings a delivery takes away (attack on issue 13: they stayed "booked", their money reserved, and no
    one was told): those of a course that leaves the catalogue, of a session the course no longer lists, and, where a
    session's places fall below its live bookings, the last ones made (first come, first served)."""
    course_of = {row["id"]: cid for cid, row in existing.items()}
    session_of = {row["id"]: row for rows in sessions_of.values() for row in rows.values()}
    live: dict[int, list[dict]] = {}
    for b in (Booking.objects.filter(course__provider=provider, state="booked").order_by("booked_at", "pk")
              .values("pk", "course_id", "session_id")):
        live.setdefault(b["session_id"], []).append(b)
    lost = []
    for session_pk, bookings in live.items():
        row = session_of[session_pk]
        cid = course_of[row["course_id"]]
        what = {"course_id": cid, "session_id": row["session_id"], "start_date": row["start_date"]}
        if cid in gone:
            lost += [{**what, "booking": b["pk"], "why": labels.WITHDRAWN_COURSE, "field": f"course_id {cid}"} for b in bookings]
            continue
        clean = by_id.get(cid)
        if clean is None:
            continue  # not in this delivery and not replaced: untouched
        at = next((n for n, s in enumerate(clean.sessions, start=1) if s["session_id"] == row["session_id"]), None)
        if at is None:
            lost += [{**what, "booking": b["pk"], "why": labels.WITHDRAWN_SESSION, "field": f"{clean.where}.sessions"} for b in bookings]
        elif clean.sessions[at - 1]["places"] < len(bookings):
            lost += [{**what, "booking": b["pk"], "why": labels.PLACES_CUT, "field": f"{clean.where}.sessions[{at}].places"}
                     for b in bookings[clean.sessions[at - 1]["places"]:]]
    return lost


def _cancellations_refused(lost: list[dict]) -> InvalidInput:
    """Like a mass deactivation (use_cases/catalogue.py), taking away people's bookings is said out loud first: the
    delivery names each course and session and how many bookings go, and nothing is written until it is confirmed."""
    counts: dict[tuple, int] = {}
    for item in lost:
        key = (item["course_id"], item["session_id"], item["why"], item["field"])
        counts[key] = counts.get(key, 0) + 1
    how = {labels.WITHDRAWN_COURSE: _("opleiding niet meer in de catalogus"), labels.WITHDRAWN_SESSION: _("sessie niet meer in de opleiding"),
           labels.PLACES_CUT: _("minder plaatsen dan inschrijvingen")}
    listed = "; ".join(f"{cid}/{sid} ({how[why]}: {n})" for (cid, sid, why, _at), n in list(counts.items())[:10])
    message = _("Deze levering annuleert lopende inschrijvingen (%(n)s): %(listed)s. De personen krijgen dan een bericht, hun leer- en "
                "loopbaanrekening wordt terugbetaald en hun trajectstap vervalt. Bevestig dat uitdrukkelijk (confirm_cancellations) als dat "
                "de bedoeling is.") % {"n": len(lost), "listed": listed}
    errors = [FieldError("confirm_cancellations", message)]
    for (_cid, sid, why, at), n in counts.items():
        errors.append(FieldError(at, _("sessie %(sid)s: %(how)s (inschrijvingen: %(n)s)") % {"sid": sid, "how": how[why], "n": n}))
    return InvalidInput(message, errors[:200])


def _cancel_bookings(lost: list[dict], who: Who, report: Report) -> None:
    from .use_cases.booking import cancel_for_provider

    for item in lost:
        cancel_for_provider(item["booking"], who, item["why"])
        report.cancelled.append({"booking": item["booking"], "course_id": item["course_id"], "session_id": item["session_id"],
                                 "reason": item["why"].rsplit(".", 1)[-1]})


def write_rejects(path: Path, report: Report) -> None:
    """The rejected records, one JSON object a line: where, what was wrong (field and reason) and the record itself."""
    with path.open("w", encoding="utf-8") as out:
        for where, record, errors in report.rejected_records:
            out.write(json.dumps({"where": where, "errors": [e.as_dict() for e in errors], "record": record},
                                 ensure_ascii=False, default=str) + "\n")


def rejected_summary(report: Report) -> str:
    """"1 van de 2 opleidingen is ongeldig" (the page and the API said "zijn" for one: walk of issue 13)."""
    return ngettext("%(n)s van de %(total)s opleidingen is ongeldig; er is niets bewaard.",
                    "%(n)s van de %(total)s opleidingen zijn ongeldig; er is niets bewaard.", report.rejected) % {
        "n": report.rejected, "total": report.records}


def error_rows(report: Report) -> list[dict]:
    """The report's problems for the provider's page, in words: "opleiding 2 (CVO-00123)" or "regel 7 (CVO-00123)" where
    the API says "record 2" or "line 7" (a location a program reads; the walk of issue 13 read "record 2" on the page)."""
    import re

    course_ids = {where: str(record.get("course_id") or "").strip()[:60] for where, record, _errors in report.rejected_records}
    rows = []
    for where, error in report.errors:
        found = re.fullmatch(r"(record|line) (\d+)", where)
        if found is None:
            place = where
        elif found.group(1) == "record":
            place = _("opleiding %(n)s") % {"n": found.group(2)}
        else:
            place = _("regel %(n)s") % {"n": found.group(2)}
        course_id = course_ids.get(where, "")
        rows.append({"where": f"{place} ({course_id})" if course_id else place, "field": error.field, "message": error.message})
    return rows
