from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "werkregie.training"
    label = "training"
    verbose_name = _("Opleidingen")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import labels, workflows  # noqa: F401 - registers the booking's transition table and the step's texts
