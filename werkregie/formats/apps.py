from django.apps import AppConfig


class FormatsConfig(AppConfig):
    """Belgian formats: the format modules (nl, fr, en) and the one amount parser (numbers.py); an app for its catalogue."""

    name = "werkregie.formats"
    label = "formats"
    default_auto_field = "django.db.models.BigAutoField"
