"""The citizen opts in or out of the monthly career-signals message (the consent purpose "career_signals"), from the
panel on "Mijn Loopbaan". Thin: the consent use cases of `people` decide."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import DomainError, NotFound
from werkregie.core.links import safe_next
from werkregie.people import use_cases as people
from werkregie.people.enums import ConsentPurpose
from werkregie.web.helpers import roles


@require_POST
@roles(Role.CITIZEN)
def optin(request: HttpRequest, principal: Principal) -> HttpResponse:
    action = request.POST.get("action", "")
    try:
        if action == "give":
            people.give_consent(principal, ConsentPurpose.CAREER_SIGNALS)
            messages.success(request, _("U krijgt uw loopbaansignalen voortaan hoogstens één keer per maand als bericht."))
        elif action == "withdraw":
            try:
                people.withdraw_consent(principal, ConsentPurpose.CAREER_SIGNALS)
            except NotFound:
                pass  # already off: the outcome the person asked for
            messages.success(request, _("U krijgt geen loopbaansignalen meer als bericht."))
        else:
            messages.error(request, _("Onbekende actie."))
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    return redirect(safe_next(request.POST.get("next"), reverse("citizen_home")))
