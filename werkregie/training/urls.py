from django.urls import path

from . import views

urlpatterns = [
    path("mijn-loopbaan/opleidingen/", views.guide_page, name="training_guide"),
    path("mijn-loopbaan/opleidingen/sessies/<int:session_id>/inschrijven/", views.book, name="training_book"),
    path("mijn-loopbaan/opleidingen/inschrijvingen/<int:booking_id>/annuleren/", views.cancel, name="training_cancel"),
    path("opleidingen/<int:course_id>/", views.course_page, name="training_course"),
    path("opleidingen/aanbieders/", views.providers_page, name="training_providers"),
    path("opleidingen/aanbieders/<int:provider_id>/", views.provider_page, name="training_provider"),
    path("opleidingen/inschrijvingen/<int:booking_id>/gevolgd/", views.complete, name="training_complete"),
]
