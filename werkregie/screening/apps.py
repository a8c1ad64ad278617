from django.apps import AppConfig


class ScreeningConfig(AppConfig):
    name = "werkregie.screening"
    label = "screening"
