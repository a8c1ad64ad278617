"""Batch work on a distributed engine (Dask `dask.distributed`): the nightly jobs run as partitioned tasks over the same
pure functions the in-process commands use, on a local cluster started per job (processes, one worker per core: one
machine and the demo need nothing more) or on the cluster whose scheduler address is in `WERKREGIE_DASK_SCHEDULER`.

Workers only read and compute; the driver writes each partition's result and marks it done in the partition ledger
in one transaction (so SQLite never sees two writers, and a partition is written exactly once). A rerun of the same
run skips the done partitions; a killed run resumes where it stopped. See jobs/ for the jobs and README ("Batch work")."""
