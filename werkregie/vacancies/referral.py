"""Referring a person to a vacancy (issue 12 point 3). Finding the person: the counsellor searches by name, dossier
number or (where the role sees identities) INSZ or birth date among the persons they may see (people.perms), never
beyond. The people search logs every person it lists, with what the list showed; a dossier number found is logged the
same way. The person's agreement: the counsellor confirms it in the same step, with how and on which day the person
agreed (`agreement_errors`, checked before anything changes); the application keeps it, and each party reads it in
its own words (`note`): the person, the counsellor, and the employer only on the application that is its ground to
see the person (the lists that show it are already limited to those)."""

from __future__ import annotations

import datetime as dt

from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from werkregie.access.models import Shown
from werkregie.access.services import record_access
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import FieldError
from werkregie.geo import services as geo
from werkregie.people import perms as people_perms
from werkregie.people.models import Person
from werkregie.people.use_cases import search_persons
from werkregie.people.use_cases.common import resolve_purpose
from werkregie.people.use_cases.search import shown_in_list

from .models import AgreementHow, Application, Vacancy

MAX_SHOWN = 10


def candidates(principal: Principal, q: str) -> list[Person]:
    """Up to MAX_SHOWN persons this principal may see, for the text typed: a dossier number (digits, shorter than an
    INSZ) finds that person; anything else goes to the register's search (name, INSZ, birth date)."""
    q = (q or "").strip()
    if not q:
        return []
    if q.isdigit() and len(q) < 11:
        found = list(people_perms.visible_persons(principal).filter(pk=int(q), merged_into__isnull=True))
        for person in found:
            person.municipality = geo.municipality(person.municipality_id)
        record_access(principal.actor(), [p.pk for p in found], "doorverwijzing, zoekresultaat: " + shown_in_list(people_perms.sections_for(principal)),
                      resolve_purpose(principal, None), principal.channel, shown=Shown.LIST)
        return found
    return list(search_persons(principal, q, page_size=MAX_SHOWN).items)


# the page's form refuses with the same words as the use case (the API), so both say the same
CONFIRM = gettext_lazy("Bevestig dat de persoon akkoord gaat met deze doorverwijzing.")
HOW = gettext_lazy("Kies hoe de persoon akkoord ging.")
ON = gettext_lazy("Geef de datum waarop de persoon akkoord ging (DD/MM/JJJJ).")
PERSON = "person"
EMPLOYER = "employer"
GUIDE = "guide"


def agreement_errors(vacancy: Vacancy, agreement: bool, how: str, on: dt.date | None) -> list[FieldError]:
    """What is missing or wrong in the agreement a counsellor records: the confirmation, how, and the day, which lies
    neither in the future nor before the vacancy was posted (the person agreed to this vacancy)."""
    errors = []
    if not agreement:
        errors.append(FieldError("agreement", str(CONFIRM)))
    if how not in AgreementHow.values:
        errors.append(FieldError("agreement_how", str(HOW)))
    if on is None:
        errors.append(FieldError("agreement_on", str(ON)))
    elif on > clock.today():
        errors.append(FieldError("agreement_on", _("De datum van het akkoord ligt in de toekomst.")))
    elif vacancy.created_at and on < clock.day_of(vacancy.created_at):
        errors.append(FieldError("agreement_on", _("De persoon kan niet akkoord gegaan zijn vóór de vacature bestond (%(day)s).")
                                 % {"day": f"{clock.day_of(vacancy.created_at):%d/%m/%Y}"}))
    return errors


def recorded(who_label: str, how: str, on: dt.date) -> dict:
    """The application's columns for an agreement recorded now."""
    return {"agreement_how": how, "agreement_on": on, "agreement_recorded_by": who_label[:200], "agreement_recorded_at": clock.now()}


def note(application: Application, audience: str) -> str:
    """The referral in the reader's words and language, "" for an application the person made themselves. Dates in the
    Belgian form. The employer reads neither how nor who: that VDAB referred, with the person's agreement, on which day."""
    if application.agreement_on is None:
        return ""
    day = f"{application.agreement_on:%d/%m/%Y}"
    how = str(AgreementHow(application.agreement_how).label) if application.agreement_how in AgreementHow.values else ""
    if audience == PERSON:
        return _("VDAB verwees u door met uw akkoord op %(day)s (%(how)s).") % {"day": day, "how": how}
    if audience == EMPLOYER:
        return _("VDAB verwees deze kandidaat door met het akkoord van de persoon op %(day)s.") % {"day": day}
    at = application.agreement_recorded_at
    return _("Doorverwezen door %(who)s met het akkoord van de persoon op %(day)s (%(how)s), geregistreerd op %(at)s.") % {
        "who": application.agreement_recorded_by or "VDAB", "day": day, "how": how,
        "at": f"{at.astimezone(clock.BRUSSELS):%d/%m/%Y %H:%M}" if at else "—"}


def audience_of(role: str) -> str:
    from werkregie.accounts.models import Role

    return PERSON if role == Role.CITIZEN else EMPLOYER if role == Role.EMPLOYER else GUIDE


# for a message: rendered when the outbox renders the message, in the person's language
lazy_note = lazy(note, str)
