from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "werkregie.web"
    label = "web"
