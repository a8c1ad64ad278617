"""A refused form keeps what was typed (walk of issue 11: "Stap toevoegen" with a date in the past came back empty and
closed, and a refused upload lost its note)."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tests import factories
from tests.trajectories_support import accepted_agreement, caseload
from werkregie.core import clock
from werkregie.trajectories import use_cases as uc
from werkregie.trajectories.models import AgreementStep

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def world(ref):
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        trajectory, agreement = accepted_agreement(counsellor, person, citizen)
        draft = uc.draft_for(factories.principal(counsellor), agreement.pk, agreement.version)
        yield {"counsellor": counsellor, "citizen": citizen, "person": person, "draft": draft, "agreement": agreement}


def _web(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def test_a_refused_step_comes_back_filled_in_with_its_errors(world):
    draft = world["draft"]
    c = _web(world["counsellor"])
    with clock.travel_to(DAY):
        before = AgreementStep.objects.filter(agreement=draft).count()
        response = c.post(f"/personen/{world['person'].pk}/traject/actie/", {
            "action": "add_step", "id": draft.pk, "version": draft.version, "kind": "application_assignment",
            "title": "Tien sollicitaties in de logistiek", "details": "Via de vacatures van VDAB", "due_on": "01/02/2026",
            "evidence_kind": "platform_applications", "applications_required": "10"})
        page = response.content.decode()
    assert response.status_code == 422
    assert AgreementStep.objects.filter(agreement=draft).count() == before
    assert 'class="error-summary"' in page and f'id="step-errors-{draft.pk}"' in page
    assert "Tien sollicitaties in de logistiek" in page and "Via de vacatures van VDAB" in page and 'value="01/02/2026"' in page
    assert '<details open><summary>' in page


def test_a_step_with_an_unreadable_date_names_the_field_once(world):
    draft = world["draft"]
    with clock.travel_to(DAY):
        page = _web(world["counsellor"]).post(f"/personen/{world['person'].pk}/traject/actie/", {
            "action": "add_step", "id": draft.pk, "version": draft.version, "kind": "training", "title": "VCA",
            "due_on": "31/02/2026", "evidence_kind": "upload"}).content.decode()
    summary = page[page.index('class="error-summary"'):]
    summary = summary[:summary.index("</div>")]
    assert summary.count("Uiterlijk op") == 1


def test_a_refused_upload_keeps_the_note(world):
    step = world["agreement"].steps.get()
    with clock.travel_to(DAY):
        response = _web(world["citizen"]).post(f"/mijn-afspraken/stappen/{step.pk}/bewijs/", {
            "file": SimpleUploadedFile("attest.pdf", b"geen pdf", content_type="application/pdf"), "note": "Attest van de VDAB-opleiding",
            "version": step.version})
    page = response.content.decode()
    assert response.status_code == 422
    assert 'value="Attest van de VDAB-opleiding"' in page
    assert "kies het opnieuw" in page


def test_a_step_struck_from_a_draft_leaves_the_draft(world):
    """Walk of issue 11: a struck step stayed in the draft as "Vervallen", read as expired."""
    draft, c = world["draft"], _web(world["counsellor"])
    with clock.travel_to(DAY):
        step = uc.add_step(factories.principal(world["counsellor"]), draft.pk, draft.version,
                           {"kind": "training", "title": "Cursus Excel voor beginners", "due_on": DAY + dt.timedelta(days=20), "evidence_kind": "upload"})
        assert "Cursus Excel voor beginners" in c.get(f"/personen/{world['person'].pk}/traject/").content.decode()
        c.post(f"/personen/{world['person'].pk}/traject/actie/", {"action": "remove_step", "id": step.pk, "version": step.version})
        assert AgreementStep.objects.get(pk=step.pk).state == "cancelled"
        assert "Cursus Excel voor beginners" not in c.get(f"/personen/{world['person'].pk}/traject/").content.decode()
