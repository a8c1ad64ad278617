from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareersConfig(AppConfig):
    name = "werkregie.careers"
    label = "careers"
    verbose_name = _("Loopbaan")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from werkregie.core.text import guard_one_line_fields

        from . import messages, workflows  # noqa: F401 - registrations

        guard_one_line_fields(self)  # no control, bidi or zero-width characters in what people type (names, labels, reasons)
