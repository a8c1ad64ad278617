"""The words of screening, written for their reader.

The counsellor reads about the job seeker in the third person ("de kennis van het Nederlands"); the citizen reads
about themselves in plain second person ("uw kennis van het Nederlands"), with what a category means and what happens
next. Sentences are built so that the verb never depends on the label ("De kans stijgt met 3 procentpunten door …"),
which keeps them grammatical in Dutch and French whatever the factor.
"""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .engine.explain import HIGHEST_ADVISED_ISCED
from .engine.register import FEATURES

COUNSELLOR = "counsellor"
CITIZEN = "citizen"

FEATURES_COUNSELLOR = {
    "months_unemployed": _("de duur van de huidige werkloosheid"), "education_isced": _("het onderwijsniveau"),
    "dutch_level": _("de kennis van het Nederlands"), "driving_licence": _("het rijbewijs (of het ontbreken ervan)"),  # older scores without inputs
    "digital_skills": _("de digitale vaardigheden"), "days_worked_2y": _("de werkervaring in de laatste twee jaar"),
    "province": _("de arbeidsmarkt in de provincie"), "seeking_spells_3y": _("het aantal keren werkzoekend in de laatste drie jaar"),
    "other_languages": _("de kennis van andere talen"), "benefit": _("de uitkeringssituatie"), "leefloon": _("het leefloon"),
}
FEATURES_CITIZEN = {
    "months_unemployed": _("hoelang u al werk zoekt"), "education_isced": _("uw diploma"),
    "dutch_level": _("uw kennis van het Nederlands"), "driving_licence": _("uw rijbewijs (of het ontbreken ervan)"),
    "digital_skills": _("uw digitale vaardigheden"), "days_worked_2y": _("uw werkervaring in de laatste twee jaar"),
    "province": _("de arbeidsmarkt in uw provincie"), "seeking_spells_3y": _("hoe vaak u de laatste drie jaar werk zocht"),
    "other_languages": _("uw kennis van andere talen"), "benefit": _("uw uitkering"), "leefloon": _("uw leefloon"),
}
ACTIONS = {
    "dutch_level": _("een cursus Nederlands (tot B1 of een niveau hoger)"), "driving_licence": _("een rijbewijs halen"),
    "digital_skills": _("een opleiding digitale vaardigheden"),
    "education_isced": _("een opleiding die tot een hoger diploma leidt"),
}
# the model card names each input in words
INPUTS = {
    "months_unemployed": _("maanden in de huidige werkloosheid"), "days_worked_2y": _("dagen gewerkt in de twee jaar ervoor"),
    "seeking_spells_3y": _("keren werkzoekend in drie jaar"), "education_isced": _("onderwijsniveau"), "dutch_level": _("niveau Nederlands"),
    "other_languages": _("andere talen op B1 of hoger"), "digital_skills": _("digitale vaardigheden"), "driving_licence": _("rijbewijs"),
    "province": _("provincie"), "benefit": _("uitkering"), "leefloon": _("leefloon"),
}

# what a category means for the citizen and what happens next
MEANING = {
    "short": _("U staat dicht bij werk. U zoekt vooral zelf, met de vacatures en hulpmiddelen van VDAB; uw bemiddelaar volgt op."),
    "medium": _("U hebt wat ondersteuning nodig om werk te vinden. Uw bemiddelaar maakt met u afspraken over wat u samen doet."),
    "long": _("Werk vinden zal meer tijd en begeleiding vragen. Uw bemiddelaar begeleidt u van dichtbij en maakt met u afspraken, "
              "bijvoorbeeld over een opleiding of een taalcursus."),
    "not_deployable": _("Werk is nu niet de eerste stap. Uw bemiddelaar zoekt met u eerst oplossingen voor zorg of welzijn, "
                        "samen met een partner, en bekijkt later opnieuw de stap naar werk."),
}
NEXT_STEP = {
    "short": _("Volgende stap: bekijk de vacatures voor u en werk uw profiel bij."),
    "medium": _("Volgende stap: uw bemiddelaar nodigt u uit om afspraken te maken. U ziet ze onder Mijn afspraken."),
    "long": _("Volgende stap: uw bemiddelaar nodigt u uit voor een gesprek en maakt met u afspraken. U ziet ze onder Mijn afspraken."),
    "not_deployable": _("Volgende stap: uw bemiddelaar neemt contact met u op over de hulp die u nu nodig hebt."),
}


def points(value: float) -> int:
    """An effect in percentage points as a whole number, never 0 for a factor that is listed."""
    return max(1, round(abs(value)))


def factor_sentence(label: str, effect: float) -> str:
    n = points(effect)
    if effect > 0:
        return ngettext("De kans stijgt met %(n)s procentpunt door %(label)s.", "De kans stijgt met %(n)s procentpunten door %(label)s.", n) % {
            "n": n, "label": label}
    return ngettext("De kans daalt met %(n)s procentpunt door %(label)s.", "De kans daalt met %(n)s procentpunten door %(label)s.", n) % {
        "n": n, "label": label}


def duration_clause(months: int, reader: str) -> str:
    """How long the person has been looking for work, as a clause worded by its value: "u nog maar 5 maanden werk
    zoekt", "de persoon al 3 jaar werk zoekt" (re-walk of issue 16: "door hoelang u al werk zoekt" read as a long
    search for someone looking for 5 months)."""
    citizen = reader == CITIZEN
    if months < 1:
        return str(_("u nog geen maand werk zoekt") if citizen else _("de persoon nog geen maand werk zoekt"))
    if months >= 24:
        years, rest = divmod(months, 12)
        duration = ngettext("%(n)s jaar", "%(n)s jaar", years) % {"n": years}
        if rest:  # "3 jaar en 11 maanden", never "3 jaar" for nearly 4 (walk of issue 16)
            duration = _("%(years)s en %(months)s") % {"years": duration, "months": ngettext("%(n)s maand", "%(n)s maanden", rest) % {"n": rest}}
    else:
        duration = ngettext("%(n)s maand", "%(n)s maanden", months) % {"n": months}
    if months < 12:
        clause = _("u nog maar %(duration)s werk zoekt") if citizen else _("de persoon nog maar %(duration)s werk zoekt")
    else:
        clause = _("u al %(duration)s werk zoekt") if citizen else _("de persoon al %(duration)s werk zoekt")
    return str(clause) % {"duration": duration}


def clause_sentence(clause: str, effect: float) -> str:
    """A factor's effect with its cause as a clause ("De kans stijgt met 2 procentpunten doordat …")."""
    n = points(effect)
    if effect > 0:
        return ngettext("De kans stijgt met %(n)s procentpunt doordat %(clause)s.", "De kans stijgt met %(n)s procentpunten doordat %(clause)s.",
                        n) % {"n": n, "clause": clause}
    return ngettext("De kans daalt met %(n)s procentpunt doordat %(clause)s.", "De kans daalt met %(n)s procentpunten doordat %(clause)s.",
                    n) % {"n": n, "clause": clause}


# A factor named by the value the score read, where its name alone leaves the reader guessing (walk of issue 16: "door
# de werkervaring in de laatste twee jaar" for someone who had none; "door het rijbewijs (of het ontbreken ervan)").
NO_WORK_2Y = _("het ontbreken van werkervaring in de laatste twee jaar")
LICENCE = {"ja": {COUNSELLOR: _("het rijbewijs"), CITIZEN: _("uw rijbewijs")},
           "nee": {COUNSELLOR: _("het ontbreken van een rijbewijs"), CITIZEN: _("het ontbreken van een rijbewijs")}}


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) and value == value else None


def _by_value(feature: str, reader: str, inputs: dict) -> str | None:
    if feature == "days_worked_2y" and _number(inputs.get(feature)) == 0:
        return str(NO_WORK_2Y)
    if feature == "driving_licence" and inputs.get(feature) in LICENCE:
        return str(LICENCE[inputs[feature]][reader if reader == CITIZEN else COUNSELLOR])
    return None


def _factor_text(factor: dict, reader: str, inputs: dict) -> str:
    """A factor as a sentence; the search's duration, the work of the last two years and the driving licence by the
    value the score read where it kept it (older scores: by the factor's name)."""
    months = _number(inputs.get("months_unemployed"))
    if factor["feature"] == "months_unemployed" and months is not None and months >= 0:
        return clause_sentence(duration_clause(int(months), reader), factor["effect"])
    labels = FEATURES_CITIZEN if reader == CITIZEN else FEATURES_COUNSELLOR
    label = _by_value(factor["feature"], reader, inputs) or str(labels.get(factor["feature"], factor["label"]))
    return factor_sentence(label, factor["effect"])


def change_sentence(action: str, gain: float) -> str:
    n = points(gain)
    return ngettext("%(action)s: ongeveer %(n)s procentpunt meer kans.", "%(action)s: ongeveer %(n)s procentpunten meer kans.", n) % {
        "action": action[:1].upper() + action[1:], "n": n}


def explained(score: object, reader: str) -> dict:
    """The score's factors and possible changes as sentences for this reader (counsellor or citizen)."""
    if score is None:
        return {}
    return {
        "factors": [{**f, "text": _factor_text(f, reader, score.inputs or {})} for f in score.factors],
        "changes": [{**c, "text": change_sentence(_action(c, score.inputs or {}), c["gain"])} for c in score.changes
                    if _advised(c, score.inputs or {})],
    }


CEFR = ("A1", "A2", "B1", "B2", "C1", "C2")


def _action(change: dict, inputs: dict) -> str:
    """The change in words; a Dutch course names the level it leads to from the person's own (B1, or one level up)."""
    level = inputs.get("dutch_level")
    if change["feature"] == "dutch_level" and isinstance(level, (int, float)) and 0 <= level < 6:
        target = CEFR[min(max(int(level) + 1, 3), 6) - 1]
        return str(_("een cursus Nederlands tot %(level)s") % {"level": target})
    return str(ACTIONS.get(change["feature"], change["action"]))


def _advised(change: dict, inputs: dict) -> bool:
    """Scores stored before the cap (explain.HIGHEST_ADVISED_ISCED) may still offer a diploma above a bachelor's."""
    isced = inputs.get("education_isced")
    return not (change["feature"] == "education_isced" and isinstance(isced, (int, float)) and isced >= HIGHEST_ADVISED_ISCED)


def input_names() -> list[str]:
    return [str(INPUTS.get(f, f)) for f in FEATURES]
