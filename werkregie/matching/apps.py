from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "werkregie.matching"
    label = "matching"
    verbose_name = _("Matching van vacatures en competenties")

    def ready(self) -> None:
        from django.conf import settings

        from werkregie.core.text import guard_one_line_fields

        from . import signals  # noqa: F401 - keeps the match index in step with profiles and vacancies
        from .engine import fitted

        fitted.CACHE_DIR = settings.DERIVED_DIR  # the fitted n-gram indexes, kept between processes
        guard_one_line_fields(self)  # no control, bidi or zero-width characters in what people type (names, labels, reasons)
