from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "werkregie.organisations"
    label = "organisations"
    verbose_name = _("Organisaties")

    def ready(self) -> None:
        from . import workflows  # noqa: F401 - registers the membership's transition table
