"""Walk of issue 13 in French: one page wrote "1.000,00 €" beside "€ 1.000,00" (the hiring measures of an application)
and another "2.025,00 €" beside "€ 240,00" (the training guide): the templates and filters write the euro sign before
the amount in every language (README, "Belgian formats": "€ 2.500"; learning's `euro` filter), some French
translations after it. One notation now, "€ 1.000,00", in every catalogue and on the pages; and the learning account's
reserved amount is no longer "Réservé pour des formations réservées"."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import polib
from django.test import Client
from django.utils import translation

from werkregie.core.clock import travel_to

from .test_training_relevance import TRUCK_DRIVER, forklift_driver  # noqa: F401 - fixture
from .test_vacancies_round2 import TODAY, _long_term, applied, world  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parent.parent
AFTER = re.compile(r"(%\(\w+\)[sd]|\{\{[^}]*\}\}|\d)[ \u00a0\u202f]*€")  # an amount, then the sign
BEFORE = re.compile(r"€[ \u00a0]\d")


def _french_catalogue_strings():
    for path in sorted((ROOT / "werkregie").glob("**/locale/fr/LC_MESSAGES/django.po")):
        for entry in polib.pofile(str(path)):
            if not entry.obsolete:
                for text in [entry.msgstr, *entry.msgstr_plural.values()]:
                    yield path.relative_to(ROOT), entry.msgid, text


def _french_dictionary_strings():
    """The French side of every scripts/translations_*.py (what the lead writes into the catalogues)."""
    for path in sorted((ROOT / "scripts").glob("translations*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values):
                    if isinstance(key, ast.Constant) and isinstance(key.value, str):
                        french = value.elts[0] if isinstance(value, ast.Tuple) and value.elts else None
                        if isinstance(value, ast.Dict):
                            french = next((v for k, v in zip(value.keys, value.values) if isinstance(k, ast.Constant) and k.value == "fr"), None)
                        if isinstance(french, ast.Tuple):  # plural forms
                            for form in french.elts:
                                yield path.name, key.value, form.value if isinstance(form, ast.Constant) else ""
                        elif isinstance(french, ast.Constant) and isinstance(french.value, str):
                            yield path.name, key.value, french.value


def test_every_french_translation_writes_the_euro_sign_before_the_amount():
    late = [(str(where), msgid[:60]) for where, msgid, text in [*_french_catalogue_strings(), *_french_dictionary_strings()]
            if AFTER.search(text)]
    assert late == []


def test_the_reserved_amount_of_the_learning_account_is_no_tautology():
    """Needs the compiled catalogues (the lead compiles scripts/translations_lead.py into werkregie/locale)."""
    texts = [text for _where, msgid, text in [*_french_catalogue_strings(), *_french_dictionary_strings()]
             if msgid == "Gereserveerd voor geboekte opleidingen"]
    assert texts and all("réservées" not in t for t in texts)
    with translation.override("fr"):
        assert translation.gettext("Gereserveerd voor geboekte opleidingen") == "Réservé pour les inscriptions à des formations"


def _amounts(html: str) -> tuple[list[str], list[str]]:
    text = re.sub(r"<[^>]+>", "|", html)  # a cell's date is not the amount of the next cell
    return AFTER.findall(text), BEFORE.findall(text)


def test_the_hiring_measures_of_an_application_in_french_write_one_notation(world):  # noqa: F811
    """Needs the compiled catalogues."""
    _long_term(world)
    application = applied(world)
    boss = Client(HTTP_ACCEPT_LANGUAGE="fr")
    boss.force_login(world["boss"])
    with travel_to(TODAY):
        html = boss.get(f"/sollicitaties/{application.pk}/steunmaatregelen/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert 'lang="fr"' in html
    after, before = _amounts(html)
    assert before and after == []


def test_the_training_guide_in_french_writes_one_notation(forklift_driver):  # noqa: F811
    """Needs the compiled catalogues."""
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    client.force_login(forklift_driver["citizen"])
    html = client.get("/mijn-loopbaan/opleidingen/", {"beroep": TRUCK_DRIVER}, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert 'lang="fr"' in html
    after, before = _amounts(html)
    assert before and after == []
    assert "aucune demandeurs" not in html
