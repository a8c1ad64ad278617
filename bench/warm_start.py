"""Warm start (issue 16, point 11): the first request after `werkregie serve` starts against the second.

Starts the server (gunicorn, as in production) on an existing data folder, waits until it accepts connections, then
times the first and second competence extraction from a CV text and the first and second job-title normalisation
(the public matching API: the same engine as the CV box and the skill-gap page), with the warm start on and off.

    WERKREGIE_DATA_DIR=/tmp/data .venv/bin/python bench/warm_start.py --workers 2 --output bench/results/warm-start.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

CV = ("Ik werkte zes jaar als heftruckchauffeur in een magazijn: orderpicking, laden en lossen van vrachtwagens, "
      "voorraadbeheer met een scanner en veilig werken met gevaarlijke stoffen. Ik heb een rijbewijs C.")
ROOT = Path(__file__).resolve().parent.parent


def _post(url: str, body: dict) -> tuple[float, int]:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}, method="POST")
    start = time.perf_counter()
    with urllib.request.urlopen(request, timeout=300) as response:
        response.read()
        status = response.status
    return round(time.perf_counter() - start, 3), status


def _wait(port: int, limit: float) -> float:
    start = time.perf_counter()
    while time.perf_counter() - start < limit:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return round(time.perf_counter() - start, 2)
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the server did not listen on {port} within {limit} s")


def run(warm: bool, port: int, workers: int) -> dict:
    env = {**os.environ, "WERKREGIE_WARM_START": "1" if warm else "0", "WERKREGIE_TASK_WORKER": "0"}
    server = subprocess.Popen([sys.executable, "-m", "werkregie.cli", "serve", "--port", str(port), "--workers", str(workers)], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE if warm else subprocess.DEVNULL, start_new_session=True)
    try:
        listening = _wait(port, 600)
        ready = listening
        if warm:  # a deployment sends traffic once every worker said it is ready (post_worker_init done)
            start, seen = time.perf_counter(), 0
            while seen < workers:
                line = server.stderr.readline().decode(errors="replace")
                if not line:
                    break
                seen += " ready: " in line
            ready = round(listening + time.perf_counter() - start, 2)
            threading.Thread(target=server.stderr.read, daemon=True).start()  # keep draining: a full pipe would block the server
        base = f"http://127.0.0.1:{port}/api/v1/matching"
        figures = {"listening_after_s": listening, "ready_after_s": ready}
        for name, path, body in (("skills", "/skills", {"text": CV, "language": "nl"}), ("titles", "/titles", {"text": "magazijnier heftruck", "language": "nl"})):
            first, status = _post(base + path, body)
            second, _status = _post(base + path, body)
            figures[name] = {"first_s": first, "second_s": second, "status": status}
        return figures
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--output")
    args = parser.parse_args()
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    result = {
        "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "commit": commit, "machine": f"{platform.node()} ({os.cpu_count()} cores)",
        "command": " ".join(sys.argv), "workers": args.workers,
        "warm_start": run(True, args.port, args.workers), "cold_start": run(False, args.port + 1, args.workers),
    }
    print(json.dumps(result, indent=2))
    if args.output:
        Path(args.output).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
