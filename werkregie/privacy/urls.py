from django.urls import path

from . import views

urlpatterns = [
    path("mijn-gegevens/export/", views.request_export, name="privacy_request_export"),
    path("mijn-gegevens/export/<int:export_id>/", views.export_page, name="privacy_export"),
    path("mijn-gegevens/export/<int:export_id>/download/", views.download, name="privacy_download"),
]
