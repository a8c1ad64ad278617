"""The one-command demo and the population generator."""

import datetime as dt
import json
import os
import subprocess
import sys
from collections import Counter

import pytest

from werkregie.core.identifiers import insz_problem
from werkregie.demo.services import generate_population
from werkregie.people.models import Person, StatusEpisode
from werkregie.people.synthetic import Place, PopulationGenerator


@pytest.mark.own_database
def test_demo_no_serve_json_prints_one_account_per_role(tmp_path):
    env = {**os.environ, "WERKREGIE_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    result = subprocess.run([sys.executable, "-m", "werkregie.cli", "demo", "--no-serve", "--json", "--persons", "1500"],
                            capture_output=True, text=True, env=env, timeout=540)  # 349 s beside the other pass on 2 cores (stop 37)
    assert result.returncode == 0, result.stderr
    accounts = json.loads(result.stdout)
    assert {a["role"] for a in accounts} == {"citizen", "counsellor", "controller", "employer", "municipality", "partner", "analyst", "admin"}
    assert all(a["username"] and a["password"] and a["token"].startswith("wr_") for a in accounts)
    assert (tmp_path / "werkregie.sqlite3").exists()


def test_generator_is_deterministic_and_valid():
    places = [Place("44021", 260000, "9000"), Place("11002", 530000, "2000")]
    rows = [PopulationGenerator(places, dt.date(2026, 11, 27), seed=1) for _ in range(2)]
    a, b = (list(g.batches(1, 300, 100)) for g in rows)
    assert [x.persons for x in a] == [x.persons for x in b]
    persons = [p for batch in a for p in batch.persons]
    assert len({p[1] for p in persons}) == 300
    assert all(insz_problem(p[1]) is None for p in persons)
    ages = [(dt.date(2026, 11, 27) - dt.date.fromisoformat(p[6])).days // 365 for p in persons]
    assert 16 <= min(ages) and max(ages) <= 67
    assert Counter(p[9] for p in persons)["11002"] > Counter(p[9] for p in persons)["44021"]


def test_generated_population_has_three_years_of_episodes(ref):
    assert generate_population(400, seed=7) == 400
    assert Person.objects.count() == 400
    earliest = StatusEpisode.objects.order_by("start").first().start
    assert earliest <= dt.date.today() - dt.timedelta(days=3 * 365)
    kinds = set(StatusEpisode.objects.values_list("kind", flat=True))
    assert {"employed", "jobseeker_benefit"} <= kinds
    assert not StatusEpisode.objects.filter(kind="leefloon", municipality__isnull=True).exists()
    # a second run adds new persons without clashing
    assert generate_population(100, seed=7) == 100
    assert Person.objects.count() == 500
