"""Keep the worklist current between two sweeps: after an assessment or an accepted agreement, the person's own tasks
(screening due, agreements to make) are brought up to date at once, once the change is committed."""

from __future__ import annotations

import logging

from django.apps import apps
from django.db import transaction
from django.db.models.signals import post_save

log = logging.getLogger(__name__)


def _refresh_later(person_id: int | None) -> None:
    if not person_id:
        return

    def refresh() -> None:
        from .sweeps import refresh_persons

        try:
            refresh_persons([person_id])
        except Exception:  # noqa: BLE001 - the nightly sweep will catch up; never fail the caller's request
            log.exception("worklist refresh failed for person %s", person_id)

    transaction.on_commit(refresh)


def assessment_saved(sender, instance, **kwargs) -> None:  # noqa: ANN001, ANN003
    _refresh_later(instance.person_id)


def agreement_saved(sender, instance, **kwargs) -> None:  # noqa: ANN001, ANN003
    if instance.binding and (instance.accepted_at is not None or instance.state in ("accepted", "fulfilled", "missed")):
        _refresh_later(instance.person_id)


def connect() -> None:
    if apps.is_installed("werkregie.screening"):
        post_save.connect(assessment_saved, sender="screening.Assessment", dispatch_uid="worklist.assessment_saved")
    if apps.is_installed("werkregie.trajectories"):
        post_save.connect(agreement_saved, sender="trajectories.Agreement", dispatch_uid="worklist.agreement_saved")
