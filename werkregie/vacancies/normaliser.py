"""The occupation of an imported vacancy that carries none: the matching engine's title normaliser (issue 12, point 6).

A title that the engine reads as exactly an occupation's preferred label (once cleaned as its search cleans it:
"Ervaren lasser (m/v/x)" is "lasser") is that occupation: the engine's answer, without asking it (the sparse product
and, for titles it does not know, the embedding cost some 2 and 20 ms a title). Other titles are asked of the engine
once each, in chunks, on worker threads that start while the import is still checking the file's later records: the
check is Python (it holds the interpreter), the title search is array work and the embedding model (they release it),
so the two share the two cores instead of following each other (import of 100,000 records: ~8 s of the check's time
no longer added to the normalisation's). The import then writes the records whose occupation is settled (`settle`: given,
or a preferred label) while the searches still run, and the others once they are answered (`finish`): the write is mostly
the database's work, in its own process, so the searches meet a free core there too (import of 100,000 records: the
~18 s the write waited for the searches after the check, on two cores, mostly hidden behind the write)."""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .exchange import Clean, Report

THREADS = 4  # at most this many title searches side by side (one per core)
CONFIDENCE = 0.5  # below this the normaliser's best occupation is not kept (the vacancy stays without one)
CHUNK = 256  # titles per search: the engine embeds and multiplies them together


@lru_cache(maxsize=1)
def preferred_labels() -> dict[tuple[str, str], str]:
    """(language, normalised preferred label) → the one occupation whose preferred label it is in that language. For
    such a title the engine's answer is known without asking it: an exact preferred label in the title's language
    scores 1.0, the highest there is (titles.KIND_WEIGHT), so that occupation comes first. Labels that several
    occupations share are left to the engine."""
    from werkregie.matching.engine.titles import normalise
    from werkregie.matching.platform import taxonomy

    owners: dict[tuple[str, str], set[str]] = {}
    for o in taxonomy().occupations:
        for language, labels in o.labels.items():
            if labels:
                owners.setdefault((language, normalise(labels[0])), set()).add(o.uri)
    return {key: next(iter(uris)) for key, uris in owners.items() if len(uris) == 1}


class TitleNormaliser:
    """Offered each checked record (`offer`), then asked for the answers (`apply`). Use as a context manager: leaving
    it early (an import refused for its errors) cancels the searches not yet started."""

    def __init__(self) -> None:
        from werkregie.matching.engine.titles import lookup_text

        self._lookup = lookup_text
        self._preferred = preferred_labels()
        self._by_label: dict[tuple[str, str], str] = {}
        self._seen: set[tuple[str, str]] = set()
        self._pending: dict[str, list[str]] = {}
        self._searches: list[tuple[str, list[str], Future]] = []
        self._pool: ThreadPoolExecutor | None = None
        self._index_lock = threading.Lock()

    def __enter__(self) -> "TitleNormaliser":
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def offer(self, record: "Clean") -> None:
        if not record.needs_occupation:
            return
        key = (record.language, record.values["title"])
        if key in self._seen:  # feeds repeat titles: each is searched once
            return
        self._seen.add(key)
        found = self._preferred.get((record.language, self._lookup(record.values["title"], record.language)))
        if found:
            self._by_label[key] = found
            return
        if self._pool is None:  # the first title for the engine: its index loads (~3 s) while the check goes on
            self._start()
            self._pool.submit(self._index)
        pending = self._pending.setdefault(record.language, [])
        pending.append(record.values["title"])
        if len(pending) >= CHUNK:
            self._submit(record.language)

    def settle(self, records: list["Clean"], report: "Report") -> list["Clean"]:
        """The records that wait for a title search (the others are settled now: they carry an occupation, or their title
        is a preferred label); the searches left over are started. The report counts what is known so far."""
        todo = [c for c in records if c.needs_occupation]
        report.with_occupation = len(records) - len(todo)
        report.flagged = sum(1 for c in records if c.values.get("wording_flags"))
        for c in todo:  # offered already when checked; a record offered only now (none in the import) is not lost
            self.offer(c)
        for language in sorted(self._pending):
            if self._pending[language]:
                self._submit(language)
        waiting = []
        for c in todo:
            found = self._by_label.get((c.language, c.values["title"]))
            if found:
                c.values["occupation_uri"] = found
                report.normalised_by_label += 1
                report.normalised += 1
            else:
                waiting.append(c)
        return waiting

    def searching(self) -> bool:
        """Whether a title search is still running (or waiting to run)."""
        return any(not search.done() for _language, _chunk, search in self._searches)

    def finish(self, waiting: list["Clean"], report: "Report") -> None:
        """Each waiting record gets the engine's best occupation when it is confident (else it stays without one)."""
        best: dict[tuple[str, str], str] = {}
        for language, chunk, search in self._searches:
            for title, results in zip(chunk, search.result()):
                if results and results[0].score >= CONFIDENCE:
                    best[(language, title)] = results[0].uri
        for c in waiting:
            if (c.language, c.values["title"]) in best:
                c.values["occupation_uri"] = best[(c.language, c.values["title"])]
                report.normalised += 1
            else:
                report.without_occupation += 1

    def _submit(self, language: str) -> None:
        chunk, self._pending[language] = self._pending[language], []
        self._start()
        self._searches.append((language, chunk, self._pool.submit(self._search, chunk, language)))

    def _start(self) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=max(1, min(THREADS, os.cpu_count() or 1)), thread_name_prefix="titles")

    def _index(self):  # noqa: ANN202 - a TitleIndex
        from werkregie.matching.engine.titles import default_index

        with self._index_lock:  # loaded once, by the first task that asks
            return default_index()

    def _search(self, titles: list[str], language: str) -> list:
        return self._index().search(titles, language, 1)
