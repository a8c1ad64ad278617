"""The demo's vacancy history (careers/demo_market.py) gives the career signals real quarters to compare: before it, the
demo citizen's occupation has no trend (every vacancy was posted on the day the demo was built); after it, the signal
computed from the data — the same counts as for real vacancies — says whether the demand rises or falls, the four
quarters publishable, the stock the platform already had kept; some occupations and provinces rise, others fall."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from tests import factories
from werkregie.careers import demo_market, signals_data
from werkregie.careers import signals as engine
from werkregie.core import clock
from werkregie.matching.demo import _forklift_profile
from werkregie.matching.models import DesiredOccupation
from werkregie.matching.platform import taxonomy
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import StatusKind
from werkregie.vacancies.models import Vacancy, VacancySkill

pytestmark = pytest.mark.django_db

NOW = dt.datetime(2026, 11, 16, 10, 0, tzinfo=clock.BRUSSELS)
GENT, ANTWERPEN, LEUVEN = "44021", "11002", "24062"


def _uri(english: str) -> str:
    return next(o.uri for o in taxonomy().occupations if o.label("en") == english)


@pytest.fixture(autouse=True)
def fresh_signals():
    signals_data.forget()
    yield
    signals_data.forget()


@pytest.fixture
def citizen(ref):
    """The demo's shape: a forklift operator in Gent who wants to become warehouse manager, and the matching demo's
    vacancies, all posted today (a few forklift ones among them)."""
    with clock.travel_to(NOW):
        person = factories.person(municipality_id=GENT)
        # the demo citizen's shape since stop 30: years of work, then job seeking (_forklift_profile makes a forklift
        # driver only of someone who worked: it gives the years the history shows)
        factories.episode(person, StatusKind.EMPLOYED, start=dt.date(2020, 1, 1), end=dt.date(2024, 12, 31))
        factories.episode(person, StatusKind.JOBSEEKER_NO_BENEFIT, start=dt.date(2025, 1, 1))
        assert _forklift_profile(person.pk, 6, 30)
        DesiredOccupation.objects.create(person=person, occupation_uri=_uri("warehouse manager"))
        employer = factories.organisation(OrganisationKind.EMPLOYER)
        for english, places in (("forklift operator", [GENT] * 3), ("bricklayer", [GENT, ANTWERPEN] * 6), ("nurse responsible for general care", [LEUVEN] * 4)):
            Vacancy.objects.bulk_create([Vacancy(employer=employer, title=english, municipality_id=m, occupation_uri=_uri(english)) for m in places])
    return person


def _signal(person, uri):
    with clock.travel_to(NOW):
        return next(s for s in signals_data.for_person(person) if s.uri == uri)


def _panel(person) -> str:
    from django.template.loader import render_to_string
    from django.test import RequestFactory

    from werkregie.accounts.models import Role
    from werkregie.careers import signals_panel

    request = RequestFactory().get("/mijn-loopbaan/")
    request.user = factories.user(Role.CITIZEN, person=person)
    with clock.travel_to(NOW):
        template, context = signals_panel.panel(request, person)
        return render_to_string(template, context, request=request)


def test_the_demo_citizen_gets_a_trend_from_the_history_and_had_none_before(citizen):
    forklift = _uri("forklift operator")
    before = _signal(citizen, forklift).demand
    assert before.vacancies_trend == engine.UNKNOWN  # the check can fail: without a history there is nothing to compare
    assert [q.history for q in before.quarters] == [False, False, False, True]
    with clock.travel_to(NOW):
        made = demo_market.seed(citizen.pk)["history"]
    assert made > 0
    signals_data.forget()
    after = _signal(citizen, forklift).demand
    assert after.vacancies_trend in (engine.UP, engine.DOWN)
    assert all(q.history and q.vacancies is not None for q in after.quarters)  # four publishable quarters
    assert after.vacancies_trend == engine.UP  # logistics hires in the demo's SECTORS; computed from the rows, not told
    target = _signal(citizen, _uri("warehouse manager")).demand
    assert all(q.vacancies is not None for q in target.quarters)  # the target occupation has its quarters too
    html = _panel(citizen)
    assert "De vraag naar heftruckchauffeur in Provincie Oost-Vlaanderen stijgt" in html and "<svg" in html
    with clock.travel_to(NOW):
        assert demo_market.seed(citizen.pk)["history"] == 0  # idempotent


def test_the_history_tops_up_the_stock_and_moves_both_ways(citizen):
    with clock.travel_to(NOW):
        quarters = engine.last_quarters(clock.today())
        existing = Vacancy.objects.count()
        demo_market.seed(citizen.pk)
        signals_data.forget()
        trends: Counter = Counter()
        for province in ("10000", "20001", "30000", "40000", "70000"):  # the five Flemish provinces
            area = signals_data.Area(province, "", "")
            for uri, counts in signals_data.area_counts(area, quarters).items():
                trends[engine.demand(quarters, counts, [None] * 4).vacancies_trend] += 1
    assert trends[engine.UP] and trends[engine.DOWN], trends  # care and logistics rise, construction falls
    assert Vacancy.objects.filter(state="published").count() >= existing  # what was open stays open
    ended = Vacancy.objects.exclude(state="published")
    assert ended.exists() and not ended.filter(open=True).exists() and not ended.filter(state_since__gt=clock.now()).exists()
    assert not Vacancy.objects.filter(created_at__gt=NOW).exists()
    assert VacancySkill.objects.filter(vacancy__in=ended).exists()
    assert not Vacancy.objects.filter(search_text="").exclude(title__in=["forklift operator", "bricklayer", "nurse responsible for general care"]).exists()


def test_the_history_opens_one_vacancy_per_employer_occupation_and_town(citizen):
    """Issue 16, point 12: the history posted identical open vacancies ("Magazijnchef" three times in Gent at one employer,
    38 u, vast). Over the generated history, no open vacancy it made shares employer, occupation and municipality with
    another open one (the fixture's own three forklift vacancies in Gent are not the history's)."""
    with clock.travel_to(NOW):
        before = set(Vacancy.objects.values_list("pk", flat=True))
        assert demo_market.seed(citizen.pk)["history"] > 0
    open_ = list(Vacancy.objects.filter(open=True).values_list("pk", "employer_id", "occupation_uri", "municipality_id"))
    made = [row for row in open_ if row[0] not in before]
    assert len(made) > 50, len(made)  # a real stock of open vacancies, so the check can fail
    keys = Counter(row[1:] for row in open_)
    assert not [row for row in made if keys[row[1:]] > 1], [row for row in made if keys[row[1:]] > 1][:5]


def test_sectors_by_isco_group():
    assert demo_market.change_for("8344") == 0.30 and demo_market.change_for("7112") == -0.25
    assert demo_market.change_for("2221") == 0.25 and demo_market.change_for("6111") is None


def test_the_history_is_in_the_vacancy_workflows_log_and_gives_the_kpis_a_time_to_fill(citizen):
    """Walk of stop 41: the demo's KPI pages had no filled vacancy (the history's endings were not in the transition log,
    which the KPIs read). Each history vacancy is created and published when posted, and its ending logged when it ended."""
    from werkregie.kpis import figures, refresh
    from werkregie.workflows.models import TransitionLog

    with clock.travel_to(NOW):
        demo_market.seed(citizen.pk)
        history = list(Vacancy.objects.filter(created_at__lt=NOW - dt.timedelta(days=1)))
        logs = {(t.object_id, t.transition): t for t in TransitionLog.objects.filter(workflow="vacancy")}
        for v in history:
            assert logs[(v.pk, "publish")].at == v.created_at
            if v.state != "published":
                ending = logs[(v.pk, demo_market.ENDING_MOVES[v.state][0])]
                assert ending.to_state == v.state and ending.at == v.state_since and ending.at >= v.created_at
        refresh.full()
        filled = figures.breakdown("vacancies_filled", NOW.date()).get(("region", "02000"), "total", "")
        median = figures.breakdown("time_to_fill", NOW.date()).get(("region", "02000"), "total", "")
    assert filled.count == sum(1 for v in history if v.state == "filled" and v.state_since >= NOW - dt.timedelta(days=365)) > 0
    assert 3 <= median.value <= 90  # posted 7–60 days before a quarter's end, ended 3–25 days after it
