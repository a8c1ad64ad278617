"""The ASCII fast path of core.text (the vacancy import's check step spent a third of its time asking unicodedata about
every character of mostly ASCII titles and descriptions) gives exactly what the character-by-character rule gives."""

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from werkregie.core import text

ascii_text = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=60)


def _slow_invisible(value: str) -> list[str]:
    return [f"U+{ord(c):04X}" for c in value if unicodedata.category(c) in text.INVISIBLE_CATEGORIES]


def _slow_visible(value: str) -> str:
    return "".join(c for c in value if c in "\t\n\r" or unicodedata.category(c) not in ("Cc", "Cf")).strip()


@settings(max_examples=400, deadline=None)
@given(ascii_text)
def test_the_fast_path_finds_the_same_characters(value):
    assert text.invisible_characters(value) == _slow_invisible(value)
    assert text.visible_text(value) == _slow_visible(value)


def test_every_ascii_character_is_judged_alike():
    every = "".join(chr(i) for i in range(128))
    assert text.invisible_characters(every) == _slow_invisible(every)
    assert text.visible_text(every) == _slow_visible(every)
    assert text.invisible_characters("Heftruck\u202echauffeur") == ["U+202E"]  # non-ASCII still takes the full rule
