"""The job bonus explained step by step, from the same dated parameters the computation uses. Returns numbers;
the page puts them in sentences (translated), so the engine stays free of interface text."""

from __future__ import annotations

from dataclasses import dataclass

from . import system
from .calc import calculate


@dataclass
class JobBonusExplanation:
    year: int
    monthly_wage: float
    fraction: float
    reference_wage: float
    maximum: float
    lower_limit: float
    upper_limit: float
    upper_limit_second_half: float | None  # when the limit changed mid-year (2022)
    minimum_full_time: float
    minimum_part_time: float
    basis: float
    increase: float
    amount: float
    quarters: list = None  # QuarterLine per quarter: the FTE monthly reference wage computed by the rule itself

    @property
    def below_minimum(self) -> bool:
        return self.amount == 0 and self.basis > 0

    @property
    def payment_year(self) -> int:
        return self.year + 1


@dataclass
class QuarterLine:
    """One quarter of the refertejaar: the full-time-equivalent monthly wage the bonus is computed from."""

    quarter: int
    reference_wage: float
    fraction: float


def explain_job_bonus(year: int, monthly_wage: float, fraction: float) -> JobBonusExplanation:
    """For a wage and work fraction that stay the same all year."""
    inputs = {"brutoloon@month": monthly_wage, "prestatiebreuk": fraction}
    result = calculate(str(year), inputs, ["jobbonus", "jobbonus_basis"])
    quarters = [QuarterLine(q, calculate(f"{year}-Q{q}", inputs, ["jobbonus_refertemaandloon"])["jobbonus_refertemaandloon"], fraction)
                for q in range(1, 5)]
    p = system().parameters(f"{year}-01-01").jobbonus
    late = system().parameters(f"{year}-07-01").jobbonus.bovengrens
    return JobBonusExplanation(
        year=year, monthly_wage=monthly_wage, fraction=fraction, reference_wage=quarters[0].reference_wage,
        maximum=p.maximum, lower_limit=p.ondergrens, upper_limit=p.bovengrens,
        upper_limit_second_half=late if late != p.bovengrens else None, minimum_full_time=p.minimum_voltijds,
        minimum_part_time=p.minimum_deeltijds, basis=result["jobbonus_basis"], increase=p.vaste_verhoging if result["jobbonus"] else 0.0,
        amount=result["jobbonus"], quarters=quarters,
    )
