"""The minor findings of the employer-side walk of stop 42 (issue 12), each as it was seen."""

from __future__ import annotations

import html

import pytest
from django.test import Client

from .test_vacancies import logged_in, world  # noqa: F401 - the vacancy page's fixture

pytestmark = pytest.mark.django_db


def test_every_support_measure_is_named_in_french_on_a_french_page(ref):
    """7 of the 12 measures kept their Dutch names on /steunmaatregelen/ in French."""
    import re

    page = html.unescape(Client().get("/steunmaatregelen/", HTTP_ACCEPT_LANGUAGE="fr").content.decode())
    headings = re.findall(r'<h3 id="h-[^"]+"><span( lang="nl")?>([^<]+)</span></h3>', page)
    assert len(headings) == 11 and not [name for dutch, name in headings if dutch]  # none kept in Dutch (lang="nl")
    names = [name for _lang, name in headings]
    assert "Prime flamande de soutien (VOP) pour l'employeur" in names and "Loonpremie collectief maatwerk" not in names
    # the rules' own (Dutch) label stays beside each, marked as such
    assert re.search(r'Dans les règles\W+<span lang="nl">Vlaamse ondersteuningspremie \(VOP\) voor de werkgever', page)


def test_the_sector_view_names_the_provinces_in_french(ref):
    """The French sector page and its CSV read "Provincie Oost-Vlaanderen"."""
    from tests import factories as f
    from werkregie.accounts.models import Role

    client = Client()
    client.force_login(f.user(Role.ANALYST))
    page = html.unescape(client.get("/vacatures/sectoren/", {"provincie": "40000"}, HTTP_ACCEPT_LANGUAGE="fr").content.decode())
    assert "Province de Flandre orientale" in page and "Provincie Oost-Vlaanderen" not in page


def test_a_bad_sector_filter_is_said_on_the_views_own_page_with_a_way_back(ref):
    """/vacatures/sectoren/?sector=ZZ&provincie=abc answered a "Geen toegang" page."""
    from tests import factories as f
    from werkregie.accounts.models import Role

    client = Client()
    client.force_login(f.user(Role.ANALYST))
    response = client.get("/vacatures/sectoren/", {"sector": "ZZ", "provincie": "abc"})
    page = html.unescape(response.content.decode())
    assert response.status_code == 422 and "Geen toegang" not in page
    assert "Kies een Vlaamse provincie." in page and 'href="/vacatures/sectoren/"' in page and 'class="error-summary"' in page


def test_the_referral_page_of_a_vacancy_no_longer_open_says_so_first(ref):
    """The counsellor filled the whole form in for a filled vacancy, then read "Niet meer open."."""
    from tests import factories as f
    from werkregie.accounts.models import Role
    from werkregie.organisations.models import OrganisationKind
    from werkregie.vacancies.models import Vacancy

    vacancy = Vacancy.objects.create(employer=f.organisation(OrganisationKind.EMPLOYER), title="Heftruckchauffeur", municipality_id="44021",
                                     state="filled", open=False)
    client = Client()
    client.force_login(f.user(Role.COUNSELLOR))
    page = html.unescape(client.get(f"/vacatures/{vacancy.pk}/doorverwijzen/").content.decode())
    assert "Deze vacature is niet meer open (Ingevuld): doorverwijzen kan niet meer." in page
    assert 'name="person"' not in page and "Doorverwijzen</button>" not in page


def test_the_employers_candidate_list_says_whom_it_lists(ref):
    """"3 personen gevonden" while the vacancy had 5 applications, with no word on the rejected and hired ones."""
    from tests import factories as f
    from werkregie.accounts.models import Role

    client = Client()
    client.force_login(f.user(Role.EMPLOYER))
    page = html.unescape(client.get("/werkgever/kandidaten/").content.decode())
    assert "Wie niet weerhouden werd, vindt u bij de sollicitaties van die vacature" in page


def test_an_own_application_s_history_starts_with_applying(world):  # noqa: F811
    """The citizen's "Verloop van uw sollicitatie" began "Aangemaakt → Voorgesteld" though nobody proposed them."""
    from werkregie.accounts.principal import Principal
    from werkregie.vacancies import use_cases

    use_cases.apply(Principal.for_session(world["citizen"]), world["job"].pk)
    page = html.unescape(logged_in(world["citizen"]).get(f"/vacatures/{world['job'].pk}/").content.decode())
    history = page.split("Verloop van uw sollicitatie")[1].split("</ol>")[0]
    assert "Gesolliciteerd" in history and "Voorgesteld" not in history and "Aangemaakt" not in history


def test_a_distance_without_a_place_is_said_not_ignored(ref):
    response = Client().get("/vacatures/zoeken/", {"radius_km": "10"})
    page = html.unescape(response.content.decode())
    assert response.status_code == 422 and "Vul een gemeente of postcode in om binnen een afstand te zoeken." in page
    assert Client().get("/vacatures/zoeken/", {"radius_km": "10", "place": "Gent"}).status_code == 200


def test_the_employers_feedback_is_in_the_applications_history_at_its_moment(world):  # noqa: F811
    """The feedback showed on the citizen's page, not in "Verloop van uw sollicitatie"."""
    from werkregie.accounts.principal import Principal
    from werkregie.vacancies import feedback, use_cases

    application = use_cases.apply(Principal.for_session(world["citizen"]), world["job"].pk)
    feedback.give(Principal.for_session(world["boss"]), application.pk, "other_hired", reject=True)
    page = html.unescape(logged_in(world["citizen"]).get(f"/vacatures/{world['job'].pk}/").content.decode())
    history = page.split("Verloop van uw sollicitatie")[1].split("</ol>")[0]
    lines = history.split("<li>")[1:]
    assert "Gesolliciteerd" in lines[0] and any("Terugkoppeling van de werkgever" in line for line in lines[1:])


def test_the_search_sorts_the_nearest_first_around_a_place(ref):
    """The search offered no "closest first" although each hit said "± 22 km"."""
    from tests import factories as f
    from werkregie.organisations.models import OrganisationKind
    from werkregie.vacancies import search
    from werkregie.vacancies.models import Vacancy

    employer = f.organisation(OrganisationKind.EMPLOYER)
    for nis in ("44021", "44083", "41002", "44021"):  # Gent, Deinze (~17 km), Aalst (~25 km), Gent again
        Vacancy.objects.create(employer=employer, title="Magazijnier", municipality_id=nis, state="published", open=True)
    found = search.search(search.Filters(q="magazijnier", place="Gent", radius_km=50, sort="distance"))
    distances = [h.distance_km for h in found.hits]
    assert found.count == 4 and distances == sorted(distances) and distances[0] == 0
    page = html.unescape(Client().get("/vacatures/zoeken/", {"q": "magazijnier", "place": "Gent", "radius_km": "50", "sort": "distance"}).content.decode())
    assert "dichtstbij eerst" in page and page.index("Gent") < page.index("Aalst")
    refused = Client().get("/vacatures/zoeken/", {"q": "magazijnier", "sort": "distance"})
    assert refused.status_code == 422 and "Op afstand sorteren kan rond een gemeente, binnen een afstand." in html.unescape(refused.content.decode())


@pytest.mark.parametrize("code,valid", [("41.201", True), ("85.592", True), ("99.000", True), ("47.1", True), ("99.999", False),
                                        ("85.999", False), ("41.9", False), ("00.000", False)])
def test_a_nace_code_s_group_and_class_exist_in_nace_rev_2(code, valid):
    """99.999 ("Extraterritoriale organisaties") and 85.999 were saved as the employer's sector."""
    from werkregie.organisations.sectors import nace_problem

    assert (nace_problem(code) is None) is valid


def test_a_referral_reads_as_one_in_the_persons_history(world):  # noqa: F811
    """Re-walk: a person referred by the counsellor read "Solliciteren → Gesolliciteerd", as if they applied themselves."""
    from werkregie.accounts.principal import Principal
    from werkregie.core import clock
    from werkregie.vacancies import use_cases

    use_cases.apply(Principal.for_session(world["counsellor"]), world["job"].pk, world["person"].pk, agreement=True, agreement_how="phone",
                    agreement_on=clock.today())
    page = html.unescape(logged_in(world["citizen"]).get(f"/vacatures/{world['job'].pk}/").content.decode())
    history = page.split("Verloop van uw sollicitatie")[1].split("</ol>")[0]
    assert "Doorverwezen door uw bemiddelaar" in history and "Solliciteren →" not in history


def test_a_vacancy_closed_meanwhile_sends_its_editor_back_to_it_with_the_reason(world):  # noqa: F811
    """Re-walk: saving the edit of a vacancy closed in another tab answered a "Geen toegang" page without a way back."""
    world["job"].state, world["job"].open = "closed", False
    world["job"].save()
    response = logged_in(world["boss"]).post(f"/vacatures/{world['job'].pk}/bewerken/", {"title": "x", "action": "draft", "version": "1"})
    assert response.status_code == 302 and response["Location"] == f"/vacatures/{world['job'].pk}/"


def test_the_french_provinces_keep_the_dutch_order(ref):
    from django.utils import translation

    from werkregie.vacancies.sectors import _provinces

    with translation.override("fr"):
        french = [nis for nis, _name in _provinces()]
    with translation.override("nl"):
        dutch = [nis for nis, _name in _provinces()]
    assert french == dutch and dutch[0] == "10000"  # Antwerpen first


def test_the_counsellor_finds_the_edit_link_on_the_vacancy_page(world):  # noqa: F811
    """Re-walk: VDAB may edit a vacancy (it posts for employers), but its vacancy page had no link to the form."""
    page = logged_in(world["counsellor"]).get(f"/vacatures/{world['job'].pk}/").content.decode()
    assert f'href="/vacatures/{world["job"].pk}/bewerken/"' in page
