from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .models import AccessLogEntry


def _role_words() -> dict[str, str]:
    """The actor roles in words for staff: the citizen's own page says "your shared link", the admin reads whose."""
    from .citizen import role_labels

    return {**role_labels(), "shared_link": _("bezoeker van een gedeelde link van de persoon")}


class ActorRoleFilter(admin.SimpleListFilter):
    title = _("rol")
    parameter_name = "actor_role"

    def lookups(self, request, model_admin):  # noqa: ANN001, ANN201 - Django's signature
        words = _role_words()
        present = model_admin.get_queryset(request).values_list("actor_role", flat=True).distinct().order_by("actor_role")
        return [(code, words.get(code, code)) for code in present]

    def queryset(self, request, queryset):  # noqa: ANN001, ANN201
        return queryset.filter(actor_role=self.value()) if self.value() else queryset


@admin.register(AccessLogEntry)
class AccessLogEntryAdmin(admin.ModelAdmin):
    """Read-only: the log is append-only, and `werkregie audit verify` checks its chain."""

    list_display = ("seq", "at", "actor_label", "role", "person_id", "what_in_words", "purpose", "channel", "shown")
    # newest first (walk and attack: the list opened on the oldest reads); seq is unique and follows `at`, so the
    # order is total and its pages neither repeat nor skip an entry (the model's own order stays the chain's: seq)
    ordering = ("-seq",)
    list_filter = ("purpose", "channel", ActorRoleFilter, "shown")
    search_fields = ("actor_label", "=person_id")

    @admin.display(description=_("rol"), ordering="actor_role")
    def role(self, obj: AccessLogEntry) -> str:
        """The actor's role in words ("bemiddelaar", "bezoeker van een gedeelde link van de persoon"), not its code."""
        return str(_role_words().get(obj.actor_role, obj.actor_role))

    @admin.display(description=_("wat"), ordering="what")
    def what_in_words(self, obj: AccessLogEntry) -> str:
        """What was read, its codes in words (walk of stop 28: "persoonsgegevens: address, consents, …" in the admin)."""
        from .citizen import describe_what

        return describe_what(obj.what)

    def has_add_permission(self, request) -> bool:  # noqa: ANN001
        return False

    def has_change_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        return False

    def has_delete_permission(self, request, obj=None) -> bool:  # noqa: ANN001
        return False
