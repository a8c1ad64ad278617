"""The nightly matching as a batch job, over the per-partition steps of werkregie/matching/nightly.py: each worker
builds the vacancy index once for the run's day (`nightly_index`, kept for the worker's next partitions), scores a
partition of job seekers (`nightly_partition`, reads only), and the driver writes it (`write_nightly`: the partition's
results of that day replaced). The run ends as `werkregie match nightly` does: older nights' results dropped."""

from __future__ import annotations

import datetime as dt

from . import Job

_INDEX: dict = {}  # in a worker: (database, day, now) -> the vacancy index


class NightlyMatching(Job):
    name = "matching"
    description = "nightly matching: top vacancies for every current job seeker"

    def key(self, context: dict) -> str:
        return context["day"]

    @staticmethod
    def context(top: int = 20, size: int = 2000) -> dict:
        from werkregie.core import clock

        return {"day": clock.today().isoformat(), "top": top, "size": size}

    def partitions(self, context: dict) -> list:
        from werkregie.matching.nightly import partitions

        return partitions(dt.date.fromisoformat(context["day"]), context["size"])

    def compute(self, context: dict, spec: object, payload: object) -> object:
        from django.db import connection

        from werkregie.matching.nightly import nightly_index, nightly_partition

        day = dt.date.fromisoformat(context["day"])
        key = (connection.settings_dict["NAME"], context["day"], context["now"])
        if key not in _INDEX:
            _INDEX.clear()
            _INDEX[key] = nightly_index(day)
        return nightly_partition(spec, _INDEX[key], day, context["top"])

    def write(self, context: dict, spec: object, result: object) -> dict:
        from werkregie.matching.nightly import write_nightly

        return {"job_seekers": len(spec), "written": write_nightly(dt.date.fromisoformat(context["day"]), spec, result)}

    def finish(self, context: dict, totals: dict, started: dict) -> dict:
        from werkregie.matching.models import NightlyMatches
        from werkregie.matching.nightly import KEEP_DAYS

        day = dt.date.fromisoformat(context["day"])
        NightlyMatches.objects.filter(day__lt=day - dt.timedelta(days=KEEP_DAYS)).delete()
        return {"day": context["day"], "job_seekers": totals.get("job_seekers", 0), "written": NightlyMatches.objects.filter(day=day).count()}
