"""Pages of the KPIs; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("kerncijfers/", views.dashboard, name="kpi_dashboard"),
    path("kerncijfers/gemeente/", views.municipality, name="kpi_municipality"),
    path("kerncijfers/gemeente/rapport.pdf", views.municipality_report, name="kpi_municipality_report"),
    path("kerncijfers/gemeente/export.csv", views.municipality_export, name="kpi_municipality_export"),
    path("kerncijfers/gemeente/export.xlsx", views.municipality_export, {"kind": "xlsx"}, name="kpi_municipality_export_xlsx"),
    path("kerncijfers/management/", views.management, name="kpi_management"),
    path("kerncijfers/catalogus/", views.catalogue_page, name="kpi_catalogue"),
    path("kerncijfers/export.csv", views.export, name="kpi_export"),
    path("kerncijfers/export.xlsx", views.export_xlsx, name="kpi_export_xlsx"),
]
