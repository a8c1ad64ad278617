"""Issue 18 point 9: `werkregie batch run` starts its own local cluster (here two worker processes), prints the run's
summary, and a second run of the same input computes nothing; `werkregie batch status` shows the run."""

from __future__ import annotations

import json

from werkregie.cli import main

from .test_concurrency_pg import keeps_reference_data  # noqa: F401 - the fixture


def test_batch_run_on_a_local_cluster_then_again_then_status(keeps_reference_data, transactional_db, tmp_path, capsys):  # noqa: F811
    source, target = tmp_path / "in.csv", tmp_path / "out.csv"
    source.write_text("id,brutoloon,prestatiebreuk\n" + "".join(f"{i},{18000 + 900 * i},1\n" for i in range(7)))
    argv = ["batch", "run", "rules", "--period", "2024", "--input", str(source), "--compute", "jobbonus", "--output", str(target),
            "--workers", "2", "--size", "3"]
    assert main(argv) == 0
    first = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert first["persons"] == 7 and first["partitions"] == 3 and first["computed"] == 3
    assert target.read_text().splitlines()[0] == "id,brutoloon,prestatiebreuk,jobbonus" and len(target.read_text().splitlines()) == 8
    assert main(argv) == 0
    again = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert again["already_done"] and again["persons"] == 7
    assert main(["batch", "status", "--job", "rules"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["status"] == "done" and row["done"] == row["partitions"] == 3 and row["cluster"] == "local:2"


def test_rules_without_its_arguments_is_a_clear_error(db, capsys):
    assert main(["batch", "run", "rules", "--period", "2024"]) == 2
    assert "--input" in capsys.readouterr().err
