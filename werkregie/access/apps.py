from django.apps import AppConfig


class AccessConfig(AppConfig):
    name = "werkregie.access"
    label = "access"
