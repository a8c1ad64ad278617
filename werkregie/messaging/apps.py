from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MessagingConfig(AppConfig):
    name = "werkregie.messaging"
    label = "messaging"
    verbose_name = _("Berichten")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import messages, workflows  # noqa: F401 - registers the message table and the platform's own templates
