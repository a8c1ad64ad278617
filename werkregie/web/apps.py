from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WebConfig(AppConfig):
    name = "werkregie.web"
    label = "web"
    verbose_name = _("Webpagina's")

    def ready(self) -> None:
        from django.contrib import admin

        from .admin_helpers import label_every_datetime

        label_every_datetime(admin.site)
