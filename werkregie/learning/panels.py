"""The learning account's panel on the careers page ("Mijn Loopbaan"): careers renders
`{% include template with **context %}` for the person on the page. The read is logged like the full statement."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import Forbidden, NotFound

from . import use_cases

TEMPLATE = "learning/_account_panel.html"


def panel(request: HttpRequest, person) -> tuple[str, dict]:  # noqa: ANN001 - a Person or its id
    """(template, context): balance, reserved, vouchers and training-leave hours, the next expiry and the link to the
    statement. A viewer who may not see the account gets the panel without figures (`account` None)."""
    person_id = int(getattr(person, "pk", person))
    principal = Principal.for_session(request.user)
    try:
        o = use_cases.overview_for(principal, person_id, "leerrekening: samenvatting")
    except (Forbidden, NotFound):
        return TEMPLATE, {"account": None}
    own = principal.role == Role.CITIZEN
    link = reverse("learning_mine") if own else reverse("learning_person", args=[person_id])
    return TEMPLATE, {"account": o, "statement_url": link, "own": own}
