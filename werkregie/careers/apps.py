from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CareersConfig(AppConfig):
    name = "werkregie.careers"
    label = "careers"
    verbose_name = _("Loopbaan")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from django.db.models.signals import post_save

        from werkregie.core.text import guard_one_line_fields

        from . import messages, workflows  # noqa: F401 - registrations
        from .certified import on_credential_saved

        # a credential that certifies skills makes them certified competences (certified.py)
        post_save.connect(on_credential_saved, sender="credentials.Credential", dispatch_uid="careers.certified_from_credentials")

        guard_one_line_fields(self)  # no control, bidi or zero-width characters in what people type (names, labels, reasons)
