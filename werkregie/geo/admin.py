from django.contrib import admin

from .models import HistoricMunicipality, Municipality, PostalCode


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ("nis_code", "name_nl", "name_fr", "province_nl", "region", "population")
    list_filter = ("region", "province_nl")
    search_fields = ("nis_code", "name_nl", "name_fr")


@admin.register(HistoricMunicipality)
class HistoricMunicipalityAdmin(admin.ModelAdmin):
    list_display = ("nis_code", "name_nl", "successor", "population_2020")
    search_fields = ("nis_code", "name_nl")


@admin.register(PostalCode)
class PostalCodeAdmin(admin.ModelAdmin):
    list_display = ("code", "municipality")
    search_fields = ("code", "municipality__name_nl")
