"""The proposal's reasons are stored coded and shown in the reader's language (walk of issue 16: a French counsellor
read "Het model schat de kans op werk binnen 6 maanden op 33 % (lange afstand).", a French citizen "Zelfredzaam: kan
zelfstandig werk zoeken …", stored Dutch). "Niet zelfredzaam" gives its real reason, not "begeleiding is nodig"."""

import importlib.util
from pathlib import Path

from django.utils import translation
from django.utils.translation import gettext

from werkregie.screening import reasons
from werkregie.screening.engine import assessment as rules
from werkregie.workflows import labels


def _lead() -> object:
    path = Path(__file__).resolve().parent.parent / "scripts" / "translations_lead.py"
    spec = importlib.util.spec_from_file_location("translations_lead", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reasons_are_stored_coded_and_rendered_through_the_catalogue():
    proposal = rules.propose(0.33, rules.Answers(dutch_level="B2", digital_skills="basic", motivation="high"))
    stored = reasons.coded(proposal)
    assert stored and all(labels.is_coded(r) for r in stored)
    with translation.override("nl"):
        assert reasons.shown(stored) == proposal.reasons
        assert reasons.shown(stored)[0] == "Het model schat de kans op werk binnen 6 maanden op 33 % (lange afstand)."
    with translation.override("fr"):
        shown = reasons.shown(stored)
        model = gettext(rules.TEXTS["screening.reason.model"]) % {"percent": "33", "category": gettext("lange afstand")}
        assert shown[0] == model  # French once the lead compiles the catalogue: never the stored Dutch sentence by itself
    lead = _lead()
    for text in [*rules.TEXTS.values(), *rules.CATEGORY_TEXTS.values()]:
        assert text in lead.T and all(lead.T[text]), text


def test_an_older_row_stored_as_dutch_is_translated_where_it_has_no_parameters():
    with translation.override("fr"):
        assert reasons.shown(["Zelfredzaam: kan zelfstandig werk zoeken met digitale ondersteuning."]) == [
            gettext("Zelfredzaam: kan zelfstandig werk zoeken met digitale ondersteuning.")]


def test_not_self_reliant_says_why():
    far = rules.propose(0.2, rules.Answers(dutch_level="C1", digital_skills="basic"))
    assert far.reasons[-1] == (
        "Niet zelfredzaam: zelfstandig zoeken past alleen bij een korte afstand tot de arbeidsmarkt; deze persoon heeft een lange afstand.")  # walk of issue 16
    dutch = rules.propose(0.8, rules.Answers(dutch_level="A2", digital_skills="basic"))
    assert dutch.category == "short" and dutch.reasons[-1] == "Niet zelfredzaam: zelfstandig zoeken vraagt minstens Nederlands op niveau B1."
    assert not any("begeleiding door een bemiddelaar is nodig" in r for p in (far, dutch) for r in p.reasons)
