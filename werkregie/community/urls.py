"""Pages of community; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("gemeente/gemeenschapsdienst/", views.planning, name="community_planning"),
    path("gemeente/gemeenschapsdienst/activiteiten/nieuw/", views.activity_new, name="community_activity_new"),
    path("gemeente/gemeenschapsdienst/activiteiten/<int:activity_id>/", views.activity_edit, name="community_activity"),
    path("gemeente/gemeenschapsdienst/in-aanmerking/", views.eligible, name="community_eligible"),
    path("gemeente/gemeenschapsdienst/vrijstelling/<int:person_id>/", views.exemption, name="community_exemption"),
    path("gemeente/gemeenschapsdienst/toewijzingen/<int:assignment_id>/", views.assignment, name="community_assignment"),
    path("gemeente/gemeenschapsdienst/uren/", views.hours, name="community_hours"),
]
