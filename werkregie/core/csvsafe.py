"""CSV written by the platform (exports, rejects, batch results) is opened in spreadsheets: a text cell that starts
with = + - @, a tab or a carriage return would be read as a formula (CSV injection). Every CSV the platform writes
goes through `writer` / `dict_writer`, which prefix such text cells with an apostrophe. Numbers are never touched —
neither real numbers nor text that is a plain number (a negative amount "-12,50" stays a number, so `rules batch`
keeps its inputs exact)."""

from __future__ import annotations

import csv
import re
from typing import Any, Iterable

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    if not isinstance(value, str) or not value.startswith(TRIGGERS) or NUMBER.fullmatch(value):
        return value
    return "'" + value


def safe_row(row: Iterable[Any]) -> list:
    return [safe_cell(v) for v in row]


class _Writer:
    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def writerow(self, row: Iterable[Any]) -> Any:
        return self._inner.writerow(safe_row(row))

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


class _DictWriter(_Writer):
    def writeheader(self) -> Any:
        return self._inner.writeheader()

    def writerow(self, row: dict) -> Any:
        return self._inner.writerow({k: safe_cell(v) for k, v in row.items()})


def writer(handle: Any, **kwargs: Any) -> _Writer:
    return _Writer(csv.writer(handle, **kwargs))


def dict_writer(handle: Any, fieldnames: list[str], **kwargs: Any) -> _DictWriter:
    return _DictWriter(csv.DictWriter(handle, fieldnames=fieldnames, **kwargs))
