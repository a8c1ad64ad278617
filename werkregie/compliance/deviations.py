"""The deviations report (decisions that deviate from the proposed sanction), with small cells suppressed."""

from __future__ import annotations

from collections import defaultdict

from django.utils.translation import gettext as _

from werkregie.accounts.models import User
from werkregie.accounts.principal import Principal
from werkregie.core import clock, suppression
from werkregie.core.errors import Forbidden

from . import perms, rules
from .models import Case

# ---------------------------------------------------------------------------------------------------------------- deviations


def deviations_report(principal: Principal) -> dict:
    """How often decisions depart from the proposal, per controller and per group (sex, age band, origin), and in
    which direction (more or less severe). The total and the controllers' rows in full; the rows of citizens (per
    infringement and per group) with counts under 10 suppressed (see the rule below)."""
    if not perms.can_see_deviations(principal):
        raise Forbidden(_("Uw rol ziet het rapport van de afwijkingen niet."))
    from werkregie.screening.engine import register

    def counter() -> dict:
        return {"decisions": 0, "deviations": 0, "more_severe": 0, "less_severe": 0}

    by_controller: dict = defaultdict(counter)
    by_group: dict = defaultdict(lambda: defaultdict(counter))
    by_infringement: dict = defaultdict(counter)
    rows = Case.objects.exclude(decision="").values_list("decided_by__username", "decision", "decision_weeks", "proposed_decision", "proposed_weeks",
                                                         "decided_at", "infringement", "person__sex", "person__nationality", "person__birth_date")
    for username, decision, weeks, proposed, proposed_weeks, at, infringement, sex, nationality, birth in rows.iterator(2000):
        day = at.astimezone(clock.BRUSSELS).date() if at else clock.today()
        groups = {"sex": sex, "age_band": register.age_band(birth, day), "origin": register.origin(nationality)}
        deviates = decision != proposed or weeks != proposed_weeks
        direction = "more_severe" if rules.severity(decision, weeks) > rules.severity(proposed, proposed_weeks) else "less_severe"
        for counts in [by_controller[username or "?"], by_infringement[infringement], *(by_group[c][v] for c, v in groups.items())]:
            counts["decisions"] += 1
            if deviates:
                counts["deviations"] += 1
                counts[direction] += 1

    total = counter()
    for counts in by_controller.values():
        for k in total:
            total[k] += counts[k]
    names = {u.username: (u.get_full_name() or u.username) for u in User.objects.filter(username__in=list(by_controller))}
    for username, name in list(names.items()):  # two controllers with the same name stay apart
        if sum(1 for other in names.values() if other == name) > 1:
            names[username] = f"{name} ({username})"
    sexes = {"F": _("vrouw"), "M": _("man"), "X": _("x")}
    breakdowns = {
        "controllers": {names.get(k, k): v for k, v in sorted(by_controller.items())},
        "infringements": dict(sorted(by_infringement.items())),
        **{f"group:{column}": {(sexes.get(value, value) if column == "sex" else value): v for value, v in sorted(values.items(), key=lambda kv: str(kv[0]))}
           for column, values in by_group.items()},
    }
    # The rule of this report (walk of stop 29: hiding every count under 10 left nothing to read). The total and the
    # rows per controller are counts of staff decisions, not of a group of citizens: they are shown in full, so that a
    # controller sees their own figures and the total. The rows per infringement and per group (sex, age band, origin)
    # are groups of citizens: counts under the threshold are hidden, with complementary suppression against the
    # published total; a breakdown that cannot be shown beside that total without revealing a small group is hidden
    # whole (and left out when all decisions concern one group), rather than hiding the total.
    citizens = {"infringements": dict(sorted(by_infringement.items())), **{k: v for k, v in breakdowns.items() if k.startswith("group:")}}
    shown = {name: citizen_cells(total, {name: rows})[name] for name, rows in citizens.items()}
    return {
        "total": _with_rate(dict(total)),
        "controllers": {name: _with_rate(dict(row)) for name, row in breakdowns["controllers"].items()},
        "infringements": shown["infringements"],
        "groups": {k.removeprefix("group:"): v for k, v in shown.items() if k.startswith("group:")},
        "suppress_below": suppression.threshold(),
    }


def _with_rate(out: dict) -> dict:
    out["rate"] = (round(out["deviations"] / out["decisions"], 4) if out["decisions"] and out["deviations"] is not None else None)
    out["suppressed"] = any(v is None for k, v in out.items() if k in MEASURES)
    return out


def citizen_cells(total: dict, breakdowns: dict[str, dict], threshold: int | None = None) -> dict:
    """Breakdowns of citizens beside a total that is published in full: counts below `threshold` hidden, with
    complementary suppression over every sum (the published total over each breakdown's rows, deviations = more_severe +
    less_severe). The total is never hidden: a breakdown whose safety would need it hidden is returned with every cell hidden (and
    without rows when it has one: that row would be the total)."""
    threshold = suppression.threshold() if threshold is None else threshold
    # the total is published: present it to the rule as a cell it will not hide for being small (never a zero, which
    # says itself that every part is empty); should the rule still need it as a complement, the breakdown goes
    fixed = {m: (max(int(total[m]), threshold) if total[m] else 0) for m in MEASURES}
    out: dict = {}
    for name, rows in breakdowns.items():
        shown_total, shown = suppression.suppress_breakdowns(fixed, {name: rows}, MEASURES, [("deviations", ["more_severe", "less_severe"])],
                                                             threshold)
        if any(shown_total[m] is None for m in MEASURES):
            # every cell of the breakdown hidden: only their sum, the published total, is known (one row would be it)
            out[name] = {} if len(rows) < 2 else {key: _with_rate(dict.fromkeys(MEASURES)) for key in rows}
        else:
            out[name] = {key: _with_rate(row) for key, row in shown[name].items()}
    return out


MEASURES = ("decisions", "deviations", "more_severe", "less_severe")


def suppress_cells(total: dict, breakdowns: dict[str, dict], threshold: int | None = None) -> tuple[dict, dict]:
    """Hide every count below `threshold` (and the rate derived from it), with complementary suppression over every
    published sum (the total over each breakdown's rows, and deviations = more_severe + less_severe in every row):
    werkregie.core.suppression.suppress, the platform's one rule."""
    threshold = suppression.threshold() if threshold is None else threshold
    # the platform's one rule; an empty group is hidden too here (a controller with no deviation is a fact about them)
    shown_total, shown = suppression.suppress_breakdowns(total, breakdowns, MEASURES, [("deviations", ["more_severe", "less_severe"])],
                                                         threshold, hide_zeros=True)

    def with_rate(out: dict) -> dict:
        out["rate"] = (round(out["deviations"] / out["decisions"], 4) if out["decisions"] and out["deviations"] is not None else None)
        out["suppressed"] = any(v is None for k, v in out.items() if k in MEASURES)
        return out

    return with_rate(shown_total), {name: {key: with_rate(row) for key, row in rows.items()} for name, rows in shown.items()}
