from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MunicipalitiesConfig(AppConfig):
    name = "werkregie.municipalities"
    label = "municipalities"
    verbose_name = _("Gemeenten en samenwerking")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from werkregie.core.text import guard_one_line_fields

        guard_one_line_fields(self)  # no control characters nor line breaks in one-line texts, whoever saves them
