"""Pages of the learning account; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("mijn-loopbaan/leerrekening/", views.mine, name="learning_mine"),
    path("personen/<int:person_id>/leerrekening/", views.of_person, name="learning_person"),
]
