from django.apps import AppConfig


class GeoConfig(AppConfig):
    name = "werkregie.geo"
    label = "geo"
