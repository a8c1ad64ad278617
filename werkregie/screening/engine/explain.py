"""Plain-Dutch explanations of single scores, and what the person could change.

A factor's weight is how much the calibrated chance moves when that input is set to the typical value of all
cases (the median, or the most common category): model-agnostic, exact for the model used, and computed for a whole
batch at once (one prediction per feature). "What could change" tries the actionable improvements one at a time
(a Dutch course, a driving licence, digital skills) and keeps those that raise the chance.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from .data import feature_frame, typical_values
from .train import TrainedModel

LABELS = {
    "months_unemployed": "de duur van uw werkloosheid", "education_isced": "uw onderwijsniveau",
    "dutch_level": "uw kennis van het Nederlands",  # CEFR as a number: A1 = 1 ... C2 = 6 (the register: native = 7)
    "driving_licence": "uw rijbewijs (of het ontbreken ervan)", "digital_skills": "uw digitale vaardigheden",
    "days_worked_2y": "uw werkervaring in de laatste twee jaar", "province": "de arbeidsmarkt in uw regio",
    "seeking_spells_3y": "het aantal keren dat u in drie jaar werkzoekend werd", "other_languages": "uw kennis van andere talen",
    "benefit": "uw uitkeringssituatie", "leefloon": "uw leefloonsituatie",
}


def _dutch_course(level: float) -> float:
    # a course to B1 (the level most vacancies ask), or one level up from there; C2 and native stay
    return level if level != level or level >= 6 else min(max(level + 1, 3), 6)


def _qualifying(isced: float) -> float:
    # one level up, to a bachelor's at most: a job seeker with a bachelor's or master's is not advised another diploma
    # (the walk found "a higher diploma: +24 points" offered to a master, the model's extrapolation to a doctorate)
    return isced if isced != isced or isced >= HIGHEST_ADVISED_ISCED else isced + 1


HIGHEST_ADVISED_ISCED = 6


def _digital_course(level: object) -> object:
    if isinstance(level, str):
        return {"geen": "basis", "basis": "gevorderd"}.get(level, level)
    return level if level != level else min(level + 1, 3)  # the register's 0 (none) ... 3 (advanced)


ACTIONS = {
    "dutch_level": ("een cursus Nederlands (tot B1 of een niveau hoger)", _dutch_course),
    "driving_licence": ("een rijbewijs halen", lambda v: "ja"),
    "digital_skills": ("een opleiding digitale vaardigheden", _digital_course),
    "education_isced": ("een kwalificerende opleiding (een onderwijsniveau hoger)", lambda v: _qualifying(v)),
}


@dataclass
class Factor:
    feature: str
    label: str
    effect: float  # change in the chance, in percentage points, compared with a typical job seeker

    @property
    def sentence(self) -> str:
        direction = "verhoogt" if self.effect > 0 else "verlaagt"
        return f"{self.label[:1].upper()}{self.label[1:]} {direction} de kans met {abs(self.effect):.0f} procentpunt."


@dataclass
class Change:
    feature: str
    action: str
    gain: float  # percentage points


@dataclass
class Explanation:
    chance: float
    factors: list[Factor]
    changes: list[Change]


def explain(model: TrainedModel, people: pd.DataFrame, reference: pd.DataFrame | None = None, top: int = 3,
            positive_is_work: bool = False) -> list[Explanation]:
    """Explanations for every row of `people`, always as the chance of finding work (the platform's model predicts
    the flag "far from the labour market", so its probability is turned around unless `positive_is_work`);
    `reference` sets what is typical (default: the model's training data, else the same rows)."""
    inputs = feature_frame(people, model.features)
    if reference is not None:
        typical = typical_values(feature_frame(reference, model.features), model.features)
    else:
        typical = model.typical or typical_values(inputs, model.features)

    def chance(frame: pd.DataFrame) -> np.ndarray:
        p = model.model.predict_proba(frame)[:, 1]
        return p if positive_is_work else 1 - p

    base = chance(inputs)
    effects = {}
    for name in model.features.all:
        neutral = inputs.copy()
        neutral[name] = typical[name]
        effects[name] = base - chance(neutral)
    gains = {}
    for name, (_text, improve) in ACTIONS.items():
        if name in model.features.all:
            improved = inputs.copy()
            improved[name] = improved[name].map(lambda v, f=improve: v if pd.isna(v) and not isinstance(v, float) else f(v))
            gains[name] = chance(improved) - base
    result = []
    for i in range(len(inputs)):
        ranked = sorted(model.features.all, key=lambda n: -abs(effects[n][i]))
        factors = [Factor(n, LABELS.get(n, n), round(100 * float(effects[n][i]), 1)) for n in ranked[:top] if abs(effects[n][i]) >= 0.005]
        changes = sorted((Change(n, ACTIONS[n][0], round(100 * float(g[i]), 1)) for n, g in gains.items() if g[i] >= 0.005), key=lambda c: -c.gain)
        result.append(Explanation(round(float(base[i]), 4), factors, changes))
    return result
