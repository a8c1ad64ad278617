"""Who may use what of the rules domain. Computing a rule for a typed case is public knowledge (no login); the policy
simulation (issue 15, point 16) is for analysts and administrators: it takes whole populations."""

from __future__ import annotations

from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal

SIMULATION_ROLES = (Role.ANALYST, Role.ADMIN)


def can_simulate(principal: Principal | None) -> bool:
    return principal is not None and principal.role in SIMULATION_ROLES and principal.has_scope(Scope.STATS_READ)
