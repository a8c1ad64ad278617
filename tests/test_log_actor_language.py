"""Walk of stop 26: the history tables showed who acted with the role in Dutch on French and English pages (the
stored label is written once, in Dutch). The page now shows the name and organisation with the role translated; the
stored label, the audit record, stays as written."""

from django.utils import translation

from werkregie.workflows.labels import log_actor, log_reason


def test_the_role_is_shown_in_the_readers_language():
    row = {"actor_label": "An Peeters (Bemiddelaar, VDAB Gent 1)", "actor_role": "counsellor"}
    shown = {}
    for language in ("nl", "fr", "en"):
        with translation.override(language):
            shown[language] = log_actor(row)
    assert shown["nl"] == "An Peeters (Bemiddelaar, VDAB Gent 1)"
    assert shown["fr"].startswith("An Peeters (") and shown["fr"].endswith(", VDAB Gent 1)") and "Bemiddelaar" not in shown["fr"]
    assert shown["en"].startswith("An Peeters (") and "Bemiddelaar" not in shown["en"]


def test_the_platform_and_other_shapes_are_shown_as_stored():
    assert log_actor({"actor_label": "werkregie", "actor_role": "system"}) == "werkregie"
    assert log_actor({"actor_label": "Gemeente Gent", "actor_role": "municipality"}) == "Gemeente Gent"


def test_a_training_followed_reason_is_coded_and_translated():
    from werkregie.workflows import reasons as R
    from werkregie.workflows.labels import coded

    stored = {"reason": "", "data": {"reason_code": coded(R.TRAINING_FOLLOWED, who="Opleidingscentrum Gent")}}
    with translation.override("nl"):
        assert log_reason(stored) == "Opleiding gevolgd (bevestigd door Opleidingscentrum Gent)"
    with translation.override("en"):
        assert "Opleidingscentrum Gent" in log_reason(stored) and "Opleiding gevolgd" not in log_reason(stored)
