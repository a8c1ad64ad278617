"""The training panel on "Mijn Loopbaan" (the careers page renders it): the top proposals for the person's desired
occupations and a link to the guide."""

from __future__ import annotations

from django.http import HttpRequest

from werkregie.accounts.principal import Principal
from werkregie.core.errors import DomainError

from .use_cases import guide as guide_cases

MAX_TARGETS, MAX_PROPOSALS = 2, 3


def panel(request: HttpRequest, person) -> tuple[str, dict]:  # noqa: ANN001 - a Person
    principal = Principal.for_session(request.user)
    language = (getattr(request, "LANGUAGE_CODE", "nl") or "nl")[:2]
    plans = []
    try:
        targets = [t for t in guide_cases.targets_for(principal, person.pk, language) if t.desired][:MAX_TARGETS]
        for t in targets:
            view = guide_cases.guide(principal, person.pk, t.uri, language)
            plans.append({"occupation": view.occupation_label, "bottleneck": t.bottleneck, "gaps": len(view.gaps), "implied": len(view.implied),
                          "uncovered": len(view.uncovered), "proposals": view.proposals[:MAX_PROPOSALS]})
    except DomainError:
        plans = []
    return "training/_guide_panel.html", {"panel": {"plans": plans}}
