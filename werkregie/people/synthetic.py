"""A synthetic but plausible population for the demo, the tests and the benchmarks (never for production).

Plain Python, no Django: it yields rows (tuples) for the register's tables, so the same generator feeds the
embedded SQLite demo and a million-person PostgreSQL load through COPY.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Iterator

from werkregie.core.identifiers import make_insz
from werkregie.core.lifecourse import whole_months
from werkregie.core.text import search_key

from . import synthetic_names as names

NATIONALITIES = [("BE", 820), ("NL", 30), ("MA", 28), ("TR", 16), ("PL", 16), ("RO", 16), ("SY", 10), ("AF", 9), ("UA", 12),
                 ("FR", 10), ("IT", 8), ("BG", 8), ("CD", 7), ("ES", 5), ("DE", 5)]
NATIVE_LANGUAGE = {"BE": "nl", "NL": "nl", "MA": "ar", "TR": "tr", "PL": "pl", "RO": "ro", "SY": "ar", "AF": "fa", "UA": "uk",
                   "FR": "fr", "IT": "it", "BG": "bg", "CD": "fr", "ES": "es", "DE": "de"}
CEFR = ["A1", "A2", "B1", "B2", "C1", "C2"]
WORKED = ("employed", "igu", "social_economy")  # states that build a right to unemployment or sickness benefit
# states that need a right built by work (or, for unemployment benefit only, the school leaver's waiting time): a
# sickness benefit from the mutuality and the IGU (a part-timer who keeps unemployment rights) come after work here
NEEDS_RIGHTS = ("jobseeker_benefit", "sick", "igu")
# the school leaver's inschakelingsuitkering is asked before the 25th birthday; later a benefit needs work
SCHOOL_LEAVER_UNTIL = 25
# a newcomer's first main activity: looking for work without benefit, the integration course (no job search), or work
NEWCOMER_START = [("jobseeker_no_benefit", 55), ("inactive", 25), ("employed", 20)]
# a newcomer's Dutch by years since arrival (the integration course's Dutch, NT2): A1–A2 in the first year, B1 within
# three years for some, B2 for a few
NEWCOMER_DUTCH = ((1, [("A1", 55), ("A2", 45)]), (2, [("A1", 20), ("A2", 50), ("B1", 30)]),
                  (99, [("A1", 10), ("A2", 40), ("B1", 42), ("B2", 8)]))
# and at most one CEFR level per six months of courses since arrival: A1 in the first half year, A2 after six months,
# B1 after a year, B2 after a year and a half (walk of issue 16: Dutch A2 ten weeks after arriving)
MONTHS_PER_CEFR_LEVEL = 6
WORKING_AGE = 18  # the demo's register starts at 18: no benefit, job or sickness episode for a child
# a school leaver waits about a year (beroepsinschakelingstijd, 310 days) before an inschakelingsuitkering: a benefit
# only after work or after that waiting time
WAITING_DAYS = 310
# after a year of work (312 days in 21 months for the young, more for older workers) a job loss gives a right to
# unemployment benefit; a leefloon (OCMW) only where there is no such right: too little work, or after benefit ends.
# The 2025-2026 reform limiting unemployment benefit in time is not modelled: benefit ends only when the chain moves on.
BENEFIT_AFTER_WORK_DAYS = 365
# the work counts within a reference period before the claim, not only the job just lost (walk of issue 16: 17 months
# of work, a few months without looking for work, then a job seeker without benefit and no word why): the three years
# before, the longest of the law's reference periods (42 months from 50) rounded down
REFERENCE_PERIOD_DAYS = 3 * 365
# the highest ISCED level one can have finished at an age (bachelor at 21, master at 23, doctorate at 27)
EDUCATION_BY_AGE = ((21, 3), (23, 6), (27, 7))
# the highest CEFR level of a foreign language (not the mother tongue, not Dutch) by ISCED level: English at C1 comes
# with at least upper secondary school
FOREIGN_CEFR_BY_EDUCATION = {0: "A1", 1: "A2", 2: "B1", 3: "B2", 4: "B2", 5: "C1"}

# no education at all (ISCED 0) only for someone not schooled in Belgium, where school is compulsory from 5 to 18
# (walk of issue 16: ISCED 0 at 27 for a Belgian): a newcomer from a country where many children cannot go to school
NO_SCHOOLING_FROM = ("SY", "AF", "CD", "MA")
# someone whose history begins on a benefit (unemployment, sickness) or the IGU had worked before it: the job that built
# the right, this many days, ending the day before (walk of issue 16: a first status "uitkering" without work before)
WORK_BEFORE_RIGHTS_DAYS = (365, 8 * 365)

# SWT (werkloosheid met bedrijfstoeslag) follows a dismissal of an older worker, at 60 at the earliest in the regimes of
# the recent years, and ends when the statutory pension begins: 65 for a pension from before February 2025, 66 since,
# on the first day of the month after the birthday. A dismissed older worker enters it from work (SWT_WEIGHT among
# the ways out of work). Walk of issue 16: with neither way in nor way out, the statistics' SWT line stood at 59 for a
# whole year.
SWT_FROM_AGE = 60
PENSION_AGES = ((dt.date(2025, 2, 1), 65), (dt.date.max, 66))  # (pension beginning before this day, at this age)
SWT_WEIGHT = 1


def pension_day(birth: dt.date) -> dt.date:
    """The day the statutory retirement pension begins: the first day of the month after the birthday of the pension age
    (65 for a pension that began before 1 February 2025, 66 since then)."""
    for before, age in PENSION_AGES:
        birthday = _years_after(birth, age)
        first = _months_between(birthday, 1)
        if first < before:
            return first
    raise AssertionError("PENSION_AGES ends with dt.date.max")


# Main activity states, month by month. Weights of the register's mix at the start of the three-year window.
STATES = ["employed", "jobseeker_benefit", "jobseeker_no_benefit", "inactive", "sick", "neet", "swt", "igu", "social_economy"]
START_MIX = [44, 14, 7, 12, 9, 0, 3, 4, 3]
# Monthly probability of leaving each state, and where to. A job seeker's are set so that about half of those who start
# looking find work within six months, fewer of the low and more of the higher educated (`job_finding_rates`), as in
# Flanders (walk of issue 16: with 0.13 and 0.11 a quarter did, and the screening model trained on it called 42 of the
# demo counsellor's 59 job seekers "lange afstand", none "korte").
LEAVE = {"employed": 0.012, "jobseeker_benefit": 0.30, "jobseeker_no_benefit": 0.25, "inactive": 0.025, "sick": 0.03,
         "neet": 0.08, "swt": 0.0, "igu": 0.05, "social_economy": 0.02}
NEXT = {
    "employed": [("jobseeker_benefit", 6), ("sick", 2), ("inactive", 1), ("igu", 1)],
    "jobseeker_benefit": [("employed", 12), ("sick", 1), ("inactive", 1), ("social_economy", 1), ("jobseeker_no_benefit", 1)],
    "jobseeker_no_benefit": [("employed", 9), ("inactive", 2), ("jobseeker_benefit", 1), ("social_economy", 1)],
    "inactive": [("jobseeker_no_benefit", 5), ("employed", 3), ("sick", 1)],
    "sick": [("employed", 4), ("jobseeker_benefit", 3), ("inactive", 2)],
    "neet": [("jobseeker_no_benefit", 6), ("employed", 4)],
    "swt": [("inactive", 1)],
    "igu": [("employed", 8), ("jobseeker_benefit", 2)],
    "social_economy": [("employed", 5), ("jobseeker_no_benefit", 2)],
}
MUTUALITIES = 5
SEEKING = ("jobseeker_benefit", "jobseeker_no_benefit", "neet")
DIGITAL_FACTOR = {"none": 0.55, "basic": 0.85, "intermediate": 1.05, "advanced": 1.2}
DIGITAL_LEVELS = ("none", "basic", "intermediate", "advanced")


def digital_weights(age: int, education: int) -> tuple[float, float, float, float]:
    """How likely each level of digital skills is, by age and ISCED level: fewer with age, more with education — almost
    nobody with a tertiary degree is without (Eurostat's digital skills indicator for Belgium: some 1–3 % of the
    25–64-year-olds with a tertiary degree have none; the walk of stop 37 found masters without digital skills when
    the draw followed the age alone)."""
    none, basic, intermediate, advanced = 6 + age // 8, 25.0, 40.0, max(5, 40 - age // 2)
    if education <= 2:  # at most lower secondary school
        return none * 2.0, basic * 1.3, intermediate * 0.7, advanced * 0.3
    if education >= 6:  # bachelor, master, doctorate
        return none * 0.08, basic * 0.6, intermediate, advanced * 1.8
    return none, basic, intermediate, advanced


JOB_SEEKING = ("jobseeker_benefit", "jobseeker_no_benefit")


def worked_days_before(episodes: list[tuple], running: tuple[str, dt.date], day: dt.date) -> int:
    """The days of work (WORKED states) within the reference period before `day`, in the ended `episodes` (kind, start,
    end) and the `running` one (kind, start) that ends the day before: what a claim for unemployment benefit on `day`
    rests on."""
    since = day - dt.timedelta(days=REFERENCE_PERIOD_DAYS)
    spans = [(start, end) for kind, start, end in episodes if kind in WORKED and end is not None]
    if running[0] in WORKED:
        spans.append((running[1], day - dt.timedelta(days=1)))
    return sum(max(0, (min(end, day - dt.timedelta(days=1)) - max(start, since)).days + 1) for start, end in spans)


def registered_on(episodes: list[tuple]) -> dt.date:
    """The day a person registered with VDAB: the start of their first job-seeking episode (walk of issue 16: a citizen
    whose history began with work read "Ingeschreven op" the first day of that job, two and a half years before he first
    looked for work); the start of the history for someone who never looked for work (walk of stop 29: one shared date)."""
    ordered = sorted(episodes, key=lambda e: e[1])
    return next((e[1] for e in ordered if e[0] in JOB_SEEKING), ordered[0][1])


def employability(education: int, dutch: str, licence: bool, digital: str, age: int, limitation: bool, luck: float) -> float:
    """How much more (or less) likely than average a job seeker finds work in a month (synthetic, for the demo)."""
    dutch_factor = {"A1": 0.45, "A2": 0.6, "B1": 0.85, "B2": 1.0, "C1": 1.05, "C2": 1.1, "native": 1.1}[dutch]
    factor = (0.6 + 0.15 * education) * dutch_factor * (1.25 if licence else 0.8) * DIGITAL_FACTOR[digital]
    factor *= 0.6 if age >= 55 else 0.85 if age >= 50 else 1.0
    return factor * (0.6 if limitation else 1.0) * luck


def _at_most(level: str, cap: str) -> str:
    return CEFR[min(CEFR.index(level), CEFR.index(cap))]


def _years_after(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def months_here(arrived: dt.date, today: dt.date) -> int:
    """Whole months since a newcomer's arrival (the platform's one rule for months: core.lifecourse)."""
    return whole_months(arrived, today)


def _key(value: str) -> str:
    return search_key(value)


def _months_between(a: dt.date, months: int) -> dt.date:
    y, m = divmod(a.month - 1 + months, 12)
    return dt.date(a.year + y, m + 1, 1)


@dataclass
class Place:
    nis_code: str
    population: int
    postal_code: str
    team_ids: list[int] = field(default_factory=list)
    ocmw_id: int | None = None


@dataclass
class Batch:
    persons: list[tuple] = field(default_factory=list)
    episodes: list[tuple] = field(default_factory=list)
    languages: list[tuple] = field(default_factory=list)
    contacts: list[tuple] = field(default_factory=list)
    consents: list[tuple] = field(default_factory=list)
    partner_links: list[tuple] = field(default_factory=list)


PERSON_COLUMNS = ("id", "insz", "first_name", "last_name", "first_name_key", "last_name_key", "birth_date", "sex", "nationality",
                  "municipality_id", "postal_code", "street", "education_level", "driving_licences", "digital_skills",
                  "work_limitation", "registered_on", "counsellor_id", "team_id", "merged_into_id", "created_at", "updated_at")
EPISODE_COLUMNS = ("person_id", "kind", "start", "end", "municipality_id", "source")
LANGUAGE_COLUMNS = ("person_id", "language", "level")
CONTACT_COLUMNS = ("person_id", "kind", "value", "preferred")
CONSENT_COLUMNS = ("person_id", "purpose", "given_at", "withdrawn_at", "recorded_by")
PARTNER_LINK_COLUMNS = ("person_id", "organisation_id", "purpose", "start", "end")

STREETS = ["Kerkstraat", "Stationsstraat", "Dorpsstraat", "Molenstraat", "Nieuwstraat", "Schoolstraat", "Kapelstraat",
           "Beekstraat", "Veldstraat", "Boomgaardstraat", "Lindenlaan", "Kouter", "Markt", "Heirweg", "Brugstraat"]


class PopulationGenerator:
    """Generates persons with three years of status episodes, deterministically for a given seed."""

    def __init__(self, places: list[Place], today: dt.date, seed: int = 2026, taken_insz: set[str] | None = None,
                 counsellor_ids_by_team: dict[int, list[int]] | None = None, mutuality_ids: list[int] | None = None,
                 integration_agency_id: int | None = None) -> None:
        self.rng = random.Random(seed)
        self.places = places
        self.place_weights = list(accumulate(p.population for p in places))
        self.today = today
        self.window_start = _months_between(dt.date(today.year - 3, today.month, 1), 0)
        self.taken = taken_insz if taken_insz is not None else set()
        self.serial: dict[dt.date, int] = {}
        self.counsellors = counsellor_ids_by_team or {}
        self.mutualities = mutuality_ids or []
        self.integration_agency = integration_agency_id
        self.nationality_codes = [c for c, _ in NATIONALITIES]
        self.nationality_weights = list(accumulate(w for _, w in NATIONALITIES))
        self.start_weights = list(accumulate(START_MIX))
        self.now_ts = dt.datetime.combine(today, dt.time(9), dt.timezone.utc)  # a datetime: the writer stores it as Django does

    def _insz(self, birth: dt.date, male: bool) -> str:
        serial = self.serial.get(birth, self.rng.randrange(1, 300))
        while True:
            serial += 1
            if serial > 997:
                serial = 1
            if (serial % 2 == 1) != male:
                continue
            insz = make_insz(birth, serial)
            if insz not in self.taken:
                self.serial[birth] = serial
                self.taken.add(insz)
                return insz

    def _names(self, nationality: str, male: bool) -> tuple[str, str]:
        rng = self.rng
        if nationality in names.OTHER and rng.random() < 0.9:
            males, females, surnames = names.OTHER[nationality]
        else:
            males, females, surnames = names.FLEMISH_MALE, names.FLEMISH_FEMALE, names.FLEMISH_SURNAMES
        return rng.choice(males if male else females), rng.choice(surnames)

    def _trajectory(self, age: int, nationality: str, employability: float = 1.0,
                    adult_on: dt.date | None = None, arrived_on: dt.date | None = None,
                    birth: dt.date | None = None) -> list[tuple[str, dt.date, dt.date | None]]:
        """Monthly Markov chain over the main activity states, compressed into episodes.

        A newcomer's history (`arrived_on`) begins on arrival, and like a school leaver they have no benefit before they
        have worked here. An older worker (`birth`) may leave work for SWT, which ends on the day the pension begins
        (then retired: inactive for good).

        A job seeker's monthly chance of finding work scales with `employability` (education, Dutch, licence,
        digital skills, age, a work limitation) and falls with the time already spent looking, as in real registers:
        that is what the screening model has to learn from the history."""
        rng = self.rng
        weights = list(START_MIX)
        if age < 25:
            weights[STATES.index("neet")] = 8
        if age < SWT_FROM_AGE:  # in SWT today only from its age (its start lies up to five years back: 55 at the earliest)
            weights[STATES.index("swt")] = 0
        state = rng.choices(STATES, weights=weights)[0]
        months = 36
        start = self.window_start - dt.timedelta(days=rng.randrange(0, 700))  # the first episode began before the window
        if adult_on and start < adult_on:  # a young person's register history begins when they come of working age
            start = adult_on
        if arrived_on and start < arrived_on:  # nobody has a Flemish history from before they came
            start = arrived_on
            adult_on = max(adult_on or arrived_on, arrived_on)
        fresh = bool(adult_on and start < adult_on + dt.timedelta(days=WAITING_DAYS))  # straight from school
        if arrived_on and start == arrived_on:  # a newcomer starts without rights here: no benefit, no IGU before work
            targets, w = zip(*NEWCOMER_START)
            state = rng.choices(targets, weights=w)[0]
        elif fresh and state in NEEDS_RIGHTS:
            state = "jobseeker_no_benefit"  # no benefit during the school leaver's waiting time
        # rights built before the history began (work before the register's window), shown by its first state: only for
        # someone who was neither a newcomer nor a school leaver then
        prior_rights = not fresh and not (arrived_on and start == arrived_on) and (state in NEEDS_RIGHTS or state in WORKED)
        episodes = []
        if prior_rights and state in NEEDS_RIGHTS:
            worked_from = max(adult_on or start, start - dt.timedelta(days=rng.randrange(*WORK_BEFORE_RIGHTS_DAYS)))
            if worked_from < start:
                episodes.append(("employed", worked_from, start - dt.timedelta(days=1)))
        current_start = start
        spell = 0
        pension = pension_day(birth) if birth else None
        retired = False
        for month in range(1, months + 1):
            month_start = _months_between(self.window_start, month)
            if state == "swt" and pension and current_start < pension <= min(month_start, self.today):
                episodes.append((state, current_start, pension - dt.timedelta(days=1)))
                state, current_start, retired = "inactive", pension, True
            leave = LEAVE[state]
            if state in SEEKING:
                leave = min(0.6, leave * employability * max(0.35, 1 - 0.05 * spell))
            spell += 1
            if rng.random() < leave and not retired:
                spell = 0
                targets, w = zip(*NEXT[state])
                if state in SEEKING:
                    w = [weight * employability if target == "employed" else weight for target, weight in zip(targets, w)]
                if state == "employed" and birth and _years_after(birth, SWT_FROM_AGE) <= month_start and (pension is None or month_start < pension):
                    targets, w = (*targets, "swt"), (*w, SWT_WEIGHT)  # a dismissed older worker: SWT
                new_state = rng.choices(targets, weights=w)[0]
                day = _months_between(self.window_start, month) + dt.timedelta(days=rng.randrange(0, 27))
                if day > self.today:
                    break
                if day <= current_start + dt.timedelta(days=28):  # not yet of working age, or the episode just began
                    continue
                if new_state == "jobseeker_no_benefit" and state != "jobseeker_benefit" and \
                        worked_days_before(episodes, (state, current_start), day) >= BENEFIT_AFTER_WORK_DAYS:
                    new_state = "jobseeker_benefit"  # a year of work gives a right to unemployment benefit (an ended benefit stays ended)
                if new_state in NEEDS_RIGHTS and not self._entitled(new_state, state, current_start, day, episodes, prior_rights, adult_on, arrived_on):
                    if state == "jobseeker_no_benefit":
                        continue  # no right to a benefit yet: still looking for work without one
                    new_state = "jobseeker_no_benefit"
                episodes.append((state, current_start, day - dt.timedelta(days=1)))
                state, current_start = new_state, day
        episodes.append((state, current_start, None))
        return episodes

    @staticmethod
    def _entitled(new_state: str, state: str, since: dt.date, day: dt.date, episodes: list, prior_rights: bool,
                  adult_on: dt.date | None, arrived_on: dt.date | None) -> bool:
        """Whether a benefit (unemployment, sickness) or the IGU can follow the running `state` (since `since`) on `day`:
        after work here (the running episode or an earlier one) or a benefit before, with rights from before the history,
        or — unemployment benefit only — as a school leaver under 25 after the waiting time. The IGU (a job that became
        involuntarily part-time) needs unemployment rights already: a year of work, a benefit before, or rights from
        before the history. A newcomer has worked nowhere here before their history begins."""
        had_benefit = any(kind in NEEDS_RIGHTS for kind, _s, _e in episodes)
        if new_state == "igu":
            return state in WORKED and (prior_rights or had_benefit or (day - since).days >= BENEFIT_AFTER_WORK_DAYS)
        if state in WORKED or prior_rights or had_benefit or any(kind in WORKED for kind, _s, _e in episodes):
            return True
        if new_state != "jobseeker_benefit" or arrived_on or adult_on is None:
            return False
        return adult_on + dt.timedelta(days=WAITING_DAYS) <= day < _years_after(adult_on, SCHOOL_LEAVER_UNTIL - WORKING_AGE)

    def add_person(self, batch: Batch, person_id: int) -> None:
        rng = self.rng
        place = self.places[rng.choices(range(len(self.places)), cum_weights=self.place_weights)[0]] if len(self.places) > 1 else self.places[0]
        age = min(66, max(WORKING_AGE, int(rng.triangular(WORKING_AGE, 67, 38))))
        birth = self.today - dt.timedelta(days=age * 365 + rng.randrange(0, 365))
        male = rng.random() < 0.5
        sex = "M" if male else "F"
        if rng.random() < 0.001:
            sex = "X"
        nationality = self.nationality_codes[rng.choices(range(len(self.nationality_codes)), cum_weights=self.nationality_weights)[0]]
        first, last = self._names(nationality, male)
        insz = self._insz(birth, male)
        foreign = nationality != "BE"
        education = rng.choices(range(9), weights=[2, 4, 14, 38, 5, 3, 18, 14, 2])[0]
        for below, highest in EDUCATION_BY_AGE:
            if age < below:
                education = min(education, highest)
                break
        digital = rng.choices(DIGITAL_LEVELS, weights=digital_weights(age, education))[0]
        licences = []
        if age >= 18 and rng.random() < 0.74:
            licences.append("B")
            if male and rng.random() < 0.08:
                licences += ["C", "CE"]
        native = NATIVE_LANGUAGE.get(nationality, "en")
        dutch = "native" if native == "nl" else rng.choices(CEFR, weights=[20, 22, 24, 16, 12, 6])[0]
        limitation = rng.random() < (0.05 + 0.002 * max(age - 30, 0))
        luck = rng.lognormvariate(0, 0.35)
        adult_on = _years_after(birth, WORKING_AGE)
        arrival = None
        if foreign and nationality not in ("NL", "FR", "DE", "IT", "ES") and rng.random() < 0.35:
            arrival = max(adult_on, self.today - dt.timedelta(days=rng.randrange(60, 3 * 365)))
        if education == 0 and not (arrival and nationality in NO_SCHOOLING_FROM):
            education = rng.choice((1, 2))  # schooled here (or in a country with compulsory school): at least primary school
        trajectory = self._trajectory(age, nationality, employability(education, dutch, bool(licences), digital, age, limitation, luck),
                                      adult_on, arrival, birth)
        registered = registered_on(trajectory)
        current = trajectory[-1][0]
        team = counsellor = None
        if current in ("jobseeker_benefit", "jobseeker_no_benefit", "neet", "sick") and place.team_ids:
            team = rng.choice(place.team_ids)
            pool = self.counsellors.get(team)
            if pool and rng.random() < 0.6:
                counsellor = rng.choice(pool)
        street = f"{rng.choice(STREETS)} {rng.randrange(1, 180)}"
        batch.persons.append((
            person_id, insz, first, last, _key(first), _key(last), birth.isoformat(), sex, nationality, place.nis_code,
            place.postal_code, street, education, json.dumps(licences), digital, limitation, registered.isoformat(), counsellor, team,
            None, self.now_ts, self.now_ts,
        ))
        previous = None
        for state, start, end in trajectory:
            batch.episodes.append((person_id, state, start.isoformat(), end.isoformat() if end else None, None, "vdab"))
            after_work = previous is not None and previous[0] in WORKED and (previous[2] - previous[1]).days >= BENEFIT_AFTER_WORK_DAYS
            previous = (state, start, end)
            if state in ("jobseeker_no_benefit", "inactive") and rng.random() < 0.22 and not after_work:
                # a leefloon from the OCMW of the home municipality, for part or all of that period
                ll_start = start + dt.timedelta(days=rng.randrange(0, 60))
                if end is None or ll_start <= end:
                    batch.episodes.append((person_id, "leefloon", ll_start.isoformat(), end.isoformat() if end else None, place.nis_code, "ocmw"))
            if state == "sick" and self.mutualities:
                batch.partner_links.append((person_id, rng.choice(self.mutualities), "sickness_reintegration", start.isoformat(), end.isoformat() if end else None))
        if arrival:
            end = arrival + dt.timedelta(days=540)
            batch.episodes.append((person_id, "newcomer", arrival.isoformat(), end.isoformat() if end < self.today else None, None, "integration_agency"))
            if self.integration_agency:
                batch.partner_links.append((person_id, self.integration_agency, "integration_trajectory", arrival.isoformat(), end.isoformat() if end < self.today else None))
        batch.languages.append((person_id, native, "native"))
        if native != "nl":
            if arrival:
                years_here = (self.today - arrival).days / 365.25
                levels, w = zip(*next(mix for within, mix in NEWCOMER_DUTCH if years_here < within))
                dutch = _at_most(rng.choices(levels, weights=w)[0], CEFR[min(len(CEFR) - 1, months_here(arrival, self.today) // MONTHS_PER_CEFR_LEVEL)])
            batch.languages.append((person_id, "nl", dutch))
        cap = FOREIGN_CEFR_BY_EDUCATION.get(education, "C2")
        if native != "fr" and rng.random() < 0.5:
            batch.languages.append((person_id, "fr", _at_most(rng.choices(CEFR, weights=[10, 20, 30, 25, 10, 5])[0], cap)))
        if native != "en" and rng.random() < 0.6:
            batch.languages.append((person_id, "en", _at_most(rng.choices(CEFR, weights=[8, 15, 30, 27, 15, 5])[0], cap)))
        if rng.random() < 0.85:
            batch.contacts.append((person_id, "email", f"{_key(first).replace(' ', '')}.{_key(last).replace(' ', '')}.{person_id}@example.org", True))
        if rng.random() < 0.9:
            batch.contacts.append((person_id, "sms", f"+32 4{rng.randrange(70, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}", not batch.contacts or batch.contacts[-1][0] != person_id))
        given = dt.datetime.combine(registered, dt.time(10), dt.timezone.utc)
        if current.startswith("jobseeker") and rng.random() < 0.45:
            batch.consents.append((person_id, "proposal_to_employers", given, None, "demo"))
        if rng.random() < 0.6:
            batch.consents.append((person_id, "digital_communication", given, None, "demo"))

    def batches(self, first_id: int, count: int, size: int = 10_000) -> Iterator[Batch]:
        for start in range(first_id, first_id + count, size):
            batch = Batch()
            for person_id in range(start, min(start + size, first_id + count)):
                self.add_person(batch, person_id)
            yield batch
