"""Issue 16, walk: on a French page the counsellor's reason (/mijn-kans-op-werk/) and the subjects of messages sent in
Dutch (/mijn-berichten/) stood unmarked in a French sentence. Text kept in another language than the page carries
lang= and the discreet language mark that skill labels have (matching/labels.text_mark); on a Dutch page, neither."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.test import Client
from django.utils import timezone

from tests.messaging_support import clean_gateways, person_with  # noqa: F401 - fixture
from werkregie.accounts.models import Role
from werkregie.messaging import outbox
from werkregie.people.enums import StatusKind

from . import factories as f

pytestmark = pytest.mark.django_db
MARK = re.compile(r'<span class="lang-mark" data-lang="nl" title="[^"]+"><span aria-hidden="true">NL</span>')


def _page(user, path: str, language: str) -> str:
    client = Client()
    client.force_login(user)
    response = client.get(path, HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 200
    return response.content.decode()


def test_the_counsellors_dutch_reason_is_marked_on_a_french_page(ref):
    from werkregie.screening.models import Assessment

    team = f.organisation("vdab_team")
    counsellor = f.user(Role.COUNSELLOR, team)
    p = f.person(counsellor=counsellor, team=team)
    f.episode(p, StatusKind.JOBSEEKER_BENEFIT, dt.date(2026, 9, 15), None)
    Assessment.objects.create(person=p, counsellor=counsellor, assessed_at=timezone.now(), competences="sufficient", dutch_level="B2",
                              digital_skills="basic", motivation="high", proposed_category="short", proposed_self_reliant=True,
                              category="medium", self_reliant=False, overridden=True, override_reason="U wilt eerst uw rijbewijs halen.")
    citizen = f.user(Role.CITIZEN, person=p)
    french = _page(citizen, "/mijn-kans-op-werk/", "fr")
    assert re.search(r'<q data-override-reason lang="nl">U wilt eerst uw rijbewijs halen\.</q> ' + MARK.pattern, french), french
    dutch = _page(citizen, "/mijn-kans-op-werk/", "nl")
    assert "<q data-override-reason>U wilt eerst uw rijbewijs halen.</q>" in dutch and not MARK.search(dutch)


def test_message_subjects_in_dutch_are_marked_on_a_french_inbox(ref):
    person = person_with(digital_consent=True)
    sent = outbox.send(person.pk, "messaging.general", {"title": "uw afspraak", "text": "Tot dinsdag 10:00."})
    assert sent.language == "nl"
    citizen = f.user(Role.CITIZEN, person=person)
    french = _page(citizen, "/mijn-berichten/", "fr")
    assert re.search(rf'<a href="/mijn-berichten/{sent.pk}/" lang="nl">{re.escape(sent.subject)}</a> ' + MARK.pattern, french), french
    assert "Een bericht blijft in de taal waarin het verstuurd werd" in _page(citizen, "/mijn-berichten/", "nl")
    one = _page(citizen, f"/mijn-berichten/{sent.pk}/", "fr")
    assert re.search(rf'<h1><span lang="nl">{re.escape(sent.subject)}</span> ' + MARK.pattern, one)
    dutch = _page(citizen, "/mijn-berichten/", "nl")
    assert f'<a href="/mijn-berichten/{sent.pk}/">' in dutch and not MARK.search(dutch)
