"""`werkregie manage clean_vacancy_titles [--dry-run]`: clean the stored vacancy titles (vacancies/titles.py; migration
0016 did it once); prints the counts as JSON. Idempotent."""

from __future__ import annotations

import json

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Remove invisible characters from stored vacancy titles; withdraw the vacancies whose title has nothing visible left"

    def add_arguments(self, parser) -> None:  # noqa: ANN001
        parser.add_argument("--dry-run", action="store_true", help="count only, change nothing")

    def handle(self, *args, **options) -> None:  # noqa: ANN002, ANN003
        from werkregie.vacancies import titles

        self.stdout.write(json.dumps(titles.clean(dry_run=options["dry_run"])))
