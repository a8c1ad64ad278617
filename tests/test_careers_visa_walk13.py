"""Findings of the browser walk of issue 13 on the competence visa form: the error summary names the competence, the
warning names every earlier visa, and "1 competentie" is singular (also on Mijn Loopbaan)."""

import datetime as dt
import re

import pytest
from django.test import Client

from tests.careers_support import key_folder, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.careers.use_cases import visa
from werkregie.core import clock

pytestmark = pytest.mark.django_db


def _counsellor(world) -> Client:
    client = Client()
    client.force_login(world.counsellor)
    return client


def _text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def _issue(world, employer: str, days_ago: int, n: int = 1, confirm: bool = False):
    return visa.issue(world.p(world.counsellor), world.person.pk, dismissal="collective", former_employer=employer,
                      dismissal_date=clock.today() - dt.timedelta(days=days_ago + 10), occupation_uri=world.occupation, summary="",
                      skills=[{"uri": u, "level": "expert", "evidence": "observation"} for u in skill_uris(n)], confirm_recent=confirm)


def test_the_error_summary_names_the_competence(world):
    url = f"/personen/{world.person.pk}/competentievisum/"
    name = visa.candidates(world.p(world.counsellor), world.person.pk).skills[0]["label"]
    answer = _counsellor(world).post(url, {"dismissal": "collective", "former_employer": "Bekaert", "dismissal_date": "2026-11-01",
                                           "level_0": "expert"})
    assert answer.status_code == 422
    html = answer.content.decode()
    summary = html[html.index('class="error-summary"'):]
    summary = _text(summary[:summary.index("</div>")])
    assert f"Aangetoond met — {name}: Kies hoe de competentie is aangetoond." in summary, summary


def test_the_warning_and_the_error_name_every_earlier_visa(world):
    _issue(world, "Bekaert Zwevegem", 20)
    with clock.travel_to(clock.today() + dt.timedelta(days=2)):
        _issue(world, "Colruyt Halle", 18, confirm=True)
        url = f"/personen/{world.person.pk}/competentievisum/"
        client = _counsellor(world)
        page = client.get(url).content.decode()
        warning = page[page.index('data-testid="visa-recent"'):]
        warning = _text(warning[:warning.index("</div>")])
        assert "2 competentievisa" in warning and "Bekaert Zwevegem" in warning and "Colruyt Halle" in warning, warning
        refused = client.post(url, {"dismissal": "collective", "former_employer": "Derde bedrijf", "dismissal_date": clock.today().isoformat(),
                                    "level_0": "expert", "evidence_0": "test"})
        error = _text(refused.content.decode())
        assert "Er zijn al 2 competentievisa uitgereikt" in error and "Bekaert Zwevegem" in error and "Colruyt Halle" in error


def test_one_competence_is_singular_on_the_visa_page_and_on_mijn_loopbaan(world):
    _issue(world, "Bekaert Zwevegem", 20, n=1)
    page = _text(_counsellor(world).get(f"/personen/{world.person.pk}/competentievisum/").content.decode())
    assert "1 competentie)" in page and "1 competenties" not in page
    citizen = Client()
    citizen.force_login(world.citizen)
    mine = _text(citizen.get("/mijn-loopbaan/").content.decode())
    assert "(1 competentie)" in mine and "1 competenties" not in mine


def test_the_visa_message_counts_skills_in_the_messages_language():
    """Walk of stop 31: "(1 competenties)" in the message to the citizen; the count is worded when the message is written."""
    from django.utils import translation

    from werkregie.careers.use_cases.visa import skill_count

    one, three = skill_count(1), skill_count(3)
    with translation.override("nl"):
        assert (str(one), str(three)) == ("1 competentie", "3 competenties")
    with translation.override("fr"):
        assert (str(one), str(three)) == ("1 compétence", "3 compétences")
