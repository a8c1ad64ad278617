from django.apps import AppConfig


class RulesConfig(AppConfig):
    name = "werkregie.rules"
    label = "rules"
