from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplianceConfig(AppConfig):
    name = "werkregie.compliance"
    label = "compliance"
    verbose_name = _("Controle en sancties")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import messages, sweeps, workflows  # noqa: F401 - register the table, the message templates and the sweep
