"""Issue 16: the ESCO occupation "ICT network administrator" showed "ict network administrator" on Dutch pages (ESCO
v1.1.1's Dutch preferred label is the English one). A small documented corrections file, applied when the taxonomy is
loaded, gives it and a few others like it their Dutch name; the extract itself stays as ESCO published it."""

import copy
import gzip
import json

from django.utils import translation

from werkregie.matching import labels
from werkregie.matching.engine.taxonomy import CORRECTIONS, DATA, apply_corrections, load, read_corrections

NETWORK_ADMINISTRATOR = "http://data.europa.eu/esco/occupation/81480b40-a318-47f3-9b2c-56b69ed67d95"
TAX = load()


def shipped() -> dict:
    with gzip.open(DATA, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def test_ict_network_administrator_is_named_in_dutch():
    occupation = TAX.occupations[TAX.occupation_index[NETWORK_ADMINISTRATOR]]
    assert occupation.label("nl") == "ICT-netwerkbeheerder"
    assert occupation.label("en") == "ICT network administrator"  # only the Dutch label is corrected
    assert occupation.labels["nl"][1] == "ict network administrator"  # the replaced label is still found in a search
    with translation.override("nl"):
        entry = labels.occupation(NETWORK_ADMINISTRATOR, "nl")
        assert entry["label"] == "ICT-netwerkbeheerder" and entry["lang"] == "nl"
        assert str(labels.render(entry, capital=True)) == '<span class="skill">ICT-netwerkbeheerder</span>'


def test_every_correction_is_documented_and_applies_to_the_shipped_extract():
    corrections = read_corrections()
    raw = shipped()
    assert apply_corrections(raw, corrections) == corrections  # none stale: each still corrects what the extract says
    for correction in corrections:
        assert set(correction) == {"uri", "kind", "language", "was", "label", "reason"}
        assert correction["kind"] in ("occupation", "skill") and len(correction["reason"]) >= 40
        assert raw[f"{correction['kind']}s"][correction["uri"]]["labels"][correction["language"]][:2] == [correction["label"], correction["was"]]
    assert "about" in json.loads(CORRECTIONS.read_text(encoding="utf-8"))


def test_a_correction_for_a_label_esco_has_since_changed_is_not_applied():
    raw = shipped()
    raw["occupations"][NETWORK_ADMINISTRATOR]["labels"]["nl"][0] = "netwerkbeheerder ICT"  # as a later extract might say
    before = copy.deepcopy(raw["occupations"][NETWORK_ADMINISTRATOR])
    applied = apply_corrections(raw, read_corrections())
    assert NETWORK_ADMINISTRATOR not in {c["uri"] for c in applied}
    assert raw["occupations"][NETWORK_ADMINISTRATOR] == before


def test_no_occupation_lacks_a_dutch_preferred_label():
    """What the issue asked to check: every occupation has one (118 equal the English label, most of them words Dutch
    uses as such: chef, sommelier, webmaster; the corrections file lists the ones that are not Dutch)."""
    assert all(o.labels.get("nl") and o.labels["nl"][0].strip() for o in TAX.occupations)
    untranslated = [o for o in TAX.occupations if o.labels["nl"][0].lower() == o.labels["en"][0].lower()]
    assert len(untranslated) == 118 - len(read_corrections())


def test_a_title_search_finds_the_occupation_by_its_dutch_name_and_by_the_replaced_label():
    from werkregie.matching.engine.titles import TitleIndex

    index = TitleIndex(TAX, use_semantic=False)  # by letters only: the shipped vectors predate the correction
    by_dutch, by_old = index.search(["ICT-netwerkbeheerder", "ict network administrator"], "nl", top=1)
    assert by_dutch[0].uri == NETWORK_ADMINISTRATOR and by_dutch[0].label == "ICT-netwerkbeheerder"
    assert by_old[0].uri == NETWORK_ADMINISTRATOR
