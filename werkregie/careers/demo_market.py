"""The demo's vacancy history over the last four quarters, so that career signals have something to compute.

The matching demo posts its vacancies on the day the demo is built: every occupation's quarters before that are empty,
and the signals rightly say "te weinig gegevens". A platform that has run for a year holds the vacancies of that year,
most of them filled or expired by now. This module writes that history, synthetic and said to be so: for the occupations
most asked for in Flanders and the demo citizen's own occupations (current and target, read from the database), in each
Flemish province, vacancies posted and ended around each quarter's measuring day, so that the stock of open vacancies
moves from quarter to quarter as its sector does in SECTORS (an assumption of the demo, not a statistic), with a little
noise per province. One optional skill per occupation is asked more and more often (a skill "rising" in its vacancies).

Nothing here decides a signal: signals_data counts these rows exactly as it counts real ones, and the stock the history
adds is measured first with the same counts (signals_data.area_counts), so what the platform already holds is topped
up, never replaced. Deterministic (seeded); idempotent (skipped when vacancies older than the current quarter exist)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import numpy as np
from django.db import transaction
from django.db.models import Count, Q

from werkregie.core import clock
from werkregie.core.bulk import insert_rows
from werkregie.geo.models import Municipality, Region
from werkregie.matching import platform
from werkregie.matching.demo_texts import description, monthly_wage
from werkregie.matching.engine.synthetic import vacancy_hours
from werkregie.matching.models import DesiredOccupation, PersonExperience
from werkregie.organisations.demo import AGENCY, posts_in
from werkregie.organisations.models import Organisation, OrganisationKind
from werkregie.organisations.sectors import fits
from werkregie.vacancies.models import Vacancy, VacancySkill, VacancyState

from . import signals as engine
from . import signals_data

# Change of the open vacancies from the first to the last of the four quarters, by ISCO-08 group (longest prefix wins).
# Illustrative: the direction loosely follows what Flemish labour-market reports said in 2024–2025 (logistics and care
# hiring, construction, industry and retail cooling); the figures are the demo's own. Occupations of other groups move
# little (DEFAULT_CHANGE: "blijft gelijk").
SECTORS = (
    ("8344", 0.30), ("9333", 0.25), ("4321", 0.20), ("1324", 0.20), ("833", 0.15),  # logistics and transport
    ("22", 0.25), ("32", 0.20), ("53", 0.25), ("23", 0.15),  # care and education
    ("71", -0.25), ("93", -0.20), ("72", -0.20), ("81", -0.20), ("82", -0.25),  # construction and industry
    ("25", -0.15), ("35", -0.15), ("52", -0.20), ("41", -0.15), ("43", -0.15),  # ICT, retail, office
)
DEFAULT_CHANGE = (-0.05, 0.05)
PROVINCE_NOISE = 0.06  # the same sector moves a little differently in each province
QUARTER_NOISE = 0.05
HEAD = 20  # the occupations with most open vacancies in Flanders get a history…
BASE_STOCK = 20  # …of about this many open vacancies per province at the end of a quarter (more in a populous province)
OPEN_DAYS = (7, 60)  # a vacancy measured open on a quarter's last day was posted this many days before…
LEFT_OPEN_DAYS = (3, 25)  # …and filled, expired or closed this many days after it
ENDINGS = ((VacancyState.FILLED, 0.55), (VacancyState.EXPIRED, 0.30), (VacancyState.CLOSED, 0.15))
REDRAWS = 20  # draws of another employer and town for an open vacancy whose employer has one open there already, then skipped
RISING_FROM, RISING_TO = 0.05, 0.45  # the share of an occupation's vacancies asking its rising skill, first to last quarter


def change_for(isco: str) -> float | None:
    """The sector's change for an ISCO code (None: a group SECTORS leaves to DEFAULT_CHANGE)."""
    best = max((p for p, _c in SECTORS if isco.startswith(p)), key=len, default=None)
    return dict(SECTORS)[best] if best else None


def occupations(citizen_id: int | None) -> list[str]:
    """The Flemish head of the demand (most open vacancies), then the demo citizen's current and target occupations."""
    flemish = Q(municipality__region=Region.FLANDERS)
    head = list(Vacancy.objects.filter(flemish, state=VacancyState.PUBLISHED).exclude(occupation_uri="").values("occupation_uri")
                .annotate(n=Count("pk")).order_by("-n", "occupation_uri").values_list("occupation_uri", flat=True)[:HEAD])
    own: list[str] = []
    if citizen_id:
        own = list(PersonExperience.objects.filter(person_id=citizen_id).order_by("pk").values_list("occupation_uri", flat=True))
        own += list(DesiredOccupation.objects.filter(person_id=citizen_id).order_by("pk").values_list("occupation_uri", flat=True))
    tax = platform.taxonomy()
    return [u for u in dict.fromkeys(head + own) if u in tax.occupation_index]


def _provinces() -> dict[str, tuple[list[str], np.ndarray, float]]:
    """Flemish province → (its municipalities, their population shares, its population against the average province)."""
    rows = list(Municipality.objects.filter(region=Region.FLANDERS).exclude(province_nis="").values_list("province_nis", "nis_code", "population"))
    out: dict[str, tuple[list[str], np.ndarray, float]] = {}
    by_province: dict[str, list[tuple[str, int]]] = {}
    for province, nis, population in rows:
        by_province.setdefault(province, []).append((nis, max(1, population)))
    average = sum(p for _k, p in ((k, sum(x[1] for x in v)) for k, v in by_province.items())) / max(1, len(by_province))
    for province, members in sorted(by_province.items()):
        weights = np.array([p for _n, p in members], dtype=float)
        out[province] = ([n for n, _p in members], weights / weights.sum(), float(weights.sum() / average))
    return out


def _end_of(day: dt.date) -> dt.datetime:
    """The end of a day in Brussels: the moment the signals measure a quarter's stock (signals_data)."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), clock.BRUSSELS)


def _ended(random: np.random.Generator) -> str:
    roll, total = random.random(), 0.0
    for state, share in ENDINGS:
        total += share
        if roll < total:
            return state
    return VacancyState.EXPIRED


@transaction.atomic  # one transaction: SQLite otherwise commits (and syncs) every one of the ~80,000 skill rows
def seed(citizen_id: int | None, today: dt.date | None = None, seed: int = 2026) -> dict:
    today = today or clock.today()
    quarters = engine.last_quarters(today)
    ended_before = Q(state__in=signals_data.ENDED, created_at__lt=_end_of(quarters[-1].start - dt.timedelta(days=1)))
    if Vacancy.objects.filter(ended_before).exists():
        return {"history": 0}
    random = np.random.default_rng(seed)
    tax = platform.taxonomy()
    now = clock.now()
    moments = [_end_of(q.at) for q in quarters]
    # an occupation's history in a province is posted by the employers whose division hires it and who post there
    # (organisations.demo; walk of issue 16: a hair salon and a school posted "Magazijnchef", and all of the forklift
    # history went to the builder that posts the demo's one forklift vacancy, in twelve towns all over Flanders)
    current = dict(Vacancy.objects.exclude(occupation_uri="").filter(employer__nace_code="").order_by("-pk").values_list("occupation_uri", "employer_id"))
    sectors = list(Organisation.objects.filter(kind=OrganisationKind.EMPLOYER).exclude(nace_code="").order_by("pk").values_list("pk", "name", "nace_code"))
    signals_data.forget()
    rows, skills = [], []
    open_now = set(Vacancy.objects.filter(open=True).exclude(occupation_uri="").values_list("employer_id", "occupation_uri", "municipality_id"))
    provinces = _provinces()
    for uri in occupations(citizen_id):
        occupation = tax.occupations[tax.occupation_index[uri]]
        hiring = [(pk, name) for pk, name, nace in sectors if fits(nace, occupation.isco, occupation.label("en"))]
        if not hiring and uri in current:  # no employer with a known sector hires it: the one that posts it now (no NACE)
            hiring = [(current[uri], AGENCY)]  # (posts in every province, as the agency)
        sector = change_for(occupation.isco)
        essentials = list(dict.fromkeys(occupation.essential))
        rising = next((s for s in occupation.optional if s not in essentials), None)
        for province, (members, shares, size) in provinces.items():
            posters = [pk for pk, name in hiring if posts_in(name, province)]
            if not posters:
                continue  # no employer of the demo hires it there: no history rather than one posted by the wrong sector
            area = signals_data.Area(province, "", "")
            have = signals_data.area_counts(area, quarters).get(uri, [0] * len(quarters))
            change = (sector if sector is not None else random.uniform(*DEFAULT_CHANGE)) + random.normal(0, PROVINCE_NOISE)
            last = max(have[-1], round(BASE_STOCK * size * random.uniform(0.8, 1.2)))
            first = last / (1 + change)
            for k, quarter in enumerate(quarters):
                wanted = round(first * (last / first) ** (k / (len(quarters) - 1)) * (1 + random.normal(0, QUARTER_NOISE))) if k < len(quarters) - 1 else last
                previous = moments[k - 1] if k else moments[0] - dt.timedelta(days=92)
                for _n in range(max(0, wanted - have[k])):
                    posted = max(moments[k] - dt.timedelta(days=float(random.uniform(*OPEN_DAYS))), previous + dt.timedelta(hours=1))
                    posted = min(posted, now - dt.timedelta(hours=1))
                    ended, state = posted, VacancyState.PUBLISHED  # the current quarter's: open now
                    if k < len(quarters) - 1:
                        ended = moments[k] + dt.timedelta(days=float(random.uniform(*LEFT_OPEN_DAYS)))
                        # ended by now (else still open: the demo built on a quarter's first morning)
                        ended, state = (ended, _ended(random)) if ended < now else (posted, VacancyState.PUBLISHED)
                    employer, place = posters[int(random.integers(len(posters)))], members[int(random.choice(len(members), p=shares))]
                    if state == VacancyState.PUBLISHED:  # one open vacancy per employer, occupation and town (no "Magazijnchef" ×3 in Gent)
                        for _again in range(REDRAWS):
                            if (employer, uri, place) not in open_now:
                                break
                            employer, place = posters[int(random.integers(len(posters)))], members[int(random.choice(len(members), p=shares))]
                        else:
                            continue
                        open_now.add((employer, uri, place))
                    essential = sorted(random.choice(essentials, size=min(12, max(1, round(len(essentials) * random.uniform(0.3, 0.7)))),
                                                     replace=False).tolist())
                    asked = essential + ([rising] if rising is not None and random.random() < RISING_FROM + (RISING_TO - RISING_FROM) * k / 3 else [])
                    hours = vacancy_hours(occupation.isco, random, (38, 38, 38, 30, 24))
                    label = occupation.label("nl")
                    # the description says the contract the field holds (walk of issue 16: "met een vast contract" on interim jobs)
                    contract = str(random.choice(["permanent", "permanent", "fixed_term", "temporary"]))
                    rows.append(Vacancy(
                        employer_id=employer, title=label[:1].upper() + label[1:], municipality_id=place, occupation_uri=uri, created_at=posted,
                        state=state, state_since=ended, open=state == VacancyState.PUBLISHED, hours_per_week=Decimal(str(hours)),
                        contract=contract,
                        monthly_wage=monthly_wage(occupation, hours, float(random.random())), language_needs=[{"language": "nl", "level": "B1"}],
                        description=description(tax, occupation, essential, [], hours, contract, {"nl": "B1"}, ""), updated_at=ended))
                    skills.append([(tax.skills[s].uri, s in essential) for s in asked])
    made = Vacancy.objects.bulk_create(rows, batch_size=1000)
    insert_rows(VacancySkill._meta.db_table, ("vacancy_id", "skill_uri", "essential", "certificate_required"),
                [(v.pk, s, essential, False) for v, asked in zip(made, skills) for s, essential in asked])
    _log_lifecycle(made)
    from werkregie.vacancies.search import reindex

    reindex(Vacancy.objects.filter(pk__in=[v.pk for v in made]))
    signals_data.forget()
    return {"history": len(made)}


# how each ending is written in the vacancy workflow's log (vacancies/workflows.py): its transition, and who makes it
ENDING_MOVES = {VacancyState.FILLED: ("fill", "employer"), VacancyState.CLOSED: ("close", "employer"), VacancyState.EXPIRED: ("expire", "system")}


def _log_lifecycle(made: list[Vacancy]) -> None:
    """The history's moves in the vacancy workflow's log, as the platform writes them when they happen: created and
    published when posted, then filled, closed or expired when they ended. The KPIs read the days from this log
    (kpis/refresh.gather_vacancies: time to fill; walk of stop 41: the demo had no filled vacancy in the log, so its
    time-to-fill page said there was nothing to show)."""
    from werkregie.workflows.models import TransitionLog

    names = dict(Organisation.objects.filter(pk__in={v.employer_id for v in made}).values_list("pk", "name"))
    logs = []
    for v in made:
        employer = ("employer", names.get(v.employer_id, ""))
        logs.append(TransitionLog(workflow="vacancy", object_id=v.pk, transition="create", from_state="", to_state=VacancyState.DRAFT,
                                  at=v.created_at, actor_role=employer[0], actor_label=employer[1]))
        logs.append(TransitionLog(workflow="vacancy", object_id=v.pk, transition="publish", from_state=VacancyState.DRAFT,
                                  to_state=VacancyState.PUBLISHED, at=v.created_at, actor_role=employer[0], actor_label=employer[1]))
        if v.state in ENDING_MOVES:
            move, role = ENDING_MOVES[v.state]
            logs.append(TransitionLog(workflow="vacancy", object_id=v.pk, transition=move, from_state=VacancyState.PUBLISHED, to_state=v.state,
                                      at=v.state_since, actor_role=role, actor_label=employer[1] if role == "employer" else "werkregie"))
    TransitionLog.objects.bulk_create(logs, batch_size=2000)
