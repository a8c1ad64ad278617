"""Walk of issue 16 (finding 10): a vacancy's candidate list read "Vlaanderen: 3 goede kandidaten" above "We vonden maar
4 kandidaten" and 4 cards: the ring line counted the ring search's own threshold (MATCHING_GOOD_SCORE), the list shows
from MATCHING_SHOWN_SCORE. The ring line now counts the candidates listed, and names the ring search's score."""

import re

from django.test import Client

from .test_matching_platform import market  # noqa: F401 - the shared fixture


def test_the_ring_line_counts_the_cards_listed(market, settings):  # noqa: F811
    settings.MATCHING_GOOD_SCORE = 101  # no one reaches the ring search's score; the shown ones are still listed
    client = Client()
    client.force_login(market["counsellor"])
    html = client.get(f"/vacatures/{market['near'].pk}/kandidaten/").content.decode()
    section = html[html.index('id="h-candidates"'):]
    good_list = section[section.index('<ol class="matches">'):]
    good_list = good_list[:good_list.index("</ol>")]
    cards = good_list.count('<li><h3 id="cand-')
    assert cards >= 1
    counts = [int(n) for n in re.findall(r"(\d+) kandidate?n? op de lijst", html)]
    assert sum(counts) == cards, (counts, cards)
    assert "goede kandida" not in html.split('id="h-candidates"')[0]
    assert "met een score van minstens 101" in html
