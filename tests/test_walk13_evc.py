"""Walk of issue 13 on EVC: the form leaves out what an open request holds (M6), a search lands at its results, its
hint's example finds something and it says when what it found is certified (M7), the assessor gets the results form
from the planned day on and a refused form keeps what was entered (M10)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.careers_support import key_folder, next_working_day, setup, skill_uris, world  # noqa: F401 - fixtures
from werkregie.careers.models import EvcRequest
from werkregie.careers.use_cases import evc, evc_skills
from werkregie.core import clock
from werkregie.matching.models import PersonSkill

pytestmark = pytest.mark.django_db
PAGE = "/mijn-loopbaan/evc/aanvragen/"


def _offered(html: str) -> set[str]:
    return set(re.findall(r'name="skills" value="([^"]+)"', html))


def test_skills_of_an_open_request_are_not_offered_again(world, client):
    uris = skill_uris(3)
    client.force_login(world.citizen)
    assert uris[0] in _offered(client.get(PAGE).content.decode())  # the profile's declared skill
    evc.request(world.p(world.citizen), skill_uris=uris[:2])
    html = client.get(PAGE, {"zoek": "x" * 3}).content.decode()
    assert not _offered(html) & set(uris[:2])
    assert 'data-testid="evc-running"' in html and "2 competenties staan al in een lopende aanvraag" in html


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_the_search_hints_example_finds_skills(lang):
    assert evc_skills.search(evc_skills.search_example(lang), lang)


def test_a_search_lands_at_what_it_found_and_says_what_is_certified_already(world, client):
    client.force_login(world.citizen)
    word = evc_skills.search_example("nl")
    found = [e["uri"] for e in evc_skills.search(word, "nl")]
    html = client.post(PAGE, {"action": "search", "kind": "competenties", "zoek": word}).content.decode()
    status = re.search(r'<p role="status" id="zoekresultaat"[^>]*>', html)
    assert status and 'data-autofocus="message"' in status.group(0) and 'tabindex="-1"' in status.group(0)
    # certified: left out and said so, never "staat al hierboven"
    PersonSkill.objects.bulk_create([PersonSkill(person=world.person, skill_uri=u, source="certified", added_at=clock.now()) for u in found])
    html = client.post(PAGE, {"action": "search", "kind": "competenties", "zoek": word}).content.decode()
    assert "staat al hierboven" not in html and "staan al hierboven" not in html
    assert "al erkend (gecertificeerd)" in html
    elsewhere = re.search(r'<div role="status" data-testid="evc-search-elsewhere"[^>]*>', html).group(0)
    assert 'data-autofocus="message"' in elsewhere


def test_the_results_form_opens_on_the_planned_day_and_a_refused_one_keeps_what_was_entered(world, client):
    req = evc.request(world.p(world.citizen), occupation_uri=world.occupation)
    day = next_working_day(clock.today() + dt.timedelta(days=3))
    req = evc.plan(world.p(world.counsellor), req.pk, day, "Gent", req.version)
    client.force_login(world.counsellor)
    before = client.get(f"/evc/{req.pk}/").content.decode()
    assert 'name="res-result_0"' not in before and f"vanaf de dag van de beoordeling, {day:%d/%m/%Y}" in before
    data = {"action": "assess", "version": req.version}
    for i, _s in enumerate(req.skills.all()):
        data.update({f"res-result_{i}": "certified", f"res-level_{i}": "expert", f"res-evidence_{i}": "test"})
    refused = client.post(f"/evc/{req.pk}/", data)
    html = refused.content.decode()
    assert refused.status_code == 422 and "leg het resultaat vast op of na die dag" in html
    assert re.search(r'<option value="certified" selected>', html) and re.search(r'<option value="expert" selected>', html)
    with clock.travel_to(dt.datetime.combine(day, dt.time(9), clock.BRUSSELS)):
        assert 'name="res-result_0"' in client.get(f"/evc/{req.pk}/").content.decode()
    assert EvcRequest.objects.get(pk=req.pk).state == "planned"
