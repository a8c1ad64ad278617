from django.apps import AppConfig


class VacanciesConfig(AppConfig):
    name = "werkregie.vacancies"
    label = "vacancies"
