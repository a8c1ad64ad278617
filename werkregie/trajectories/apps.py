from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrajectoriesConfig(AppConfig):
    name = "werkregie.trajectories"
    label = "trajectories"
    verbose_name = _("Trajecten")
    default_auto_field = "django.db.models.BigAutoField"
