"""The export's transition table: requested → ready (the task runner made the files) → downloaded (once, by the
person; the files are deleted) or expired (7 days after it was ready; the files are deleted); requested → failed."""

from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.workflows.tables import SYSTEM, Workflow, describe, register, t

from .enums import ExportState

EXPORT = register(Workflow(
    name="own_data_export",
    states={s.value: s.label for s in ExportState},
    initial=ExportState.REQUESTED,
    transitions=(
        t("finish", ExportState.REQUESTED, ExportState.READY, {SYSTEM}, _("Klaar")),
        t("fail", ExportState.REQUESTED, ExportState.FAILED, {SYSTEM}, _("Mislukt")),
        t("download", ExportState.READY, ExportState.DOWNLOADED, {Role.CITIZEN}, _("Downloaden")),
        t("expire", {ExportState.READY, ExportState.REQUESTED}, ExportState.EXPIRED, {SYSTEM}, _("Verlopen")),
    ),
    terminal=frozenset({ExportState.DOWNLOADED, ExportState.EXPIRED, ExportState.FAILED}),
))

describe("own_data_export", _("Export van eigen gegevens"))
