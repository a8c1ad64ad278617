"""Issue 12 walk: the skill-gap statistic (competences employers most often missed, from the feedback reason "missing
competences") existed only in the API. A page for analysts, counsellors and VDAB administrators (the API's readers,
vacancies.perms.GAP_READERS) shows the same figures as a table and a chart, small cells hidden by the platform's
suppression, and is in their menu."""

from __future__ import annotations

import re

from django.test import Client

from werkregie.accounts.models import Role
from werkregie.vacancies import feedback as feedback_cases
from werkregie.vacancies.models import Application, ApplicationFeedback
from werkregie.web.nav import menu_for

from . import factories as f
from .test_matching_platform import SKILLS, seeker
from .test_vacancies import NOW, bearer, logged_in, world  # noqa: F401 - the fixture

URL = "/vacatures/gemiste-competenties/"


def _feedback(world, settings) -> None:  # noqa: F811
    settings.WERKREGIE_SUPPRESS_BELOW = 3
    for _ in range(4):
        a = feedback_cases.wf.create(Application, feedback_cases.wf.PLATFORM, vacancy=world["job"], person=seeker(SKILLS[:1]), origin="applied")
        ApplicationFeedback.objects.create(application=a, stage="rejected", reason="missing_skills", missing_skills=[SKILLS[1]], given_at=NOW)
    ApplicationFeedback.objects.create(application=a, stage="rejected", reason="missing_skills", missing_skills=[SKILLS[2]], given_at=NOW)


def test_the_page_shows_the_apis_figures_in_a_table_and_a_chart(world, settings):  # noqa: F811
    _feedback(world, settings)
    analyst = f.user(Role.ANALYST)
    api = Client().get("/api/v1/vacancies/stats/missed-skills", **bearer(analyst)).json()
    html = logged_in(analyst).get(URL).content.decode()
    table = html.split("<table", 1)[1]
    assert table.count("<tr>") - 1 == len(api) == 2  # one row per API row
    shown = {r["skill_uri"]: r["count"] for r in api}
    assert shown[SKILLS[1]] == 4 and shown[SKILLS[2]] is None
    assert ">4</td>" in table and "minder dan 3" in table  # the small cell hidden, with the platform's threshold
    assert "Provincie Oost-Vlaanderen" in table
    # the chart: the shown count only, never the hidden one (the platform's chart since the walk of stop 42: each bar with
    # its name and figure; its ground and hatch pattern are rects too, the bars are those in the first colour)
    bars = re.findall(r'<rect x="\d+" y="[\d.]+" width="([\d.]+)" height="\d+" fill="#0072B2"/>', html)
    assert len(bars) == 1 and float(bars[0]) > 0
    assert '<svg class="chart kpi-chart"' in html and "Dezelfde cijfers staan in de tabel" in html


def test_the_readers_find_it_in_the_menu_and_others_are_refused(world, settings):  # noqa: F811
    for role in (Role.ANALYST, Role.COUNSELLOR, Role.ADMIN):
        user = f.user(role)
        assert any(entry.url_name == "vacancy_missed_skills" for entry, _url in menu_for(user))
        assert logged_in(user).get(URL).status_code == 200
    for user in (world["boss"], world["citizen"]):
        assert not any(entry.url_name == "vacancy_missed_skills" for entry, _url in menu_for(user))
        assert logged_in(user).get(URL).status_code == 403
    assert "Nog geen terugkoppeling" in logged_in(f.user(Role.ANALYST)).get(URL).content.decode()
