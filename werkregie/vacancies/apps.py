from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VacanciesConfig(AppConfig):
    name = "werkregie.vacancies"
    label = "vacancies"
    verbose_name = _("Vacatures en sollicitaties")

    def ready(self) -> None:
        from . import closing, labels, messages, sweeps, titles, workflows  # noqa: F401 - registers the worklist texts, the message templates, the sweep, a log reason and the transition tables
