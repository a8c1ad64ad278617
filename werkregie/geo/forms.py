"""A municipality asked by its name: the user types (or picks from the browser's suggestions) "Gent", "Gand" or a postal
code; the form gets the 2025 NIS code that the records store. No page asks a user for a NIS code (issue 16)."""

from __future__ import annotations

from django import forms
from django.utils.html import format_html, format_html_join
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class MunicipalityInput(forms.TextInput):
    """A text input with a <datalist> of the municipalities' names in the reader's language; a stored NIS code is shown
    as its name."""

    def format_value(self, value: object) -> str | None:
        from .services import municipality

        text = super().format_value(value)
        if text and text.isdigit() and len(text) == 5:
            found = municipality(text)
            return found.name if found else text
        return text

    def render(self, name: str, value: object, attrs: dict | None = None, renderer: object = None) -> str:
        from .models import Municipality

        attrs = dict(attrs or {})
        options = f"{attrs.get('id') or name}-names"
        attrs.update({"list": options, "autocomplete": "off"})
        html = super().render(name, value, attrs, renderer)
        language = (get_language() or "nl")[:2]
        names = sorted({m.name_in(language) for m in Municipality.objects.only("nis_code", "name_nl", "name_fr", "region")})
        return format_html('{}<datalist id="{}">{}</datalist>', html, options, format_html_join("", '<option value="{}">', ((n,) for n in names)))


class MunicipalityField(forms.CharField):
    """A name, postal code or NIS code in; the municipality's NIS code out (one municipality, or the user is asked)."""

    widget = MunicipalityInput

    def __init__(self, **kwargs: object) -> None:
        kwargs.setdefault("max_length", 100)
        kwargs.setdefault("help_text", _("naam of postcode, bv. Gent of 9000"))
        super().__init__(**kwargs)

    def clean(self, value: object) -> str:
        from .services import find_municipality

        text = super().clean(value)
        if not text:
            return text
        found = find_municipality(text)
        if not found:
            raise forms.ValidationError(_("Deze gemeente kennen we niet. Typ de naam (bv. Gent) of de postcode (bv. 9000)."))
        if len(found) > 1:
            raise forms.ValidationError(_("Deze postcode hoort bij meer dan één gemeente (%(names)s): typ de naam van de gemeente.")
                                        % {"names": ", ".join(m.name for m in found)})
        return found[0].nis_code
