"""The employer's notices (issue 12, point 3): which candidate applied, was proposed by VDAB with their consent, shared
their profile after an invitation, or withdrew. Every user of the employer reads the same notices; a name is shown only while the notice's application is the
employer's ground to see the person (people.perms.shared_applications), and each name shown is logged as a read. A withdrawal never names the person: the withdrawal
ended the employer's ground to see them."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, IntegerField, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _

from werkregie.access.models import Shown
from werkregie.access.purposes import Purpose
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Forbidden
from werkregie.people import perms as people_perms

from .applicants import ENDED
from .models import EmployerNotice, NoticeEvent

SHOWN = 100


@dataclass
class Notice:
    id: int
    event: str
    event_label: str
    vacancy_id: int
    vacancy_title: str
    application_id: int
    candidate: str  # a name while the employer may see the person, else a neutral description
    created_at: object
    unread: bool


def _employer_only(principal: Principal) -> None:
    if principal.role != Role.EMPLOYER or not principal.user.organisation_id:
        raise Forbidden(_("Alleen voor gebruikers van een werkgever."))


def notices(principal: Principal, *, mark_read: bool = False) -> list[Notice]:
    """The employer's newest notices. Reading changes nothing (a GET with the login cookie must not): marking them read
    is mark_read(), a POST; `mark_read=True` does both for a caller that already answers a POST."""
    _employer_only(principal)
    rows = list(EmployerNotice.objects.filter(organisation_id=principal.user.organisation_id)
                .select_related("vacancy", "application__person")[:SHOWN])
    # named only while the notice's own application is the employer's ground to see the person and still runs (a name
    # read from the live record: people.perms.live_grounds), never through another vacancy's
    grounds = set(people_perms.shared_applications(principal).filter(pk__in={n.application_id for n in rows})
                  .exclude(state__in=ENDED).values_list("pk", flat=True))
    named = [n for n in rows if n.event != NoticeEvent.WITHDRAWN and n.application_id in grounds]
    named_ids = {n.pk for n in named}
    out = []
    for n in rows:
        person = n.application.person
        candidate = f"{person.first_name} {person.last_name}" if n.pk in named_ids else _("een kandidaat (sollicitatie nr. %(n)s)") % {"n": n.application_id}
        # a referral by VDAB reaches the employer as an application, but it is none the person made (walk of stop 44)
        label = _("Doorverwezen door VDAB") if n.event == NoticeEvent.APPLIED and n.application.agreement_on else str(NoticeEvent(n.event).label)
        out.append(Notice(n.pk, n.event, str(label), n.vacancy_id, n.vacancy.title, n.application_id, candidate, n.created_at,
                          n.read_at is None))
    if named:
        record_access(principal.actor(), sorted({n.application.person_id for n in named}), "berichten van de werkgever (naam van de kandidaat)",
                      Purpose.RECRUITMENT, principal.channel, shown=Shown.LIST)
    if mark_read:
        read(principal, [n.pk for n in rows])
    return out


def read(principal: Principal, ids: list[int] | None = None) -> int:
    """Mark the employer's unread notices read (those of `ids`, or all of them), by whoever of the employer does it
    first; the number marked."""
    _employer_only(principal)
    unread = EmployerNotice.objects.filter(organisation_id=principal.user.organisation_id, read_at__isnull=True)
    if ids is not None:
        unread = unread.filter(pk__in=ids)
    return unread.update(read_at=clock.now())


def with_activity(vacancies: QuerySet, organisation_id: int) -> QuerySet:
    """The employer's vacancies with what is new on each: unread notices (an application, a proposal, a shared profile,
    a withdrawal) and the applications on which the employer sees the person (people.perms.employer_grounds); those
    with unread notices first (walk of issue 16: the list gave no sign of where something happened)."""
    unread = (EmployerNotice.objects.filter(vacancy=OuterRef("pk"), organisation_id=organisation_id, read_at__isnull=True)
              .order_by().values("vacancy").annotate(n=Count("pk")).values("n"))
    seen = (people_perms.employer_grounds(organisation_id).filter(vacancy=OuterRef("pk"))
            .order_by().values("vacancy").annotate(n=Count("pk")).values("n"))
    return (vacancies.annotate(unread_notices=Coalesce(Subquery(unread, output_field=IntegerField()), 0),
                               applications_seen=Coalesce(Subquery(seen, output_field=IntegerField()), 0))
            .order_by("-unread_notices", "-created_at", "-pk"))


def unread_count(principal: Principal) -> int:
    if principal.role != Role.EMPLOYER or not principal.user.organisation_id:
        return 0
    return EmployerNotice.objects.filter(organisation_id=principal.user.organisation_id, read_at__isnull=True).count()
