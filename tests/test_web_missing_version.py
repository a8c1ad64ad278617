"""A page that edits something must say which version it showed (a hidden field). A post without it changes nothing
and says why (walk of issue 11: the editor, the citizen's acceptance, the evidence upload and the partner's report
took edits without a version, so a second tab silently overwrote the first)."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tests import factories
from tests.trajectories_support import PDF, accepted_agreement, caseload, partner_org
from werkregie.access.purposes import Purpose
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.trajectories import use_cases as uc
from werkregie.trajectories.models import Agreement, AgreementStep, Evidence, Trajectory

DAY = dt.date(2026, 3, 2)


@pytest.fixture
def world(ref):
    with clock.travel_to(DAY):
        counsellor, person, citizen = caseload()
        trajectory, agreement = accepted_agreement(counsellor, person, citizen)
        mutuality = partner_org(Purpose.SICKNESS_REINTEGRATION, person)
        step = agreement.steps.get()
        AgreementStep.objects.filter(pk=step.pk).update(partner=mutuality)
        partner = factories.user(Role.PARTNER, organisation=mutuality)
        yield {"counsellor": counsellor, "citizen": citizen, "partner": partner, "person": person, "trajectory": trajectory,
               "agreement": agreement, "step": step}


def _web(user) -> Client:
    c = Client()
    c.force_login(user)
    return c


def _state(world) -> tuple:
    t = Trajectory.objects.get(pk=world["trajectory"].pk)
    a = Agreement.objects.get(pk=world["agreement"].pk)
    s = AgreementStep.objects.get(pk=world["step"].pk)
    return (t.state, t.version, a.state, a.version, s.state, s.version, s.partner_note, Evidence.objects.count())


@pytest.mark.parametrize("version", [None, "", "abc"])
def test_editor_action_without_version_changes_nothing(world, version):
    c = _web(world["counsellor"])
    url = f"/personen/{world['person'].pk}/traject/actie/"
    data = {"action": "suspend", "id": world["trajectory"].pk, "reason": "work", "note": "Interim"}
    if version is not None:
        data["version"] = version
    with clock.travel_to(DAY):
        before = _state(world)
        page = c.post(url, data, follow=True).content.decode()
        assert "niet bewaard" in page and "versie" in page
        assert _state(world) == before
        # With the version it showed, the same action goes through.
        c.post(url, {**data, "version": before[1]})
        assert Trajectory.objects.get(pk=world["trajectory"].pk).state != before[0]


def test_new_trajectory_and_first_draft_need_no_version(world):
    """Starting and a first draft create rows; nothing existing is edited, so there is no version to send."""
    c = _web(world["counsellor"])
    url = f"/personen/{world['person'].pk}/traject/actie/"
    with clock.travel_to(DAY):
        before = Agreement.objects.count()
        c.post(url, {"action": "create_agreement", "id": world["trajectory"].pk, "title": "Tweede blad", "level": "sheet"})
        assert Agreement.objects.count() == before + 1


def test_citizen_acceptance_without_version_changes_nothing(world):
    counsellor = factories.principal(world["counsellor"])
    with clock.travel_to(DAY):
        v2 = uc.draft_for(counsellor, world["agreement"].pk, world["agreement"].version)
        uc.add_step(counsellor, v2.pk, v2.version, {"kind": "training", "title": "Attest VCA", "evidence_kind": "upload",
                                                     "due_on": DAY + dt.timedelta(days=20)})
        v2.refresh_from_db()
        v2 = uc.propose(counsellor, v2.pk, v2.version)
        page = _web(world["citizen"]).post(f"/mijn-afspraken/{v2.pk}/aanvaarden/", {}, follow=True).content.decode()
        assert "niet bewaard" in page
        assert Agreement.objects.get(pk=v2.pk).state == v2.state


def test_evidence_without_version_changes_nothing(world):
    step = world["step"]
    with clock.travel_to(DAY):
        before = _state(world)
        response = _web(world["citizen"]).post(f"/mijn-afspraken/stappen/{step.pk}/bewijs/",
                                               {"file": SimpleUploadedFile("attest.pdf", PDF, content_type="application/pdf"), "note": "nieuw"})
        assert response.status_code == 422 and "niet bewaard" in response.content.decode()
        assert _state(world) == before


def test_partner_report_without_version_keeps_the_text_and_changes_nothing(world):
    step = world["step"]
    with clock.travel_to(DAY):
        before = _state(world)
        response = _web(world["partner"]).post(f"/partner/stappen/{step.pk}/", {"note": "Gesprek met de arts-adviseur", "outcome": "note"})
        page = response.content.decode()
        assert response.status_code == 422 and "niet bewaard" in page and "Gesprek met de arts-adviseur" in page
        assert _state(world) == before


def test_an_uncaught_domain_error_on_a_page_is_its_own_status_not_500(world, monkeypatch):
    """The pages' last answer (werkregie.web.middleware.PageDomainErrors): a view that lets a domain error through."""
    from werkregie.core.errors import Conflict

    def refuse(*args, **kwargs):
        raise Conflict("Deze overeenkomst is al afgesloten.")

    monkeypatch.setattr("werkregie.trajectories.views.uc.my_agreements", refuse)
    with clock.travel_to(DAY):
        response = _web(world["citizen"]).get("/mijn-afspraken/")
    assert response.status_code == 409
    assert "Deze overeenkomst is al afgesloten." in response.content.decode()
