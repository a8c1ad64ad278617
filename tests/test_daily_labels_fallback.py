"""Issue 16, point 7 (the walk's findings): a label missing in the reader's language falls back to Dutch (VDAB's
labels) before English, each fallback marked; the mark is short per label and explained once per page; occupations
go through the same helper and start with a capital when shown as a name (the Opleidingswijzer)."""

import re

import pytest
from django.test import Client
from django.utils import translation

from tests.test_daily_labels import ENGLISH_ONLY, market  # noqa: F401 - shared fixture
from tests.test_training_rights import employee  # noqa: F401 - shared fixture
from tests.training_support import OCCUPATION
from werkregie.matching import labels
from werkregie.matching.engine.taxonomy import load
from werkregie.matching.templatetags.skills import occupation_label

TAX = load()
OPERATE_FORKLIFT = next(s for s in TAX.skills if s.labels.get("en", [""])[0] == "operate forklift")
LONG_NOTE = "er is nog geen benaming in uw taal"


def test_a_french_reader_gets_the_dutch_label_before_the_english_one_and_it_is_marked():
    assert not OPERATE_FORKLIFT.labels.get("fr") and OPERATE_FORKLIFT.labels["nl"][0] == "heftrucks bedienen"
    with translation.override("fr"):
        entry = labels.skill(OPERATE_FORKLIFT.uri, "fr")
        assert entry["label"] == "heftrucks bedienen" and entry["lang"] == "nl"
        html = labels.render(entry)
        assert '<span lang="nl">heftrucks bedienen</span>' in html and '<span aria-hidden="true">NL</span>' in html
        assert "operate forklift" not in html
    with translation.override("en"):
        assert labels.skill(OPERATE_FORKLIFT.uri, "en")["label"] == "operate forklift"


def test_the_mark_is_short_per_label_and_the_page_explains_it_once(market):  # noqa: F811
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(market["citizen"])
    html = client.get(f"/vacatures/{market['vacancy'].pk}/").content.decode()
    marks = re.findall(r'<span class="lang-mark" data-lang="en"', html)
    assert len(marks) >= 2, "the page should show several English-only labels"
    assert LONG_NOTE not in html
    assert html.count('id="lang-legend"') == 1 and "nog geen benaming in uw taal" in html
    assert 'title="benaming in het Engels"' in html


def test_occupations_in_the_opleidingswijzer_start_with_a_capital_and_use_the_helper(employee):  # noqa: F811
    _person, citizen = employee
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(citizen)
    page = client.get("/mijn-loopbaan/opleidingen/", {"beroep": OCCUPATION}).content.decode()
    label = TAX.occupations[TAX.occupation_index[OCCUPATION]].labels["nl"][0]
    assert label[0].islower()
    assert f'<span class="skill">{label[0].upper()}{label[1:]}</span>' in page
    assert f">{label}<" not in page and f">{label}\n" not in page


def test_an_occupation_without_a_label_in_the_readers_language_is_marked():
    item = next(o for o in TAX.occupations if o.labels.get("nl"))
    bare = {**item.labels, "fr": []}
    original = item.labels
    item.labels = bare
    try:
        with translation.override("fr"):
            html = occupation_label(item.uri)
        assert '<span lang="nl">' in html and '<span aria-hidden="true">NL</span>' in html
        assert labels.capitalised(item.labels["nl"][0]) in html.replace("&#x27;", "'")
    finally:
        item.labels = original


@pytest.mark.parametrize("text,shown", [("heftruckchauffeur", "Heftruckchauffeur"), ("ICT-beheerder", "ICT-beheerder"), ("", "")])
def test_capitalised_only_touches_the_first_letter(text, shown):
    assert labels.capitalised(text) == shown


