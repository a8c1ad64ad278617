"""The employer membership's transition table: requested → confirmed or refused (by the employer's administrator; the
first administrator of an employer by a VDAB administrator), confirmed → revoked."""

from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.workflows.tables import Workflow, describe, register, t

from .models import MembershipState as S

# The employer's own administrator acts in this pseudo-role (a place inside the employer, not a platform role).
EMPLOYER_ADMIN = "employer_admin"
DECIDERS = {EMPLOYER_ADMIN, Role.ADMIN}

MEMBERSHIP = register(Workflow(
    name="employer_membership",
    states={s.value: s.label for s in S},
    initial=S.REQUESTED,
    transitions=(
        t("confirm", S.REQUESTED, S.CONFIRMED, DECIDERS, _("Bevestigen")),
        t("refuse", S.REQUESTED, S.REFUSED, DECIDERS, _("Weigeren"), reason=True),
        t("revoke", S.CONFIRMED, S.REVOKED, DECIDERS, _("Toegang intrekken"), reason=True),
    ),
    terminal=frozenset({S.REFUSED, S.REVOKED}),
))

describe("employer_membership", _("Toegang tot een werkgever"))
