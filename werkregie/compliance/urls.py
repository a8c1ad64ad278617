"""Pages of compliance; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("controle/dossiers/", views.case_list, name="compliance_cases"),
    path("controle/dossiers/<int:pk>/", views.case_detail, name="compliance_case"),
    path("controle/dossiers/<int:pk>/bewijs/", views.case_evidence, name="compliance_case_evidence"),
    path("controle/dossiers/<int:pk>/bewijs/<int:evidence_id>/", views.evidence_download, name="compliance_evidence_download"),
    path("controle/dossiers/<int:pk>/berichten/<int:message_id>/bewijs.pdf", views.message_evidence, name="compliance_message_evidence"),
    path("controle/dossiers/<int:pk>/<slug:action>/", views.case_action, name="compliance_case_action"),
    path("controle/afwijkingen/", views.deviations, name="compliance_deviations"),
    path("controle/weigering/", views.refusal, name="compliance_refusal"),
    path("controle/personen/<int:person_id>/", views.person_cases, name="compliance_person_cases"),
    path("mijn-dossier/", views.my_cases, name="compliance_my_cases"),
    path("mijn-dossier/<int:pk>/", views.my_case, name="compliance_my_case"),
    path("mijn-dossier/<int:pk>/bewijs/<int:evidence_id>/", views.evidence_download, name="compliance_my_evidence"),
    path("mijn-dossier/<int:pk>/<slug:action>/", views.my_case_action, name="compliance_my_case_action"),
]
