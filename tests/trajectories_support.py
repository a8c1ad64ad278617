"""Helpers for the trajectories tests."""

from __future__ import annotations

import datetime as dt

from tests import factories
from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind
from werkregie.people.models import PartnerLink
from werkregie.trajectories import use_cases as uc
from werkregie.workflows.services import PLATFORM

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def caseload(start: dt.date = dt.date(2026, 1, 5)):
    """A counsellor with one job seeker on benefit (with a citizen account)."""
    counsellor = factories.user(Role.COUNSELLOR)
    person = factories.person(counsellor=counsellor, team=counsellor.organisation, registered_on=start)
    factories.episode(person, StatusKind.JOBSEEKER_BENEFIT, start)
    citizen = factories.user(Role.CITIZEN, person=person)
    return counsellor, person, citizen


def accepted_agreement(counsellor, person, citizen, *, steps=None, level="sheet"):
    """An open trajectory with an accepted agreement (by the citizen online) and its steps."""
    cp, pp = factories.principal(counsellor), factories.principal(citizen)
    trajectory = uc.start_trajectory(cp, person.pk, "standard")
    # stop 29: a series that starts above the agreement sheet says why (deliberate change; these tests start there on purpose)
    reason = "" if level == "sheet" else "Vervolg op een niet-nagekomen afspraak in een vorig traject"
    agreement = uc.create_agreement(cp, trajectory.pk, title="Afsprakenblad", level=level, level_reason=reason)
    for data in steps or [{"kind": "training", "title": "Opleiding heftruck", "due_on": uc.clock.today() + dt.timedelta(days=30),
                           "evidence_kind": "upload"}]:
        agreement.refresh_from_db()
        uc.add_step(cp, agreement.pk, agreement.version, data)
    agreement.refresh_from_db()
    agreement = uc.propose(cp, agreement.pk, agreement.version)
    agreement = uc.accept(pp, agreement.pk, agreement.version)
    return trajectory, agreement


def partner_org(purpose: str, person, start: dt.date = dt.date(2025, 1, 1)):
    org = factories.organisation(OrganisationKind.PARTNER)
    PartnerLink.objects.create(person=person, organisation=org, purpose=purpose, start=start)
    return org


def platform():
    return PLATFORM
