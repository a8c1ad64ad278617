"""Issue 12 (r3, point 2): sharing the hiring-support result with an employer shows it a verdict per measure, and a
"yes" on a measure with conditions on the person's side (an age band, long unemployment) tells the employer that the
person meets them. The consent on the vacancy page no longer says the employer never sees anything of the person's
data: it names, for this vacancy, each measure that would be shared and what a "yes" tells; the API says the same; and
the sharing stays revocable per application."""

from __future__ import annotations

import html

from django.test import Client

from werkregie.core.clock import travel_to
from werkregie.vacancies import hiring
from werkregie.vacancies.models import Application

from .test_vacancies_round2 import TODAY, _long_term, api, applied, world  # noqa: F401 - world is the fixture


def test_the_consent_names_each_measure_and_what_a_yes_tells(world):  # noqa: F811
    application = applied(world)
    citizen = Client()
    citizen.force_login(world["citizen"])
    with travel_to(TODAY):
        told = hiring.sharing_tells(application)
        page = html.unescape(citizen.get(f"/vacatures/{world['job'].pk}/").content.decode())
    names = [d.name for d in told]
    assert told and all(d.tells for d in told)
    sentences = [s for d in told for s in d.tells]
    assert any("jaar" in s for s in sentences) and any("maanden ingeschreven" in s for s in sentences)  # age band, long unemployment
    section = page[page.index('id="h-share"'):page.index("Niet meer delen met de werkgever") if "Niet meer delen" in page else page.index("Delen met de werkgever")]
    assert "uw gegevens zelf ziet de werkgever nooit" not in section
    assert "kan de werkgever wel afleiden" in section
    for d in told:
        assert d.name in section, d.name
        for sentence in d.tells:
            assert sentence in section, sentence
    assert len(names) == len(set(names))


def test_the_api_says_what_sharing_tells_and_sharing_is_revocable(world):  # noqa: F811
    _long_term(world)
    application = applied(world)
    url = f"/api/v1/vacancies/applications/{application.pk}/measures"
    with travel_to(TODAY):
        before = api(world["citizen"], "get", url).json()
        assert [d["measure"] for d in before["sharing_tells"]] == [d.name for d in hiring.sharing_tells(application)]
        assert api(world["citizen"], "put", f"{url}/sharing", {"share": True}).status_code == 200
        assert api(world["boss"], "get", url).json()["shared"] is True
        revoked = api(world["citizen"], "put", f"{url}/sharing", {"share": False})
        assert revoked.status_code == 200 and revoked.json()["shared"] is False
        seen = api(world["boss"], "get", url).json()
    assert seen["shared"] is False and all(m["qualifies"] is None for m in seen["measures"])
    assert Application.objects.get(pk=application.pk).measures_shared_at is None
