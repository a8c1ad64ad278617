"""Command-line commands of compliance; registered by werkregie/cli.py. Import Django code inside the command functions only
(the parser is built before Django is set up)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add this domain's sub-commands to the `werkregie` parser."""
