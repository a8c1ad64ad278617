"""Browser walk 2m, item 2: the diploma writing help proposed "kunnen contribute to continuity of health care EN, …" —
English ESCO labels inside a Dutch sentence. The competences prefer labels in the vacancy's language and the proposed
sentence names only those."""

from __future__ import annotations

import pytest

from werkregie.vacancies import diplomas


def test_the_rewording_names_no_label_of_another_language():
    skills = [{"uri": "a", "label": "wonden verzorgen", "lang": "nl"},
              {"uri": "b", "label": "contribute to continuity of health care", "lang": "en"}]
    assert diplomas.rewording("Bachelor verpleegkunde", skills, "nl") == "in plaats van “Bachelor verpleegkunde”: kunnen wonden verzorgen"
    assert diplomas.rewording("Bachelor verpleegkunde", skills[1:], "nl") == ""


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["nl", "fr"])
def test_a_nursing_diploma_gets_competences_in_the_vacancys_language(language):
    sentence = {"nl": "Bachelor verpleegkunde vereist.", "fr": "Bachelier en soins infirmiers requis."}[language]
    [found] = diplomas.help_for(sentence, language, fallback=[])
    own = [k for k in found["competence_skills"] if k["lang"] == language]
    assert own, found["competence_skills"]
    # labels in the vacancy's language come first; the sentence names only those
    assert found["competence_skills"][:len(own)] == own
    others = [k["label"] for k in found["competence_skills"] if k["lang"] != language]
    assert found["rewording"] and not any(label in found["rewording"] for label in others), found
