"""What a demo vacancy says about itself: a Dutch description composed from its occupation, the competences asked, the
languages, the hours and the contract, and a gross monthly wage in line with the occupation's level. Plain Python."""

from __future__ import annotations

from decimal import Decimal

from .engine.taxonomy import Occupation, Taxonomy

CONTRACTS = {"permanent": "een vast contract", "fixed_term": "een contract van bepaalde duur", "temporary": "een interimcontract",
             "student": "een studentencontract", "apprenticeship": "een traject duaal leren"}
LANGUAGES = {"nl": "Nederlands", "fr": "Frans", "en": "Engels", "de": "Duits"}
FULL_TIME = 38  # hours a week of a full-time job in most joint committees

# Belgian gross monthly wages for a full-time job by ISCO-08 major group (the occupation's skill level), in euro. The
# basis: the guaranteed minimum monthly income (GGMMI, about €2,100 in 2025), Statbel's structure of earnings survey
# (average full-time gross monthly wage about €4,100, median about €3,700, 2023) and its split by occupation group, and
# the sectoral scales of the usual joint committees (construction 124, food 118, logistics 226, care 330). A vacancy
# draws within its group's range; a part-time one is paid pro rata.
WAGES = {"0": (2800, 4000), "1": (5000, 7500), "2": (3700, 5500), "3": (3100, 4500), "4": (2600, 3500), "5": (2200, 2900),
         "6": (2200, 2800), "7": (2600, 3500), "8": (2500, 3300), "9": (2150, 2650)}


def monthly_wage(occupation: Occupation, hours: float, share: float) -> Decimal:
    """The gross monthly wage at `share` (0 to 1) of the occupation group's range, pro rata for the hours, to ten euro."""
    low, high = WAGES.get((occupation.isco or "9")[:1], WAGES["9"])
    full = low + (high - low) * min(1.0, max(0.0, share))
    return Decimal(int(round(full * min(hours, FULL_TIME) / FULL_TIME, -1)))


def description(taxonomy: Taxonomy, occupation: Occupation, essential: list[int], optional: list[int], hours: float, contract: str,
                languages: dict[str, str], licence: str) -> str:
    """A few plain Dutch sentences, as an employer would write them; no filler text."""
    label = occupation.label("nl")
    # the regime between commas, not brackets: its hours are already bracketed ("heftruckchauffeur (deeltijds (24 uur
    # per week))" in the walk of issue 16)
    regime = "voltijds" if hours >= FULL_TIME else f"deeltijds ({hours:g} uur per week)"
    parts = [f"Wij zoeken een {label}, {regime}, met {CONTRACTS.get(contract, 'een contract')}."]
    # only competences ESCO names in Dutch: the text is Dutch throughout (walk of stop 28: English labels in a Dutch
    # sentence, without the language mark the competence chips carry); the chips below the text list every one
    asked = [taxonomy.skills[s].label("nl") for s in essential if taxonomy.skills[s].labels.get("nl")][:5]
    if asked:
        parts.append("Je kunt: " + "; ".join(asked) + ".")
    extra = [taxonomy.skills[s].label("nl") for s in optional if taxonomy.skills[s].labels.get("nl")][:3]
    if extra:
        parts.append("Een pluspunt: " + "; ".join(extra) + ".")
    spoken = [f"{LANGUAGES.get(code, code)} ({level})" for code, level in languages.items()]
    if spoken:
        parts.append("Je spreekt " + " en ".join(spoken) + ".")
    if licence:
        parts.append(f"Je hebt rijbewijs {licence}.")
    parts.append("Wij bieden een loon volgens het barema van het paritair comité, maaltijdcheques en opleiding op de werkvloer.")
    return " ".join(parts)
