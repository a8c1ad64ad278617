"""A new version of an agreement carries its open steps with their old dates; a step whose date is over cannot be
agreed again (walk of issue 11: version 2 listed, and let the counsellor propose, a step already past due). The
counsellor changes the step on the page (the editor had no form for it) or strikes it."""

import datetime as dt

import pytest
from django.test import Client

from tests import factories
from tests.trajectories_support import accepted_agreement, caseload
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.trajectories import use_cases as uc
from werkregie.trajectories.models import Agreement, AgreementStep

DAY = dt.date(2026, 3, 2)
LATER = DAY + dt.timedelta(days=45)  # the step was due 30 days after DAY


@pytest.fixture
def world(ref):
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        trajectory, agreement = accepted_agreement(counsellor, person, citizen)
    with clock.travel_to(LATER):
        draft = uc.draft_for(factories.principal(counsellor), agreement.pk, agreement.version)
    yield {"counsellor": counsellor, "person": person, "draft": draft, "step": draft.steps.get()}


def test_a_draft_with_a_past_due_open_step_is_not_proposed_nor_accepted_on_paper(world):
    principal = factories.principal(world["counsellor"])
    draft = world["draft"]
    with clock.travel_to(LATER):
        with pytest.raises(InvalidInput) as refused:
            uc.propose(principal, draft.pk, draft.version)
        assert "Opleiding heftruck" in refused.value.detail and "01/04/2026" in refused.value.detail
        with pytest.raises(InvalidInput):
            uc.accept_on_paper(principal, draft.pk, draft.version, "Ondertekend op kantoor")
        assert Agreement.objects.get(pk=draft.pk).state == "draft"


def test_the_page_marks_the_step_and_changes_its_date(world):
    c = Client()
    c.force_login(world["counsellor"])
    url = f"/personen/{world['person'].pk}/traject/"
    step = world["step"]
    with clock.travel_to(LATER):
        page = c.get(url).content.decode()
        assert "voorbij: nieuwe datum nodig" in page and f'id="edit{step.pk}_due_on"' in page
        refused = c.post(url + "actie/", {"action": "edit_step", "id": step.pk, "version": step.version, "kind": "training",
                                          "title": "Opleiding heftruck", "due_on": "10/01/2026", "evidence_kind": "upload"})
        assert refused.status_code == 422
        html = refused.content.decode()
        assert f'id="edit-errors-{step.pk}"' in html and 'value="10/01/2026"' in html
        assert AgreementStep.objects.get(pk=step.pk).due_on == dt.date(2026, 4, 1)
        c.post(url + "actie/", {"action": "edit_step", "id": step.pk, "version": step.version, "kind": "training",
                                "title": "Opleiding heftruck", "due_on": "15/05/2026", "evidence_kind": "upload"})
        assert AgreementStep.objects.get(pk=step.pk).due_on == dt.date(2026, 5, 15)
        draft = Agreement.objects.get(pk=world["draft"].pk)
        c.post(url + "actie/", {"action": "propose", "id": draft.pk, "version": draft.version})
        assert Agreement.objects.get(pk=draft.pk).state == "proposed"


def test_a_step_years_ahead_is_refused(world):
    from werkregie.trajectories.agreements import clean_step

    with pytest.raises(InvalidInput) as refused:
        clean_step({"kind": "training", "title": "VCA", "due_on": "31/12/9999", "evidence_kind": "upload"}, today=DAY)
    assert refused.value.errors[0].field == "due_on" and "twee jaar" in refused.value.errors[0].message
    assert clean_step({"kind": "training", "title": "VCA", "due_on": "01/03/2028", "evidence_kind": "upload"}, today=DAY)["due_on"]
