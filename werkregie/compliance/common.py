"""What the compliance use cases share: finding a case within the reader's access, and reading texts and dates from
a form or a request with errors that say what and where."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError, Forbidden, InvalidInput, NotFound
from werkregie.core.text import one_line_problem, text_problem

from . import perms
from .models import Case

NOT_FOUND = gettext_noop("Geen dossier met dit nummer binnen uw toegang.")
RELATED = "compliance_case"


def _not_found() -> NotFound:
    return NotFound(_(NOT_FOUND))


def _case(case_id: int) -> Case:
    case = Case.objects.select_related("person", "controller", "decided_by").filter(pk=case_id).first()
    if case is None:
        raise _not_found()
    return case


def _handled(principal: Principal, case_id: int) -> Case:
    case = _case(case_id)
    if not perms.can_handle(principal, case):
        raise _not_found()
    return case


def _acting(principal: Principal, case_id: int) -> Case:
    """A case the principal may handle and take a step in (the control service; the admin only reads)."""
    case = _handled(principal, case_id)
    if not perms.can_act(principal):
        raise Forbidden(_("Enkel de controledienst zet stappen in een sanctieprocedure."))
    return case


def _own(principal: Principal, case_id: int) -> Case:
    case = _case(case_id)
    if not perms.is_own(principal, case):
        raise _not_found()
    return case


def _text(value: object, name: str, errors: list[FieldError], *, minimum: int = 0, maximum: int = 5000, message: str = "",
          one_line: bool = False) -> str:
    """A text field checked up front under the name the caller sent (its length; no control characters, and no line
    breaks in a one-line field), so that the models' guard never names its own column instead (attack of stop 27:
    "place" came back as "hearing_place")."""
    text = str(value or "").strip()
    if len(text) < minimum:
        errors.append(FieldError(name, message or _("Minstens %(n)s tekens.") % {"n": minimum}))
    elif len(text) > maximum:
        errors.append(FieldError(name, _("Hoogstens %(n)s tekens.") % {"n": maximum}))
    elif problem := (one_line_problem(text) if one_line else text_problem(text)):
        errors.append(FieldError(name, problem))
    return text


def _fail(errors: list[FieldError], title: str = "") -> None:
    if errors:
        raise InvalidInput(title or _("Controleer de gegevens."), errors)


def _datetime(value: object, name: str, errors: list[FieldError]) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=clock.BRUSSELS)
    try:
        parsed = dt.datetime.fromisoformat(str(value))
    except (TypeError, ValueError):
        errors.append(FieldError(name, _("Een datum en uur.")))
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=clock.BRUSSELS)


def _date(value: object, name: str, errors: list[FieldError], *, required: bool = False) -> dt.date | None:
    if value in (None, ""):
        if required:
            errors.append(FieldError(name, _("Vul een datum in.")))
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        try:
            return dt.datetime.strptime(str(value), "%d/%m/%Y").date()
        except ValueError:
            errors.append(FieldError(name, _("Een datum (DD/MM/JJJJ).")))
            return None
