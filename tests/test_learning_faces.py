"""The learning account's faces: the citizen's statement page (chart and table, Belgian formats), the counsellor's page
for their caseload only, the API for both, the careers panel — every read logged in the access log."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from django.test import Client, RequestFactory

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.learning import panels
from werkregie.learning import use_cases as uc
from werkregie.learning.enums import Unit
from werkregie.learning.templatetags.learning import euro, hours
from werkregie.people.enums import StatusKind
from werkregie.workflows.services import PLATFORM

from . import factories as f


@pytest.fixture
def world(db, ref):
    with clock.travel_to(dt.datetime(2026, 11, 30, 10, tzinfo=dt.UTC)):
        p = f.person(birth_date=dt.date(1988, 4, 2), first_name="Lotte", last_name="Peeters", education_level=3)
        citizen = f.user(Role.CITIZEN, person=p)
        counsellor = f.user(Role.COUNSELLOR)
        p.counsellor = counsellor
        p.save()
        other = f.user(Role.COUNSELLOR)
        f.episode(p, StatusKind.EMPLOYED, start=dt.date(2020, 1, 1))
        uc.credit_yearly(p, 2025, PLATFORM)
        uc.credit_yearly(p, 2026, PLATFORM)
        uc.buy_vouchers(p, Decimal("1034.50") / 5, key="cheques-lotte", who=PLATFORM)
        uc.grant_training_leave(p, 2026, PLATFORM)
        r = uc.reserve(p, Decimal("125.25"), key="boek-1", reference="Excel voor gevorderden", who=PLATFORM)
        yield {"person": p, "citizen": citizen, "counsellor": counsellor, "other": other, "reservation": r}


def test_belgian_formats():
    assert euro(Decimal("1234.5")) == "€ 1.234,50"
    assert euro(Decimal("-3")) == "−€ 3,00"
    assert hours(Decimal("125")) == "125 uur" and hours(Decimal("12.5")) == "12,50 uur"


def test_the_citizen_sees_the_statement_with_chart_and_table(world):
    client = Client()
    client.force_login(world["citizen"])
    with clock.travel_to(dt.datetime(2026, 11, 30, 10, tzinfo=dt.UTC)):
        page = client.get("/mijn-loopbaan/leerrekening/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html and 'role="img"' in html and "<table" in html
    assert "€ 481,65" in html  # 200 + 200 + 206,90 − 125,25
    assert "€ 125,25" in html and "30/11/2026" in html and "31/12/2027" in html
    assert "125 uur" in html and "Excel voor gevorderden" in html
    assert "illustratief" in html
    assert AccessLogEntry.objects.filter(person_id=world["person"].pk, actor_role="citizen", purpose="own_data").exists()


def test_the_counsellor_sees_a_caseload_person_only_and_it_is_logged(world):
    client = Client()
    client.force_login(world["counsellor"])
    url = f"/personen/{world['person'].pk}/leerrekening/"
    assert client.get(url).status_code == 200
    assert AccessLogEntry.objects.filter(person_id=world["person"].pk, actor_id=world["counsellor"].pk, purpose="guidance",
                                         what__startswith="leerrekening").exists()
    client.force_login(world["other"])
    assert client.get(url).status_code == 403
    client.force_login(world["citizen"])
    assert client.get(url).status_code == 403


def test_the_api_for_the_citizen_and_the_counsellor(world):
    p = world["person"]
    client = Client()
    me = client.get("/api/v1/me/learning-account", HTTP_AUTHORIZATION=f"Bearer {f.token(world['citizen'])}")
    assert me.status_code == 200, me.content
    body = me.json()
    assert Decimal(body["balance"]) == Decimal("481.65") and Decimal(body["reserved"]) == Decimal("125.25")
    assert Decimal(body["training_leave_hours"]) == Decimal(125)
    assert [line["kind"] for line in body["statement"]][:2] == ["credit", "credit"]
    assert Decimal(body["statement"][-1]["balance"]) == Decimal("481.65")
    headers = {"HTTP_AUTHORIZATION": f"Bearer {f.token(world['counsellor'])}"}
    assert client.get(f"/api/v1/persons/{p.pk}/learning-account", **headers).status_code == 200
    refused = client.get(f"/api/v1/persons/{p.pk}/learning-account", HTTP_AUTHORIZATION=f"Bearer {f.token(world['other'])}")
    assert refused.status_code == 403 and refused["Content-Type"].startswith("application/problem+json")
    assert client.get("/api/v1/persons/abc/learning-account", **headers).status_code == 422
    assert AccessLogEntry.objects.filter(person_id=p.pk, channel="api").count() >= 2
    assert json.loads(json.dumps(body))["open_reservations"][0]["reference"] == "Excel voor gevorderden"


def test_the_panel_for_the_careers_page(world):
    request = RequestFactory().get("/mijn-loopbaan/")
    request.user = world["citizen"]
    with clock.travel_to(dt.datetime(2026, 11, 30, 10, tzinfo=dt.UTC)):
        template, context = panels.panel(request, world["person"])
    assert template == "learning/_account_panel.html"
    account = context["account"]
    assert account.balance == Decimal("481.65") and account.reserved == Decimal("125.25") and account.hours == 125
    assert account.next_expiry == (dt.date(2027, 12, 31), Decimal("74.75"))  # the 2025 credit less the booking, which uses it first
    assert context["statement_url"] == "/mijn-loopbaan/leerrekening/"
    from django.template.loader import render_to_string

    html = render_to_string(template, context)
    assert "€ 481,65" in html and "31/12/2027" in html
    request.user = world["other"]
    assert panels.panel(request, world["person"])[1] == {"account": None}
    assert uc.balance(world["person"], Unit.HOUR) == 125
