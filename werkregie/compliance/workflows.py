"""The compliance case as a declared table (werkregie.workflows): states, transitions, the roles that may make them,
the reasons they need and the legal terms they start.

    opened ─plan_hearing→ hearing_planned ─respond / record_hearing / term_expired→ to_decide ─decide→ decided
    hearing_planned ─move_hearing→ hearing_planned (a new invitation; the response term starts again)
    decided ─notified→ notified ─close (appeal term over)→ closed
    decided | notified ─appeal→ appealed ─decide_appeal→ closed
    opened | hearing_planned | to_decide ─drop→ closed (no follow-up, with a reason)

The hearing's response term and the appeal term start at the deemed notification date of the message
(werkregie.messaging), not at sending: the case's `deadline` is set when that date is known (services.sync_notifications)."""

from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.workflows.tables import SYSTEM, Workflow, describe, register, t

CONTROL = {Role.CONTROLLER}  # not the admin: who sanctions is the control service alone (separation of duties, attack of stop 28)

# Legal terms (werkregie/workflows/parameters/<key>.yaml).
PLANNING_TERM = "compliance_hearing_planning"  # a service standard, not a legal term: see its uncertainty
HEARING_TERM = "compliance_hearing_response"
APPEAL_TERM = "compliance_appeal"

STATES = {
    "opened": _("Overgedragen aan de controledienst"),
    "hearing_planned": _("Verhoor gepland"),
    "to_decide": _("Te beslissen"),
    "decided": _("Beslist, kennisgeving verstuurd"),
    "notified": _("Kennisgeving ontvangen, beroepstermijn loopt"),
    "appealed": _("In beroep"),
    "closed": _("Afgesloten"),
}

# States in which the controller has to act (the case list puts them first).
CONTROLLER_ACTION = frozenset({"opened", "to_decide", "appealed"})
OPEN_STATES = frozenset(STATES) - {"closed"}
# States in which the case's `deadline` is a running term (the control service's planning term of a case just
# transferred, the citizen's response term, the appeal term). In the other states it is none, or the end of a term that
# is over and was dealt with (a decided case is not "over time").
TERM_STATES = frozenset({"opened", "hearing_planned", "notified"})

CASE = register(
    Workflow(
        "compliance_case",
        STATES,
        "opened",
        (
            t("plan_hearing", "opened", "hearing_planned", CONTROL, _("Verhoor plannen en uitnodigen")),
            # the person asks for another moment (illness, a job interview) or the office must: a new invitation, whose
            # deemed notification starts the response term again (walk of stop 28: a planned hearing could not move)
            t("move_hearing", "hearing_planned", "hearing_planned", CONTROL, _("Verhoor verplaatsen"), reason=True),
            t("respond", "hearing_planned", "to_decide", {Role.CITIZEN}, _("Verweer indienen")),
            t("record_hearing", "hearing_planned", "to_decide", CONTROL, _("Verhoor of schriftelijk verweer registreren")),
            t("term_expired", "hearing_planned", "to_decide", {SYSTEM}, _("Termijn voor verweer verstreken"), reason=True),
            t("decide", "to_decide", "decided", CONTROL, _("Beslissen")),
            t("notified", "decided", "notified", {SYSTEM}, _("Kennisgeving geacht ontvangen")),
            t("appeal", ("decided", "notified"), "appealed", {Role.CITIZEN, *CONTROL}, _("Beroep instellen")),
            t("decide_appeal", "appealed", "closed", CONTROL, _("Uitkomst van het beroep registreren"), reason=True),
            t("close", "notified", "closed", {SYSTEM, *CONTROL}, _("Afsluiten (beroepstermijn verstreken)")),
            t("drop", ("opened", "hearing_planned", "to_decide"), "closed", CONTROL, _("Zonder gevolg afsluiten"), reason=True),
        ),
        frozenset({"closed"}),
    )
)

describe("compliance_case", _("Controledossier"))
