from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrajectoriesConfig(AppConfig):
    name = "werkregie.trajectories"
    label = "trajectories"
    verbose_name = _("Trajecten")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from werkregie.core.text import guard_one_line_fields

        guard_one_line_fields(self)  # no control characters nor line breaks in one-line texts (titles, places, reasons)
        from importlib.util import find_spec

        from werkregie.screening import hooks

        from . import workflows  # noqa: F401 - registers the transition tables
        from .use_cases import open_after_screening

        hooks.on_assessment_saved(open_after_screening)  # the trajectory opens with the assessment, in its transaction

        if find_spec("werkregie.messaging.templates"):
            from . import messages  # noqa: F401 - registers the message templates
        if find_spec("werkregie.worklist.sweep"):
            from . import sweeps  # noqa: F401 - registers the deadline-sweep contributor
