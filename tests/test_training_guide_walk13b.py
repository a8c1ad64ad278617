"""Walk of issue 13, training guide findings: a € 0 plan said "Leer- en loopbaanrekening: nee" next to courses financed
by it; "Erkenning (EVC) aanvragen" under skills implied for another occupation led to a request for the occupation
worked in (already recognised); a course that teaches a missing skill but belongs mostly to another occupation was
hidden behind "bespreek ze met uw bemiddelaar"; booking from a plan returned to the guide's first plan."""

from __future__ import annotations

import datetime as dt
import html
import re
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client

from tests import factories
from tests.test_training_relevance import FORKLIFT, TRUCK_DRIVER, forklift_driver  # noqa: F401 - fixture
from werkregie.core import clock
from werkregie.learning import use_cases as learning
from werkregie.training import rights
from werkregie.training.use_cases import guide as guide_cases
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


def _client(user) -> Client:  # noqa: ANN001
    client = Client()
    client.force_login(user)
    return client


def test_a_plan_that_costs_nothing_does_not_need_the_account():
    facts = rights.Facts(False, False, None, Decimal("1"), False, Decimal("390"), Decimal("0"), Decimal("0"))
    free = [rights.PlanCourse(1, Decimal("0"), 4, dt.date(2026, 5, 1), False, False)]
    account = next(r for r in rights.compute(free, facts, dt.date(2026, 3, 2)).rights if r.code == "learning_account")
    assert account.not_needed and not account.applies
    assert account.explanation.startswith("Niet nodig: dit plan kost niets") and "390,00" in account.explanation
    paid = [rights.PlanCourse(1, Decimal("250"), 4, dt.date(2026, 5, 1), False, False)]
    account = next(r for r in rights.compute(paid, facts, dt.date(2026, 3, 2)).rights if r.code == "learning_account")
    assert account.applies and not account.not_needed and "betaalt € 250,00 van dit plan" in account.explanation


def test_the_page_says_niet_nodig_for_a_free_plan(forklift_driver):
    person = forklift_driver["person"]
    learning.credit_yearly(person, clock.today().year, PLATFORM)
    from werkregie.training.models import Course

    Course.objects.filter(course_id="TRUCK").update(cost=Decimal("0"))
    page = _client(forklift_driver["citizen"]).get("/mijn-loopbaan/opleidingen/", {"beroep": TRUCK_DRIVER}).content.decode()
    item = page[page.index('data-right="learning_account"'):]
    item = item[:item.index("</li>")]
    assert "niet nodig" in item and "nee" not in re.sub(r"<[^>]+>", "", item).split("—")[0]


def test_the_evc_link_asks_recognition_for_exactly_the_implied_skills(forklift_driver):
    client = _client(forklift_driver["citizen"])
    view = guide_cases.guide(factories.principal(forklift_driver["citizen"]), forklift_driver["person"].pk, TRUCK_DRIVER)
    implied = [i.gap.uri for i in view.implied]
    assert implied and view.gaps
    page = html.unescape(client.get("/mijn-loopbaan/opleidingen/", {"beroep": TRUCK_DRIVER}).content.decode())
    link = re.search(r'href="(/mijn-loopbaan/evc/aanvragen/\?[^"]*)"', page).group(1)
    query = parse_qs(urlsplit(link).query)
    assert query == {"soort": ["competenties"], "competentie": implied}  # not ?beroep=<forklift driver>, recognised already
    form = client.get(link).content.decode()
    assert re.search(r'value="competenties"[^>]*checked', form)
    for uri in implied:
        assert re.search(rf'value="{re.escape(uri)}" id="[^"]+" checked', form)
    assert form.count(" checked>") == len(implied) + 1  # the kind and exactly those skills
    # towards the occupation they worked in, with nothing else missing, the request is for that occupation
    page = html.unescape(client.get("/mijn-loopbaan/opleidingen/", {"beroep": FORKLIFT}).content.decode())
    assert f'href="/mijn-loopbaan/evc/aanvragen/?beroep={FORKLIFT.replace(":", "%3A").replace("/", "%2F")}"' in page


def test_booking_from_a_plan_returns_to_that_plan(forklift_driver):
    client = _client(forklift_driver["citizen"])
    page = client.get("/mijn-loopbaan/opleidingen/", {"beroep": TRUCK_DRIVER}).content.decode()
    form = re.search(r'<form method="get" action="(/mijn-loopbaan/opleidingen/[^"]*)">\s*<input type="hidden" name="next" value="([^"]*)"', page)
    assert form, "the plan offers a booking"
    confirm = client.get(form.group(1), {"next": html.unescape(form.group(2))}).content.decode()
    # "Bevestigen en inschrijven" sends the confirmation form's fields: the way back and the amounts accepted (hc2)
    sent = {name: html.unescape(value) for name, value in re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', confirm)}
    assert "next" in sent and "accepted_own_payment" in sent
    done = client.post(form.group(1), sent)
    assert done.status_code == 302
    assert parse_qs(urlsplit(done.url).query).get("beroep") == [TRUCK_DRIVER]
    after = client.get(done.url).content.decode()
    assert re.search(rf'value="{re.escape(TRUCK_DRIVER)}" checked', after)


def test_a_booking_returns_to_its_plan_also_when_the_guide_was_opened_without_beroep(forklift_driver):
    """The guide shows the first target when opened without ?beroep=: its booking form sent that bare address as the
    way back, so the guide came back on whatever plan came first then. The way back names the plan."""
    from werkregie.matching.models import DesiredOccupation

    DesiredOccupation.objects.filter(person=forklift_driver["person"]).update(occupation_uri=TRUCK_DRIVER)  # first target: a plan
    client = _client(forklift_driver["citizen"])
    page = client.get("/mijn-loopbaan/opleidingen/").content.decode()
    chosen = re.search(r'name="beroep" id="target-1" value="([^"]+)" checked', page).group(1)
    backs = {html.unescape(v) for v in re.findall(r'name="next" value="([^"]*)"', page)}
    assert backs and all(parse_qs(urlsplit(b).query).get("beroep") == [chosen] for b in backs)
    # from a plan to the course page and back: the course page keeps the plan
    course = re.search(r'<h3 id="course-\d+"><a href="([^"]+)"', html.unescape(
        client.get("/mijn-loopbaan/opleidingen/", {"beroep": TRUCK_DRIVER}).content.decode())).group(1)
    shown = html.unescape(client.get(course).content.decode())
    back = re.search(r'<a href="([^"]+)">Terug naar de opleidingswijzer', shown).group(1)
    assert parse_qs(urlsplit(back).query).get("beroep") == [TRUCK_DRIVER]
    assert all(parse_qs(urlsplit(n).query).get("beroep") == [TRUCK_DRIVER] for n in re.findall(r'name="next" value="([^"]*)"', shown))


def test_a_course_of_another_occupation_that_teaches_a_gap_is_offered_as_optional(forklift_driver):
    page = html.unescape(_client(forklift_driver["citizen"]).get("/mijn-loopbaan/opleidingen/", {"beroep": TRUCK_DRIVER}).content.decode())
    item = page[page.index('data-uncovered="off_target"'):]
    item = item[:item.index("</ul>")]
    assert "U kunt ze volgen als opleiding naar keuze" in item and "25 %" in item and "50 %" in item
    assert re.search(r'opleiding naar keuze</span> <a href="/opleidingen/\d+/\?beroep=[^"]+">Een opleiding van een andere sector</a>', item)
    assert "ze is weggelaten" not in page
