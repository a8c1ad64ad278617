"""Issue 13, the walk: the Dutch pages and messages said "credential(s)", jargon a resident does not know. Every Dutch
string that is translated (Python's gettext calls, the templates' translate and blocktranslate) says "digitaal bewijs"
instead; the English and French translations keep their own words. Technical names stay: the API's paths
(/api/v1/credentials/…), the JSON field "credential", credentialSubject."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from django.test import Client

from tests.credentials_support import key_folder, keyed, skills, world  # noqa: F401 - fixtures
from werkregie.credentials import use_cases as uc
from werkregie.credentials.enums import CredentialKind

ROOT = Path(__file__).resolve().parent.parent / "werkregie"
JARGON = re.compile(r"(?<![/\"])\bcredentials?\b(?![/\"])", re.IGNORECASE)
GETTEXT = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy", "gettext_noop"}
TRANSLATE_TAG = re.compile(r"{%\s*translate\s+(\"[^\"]*\"|'[^']*')", re.S)
BLOCK = re.compile(r"{%\s*blocktranslate\b.*?%}(.*?){%\s*endblocktranslate\s*%}", re.S)


def _python_strings(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call):
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name in GETTEXT:
                for arg in node.args:
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                        yield node.lineno, arg.value


def _template_strings(path: Path):
    text = path.read_text(encoding="utf-8")
    for found in TRANSLATE_TAG.finditer(text):
        yield text[:found.start()].count("\n") + 1, found.group(1)[1:-1]  # without its quotes
    for found in BLOCK.finditer(text):
        yield text[:found.start()].count("\n") + 1, found.group(1)


def test_no_dutch_string_says_credential():
    jargon = []
    for path in sorted(ROOT.rglob("*")):
        if "migrations" in path.parts:
            continue
        strings = _python_strings(path) if path.suffix == ".py" else _template_strings(path) if path.suffix == ".html" else ()
        jargon += [f"{path.relative_to(ROOT)}:{line}: {text[:80]}" for line, text in strings if JARGON.search(text)]
    assert not jargon, "say 'digitaal bewijs' in Dutch:\n" + "\n".join(jargon)


def test_the_scan_sees_a_translated_string_that_says_credential(tmp_path):
    """The scan itself: it finds the word in both kinds of source (else the test above could never fail)."""
    (tmp_path / "x.py").write_text('from django.utils.translation import gettext as _\nA = _("Het credential is geldig.")\nB = "credential"\n')
    (tmp_path / "x.html").write_text('{% translate "Uw credentials" %} {% blocktranslate %}Een {{ a }} credential{% endblocktranslate %}'
                                     ' <code>{"credential": 1}</code>')
    assert [t for _, t in _python_strings(tmp_path / "x.py") if JARGON.search(t)] == ["Het credential is geldig."]
    assert [t for _, t in _template_strings(tmp_path / "x.html") if JARGON.search(t)] == ["Uw credentials", "Een {{ a }} credential"]


def test_verify_page_in_dutch_says_digitaal_bewijs(world):
    made = uc.issue(person=world.person, kind=CredentialKind.DIPLOMA, title="Diploma secundair onderwijs", skills=skills()[:1],
                    who=world.p(world.counsellor))
    anonymous = Client()
    dutch = anonymous.post("/verifieer/", {"credential": made.token}).content.decode()
    assert "Geldig digitaal bewijs" in dutch and "Digitaal bewijs controleren" in dutch
    shown = re.sub(r"<code>.*?</code>|<[^>]+>", " ", dutch, flags=re.S)  # the words a reader sees, not the markup or the API's names
    assert not JARGON.search(shown), JARGON.search(shown)
