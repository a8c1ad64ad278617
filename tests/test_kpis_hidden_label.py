"""Issue 14, found by the attack: a hidden KPI figure read "<10" even where it was hidden only to protect another cell
(44 behind it): the label told which cells are small and misinformed the reader. Every hidden figure reads the same."""

from __future__ import annotations

from django.utils import translation

from werkregie.kpis import catalogue
from werkregie.kpis.use_cases import number, peer_median_label


def test_every_hidden_figure_reads_the_same_and_never_as_small():
    count, share = catalogue.BY_CODE["jobseekers"], catalogue.BY_CODE["screened_2m"]
    with translation.override("nl"):
        assert number(None, count, True) == number(None, share, True) == "verborgen"
        assert number(None, count) == "verborgen"  # a count without a value is hidden
        assert number(None, share, False) == "—"  # a share of an empty cohort: none, not hidden
        assert "<" not in number(None, count, True)
        assert number(1234.0, count, False) == "1.234" and number(0.256, share, False) == "25,6 %"
    with translation.override("fr"):
        assert number(None, count, True).lower() == "masqué"


def test_the_peers_median_says_over_how_many_published_figures():
    with translation.override("nl"):
        assert peer_median_label(7, 10) == "Mediaan vergelijkbare gemeenten (7 van 10 gepubliceerd)"
