"""Issue 18 point 9 (2-core overhead): a small job without a scheduler or an explicit --workers runs in the driver's
process (no cluster start), writes exactly what the local cluster writes, and says so in the ledger."""

from __future__ import annotations

import json

from werkregie.batch import cluster
from werkregie.cli import main

from .test_concurrency_pg import keeps_reference_data  # noqa: F401 - the fixture


def test_the_choice_of_where_a_job_runs(settings, monkeypatch):
    settings.DASK_SCHEDULER = ""
    assert cluster.in_process(None, None, 10)
    assert not cluster.in_process(None, None, cluster.IN_PROCESS_BELOW)
    assert not cluster.in_process(None, None, None)  # size unknown: the cluster
    assert not cluster.in_process(None, 2, 10)  # asked for workers: the cluster
    assert cluster.in_process(None, 1, 10**9)  # one worker is only overhead
    assert not cluster.in_process("tcp://10.0.0.5:8786", None, 10)
    monkeypatch.setenv("WERKREGIE_BATCH_IN_PROCESS_BELOW", "5")
    assert not cluster.in_process(None, None, 10)
    settings.DASK_SCHEDULER = "tcp://10.0.0.5:8786"
    assert not cluster.in_process(None, 1, 10)


def test_a_small_job_runs_in_process_and_writes_what_the_cluster_writes(keeps_reference_data, transactional_db, tmp_path, capsys):  # noqa: F811
    source = tmp_path / "in.csv"
    source.write_text("id,brutoloon,prestatiebreuk\n" + "".join(f"{i},{18000 + 900 * i},1\n" for i in range(7)))
    outputs = {}
    for name, extra in (("here", []), ("cluster", ["--workers", "2"])):
        target = tmp_path / f"{name}.csv"
        assert main(["batch", "run", "rules", "--period", "2024", "--input", str(source), "--compute", "jobbonus", "--output", str(target),
                     "--size", "3", *extra]) == 0
        result = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
        assert result["computed"] == 3
        outputs[name] = target.read_text()
    assert outputs["here"] == outputs["cluster"] and len(outputs["here"].splitlines()) == 8
    assert main(["batch", "status", "--job", "rules"]) == 0
    clusters = sorted(json.loads(line)["cluster"] for line in capsys.readouterr().out.splitlines())
    assert clusters == ["in-process", "local:2"]
