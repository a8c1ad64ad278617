"""What other domains do when a screening assessment is saved, without screening knowing them (the arrows point down:
screening imports none of them). A domain registers a listener at app ready:

    from werkregie.screening import hooks
    hooks.on_assessment_saved(my_listener)      # my_listener(assessment) -> None

`record_assessment` calls every listener inside its own transaction, right after the assessment is saved: a listener
that fails rolls the assessment back with it, so an assessment never stands without what must follow it."""

from __future__ import annotations

from collections.abc import Callable

_LISTENERS: list[Callable] = []


def on_assessment_saved(listener: Callable) -> Callable:
    """Register `listener(assessment)`; registering the same function twice keeps one (app ready may run twice)."""
    if listener not in _LISTENERS:
        _LISTENERS.append(listener)
    return listener


def assessment_saved(assessment) -> None:  # noqa: ANN001 - a screening Assessment
    for listener in list(_LISTENERS):
        listener(assessment)


def listeners() -> tuple[Callable, ...]:
    return tuple(_LISTENERS)
