"""The README's benchmark figures are the latest files in bench/results/ (issue 18, point 10)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("bench_readme", ROOT / "scripts" / "bench_readme.py")
bench_readme = importlib.util.module_from_spec(spec)
spec.loader.exec_module(bench_readme)


def test_every_results_file_names_date_commit_machine_and_command():
    for path in (ROOT / "bench" / "results").glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert all(data.get(key) for key in bench_readme.REQUIRED), path.name


def test_every_benchmark_file_can_be_shown():
    for name, (_path, data) in bench_readme.latest().items():
        assert bench_readme.rows_of(name, data), name


def test_readme_table_is_the_rendering_of_the_results_files():
    block = bench_readme.readme_block((ROOT / "README.md").read_text(encoding="utf-8"))
    assert block is not None, "README.md lacks the generated benchmark block"
    assert block == bench_readme.render(), "run: python scripts/bench_readme.py --write"


def test_every_file_the_readme_names_under_bench_results_exists():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    import re

    named = set(re.findall(r"bench/results/([\w.\-]+\.json)", text))
    missing = [name for name in named if not (ROOT / "bench" / "results" / name).exists()]
    assert not missing, missing
