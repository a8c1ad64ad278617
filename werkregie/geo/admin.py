from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from werkregie.formats.numbers import format_number

from .models import HistoricMunicipality, Municipality, PostalCode


class ProvinceFilter(admin.AllValuesFieldListFilter):
    """The province filter: Brussels' municipalities have none (""), whose link had no text at all (axe "link-name",
    walk of issue 16); it reads "Geen provincie"."""

    def choices(self, changelist):  # noqa: ANN001, ANN201 - Django's signature
        for choice in super().choices(changelist):
            yield {**choice, "display": _("Geen provincie")} if not str(choice["display"]).strip() else choice


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ("nis_code", "name_nl", "name_fr", "province_nl", "region", "inhabitants")
    list_filter = ("region", ("province_nl", ProvinceFilter))
    search_fields = ("nis_code", "name_nl", "name_fr")

    @admin.display(description=Municipality._meta.get_field("population").verbose_name, ordering="population")
    def inhabitants(self, obj: Municipality) -> str:  # 263.927, not 263927 (walk of issue 16)
        return format_number(obj.population)


@admin.register(HistoricMunicipality)
class HistoricMunicipalityAdmin(admin.ModelAdmin):
    list_display = ("nis_code", "name_nl", "successor", "inhabitants")
    search_fields = ("nis_code", "name_nl")

    @admin.display(description=HistoricMunicipality._meta.get_field("population_2020").verbose_name, ordering="population_2020")
    def inhabitants(self, obj: HistoricMunicipality) -> str:
        return format_number(obj.population_2020)


@admin.register(PostalCode)
class PostalCodeAdmin(admin.ModelAdmin):
    list_display = ("code", "municipality")
    search_fields = ("code", "municipality__name_nl")
