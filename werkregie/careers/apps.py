from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareersConfig(AppConfig):
    name = "werkregie.careers"
    label = "careers"
    verbose_name = _("Loopbaan")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import messages, workflows  # noqa: F401 - registrations
