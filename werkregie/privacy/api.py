"""/api/v1/me/export: the citizen's export of their own data (GDPR access and portability)."""

from __future__ import annotations

import datetime

from django.http import HttpRequest, HttpResponse
from ninja import Router, Schema
from ninja.responses import Status
from pydantic import Field

from . import use_cases
from .models import OwnDataExport

router = Router(tags=["me"])


class ExportOut(Schema):
    id: int
    state: str = Field(description="requested, ready, downloaded, expired or failed")
    state_label: str
    requested_at: datetime.datetime
    ready_at: datetime.datetime | None
    expires_at: datetime.datetime | None = Field(description="after this moment the files are deleted (7 days after they were made)")
    downloaded_at: datetime.datetime | None = Field(description="the one download; the files are deleted with it")
    sections: list[str] = Field(description="the sections in the export")
    json_sha256: str
    pdf_sha256: str
    download: str | None = Field(description="the download link while the export is ready")


def out(export: OwnDataExport) -> dict:
    return {
        "id": export.pk, "state": export.state, "state_label": str(export.state_label), "requested_at": export.requested_at,
        "ready_at": export.ready_at, "expires_at": export.expires_at, "downloaded_at": export.downloaded_at, "sections": export.sections or [],
        "json_sha256": export.json_sha256, "pdf_sha256": export.pdf_sha256,
        "download": f"/api/v1/me/export/{export.pk}/download" if export.state == "ready" else None,
    }


@router.post("", response={202: ExportOut}, summary="Ask for an export of all my data (JSON and PDF, made in the background)")
def request_export(request: HttpRequest) -> Status:
    return Status(202, out(use_cases.request_export(request.auth)))


@router.get("/{export_id}", response=ExportOut, summary="The state of my export")
def export_status(request: HttpRequest, export_id: int) -> dict:
    return out(use_cases.get_export(request.auth, export_id))


@router.get("/{export_id}/download", response={200: None}, summary="Download my export once (a ZIP with the JSON and the PDF); 410 after that")
def export_download(request: HttpRequest, export_id: int) -> HttpResponse:
    name, data = use_cases.download(request.auth, export_id)
    response = HttpResponse(data, content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
