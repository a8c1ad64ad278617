"""What every app's admin shares. A row that moves through a declared workflow (werkregie.workflows) stores its state
as a code ("opened", "closed"): `WorkflowStateAdmin` shows the workflow's label in the reader's language instead, in
the list, the filter and the detail page, and still sorts and filters on the stored code. `label_every_datetime` gives
the two inputs of every admin's date-and-time fields a name each."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.admin import widgets
from django.db import models
from django.utils.translation import gettext_lazy as _

from werkregie.workflows.tables import REGISTRY


class LabelledSplitDateTime(widgets.AdminSplitDateTime):
    """Django's split date/time field: two inputs under one legend, neither with a label of its own (axe: "label",
    critical; walk of 2 December). Each input is named "Datum" / "Tijd"."""

    def get_context(self, name, value, attrs):  # noqa: ANN001, ANN201 - Django's signature
        context = super().get_context(name, value, attrs)
        for subwidget, label in zip(context["widget"]["subwidgets"], (_("Datum"), _("Tijd")), strict=True):
            subwidget["attrs"]["aria-label"] = str(label)
        return context


def label_every_datetime(site: admin.AdminSite) -> None:
    """Every admin's date-and-time fields with the labelled inputs (walk of issue 16: only the two admins that named
    the widget had them; every other editable date-time field was two unlabelled inputs). Called once the admins are
    registered (WebConfig.ready, after the admin app's autodiscover): the registered admins copied Django's defaults
    when they were made, the inlines (made per request) read the defaults changed here."""
    from django.contrib.admin import options

    options.FORMFIELD_FOR_DBFIELD_DEFAULTS[models.DateTimeField] = {
        **options.FORMFIELD_FOR_DBFIELD_DEFAULTS.get(models.DateTimeField, {}), "widget": LabelledSplitDateTime}
    for model_admin in site._registry.values():
        overrides = model_admin.formfield_overrides.setdefault(models.DateTimeField, {})
        if overrides.get("widget", widgets.AdminSplitDateTime) is widgets.AdminSplitDateTime:
            overrides["widget"] = LabelledSplitDateTime


class WorkflowStateFilter(admin.SimpleListFilter):
    title = _("toestand")
    parameter_name = "state"

    def lookups(self, request, model_admin):  # noqa: ANN001, ANN201 - Django's signature
        workflow = REGISTRY[model_admin.model.workflow_name]
        return [(code, workflow.label(code)) for code in workflow.states]

    def queryset(self, request, queryset):  # noqa: ANN001, ANN201
        return queryset.filter(state=self.value()) if self.value() else queryset


class WorkflowStateAdmin(admin.ModelAdmin):
    """Put before the admin's other bases: `state` in list_display, list_filter, fields or readonly_fields shows the
    workflow's label."""

    @admin.display(description=_("toestand"), ordering="state")
    def state_in_words(self, obj) -> str:  # noqa: ANN001
        return obj.state_label

    @staticmethod
    def _swap(names, replacement) -> list:  # noqa: ANN001
        swapped = [replacement if name == "state" else name for name in names]
        return [name for i, name in enumerate(swapped) if name not in swapped[:i]]

    def get_list_display(self, request):  # noqa: ANN001, ANN201
        return self._swap(super().get_list_display(request), "state_in_words")

    def get_list_filter(self, request):  # noqa: ANN001, ANN201
        return self._swap(super().get_list_filter(request), WorkflowStateFilter)

    def get_fields(self, request, obj=None):  # noqa: ANN001, ANN201
        return self._swap(super().get_fields(request, obj), "state_in_words")

    def get_readonly_fields(self, request, obj=None):  # noqa: ANN001, ANN201
        return self._swap([*super().get_readonly_fields(request, obj), "state"], "state_in_words")
