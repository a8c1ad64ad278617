"""Issue 15, point 15 on the vacancy page: the job seeker's own "Loont werken?" figure computed from the vacancy's
wage and hours (rules/templatetags/rules_work_pays.py; one line in vacancies/page.html). The benefit is typed on the
page (not in the register, never stored, POSTed: never in a URL); without it the net wage in work and the job bonus
are shown. The verdict is net against net only when the job's net wage is typed too."""

from __future__ import annotations

import html
import re

import pytest
from django.test import Client

from werkregie.formats.numbers import format_number
from werkregie.rules.templatetags.rules_work_pays import vacancy_work_pays

from .test_matching_platform import vacancy
from .test_vacancies import logged_in, world  # noqa: F401 - the vacancy page's fixture

pytestmark = pytest.mark.django_db


def _page(client: Client, vacancy_id: int, **posted) -> str:
    """The vacancy page; with `posted` amounts, the section's own POST (form=work_pays), as the browser sends it."""
    url = f"/vacatures/{vacancy_id}/"
    response = client.post(url, {"form": "work_pays", **posted}) if posted else client.get(url)
    assert response.status_code == 200
    return html.unescape(response.content.decode())


def _section(body: str) -> str:
    found = re.search(r'<section aria-labelledby="h-work-pays".*?</section>', body, re.S)
    assert found, "no Loont werken? section"
    return found.group(0)


def _euro(value: float) -> str:
    return f"€ {format_number(value, 2)}"


def test_the_seeker_sees_the_net_wage_and_job_bonus_of_the_vacancy(world):  # noqa: F811
    job = world["job"]
    section = _section(_page(logged_in(world["citizen"]), job.pk))
    expected = vacancy_work_pays(job.monthly_wage, job.hours_per_week, None, None)
    first = expected.months[0]
    assert first.gross == 2650.0 and first.contribution == round(2650 * 0.1307, 2)
    assert f"Met dit loon van {_euro(2650)} bruto houdt u per maand" in section
    assert _euro(first.net_before_tax) in section and _euro(first.contribution) in section
    assert "de bedrijfsvoorheffing is niet afgetrokken" in section
    assert 'name="wp_uitkering"' in section and "meer over dan met uw uitkering" not in section  # no benefit typed: no verdict
    # the full comparison is one click away, prefilled with the vacancy's facts
    link = re.search(r'href="(/loont-werken/\?[^"]+)"', section).group(1)
    assert "gross_monthly=2650%2C00" in link and "hours_per_week=38" in link


def test_with_the_typed_benefit_the_first_year_is_compared(world):  # noqa: F811
    job = world["job"]
    section = _section(_page(logged_in(world["citizen"]), job.pk, wp_uitkering="1.300,00"))
    expected = vacancy_work_pays(job.monthly_wage, job.hours_per_week, None, 1300.0)
    assert expected.total_benefit == 15600.0 and expected.difference > 0 and expected.net_source == "before_tax"
    # regression: this said "houdt u ... meer over", the wage before withholding tax against the net benefit
    assert f"Vóór bedrijfsvoorheffing brengt dit werk in het eerste jaar {_euro(expected.gain)} meer op dan uw netto-uitkering" in section
    assert "meer over" not in section
    # the prefilled full comparison holds the vacancy's facts, never the benefit typed
    link = re.search(r'href="(/loont-werken/\?[^"]+)"', section).group(1).replace("&amp;", "&")
    assert "1300" not in link and "1.300" not in link and "benefit" not in link
    form = html.unescape(Client().get(link).content.decode())
    assert 'value="2650,00"' in form


def test_net_against_net_with_the_jobs_net_wage(world):  # noqa: F811
    job = world["job"]
    section = _section(_page(logged_in(world["citizen"]), job.pk, wp_uitkering="1.300,00", wp_netto="1.950"))
    expected = vacancy_work_pays(job.monthly_wage, job.hours_per_week, None, 1300.0, net_monthly=1950.0)
    assert expected.net_source == "given" and expected.months[0].net_wage == 1950.0
    assert f"Netto tegen netto: in het eerste jaar houdt u met dit werk {_euro(expected.gain)} meer over dan met uw uitkering" in section
    assert "de bedrijfsvoorheffing is niet afgetrokken" not in section and 'value="1.950"' in section


def test_the_benefit_never_travels_in_a_url(world):  # noqa: F811
    """Personal data in a query string ends up in access logs: the section posts its amounts, and no link, form
    action or redirect of the answer carries them."""
    client = logged_in(world["citizen"])
    page = _page(client, world["job"].pk)
    form = re.search(r'<form method="(\w+)" action="([^"]*)"[^>]*>(?:(?!</form>).)*name="wp_uitkering"', page, re.S)
    assert form and form.group(1) == "post" and "?" not in form.group(2)
    answered = _page(client, world["job"].pk, wp_uitkering="1.234,56", wp_netto="1.777")
    urls = re.findall(r'(?:href|action|src|hx-get)="([^"]*)"', answered)
    assert urls and not any(amount in u for u in urls for amount in ("1.234", "1234", "1.777", "1777", "wp_uitkering", "wp_netto"))


def test_blue_collar_changes_the_figure(world):  # noqa: F811
    job = world["job"]
    white = vacancy_work_pays(job.monthly_wage, job.hours_per_week, None, None).months[0]
    blue = vacancy_work_pays(job.monthly_wage, job.hours_per_week, None, None, blue_collar=True).months[0]
    assert blue.contribution == round(round(2650 * 1.08, 2) * 0.1307, 2) and blue.contribution > white.contribution
    section = _section(_page(logged_in(world["citizen"]), job.pk, wp_arbeider="1"))
    assert _euro(blue.net_before_tax) in section and "checked" in section


def test_a_wrong_benefit_is_said_not_guessed(world):  # noqa: F811
    section = _section(_page(logged_in(world["citizen"]), world["job"].pk, wp_uitkering="veel"))
    assert "Typ een bedrag zoals 1.250 of 1.250,50." in section and 'aria-invalid="true"' in section
    assert "meer over dan met uw uitkering" not in section and "minder over dan met uw uitkering" not in section


def test_only_for_the_job_seeker_and_a_vacancy_without_wage_says_so(world):  # noqa: F811
    job = world["job"]
    assert 'id="h-work-pays"' not in _page(Client(), job.pk)
    assert 'id="h-work-pays"' not in _page(logged_in(world["boss"]), job.pk)
    no_wage = vacancy(world["employer"], title="Magazijnier")
    section = _section(_page(logged_in(world["citizen"]), no_wage.pk))
    assert "De werkgever vermeldde geen loon." in section and 'href="/loont-werken/"' in section


def test_part_time_and_long_weeks():
    part = vacancy_work_pays(2000, 19, 12.5, 900.0)
    assert part.given.fraction == 0.5 and part.given.distance_km == 12.5
    long_week = vacancy_work_pays(3000, 40, None, None)  # more than the assumed 38 h: a full-time week of its own hours
    assert long_week.given.full_time_hours == 40 and long_week.given.fraction == 1.0
    assert vacancy_work_pays(None, 38, None, None) is None
