"""The deadline sweep as a batch job: the worklist contributor's partitions (screenings due, agreements to make, for
every current job seeker: werkregie/worklist/sweeps.py) are planned in the workers (`plan_partition`, reads only) and
written by the driver (`apply_partition`); the other contributors run in the driver in their order, before and after
it, as `werkregie deadlines sweep` runs them. The summary has the shape of `werkregie.worklist.sweep.run`'s."""

from __future__ import annotations

import datetime as dt

from . import Job, chunked

PARTITIONED = "worklist"


def _split() -> tuple[list[str], list[str]]:
    from werkregie.worklist import sweep

    names = [c.name for c in sweep.discover()]
    at = names.index(PARTITIONED)
    return names[:at], names[at + 1:]


class DeadlineSweep(Job):
    name = "sweep"
    description = "deadline sweep (worklist partitions on the cluster; the other contributors in the driver)"

    def key(self, context: dict) -> str:
        return context["as_of"]

    @staticmethod
    def context(as_of: dt.date | None = None, size: int | None = None) -> dict:
        from werkregie.core import clock
        from werkregie.worklist.sweep import PARTITION

        return {"as_of": (as_of or clock.today()).isoformat(), "size": size or PARTITION}

    def start(self, context: dict) -> dict:
        """The contributors before the worklist's (trajectories first: the worklist reads the tasks they make)."""
        from werkregie.worklist import sweep

        before, _after = _split()
        found = sweep.run(dt.date.fromisoformat(context["as_of"]), only=before) if before else {}
        return {"contributors": found.get("contributors", {}), "errors": found.get("errors", {})}

    def partitions(self, context: dict) -> list:
        from werkregie.worklist.sweeps import current_jobseekers

        return chunked(current_jobseekers(dt.date.fromisoformat(context["as_of"])), context["size"])

    def compute(self, context: dict, spec: object, payload: object) -> object:
        from werkregie.worklist.sweeps import plan_partition

        return plan_partition(spec, dt.date.fromisoformat(context["as_of"]))

    def write(self, context: dict, spec: object, result: object) -> dict:
        from werkregie.worklist.sweeps import apply_partition

        return apply_partition(result)

    def finish(self, context: dict, totals: dict, started: dict) -> dict:
        from werkregie.worklist import sweep, sweeps

        as_of = dt.date.fromisoformat(context["as_of"])
        _before, after = _split()
        own = sweeps.finish(sweeps.current_jobseekers(as_of), totals)
        later = sweep.run(as_of, only=after) if after else {"contributors": {}, "errors": {}}
        contributors = {**started.get("contributors", {}), PARTITIONED: own, **later["contributors"]}
        return {"as_of": as_of.isoformat(), "contributors": contributors, "errors": {**started.get("errors", {}), **later["errors"]}}
