from django.apps import AppConfig


class PrivacyConfig(AppConfig):
    name = "werkregie.privacy"
    verbose_name = "Privacy: export van eigen gegevens"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import workflows  # noqa: F401 - registers the export's transition table
