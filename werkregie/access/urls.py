from django.urls import path

from . import views

urlpatterns = [
    path("mijn-gegevens/raadplegingen/", views.my_consultations, name="my_consultations"),
]
