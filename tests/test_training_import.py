"""The catalogue import: per-record validation with where and what, idempotency by provider and course id,
all-or-nothing, --skip-invalid with a rejects file, the CLI and database constraints."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.db import IntegrityError, transaction

from tests.training_support import essential, provider, record
from werkregie.cli import main
from werkregie.training.importer import import_catalogue, read_csv
from werkregie.training.models import Course, CourseSkill, Session

pytestmark = pytest.mark.django_db


def test_valid_records_are_written_with_skills_and_sessions():
    p = provider()
    report = import_catalogue(p, [record("A"), record("B", modality="online", municipality="", cost="0")])
    assert report.written and (report.created, report.updated, report.rejected) == (2, 0, 0)
    a = Course.objects.get(provider=p, course_id="A")
    assert a.skill_uris == sorted(essential()[:2]) and a.opleidingscheques and not a.vov
    assert set(CourseSkill.objects.filter(course=a).values_list("skill_uri", flat=True)) == set(essential()[:2])
    assert Session.objects.get(course=a).free_places == 10


def test_second_import_is_idempotent_and_a_change_is_an_update():
    p = provider()
    import_catalogue(p, [record("A"), record("B")])
    again = import_catalogue(p, [record("A"), record("B")])
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)
    changed = import_catalogue(p, [record("A", cost="300.00"), record("B", sessions=[])])
    assert (changed.created, changed.updated, changed.unchanged) == (0, 2, 0)
    assert Course.objects.get(course_id="A").cost == 300 and not Session.objects.filter(course__course_id="B").exists()
    assert Course.objects.filter(provider=p).count() == 2


def test_same_course_id_at_another_provider_is_another_course():
    p, q = provider(), provider()
    import_catalogue(p, [record("A")])
    import_catalogue(q, [record("A")])
    assert Course.objects.filter(course_id="A").count() == 2


def test_one_bad_record_writes_nothing_and_says_where_and_what():
    p = provider()
    bad = record("B", cost="-5", hours=0, skills=["http://example.org/not-esco"], modality="walking")
    report = import_catalogue(p, [record("A"), bad, record("C", municipality="")])
    assert not report.written and report.rejected == 2 and not Course.objects.filter(provider=p).exists()
    fields = {(where, e.field) for where, e in report.errors}
    assert {("record 2", "cost"), ("record 2", "hours"), ("record 2", "skills"), ("record 2", "modality"), ("record 3", "municipality")} <= fields


def test_duplicate_course_id_in_one_delivery_is_refused():
    report = import_catalogue(provider(), [record("A"), record("A")])
    assert report.rejected == 1 and "staat al in record 1" in report.errors[0][1].message


@pytest.mark.parametrize("change", [
    {"sessions": [{"session_id": "S1", "start": "2027-01-01", "places": 5, "free_places": 6}]},
    {"sessions": [{"session_id": "S1", "start": "2027-13-01", "places": 5, "free_places": 1}]},
    {"sessions": [{"session_id": "S1", "start": "2027-02-01", "end": "2027-01-01", "places": 5, "free_places": 1}]},
    {"sessions": [{"session_id": "S1", "start": "2027-02-01", "places": 5, "free_places": 1}, {"session_id": "S1", "start": "2027-03-01", "places": 5, "free_places": 1}]},
    {"eqf_level": 9}, {"cost": "12.345"}, {"cost": "NaN"}, {"cost": True}, {"title_nl": ""}, {"course_id": ""}, {"financing": ["gratis"]},
    {"municipality": "99999"}, {"hours": "veel"}, {"skills": []},
])
def test_each_kind_of_bad_record_is_rejected(change):
    report = import_catalogue(provider(), [{**record("A"), **change}])
    assert report.rejected == 1 and not report.written


def test_skip_invalid_writes_the_good_ones_and_returns_the_rejects():
    p = provider()
    report = import_catalogue(p, [record("A"), record("B", cost="-1")], skip_invalid=True)
    assert report.written and report.created == 1 and report.rejected == 1
    where, rec, errors = report.rejected_records[0]
    assert where == "record 2" and rec["course_id"] == "B" and errors[0].field == "cost"


def test_replace_takes_courses_out_of_the_catalogue():
    p = provider()
    import_catalogue(p, [record("A"), record("B")], replace=True)
    report = import_catalogue(p, [record("A")], replace=True)
    assert report.deactivated == 1 and not Course.objects.get(course_id="B").active


def test_database_refuses_negative_cost_and_too_many_free_places():
    p = provider()
    import_catalogue(p, [record("A")])
    with pytest.raises(IntegrityError), transaction.atomic():
        Course.objects.filter(course_id="A").update(cost=-1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Session.objects.filter(course__course_id="A").update(free_places=99)


def test_csv_rows_of_one_course_are_its_sessions():
    skills = "|".join(essential()[:2])
    text = ("course_id,title_nl,skills,hours,cost,modality,municipality,financing,session_id,start,places,free_places\n"
            f"X1,Lassen,{skills},40,100,classroom,9000,learning_account|vov,S1,2027-01-04,10,5\n"
            f"X1,Lassen,{skills},40,100,classroom,9000,learning_account|vov,S2,2027-03-01,10,10\n")
    records = read_csv(text)
    assert len(records) == 1 and len(records[0]["sessions"]) == 2
    report = import_catalogue(provider(), records)
    assert report.created == 1 and Course.objects.get(course_id="X1").vov and Course.objects.get(course_id="X1").municipality_id == "44021"


def test_cli_all_or_nothing_then_skip_invalid_with_rejects(tmp_path, capsys):
    p = provider(code="cli-provider")
    source = tmp_path / "catalogue.json"
    source.write_text(json.dumps({"courses": [record("A"), record("B", hours=-3)]}), encoding="utf-8")
    assert main(["training", "import", str(source), "--provider", "cli-provider"]) == 1
    err = capsys.readouterr().err
    assert "record 2, hours" in err and "nothing was written" in err and not Course.objects.filter(provider=p).exists()
    rejects = tmp_path / "rejects.jsonl"
    assert main(["training", "import", str(source), "--provider", "cli-provider", "--skip-invalid", "--rejects", str(rejects)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["created"] == 1 and out["rejected"] == 1
    line = json.loads(rejects.read_text(encoding="utf-8").splitlines()[0])
    assert line["where"] == "record 2" and line["errors"][0]["field"] == "hours" and line["record"]["course_id"] == "B"
    assert main(["training", "import", str(source), "--provider", "cli-provider", "--skip-invalid"]) == 0
    assert json.loads(capsys.readouterr().out)["unchanged"] == 1


def test_cli_csv_file_and_unknown_provider(tmp_path, capsys):
    provider(code="csv-provider")
    source = tmp_path / "catalogue.csv"
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["course_id", "title_nl", "skills", "hours", "cost", "modality", "municipality", "session_id", "start", "places", "free_places"])
    writer.writerow(["K1", "Heftruck", essential()[0], "16", "80.00", "online", "", "S1", "2027-02-01", "30", "30"])
    source.write_text(buffer.getvalue(), encoding="utf-8")
    assert main(["training", "import", str(source), "--provider", "nobody"]) == 2
    assert main(["training", "import", str(source), "--provider", "csv-provider"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1


def test_the_summary_of_rejected_records_agrees_in_number():
    """Walk of issue 13: "1 van de 2 opleidingen zijn ongeldig" (page and API)."""
    from werkregie.training.importer import Report, rejected_summary

    assert rejected_summary(Report(records=2, rejected=1)) == "1 van de 2 opleidingen is ongeldig; er is niets bewaard."
    assert rejected_summary(Report(records=3, rejected=2)) == "2 van de 3 opleidingen zijn ongeldig; er is niets bewaard."
