"""The counsellor's page of a person's career, reached from the person file (/personen/<id>/loopbaan/): the links to
the learning account, the competence passport (the credentials domain's panel, in the third person) and the EVC
requests. Thin: use_cases/person_file.py decides and logs."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.loader import render_to_string

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import DomainError, NotFound
from werkregie.people import perms as people_perms
from werkregie.web.helpers import ask_purpose, chosen_purpose, remember_purpose, roles

from .use_cases import person_file


@roles(Role.COUNSELLOR, Role.ADMIN)
def person_career(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    from werkregie.credentials import panels as passport_panel

    try:
        person = person_file.person_of(principal, person_id)
    except NotFound:
        raise Http404 from None
    # the purpose asked as on the person file (/personen/<id>/), and the reads logged with it (attack round 5, M-c)
    try:
        allowed, purpose = person_file.purpose_of(principal, person_id, chosen_purpose(request, person_id, people_perms.purposes_for(principal, person_id)))
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    if purpose is None:
        return ask_purpose(request, person_id, allowed)
    remember_purpose(request, person_id, purpose)
    template, context = passport_panel.panel(request, person, purpose)  # the passport's read, logged by the credentials domain
    passport = render_to_string(template, {**context, "own": False}, request=request)
    return render(request, "careers/person.html", {"person": person, "passport": passport,
                                                   "evc_requests": person_file.evc_requests(principal, person, purpose)})
