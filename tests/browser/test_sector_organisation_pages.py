"""Issue 12 point 8 in the browser: an employers' sector organisation (Constructiv, construction) logs in, lands on the
competences of its own sector, at 1280 px and on a 390 px phone: its menu holds its two pages, the form only its
sector, the chart and the table its figures; another sector shows the 403 page saying why."""

import pytest

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.vacancies.models import Vacancy, VacancySkill

from .. import factories as f
from ..test_matching_platform import SKILLS
from .checks import assert_axe_clean, assert_no_horizontal_scroll, assert_no_leaks
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def fund(ref):  # noqa: ANN001, ANN201
    builder = f.organisation(OrganisationKind.EMPLOYER, name="Bouw Gent nv", nace_code="41.201")
    carrier = f.organisation(OrganisationKind.EMPLOYER, name="Transport Gent nv", nace_code="49.410")
    built = Vacancy.objects.bulk_create([Vacancy(employer=builder, title="Metselaar", municipality_id="44021") for _ in range(12)])
    driven = Vacancy.objects.bulk_create([Vacancy(employer=carrier, title="Chauffeur", municipality_id="44021") for _ in range(5)])
    VacancySkill.objects.bulk_create([VacancySkill(vacancy=v, skill_uri=SKILLS[0], essential=True) for v in built + driven])
    org = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.SECTOR_ORGANISATION, sectors="F", name="Constructiv")
    f.user(Role.PARTNER, org, username="wim", password=PASSWORD)


@pytest.mark.parametrize("size", [{"width": 1280, "height": 900}, {"width": 390, "height": 844}])
def test_the_sector_organisation_opens_its_sector_view(page, fund, size):
    page.set_viewport_size(size)
    login(page, "wim")
    page.goto("/")
    assert page.url.endswith("/vacatures/sectoren/")  # its landing page
    heading = page.get_by_role("heading", level=2).first.inner_text()
    assert "Bouwnijverheid, heel Vlaanderen: 12 openstaande vacatures" in heading, heading
    options = page.locator("#id_sector option").all_inner_texts()
    assert options == ["Bouwnijverheid", "F — Bouwnijverheid"], options
    assert page.locator("svg[role=img]").count() == 1 and page.locator("table td").first.is_visible()
    assert page.get_by_role("link", name="Downloaden als CSV").is_visible()
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    assert_no_leaks(page)
    page.goto("/vacatures/sectoren/?sector=H")
    assert page.get_by_role("heading", level=1).inner_text() == "Geen toegang"
    assert "vertegenwoordigt Bouwnijverheid" in page.locator("main").inner_text()
    page.goto("/caseload/")
    assert page.get_by_role("heading", level=1).inner_text() == "Geen toegang"
