"""The community-service assignment's transition table: proposed → accepted → active → completed or stopped (with a
reason); a proposal can be refused (with a reason; without a good reason VDAB opens a compliance case) or withdrawn."""

from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.workflows.tables import SYSTEM, Workflow, describe, register, t

from .models import AssignmentState as S

PLANNERS = {Role.MUNICIPALITY, Role.COUNSELLOR, Role.ADMIN}
# Only VDAB records a refusal and judges its reason (a refusal without good reason opens a compliance case).
JUDGES = {Role.COUNSELLOR, Role.ADMIN}

ASSIGNMENT = register(Workflow(
    name="community_assignment",
    states={s.value: s.label for s in S},
    initial=S.PROPOSED,
    transitions=(
        t("accept", S.PROPOSED, S.ACCEPTED, PLANNERS | {Role.CITIZEN}, _("Aanvaarden")),
        t("refuse", S.PROPOSED, S.REFUSED, JUDGES, _("Weigering registreren"), reason=True),
        t("withdraw", {S.PROPOSED, S.ACCEPTED}, S.WITHDRAWN, PLANNERS, _("Voorstel intrekken"), reason=True),
        t("start", S.ACCEPTED, S.ACTIVE, PLANNERS, _("Starten")),
        t("complete", S.ACTIVE, S.COMPLETED, PLANNERS | {SYSTEM}, _("Afronden")),
        t("stop", S.ACTIVE, S.STOPPED, PLANNERS | {SYSTEM}, _("Stopzetten"), reason=True),
    ),
    terminal=frozenset({S.COMPLETED, S.STOPPED, S.REFUSED, S.WITHDRAWN}),
))

describe("community_assignment", _("Toewijzing gemeenschapsdienst of wijk-werken"))
