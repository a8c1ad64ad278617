"""The batch jobs. Each is a `Job`: the driver plans the partitions once per run (stored in the ledger), a worker
computes one partition from the database or the payload the driver hands it (never writing), and the driver writes
each result in the partition's transaction, then finishes the run.

    start(context) -> {}                 every attempt, in the driver, before the partitions (idempotent); its counts
                                         are summed over the attempts and handed to finish
    partitions(context) -> [spec]        the first attempt only; specs are JSON (person ids, a row range)
    payload(context, spec) -> object     data the driver hands the worker (default: none; the worker reads)
    compute(context, spec, payload)      in a worker: the partition's result (picklable), reads only
    write(context, spec, result) -> {}   in the driver, inside the transaction that marks the partition done
    finish(context, totals, started) -> {}   once all partitions are done: the run's summary"""

from __future__ import annotations

from abc import ABC, abstractmethod


class Job(ABC):
    name = ""
    description = ""
    resume_unfinished = False  # a key that is the run's moment: a new run resumes the last unfinished one instead

    @abstractmethod
    def key(self, context: dict) -> str:
        """Each job says it (see the module's docstring)."""

    def start(self, context: dict) -> dict | None:
        return None

    @abstractmethod
    def partitions(self, context: dict) -> list:
        """Each job says it (see the module's docstring)."""

    def payload(self, context: dict, spec: object) -> object:
        return None

    @abstractmethod
    def compute(self, context: dict, spec: object, payload: object) -> object:
        """Each job says it (see the module's docstring)."""

    @abstractmethod
    def write(self, context: dict, spec: object, result: object) -> dict:
        """Each job says it (see the module's docstring)."""

    def finish(self, context: dict, totals: dict, started: dict) -> dict:
        return totals


def chunked(ids: list[int], size: int) -> list[list[int]]:
    return [ids[i:i + size] for i in range(0, len(ids), size)]


def _registry() -> dict[str, Job]:
    from .kpis import KpiRefresh
    from .matching import NightlyMatching
    from .population import PopulationRules
    from .screening import ScreeningScores
    from .sweep import DeadlineSweep

    return {job.name: job for job in (DeadlineSweep(), ScreeningScores(), KpiRefresh(), NightlyMatching(), PopulationRules())}


class _Jobs(dict):
    def __missing__(self, name: str) -> Job:
        if not self:
            self.update(_registry())
            if name in self:
                return self[name]
        raise KeyError(name)

    def names(self) -> list[str]:
        if not self:
            self.update(_registry())
        return list(self)


JOBS = _Jobs()
