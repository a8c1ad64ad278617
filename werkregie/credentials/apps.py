from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CredentialsConfig(AppConfig):
    name = "werkregie.credentials"
    label = "credentials"
    verbose_name = _("Verifieerbare digitale bewijzen")
    default_auto_field = "django.db.models.BigAutoField"
