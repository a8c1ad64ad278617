from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LearningConfig(AppConfig):
    name = "werkregie.learning"
    label = "learning"
    verbose_name = _("Leer- en loopbaanrekening")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import sweeps  # noqa: F401 - the nightly sweep (run by the task runner) expires unused credit
