"""ESCO skills that have no Dutch label are shown in English WITH a language mark (lang="en" and a visible "EN") on the
passport panel of Mijn Loopbaan, the shared passport and the EVC pages; Dutch labels stay plain."""

import pytest
from django.test import Client

from tests.careers_support import key_folder, setup, world  # noqa: F401 - fixtures
from werkregie.careers.use_cases import evc, shares
from werkregie.credentials import use_cases as credentials
from werkregie.matching.platform import taxonomy
from werkregie.workflows.services import PLATFORM

pytestmark = pytest.mark.django_db


def _english_only() -> tuple[str, str]:
    tax = taxonomy()
    item = next(s for s in tax.skills if not s.labels.get("nl") and s.labels.get("en"))
    return item.uri, item.labels["en"][0]


def _dutch() -> tuple[str, str]:
    tax = taxonomy()
    item = next(s for s in tax.skills if s.labels.get("nl"))
    return item.uri, item.labels["nl"][0]


def _marked(html: str, label: str) -> bool:
    from django.utils.html import escape

    return f'<span lang="en">{escape(label)}</span> <span class="lang-mark"' in html


def test_passport_panel_and_shared_passport_mark_english_labels(world):
    (en_uri, en_label), (nl_uri, nl_label) = _english_only(), _dutch()
    made = credentials.issue(person=world.person, kind="certified_competence", title="Magazijnwerk", skills=[en_uri, nl_uri], who=PLATFORM)
    client = Client()
    client.force_login(world.citizen)
    page = client.get("/mijn-loopbaan/").content.decode()
    assert _marked(page, en_label)
    share = shares.create(world.p(world.citizen), "Werkgever", [str(made.uid)], 10)
    shared = Client().get(f"/paspoort/{share.token}/").content.decode()
    assert _marked(shared, en_label)
    from django.utils.html import escape

    assert f'<span class="skill">{escape(nl_label)}</span>' in shared  # a Dutch label plainly


def test_evc_pages_mark_english_labels(world):
    en_uri, en_label = _english_only()
    req = evc.request(world.p(world.citizen), skill_uris=[en_uri])
    client = Client()
    client.force_login(world.citizen)
    assert _marked(client.get(f"/evc/{req.pk}/").content.decode(), en_label)
    client.force_login(world.counsellor)
    assert _marked(client.get(f"/evc/{req.pk}/").content.decode(), en_label)
