from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "werkregie.people"
    label = "people"
