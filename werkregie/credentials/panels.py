"""The passport panel that other pages (careers' "Mijn Loopbaan", a counsellor's view of a person) render:

    from werkregie.credentials.panels import panel
    template, context = panel(request, person)
    {% include template with panel=context %}   (or render_to_string(template, context, request))

The read is checked (the person themselves, or staff who may see them) and logged here."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse
from django.utils.translation import gettext as _

from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.people.models import Person

from . import use_cases as uc
from . import vc

TEMPLATE = "credentials/_passport_panel.html"


def _skills(uris: list) -> list[dict]:
    """The aligned ESCO skills with their label's language, for {% skill_label %} (a language mark where the reader's
    language has no label)."""
    from django.utils.translation import get_language

    from werkregie.matching.labels import skill

    language = (get_language() or "nl")[:2]
    return [skill(u, language) for u in uris if isinstance(u, str)]


def rows(credentials: list) -> list[dict]:
    now = clock.now()
    found = []
    for c in credentials:
        if c.revoked_at is not None:
            status, label = "revoked", _("Ingetrokken")
        elif c.valid_until is not None and c.valid_until <= now:
            status, label = "expired", _("Verlopen")
        else:
            status, label = "valid", _("Geldig")
        found.append({
            "id": c.pk, "title": c.title, "kind": c.get_kind_display(), "issuer": c.issuer.name, "issued_at": c.issued_at,
            "valid_until": c.valid_until, "last_valid_day": vc.last_valid_day(c.valid_until) if c.valid_until else None, "status": status, "status_label": label, "revoked_at": c.revoked_at, "revoked_reason": c.revoked_reason,
            "skills": len(c.skills), "skill_entries": _skills(c.skills), "jwt_url": reverse("credential_jwt", args=[c.pk]), "elm_url": reverse("credential_elm", args=[c.pk]),
        })
    return found


def panel(request: HttpRequest, person: Person, purpose: str | None = None) -> tuple[str, dict]:
    """(template, context) of the person's passport: title, issuer, date, status and download links per credential;
    the read logged with `purpose` when the user chose one (the person's career page asks it)."""
    principal = Principal.for_session(request.user)
    credentials = uc.credentials_of(person, viewer=principal, purpose=purpose)
    return TEMPLATE, {"credentials": rows(credentials), "person_id": person.pk, "verify_url": reverse("credentials_verify")}
