"""Issue 12 point 2, item 6: the table of contents of /steunmaatregelen/ showed each measure with the rules' unit note
("… (EUR; per maand een derde van het kwartaalforfait)") and kept the Dutch names on the French page although the
per-candidate page has a French name: each measure is named by its name only, in the reader's language where one is
translated (marked lang="nl" only where the name is the rules' Dutch label)."""

from __future__ import annotations

import re

import pytest

from werkregie.rules.catalogue import catalogue
from werkregie.vacancies.hiring import measure_title

pytestmark = pytest.mark.django_db


def _toc(client, **headers) -> str:  # noqa: ANN001
    page = client.get("/steunmaatregelen/", **headers)
    assert page.status_code == 200
    html = page.content.decode()
    return re.search(r'<nav aria-labelledby="h-toc">(.*?)</nav>', html, re.S).group(1), html


def test_the_contents_name_each_measure_without_its_unit_note(client):
    toc, html = _toc(client)
    assert "(EUR" not in toc and "(€" not in toc
    for m in catalogue():
        assert f">{measure_title(m.key, m.name)[0]}</span>" in toc
    headings = re.findall(r"<h3 [^>]*>(.*?)</h3>", html, re.S)
    assert headings and not any("(EUR" in h for h in headings)


def test_the_french_contents_use_the_french_names(client):
    translated = [m for m in catalogue() if not measure_title(m.key, m.name)[1]]
    assert translated  # the measures the per-candidate page names in French
    toc, _html = _toc(client, HTTP_ACCEPT_LANGUAGE="fr")
    assert "Réduction groupe cible pour les jeunes travailleurs peu ou moyennement qualifiés" in toc or \
        "Réduction groupe cible" in toc, toc[:2000]
    for m in translated:
        assert f'<span lang="nl">{m.name}' not in toc
