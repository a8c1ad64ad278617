"""Re-walk of issue 13: the own-data PDF's "Geschiedenis van uw dossiers" was field/value pairs ("dossier trajectory /
stap create / naar toestand open / rol system / actor label werkregie"); each step is now a Dutch sentence with the
workflow's own names, and a coded reason is rendered, not shown as "§…"."""

from werkregie.privacy import explained
from werkregie.workflows import labels


def test_a_workflow_step_is_a_dutch_sentence():
    created = {"workflow": "trajectory", "transition": "create", "from_state": "", "to_state": "open", "at": "2026-03-12T09:00:00+00:00",
               "actor_role": "system", "actor_label": "werkregie", "reason": ""}
    line = explained.history_line(created)
    assert line == "12/03/2026 — Traject aangemaakt, toestand: Open (afspraken te maken) (door het platform).", line
    code = next(iter(labels.codes()))
    cancelled = {"workflow": "agreement_step", "transition": "cancel", "from_state": "open", "to_state": "cancelled",
                 "at": "2026-03-13T09:00:00+00:00", "actor_role": "citizen", "actor_label": "Joris", "reason": "",
                 "data": {"reason_code": labels.coded(code)} if "%(" not in labels.codes()[code] else {}}
    line = explained.history_line(cancelled)
    assert line.startswith("13/03/2026 — Stap van een afsprakenblad: Annuleren, toestand: Geannuleerd (door uzelf)"), line
    for raw in ("trajectory", "create", "system", "§", "actor"):
        assert raw not in explained.history_line(created) + line


def test_the_history_is_in_date_order():
    rows = [{"workflow": "trajectory", "transition": "create", "to_state": "open", "at": at, "actor_role": "system"}
            for at in ("2026-05-01T09:00:00", "2026-01-01T09:00:00")]
    assert [line[:10] for line in explained.history(rows)] == ["01/01/2026", "01/05/2026"]
