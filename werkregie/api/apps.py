from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "werkregie.api"
    label = "api"
