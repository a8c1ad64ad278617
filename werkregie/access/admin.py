from django.contrib import admin

from .models import AccessLogEntry


@admin.register(AccessLogEntry)
class AccessLogEntryAdmin(admin.ModelAdmin):
    """Read-only: the log is append-only, and `werkregie audit verify` checks its chain."""

    list_display = ("seq", "at", "actor_label", "actor_role", "person_id", "what", "purpose", "channel", "shown")
    list_filter = ("purpose", "channel", "actor_role", "shown")
    search_fields = ("actor_label", "=person_id")

    def has_add_permission(self, request) -> bool:  # noqa: ANN001
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        return False

    def has_delete_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        return False
