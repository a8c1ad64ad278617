from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkflowsConfig(AppConfig):
    name = "werkregie.workflows"
    label = "workflows"
    verbose_name = _("Werkstromen")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from . import reasons  # noqa: F401 - registers the platform's coded reasons and task titles
