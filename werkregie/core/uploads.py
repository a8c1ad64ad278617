"""Uploaded evidence: checked by content (PDF, JPEG, PNG), at most 10 MB, stored outside the web root under
<DATA_DIR>/uploads/ with its SHA-256, and served only after the caller's own permission check.

    stored = uploads.store(request.FILES["file"], person_id=person.pk, field="file", uploaded_by=request.user)
    return uploads.open_stored(stored)   # after YOUR permission check

A bad upload changes nothing: no file is left behind and no row is written (InvalidInput names the field)."""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.http import FileResponse
from django.utils.translation import gettext as _

from werkregie.core import clock
from werkregie.core.errors import FieldError, InvalidInput

MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True)
class Kind:
    content_type: str
    extensions: tuple[str, ...]
    magic: tuple[bytes, ...]


KINDS = (
    Kind("application/pdf", (".pdf",), (b"%PDF-",)),
    Kind("image/jpeg", (".jpg", ".jpeg"), (b"\xff\xd8\xff",)),
    Kind("image/png", (".png",), (b"\x89PNG\r\n\x1a\n",)),
)
# Browsers sometimes send these for the same kinds.
CONTENT_TYPE_ALIASES = {"image/jpg": "image/jpeg", "image/pjpeg": "image/jpeg", "application/x-pdf": "application/pdf"}


def root() -> Path:
    """Where uploads live: under the data folder, never under STATIC_ROOT or any served folder."""
    return Path(settings.DATA_DIR) / "uploads"


def sniff(head: bytes) -> Kind | None:
    for kind in KINDS:
        if any(head.startswith(m) for m in kind.magic):
            return kind
    return None


def check(uploaded_file, field: str = "file") -> Kind:  # noqa: ANN001 - a Django UploadedFile or any file-like with name/size
    """The kind of an upload, or InvalidInput naming the field. Reads only the first bytes."""

    def bad(message: str) -> InvalidInput:
        return InvalidInput(message, [FieldError(field, message)])

    if uploaded_file is None:
        raise bad(_("Kies een bestand."))
    size = getattr(uploaded_file, "size", None)
    if size is None:
        uploaded_file.seek(0, os.SEEK_END)
        size = uploaded_file.tell()
    if not size:
        raise bad(_("Het bestand is leeg."))
    if size > MAX_BYTES:
        raise bad(_too_big(size))
    uploaded_file.seek(0)
    head = uploaded_file.read(16)
    uploaded_file.seek(0)
    kind = sniff(head)
    if kind is None:
        raise bad(_("Dit bestandstype wordt niet aanvaard. Laad een PDF, JPEG of PNG op."))
    name = (getattr(uploaded_file, "name", "") or "").lower()
    ext = Path(name).suffix
    if ext not in kind.extensions:
        raise bad(_("De extensie van het bestand (%(ext)s) past niet bij de inhoud (%(type)s).") % {"ext": ext or "—", "type": kind.content_type})
    declared = (getattr(uploaded_file, "content_type", "") or "").split(";")[0].strip().lower()
    declared = CONTENT_TYPE_ALIASES.get(declared, declared)
    if declared and declared not in ("application/octet-stream", kind.content_type):
        raise bad(_("Het opgegeven type (%(declared)s) past niet bij de inhoud (%(type)s).") % {"declared": declared, "type": kind.content_type})
    return kind


def _safe_name(name: str) -> str:
    base = Path(name or "bestand").name
    keep = "".join(c if c.isalnum() or c in "._- " else "_" for c in base).strip() or "bestand"
    return keep[:200]


def store(uploaded_file, *, person_id: int, field: str = "file", uploaded_by=None):  # noqa: ANN001, ANN201 - returns trajectories.StoredFile
    """Check and store an upload for a person; return the StoredFile row. All or nothing."""
    from werkregie.trajectories.models import StoredFile

    kind = check(uploaded_file, field)
    now = clock.now()
    relative = f"{now:%Y/%m}/{person_id}-{secrets.token_hex(16)}{kind.extensions[0]}"
    target = root() / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    tmp = target.with_suffix(target.suffix + ".part")
    try:
        with open(tmp, "xb") as out:
            chunks = uploaded_file.chunks() if hasattr(uploaded_file, "chunks") else iter(lambda: uploaded_file.read(65536), b"")
            for chunk in chunks:
                size += len(chunk)
                if size > MAX_BYTES:
                    message = _("Het bestand is te groot; het mag hoogstens 10 MB zijn.")
                    raise InvalidInput(message, [FieldError(field, message)])
                digest.update(chunk)
                out.write(chunk)
        if size == 0:
            message = _("Het bestand is leeg.")
            raise InvalidInput(message, [FieldError(field, message)])
        os.replace(tmp, target)
        with transaction.atomic():
            stored = StoredFile.objects.create(
                person_id=person_id, original_name=_safe_name(getattr(uploaded_file, "name", "")), content_type=kind.content_type, size=size,
                sha256=digest.hexdigest(), path=relative, uploaded_at=now, uploaded_by=uploaded_by if getattr(uploaded_by, "pk", None) else None,
            )
    except BaseException:
        for leftover in (tmp, target):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass
        raise
    # If a surrounding transaction rolls back later, the row disappears and the file becomes an orphan without a row:
    # it is never served (serving goes through a row) and `discard_orphans` removes it.
    return stored


def discard_orphans() -> int:
    """Remove files under uploads/ that have no StoredFile row (left by a rolled-back transaction). Returns the count."""
    from werkregie.trajectories.models import StoredFile

    base = root()
    if not base.exists():
        return 0
    known = set(StoredFile.objects.values_list("path", flat=True))
    removed = 0
    for path in base.rglob("*"):
        if path.is_file() and path.relative_to(base).as_posix() not in known:
            path.unlink()
            removed += 1
    return removed


def path_of(stored) -> Path:  # noqa: ANN001
    target = (root() / stored.path).resolve()
    if root().resolve() not in target.parents:
        raise ValueError("stored path escapes the upload folder")
    return target


def open_stored(stored, *, download: bool = True) -> FileResponse:  # noqa: ANN001
    """A streaming response with the stored file. Call ONLY after your own permission check."""
    target = path_of(stored)
    response = FileResponse(open(target, "rb"), content_type=stored.content_type, as_attachment=download, filename=stored.original_name)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, no-store"
    return response


def verify(stored) -> bool:  # noqa: ANN001
    """Whether the file on disk still has the SHA-256 recorded at upload."""
    digest = hashlib.sha256()
    with open(path_of(stored), "rb") as fh:
        for chunk in iter(lambda: fh.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest() == stored.sha256


def _too_big(size: int) -> str:
    """The size above the limit with as many decimals as it takes to show it is above (attack of stop 29: 10 MB and a
    few bytes read "10,0 MB; hoogstens 10 MB"); in bytes when even three decimals would not."""
    limit = MAX_BYTES / 1024 / 1024
    for decimals in (1, 2, 3):
        shown = round(size / 1024 / 1024, decimals)
        if shown > limit:
            return _("Het bestand is te groot (%(size)s MB); het mag hoogstens 10 MB zijn.") % {"size": f"{shown:.{decimals}f}".replace(".", ",")}
    return _("Het bestand is te groot (%(bytes)s bytes); het mag hoogstens 10 MB (%(limit)s bytes) zijn.") % {
        "bytes": f"{size:,}".replace(",", "."), "limit": f"{MAX_BYTES:,}".replace(",", ".")}
