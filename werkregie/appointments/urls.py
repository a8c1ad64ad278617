"""Pages of appointments; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import views

urlpatterns = [
    path("agenda/", views.agenda, name="agenda"),
    path("agenda/publiceren/", views.publish, name="agenda_publish"),
    path("agenda.ics", views.agenda_ics, name="agenda_ics"),
    path("agenda/momenten/<int:slot_id>/intrekken/", views.withdraw, name="agenda_withdraw_slot"),
    path("agenda/afspraken/<int:appointment_id>/", views.detail, name="appointment_detail"),
    path("agenda/afspraken/<int:appointment_id>/bewijs/", views.proof, name="appointment_proof"),
    path("personen/<int:person_id>/uitnodigen/", views.invite, name="appointment_invite"),
    path("afspraak/boeken/<str:token>/", views.book, name="appointment_book"),
    path("afspraak/<int:appointment_id>.ics", views.appointment_ics, name="appointment_ics"),
    path("afspraak/<int:appointment_id>/vrijgeven/", views.unbook, name="appointment_unbook"),
    path("afspraak/<int:appointment_id>/verontschuldiging/", views.excuse, name="appointment_excuse"),
    path("afspraken/", views.mine, name="appointments_mine"),
]
