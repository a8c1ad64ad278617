from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "werkregie.core"
    label = "core"
