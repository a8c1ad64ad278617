"""The application's transition table: proposed → interested → applied → interview → offer → hired, or rejected /
withdrawn on the way. Who may make each move is declared here; services.transition logs every one."""

from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.workflows.tables import SYSTEM, Workflow, describe, register, t

from .models import ApplicationState as S
from .models import VacancyState as V

SEEKER_SIDE = {Role.CITIZEN, Role.COUNSELLOR, Role.ADMIN}  # the person, or their counsellor with the person's agreement
EMPLOYER_SIDE = {Role.EMPLOYER, Role.ADMIN}
OPEN = (S.PROPOSED, S.INTERESTED, S.APPLIED, S.INTERVIEW, S.OFFER)
ENDING = frozenset({"reject", "withdraw", "end"})  # the moves that still go while the vacancy is not published

APPLICATION = register(Workflow(
    name="application",
    states={s.value: s.label for s in S},
    initial=S.PROPOSED,  # a spontaneous application is created and applied in one step (two log lines)
    transitions=(
        t("interest", S.PROPOSED, S.INTERESTED, SEEKER_SIDE, _("Interesse tonen")),
        t("apply", (S.PROPOSED, S.INTERESTED), S.APPLIED, SEEKER_SIDE, _("Solliciteren")),
        t("invite", S.APPLIED, S.INTERVIEW, EMPLOYER_SIDE, _("Uitnodigen voor een gesprek")),
        t("offer", (S.APPLIED, S.INTERVIEW), S.OFFER, EMPLOYER_SIDE, _("Aanbod doen")),
        t("hire", S.OFFER, S.HIRED, EMPLOYER_SIDE, _("Aanwerving bevestigen")),
        # a rejection always says why (the one-click feedback gives its reason code as the reason)
        t("reject", (S.APPLIED, S.INTERVIEW, S.OFFER), S.REJECTED, EMPLOYER_SIDE, _("Niet weerhouden"), reason=True),
        t("withdraw", OPEN, S.WITHDRAWN, SEEKER_SIDE | {SYSTEM}, _("Intrekken")),
        # the vacancy left "published" (closed, filled, expired, withdrawn): the platform ends every running application,
        # saying why (closing.py); the candidate is told through the inbox
        t("end", OPEN, S.REJECTED, {SYSTEM}, _("Beëindigd: de vacature is niet meer open"), reason=True),
    ),
    terminal=frozenset({S.HIRED, S.REJECTED, S.WITHDRAWN}),
))

describe("application", _("Sollicitatie"))

POSTERS = {Role.EMPLOYER, Role.COUNSELLOR, Role.ADMIN}

VACANCY = register(Workflow(
    name="vacancy",
    states={s.value: s.label for s in V},
    initial=V.DRAFT,
    transitions=(
        t("publish", V.DRAFT, V.PUBLISHED, POSTERS, _("Publiceren")),
        t("fill", V.PUBLISHED, V.FILLED, POSTERS, _("Ingevuld")),
        t("close", (V.DRAFT, V.PUBLISHED), V.CLOSED, POSTERS, _("Afsluiten")),
        t("expire", V.PUBLISHED, V.EXPIRED, {SYSTEM}, _("Laten verlopen")),
        t("republish", V.EXPIRED, V.PUBLISHED, POSTERS, _("Opnieuw publiceren")),
        # the platform withdraws a vacancy it cannot show (a title without one visible character: titles.py), saying why
        t("withdraw", (V.DRAFT, V.PUBLISHED, V.EXPIRED), V.CLOSED, {SYSTEM}, _("Intrekken door het platform"), reason=True),
    ),
    terminal=frozenset({V.FILLED, V.CLOSED}),
))

describe("vacancy", _("Vacature"))
