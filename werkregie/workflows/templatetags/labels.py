"""`{% load labels %}{{ task.title|label }}`: a stored text in the reader's language (see werkregie.workflows.labels)."""

from django import template

from werkregie.workflows.labels import log_actor as _log_actor
from werkregie.workflows.labels import log_reason as _log_reason
from werkregie.workflows.labels import render

register = template.Library()


@register.filter(name="label")
def label(value: object) -> str:
    return render(value)


@register.filter(name="log_reason")
def log_reason(log: object) -> str:
    """`{{ entry|log_reason }}`: a transition-log entry's reason in the reader's language."""
    return _log_reason(log)


@register.filter(name="log_actor")
def log_actor(log: object) -> str:
    """`{{ entry|log_actor }}`: who made a logged transition, the role in the reader's language."""
    return _log_actor(log)
