"""A query string holds only the parameters its operation declares (attack of stop 39): django-ninja reads the
declared ones and ignores the rest, so a misspelled filter (`hours_min` for `min_hours`, `occupation` for
`occupation_uri`) gave every result, unfiltered, as if nothing had been asked. `refuse_unknown` answers such a request
with a 422 naming each unknown parameter and the declared one it resembles."""

from __future__ import annotations

import difflib

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Schema

from werkregie.core.errors import FieldError, InvalidInput


def refuse_unknown(request: HttpRequest, schema: type[Schema]) -> None:
    known = set()
    for name, field in schema.model_fields.items():
        known |= {name, *(a for a in (field.alias, field.validation_alias) if isinstance(a, str))}
    unknown = sorted(set(request.GET) - known)
    if not unknown:
        return
    errors = []
    for name in unknown[:20]:
        close = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.5)
        errors.append(FieldError(name[:60], _("onbekende parameter; bedoelt u “%(known)s”?") % {"known": close[0]} if close else
                                 _("onbekende parameter; mogelijk: %(known)s") % {"known": ", ".join(sorted(known))}))
    raise InvalidInput(_("De zoekvraag bevat een parameter die deze bewerking niet kent: er is niets opgezocht."), errors)
