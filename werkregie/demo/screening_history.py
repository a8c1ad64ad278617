"""A plausible screening history for the demo population: the current job seekers were screened the way a public
employment service that mostly keeps its legal terms would have done it, so the worklist and the KPIs of the demo
show a service at work, not one that never screened anyone.

For each job seeker of the past three years — every spell that started in that time, ended or still running, so that
the KPIs' cohorts of earlier years have their screenings too — (a person id fixes their draw, so the history is the
same on every run):

* most (ON_TIME) were screened within the legal term after the start of their spell, on a working day, and re-screened
  each time the assessment ran its course (shortly before the re-screening date the sweep computes);
* some (LATE) were screened, but after the term (they count against "Gescreend binnen 2 maanden");
* a few (LAPSED) were screened on time once but their re-screening is now overdue (by weeks);
* a few (NEVER) were never screened: their screening is overdue by weeks when their first term ran out lately (someone
  registered years ago was screened like most: walk of issue 16 showed the demo citizen two years overdue);
* whoever registered so recently that the term still runs may simply not be screened yet (due, not overdue).

The dates are computed with the same functions the deadline sweep uses (`screening.engine.deadlines.due` on the
register's spell), so what the history calls "on time" the worklist sees as on time. The assessments themselves follow
the screening rules (`screening.engine.assessment.propose`) on the person's latest model score and plausible answers.
The dates are plain Python (`history`); `seed` writes them (bulk, idempotent)."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from werkregie.core.workdays import is_working_day
from werkregie.screening.engine import register
from werkregie.screening.engine.deadlines import due
from werkregie.screening.reasons import coded as coded_reasons

ON_TIME, LATE, LAPSED = 0.80, 0.07, 0.09  # the rest (0.04): never screened. A lapse shows as overdue only in the
# LAPSED_FOR_DAYS after its term (stop 31): 0.03 then left 1.3 % overdue on a day, 0.09 gives "a few"
SOURCE_SEED = 11  # the draw per person: random.Random(SOURCE_SEED * 1_000_003 + person id)
YEARS_BACK = 3  # the spells of the past three years get a history
NEVER_FOR_DAYS = 45  # a person never screened is overdue by this much at most: their first term ran out lately
LAPSED_FOR_DAYS = 56  # a lapsed re-screening is overdue by weeks, not months (walk of issue 16: the worklist's "te laat")


@dataclass(frozen=True)
class History:
    profile: str  # "on_time", "late", "lapsed", "never"
    dates: tuple[dt.date, ...]


def _workday_before(day: dt.date) -> dt.date:
    while not is_working_day(day):
        day -= dt.timedelta(days=1)
    return day


def _profile(rng: random.Random) -> str:
    draw = rng.random()
    if draw < ON_TIME:
        return "on_time"
    if draw < ON_TIME + LATE:
        return "late"
    if draw < ON_TIME + LATE + LAPSED:
        return "lapsed"
    return "never"


def history(person_id: int, episodes: list[register.Episode], today: dt.date) -> History:
    """The screening dates (ascending, none after `today - 1`) of a person with these job-seeker episodes."""
    rng = random.Random(SOURCE_SEED * 1_000_003 + person_id)
    profile = _profile(rng)
    start = register.spell_start(episodes, today)
    if start is None:
        return History(profile, ())
    first_due = due(start, None, 0).date
    if profile == "never" and first_due < today - dt.timedelta(days=NEVER_FOR_DAYS):
        profile = "on_time"  # nobody stays unscreened for months or years: overdue by days or weeks, not years
    if profile == "never":
        return History(profile, ())
    first = start + dt.timedelta(days=rng.randint(7, max(8, (first_due - start).days - 5)))
    if profile == "late":
        first = first_due + dt.timedelta(days=rng.randint(7, 60))
    first = _workday_before(first)
    if first >= today or first < start:
        return History(profile, ())  # registered too recently: not screened yet (the term still runs, or is just over)
    dates = [first]
    while True:
        nxt = due(start, dates[-1], register.months_unemployed(episodes, today), today=today).date
        if nxt > today:
            break
        if profile == "lapsed" and len(dates) >= 1 and nxt > today - dt.timedelta(days=LAPSED_FOR_DAYS):
            break  # the last re-screening was not done: overdue since `nxt`
        when = _workday_before(nxt - dt.timedelta(days=rng.randint(1, 25)))
        if when <= dates[-1] or when >= today:
            break
        dates.append(when)
    return History(profile, tuple(dates))


def spells(episodes: list[register.Episode], today: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The person's spells as a job seeker (start, last day; today's date for the running one), as the register merges
    them (`register.spell_start`: short gaps do not break a spell)."""
    ends = sorted({min(e.end or today, today) for e in episodes if e.kind in register.SEEKING and e.start <= today})
    found: dict[dt.date, dt.date] = {}
    for end in ends:
        start = register.spell_start(episodes, end)
        if start is not None:
            found[start] = max(found.get(start, end), end)
    return sorted(found.items())


def all_dates(person_id: int, episodes: list[register.Episode], today: dt.date) -> list[dt.date]:
    """The screening dates of the running spell and of every spell that started in the past `YEARS_BACK` years (an
    ended spell as seen on its last day, the running one as seen today)."""
    since = today.replace(year=today.year - YEARS_BACK) if not (today.month == 2 and today.day == 29) else today - dt.timedelta(days=365 * YEARS_BACK)
    dates: list[dt.date] = []
    for start, end in spells(episodes, today):
        if start >= since or end >= today:  # the running spell always, however long it runs
            dates += history(person_id, episodes, end if end < today else today).dates
    return sorted(set(dates))


# What the conversation finds beyond the register: competences and motivation (a barrier for one in ten each). The
# Dutch and digital skills are the person's own, from the register (walk of issue 16: answers drawn at random gave
# native speakers "A2" and made barriers of them, and three in four job seekers a long distance).
ANSWERS = {
    "competences": ("sufficient",) * 6 + ("partial",) * 3 + ("insufficient",),
    "motivation": ("high",) * 5 + ("moderate",) * 4 + ("low",),
}
DIGITAL = ("none", "basic", "intermediate", "advanced")
DUTCH = ("A1", "A2", "B1", "B2", "C1", "C2", "native")


def answers_for(rng: random.Random, dutch: str | None, digital: str | None) -> dict:
    """The answers of one conversation: the register's Dutch and digital skills, drawn competences and motivation."""
    drawn = {name: rng.choice(options) for name, options in ANSWERS.items()}
    return {**drawn, "dutch_level": dutch if dutch in DUTCH else "native", "digital_skills": digital if digital in DIGITAL else "basic"}


def seed(today: dt.date, progress=None) -> int:  # noqa: ANN001
    """Write the history of every job seeker of the past three years without an assessment (bulk; a second call adds
    nothing for them). The assessor is the person's counsellor, else a counsellor of their team, else the demo counsellor."""
    from collections import defaultdict

    from django.db.models import Q

    from werkregie.accounts.models import Role, User
    from werkregie.core import clock
    from werkregie.people.enums import JOBSEEKER_KINDS
    from werkregie.people.models import Person, StatusEpisode
    from werkregie.screening.engine.assessment import Answers, propose
    from werkregie.screening.models import Assessment, Score
    from werkregie.screening.use_cases import limits

    fallback = User.objects.filter(username="bemiddelaar").values_list("pk", flat=True).first() or User.objects.filter(
        role=Role.COUNSELLOR).values_list("pk", flat=True).order_by("pk").first()
    if fallback is None:
        return 0
    since = today - dt.timedelta(days=366 * YEARS_BACK)
    recent = StatusEpisode.objects.filter(kind__in=JOBSEEKER_KINDS, start__lte=today).filter(Q(end__isnull=True) | Q(end__gte=since))
    ids = set(recent.values_list("person_id", flat=True)) - set(Assessment.objects.values_list("person_id", flat=True))
    episodes: dict[int, list[register.Episode]] = defaultdict(list)
    for pid, kind, start, end in StatusEpisode.objects.filter(kind__in=JOBSEEKER_KINDS, person_id__in=ids).values_list("person_id", "kind", "start", "end"):
        episodes[pid].append(register.Episode(kind, start, end))
    team_counsellor: dict[int, int] = {}
    for pk, team in User.objects.filter(role=Role.COUNSELLOR, organisation__isnull=False).order_by("pk").values_list("pk", "organisation_id"):
        team_counsellor.setdefault(team, pk)
    owners = {pk: (c or team_counsellor.get(t) or fallback) for pk, c, t in Person.objects.filter(pk__in=ids).values_list("pk", "counsellor_id", "team_id")}
    from werkregie.people.models import PersonLanguage

    facts = dict(Person.objects.filter(pk__in=ids).values_list("pk", "digital_skills"))
    dutch = dict(PersonLanguage.objects.filter(person_id__in=ids, language="nl").values_list("person_id", "level"))
    chances = {}
    for pid, chance in Score.objects.filter(person_id__in=ids).order_by("person_id", "reference_date").values_list("person_id", "chance_6m"):
        chances[pid] = chance  # the latest wins
    rows, written = [], 0
    for pid in sorted(ids):
        rng = random.Random(pid)
        for day in all_dates(pid, episodes.get(pid, []), today):
            answers = Answers(**answers_for(rng, dutch.get(pid, "native"), facts.get(pid)))
            proposal = propose(chances.get(pid), answers, limits())
            rows.append(Assessment(person_id=pid, counsellor_id=owners.get(pid, fallback), assessed_at=dt.datetime.combine(
                day, dt.time(rng.randint(9, 15), rng.choice((0, 15, 30, 45))), tzinfo=clock.BRUSSELS), chance_6m=chances.get(pid),
                competences=answers.competences, dutch_level=answers.dutch_level, digital_skills=answers.digital_skills,
                motivation=answers.motivation, proposed_category=proposal.category, proposed_self_reliant=proposal.self_reliant,
                reasons=coded_reasons(proposal), category=proposal.category, self_reliant=proposal.self_reliant))
        if len(rows) >= 5000:
            Assessment.objects.bulk_create(rows)
            written += len(rows)
            rows = []
            if progress:
                progress(written)
    Assessment.objects.bulk_create(rows)
    return written + len(rows)
