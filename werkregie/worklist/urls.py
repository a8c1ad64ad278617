"""Pages of worklist; included at the site root by werkregie/web/urls.py."""

from django.urls import path

from . import views

urlpatterns: list = [
    path("werklijst/", views.worklist, name="worklist"),
    path("werklijst/volgende/", views.next_task, name="worklist_next"),
    path("werklijst/taken/<int:task_id>/afgewerkt/", views.complete, name="worklist_complete"),
]
