"""Pages of messaging; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("mijn-berichten/", views.my_messages, name="my_messages"),
    path("mijn-berichten/<int:message_id>/", views.my_message, name="my_message"),
    path("mijn-berichten/<int:message_id>/bewijs.pdf", views.my_evidence, name="my_message_evidence"),
    path("personen/<int:person_id>/berichten/", views.person_messages, name="person_messages"),
    path("personen/<int:person_id>/berichten/<int:message_id>/", views.person_message, name="person_message"),
    path("personen/<int:person_id>/berichten/<int:message_id>/bewijs.pdf", views.person_evidence, name="person_message_evidence"),
    path("berichten/digitale-ondersteuning/", views.digital_support, name="digital_support"),
    path("berichten/afleverrapporten/", views.delivery_reports, name="delivery_reports"),
]
