"""Exact comparisons at the legal boundaries (issue 15, point 3).

OpenFisca stores float variables in single precision (about 7 significant digits): twelve months at a work fraction
of 0.3 average to 0.29999998, and a quarter of three monthly wages of 4,648.33 can come out a fraction of a cent off.
Every threshold comparison in the rules therefore works on values first brought to double precision and rounded to
the precision the law uses:

- money to the cent (`money`): a wage limit of 13,945 compares 13,944.99 as below and 13,945.00 as not below;
- work fractions to a millionth (`fraction`): 0.3 is 0.3, and no legal fraction has more than 4 decimals (27.5%).

Ages are whole years and dates whole days, so they compare exactly.
"""

from __future__ import annotations

import numpy as np

MONEY_DECIMALS = 2
FRACTION_DECIMALS = 6


def money(values: object) -> np.ndarray:
    return np.round(np.asarray(values, dtype=np.float64), MONEY_DECIMALS)


def fraction(values: object) -> np.ndarray:
    return np.round(np.asarray(values, dtype=np.float64), FRACTION_DECIMALS)


def total(person, name: str, months) -> np.ndarray:  # noqa: ANN001 - an OpenFisca population and periods
    """The sum of a monthly amount over months, in double precision, to the cent."""
    return money(sum(np.asarray(person(name, m), dtype=np.float64) for m in months))


def average(person, name: str, months) -> np.ndarray:  # noqa: ANN001
    """The mean of a monthly fraction over months, in double precision, to a millionth."""
    months = list(months)
    return fraction(sum(np.asarray(person(name, m), dtype=np.float64) for m in months) / len(months))
