from django.contrib import admin

from .models import Vacancy


@admin.register(Vacancy)
class VacancyAdmin(admin.ModelAdmin):
    list_display = ("title", "employer", "municipality", "open", "created_at")
    list_filter = ("open",)
    search_fields = ("title", "employer__name")
    raw_id_fields = ("employer", "municipality")
