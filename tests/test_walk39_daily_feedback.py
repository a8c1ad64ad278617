"""Second walk of stop 39 (issue 12 and 16), each finding as a test: a vacancy the person was not retained for was the
counsellor's first "best vacancy", unmarked; feedback could be given again and again (a second, contradicting message
to the candidate); "Andere reden" without a word for the counsellor; a hired candidate's row offered feedback; a
newspaper cited under "officiële statistiek" with periods mixed unsaid; the persons CSV wrote the INSZ as a number."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.vacancies.models import ApplicationFeedback

from . import factories as f
from .test_vacancies_round2 import api, applied, move, world  # noqa: F401 (fixture)


def _web(user) -> Client:  # noqa: ANN001
    client = Client()
    client.force_login(user)
    return client


def _feedback(world, application, **body):  # noqa: ANN001, ANN003, ANN202, F811
    application.refresh_from_db()
    return api(world["boss"], "post", f"/api/v1/vacancies/applications/{application.pk}/feedback", {**body, "version": application.version})


def test_feedback_is_given_once_per_step_and_the_form_shows_what_was_given(world):  # noqa: F811
    application = applied(world)
    assert move(world, world["boss"], application, "invite").status_code == 200
    assert _feedback(world, application, reason="motivation").status_code == 201
    again = _feedback(world, application, reason="language")
    assert again.status_code == 409 and "al terugkoppeling bij deze stap" in again.json()["detail"]
    assert ApplicationFeedback.objects.filter(application=application).count() == 1
    page = _web(world["boss"]).get(f"/sollicitaties/{application.pk}/terugkoppeling/").content.decode()
    assert "Al gegeven" in page and "Motivatie" in page
    assert _feedback(world, application, reason="language", reject=True).status_code == 201  # the rejection is another step
    assert ApplicationFeedback.objects.filter(application=application).count() == 2


def test_another_reason_needs_a_word_for_the_counsellor(world):  # noqa: F811
    application = applied(world)
    move(world, world["boss"], application, "invite")
    bare = _feedback(world, application, reason="other")
    assert bare.status_code == 422 and [e["field"] for e in bare.json()["errors"]] == ["note"]
    assert _feedback(world, application, reason="other", note="Geen rijbewijs C, dat nodig is.").status_code == 201


def test_the_counsellor_sees_which_best_vacancy_the_person_was_not_retained_for_and_a_hire_offers_no_feedback(world):  # noqa: F811
    application = applied(world)
    assert _feedback(world, application, reason="language", reject=True).status_code == 201
    page = _web(world["counsellor"]).get(f"/personen/{world['person'].pk}/vacatures/").content.decode()
    card = page[page.index("Heftruckchauffeur", page.index('class="matches"')):][:3000]
    assert "Solliciteerde al — niet weerhouden" in card
    listed = _web(world["boss"]).get(f"/vacatures/{world['job'].pk}/sollicitaties/").content.decode()
    assert f"/sollicitaties/{application.pk}/terugkoppeling/" in listed  # rejected: feedback still possible
    application.state = "hired"
    application.save(update_fields=["state"])
    listed = _web(world["boss"]).get(f"/vacatures/{world['job'].pk}/sollicitaties/").content.decode()
    assert f"/sollicitaties/{application.pk}/terugkoppeling/" not in listed


@pytest.mark.django_db
def test_a_figure_reported_by_a_newspaper_says_so_and_mixed_periods_are_said(client, ref):
    client.force_login(f.user(Role.MUNICIPALITY))  # Gent: province, region, country
    page = client.get("/kerncijfers/gemeente/").content.decode()
    section = page[page.index('class="kpi-official"'):page.index("</section>", page.index('class="kpi-official"'))]
    assert "Statbel-cijfer zoals bericht door" in section and "nieuwsblad.be" in section
    assert "niet dezelfde laatste periode" in section


@pytest.mark.django_db
def test_the_persons_csv_writes_the_insz_as_the_page_does(client, ref):
    from werkregie.organisations.models import OrganisationKind
    from werkregie.people.enums import StatusKind

    org = f.organisation(OrganisationKind.MUNICIPALITY, municipality_id="44021")
    person = f.person(insz="00081205162", municipality_id="44021")
    f.episode(person, StatusKind.LEEFLOON, municipality="44021")
    client.force_login(f.user(Role.MUNICIPALITY, org))
    body = client.get("/export/personen.csv").content.decode("utf-8-sig")
    assert "00.08.12-051.62" in body and ";00081205162;" not in body


def test_a_client_in_a_vdab_trajectory_is_not_referred_and_the_sent_note_is_shown(db, ref, client):
    import datetime as dt

    from werkregie.core import clock
    from werkregie.core.errors import InvalidInput
    from werkregie.municipalities import use_cases
    from werkregie.trajectories.models import Trajectory

    guided, new = (f.person(municipality_id="44021") for _ in range(2))
    for p in (guided, new):
        f.episode(p, "leefloon", dt.date(2025, 2, 1), municipality="44021")
    Trajectory.objects.create(person=guided, kind="standard", started_on=dt.date(2025, 3, 1), state="active")
    worker = f.user(Role.MUNICIPALITY)
    with clock.travel_to(dt.date(2025, 6, 30)):
        with pytest.raises(InvalidInput) as refused:
            use_cases.refer(f.principal(worker), guided.pk, "Wil graag werken, heeft rijbewijs B.")
        assert "al in een traject bij VDAB" in refused.value.errors[0].message
        client.force_login(worker)
        page = client.get(f"/personen/{guided.pk}/").content.decode()
        assert "doorverwijzen is niet nodig" in page and 'action="/gemeente/leefloon/' not in page
        use_cases.refer(f.principal(worker), new.pk, "Wil graag werken, heeft rijbewijs B.")
        assert "Uw toelichting: “Wil graag werken, heeft rijbewijs B.”" in client.get(f"/personen/{new.pk}/").content.decode()


def test_the_citizen_reads_the_employers_feedback_beside_the_application(world):  # noqa: F811
    application = applied(world)
    assert _feedback(world, application, reason="language", reject=True).status_code == 201
    page = _web(world["citizen"]).get("/mijn-vacatures/").content.decode()
    section = page[page.index('id="h-applications"'):]
    assert "Terugkoppeling van de werkgever" in section
