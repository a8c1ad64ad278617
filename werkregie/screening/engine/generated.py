"""Register records from the demo's population generator, without a database: for tests and benchmarks that
need the register's shape (three years of episodes per person) at a scale a database load would slow down."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from typing import Iterator

from werkregie.people.synthetic import PERSON_COLUMNS, Place, PopulationGenerator

from .register import Episode, PersonRecord

PLACES = [Place("44021", 260000, "9000"), Place("11002", 530000, "2000"), Place("71016", 78000, "3600"), Place("31005", 118000, "8000"),
          Place("24062", 102000, "3000")]
PROVINCES = {"44021": "Provincie Oost-Vlaanderen", "11002": "Provincie Antwerpen", "71016": "Provincie Limburg",
             "31005": "Provincie West-Vlaanderen", "24062": "Provincie Vlaams-Brabant"}


def generated_records(count: int, today: dt.date, seed: int = 11, batch: int = 10_000) -> Iterator[PersonRecord]:
    index = {name: i for i, name in enumerate(PERSON_COLUMNS)}
    for rows in PopulationGenerator(PLACES, today, seed=seed).batches(1, count, batch):
        episodes, languages = defaultdict(list), defaultdict(dict)
        for pid, kind, start, end, _municipality, _source in rows.episodes:
            episodes[pid].append(Episode(kind, dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None))
        for pid, language, level in rows.languages:
            languages[pid][language] = level
        for row in rows.persons:
            pid = row[index["id"]]
            yield PersonRecord(pid, dt.date.fromisoformat(row[index["birth_date"]]), row[index["sex"]], row[index["nationality"]],
                               PROVINCES[row[index["municipality_id"]]], row[index["education_level"]], languages[pid],
                               json.loads(row[index["driving_licences"]]), row[index["digital_skills"]], row[index["work_limitation"]], episodes[pid])
