"""The longer schemathesis run (issue 17, point 18): every operation of /api/v1/openapi.json, with the bearer tokens of
four roles (admin, counsellor, employer, citizen) and without a token, many generated requests each.

    python bench/security_fuzz.py [--examples 25] [--database-url postgres://…]

Runs tests/test_security_fuzz.py under pytest (its fixtures make the users and tokens) with WERKREGIE_FUZZ_EXAMPLES,
and writes bench/results/security-fuzz-<database>-<date>.json: operations, requests, status counts, server errors
(must be 0), operations whose auth was ignored (must be none), seconds.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=25, help="generated requests per operation (each sent as every role)")
    parser.add_argument("--database-url", default="", help="run on this database (default: SQLite)")
    args = parser.parse_args()
    env = {**os.environ, "WERKREGIE_FUZZ_EXAMPLES": str(args.examples)}
    if args.database_url:
        env["DATABASE_URL"] = args.database_url
    with tempfile.TemporaryDirectory() as tmp:
        report_path = Path(tmp) / "fuzz.json"
        env["WERKREGIE_FUZZ_REPORT"] = str(report_path)
        run = subprocess.run([sys.executable, "-m", "pytest", "tests/test_security_fuzz.py", "-q", "-p", "no:cacheprovider", "-p", "no:logging"],
                             cwd=ROOT, env=env)
        report = json.loads(report_path.read_text()) if report_path.exists() else {}
    database = "postgresql" if args.database_url.startswith("postgres") else "sqlite"
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    figures = {
        "date": dt.date.today().isoformat(), "commit": commit + " + working tree",
        "machine": {"platform": platform.platform(), "python": platform.python_version(), "cpus": os.cpu_count(),
                    "note": "2 cores shared with other jobs: seconds are noisy"},
        "database": database, "command": "python bench/security_fuzz.py " + " ".join(sys.argv[1:]),
        "passed": run.returncode == 0, **report,
    }
    out = ROOT / "bench" / "results" / f"security-fuzz-{database}-{figures['date']}.json"
    out.write_text(json.dumps(figures, indent=2) + "\n")
    print(json.dumps({k: v for k, v in figures.items() if k != "server_errors"}, indent=2))
    return run.returncode


if __name__ == "__main__":
    raise SystemExit(main())
