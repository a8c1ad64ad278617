from django.apps import AppConfig


class MatchingConfig(AppConfig):
    name = "werkregie.matching"
    label = "matching"

    def ready(self) -> None:
        from . import signals  # noqa: F401 - keeps the match index in step with profiles and vacancies
