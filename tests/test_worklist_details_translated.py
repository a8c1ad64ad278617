"""Walk of stop 26: the worklist's screening and agreement lines ("Werkzoekend sinds …", "Laatste beoordeling op …")
stayed Dutch on French and English pages. The sweep stores them coded; the page shows them in the reader's language."""

import datetime as dt

from django.utils import translation

from werkregie.workflows.labels import render
from werkregie.worklist.sweeps import _screening_detail


def test_screening_details_are_shown_in_the_readers_language():
    stored = _screening_detail("new", dt.date(2026, 2, 1)), _screening_detail("rescreen", dt.date(2025, 11, 3))
    with translation.override("nl"):
        assert [render(s) for s in stored] == ["Werkzoekend sinds 01/02/2026, nog niet gescreend in deze periode.",
                                               "Laatste beoordeling op 03/11/2025."]
    with translation.override("en"):
        assert [render(s) for s in stored] == ["Job seeker since 01/02/2026, not yet screened in this period.", "Last assessment on 03/11/2025."]
    with translation.override("fr"):
        assert render(stored[1]) == "Dernière évaluation le 03/11/2025."
