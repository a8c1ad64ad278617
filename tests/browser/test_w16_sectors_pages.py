"""Walk of issue 16, finding 5: /vacatures/sectoren/ showed skill labels without a Dutch one ("liaise with engineers")
unmarked, without the lang attribute and the language mark the other pages use (on the French page the Dutch ones
unmarked), and "3596 openstaande vacatures" without a thousands separator."""

import pytest

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies.models import Vacancy, VacancySkill

from .. import factories as f
from ..test_matching_platform import SKILLS
from .checks import assert_axe_clean
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LIAISE = "http://data.europa.eu/esco/skill/c5c51528-ccfc-4c53-b409-c200aaa44222"  # "liaise with engineers": English only
TOXIC = "http://data.europa.eu/esco/skill/000bb1e4-89f0-4b86-be05-05ece3641724"  # Dutch, no French label


@pytest.fixture
def sector(ref):  # noqa: ANN001, ANN201
    transport = f.organisation(OrganisationKind.EMPLOYER, name="Transport Gent nv", nace_code="49.410")
    vacancies = Vacancy.objects.bulk_create([Vacancy(employer=transport, title="Heftruckchauffeur", municipality_id="44021") for _ in range(1_204)])
    VacancySkill.objects.bulk_create([VacancySkill(vacancy=v, skill_uri=uri, essential=True) for v in vacancies[:30] for uri in (LIAISE, TOXIC, SKILLS[0])])
    f.user(Role.ANALYST, username="ann", password=PASSWORD)


def test_sector_page_marks_labels_in_another_language_and_formats_counts(page, sector):
    login(page, "ann")
    page.goto("/vacatures/sectoren/?sector=H&provincie=40000")
    heading = page.get_by_role("heading", level=2).first.inner_text()
    assert "1.204 openstaande vacatures" in heading, heading
    cell = page.locator("table td").filter(has_text="liaise with engineers").first
    assert cell.locator("[lang=en]").inner_text() == "liaise with engineers"
    assert cell.locator(".lang-mark").count() == 1  # "EN", spoken "benaming in het Engels"
    assert page.locator("#lang-legend").is_visible()
    dutch = page.locator("table td").filter(has_text="heftruck").first  # a Dutch label: no mark on a Dutch page
    assert dutch.locator(".lang-mark").count() == 0
    assert_axe_clean(page)
    page.get_by_label("Taal").select_option("fr")  # on the French page the Dutch label is marked too
    page.locator("html[lang=fr]").wait_for(state="attached")
    page.goto("/vacatures/sectoren/?sector=H&provincie=40000")
    assert page.locator("html").get_attribute("lang") == "fr"
    toxic = page.locator("table td").filter(has_text="toxicologische onderzoeken uitvoeren").first
    assert toxic.locator("[lang=nl]").count() == 1 and toxic.locator(".lang-mark").count() == 1
    assert "1.204" in page.get_by_role("heading", level=2).first.inner_text()  # Belgian notation in French too
    assert_axe_clean(page)
