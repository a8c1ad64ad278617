"""Uniform decisions: the rule table of werkregie/compliance/parameters (dated, with legal sources) turned into a
proposal for one case, and the legal range a decision must stay within. Plain Python over dated parameters.

For an infringement of type T committed on day D, with N earlier decided infringements of type T (not annulled on
appeal, not ended without sanction) within the repetition window before D, the proposal for the (N+1)th is:
- indefinite exclusion when T has a "definitive_after" count and N+1 reaches it (e.g. the 4th missed appointment in
  12 months), or when the facts say the act was deliberate (to keep the benefit) and T provides for that;
- else the (N+1)th value of T's "proposal_weeks" (the last value repeats): 0 is a warning, otherwise T's temporary
  sanction (suspension or exclusion) for that many weeks.
A decision is within the legal range when it is no sanction, a warning, T's temporary sanction for min_weeks to
max_weeks weeks, or an indefinite exclusion where T allows it (definitive count reached, or deliberate act)."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from werkregie.core import dated
from werkregie.core.errors import FieldError

from .enums import WEEKS_DECISIONS, Decision, Infringement

PARAMETERS = Path(__file__).resolve().parent / "parameters"  # the uniform sanction rules
HOURS = Path(__file__).resolve().parent / "hours"  # when the procedure's moments with the person take place


def _value(key: str, on: dt.date) -> dated.DatedValue:
    return dated.value(PARAMETERS, key, on)


def repetition_window_months(on: dt.date) -> int:
    return int(_value("repetition_window", on).value)


HEARING_NOTICE = "compliance_hearing_notice"  # a legal term of werkregie/workflows/parameters


def hearing_hours(on: dt.date) -> tuple[dt.time, dt.time]:
    """The office hours in force on a day within which a hearing starts (parameter hearing_hours: start ≤ time < end)."""
    start, end = (dt.time.fromisoformat(str(dated.value(HOURS, f"hearing_hours.{edge}", on).value)) for edge in ("start", "end"))
    return start, end


def hearing_length(on: dt.date) -> dt.timedelta:
    """How long one hearing (in person or by phone) holds the controller's agenda (parameter hearing_hours.length)."""
    return dt.timedelta(minutes=int(dated.value(HOURS, "hearing_hours.length", on).value))


def earliest_hearing_day(notified_on: dt.date) -> dt.date:
    """The first working day on which a hearing may take place when its invitation is deemed notified on `notified_on`:
    the minimum notice HEARING_NOTICE after it, moved to a working day."""
    from werkregie.core.workdays import add_working_days, is_working_day
    from werkregie.workflows.deadlines import term_end

    day = term_end(HEARING_NOTICE, notified_on)
    return day if is_working_day(day) else add_working_days(day, 1)


@dataclass(frozen=True)
class Proposal:
    infringement: str
    on: str  # ISO date of the facts: the rule in force on that day
    earlier: int
    rank: int
    decision: str
    weeks: int
    temporary_kind: str
    min_weeks: int
    max_weeks: int
    definitive_after: int
    deliberate_indefinite: bool
    deliberate: bool
    window_months: int
    legal_ground: str
    references: list = field(default_factory=list)
    uncertainty: str = ""

    def as_json(self) -> dict:
        return asdict(self)

    @property
    def indefinite_allowed(self) -> bool:
        return (self.definitive_after > 0 and self.rank >= self.definitive_after) or self.deliberate_indefinite

    def range_text(self) -> str:
        kind = _("schorsing") if self.temporary_kind == Decision.SUSPENSION else _("uitsluiting")
        text = _("geen sanctie, een verwittiging, of %(kind)s van %(min)s tot %(max)s weken") % {
            "kind": kind, "min": self.min_weeks, "max": self.max_weeks}
        if self.indefinite_allowed:
            text += _("; uitsluiting voor onbepaalde duur") + (_(" (bij opzet)") if not (self.definitive_after and self.rank >= self.definitive_after) else "")
        return text


def propose(infringement: str, earlier: int, on: dt.date, *, deliberate: bool = False) -> Proposal:
    infringement = Infringement(infringement).value
    rank = earlier + 1
    kind = str(_value(f"{infringement}.decision_kind", on).value)
    steps = [int(w) for w in _value(f"{infringement}.proposal_weeks", on).value]
    definitive = int(_value(f"{infringement}.definitive_after", on).value or 0)
    deliberate_indefinite = bool(_value(f"{infringement}.deliberate_indefinite", on).value)
    ground = _value(f"{infringement}.legal_ground", on)
    if (definitive and rank >= definitive) or (deliberate and deliberate_indefinite):
        decision, weeks = Decision.INDEFINITE.value, 0
    else:
        weeks = steps[min(earlier, len(steps) - 1)]
        decision = Decision.WARNING.value if weeks == 0 else kind
    return Proposal(
        infringement=infringement, on=on.isoformat(), earlier=earlier, rank=rank, decision=decision, weeks=weeks, temporary_kind=kind,
        min_weeks=int(_value(f"{infringement}.min_weeks", on).value), max_weeks=int(_value(f"{infringement}.max_weeks", on).value),
        definitive_after=definitive, deliberate_indefinite=deliberate_indefinite, deliberate=bool(deliberate),
        window_months=repetition_window_months(on), legal_ground=str(ground.value), references=list(ground.reference or []),
        uncertainty=str(ground.uncertainty or ""),
    )


def check_decision(proposal: Proposal, decision: str, weeks: int) -> list[FieldError]:
    """What is wrong with a decision against the legal range of the proposal's rule (empty when it is allowed)."""
    errors: list[FieldError] = []
    if decision not in Decision.values:
        return [FieldError("decision", _("Kies een beslissing."))]
    if decision in WEEKS_DECISIONS:
        if decision != proposal.temporary_kind:
            names = {Decision.SUSPENSION: _("schorsing"), Decision.EXCLUSION: _("uitsluiting")}
            errors.append(FieldError("decision", _("Voor deze inbreuk voorziet de regel %(kind)s, niet %(other)s.") % {
                "kind": names[proposal.temporary_kind], "other": names[decision]}))
        elif not proposal.min_weeks <= weeks <= proposal.max_weeks:
            errors.append(FieldError("weeks", _("Tussen %(min)s en %(max)s weken.") % {"min": proposal.min_weeks, "max": proposal.max_weeks}))
    elif weeks:
        errors.append(FieldError("weeks", _("Geen weken bij deze beslissing.")))
    if decision == Decision.INDEFINITE and not proposal.indefinite_allowed:
        errors.append(FieldError("decision", _("Uitsluiting voor onbepaalde duur is voor deze inbreuk niet mogelijk.")))
    return errors


def severity(decision: str, weeks: int) -> int:
    """An order on decisions (for reports and tests): none < warning < N weeks < indefinite."""
    return {Decision.NONE: 0, Decision.WARNING: 1, Decision.INDEFINITE: 10_000}.get(decision, 1 + weeks)


def table(day: dt.date) -> dict:
    """The whole rule table in force on a day (for the API, the command line and the pages): per infringement the
    temporary sanction, the range, the proposals for the 1st to 5th infringement, the legal ground and its sources."""
    found = {}
    for infringement in Infringement.values:
        try:
            steps = [propose(infringement, n, day) for n in range(5)]
        except ValueError:  # not in force on that day (e.g. community service before 2023)
            continue
        first = steps[0]
        found[infringement] = {"label": str(Infringement(infringement).label), "temporary_kind": first.temporary_kind, "min_weeks": first.min_weeks,
                               "max_weeks": first.max_weeks, "definitive_after": first.definitive_after,
                               "deliberate_indefinite": first.deliberate_indefinite,
                               "proposals": [{"rank": s.rank, "decision": s.decision, "weeks": s.weeks} for s in steps],
                               "legal_ground": first.legal_ground, "references": first.references, "uncertainty": first.uncertainty}
    return {"on": day.isoformat(), "repetition_window_months": repetition_window_months(day), "infringements": found}


SANCTION_START = "sanction_start_after_notification"  # a legal term of werkregie/workflows/parameters


def sanction_start(decision: str, notified_on: dt.date, requested: dt.date | None = None) -> dt.date | None:
    """The first day of a suspension or exclusion: the sanction begins after the decision is deemed notified (the
    channel's deemed notification, werkregie/messaging/parameters/deemed), by the dated term SANCTION_START; a later
    day the controller asked for stands, an earlier one never. None for a warning or no sanction."""
    from werkregie.workflows.deadlines import term_end

    if decision not in (Decision.SUSPENSION, Decision.EXCLUSION, Decision.INDEFINITE):
        return None
    first = term_end(SANCTION_START, notified_on)
    return max(first, requested) if requested is not None else first
