from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KpisConfig(AppConfig):
    name = "werkregie.kpis"
    label = "kpis"
    verbose_name = _("Kerncijfers")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import signals  # noqa: F401 - marks persons whose KPI contributions must be recomputed
