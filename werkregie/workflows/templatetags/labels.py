"""`{% load labels %}{{ task.title|label }}`: a stored text in the reader's language (see werkregie.workflows.labels)."""

from django import template

from werkregie.workflows.labels import render

register = template.Library()


@register.filter(name="label")
def label(value: object) -> str:
    return render(value)
