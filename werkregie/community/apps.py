from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommunityConfig(AppConfig):
    name = "werkregie.community"
    label = "community"
    verbose_name = _("Gemeenschapsdienst en wijk-werken")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from werkregie.core.text import guard_one_line_fields

        guard_one_line_fields(self)  # no control characters nor line breaks in one-line texts (titles, places, reasons)
        from . import messages, sweeps, workflows  # noqa: F401 - registers the templates, the sweep and the transition table
