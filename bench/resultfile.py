"""One way for every benchmark to write its results file: bench/results/<name>-<date>.json with the date, the commit,
the machine (cores, memory, load average at the start and the end: on a shared machine the wall times are upper
bounds), the command, the figures, and the rows the README shows (`readme`: what, target, measured), which
`scripts/bench_readme.py` renders into the README. Imported by the scripts in bench/ (their folder is on sys.path)."""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def machine() -> dict:
    memory_gib = None
    try:
        with open("/proc/meminfo") as f:
            memory_gib = round(int(f.readline().split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(), "memory_gib": memory_gib,
            "load_average": round(os.getloadavg()[0], 2), "cpu_probe_seconds": cpu_probe()}


def cpu_probe() -> float:
    """Seconds one core takes for a fixed piece of pure Python (0.4–0.6 s on the 2-core machines used so far): the
    shared machines' speed varies by half from one run to the next while the load average stays low, and this says
    how fast the machine was around a run (recorded at its start and its end)."""
    import time

    started = time.perf_counter()
    sum(range(20_000_000))
    return round(time.perf_counter() - started, 3)


def commit() -> str:
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return head + (" + working tree" if dirty else "")


def write(name: str, figures: dict, readme: list[dict], *, started: dict | None = None, out: Path | None = None) -> Path:
    """Write the results file and return its path. `readme` rows: {"what", "target", "measured"} (strings), made
    from `figures` by the benchmark itself, never typed by hand."""
    for row in readme:
        missing = {"what", "target", "measured"} - set(row)
        if missing:
            raise ValueError(f"README row without {sorted(missing)}: {row}")
    today = dt.datetime.now(dt.timezone.utc)
    data = {
        "benchmark": name,
        "date": today.isoformat(timespec="seconds"),
        "commit": commit(),
        "machine": {**(started or machine()), "load_average_at_end": round(os.getloadavg()[0], 2), "cpu_probe_seconds_at_end": cpu_probe()},
        "command": " ".join(["python", *[a for a in sys.argv]]),
        "figures": figures,
        "readme": readme,
    }
    path = out or RESULTS / f"{name}-{today:%Y-%m-%d}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def ms(value: float) -> str:
    """A duration in milliseconds the README's way (one decimal, decimal point as in the rest of the README's tables)."""
    return f"{value:.1f} ms"
