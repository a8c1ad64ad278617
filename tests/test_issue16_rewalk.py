"""Issue 16, findings of a re-walk: the employer's suggestions say who they leave out and how to ask VDAB; a VDAB
proposal with consent is an employer notice and the employer's vacancy list shows where something happened; INSZ in
the Belgian notation; the counsellor's candidate list gives counsellor advice."""

from __future__ import annotations

from django.template import Context, Template

from werkregie.core.identifiers import format_insz
from werkregie.people.enums import ConsentPurpose
from werkregie.people.models import Consent
from werkregie.vacancies import use_cases
from werkregie.vacancies.models import Application, ApplicationOrigin, EmployerNotice

from .test_matching_platform import NOW, vacancy
from .test_vacancies import logged_in, world  # noqa: F401 - the fixture


def test_suggestions_say_a_known_best_candidate_is_with_the_applications_and_how_to_ask_vdab(world):  # noqa: F811
    person = world["person"]
    Consent.objects.create(person=person, purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=NOW)
    Application.objects.create(vacancy=world["job"], person=person, origin=ApplicationOrigin.PROPOSED, state="interested")
    html = logged_in(world["boss"]).get(f"/vacatures/{world['job'].pk}/suggesties/").content.decode()
    assert "data-known-candidates" in html and "staat bij de sollicitaties" in html
    assert f'href="/vacatures/{world["job"].pk}/sollicitaties/"' in html
    # the empty state says how to ask VDAB, with the vacancy's number
    assert "0800 30 700" in html and f"vacaturenummer {world['job'].pk}" in html


def test_a_vdab_proposal_with_consent_is_an_employer_notice_named_on_its_ground(world):  # noqa: F811
    person = world["person"]
    Consent.objects.create(person=person, purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=NOW)
    application = Application.objects.create(vacancy=world["job"], person=person, origin=ApplicationOrigin.PROPOSED, state="interested")
    use_cases.proposed(application)
    assert list(EmployerNotice.objects.values_list("event", flat=True)) == ["proposed"]
    html = logged_in(world["boss"]).get("/vacatures/berichten/").content.decode()
    assert "Kandidaat voorgesteld door VDAB" in html and person.last_name in html


def test_a_proposal_without_consent_tells_the_employer_nothing(world):  # noqa: F811
    application = Application.objects.create(vacancy=world["job"], person=world["person"], origin=ApplicationOrigin.PROPOSED)
    use_cases.proposed(application)
    assert not EmployerNotice.objects.exists()


def test_the_employer_vacancy_list_puts_new_activity_first_with_its_count(world):  # noqa: F811
    quiet = vacancy(world["employer"], title="Stille vacature")  # the newest: first without activity
    Consent.objects.create(person=world["person"], purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=NOW)
    use_cases.proposed(Application.objects.create(vacancy=world["job"], person=world["person"], origin=ApplicationOrigin.PROPOSED, state="interested"))
    html = logged_in(world["boss"]).get("/vacatures/").content.decode()
    assert html.index(world["job"].title) < html.index(quiet.title)
    assert "1 nieuw bericht" in html and "data-activity" in html


def test_insz_is_written_the_belgian_way():
    assert Template("{% load belgian %}{{ n|be_insz }}").render(Context({"n": "83042714342"})) == "83.04.27-143.42"
    assert format_insz("83042714342") == "83.04.27-143.42"


def test_the_citizen_page_shows_the_insz_the_belgian_way(world):  # noqa: F811
    html = logged_in(world["citizen"]).get("/mijn-gegevens/").content.decode()
    assert format_insz(world["person"].insz) in html and world["person"].insz not in html


def test_the_counsellor_gets_counsellor_advice_on_few_candidates():
    page = Template('{% include "vacancies/_few_results.html" with reader=reader %}')
    counsellor = page.render(Context({"few": True, "results": [], "reader": "candidates_counsellor"}))
    employer = page.render(Context({"few": True, "results": [], "reader": "candidates"}))
    assert "vraag de VDAB om mee te zoeken" not in counsellor and "door te verwijzen" in counsellor
    assert "vraag de VDAB om mee te zoeken" in employer


def test_my_terms_list_a_planned_hearing_beside_the_agreements(client, ref):
    """Re-walk of issue 16: "Mijn afspraken" said "Geen lopende termijnen" while a hearing was planned (only on
    /mijn-dossier/); the person's running terms are all listed, the hearing with its day."""
    import datetime as dt

    from werkregie.accounts.models import Role
    from werkregie.compliance.enums import Infringement
    from werkregie.compliance.models import Case
    from werkregie.core import clock

    from . import factories as f

    person = f.person(first_name="Sofie", last_name="Peeters")
    citizen = f.user(Role.CITIZEN, person=person)
    hearing = clock.now() + dt.timedelta(days=10)
    Case.objects.create(person=person, infringement=Infringement.MISSED_APPOINTMENT, source_workflow="t", source_id=1,
                        occurred_on=clock.today() - dt.timedelta(days=20), opened_at=clock.now(), state="hearing_planned",
                        hearing_at=hearing, deadline=clock.today() + dt.timedelta(days=9))
    client.force_login(citizen)
    page = client.get("/mijn-afspraken/").content.decode()
    assert "Verhoor bij de controledienst" in page and "Geen lopende termijnen" not in page
    assert hearing.astimezone(clock.BRUSSELS).strftime("%d/%m/%Y") in page
