"""Warm start: load what matching needs before the server takes requests, so that the first CV extraction, skill-gap
query or person-vacancies page after a start answers as fast as the next.

`werkregie serve` runs gunicorn with `preload_app`: the master process calls `warm_shared()` before it binds the port
and forks the workers, so the OpenAPI document and the API page's overview of it, the taxonomy, the label vectors, the title and skill indexes, the places and the match index
are built once and shared by every worker (copy-on-write: read-only arrays are never copied). The embedding engine
(a native library with its own threads, which must not cross a fork) is started in each worker by `warm_worker()`,
before that worker accepts its first connection (gunicorn's post_worker_init)."""

from __future__ import annotations

import logging
import time

log = logging.getLogger(__name__)


def _timed(timings: dict[str, float], name: str, load) -> None:  # noqa: ANN001 - a callable
    start = time.perf_counter()
    load()
    timings[name] = round(time.perf_counter() - start, 3)


def warm_pages() -> None:
    """Import every view and the API (the URLconf, django-ninja's routers and schemas) and compile the base templates:
    otherwise the first request of each worker pays for them."""
    from django.template.loader import get_template
    from django.urls import get_resolver

    resolver = get_resolver()
    resolver.url_patterns  # noqa: B018 - importing the URLconf imports every view and router
    resolver.reverse_dict  # noqa: B018 - and builds the reverse lookup once
    for name in ("web/base.html", "web/login.html", "matching/mine.html", "matching/person.html"):
        get_template(name)


def warm_api() -> None:
    """Build the OpenAPI document (served at /api/v1/openapi.json, cached by the API object) and the API page's
    domains from it: a worker's first request to /api/ or the Swagger page took 6–23 s (walk of issue 16)."""
    from werkregie.api import overview

    overview.domains()


def warm_shared(database: bool = True) -> dict[str, float]:
    """Load the read-only data every worker shares. With `database`, also build the match index of open vacancies
    and current job seekers (kept up to date from the change log afterwards: platform.py). Returns seconds per part."""
    from .engine import geography, implied, semantic, skills, taxonomy, titles

    timings: dict[str, float] = {}
    _timed(timings, "pages", warm_pages)
    _timed(timings, "api", warm_api)
    _timed(timings, "taxonomy", taxonomy.load)
    _timed(timings, "vectors", semantic.label_vectors)
    _timed(timings, "titles", titles.default_index)
    _timed(timings, "skills", lambda: skills.default_skill_index().skill_vectors())  # the index and its lazily built vectors
    _timed(timings, "implied", implied.default_implier)  # what a CV implies: stored as suggestions (issue 18 point 4)
    _timed(timings, "places", geography.places)
    if database:
        from django.db import connections

        from . import platform

        try:
            _timed(timings, "match_index", platform.current_index)
        except Exception:  # noqa: BLE001 - a database without the tables yet: the first request builds it
            log.warning("match index not built at start", exc_info=True)
        finally:
            connections.close_all()  # never hand an open connection to forked workers
    log.info("warm start: %s", timings)
    return timings


WARM_TEXT = "Ik werkte als magazijnier: orderpicking, laden en lossen, voorraadbeheer. Ik spreek Nederlands en Frans."


def warm_worker() -> dict[str, float]:
    """Start the embedding engine in this process and run one extraction and one title search end to end (the first
    call pays the engine's start-up and every lazily built structure on the way)."""
    from .engine import semantic, skills, titles

    timings: dict[str, float] = {}
    _timed(timings, "embedding", lambda: semantic.embed_texts(["warm start"], language="nl"))
    _timed(timings, "extraction", lambda: skills.default_skill_index().extract(WARM_TEXT, "nl", 20))
    _timed(timings, "title", lambda: titles.default_index().search(["magazijnmedewerker met heftruckattest"], "nl", 5))
    return timings
