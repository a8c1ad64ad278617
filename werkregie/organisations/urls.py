"""Pages of employers' accounts; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("werkgever/toegang/", views.request_access, name="employer_request"),
    path("werkgever/organisatie/", views.my_employer, name="my_employer"),
    path("werkgevers/aanvragen/", views.employer_requests, name="employer_requests"),
    path("werkgevers/<int:organisation_id>/", views.employer_page, name="employer_page"),
]
