"""Issue 11, point 3: the evidence PDF names the message, the channel and the receipt in readable Dutch (no internal
codes such as "appointment.convocation", "inbox" or "inbox:25"), and says "1 werkdag", not "1 werkdagen"."""

from __future__ import annotations

import pytest

from tests.messaging_support import clean_gateways, person_with  # noqa: F401 - fixture
from werkregie.messaging import evidence, outbox
from werkregie.messaging.deemed import unit_name

pytestmark = pytest.mark.django_db


def test_the_evidence_shows_readable_names_and_a_right_plural(ref, tmp_path):
    p = person_with(digital_consent=True)
    msg = outbox.send(p.pk, "messaging.general", {"title": "uw verhoor", "text": "U wordt gehoord op 12/03/2026 om 10:00."})
    assert msg.channel == "inbox" and msg.deemed_rule.startswith("1 werkdag na "), msg.deemed_rule
    rows = dict(evidence.summary_rows(msg))
    # the kind of message without the template's ellipsis (attack of stop 26: "Bericht van VDAB: …" read as template text)
    assert rows["Soort bericht"] == "Bericht van VDAB"
    assert rows["Kanaal"] == "Berichtenbox op het platform"
    assert rows["Ontvangstbewijs"] == f"Berichtenbox op het platform, referentie {msg.pk}"
    assert rows["Taal"] == "Nederlands"
    shown = " ".join(rows.values())
    assert "messaging.general" not in shown and "inbox:" not in shown and "werkdagen" not in shown
    assert evidence.verify(evidence.build(msg, tmp_path)).ok  # the bundle with the new wording still verifies


def test_units_are_singular_for_one_and_plural_otherwise():
    assert [unit_name("working_days", n) for n in (0, 1, 3)] == ["werkdagen", "werkdag", "werkdagen"]
    assert unit_name("months", 1) == "maand" and unit_name("days", 2) == "dagen"
