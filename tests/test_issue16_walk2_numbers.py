"""Issue 16, second browser walk, point 2: numbers the Belgian way everywhere (3.593 vacatures, 1,25 on a chart axis,
263.927 inhabitants in the admin), the model card in words (no "FPR", no "F / M / X")."""

import re
from pathlib import Path

import pytest
from django.test import Client
from django.utils import translation

from werkregie.accounts.models import Role
from werkregie.screening import charts
from werkregie.screening.views import value_label

from . import factories as f

TEMPLATES = Path(__file__).resolve().parent.parent / "werkregie"
BARE_COUNT = re.compile(r"\{%\s*blocktranslate\s+count\s+(\w+)=([\w.|]+)[^%]*%\}(.*?)\{%\s*endblocktranslate", re.S)


def test_no_template_writes_a_found_count_without_thousands_separator():
    """A count of what a search found (`….count`) can run into the thousands: shown with `|floatformat:"0g"` (the count
    itself only chooses the plural form), never as the bare {{ counter }} of blocktranslate (walk: "3593 vacatures")."""
    bare = []
    for path in TEMPLATES.rglob("templates/**/*.html"):
        for var, expr, body in BARE_COUNT.findall(path.read_text()):
            if expr.split("|")[0].endswith(".count") and "{{ " + var + " }}" in body:
                bare.append(f"{path.relative_to(TEMPLATES)}: count {var}={expr}")
    assert not bare, bare


def test_a_found_count_in_the_thousands_is_grouped():
    from django.template import Context, Template

    template = Template('{% load i18n %}{% blocktranslate count total=n with shown=n|floatformat:"0g" %}{{ shown }} vacature gevonden'
                        '{% plural %}{{ shown }} vacatures gevonden{% endblocktranslate %}')
    with translation.override("nl"):
        assert template.render(Context({"n": 3593})) == "3.593 vacatures gevonden"
        assert template.render(Context({"n": 1})) == "1 vacature gevonden"


def test_chart_axes_write_a_decimal_comma():
    axis = "".join(charts._y_axis(1.0, 5.0, percent=False))
    assert ">1,80<" in axis and ">5,00<" in axis and "1.80" not in axis
    percent = "".join(charts._y_axis(0, 1.0))
    assert ">20\u00a0%<" in percent


def test_model_card_groups_in_words():
    with translation.override("nl"):
        assert [value_label("sex", v) for v in ("F", "M", "X")] == ["Vrouw", "Man", "Onbekend / anders"]
        assert value_label("age_band", "25-49") == "25-49"
    source = (TEMPLATES / "screening" / "views.py").read_text()
    assert "FPR\")" not in source, "the axis says 'FPR': write it in words"


@pytest.mark.django_db
def test_admin_municipalities_list_groups_the_population(ref):
    client = Client()
    client.force_login(f.user(Role.ADMIN, is_staff=True, is_superuser=True))
    response = client.get("/admin/geo/municipality/?q=Gent")
    assert response.status_code == 200
    text = response.content.decode()
    assert ">263.927<" in text and ">263927<" not in text, "Gent's population without thousands separator"


def test_two_charts_with_the_same_title_have_their_own_ids():
    """The model card had 19 duplicated id pairs: two charts with one title gave one id (aria-labelledby read the first)."""
    first = charts.lines("Kalibratie per groep: geslacht", "d", [charts.Line("Vrouw", [(0.1, 0.2)])], "x", "y")
    second = charts.lines("Kalibratie per groep: geslacht", "d", [charts.Line("Man", [(0.1, 0.3)])], "x", "y")
    ids = [set(re.findall(r'\bid="([^"]+)"', svg)) for svg in (first, second)]
    assert ids[0] and not ids[0] & ids[1], ids
