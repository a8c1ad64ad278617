from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ComplianceConfig(AppConfig):
    name = "werkregie.compliance"
    label = "compliance"
    verbose_name = _("Controle en sancties")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from werkregie.core.text import guard_one_line_fields

        guard_one_line_fields(self)  # no control characters nor line breaks in one-line texts (titles, places, reasons)
        from werkregie.messaging.outbox import on_deemed_notification

        from . import messages, services, sweeps, workflows  # noqa: F401 - register the table, the message templates and the sweep
        from .common import RELATED

        # the hearing's response term and the appeal term start the moment the letter's deemed notification is known
        on_deemed_notification(RELATED, lambda case_id: services.sync_notifications([case_id]))
