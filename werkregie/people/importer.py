"""CSV import of persons: everything is checked first; all-or-nothing unless invalid rows are to be skipped.

Idempotent: persons are matched on INSZ, so importing the same file twice changes nothing the second time.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from django.db import transaction
from django.utils.translation import gettext as _

from werkregie.core import csvsafe
from werkregie.core.errors import FieldError
from werkregie.core.identifiers import compact_insz

from .use_cases import upsert_person
from .validation import Lookups, validate_person

REQUIRED = ("insz", "first_name", "last_name", "birth_date")
OPTIONAL = ("sex", "nationality", "municipality", "nis_code", "postal_code", "street", "education_level", "driving_licences",
            "digital_skills", "languages", "email", "phone", "registered_on")
MAX_BYTES = 512 * 1024 * 1024


@dataclass
class ImportReport:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    errors: list[FieldError] = field(default_factory=list)
    rejects_path: str | None = None

    def as_dict(self) -> dict:
        return {"rows": self.rows, "created": self.created, "updated": self.updated, "unchanged": self.unchanged,
                "rejected": self.rejected, "rejects_file": self.rejects_path}


class ImportFileError(Exception):
    """The file as a whole cannot be read (encoding, header, size)."""


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    if not path.is_file():
        raise ImportFileError(f"{path}: file not found")
    if path.stat().st_size > MAX_BYTES:
        raise ImportFileError(f"{path}: larger than {MAX_BYTES // 2**20} MiB; split it")
    raw = path.read_bytes()
    if b"\x00" in raw[:65536]:
        raise ImportFileError(f"{path}: binary data (NUL bytes), not a CSV text file")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(f"{path}: not UTF-8 text (invalid byte at position {exc.start})") from None
    if not text.strip():
        raise ImportFileError(f"{path}: the file is empty")
    first_line = text.splitlines()[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [h.strip() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ImportFileError(f"{path}: header lacks required column(s) {', '.join(missing)}; found: {', '.join(header) or 'none'}")
    unknown = [c for c in header if c not in REQUIRED + OPTIONAL]
    if unknown:
        raise ImportFileError(f"{path}: unknown column(s) {', '.join(unknown)}; allowed: {', '.join(REQUIRED + OPTIONAL)}")
    if "municipality" not in header and "nis_code" not in header and "postal_code" not in header:
        raise ImportFileError(f"{path}: a column municipality (NIS code), nis_code or postal_code is required")
    try:
        rows = [dict(r) for r in reader]
    except csv.Error as exc:
        raise ImportFileError(f"{path}: malformed CSV at line {reader.line_num}: {exc}") from None
    for number, row in enumerate(rows, start=2):
        if None in row:
            raise ImportFileError(f"{path}: row {number} has more fields than the header")
    return header, rows


def import_persons(path: Path, skip_invalid: bool = False, rejects_path: Path | None = None,
                   progress: Callable[[int], None] | None = None) -> ImportReport:
    header, rows = read_rows(Path(path))
    report = ImportReport(rows=len(rows))
    lookups = Lookups.load()
    valid: list[dict] = []
    rejected: list[tuple[int, dict, list[FieldError]]] = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        clean, errors = validate_person(row, lookups, row=number)
        insz = compact_insz(row.get("insz", ""))
        if insz in seen and not any(e.field == "insz" for e in errors):
            errors.append(FieldError("insz", _("zelfde INSZ-nummer als rij %(row)s") % {"row": seen[insz]}, row=number))
        seen.setdefault(insz, number)
        if errors:
            rejected.append((number, row, errors))
            report.errors.extend(errors)
        else:
            valid.append(clean)
    report.rejected = len(rejected)
    if rejected and not skip_invalid:
        return report
    with transaction.atomic():
        for clean in valid:
            _person, state = upsert_person(clean)
            setattr(report, state, getattr(report, state) + 1)
            if progress:
                progress(1)
    if rejected:
        target = rejects_path or Path(path).with_suffix(".rejects.csv")
        with open(target, "w", newline="", encoding="utf-8") as handle:
            writer = csvsafe.dict_writer(handle, fieldnames=["row", *header, "errors"])
            writer.writeheader()
            for number, row, errors in rejected:
                writer.writerow({"row": number, **row, "errors": "; ".join(f"{e.field}: {e.message}" for e in errors)})
        report.rejects_path = str(target)
    return report
