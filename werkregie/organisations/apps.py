from django.apps import AppConfig


class OrganisationsConfig(AppConfig):
    name = "werkregie.organisations"
    label = "organisations"
