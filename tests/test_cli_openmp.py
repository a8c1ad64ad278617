"""The `werkregie` command makes OpenMP threads sleep while they wait (OMP_WAIT_POLICY=PASSIVE) unless the user set it:
spinning threads on busy cores made the demo's screening training ten times slower (werkregie/cli.py)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = "import os, werkregie.cli; print(os.environ.get('OMP_WAIT_POLICY'))"


def _run(env: dict) -> str:
    return subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, check=True).stdout.strip()


def test_the_command_sets_passive_waiting_before_the_libraries_load():
    env = {k: v for k, v in os.environ.items() if k != "OMP_WAIT_POLICY"}
    assert _run(env) == "PASSIVE"


def test_the_users_own_setting_wins():
    assert _run({**os.environ, "OMP_WAIT_POLICY": "ACTIVE"}) == "ACTIVE"
