"""Transition tables of trajectories, agreements and agreement steps (one mechanism: werkregie.workflows)."""

from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.workflows.tables import SYSTEM, Workflow, describe, register, t

STAFF = {Role.COUNSELLOR, Role.ADMIN}
STAFF_SYS = STAFF | {SYSTEM}

TRAJECTORY = register(Workflow(
    name="trajectory",
    states={"open": _("Open (afspraken te maken)"), "active": _("Actief"), "suspended": _("Geschorst"), "closed": _("Afgesloten")},
    initial="open",
    transitions=(
        t("activate", "open", "active", STAFF_SYS, _("Activeren")),
        t("suspend", {"open", "active"}, "suspended", STAFF_SYS, _("Schorsen"), reason=True),
        t("resume", "suspended", "active", STAFF_SYS, _("Hervatten")),
        t("reopen", "suspended", "open", STAFF_SYS, _("Hervatten (nog zonder afspraken)")),
        t("close", {"open", "active", "suspended"}, "closed", STAFF_SYS, _("Afsluiten"), reason=True),
    ),
    terminal=frozenset({"closed"}),
))

AGREEMENT = register(Workflow(
    name="agreement",
    states={
        "draft": _("Ontwerp"), "proposed": _("Voorgesteld aan de burger"), "accepted": _("Aanvaard"), "fulfilled": _("Nagekomen"),
        "missed": _("Niet nagekomen"), "replaced": _("Vervangen door een nieuwe versie"), "withdrawn": _("Ingetrokken"),
    },
    initial="draft",
    transitions=(
        t("propose", "draft", "proposed", STAFF, _("Voorstellen aan de burger"), deadline="agreement_acceptance"),
        t("accept", "proposed", "accepted", {Role.CITIZEN}, _("Aanvaarden")),
        t("accept_on_paper", {"draft", "proposed"}, "accepted", STAFF, _("Aanvaarding op papier registreren"), reason=True),
        t("fulfil", "accepted", "fulfilled", STAFF_SYS, _("Nagekomen")),
        t("miss", "accepted", "missed", STAFF_SYS, _("Niet nagekomen"), reason=True),
        t("replace", {"draft", "proposed", "accepted"}, "replaced", STAFF_SYS, _("Vervangen door nieuwe versie")),
        t("withdraw", {"draft", "proposed", "accepted"}, "withdrawn", STAFF_SYS, _("Intrekken"), reason=True),
    ),
    terminal=frozenset({"fulfilled", "missed", "replaced", "withdrawn"}),
))

STEP = register(Workflow(
    name="agreement_step",
    states={
        "open": _("Open"), "evidence_submitted": _("Bewijs ingediend"), "approved": _("Goedgekeurd"), "rejected": _("Afgekeurd"),
        "missed": _("Niet gehaald"), "cancelled": _("Geannuleerd"), "suspended": _("Geschorst (erkende arbeidsongeschiktheid)"),
    },
    initial="open",
    transitions=(
        t("submit", {"open", "rejected", "suspended"}, "evidence_submitted", {Role.CITIZEN, Role.PARTNER} | STAFF_SYS, _("Bewijs indienen")),
        t("approve", {"open", "evidence_submitted", "suspended"}, "approved", STAFF | {Role.PARTNER, SYSTEM}, _("Goedkeuren")),
        t("reject", "evidence_submitted", "rejected", STAFF | {Role.PARTNER}, _("Afkeuren"), reason=True),
        t("miss", {"open", "rejected", "evidence_submitted"}, "missed", STAFF_SYS, _("Niet gehaald")),
        t("cancel", {"open", "evidence_submitted", "rejected", "suspended"}, "cancelled", STAFF_SYS, _("Annuleren")),
        # A step whose date passes during recognised incapacity for work is suspended, never missed; it resumes (with its
        # date moved by the days it was suspended) when the incapacity ends. See use_cases.overdue_step_outcome.
        t("suspend", {"open", "rejected"}, "suspended", STAFF_SYS, _("Schorsen (arbeidsongeschiktheid)"), reason=True),
        t("resume", "suspended", "open", STAFF_SYS, _("Hervatten na arbeidsongeschiktheid")),
    ),
    terminal=frozenset({"approved", "missed", "cancelled"}),
))

describe("trajectory", _("Traject"))
describe("agreement", _("Afsprakenblad"))
describe("agreement_step", _("Stap van een afsprakenblad"))
