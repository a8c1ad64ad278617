"""A vacancy that leaves "published" (closed, filled, expired, withdrawn by the platform) ends every application that
still runs on it, in the same transaction (issue 12, r3: after a close the employer could still offer and hire, and the
candidate heard nothing). Each one ends through the declared transition "end" (workflows.py: to "not retained", made
by the platform with the reason coded below), so it is logged, the employer keeps what was shared at the end
(applicants.ENDED) and the candidate reads why in the inbox. A hired application has ended already and stays hired.
While a vacancy is not published, only the ending moves (reject, withdraw, end) are allowed on its applications."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, gettext_noop

from werkregie.workflows import services as wf
from werkregie.workflows.labels import coded, register

from .models import Application, Vacancy, VacancyState
from .workflows import ENDING, OPEN

ENDED_BY = {
    "close": register("reason.application.vacancy_closed", gettext_noop("Vacature afgesloten")),
    "fill": register("reason.application.vacancy_filled", gettext_noop("Vacature ingevuld")),
    "expire": register("reason.application.vacancy_expired", gettext_noop("Vacature verlopen")),
    "withdraw": register("reason.application.vacancy_withdrawn", gettext_noop("Vacature ingetrokken door het platform")),
}
# what the candidate reads in the inbox, after the state ("Niet weerhouden")
NEXT_STEP = {
    "close": gettext_lazy("De vacature is afgesloten. Uw sollicitatie loopt daarom niet verder. Uw bemiddelaar helpt u verder met "
                          "andere vacatures."),
    "fill": gettext_lazy("De vacature is ingevuld. Uw sollicitatie loopt daarom niet verder. Uw bemiddelaar helpt u verder met andere "
                         "vacatures."),
    "expire": gettext_lazy("De vacature is verlopen. Uw sollicitatie loopt daarom niet verder. Uw bemiddelaar helpt u verder met andere "
                           "vacatures."),
    "withdraw": gettext_lazy("De vacature is ingetrokken. Uw sollicitatie loopt daarom niet verder. Uw bemiddelaar helpt u verder met "
                             "andere vacatures."),
}


def leave(vacancy: Vacancy, name: str, who: wf.Who, **kwargs) -> Vacancy:  # noqa: ANN003 - wf.transition's keywords
    """Make lifecycle transition `name` on the vacancy and, when it leaves "published", end its running applications,
    in one transaction."""
    with transaction.atomic():
        moved = wf.transition(vacancy, name, who, **kwargs)
        if moved.state != VacancyState.PUBLISHED:
            end_applications(moved, name)
    return moved


def end_applications(vacancy: Vacancy, name: str) -> int:
    """End every running application of a vacancy that is no longer published, telling each candidate. The number ended."""
    from .use_cases import tell

    ended = 0
    for application in Application.objects.filter(vacancy=vacancy, state__in=OPEN).order_by("pk"):
        done = wf.transition(application, "end", wf.PLATFORM, reason=coded(ENDED_BY.get(name, ENDED_BY["close"])))
        done.vacancy = vacancy
        tell(done, wf.PLATFORM, "end", next_step=NEXT_STEP.get(name, NEXT_STEP["close"]))
        ended += 1
    return ended


def refuse_unless_open(application: Application, name: str) -> None:
    """Only an ending move goes on an application whose vacancy is not published (409, naming why). Called inside the
    move's transaction: the vacancy's row is locked, so a close (leave, which locks it too) and an offer cannot cross."""
    if name in ENDING:
        return
    vacancy = Vacancy.objects.select_for_update().only("state").get(pk=application.vacancy_id)
    if vacancy.state != VacancyState.PUBLISHED:
        raise wf.TransitionRefused(_("De vacature is niet meer gepubliceerd (%(state)s): de sollicitatie kan alleen nog beëindigd worden "
                                     "(niet weerhouden of intrekken).") % {"state": vacancy.state_label})


def available(application: Application, role: str) -> list:
    """The moves a role may make on an application now: only the ending ones while its vacancy is not published."""
    found = wf.available(application, role)
    if application.vacancy.state != VacancyState.PUBLISHED:
        found = [t for t in found if t.name in ENDING]
    return found
