from django.contrib import admin

from werkregie.web.admin_helpers import LABELLED_DATETIME

from .models import Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "partner_type", "kbo_number", "municipality", "parent")
    list_filter = ("kind", "partner_type")
    search_fields = ("name", "kbo_number")
    autocomplete_fields = ("parent",)
    raw_id_fields = ("municipality",)
    formfield_overrides = LABELLED_DATETIME
