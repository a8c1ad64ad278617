"""The proposal's reasons in the reader's language: the engine gives each as a code with parameters
(engine/assessment.py TEXTS); here they are registered with `werkregie.workflows.labels`, stored coded on the
assessment and translated when shown (a French page showed "Het model schat de kans op werk …" and "Zelfredzaam: …" as
stored: walk of issue 16). A category parameter is itself a coded text (its words in the reader's language)."""

from __future__ import annotations

from werkregie.workflows import labels

from .engine import assessment as rules

MODEL_REASONS = ("screening.reason.model", "screening.reason.no_score")
CITIZEN = "screening.citizen."  # the citizen's version of a reason: this prefix instead of "screening."

for _code, _text in {**rules.TEXTS, **{f"screening.category.{k}": v for k, v in rules.CATEGORY_TEXTS.items()},
                     **{CITIZEN + code.removeprefix("screening."): text for code, text in rules.CITIZEN_TEXTS.items()}}.items():
    labels.register(_code, _text)


def coded(proposal: rules.Proposal) -> list[str]:
    """The reasons as stored (Assessment.reasons): coded, translated when shown."""
    return [labels.coded(code, **{k: labels.coded(f"screening.category.{v}") if k in rules.CATEGORY_PARAMS else v
                                  for k, v in params.items()}) for code, params in proposal.codes]


def shown(reasons: list[str]) -> list[str]:
    """Stored reasons in the active language (an older row's Dutch sentence as stored, or translated when it is one of
    the registered texts without parameters)."""
    return [labels.render(r) for r in reasons or []]


def shown_to_citizen(reasons: list[str]) -> list[str]:
    """Stored reasons as the job seeker reads them: each coded reason in its second-person version (the stored code
    names the counsellor's sentence; the citizen's has the same parameters), in the active language. A reason stored
    as plain text (an older row) is not shown to the citizen: it was written for the counsellor. The model's own
    reason is left out: the page shows the model's estimate beside the decision."""
    out = []
    for reason in reasons or []:
        if not labels.is_known(reason):
            continue
        body = str(reason)[len(labels.MARK):]
        code, brace, params = body.partition("{")
        if code in MODEL_REASONS:
            continue
        citizen = CITIZEN + code.removeprefix("screening.")
        if citizen in labels.codes():
            out.append(labels.render(labels.MARK + citizen + brace + params))
    return out
