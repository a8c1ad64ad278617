"""Attack of stop 26: a rejection of evidence refused for its short reason sent the counsellor back to the file with a
message at the top, and what they had typed was gone; now the editor comes back with the reason as typed, the error
beside the field and in the form's error summary, and the step unchanged."""

from __future__ import annotations

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tests import factories
from tests.trajectories_support import PDF, accepted_agreement, caseload
from werkregie.core import clock
from werkregie.trajectories import use_cases as uc
from werkregie.trajectories.models import AgreementStep

DAY = dt.date(2026, 3, 2)


def test_a_refused_rejection_keeps_its_reason_and_shows_the_error(ref):
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        _, agreement = accepted_agreement(counsellor, person, citizen)
        step = agreement.steps.get()
        uc.submit_evidence(factories.principal(citizen), step.pk, upload=SimpleUploadedFile("attest.pdf", PDF, content_type="application/pdf"))
        step.refresh_from_db()
        client = Client()
        client.force_login(counsellor)
        r = client.post(f"/personen/{person.pk}/traject/actie/", {"action": "reject", "id": step.pk, "version": step.version, "note": "Nee"})
    page = r.content.decode()
    assert r.status_code == 422
    assert f'id="review-errors-{step.pk}"' in page and "minstens 5 tekens" in page
    assert f'id="review{step.pk}_note"' in page and 'value="Nee"' in page and 'aria-invalid="true"' in page
    assert AgreementStep.objects.get(pk=step.pk).state == "evidence_submitted"
