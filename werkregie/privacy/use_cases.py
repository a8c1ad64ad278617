"""The export of one's own data: requested by the citizen, made by the task runner, downloaded once, gone after 7 days.

* `request_export` (the citizen) makes the row and hands `build` to the task runner; while one export is being made or
  waits to be downloaded, asking again returns that one (a partial unique index keeps it to one, whatever the races).
* `build` (a task) collects every section (collect.py), writes a ZIP with the JSON and the PDF under the data
  directory, logs the read in the access log, and schedules the expiry 7 days later on the task runner.
* `download` hands the ZIP over once: the row is locked and moved to "downloaded" before the bytes leave, the files
  are deleted after the commit, and the download is logged. A second download, or one after the expiry, is told so
  in words (410 Gone). Only the person may download (another account gets "not found", as for anything not theirs).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import logging
import shutil
import zipfile
from pathlib import Path

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import translation
from django.utils.translation import gettext as _

from werkregie.access.purposes import Purpose
from werkregie.access.services import Actor, record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Conflict, DomainError, Forbidden, Gone, NotFound
from werkregie.messaging import runner
from werkregie.workflows import services as wf
from werkregie.workflows.services import PLATFORM, Who

from . import collect, pdf
from .enums import OPEN_STATES, ExportState
from .models import OwnDataExport

log = logging.getLogger(__name__)
BUILD = "werkregie.privacy.use_cases.build"
EXPIRE = "werkregie.privacy.use_cases.expire"
KEEP = dt.timedelta(days=7)
FORMAT = "werkregie-own-data-export/1"


class NotReady(Conflict):
    """Still being made: ask again shortly (409, not 410: nothing is gone)."""


def folder(export: OwnDataExport) -> Path:
    return Path(settings.DATA_DIR) / "own-data-exports" / str(export.token)


def zip_name(export: OwnDataExport) -> str:
    return f"mijn-gegevens-{export.requested_at.astimezone(clock.BRUSSELS):%Y-%m-%d}-{export.pk}.zip"


def _own_person_id(principal: Principal) -> int:
    if principal.role != Role.CITIZEN or not principal.user.person_id:
        raise Forbidden(_("Enkel de persoon zelf kan een export van zijn gegevens vragen."))
    return principal.user.person_id


def _expiry_name(export_id: int) -> str:
    return f"own-data-export-{export_id}-expiry"


def open_export(principal: Principal) -> OwnDataExport | None:
    """The person's export being made or waiting to be downloaded, if any: there is one at a time."""
    return OwnDataExport.objects.filter(person_id=_own_person_id(principal), state__in=OPEN_STATES).first()


def request_export(principal: Principal) -> OwnDataExport:
    person_id = _own_person_id(principal)
    for _attempt in range(3):
        found = open_export(principal)
        if found is not None:
            return found
        try:
            with transaction.atomic():
                export = wf.create(OwnDataExport, Who.of(principal), person_id=person_id, requested_by=principal.user, requested_at=clock.now())
                runner.enqueue(BUILD, export.pk, name=f"own-data-export-{export.pk}", group="privacy")
        except IntegrityError:  # a parallel request made one first: return that one
            continue
        export.refresh_from_db()
        return export
    raise DomainError(_("Uw export wordt op dit moment aangevraagd; probeer opnieuw."))


def get_export(principal: Principal, export_id: int) -> OwnDataExport:
    """The person's own export; anyone else's looks like one that does not exist. An export past its time is expired now."""
    person_id = _own_person_id(principal)
    export = OwnDataExport.objects.filter(pk=export_id, person_id=person_id).first() if 0 < export_id < 2**63 else None
    if export is None:
        raise NotFound(_("Geen export met dit nummer."))
    if export.state in OPEN_STATES and export.expires_at is not None and export.expires_at <= clock.now():
        expire(export.pk)
        export.refresh_from_db()
    return export


def latest(principal: Principal) -> OwnDataExport | None:
    if principal.role != Role.CITIZEN or not principal.user.person_id:
        return None
    export = OwnDataExport.objects.filter(person_id=principal.user.person_id).first()
    return get_export(principal, export.pk) if export is not None else None


def download(principal: Principal, export_id: int) -> tuple[str, bytes]:
    """The ZIP's name and bytes, once."""
    export = get_export(principal, export_id)
    with transaction.atomic():
        export = OwnDataExport.objects.select_for_update().get(pk=export.pk)
        if export.state == ExportState.DOWNLOADED:
            raise Gone(_("U hebt deze export al gedownload op %(when)s. Om veiligheidsredenen kan dat maar één keer; vraag een nieuwe export aan.")
                       % {"when": export.downloaded_at.astimezone(clock.BRUSSELS).strftime("%d/%m/%Y %H:%M")})
        if export.state == ExportState.EXPIRED:
            raise Gone(_("Deze export is verlopen: een export kan 7 dagen gedownload worden. Vraag een nieuwe export aan."))
        if export.state == ExportState.FAILED:
            raise Gone(_("Deze export kon niet gemaakt worden. Vraag een nieuwe export aan."))
        if export.state != ExportState.READY:
            raise NotReady(_("Deze export wordt nog gemaakt. Probeer het over enkele ogenblikken opnieuw."))
        path = folder(export) / "export.zip"
        data = path.read_bytes()
        wf.transition(export, "download", Who.of(principal), fields={"downloaded_at": clock.now()})
        record_access(principal.actor(), [export.person_id], "eigen gegevens: export gedownload (JSON en PDF)", Purpose.OWN_DATA, principal.channel)
        runner.unschedule(_expiry_name(export.pk))
        transaction.on_commit(lambda: shutil.rmtree(folder(export), ignore_errors=True))
    return zip_name(export), data


def build(export_id: int) -> str:
    """The task: collect, write the files, mark the export ready. Safe to run twice (only a requested export is built)."""
    from werkregie.people.models import Person

    export = OwnDataExport.objects.select_related("requested_by").filter(pk=export_id).first()
    if export is None or export.state != ExportState.REQUESTED:
        return "skipped"
    try:
        person = Person.all_objects.select_related("municipality").get(pk=export.person_id)
        user = export.requested_by
        actor = Actor(user_id=user.pk if user else None, label=(user.get_full_name() or user.username) if user else "platform",
                      role=Role.CITIZEN)
        # the collection itself is a read of all of the person's data, at their request
        record_access(actor, [person.pk], "eigen gegevens: export gemaakt (alle onderdelen)", Purpose.OWN_DATA, "web")
        now = clock.now()
        with translation.override("nl"):  # the export's titles and labels in Dutch, whoever runs the task
            content = collect.collect(person)
            document = {"format": FORMAT, "generated_at": now.isoformat(), "person_id": person.pk, "export_id": export.pk, **content}
            raw_json = json.dumps(document, ensure_ascii=False, indent=1, sort_keys=False).encode("utf-8")
            raw_pdf = pdf.render(content, f"{person.first_name} {person.last_name}", now.astimezone(clock.BRUSSELS).strftime("%d/%m/%Y %H:%M"))
        target = folder(export)
        target.mkdir(parents=True, exist_ok=True)
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("mijn-gegevens.json", raw_json)
            archive.writestr("mijn-gegevens.pdf", raw_pdf)
        (target / "export.zip").write_bytes(buffer.getvalue())
        (target / "export.zip").chmod(0o600)
    except Exception as exc:  # a failure is the export's state, shown to the person; the trace goes to the log
        log.exception("own data export %s failed", export_id)
        shutil.rmtree(folder(export), ignore_errors=True)
        wf.transition(export, "fail", PLATFORM, reason=f"{type(exc).__name__}: {exc}"[:500], fields={"error": f"{type(exc).__name__}"[:500]})
        return "failed"
    with transaction.atomic():
        wf.transition(export, "finish", PLATFORM, fields={
            "ready_at": now, "expires_at": now + KEEP, "sections": [s["key"] for s in content["sections"]],
            "json_sha256": hashlib.sha256(raw_json).hexdigest(), "pdf_sha256": hashlib.sha256(raw_pdf).hexdigest(),
            "size_bytes": len(buffer.getvalue())})
        runner.schedule_once(EXPIRE, export.pk, name=_expiry_name(export.pk), at=now + KEEP)
    return "ready"


def expire(export_id: int) -> str:
    """The task at the expiry (also run when an expired export is looked at): the files go, the row says so."""
    with transaction.atomic():
        export = OwnDataExport.objects.select_for_update().filter(pk=export_id).first()
        if export is None or export.state not in OPEN_STATES:
            return "skipped"
        if export.expires_at is not None and export.expires_at > clock.now():
            return "not yet"
        if export.expires_at is None and export.requested_at + KEEP > clock.now():
            return "not yet"  # still being made: a stuck build expires after the same 7 days
        wf.transition(export, "expire", PLATFORM)
        runner.unschedule(_expiry_name(export.pk))
        transaction.on_commit(lambda: shutil.rmtree(folder(export), ignore_errors=True))
    return "expired"
