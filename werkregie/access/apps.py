from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccessConfig(AppConfig):
    name = "werkregie.access"
    label = "access"
    verbose_name = _("Toegangslogboek")

    def ready(self) -> None:
        from django.db.backends.signals import connection_created

        from . import dbguard

        connection_created.connect(dbguard.on_connection, dispatch_uid="access-log-flush-marker")
        dbguard.install_flush_marker()
