"""Issue 11, point 11 (pages in the reader's language): the reasons the platform writes into the transition log and
the worklist titles of every domain are stored as codes with parameters (werkregie/workflows/reasons.py) and shown in
the reader's language on the pages and in the API; a reason a person typed stays as typed."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation

from tests import factories as f
from tests.appointments_support import MONDAY, at, fakes, slots, world  # noqa: F401 - fixture
from werkregie.appointments import sweeps
from werkregie.appointments import use_cases as uc
from werkregie.core import clock
from werkregie.workflows import labels, reasons
from werkregie.workflows.models import TransitionLog
from werkregie.worklist.models import Task

ROOT = Path(__file__).resolve().parent.parent / "werkregie"
APPS = ("trajectories", "appointments", "compliance", "community", "worklist", "messaging")


def test_no_platform_reason_or_task_title_is_stored_as_dutch_text():
    """Every `reason=_("…")` (a text translated once, in the language of whoever ran the code) is a coded reason now
    (logged as its Dutch text with the code beside it in the entry's data)."""
    found = []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if path.name == "demo.py" or "migrations" in path.parts:
                continue
            text = path.read_text(encoding="utf-8")
            found += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in re.finditer(r"reason=_\(\"[^\"]+\"\)", text)]
            found += [f"{path.relative_to(ROOT)}: {m.group(0)}" for m in re.finditer(r"title=f\"[^\"]*\"", text) if "upsert" in text]
    assert found == []


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_coded_reason_and_title_reads_in_french_and_english(language):
    codes = {code: source for code, source in labels.codes().items() if code.startswith(("reason.", "worklist.task.", "messaging.task.",
                                                                                       "appointments.task."))}
    assert len(codes) >= 29
    untranslated = []
    for code, source in codes.items():
        params = {name: "x" for name in re.findall(r"%\((\w+)\)s", source)}
        stored = labels.coded(code, **params)
        with translation.override(language):
            shown = labels.render(stored)
        if shown == source % params:
            untranslated.append(code)
    assert untranslated == [], "run scripts/translations.py and compilemessages (scripts/translations_traj.py has them)"


@pytest.fixture
def w(db, ref):
    with clock.travel_to(at(MONDAY, 8)):
        return world()


@pytest.mark.usefixtures("fakes")
def test_an_expired_link_shows_its_reason_and_task_in_the_readers_language(w):
    with clock.travel_to(at(MONDAY, 9)):
        slots(f.principal(w.counsellor), MONDAY + dt.timedelta(days=1), days=12)
        a = uc.invite(f.principal(w.counsellor), w.person.pk, "intake")
    after = a.link_expires_on + dt.timedelta(days=1)
    with clock.travel_to(at(after, 2)):
        assert sweeps.sweep(after)["links_expired"] == 1
    log = TransitionLog.objects.get(workflow="appointment", object_id=a.pk, to_state="expired")
    task = Task.objects.get(key=f"appointment:{a.pk}:convoke")
    # the log keeps the Dutch text for whoever reads it raw, and the code to show it in the reader's language
    assert log.reason == "Boekingslink ongebruikt verlopen" and log.data["reason_code"] == labels.coded(reasons.LINK_EXPIRED)
    assert labels.is_coded(task.title) and labels.is_coded(task.detail)
    client = Client()
    client.force_login(w.counsellor)
    with clock.travel_to(at(after, 10)):
        nl = client.get(reverse("appointment_detail", args=[a.pk]), HTTP_ACCEPT_LANGUAGE="nl").content.decode()
        api = client.get(f"/api/v1/appointments/{a.pk}/history", HTTP_ACCEPT_LANGUAGE="fr")
    assert "Boekingslink ongebruikt verlopen" in nl and "§" not in nl
    with translation.override("fr"):
        assert labels.render(task.title).startswith("Convoquer à un moment fixe")
        # a row written before the reason had a code (its exact Dutch source) is translated too; a typed text is not
        assert labels.render("Boekingslink ongebruikt verlopen") == "Lien de réservation expiré sans être utilisé"
        assert labels.render("Boekingslink ongebruikt verlopen, zegt de burger") == "Boekingslink ongebruikt verlopen, zegt de burger"
        assert labels.log_reason(log) == "Lien de réservation expiré sans être utilisé"
    assert api.status_code == 200, api.content
    history = [h["reason"] for h in api.json()]
    assert "Lien de réservation expiré sans être utilisé" in history and not any(labels.is_coded(r) for r in history)
