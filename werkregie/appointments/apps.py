from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AppointmentsConfig(AppConfig):
    name = "werkregie.appointments"
    label = "appointments"
    verbose_name = _("Afspraken")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from werkregie.core.text import guard_one_line_fields

        guard_one_line_fields(self)  # no control characters nor line breaks in one-line texts (titles, places, reasons)
        from django.db.models.signals import post_save

        from . import messages, sweeps, workflows  # noqa: F401 - registrations
        from .models import Appointment
        from .reminders import on_save

        post_save.connect(on_save, sender=Appointment, dispatch_uid="appointments.reminders")
