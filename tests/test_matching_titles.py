"""ESCO taxonomy as shipped, and job-title normalisation (issue 3, first slice): plain Python, no database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from werkregie.matching.engine.taxonomy import load
from werkregie.matching.engine.titles import MatchingInputError, TitleIndex, default_index, normalise


def test_the_shipped_taxonomy_is_complete():
    taxonomy = load()
    assert taxonomy.version == "1.1.1"
    assert len(taxonomy.occupations) == 3007 and len(taxonomy.skills) == 13896
    assert all(o.labels.get("nl") and o.labels.get("fr") and o.labels.get("en") for o in taxonomy.occupations)
    assert sum(len(o.essential) for o in taxonomy.occupations) > 60000
    assert sum("nl" in s.labels for s in taxonomy.skills) > 5000
    forklift = next(o for o in taxonomy.occupations if o.label("en") == "forklift operator")
    assert forklift.isco == "8344" and forklift.label("nl") == "heftruckchauffeur"
    assert any(taxonomy.skills[i].label("en") == "operate forklift" for i in forklift.essential)


@pytest.mark.parametrize(("query", "language", "expected"), [
    ("heftruckchauffeur", "nl", "forklift operator"),
    ("Heftruck-chauffeur", "nl", "forklift operator"),
    ("poetsvrouw", "nl", "building cleaner"),
    ("aide-soignante", "fr", "healthcare assistant"),
    ("conductrice de poids lourd", "fr", "cargo vehicle driver"),
    ("forklift driver", "en", "forklift operator"),
    ("lasser", "nl", "welder"),
])
def test_titles_reach_their_occupation(query, language, expected):
    [results] = default_index().search([query], language, top=5)
    labels = [load().occupations[load().occupation_index[r.uri]].label("en") for r in results]
    assert expected in labels, labels
    assert results == sorted(results, key=lambda r: -r.score) and all(0 < r.score <= 1 for r in results)


def test_normalise_folds_accents_case_and_punctuation():
    assert normalise("Aide-Soignante à DOMICILE!") == "aide soignante a domicile"
    assert normalise("Java-ontwikkelaar (m/v/x)") == "java ontwikkelaar m v x"


def test_bad_input_gives_an_error_or_an_empty_result_quickly():
    index = default_index()
    with pytest.raises(MatchingInputError, match="--lang"):
        index.search(["lasser"], "de")
    with pytest.raises(MatchingInputError, match="--top"):
        index.search(["lasser"], "nl", top=0)
    started = time.perf_counter()
    empty, spaces, digits, huge, garbage = index.search(["", "   ", "12345", "lasser " * 150_000, "\x00\xff\ufffd\x07"], "nl")
    assert (empty, spaces, digits, garbage) == ([], [], [], [])
    assert huge and time.perf_counter() - started < 5


def test_held_out_labels_are_really_out_of_the_index():
    taxonomy = load()
    target = taxonomy.occupation_index[next(o.uri for o in taxonomy.occupations if o.label("en") == "forklift operator")]
    removed = {(target, normalise(label)) for language in ("nl", "fr", "en") for label in taxonomy.occupations[target].labels[language]}
    index = TitleIndex(taxonomy, exclude=removed)
    assert not any(owner == target and (owner, text) in removed for owner, text in zip(index.owners, index.texts))
    [results] = index.search(["heftruckchauffeur"], "nl", top=10)
    assert all(r.score < 1 for r in results if r.uri == taxonomy.occupations[target].uri)


def test_cli_prints_one_json_line_per_input_line(tmp_path):
    env = {**os.environ, "WERKREGIE_DATA_DIR": str(tmp_path)}
    run = [sys.executable, "-m", "werkregie.cli", "match", "title", "--top", "3"]
    done = subprocess.run([*run, "--lang", "nl"], input=b"heftruckchauffeur\n\n\xff\xfe binary\n", capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [line["query"] for line in lines][:2] == ["heftruckchauffeur", ""]
    assert len(lines) == 3 and lines[1]["results"] == []
    assert lines[0]["results"][0]["label"] == "heftruckchauffeur" and set(lines[0]["results"][0]) == {"uri", "label", "score"}
    refused = subprocess.run([*run, "--lang", "xx"], input=b"lasser\n", capture_output=True, env=env, timeout=120)
    assert refused.returncode == 2 and b"--lang" in refused.stderr


def test_skills_are_extracted_with_their_span():
    from werkregie.matching.engine.skills import default_skill_index

    text = "Experienced software developer: Java, Python, SQL databases, agile project management. Able to operate forklift."
    found = {f.label: f for f in default_skill_index().extract(text, "en")}
    assert {"operate forklift", "SQL", "Agile project management"} <= set(found)
    forklift = found["operate forklift"]
    assert text[forklift.start:forklift.end] == forklift.span == "operate forklift" and forklift.score == 1.0
    # a Dutch text reaches English-only labels of tools ("Java") and its own Dutch labels
    dutch = {f.span for f in default_skill_index().extract("Kennis van Java en SQL.", "nl")}
    assert {"Java", "SQL"} <= dutch


def test_skill_extraction_survives_bad_input():
    from werkregie.matching.engine.skills import default_skill_index

    index = default_skill_index()
    assert index.extract("", "nl") == [] and index.extract("\x00\x01\xff" * 1000, "fr") == []
    with pytest.raises(MatchingInputError):
        index.extract("Java", "xx")
    started = time.perf_counter()
    index.extract("Ik kan orders verzamelen en SQL schrijven. " * 25_000, "nl")  # about 1 MB
    assert time.perf_counter() - started < 60


def test_cli_skills_json_lines(tmp_path):
    env = {**os.environ, "WERKREGIE_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "werkregie.cli", "match", "skills", "--lang", "en", "--top", "5"],
                          input="I operate forklift trucks and write SQL.\n\n".encode(), capture_output=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(lines) == 2 and lines[1] == {"results": []}
    assert {"uri", "label", "score", "span"} == set(lines[0]["results"][0])
    assert "SQL" in {r["span"] for r in lines[0]["results"]}


def test_the_semantic_signal_finds_what_letters_miss():
    taxonomy = load()
    nurse = next(o.uri for o in taxonomy.occupations if o.label("nl") == "algemeen verpleegkundige")
    [lexical] = TitleIndex(taxonomy, use_semantic=False).search(["verpleger"], "nl", top=1)
    [fused] = default_index().search(["verpleger"], "nl", top=1)
    assert lexical[0].uri != nurse and fused[0].uri == nurse


def test_skills_by_meaning_have_the_clause_as_span():
    from werkregie.matching.engine.skills import default_skill_index

    text = "Ik heb gewerkt in een callcenter, klanten telefonisch te woord staan."
    found = {f.label: f for f in default_skill_index().extract(text, "nl")}
    phone = found["telefonisch communiceren"]
    assert phone.span == "klanten telefonisch te woord staan" and 0.5 <= phone.score < 0.8
    assert not default_skill_index().extract("Mijn naam is Jan en ik woon in Gent.", "nl", use_semantic=True)


@pytest.mark.xfail(strict=True, reason="known failure (issue 18 point 11): the semantic step matches the CV boilerplate "
                   "'Referenties op aanvraag.' to 'vragen beantwoorden' (score 0.54, above the 0.5 floor); this was the "
                   "test's original input, restored here so that the fix is seen when it comes")
def test_cv_boilerplate_yields_no_skill():
    from werkregie.matching.engine.skills import default_skill_index

    assert not default_skill_index().extract("Referenties op aanvraag.", "nl", use_semantic=True)
