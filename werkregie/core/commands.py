"""What every domain's command-line commands share: a progress bar on stderr, and bringing the database up to date."""

from __future__ import annotations

import sys


def progress_bar(total: int | None, desc: str, unit: str = "rows"):  # noqa: ANN201 - a tqdm instance
    """A progress bar on stderr (drawn also when stderr is not a terminal, at most once a second)."""
    from tqdm import tqdm

    return tqdm(total=total, desc=desc, unit=unit, file=sys.stderr, dynamic_ncols=True, disable=None if sys.stderr.isatty() else False, mininterval=1.0)


def migrate(quiet: bool = True) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0 if quiet else 1)
