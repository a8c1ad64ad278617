"""Issue 16 (walk of 2 December): Django's split date/time field is two inputs with no label of their own (axe: "label",
critical). Only the task-schedule and organisation admins had the labelled widget; every admin's form with a date-time
field, inlines included, now names both inputs."""

import pytest
from django.contrib import admin
from django.contrib.admin import widgets
from django.test import RequestFactory

from werkregie.web.admin_helpers import LabelledSplitDateTime


def _split_widgets(form_class) -> list[tuple[str, object]]:  # noqa: ANN001
    return [(name, field.widget) for name, field in form_class.base_fields.items() if isinstance(field.widget, widgets.AdminSplitDateTime)]


@pytest.fixture
def request_of_a_superuser(db, admin_user):
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    return request


def test_every_admin_form_labels_both_inputs_of_a_date_time_field(request_of_a_superuser):
    unlabelled, seen = [], 0
    for model, model_admin in admin.site._registry.items():
        if not model_admin.has_add_permission(request_of_a_superuser):
            continue  # a read-only admin (the task queue's results) shows its dates as text
        forms = [(model_admin, model_admin.get_form(request_of_a_superuser))]
        forms += [(inline, inline.get_formset(request_of_a_superuser).form) for inline in model_admin.get_inline_instances(request_of_a_superuser)]
        for owner, form in forms:
            for name, widget in _split_widgets(form):
                seen += 1
                if not isinstance(widget, LabelledSplitDateTime):
                    unlabelled.append(f"{model._meta.label} ({type(owner).__name__}).{name}")
    assert seen >= 3, "the check saw too few date-time fields: it could not fail"  # task schedule, organisation, more
    assert not unlabelled, unlabelled


def test_the_labelled_inputs_render_a_name_each(request_of_a_superuser):
    html = LabelledSplitDateTime().render("when", None)
    assert html.count('aria-label="Datum"') == 1 and html.count('aria-label="Tijd"') == 1
