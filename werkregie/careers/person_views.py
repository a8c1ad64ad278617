"""The counsellor's page of a person's career, reached from the person file (/personen/<id>/loopbaan/): the links to
the learning account, the competence passport (the credentials domain's panel, in the third person) and the EVC
requests. Thin: use_cases/person_file.py decides and logs."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import NotFound
from werkregie.web.helpers import roles

from .use_cases import person_file


@roles(Role.COUNSELLOR, Role.ADMIN)
def person_career(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    from werkregie.credentials import panels as passport_panel

    try:
        person = person_file.person_of(principal, person_id)
    except NotFound:
        raise Http404 from None
    template, context = passport_panel.panel(request, person)  # the passport's read, logged by the credentials domain
    passport = render_to_string(template, {**context, "own": False}, request=request)
    return render(request, "careers/person.html", {"person": person, "passport": passport,
                                                   "evc_requests": person_file.evc_requests(principal, person)})
