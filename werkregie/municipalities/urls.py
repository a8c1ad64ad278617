"""Pages of the municipalities domain; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("gemeente/samenwerking/", views.agreement_list, name="cooperation_agreements"),
    path("gemeente/samenwerking/<int:agreement_id>/", views.agreement_detail, name="cooperation_agreement"),
    path("gemeente/doorverwijzen/", views.clients, name="municipality_referrals"),
]
