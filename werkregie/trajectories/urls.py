"""Pages of trajectories; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import views

urlpatterns: list = [
    path("personen/<int:person_id>/traject/", views.trajectory_file, name="trajectory_file"),
    path("personen/<int:person_id>/traject/actie/", views.trajectory_action, name="trajectory_action"),
    path("mijn-afspraken/", views.my_appointments, name="my_appointments"),
    path("mijn-afspraken/<int:agreement_id>/aanvaarden/", views.my_agreement_accept, name="my_agreement_accept"),
    path("mijn-afspraken/stappen/<int:step_id>/bewijs/", views.my_step_evidence, name="my_step_evidence"),
    path("partner/stappen/", views.partner_steps, name="trajectory_partner_steps"),
    path("partner/stappen/<int:step_id>/", views.partner_step_update, name="trajectory_partner_step_update"),
    path("bewijsstukken/<int:evidence_id>/", views.evidence_download, name="trajectory_evidence"),
]
