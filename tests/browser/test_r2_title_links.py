"""Issue 16, walk: a link that is a result's whole title (<h3><a>) in a list (/vacatures/zoeken/, /mijn-vacatures/,
/mijn-loopbaan/opleidingen/, /vacatures/N/kandidaten/) was 21 px high; like a link in a table cell it is a 24 px target."""

import pytest

from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies.models import Vacancy

from .. import factories as f
from .checks import PHONE, small_targets, viewport

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("size", [None, PHONE])
def test_a_title_link_in_a_result_list_is_a_24_px_target(page, size):
    Vacancy.objects.create(employer=f.organisation(OrganisationKind.EMPLOYER, name="Net nv"), title="Schoonmaker kantoren")
    page.goto("/vacatures/zoeken/", timeout=120_000)
    with viewport(page, size or {"width": 1280, "height": 900}):
        page.goto("/vacatures/zoeken/")
        page.locator("ol.results h3 > a").first.wait_for()
        small = [t for t in small_targets(page) if t["el"].startswith('<a href="/vacatures/')]
    assert not small, f"title links under 24 px: {small}"
