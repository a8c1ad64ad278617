"""Population rule runs as a batch job: a CSV of persons (as `werkregie rules batch` reads it) is split into row
ranges; the driver hands each range's inputs to a worker, which computes the rules (`calc.calculate_population`,
vectorised), and writes each result into the run's spool folder (`<output>.parts/`); when every range is done the
output is written as `werkregie rules batch` writes it (`calc.write_population`: every input cell as read, then the
results to the cent), whole or not at all. The run's key names the input file by its SHA-256, so a changed file is a
new run and a rerun of the same file resumes."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from . import Job

SIZE = 50_000


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class PopulationRules(Job):
    name = "rules"
    description = "rules computed for a population file (werkregie rules batch)"

    def __init__(self) -> None:
        self._population: tuple[str, object] | None = None

    def key(self, context: dict) -> str:
        return f"{context['source_sha256'][:16]} {context['period']} {','.join(context['compute'])} {context['reform'] or ''} -> {context['target']}"[:200]

    @staticmethod
    def context(period: str, source: Path, compute: list[str], target: Path, reform: str | None = None, size: int | None = None) -> dict:
        from werkregie.rules.calc import RuleInputError

        source = Path(source).resolve()
        if not source.is_file():
            raise RuleInputError(f"{source}: file not found", ["input"])
        return {"period": period, "source": str(source), "source_sha256": _sha256(source), "compute": list(compute),
                "target": str(Path(target).resolve()), "reform": reform, "size": size or SIZE}

    def _read(self, context: dict):  # noqa: ANN202 - (Population, names)
        from werkregie.rules.calc import computable, read_population

        if self._population is None or self._population[0] != context["source_sha256"]:
            names = computable(context["compute"], context["period"], context["reform"])
            self._population = (context["source_sha256"], (read_population(Path(context["source"]), names), names))
        return self._population[1]

    def _spool(self, context: dict) -> Path:
        return Path(context["target"] + ".parts")

    def start(self, context: dict) -> None:
        self._population = None
        self._read(context)
        self._spool(context).mkdir(parents=True, exist_ok=True)
        return None

    def partitions(self, context: dict) -> list:
        population, _names = self._read(context)
        count = len(population.rows)
        return [[start, min(start + context["size"], count)] for start in range(0, max(count, 1), context["size"])]

    def payload(self, context: dict, spec: object) -> object:
        population, _names = self._read(context)
        start, stop = spec
        return {k: v[start:stop] for k, v in population.inputs.items()}

    def compute(self, context: dict, spec: object, payload: object) -> object:
        from werkregie.rules.calc import calculate_population

        status: dict = {}
        results = calculate_population(context["period"], payload, context["compute"], context["reform"], status=status)
        size = spec[1] - spec[0]
        # as `calc.batch`: with no input column at all the population is empty, results are padded to the range's size
        import numpy as np

        results = {n: v if len(v) == size else np.zeros(size, dtype=v.dtype) for n, v in results.items()}
        return results, {n: s.as_dict() for n, s in status.items() if not s.in_force}

    def write(self, context: dict, spec: object, result: object) -> dict:
        import numpy as np

        results, not_in_force = result
        part = self._spool(context) / f"{spec[0]:012d}"
        tmp = part.with_suffix(".tmp.npz")
        np.savez(tmp, **results)
        tmp.replace(part.with_suffix(".npz"))
        part.with_suffix(".json").write_text(json.dumps(not_in_force))
        return {"persons": spec[1] - spec[0]}

    def finish(self, context: dict, totals: dict, started: dict) -> dict:
        import numpy as np

        from werkregie.rules.calc import write_population

        population, names = self._read(context)
        spool = self._spool(context)
        starts = range(0, max(len(population.rows), 1), context["size"])
        missing = [s for s in starts if not (spool / f"{s:012d}.npz").is_file()]
        if missing:
            raise FileNotFoundError(f"{spool}: the results of rows {missing[:5]}… are gone; run again with another --key")
        parts, not_in_force = {n: [] for n in names}, {}
        for s in starts:
            with np.load(spool / f"{s:012d}.npz") as loaded:
                for n in names:
                    parts[n].append(loaded[n])
            not_in_force.update(json.loads((spool / f"{s:012d}.json").read_text()))
        write_population(Path(context["target"]), population, names, {n: np.concatenate(v) if v else np.array([]) for n, v in parts.items()})
        for s in starts:
            (spool / f"{s:012d}.npz").unlink()
            (spool / f"{s:012d}.json").unlink()
        spool.rmdir()
        summary: dict = {"persons": len(population.rows), "output": context["target"]}
        if population.passed_through:
            summary["passed_through"] = population.passed_through
        if not_in_force:
            summary["in_force"] = not_in_force
        return summary
