"""Administration of accounts and tokens. Persons are deliberately not in the Django admin: the admin role consults
them through the register's own pages, which check the purpose and write the access log."""

from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin

from .models import ApiToken, User


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ("username", "first_name", "last_name", "role", "organisation", "is_active")
    list_filter = ("role", "is_active")
    fieldsets = BaseUserAdmin.fieldsets + (("werkregie", {"fields": ("role", "organisation", "oidc_subject")}),)
    raw_id_fields = ("organisation",)
    search_fields = ("username", "first_name", "last_name")


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("name", "prefix", "user", "scopes", "created_at", "expires_at", "revoked_at")
    readonly_fields = ("prefix", "key_hash", "created_at")
    raw_id_fields = ("user",)

    def has_add_permission(self, request) -> bool:  # noqa: ANN001 - tokens are issued by command or API, shown once
        return False
