"""Walk of stop 26: with version 2 of an agreement proposed, the counsellor approved a step of version 1 (still in
force); version 2 kept its copy open and the citizen's page listed it as due. An approval now reaches the unchanged
copy in a waiting version; a copy that was changed is a new commitment and stays open."""

from __future__ import annotations

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile

from tests import factories
from tests.trajectories_support import PDF, accepted_agreement, caseload
from werkregie.core import clock
from werkregie.trajectories import use_cases as uc

DAY = dt.date(2026, 3, 2)


def _steps(due):  # noqa: ANN001, ANN202
    return [{"kind": "training", "title": "Opleiding heftruck", "due_on": due, "evidence_kind": "upload"},
            {"kind": "work_experience", "title": "Werkervaring in het magazijn", "due_on": due, "evidence_kind": "upload"}]


def test_an_approval_in_force_reaches_the_proposed_version(ref):
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        cp, pp = factories.principal(counsellor), factories.principal(citizen)
        _, v1 = accepted_agreement(counsellor, person, citizen, steps=_steps(DAY + dt.timedelta(days=30)))
        training, applications = v1.steps.order_by("pk")
        for step in (training, applications):
            uc.submit_evidence(pp, step.pk, upload=SimpleUploadedFile("attest.pdf", PDF, content_type="application/pdf"))
        v1.refresh_from_db()
        v2 = uc.draft_for(cp, v1.pk, v1.version)
        changed = v2.steps.get(carried_from=applications)
        uc.edit_step(cp, changed.pk, v2.version, {**_steps(changed.due_on)[1], "title": "Werkervaring in het magazijn (6 weken)"})
        v2.refresh_from_db()
        v2 = uc.propose(cp, v2.pk, v2.version)
        for step in (training, applications):
            step.refresh_from_db()
            uc.review_step(cp, step.pk, step.version, approve=True, note="In orde")
        copy = v2.steps.get(carried_from=training)
        assert copy.state == "approved" and copy.review_note == "In orde"
        assert v2.steps.get(carried_from=applications).state == "open"  # changed: a new commitment
        mine = uc.my_agreements(pp)
    assert [r.agreement.pk for r in mine.to_accept] == [v2.pk]
    assert {s.title: s.state for s in mine.to_accept[0].steps} == {"Opleiding heftruck": "approved", "Werkervaring in het magazijn (6 weken)": "open"}
