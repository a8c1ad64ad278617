"""Synthetic past cases for tests, benchmarks and the demo: features that drive the chance of work, and protected
attributes that correlate with some of them (as origin does with the Dutch level), so the audit has something real
to find. Plain numpy; deterministic for a seed."""

from __future__ import annotations

import numpy as np
import pandas as pd

DUTCH_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"]
PROVINCES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel"]


# the known direction of the platform's numeric features on the flag "far from the labour market" (+1 raises it)
FAR_FROM_WORK_MONOTONE = {"months_unemployed": 1, "education_isced": -1, "dutch_level": -1, "days_worked_2y": -1}


def cases(n: int, seed: int = 7) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    sex = rng.choice(["M", "V"], size=n)
    origin = rng.choice(["Belg", "EU", "niet-EU"], size=n, p=[0.7, 0.12, 0.18])
    age = rng.integers(18, 65, size=n)
    disability = rng.random(n) < 0.08
    months = np.round(rng.gamma(1.3, 9.0, size=n))
    isced = rng.choice([1, 2, 3, 4, 5, 6, 7], size=n, p=[0.05, 0.17, 0.33, 0.1, 0.05, 0.18, 0.12])
    dutch_shift = np.where(origin == "Belg", 4.2, np.where(origin == "EU", 2.2, 1.4))
    dutch = np.clip(np.round(dutch_shift + rng.normal(0, 1.0, n)), 0, 5).astype(int)
    licence = rng.random(n) < np.where(age < 22, 0.35, 0.75)
    digital = rng.choice(["geen", "basis", "gevorderd"], size=n, p=[0.15, 0.55, 0.3])
    work_days = np.clip(rng.normal(300, 220, n) - months * 8, 0, 730).round()
    province = rng.choice(PROVINCES, size=n)
    logit = (
        0.9 - 0.06 * months + 0.16 * (isced - 3) + 0.22 * (dutch - 3) + 0.45 * licence + 0.0018 * work_days
        + np.select([digital == "geen", digital == "gevorderd"], [-0.45, 0.25], 0.0)
        - 0.035 * np.maximum(age - 50, 0) - 0.5 * disability + np.where(province == "Limburg", -0.15, 0.0)
    )
    found_work = rng.random(n) < 1 / (1 + np.exp(-logit))
    frame = pd.DataFrame({
        "months_unemployed": months, "education_isced": isced, "dutch_level": dutch + 1,  # CEFR as a number: A1 = 1 ... C2 = 6
        "driving_licence": np.where(licence, "ja", "nee"), "digital_skills": digital, "days_worked_2y": work_days,
        "province": province, "sex": sex, "origin": origin, "age_band": pd.cut(age, [17, 25, 50, 65], labels=["<25", "25-49", "50+"]).astype(str),
        "disability": np.where(disability, "ja", "nee"), "far_from_work": np.where(found_work, 0, 1),
    })
    # a few missing values, as real registers have
    frame.loc[rng.random(n) < 0.03, "education_isced"] = np.nan
    frame.loc[rng.random(n) < 0.02, "digital_skills"] = np.nan
    return frame
