"""Pages of the municipalities domain; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("gemeente/samenwerking/", views.agreement_list, name="cooperation_agreements"),
    path("gemeente/samenwerking/nieuw/", views.agreement_edit, name="cooperation_agreement_new"),
    path("gemeente/samenwerking/<int:agreement_id>/", views.agreement_detail, name="cooperation_agreement"),
    path("gemeente/samenwerking/<int:agreement_id>/bewerken/", views.agreement_edit, name="cooperation_agreement_edit"),
    path("gemeente/leefloon/<int:person_id>/stappen/", views.client_steps, name="municipality_client_steps"),
    path("gemeente/leefloon/stappen/<int:step_id>/", views.step_edit, name="municipality_step_edit"),
    path("gemeente/leefloon/<int:person_id>/doorverwijzen/", views.client_refer, name="municipality_client_refer"),
    path("gemeente/doorverwijzen/", views.clients, name="municipality_referrals"),
]
