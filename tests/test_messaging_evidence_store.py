"""Attack of issue 11, finding 3: every evidence request built a new sealed PDF with a new RFC 3161 timestamp
(8–11 s, synchronously, without limit). The PDF is built once per state of the message, stored with its SHA-256 and
served again; a user may ask only WERKREGIE_EVIDENCE_RATE new ones."""

from __future__ import annotations

import pytest
from django.test import Client

from tests import factories as f
from tests.messaging_support import clean_gateways, person_with  # noqa: F401 - fixture
from werkregie.accounts.models import Role
from werkregie.messaging import evidence, outbox
from werkregie.messaging.models import Message, StoredEvidence

pytestmark = pytest.mark.django_db


@pytest.fixture
def inbox(ref):
    person = person_with(digital_consent=True)
    sent = [outbox.send(person.pk, "messaging.general", {"title": f"bericht {n}", "text": "Tot dinsdag."}, dedupe_key=f"t:{n}")
            for n in range(2)]
    return {"citizen": f.user(Role.CITIZEN, person=person), "messages": sent}


@pytest.fixture
def builds(monkeypatch):
    """Counts the real builds (each one seals and timestamps); the build itself runs unchanged."""
    made = []
    real = evidence.build

    def counted(msg, output, **kwargs):  # noqa: ANN001, ANN003, ANN202
        made.append(msg.pk)
        return real(msg, output, **kwargs)

    monkeypatch.setattr(evidence, "build", counted)
    return made


def _get(user, message_id: int):  # noqa: ANN001, ANN202
    return Client().get(f"/api/v1/messages/me/{message_id}/evidence", HTTP_AUTHORIZATION=f"Bearer {f.token(user)}")


def test_the_evidence_pdf_is_built_once_and_served_again(inbox, builds):
    msg = inbox["messages"][0]
    first = _get(inbox["citizen"], msg.pk)
    again = _get(inbox["citizen"], msg.pk)
    assert first.status_code == again.status_code == 200 and first.content.startswith(b"%PDF")
    assert again.content == first.content and builds == [msg.pk]
    stored = StoredEvidence.objects.get(message=msg)
    assert bytes(stored.pdf) == first.content and len(stored.sha256) == 64


def test_a_changed_message_or_a_tampered_store_gets_a_new_pdf(inbox, builds):
    msg = inbox["messages"][0]
    _get(inbox["citizen"], msg.pk)
    Message.objects.filter(pk=msg.pk).update(version=msg.version + 5)  # delivered, opened … since
    assert _get(inbox["citizen"], msg.pk).status_code == 200 and builds == [msg.pk, msg.pk]
    StoredEvidence.objects.filter(message=msg).update(pdf=b"%PDF-forged")
    response = _get(inbox["citizen"], msg.pk)
    assert response.status_code == 200 and response.content != b"%PDF-forged" and len(builds) == 3


def test_a_user_may_ask_only_so_many_new_pdfs(inbox, builds, settings):
    settings.WERKREGIE_EVIDENCE_RATE = "1/h"
    # a cache of this process only: another test run on the same data folder clears the shared file cache
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "evidence-budget"}}
    first, second = inbox["messages"]
    assert _get(inbox["citizen"], first.pk).status_code == 200
    refused = _get(inbox["citizen"], second.pk)
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
    assert refused["Content-Type"].startswith("application/problem+json") and builds == [first.pk]
    assert _get(inbox["citizen"], first.pk).status_code == 200  # the stored one costs nothing
    page = Client()
    page.force_login(inbox["citizen"])
    assert page.get(f"/mijn-berichten/{second.pk}/bewijs.pdf").status_code == 429
