"""Administration of accounts and tokens. Persons are deliberately not in the Django admin: the admin role consults
them through the register's own pages, which check the purpose and write the access log."""

import django_q.admin as q_admin  # registered here first, then shown through the Dutch-named proxies below
from axes import admin as axes_admin
from axes import models as axes_models
from django import forms
from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin as BaseGroupAdmin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.contrib.auth.models import Group, Permission
from django.urls import reverse, reverse_lazy
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext, gettext_lazy
from django_q import models as q_models

from werkregie.access.admin_reads import LogsPersonalReads

from .models import ApiToken, LoginAttempt, LoginFailure, LoginRecord, TaskDone, TaskFailed, TaskQueued, TaskSchedule, User

# the admin's own words in the platform's name (Django's default reads "Django-beheer")
admin.site.site_header = admin.site.site_title = gettext_lazy("werkregie — beheer")
admin.site.index_title = gettext_lazy("Beheer van het platform")
# "Website bekijken" leads to the register: "/" lands an administrator back here (HOME_BY_ROLE in web/views.py)
admin.site.site_url = reverse_lazy("caseload")


class TaskScheduleAdmin(q_admin.ScheduleAdmin):
    """django-q2's schedule list links each last run to the admin page of its own Success/Failure models, which the
    platform shows through the Dutch-named proxies instead: the link goes to those (the list answered 500)."""


    def get_last_run(self, obj):  # noqa: ANN001, ANN201 - django-q2's signature
        if obj.task_name is None:
            return None
        name = "admin:accounts_taskdone_change" if obj.task_success else "admin:accounts_taskfailed_change"
        return format_html('<a href="{}">[{}]</a>', reverse(name, args=(obj.task_id,)), obj.task_name)

    get_last_run.short_description = q_admin.ScheduleAdmin.get_last_run.short_description

    # the stored name stays the domains' stable key; the list shows the task's Dutch name (accounts/schedules.py)
    list_display = tuple("named" if column == "name" else column for column in q_admin.ScheduleAdmin.list_display)
    list_display_links = tuple("named" if column == "name" else column for column in q_admin.ScheduleAdmin.list_display_links or ())

    @admin.display(description=gettext_lazy("taak"), ordering="name")
    def named(self, obj) -> str:  # noqa: ANN001 - a Schedule ("task" is the model's own field: the last task id)
        from .schedules import task_label

        return task_label(obj.func, obj.name)


for _model, _proxy, _admin in ((axes_models.AccessAttempt, LoginAttempt, axes_admin.AccessAttemptAdmin),
                               (axes_models.AccessLog, LoginRecord, axes_admin.AccessLogAdmin),
                               (axes_models.AccessFailureLog, LoginFailure, axes_admin.AccessFailureLogAdmin),
                               (q_models.Success, TaskDone, q_admin.TaskAdmin), (q_models.Failure, TaskFailed, q_admin.FailAdmin),
                               (q_models.Schedule, TaskSchedule, TaskScheduleAdmin), (q_models.OrmQ, TaskQueued, q_admin.QueueAdmin)):
    if admin.site.is_registered(_model):
        admin.site.unregister(_model)
    admin.site.register(_proxy, _admin)


# Django stores a permission's name once, in English ("Can add user"), when the tables are made; the admin names it at
# display time in the reader's language instead, so that a language switch never shows the stored English
PERMISSION_ACTIONS = {"add": gettext_lazy("Mag %(model)s toevoegen"), "change": gettext_lazy("Mag %(model)s wijzigen"),
                      "delete": gettext_lazy("Mag %(model)s verwijderen"), "view": gettext_lazy("Mag %(model)s bekijken")}


def permission_label(permission: Permission) -> str:
    """"Gebruikers en rechten | Gebruiker | Mag gebruiker toevoegen" for Django's "accounts | user | Can add user"."""
    model = permission.content_type.model_class()
    if model is None:  # a content type left behind by a removed model
        return f"{permission.content_type} | {gettext(permission.name)}"
    meta = model._meta
    action, _sep, model_name = permission.codename.partition("_")
    if action in PERMISSION_ACTIONS and model_name == meta.model_name:
        sentence = PERMISSION_ACTIONS[action] % {"model": meta.verbose_name}
    else:
        sentence = gettext(permission.name)  # a permission declared in Meta.permissions: its name is a Dutch msgid
    return f"{capfirst(meta.app_config.verbose_name)} | {capfirst(meta.verbose_name)} | {sentence}"


class PermissionChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj: Permission) -> str:
        return permission_label(obj)


class PermissionsInWords:
    """The permission pickers of the user and group pages, named in the reader's language."""

    def formfield_for_manytomany(self, db_field, request, **kwargs):  # noqa: ANN001, ANN201 - Django's signature
        if db_field.related_model is Permission:
            kwargs["form_class"] = PermissionChoiceField
        return super().formfield_for_manytomany(db_field, request, **kwargs)


if admin.site.is_registered(Group):
    admin.site.unregister(Group)


@admin.register(Group)
class GroupAdmin(PermissionsInWords, BaseGroupAdmin):
    pass


@admin.register(User)
class UserAdmin(LogsPersonalReads, PermissionsInWords, BaseUserAdmin):
    list_display = ("username", "first_name", "last_name", "role", "organisation", "is_active")
    list_filter = ("role", "is_active")
    fieldsets = BaseUserAdmin.fieldsets + (("werkregie", {"fields": ("role", "organisation", "oidc_subject")}),)
    raw_id_fields = ("organisation",)
    search_fields = ("username", "first_name", "last_name")


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ("name", "prefix", "user", "scopes", "created_at", "expires_at", "revoked_at")
    readonly_fields = ("prefix", "key_hash", "created_at")
    raw_id_fields = ("user",)

    def has_add_permission(self, request) -> bool:  # noqa: ANN001 - tokens are issued by command or API, shown once
        return False
