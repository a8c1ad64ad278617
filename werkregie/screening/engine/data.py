"""Reading and checking a table of past cases: which columns are features, outcome and protected attributes."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

MAX_CATEGORIES = 50  # a text column with more distinct values than this (and mostly unique) is an identifier or free text
MIN_ROWS = 50


class ScreeningInputError(ValueError):
    """Bad input for screening: the message says what and where."""


@dataclass(frozen=True)
class Columns:
    numeric: list[str]
    categorical: list[str]

    @property
    def all(self) -> list[str]:
        return [*self.numeric, *self.categorical]


def read_csv(path: Path) -> pd.DataFrame:
    """A CSV with a header (comma, semicolon or tab separated); refused clearly when empty or not a table."""
    if not path.is_file():
        raise ScreeningInputError(f"{path}: file not found")
    raw = path.read_bytes()
    if not raw.strip():
        raise ScreeningInputError(f"{path}: the file is empty")
    if b"\x00" in raw[:4096]:
        raise ScreeningInputError(f"{path}: not a text file (binary content)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    first = text.splitlines()[0]
    delimiter = max([",", ";", "\t"], key=first.count)
    try:
        frame = pd.read_csv(io.StringIO(text), sep=delimiter, skipinitialspace=True, quoting=csv.QUOTE_MINIMAL, low_memory=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        raise ScreeningInputError(f"{path}: not a readable CSV table ({str(exc).strip().splitlines()[0]})") from None
    frame.columns = [str(c).strip() for c in frame.columns]
    if len(frame.columns) < 2:
        raise ScreeningInputError(f"{path}: found {len(frame.columns)} column; a table of cases needs an outcome and at least one feature")
    duplicates = sorted({c for c in frame.columns if list(frame.columns).count(c) > 1})
    if duplicates:
        raise ScreeningInputError(f"{path}: column names appear twice: {', '.join(duplicates)}")
    return frame


def outcome_labels(frame: pd.DataFrame, outcome: str, positive: str) -> np.ndarray:
    """1 where the outcome column equals the positive value (compared as text, so 1, 1.0 and "1" agree)."""
    if outcome not in frame.columns:
        raise ScreeningInputError(f"--outcome: no column '{outcome}' (columns: {', '.join(frame.columns)})")
    values = frame[outcome]
    missing = int(values.isna().sum())
    if missing:
        raise ScreeningInputError(f"--outcome: column '{outcome}' is empty in {missing} rows (first at row {int(np.argmax(values.isna().to_numpy())) + 2})")
    labels = (_as_text(values) == _normalise(positive)).to_numpy().astype(int)
    if labels.sum() == 0:
        seen = ", ".join(sorted(map(str, _as_text(values).unique()))[:10])
        raise ScreeningInputError(f"--positive: no row has {outcome} = '{positive}' (values seen: {seen})")
    if labels.sum() == len(labels):
        raise ScreeningInputError(f"--outcome: every row has {outcome} = '{positive}': one class only, nothing to learn or audit")
    if len(labels) < MIN_ROWS:
        raise ScreeningInputError(f"too few cases: {len(labels)} rows, at least {MIN_ROWS} are needed for 5-fold cross-validation")
    minority = int(min(labels.sum(), len(labels) - labels.sum()))
    if minority < 5:
        raise ScreeningInputError(f"--outcome: only {minority} cases of one class; at least 5 are needed for 5-fold cross-validation")
    return labels


def _normalise(value: object) -> str:
    text = str(value).strip()
    try:
        number = float(text)
        return repr(int(number)) if number.is_integer() else repr(number)
    except ValueError:
        return text.lower()


def _as_text(values: pd.Series) -> pd.Series:
    return values.map(_normalise)


def choose_features(frame: pd.DataFrame, outcome: str, protected: list[str], requested: list[str] | None) -> Columns:
    """The model's inputs: the requested columns, or every column except the outcome and protected ones.

    A protected attribute offered as a feature is refused: it may be used to audit, never to score.
    """
    for name in protected:
        if name not in frame.columns:
            raise ScreeningInputError(f"--protected: no column '{name}' (columns: {', '.join(frame.columns)})")
        if name == outcome:
            raise ScreeningInputError(f"--protected: '{name}' is the outcome column")
    if requested:
        refused = [c for c in requested if c in protected]
        if refused:
            raise ScreeningInputError(f"--features: '{refused[0]}' is a protected attribute; it may be used to audit, never as a model input")
        unknown = [c for c in requested if c not in frame.columns]
        if unknown:
            raise ScreeningInputError(f"--features: no column '{unknown[0]}' (columns: {', '.join(frame.columns)})")
        if outcome in requested:
            raise ScreeningInputError(f"--features: '{outcome}' is the outcome; it cannot also be an input")
        candidates = list(dict.fromkeys(requested))
    else:
        candidates = [c for c in frame.columns if c != outcome and c not in protected]
    numeric, categorical = [], []
    for name in candidates:
        column = frame[name]
        if column.isna().all():
            if requested:
                raise ScreeningInputError(f"--features: column '{name}' is empty in every row")
            continue
        converted = pd.to_numeric(column, errors="coerce")
        if converted.notna().sum() == column.notna().sum():
            numeric.append(name)
            continue
        distinct = column.nunique(dropna=True)
        if distinct > MAX_CATEGORIES and distinct > 0.5 * column.notna().sum():
            if requested:
                raise ScreeningInputError(f"--features: column '{name}' has {distinct} distinct texts: an identifier or free text, not a feature")
            continue  # identifiers and free text are left out when no features are named
        categorical.append(name)
    if not numeric and not categorical:
        raise ScreeningInputError("no usable feature columns (all are the outcome, protected, empty or identifiers)")
    return Columns(numeric, categorical)


def feature_frame(frame: pd.DataFrame, columns: Columns) -> pd.DataFrame:
    """Numbers as floats (missing as NaN), categories as text (missing as NaN)."""
    result = pd.DataFrame(index=frame.index)
    for name in columns.numeric:
        result[name] = pd.to_numeric(frame[name], errors="coerce").astype(float)
    for name in columns.categorical:
        result[name] = frame[name].map(lambda v: np.nan if pd.isna(v) else str(v).strip()).astype(object)
    return result


def typical_values(inputs: pd.DataFrame, columns: Columns) -> dict:
    """The typical case: the median of each number and the most common category (what explanations compare with)."""
    typical: dict = {}
    for name in columns.numeric:
        values = inputs[name].dropna()
        typical[name] = float(values.median()) if len(values) else np.nan
    for name in columns.categorical:
        modes = inputs[name].mode(dropna=True)
        typical[name] = modes.iloc[0] if len(modes) else np.nan
    return typical
