"""Re-walk of issue 16: the rules catalogue page showed an internal phrase, "(onzeker: zie de parameter)"."""

from __future__ import annotations

from werkregie.rules import system


def test_no_variable_label_says_see_the_parameter():
    labels = [variable.label or "" for variable in system().variables.values()]
    assert labels and not [label for label in labels if "zie de parameter" in label]
