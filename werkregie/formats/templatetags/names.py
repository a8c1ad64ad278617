"""{% load names %}: {{ code|language_name }}, {{ code|country_name }}, {{ episode.source|source_name }}, {{ level|language_level }}, {{ ring|ring_name }}
(formats/names.py)."""

from __future__ import annotations

from django import template

from werkregie.formats import names

register = template.Library()
register.filter("language_name", names.language_name)
register.filter("country_name", names.country_name)
register.filter("source_name", names.source_name)
register.filter("language_level", names.language_level)
register.filter("ring_name", names.ring_name)
