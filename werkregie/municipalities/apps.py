from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MunicipalitiesConfig(AppConfig):
    name = "werkregie.municipalities"
    label = "municipalities"
    verbose_name = _("Gemeenten en samenwerking")
    default_auto_field = "django.db.models.BigAutoField"
