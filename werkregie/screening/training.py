"""Training the platform's screening models on the register's history, and scoring today's job seekers.

Reads the register in chunks of persons (episodes and languages with them), builds cases with the plain-Python
engine, and stores every trained model as a new version beside the older ones; the newest becomes active."""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing as mp
import os
import pickle
from collections import defaultdict
from typing import Callable, Iterator

import numpy as np
import pandas as pd
from django.db import connection, transaction
from django.db.models import Count, Exists, Max, Min, OuterRef, Q
from threadpoolctl import threadpool_limits

from werkregie.core import clock
from werkregie.core.bulk import insert_rows
from werkregie.geo.models import Municipality
from werkregie.people.models import Person, PersonLanguage, StatusEpisode

from .engine import register
from .engine.data import ScreeningInputError
from .engine.explain import explain
from .engine.train import TrainedModel, train
from .models import Assessment, Score, ScreeningModel

HORIZONS = (6, 12)
CHUNK = 20_000
Progress = Callable[[int], None]


def _provinces() -> dict[str, str]:
    return {code: province or ("Brussel" if region == "04000" else "onbekend")
            for code, province, region in Municipality.objects.values_list("nis_code", "province_nl", "region")}


def person_records(person_ids: list[int] | None = None, progress: Progress | None = None, seeking_on: dt.date | None = None,
                   id_range: tuple[int, int] | None = None) -> Iterator[register.PersonRecord]:
    """The register's persons as plain records, read in chunks (three queries per chunk); with `seeking_on`, only
    those with a job-seeker episode running on that day."""
    provinces = _provinces()
    persons = Person.objects.order_by("id")
    if person_ids is not None:
        persons = persons.filter(id__in=person_ids)
    if id_range is not None:
        persons = persons.filter(id__gte=id_range[0], id__lte=id_range[1])
    if seeking_on is not None:
        running = StatusEpisode.objects.filter(person=OuterRef("pk"), kind__in=register.SEEKING, start__lte=seeking_on).filter(
            Q(end__isnull=True) | Q(end__gte=seeking_on))
        persons = persons.filter(Exists(running))
    last = 0
    fields = ("id", "birth_date", "sex", "nationality", "municipality_id", "education_level", "driving_licences", "digital_skills", "work_limitation")
    while True:
        rows = list(persons.filter(id__gt=last).values_list(*fields)[:CHUNK])
        if not rows:
            return
        ids = [r[0] for r in rows]
        last = ids[-1]
        episodes, languages = defaultdict(list), defaultdict(dict)
        for pid, kind, start, end in StatusEpisode.objects.filter(person_id__in=ids).values_list("person_id", "kind", "start", "end").iterator(5000):
            episodes[pid].append(register.Episode(kind, start, end))
        for pid, language, level in PersonLanguage.objects.filter(person_id__in=ids).values_list("person_id", "language", "level"):
            languages[pid][language] = level
        for pid, birth, sex, nationality, nis, isced, licences, digital, limitation in rows:
            yield register.PersonRecord(pid, birth, sex, nationality, provinces.get(nis, "onbekend"), isced, languages[pid],
                                        list(licences or []), digital or "", limitation, episodes[pid])
        if progress:
            progress(len(rows))


def training_frame(today: dt.date, progress: Progress | None = None) -> pd.DataFrame:
    """Every job seeker on every quarter start of the last three years, with the outcomes known today."""
    dates = register.reference_dates(register.add_months(today, -36), register.add_months(today, -6))
    frame = pd.DataFrame(register.training_cases(person_records(progress=progress), dates, HORIZONS, today))
    if frame.empty:
        raise ScreeningInputError("the register holds no job seekers with a known outcome: nothing to learn from")
    return frame


def train_from_register(progress: Progress | None = None, frame: pd.DataFrame | None = None) -> list[ScreeningModel]:
    """Train the 6- and 12-month models (time-based holdout: the latest cohorts), store them as new versions and
    make them the active ones. `frame` lets a caller pass cases it built already."""
    from .use_cases import limits  # the cuts the assessment decides with; the model card reports the audit at them

    today = clock.today()
    frame = training_frame(today) if frame is None else frame
    stored = []
    for months in HORIZONS:
        outcome = f"far_from_work_{months}m"
        cases = frame[frame[outcome].notna()].copy()
        if len(cases) < 200:
            raise ScreeningInputError(f"{outcome}: {len(cases)} cases with a known outcome; at least 200 are needed")
        cases[outcome] = cases[outcome].astype(int)
        trained = train(cases[register.FEATURES + register.PROTECTED + ["reference_date", outcome]], outcome, "1", register.PROTECTED,
                        register.FEATURES, period_column="reference_date", monotone=register.MONOTONE, progress=progress,
                        limits=limits())
        stored.append(store_model(trained, months, len(cases)))
    return stored


def store_model(trained: TrainedModel, months: int, cases: int) -> ScreeningModel:
    start, end = trained.data_period
    # the histogram of the holdout is of the flag; the platform shows chances of work, so it is turned around
    chance_histogram = list(reversed(trained.score_histogram))
    with transaction.atomic():
        ScreeningModel.objects.filter(horizon_months=months, active=True).update(active=False)
        return ScreeningModel.objects.create(
            version=f"{trained.version}-{months}m", horizon_months=months, trained_at=dt.datetime.fromisoformat(trained.trained_at),
            data_start=dt.date.fromisoformat(start), data_end=dt.date.fromisoformat(end), cases=cases,
            features={"numeric": trained.features.numeric, "categorical": trained.features.categorical}, metrics=trained.metrics,
            audit=trained.audit, score_histogram=chance_histogram, active=True,
            artifact=pickle.dumps(trained, protocol=pickle.HIGHEST_PROTOCOL),
        )


_loaded: dict[str, TrainedModel] = {}


def load(model: ScreeningModel) -> TrainedModel:
    """The trained model behind a stored version (kept in memory once read; versions never change)."""
    if model.version not in _loaded:
        # only artifacts this platform wrote itself are unpickled: the column is never filled from outside
        _loaded[model.version] = pickle.loads(bytes(model.artifact))
    return _loaded[model.version]


def active_models() -> dict[int, ScreeningModel]:
    return {m.horizon_months: m for m in ScreeningModel.objects.filter(active=True).defer("artifact")}


PARALLEL_FROM = 20_000  # job seekers; below this, one process is faster than forking


def score_persons(person_ids: list[int] | None = None, progress: Progress | None = None, explain_top: int = 3,
                  workers: int | None = None) -> int:
    """Score every current job seeker (or the given persons, if they are job seekers today) with the active models,
    with the explanation of each score; a person scored again on the same day gets the new figures. On PostgreSQL a
    large register is scored by one forked process per core, each on its own range of person ids."""
    if 6 not in active_models():
        raise ScreeningInputError("no active 6-month screening model: run `werkregie screening train` first")
    if person_ids is None and connection.vendor == "postgresql":
        workers = workers or os.cpu_count() or 1
        count, low, high = _seekers(clock.today())
        if workers > 1 and count >= PARALLEL_FROM:
            return _score_in_parallel(workers, low, high, progress, explain_top)
    return _score(person_ids, None, progress, explain_top)


def _seekers(day: dt.date) -> tuple[int, int, int]:
    running = StatusEpisode.objects.filter(kind__in=register.SEEKING, start__lte=day).filter(Q(end__isnull=True) | Q(end__gte=day))
    found = running.aggregate(n=Count("person_id", distinct=True), low=Min("person_id"), high=Max("person_id"))
    return found["n"] or 0, found["low"] or 0, found["high"] or 0


def _score_in_parallel(workers: int, low: int, high: int, progress: Progress | None, top: int) -> int:
    step = (high - low) // workers + 1
    ranges = [(low + i * step, min(high, low + (i + 1) * step - 1), top) for i in range(workers)]
    connection.close()  # each child opens its own connection; none may share the parent's
    written = 0
    with mp.get_context("fork").Pool(workers) as pool:
        for count in pool.imap_unordered(_score_range, ranges):
            written += count
            if progress:
                progress(count)
    return written


def _score_range(task: tuple[int, int, int]) -> int:
    low, high, top = task
    with threadpool_limits(limits=1):  # the cores are taken by the processes; threads would only oversubscribe
        return _score(None, (low, high), None, top)


def _score(person_ids: list[int] | None, id_range: tuple[int, int] | None, progress: Progress | None, explain_top: int) -> int:
    models = active_models()
    six = ScreeningModel.objects.get(pk=models[6].pk)
    twelve = ScreeningModel.objects.get(pk=models[12].pk) if 12 in models else None
    model6, model12 = load(six), load(twelve) if twelve else None
    today, now = clock.today(), clock.now()
    written = 0
    batch: list[dict] = []

    def flush() -> None:
        nonlocal written
        if batch:
            written += _write_scores(batch, six, twelve, model6, model12, today, now, explain_top, person_ids is None)
            batch.clear()

    for record in person_records(person_ids, progress=progress, seeking_on=today, id_range=id_range):
        if register.seeking_on(record, today) is None:
            continue
        batch.append({"person_id": record.id, **register.features(record, today)})
        if len(batch) >= CHUNK:
            flush()
    flush()
    return written


SCORE_COLUMNS = ("person_id", "model_id", "model_12m_id", "reference_date", "chance_6m", "chance_12m", "factors", "changes", "inputs", "computed_at")


def _write_scores(rows: list[dict], six: ScreeningModel, twelve: ScreeningModel | None, model6: TrainedModel,
                  model12: TrainedModel | None, today: dt.date, now: dt.datetime, top: int, everyone: bool) -> int:
    """Write one batch (rows ordered by person id); everyone = all job seekers are being scored, so today's scores of
    this id range are replaced with a range delete instead of a list of ids."""
    return store_scores(score_table(rows, six, twelve, model6, model12, today, now, top), six.pk, today, everyone)


def score_table(rows: list[dict], six: ScreeningModel, twelve: ScreeningModel | None, model6: TrainedModel,
                model12: TrainedModel | None, today: dt.date, now: dt.datetime, top: int) -> list[tuple]:
    """The Score rows (SCORE_COLUMNS) of one batch of feature rows, computed without touching the database (the batch
    layer computes them in a worker: werkregie/batch)."""
    frame = pd.DataFrame(rows)
    # one person scored on a page view runs beside other requests: one thread avoids OpenMP oversubscription there
    with threadpool_limits(limits=1 if len(rows) < 1000 else None):
        explanations = explain(model6, frame, top=top)
        chances12 = 1 - model12.score(frame) if model12 else np.full(len(frame), np.nan)
    stamp = connection.ops.adapt_datetimefield_value(now)
    return [(row["person_id"], six.pk, twelve.pk if twelve else None, today.isoformat(), explanations[i].chance,
             None if np.isnan(chances12[i]) else round(float(chances12[i]), 4),
             json.dumps([{"feature": f.feature, "label": f.label, "effect": f.effect, "sentence": f.sentence} for f in explanations[i].factors]),
             json.dumps([{"feature": c.feature, "action": c.action, "gain": c.gain} for c in explanations[i].changes]),
             json.dumps({k: (None if isinstance(v, float) and np.isnan(v) else v) for k, v in row.items() if k != "person_id"}, default=_plain),
             stamp) for i, row in enumerate(rows)]


def store_scores(table: list[tuple], six_pk: int, today: dt.date, everyone: bool) -> int:
    """Replace today's scores of the table's persons (a range delete from its first to its last person when everyone
    is being scored) and insert the table."""
    if not table:
        return 0
    first, last = table[0][0], table[-1][0]
    with transaction.atomic():
        if everyone:
            # one statement each, not the ORM's collect-then-delete of every row (seconds at this size)
            replaced = Score.objects.filter(model_id=six_pk, reference_date=today, person_id__gte=first, person_id__lte=last)
            Assessment.objects.filter(score__in=replaced).update(score=None)
            with connection.cursor() as cursor:
                cursor.execute(f"DELETE FROM {Score._meta.db_table} WHERE model_id = %s AND reference_date = %s AND person_id BETWEEN %s AND %s",
                               [six_pk, today, first, last])
        else:
            Score.objects.filter(model_id=six_pk, reference_date=today, person_id__in=[r[0] for r in table]).delete()
        return insert_rows(Score._meta.db_table, SCORE_COLUMNS, table)


def _plain(value: object) -> object:
    """numpy numbers as Python numbers, for JSON."""
    return value.item() if hasattr(value, "item") else str(value)
