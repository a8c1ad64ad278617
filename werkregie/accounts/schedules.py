"""The scheduled tasks in words: each domain declares its jobs by a stable (English, technical) name and a dotted
function; the administrator's task schedule shows them by a Dutch name per function (French and English via i18n)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _


def task_labels() -> dict[str, object]:
    """Dotted task function → its name as the administrator reads it."""
    from werkregie.appointments.reminders import TASK as REMINDER
    from werkregie.batch.tasks import NAMES as BATCH
    from werkregie.careers.signal_messages import TASK as SIGNALS
    from werkregie.kpis.tasks import REFRESH
    from werkregie.messaging.runner import RETRY, SWEEP
    from werkregie.privacy.use_cases import EXPIRE

    screening, matching = (func for func, _hour, _minute in BATCH.values())
    return {
        "werkregie.access.checkpoints.publish_task": _("Toegangslog: controlepunt publiceren (elk uur)"),
        REFRESH: _("Kerncijfers bijwerken (dagelijks)"),
        SIGNALS: _("Loopbaansignalen versturen (dagelijks, hoogstens maandelijks per persoon)"),
        SWEEP: _("Termijnen nagaan (dagelijks)"),
        RETRY: _("Berichten: mislukte verzendingen opnieuw proberen (elke 5 minuten)"),
        screening: _("Screeningsscores berekenen (dagelijks)"),
        matching: _("Nachtelijke matching (dagelijks)"),
        REMINDER: _("Herinnering voor een afspraak (eenmalig)"),
        EXPIRE: _("Gegevensexport vervalt (eenmalig)"),
    }


def task_label(func: str, name: str = "") -> str:
    """The Dutch name of a scheduled task; a task no domain names here keeps its stored name."""
    return str(task_labels().get(func, name or func))
