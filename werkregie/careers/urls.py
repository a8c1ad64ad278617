"""Pages of careers; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import person_views, views

urlpatterns = [
    path("mijn-loopbaan/", views.home, name="careers_home"),
    path("mijn-loopbaan/doelberoepen/", views.add_target, name="careers_add_target"),
    path("mijn-loopbaan/doelberoepen/verwijderen/", views.remove_target, name="careers_remove_target"),
    path("mijn-loopbaan/delen/", views.share, name="careers_share"),
    path("mijn-loopbaan/delen/<int:share_id>/intrekken/", views.revoke_share, name="careers_revoke_share"),
    path("mijn-loopbaan/evc/aanvragen/", views.evc_request, name="careers_evc_request"),
    path("paspoort/<str:token>/", views.shared, name="careers_shared"),
    path("paspoort/<str:token>/<str:credential_id>.jwt", views.shared_download, name="careers_shared_download"),
    path("personen/<int:person_id>/loopbaan/", person_views.person_career, name="careers_person"),
    path("personen/<int:person_id>/competentievisum/", views.issue_visa, name="careers_visa"),
    path("personen/<int:person_id>/competentievisum/<int:visa_id>/intrekken/", views.revoke_visa, name="careers_visa_revoke"),
    path("evc/", views.evc_queue, name="careers_evc_queue"),
    path("evc/<int:request_id>/", views.evc_detail, name="careers_evc_detail"),
]
