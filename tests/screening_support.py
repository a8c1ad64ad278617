"""Trained screening models for tests, learnt once per session from a generated population without a database
(the generator's rows turned into the engine's plain records), then stored per test in the test's database."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from functools import lru_cache

import pandas as pd

from werkregie.demo.population import PERSON_COLUMNS, Place, PopulationGenerator
from werkregie.screening.engine import register
from werkregie.screening.engine.train import TrainedModel, train

TODAY = dt.date(2026, 11, 27)
PROVINCE = {"44021": "Provincie Oost-Vlaanderen", "11002": "Provincie Antwerpen", "71016": "Provincie Limburg"}


def generated_records(count: int, seed: int = 11) -> list[register.PersonRecord]:
    places = [Place("44021", 260000, "9000"), Place("11002", 530000, "2000"), Place("71016", 78000, "3600")]
    index = {name: i for i, name in enumerate(PERSON_COLUMNS)}
    records = []
    for batch in PopulationGenerator(places, TODAY, seed=seed).batches(1, count, count):
        episodes, languages = defaultdict(list), defaultdict(dict)
        for pid, kind, start, end, _municipality, _source in batch.episodes:
            episodes[pid].append(register.Episode(kind, dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None))
        for pid, language, level in batch.languages:
            languages[pid][language] = level
        for row in batch.persons:
            pid = row[index["id"]]
            records.append(register.PersonRecord(
                pid, dt.date.fromisoformat(row[index["birth_date"]]), row[index["sex"]], row[index["nationality"]],
                PROVINCE[row[index["municipality_id"]]], row[index["education_level"]], languages[pid], json.loads(row[index["driving_licences"]]),
                row[index["digital_skills"]], row[index["work_limitation"]], episodes[pid]))
    return records


@lru_cache(maxsize=1)
def cases() -> pd.DataFrame:
    records = generated_records(4000)
    dates = register.reference_dates(register.add_months(TODAY, -36), register.add_months(TODAY, -6))
    return pd.DataFrame(register.training_cases(records, dates, (6, 12), TODAY))


@lru_cache(maxsize=2)
def trained(months: int) -> TrainedModel:
    outcome = f"far_from_work_{months}m"
    frame = cases()
    frame = frame[frame[outcome].notna()].copy()
    frame[outcome] = frame[outcome].astype(int)
    return train(frame[register.FEATURES + register.PROTECTED + ["reference_date", outcome]], outcome, "1", register.PROTECTED,
                 register.FEATURES, period_column="reference_date", monotone=register.MONOTONE)


def install_models() -> None:
    """Store the session's trained models as the active 6- and 12-month models of this test's database."""
    from werkregie.screening.training import store_model

    for months in (6, 12):
        store_model(trained(months), months, len(cases()))
