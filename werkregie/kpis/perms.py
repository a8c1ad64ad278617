"""Who sees which KPI pages. Every figure here is an aggregate with small cells suppressed; no page or endpoint of
this app shows an individual, so none reads personal data (nothing to log).

- analyst, admin: every dashboard (Flanders with drill down, any municipality, management/timeliness), exports.
- municipality worker: the dashboard of its own municipality with its comparison group and the region, and the
  aggregates of every other unit (never another municipality's individuals: those live in people.perms).
- every other role: no access.
"""

from __future__ import annotations

from django.utils.translation import gettext as _

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import Forbidden

DASHBOARD_ROLES = frozenset({Role.ANALYST, Role.ADMIN, Role.MUNICIPALITY})
MANAGEMENT_ROLES = frozenset({Role.ANALYST, Role.ADMIN})


def can_see_aggregates(principal: Principal) -> bool:
    return principal.role in DASHBOARD_ROLES


def can_see_management(principal: Principal) -> bool:
    return principal.role in MANAGEMENT_ROLES


def own_municipality(principal: Principal) -> str | None:
    if principal.role != Role.MUNICIPALITY or not principal.user.organisation_id:
        return None
    return principal.user.organisation.municipality_id


def require_aggregates(principal: Principal) -> None:
    if not can_see_aggregates(principal):
        raise Forbidden(_("Uw rol heeft geen toegang tot de kerncijfers."))


def require_management(principal: Principal) -> None:
    if not can_see_management(principal):
        raise Forbidden(_("Enkel analisten en beheerders zien het managementoverzicht."))


def municipality_for(principal: Principal, requested: str | None) -> str | None:
    """The municipality whose dashboard this principal gets: a municipality worker always its own."""
    require_aggregates(principal)
    if principal.role == Role.MUNICIPALITY:
        return own_municipality(principal)
    return requested
