"""Every interface string has a French and an English translation, in the platform's locale and in each domain's own."""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent / "werkregie"
CATALOGUES = sorted(p for p in ROOT.rglob("locale/*/LC_MESSAGES/django.po"))


def test_catalogues_exist_for_both_languages():
    languages = {p.parent.parent.name for p in CATALOGUES}
    assert {"fr", "en"} <= languages


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_untranslated_or_fuzzy_string(po_path):
    po = polib.pofile(str(po_path))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"{po_path}: {len(untranslated)} untranslated, e.g. {untranslated[:3]}"
    assert not fuzzy, f"{po_path}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:3]}"
    mo = po_path.with_suffix(".mo")
    assert mo.exists(), f"{mo} is not compiled"
    compiled = polib.mofile(str(mo))
    assert {e.msgid for e in compiled} >= {e.msgid for e in po.translated_entries()}, f"{mo} is older than its .po: compile it"


def test_each_dictionary_of_a_translations_script_is_bound_once():
    """Helpers append their entries to scripts/translations_*.py; a second `PLURALS = {…}` (stop 31, caught at the merge)
    silently dropped every plural above it. Later blocks must use `.update(…)`."""
    import ast
    from collections import Counter
    from pathlib import Path

    for path in sorted((Path(__file__).resolve().parents[1] / "scripts").glob("translations_*.py")):
        bound = Counter(target.id for node in ast.parse(path.read_text(encoding="utf-8")).body if isinstance(node, ast.Assign)
                        for target in node.targets if isinstance(target, ast.Name))
        assert bound["T"] <= 1 and bound["PLURALS"] <= 1, (path.name, bound)
