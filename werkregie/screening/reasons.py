"""The proposal's reasons in the reader's language: the engine gives each as a code with parameters
(engine/assessment.py TEXTS); here they are registered with `werkregie.workflows.labels`, stored coded on the
assessment and translated when shown (a French page showed "Het model schat de kans op werk …" and "Zelfredzaam: …" as
stored: walk of issue 16). A category parameter is itself a coded text (its words in the reader's language)."""

from __future__ import annotations

from werkregie.workflows import labels

from .engine import assessment as rules

for _code, _text in {**rules.TEXTS, **{f"screening.category.{k}": v for k, v in rules.CATEGORY_TEXTS.items()}}.items():
    labels.register(_code, _text)


def coded(proposal: rules.Proposal) -> list[str]:
    """The reasons as stored (Assessment.reasons): coded, translated when shown."""
    return [labels.coded(code, **{k: labels.coded(f"screening.category.{v}") if k in rules.CATEGORY_PARAMS else v
                                  for k, v in params.items()}) for code, params in proposal.codes]


def shown(reasons: list[str]) -> list[str]:
    """Stored reasons in the active language (an older row's Dutch sentence as stored, or translated when it is one of
    the registered texts without parameters)."""
    return [labels.render(r) for r in reasons or []]
