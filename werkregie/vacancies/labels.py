"""Texts vacancies writes for the counsellor's worklist (a job seeker's question about a vacancy, an employer's
feedback), stored as codes with parameters and translated when shown (werkregie.workflows.labels). What a person
typed (the question, the employer's note) stays as typed; the sentence around it is coded. Loaded when the app is
ready, so every page and API can render them."""

from django.utils.translation import gettext_lazy, gettext_noop

from werkregie.workflows.labels import coded, register
from werkregie.workflows.reasons import register_choices

from .models import FeedbackReason

# What the job seeker reads: the reason in plain, respectful second person, with what they can do next.
FOR_CITIZEN = {
    FeedbackReason.MISSING_SKILLS: gettext_lazy("De werkgever zocht iemand die al meer ervaring had met een aantal gevraagde competenties. "
                                                "Die kunt u verder ontwikkelen, bijvoorbeeld met een opleiding."),
    FeedbackReason.LANGUAGE: gettext_lazy("De werkgever vond de gevraagde taalkennis nog niet voldoende. Een taalcursus kan u verder helpen."),
    FeedbackReason.MOTIVATION: gettext_lazy("De werkgever had de indruk dat deze job niet goed aansluit bij wat u zoekt."),
    FeedbackReason.NO_SHOW: gettext_lazy("De werkgever heeft u niet gezien op het afgesproken gesprek. Laat het altijd weten als u niet kunt komen."),
    FeedbackReason.WAGE_HOURS: gettext_lazy("Het loon of de uren pasten niet bij wat u en de werkgever zochten."),
    FeedbackReason.OTHER_HIRED: gettext_lazy("De werkgever koos voor een andere kandidaat. Dat zegt niet dat uw profiel niet goed was."),
    FeedbackReason.OTHER: gettext_lazy("De werkgever gaf een andere reden. Uw bemiddelaar kan u er meer over vertellen."),
}

# worklist tasks
QUESTION = register("vacancies.task.question", gettext_noop("Vraag over vacature “%(title)s”"))
QUESTION_WITHOUT_TEXT = register("vacancies.task.question_without_text", gettext_noop("De werkzoekende wil deze vacature bespreken."))
FEEDBACK = register("vacancies.task.feedback", gettext_noop("Terugkoppeling van %(employer)s over “%(title)s”: %(reason)s"))
FEEDBACK_SKILLS = register("vacancies.task.feedback_skills", gettext_noop("%(text)s\nOntbrekende competenties: %(skills)s"))

register_choices("vacancies.feedback_reason", FeedbackReason.choices)  # the reason inside FEEDBACK's title
register_choices("vacancies.feedback_for_citizen", list(FOR_CITIZEN.items()))  # the detail when the employer wrote no note


def feedback_reason(value: str) -> str:
    return coded(f"vacancies.feedback_reason.{value}")


def for_citizen(value: str) -> str:
    return coded(f"vacancies.feedback_for_citizen.{value}")
