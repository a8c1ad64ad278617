from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "werkregie.training"
    label = "training"
    verbose_name = _("Opleidingen")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from werkregie.core.text import guard_one_line_fields

        from . import labels, messages, workflows  # noqa: F401 - registers the booking's transition table, texts and messages

        guard_one_line_fields(self)  # no control, bidi or zero-width characters in a title, a session id or a reason saved one by one
