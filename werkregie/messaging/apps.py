from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MessagingConfig(AppConfig):
    name = "werkregie.messaging"
    label = "messaging"
    verbose_name = _("Berichten")
    default_auto_field = "django.db.models.BigAutoField"
