"""The KPI refresh as a batch job: the persons to recompute (the changed ones, or everyone with `full`) are
partitioned; a worker computes a partition's contributions (`refresh.contributions`, reads only) and the driver swaps
them in and adjusts the cells by the difference (`refresh.replace`, under the refresh's row lock), so a partition
written twice changes nothing the second time. The run ends as `werkregie kpi refresh` does: the marks of the persons
done are cleared, the state's watermark and stamp set, and (with `publish`) today's figures published. A full run
also drops the contributions of persons who no longer exist and rebuilds every cell from the contributions."""

from __future__ import annotations

import datetime as dt
import uuid

from . import Job, chunked


class KpiRefresh(Job):
    name = "kpis"
    description = "KPI refresh (incremental, or full)"
    resume_unfinished = True

    def key(self, context: dict) -> str:
        return f"{context['mode']} {context['now']}"

    @staticmethod
    def context(full: bool = False, publish: bool = True, size: int | None = None) -> dict:
        from werkregie.kpis.models import RefreshState
        from werkregie.kpis.refresh import CHUNK

        state = RefreshState.objects.filter(id=1).first()
        mode = "full" if full or state is None or state.full_at is None else "incremental"
        return {"mode": mode, "publish": publish, "size": size or CHUNK,
                "watermark": state.watermark.isoformat() if state is not None and state.watermark else None}

    def partitions(self, context: dict) -> list:
        from werkregie.kpis.refresh import changed_persons, everyone

        if context["mode"] == "full":
            ids = everyone()  # the persons, and the vacancies as minus their ids
        else:
            ids = sorted(changed_persons(dt.datetime.fromisoformat(context["watermark"]) if context["watermark"] else None))
        return chunked(ids, context["size"])

    def compute(self, context: dict, spec: object, payload: object) -> object:
        from werkregie.kpis.refresh import contributions

        return contributions(spec)

    def write(self, context: dict, spec: object, result: object) -> dict:
        from werkregie.kpis.refresh import locked_state, replace

        locked_state()  # one refresh at a time: the row lock of the in-process refresh
        replace(spec, result)
        return {"persons": len(spec), "contributions": len(result)}

    def finish(self, context: dict, totals: dict, started: dict) -> dict:
        from django.db import transaction

        from werkregie.core import clock
        from werkregie.kpis import figures
        from werkregie.kpis.models import Cell, DirtyPerson
        from werkregie.kpis.refresh import drop_gone, locked_state, rebuild_cells

        began = dt.datetime.fromisoformat(context["now"])
        with transaction.atomic():
            state = locked_state()
            if context["mode"] == "full":
                drop_gone()
                rebuild_cells()
                state.full_at = clock.now()
            DirtyPerson.objects.filter(marked_at__lte=began).delete()
            state.incremental_at, state.watermark, state.last_persons = clock.now(), began, totals.get("persons", 0)
            state.last_seconds = 0.0
            if totals.get("persons", 0) or context["mode"] == "full":
                state.stamp = uuid.uuid4().hex
            state.save()
        summary = {"mode": context["mode"], "persons": totals.get("persons", 0), "cells": Cell.objects.count()}
        if context["publish"]:
            summary["published"] = figures.warm(clock.today())
        return summary
