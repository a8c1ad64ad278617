from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "werkregie.organisations"
    label = "organisations"
    verbose_name = _("Organisaties")

    def ready(self) -> None:
        from werkregie.core.text import guard_one_line_fields

        from . import workflows  # noqa: F401 - registers the membership's transition table

        guard_one_line_fields(self)  # no control, bidi or zero-width characters in what people type (names, labels, reasons)
