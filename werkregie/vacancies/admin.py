from django.contrib import admin

from werkregie.web.admin_helpers import WorkflowStateAdmin

from .models import Vacancy


@admin.register(Vacancy)
class VacancyAdmin(WorkflowStateAdmin):  # the state in words, read only: it moves through the workflow
    list_display = ("title", "employer", "municipality", "state", "open", "created_at")
    list_filter = ("state", "open")
    search_fields = ("title", "employer__name")
    raw_id_fields = ("employer", "municipality")
