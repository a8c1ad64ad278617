"""The career-signals routes (included from werkregie/urls.py; the careers app's own urls.py may include this too)."""

from django.urls import path

from . import signals_views

urlpatterns = [
    path("mijn-loopbaan/signalen/berichten/", signals_views.optin, name="careers_signals_optin"),
]
