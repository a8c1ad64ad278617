"""Attack round 5, M-a: the vacancy intake's suggestion read 300 random 12-letter words (3,900 characters) for 10 s:
every phrase went through the character n-gram index and every 12-word clause through the embedding model. Words
whose letters look like no label's are now left out of both readings, and a user's suggestions have a budget."""

from __future__ import annotations

import random
import string
import time

from tests.test_vacancies_intake import employer, post  # noqa: F401 - the fixture
from werkregie.vacancies import intake


def _gibberish(seed: int) -> str:
    rng = random.Random(seed)
    return " ".join("".join(rng.choice(string.ascii_lowercase) for _ in range(12)) for _ in range(300))


def test_three_hundred_random_words_are_suggested_quickly():
    intake.suggest("Heftruckchauffeur", "Je bedient een heftruck.", "nl")  # the indexes and the model load once per process
    text = _gibberish(5)
    assert len(text) == 3_899
    started = time.monotonic()
    out = intake.suggest("Heftruckchauffeur", text, "nl")
    assert time.monotonic() - started < 2
    assert out["occupation_uri"]  # the title is still read


def test_real_words_among_random_ones_are_still_found():
    from werkregie.matching.engine.skills import default_skill_index

    text = f"{_gibberish(6)[:400]}. Je bedient een heftruck en laadt en lost vrachtwagens."
    plain = "Je bedient een heftruck en laadt en lost vrachtwagens."
    index = default_skill_index()
    assert {f.uri for f in index.extract(text, "nl", 10)} >= {f.uri for f in index.extract(plain, "nl", 10) if not f.implied}


def test_a_users_suggestions_have_a_budget(employer, settings):  # noqa: F811
    settings.WERKREGIE_SUGGEST_RATE = "2/m"
    body = {"title": "Heftruckchauffeur", "text": "Je bedient een heftruck."}
    assert [post(employer["boss"], "/api/v1/vacancies/intake/suggest", body).status_code for _ in range(2)] == [200, 200]
    refused = post(employer["boss"], "/api/v1/vacancies/intake/suggest", body)
    assert refused.status_code == 429 and int(refused["Retry-After"]) > 0
