from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import AccessLogEntry


@admin.register(AccessLogEntry)
class AccessLogEntryAdmin(admin.ModelAdmin):
    """Read-only: the log is append-only, and `werkregie audit verify` checks its chain."""

    list_display = ("seq", "at", "actor_label", "role", "person_id", "what", "purpose", "channel", "shown")
    list_filter = ("purpose", "channel", "actor_role", "shown")
    search_fields = ("actor_label", "=person_id")

    @admin.display(description=_("rol"), ordering="actor_role")
    def role(self, obj: AccessLogEntry) -> str:
        """The actor's role in words ("bemiddelaar", "bezoeker van uw gedeelde link"), not its code."""
        from .citizen import role_labels

        return str(role_labels().get(obj.actor_role, obj.actor_role))

    def has_add_permission(self, request) -> bool:  # noqa: ANN001
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        return False

    def has_delete_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        return False
