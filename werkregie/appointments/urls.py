"""Pages of appointments; included at the site root by werkregie/web/urls.py."""

from django.urls import path  # noqa: F401

urlpatterns: list = []
