"""Walk of issue 16, finding 1, in the browser: the employer's "Steunmaatregelen" page with every condition opened, and
the analyst's policy simulation with its help list opened, show the rules in plain words: none of the maintainers'
notes the walk found there ("issue 15", "rules.md", "geen netwerk", "zie leeftijd_laag", "staat in leerlingen/",
`vrijstelling_laaggeschoold` inside a description)."""

import pytest

from werkregie.accounts.models import Role

from .. import factories as f
from ..test_w16_rules_plain_words import DEVELOPER_NOTE
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _notes(texts: list[str]) -> list[str]:
    return [m.group(0) + " in: " + t[:120] for t in texts for m in [DEVELOPER_NOTE.search(t)] if m]


def test_measures_page_shows_conditions_in_plain_words(page):
    page.goto("/steunmaatregelen/")
    for details in page.locator("article.measure details").all():
        details.locator("summary").click()
    conditions = page.locator("ul.conditions > li > span").all_inner_texts()
    assert len(conditions) > 40 and all(t.strip() for t in conditions)
    descriptions = page.locator("article.measure > p[lang=nl]").all_inner_texts()
    assert _notes(conditions + descriptions) == []
    text = page.locator("main").inner_text()
    assert "issue 15" not in text and "rules.md" not in text and "leeftijd_laag" not in text


def test_simulation_help_describes_parameters_in_plain_words(page):
    f.user(Role.ANALYST, username="analist", password=PASSWORD)
    login(page, "analist")
    page.goto("/beleidssimulatie/")
    page.get_by_text("Welke regels, hervormingen en parameters kunt u kiezen?").click()
    descriptions = page.locator("td[data-label=Omschrijving]").all_inner_texts()
    assert len(descriptions) > 40
    assert _notes(descriptions) == []
