from django.contrib import admin

from .models import Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("name", "kind", "partner_type", "kbo_number", "municipality", "parent")
    list_filter = ("kind", "partner_type")
    search_fields = ("name", "kbo_number")
    autocomplete_fields = ("parent",)
    raw_id_fields = ("municipality",)
