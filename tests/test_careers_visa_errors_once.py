"""Issue 13, the walk: the competence visa form showed an error's text again beside the field's own error (the warning
about an earlier visa repeated what the error said). The platform's pattern: one error beside the field, and the error
summary at the top linking to it; nothing else repeats it."""

import datetime as dt
import re

import pytest
from django.test import Client

from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.careers.use_cases import visa
from werkregie.core import clock

pytestmark = pytest.mark.django_db


def _errors_shown(html: str, message: str) -> tuple[int, int, int]:
    """(beside a field, linked in the summary, anywhere in the main text) for one message."""
    main = html[html.index("<main"):html.index("</main>")]
    beside = sum(m.count(message) for m in re.findall(r'<ul class="errorlist field-error"[^>]*>(.*?)</ul>', main, re.S))
    summary = main[main.index('class="error-summary"'):]
    summary = summary[:summary.index("</div>")]
    linked = sum(m.count(message) for m in re.findall(r'<a href="#id_[^"]+">(.*?)</a>', summary, re.S))
    return beside, linked, re.sub(r"<[^>]+>", " ", main).count(message)


def test_each_visa_error_once_beside_its_field_and_once_in_the_summary(world):
    client = Client()
    client.force_login(world.counsellor)
    url = f"/personen/{world.person.pk}/competentievisum/"
    missing = client.post(url, {"dismissal": "collective", "former_employer": "Bekaert", "dismissal_date": "2026-11-01", "level_0": "expert"})
    assert missing.status_code == 422
    assert _errors_shown(missing.content.decode(), "Kies hoe de competentie is aangetoond.") == (1, 1, 2)

    day = clock.today() - dt.timedelta(days=20)
    visa.issue(world.p(world.counsellor), world.person.pk, dismissal="collective", former_employer="Bekaert Zwevegem", dismissal_date=day,
               occupation_uri=world.occupation, summary="", skills=[{"uri": u, "level": "expert", "evidence": "observation"} for u in skill_uris(1)])
    assert "Een tweede visum voor hetzelfde ontslag kan niet" in client.get(url).content.decode()  # the warning before a second visa
    second = client.post(url, {"dismissal": "collective", "former_employer": "Ander bedrijf", "dismissal_date": (day + dt.timedelta(days=5)).isoformat(),
                               "level_0": "expert", "evidence_0": "test"})
    html = second.content.decode()
    assert _errors_shown(html, "Bevestig dat dit visum over een ander ontslag gaat.") == (1, 1, 2)
    assert "Een tweede visum voor hetzelfde ontslag kan niet" not in html, "the warning repeats what the error beside the field says"
