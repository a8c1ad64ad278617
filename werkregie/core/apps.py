from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "werkregie.core"
    label = "core"
    verbose_name = _("Kern")

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from . import sqlite

        connection_created.connect(sqlite.on_connection, dispatch_uid="sqlite-write-ahead-log")
