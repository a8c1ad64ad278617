"""Issue 14: a wrong date on a KPI export answered a bare 400. The download URLs (CSV, XLSX) now answer a 400 page in
the platform's style with the error summary naming the peildatum and why (core.dates' words, as the KPI pages do) and
the download form to correct it; the API answers an RFC 9457 problem naming the parameter."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from tests import factories
from tests.test_kpis_faces import world  # noqa: F401  (the fixture: 40 job seekers in Gent and Antwerpen)
from werkregie.accounts.models import Role
from werkregie.core import clock

EXPORTS = ["/kerncijfers/export.csv", "/kerncijfers/export.xlsx"]
# lower case after the label's colon (walk of stop 43: "Peildatum: Ongeldige datum. Geef …" had a capital after it)
WRONG = [("31/02/2026", "ongeldige datum; geef een datum als DD/MM/JJJJ, bv. 30/06/2025 (31/02/2026 bestaat niet)."),
         ("morgen", "ongeldige datum; geef een datum als DD/MM/JJJJ, bv. 30/06/2025."),
         ("01/01/1990", "datum buiten het toegelaten bereik; een datum van 01/01/2000 tot 30/06/2025."),  # to today: no future days (walk of stop 41)
         ("01/07/2025", "datum buiten het toegelaten bereik; een datum van 01/01/2000 tot 30/06/2025.")]


@pytest.mark.django_db
@pytest.mark.parametrize("url", EXPORTS)
@pytest.mark.parametrize("typed, why", WRONG)
def test_a_wrong_date_on_an_export_names_the_field_in_an_error_summary(client, world, url, typed, why):  # noqa: F811
    client.force_login(factories.user(Role.ANALYST))
    with clock.travel_to(dt.date(2025, 6, 30)):
        response = client.get(url, {"kpi": "jobseekers_benefit", "niveau": "province", "code": "40000", "peildatum": typed})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html") and "Content-Disposition" not in response
    page = html.unescape(response.content.decode())
    summary = re.search(r'<div class="error-summary".*?</div>', page, re.S)
    assert summary, "no error summary"
    assert 'href="#f-peildatum"' in summary.group(0) and f"Peildatum: {why}" in summary.group(0)
    field = re.search(r'<input[^>]*name="peildatum"[^>]*>', page).group(0)
    assert f'value="{typed}"' in field and "aria-invalid" in field
    form = re.search(r"<form[^>]*action=\"/kerncijfers/export[^>]*>.*?</form>", page, re.S).group(0)
    assert f'action="{url}"' in form  # the same download, corrected in place, with the other choices kept
    for name, value in (("kpi", "jobseekers_benefit"), ("niveau", "province"), ("code", "40000")):
        assert f'name="{name}" value="{value}"' in form
    assert "<h1>Kerncijfers downloaden</h1>" in page


@pytest.mark.django_db
@pytest.mark.parametrize("url", EXPORTS)
def test_a_good_date_still_downloads(client, world, url):  # noqa: F811
    client.force_login(factories.user(Role.ANALYST))
    response = client.get(url, {"kpi": "jobseekers_benefit", "peildatum": "30/06/2025"})
    assert response.status_code == 200 and "attachment" in response["Content-Disposition"]


@pytest.mark.django_db
@pytest.mark.parametrize("path, params", [("/api/v1/kpis/figures", {"kpi": "jobseekers"}), ("/api/v1/kpis/management", {}),
                                          ("/api/v1/kpis/municipalities/44021/comparison", {})])
@pytest.mark.parametrize("typed", ["31/02/2026", "2026-13-01", "01/01/1990"])
def test_the_api_answers_a_problem_naming_the_date_parameter(client, world, path, params, typed):  # noqa: F811
    token = factories.token(factories.user(Role.ANALYST))
    with clock.travel_to(dt.date(2025, 6, 30)):
        response = client.get(path, {**params, "on": typed}, HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response["Content-Type"].startswith("application/problem+json"), response.content
    body = response.json()
    assert response.status_code in (400, 422) and body["status"] == response.status_code
    assert [e["field"] for e in body["errors"]] == ["on"] and body["errors"][0]["message"]
    assert body["detail"] in ("Ongeldige datum.", "Datum buiten het toegelaten bereik.")
