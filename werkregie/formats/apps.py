from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormatsConfig(AppConfig):
    """Belgian formats: the format modules (nl, fr, en) and the one amount parser (numbers.py); an app for its catalogue."""

    name = "werkregie.formats"
    label = "formats"
    verbose_name = _("Belgische notatie")
    default_auto_field = "django.db.models.BigAutoField"
