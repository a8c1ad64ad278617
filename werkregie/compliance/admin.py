"""Compliance cases in the Django admin: read only (every change goes through the workflow and its log)."""

from django.contrib import admin

from werkregie.access.admin_reads import LogsPersonalReads
from werkregie.web.admin_helpers import WorkflowStateAdmin

from .models import Case, Evidence


class ReadOnly(admin.ModelAdmin):
    def has_add_permission(self, request) -> bool:  # noqa: ANN001
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        return False

    def has_delete_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        return False


@admin.register(Case)
class CaseAdmin(LogsPersonalReads, WorkflowStateAdmin, ReadOnly):
    list_display = ("pk", "infringement", "state", "deadline", "proposed_decision", "decision", "decision_weeks", "occurred_on")
    list_filter = ("state", "infringement", "decision")
    raw_id_fields = ("person", "controller", "decided_by")


@admin.register(Evidence)
class EvidenceAdmin(LogsPersonalReads, ReadOnly):
    person_path = "case.person_id"
    list_display = ("pk", "case", "name", "content_type", "size", "uploaded_at")
    raw_id_fields = ("case", "uploaded_by")
