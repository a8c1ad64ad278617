"""Issue 16, point 11: after the warm start the first competence extraction and title normalisation answer as fast
as the next (no taxonomy, vectors, index or embedding engine loaded on the first request)."""

from __future__ import annotations

import time

from werkregie.matching.engine import semantic, skills, taxonomy, titles
from werkregie.matching.warm import warm_shared, warm_worker

CV = "Ik werkte zes jaar als heftruckchauffeur in een magazijn: orderpicking, laden en lossen en voorraadbeheer met een scanner."


def _timed(call) -> float:  # noqa: ANN001
    start = time.perf_counter()
    call()
    return time.perf_counter() - start


def test_warm_start_loads_everything_before_the_first_request():
    timings = {**warm_shared(database=False), **warm_worker()}
    assert {"taxonomy", "vectors", "titles", "skills", "places", "embedding"} <= set(timings)
    # what the first request would otherwise load is in memory now
    assert taxonomy.load.cache_info().currsize == 1 and semantic.label_vectors.cache_info().currsize == 1
    assert skills.default_skill_index.cache_info().currsize == 1 and titles.default_index.cache_info().currsize == 1
    assert semantic._model.cache_info().currsize == 1


def test_first_extraction_after_the_warm_start_is_as_fast_as_the_next():
    warm_shared(database=False)
    warm_worker()
    first_skills = _timed(lambda: skills.default_skill_index().extract(CV, "nl", 20))
    second_skills = _timed(lambda: skills.default_skill_index().extract(CV, "nl", 20))  # the same work again: nothing is cached
    first_title = _timed(lambda: titles.default_index().search(["magazijnier heftruck"], "nl", 5))
    second_title = _timed(lambda: titles.default_index().search(["magazijnier heftruck"], "nl", 5))
    # 2 s is the bar of the issue; on a shared, busy machine the second call is the yardstick
    assert first_skills < max(2.0, 2 * second_skills + 0.5), (first_skills, second_skills)
    assert first_title < max(2.0, 2 * second_title + 0.5), (first_title, second_title)


def test_warm_start_builds_the_api_document_the_api_page_and_swagger_read(client, db):
    """Walk of issue 16: /api/ took 6–23 s and /api/v1/openapi.json 10–23 s on each worker's first request (Swagger blank
    meanwhile): the document is built in the warm start, and both pages read that one."""
    from unittest import mock

    from werkregie.api import overview
    from werkregie.api.api import api

    overview.document.cache_clear()
    overview.domains.cache_clear()
    api.__dict__.pop("_schemas", None)
    timings = warm_shared(database=False)
    assert "api" in timings
    assert overview.document.cache_info().currsize == 1 and overview.domains.cache_info().currsize == 1
    with mock.patch("ninja.main.get_schema", side_effect=AssertionError("the OpenAPI document was built again")):
        page = client.get("/api/")
        schema = client.get("/api/v1/openapi.json")
    assert page.status_code == 200 and schema.status_code == 200
    assert schema.json()["paths"].keys() == overview.document()["paths"].keys()
