"""Issue 12 point 6: the JobPosting exchange's import — export then import round-trips; every bad record is named
(line, field, why) and a bad file writes nothing unless --skip-invalid (then a rejects file); idempotent by (source,
source id); updates and closures; records without an ESCO occupation are normalised by the matching engine."""

from __future__ import annotations

import argparse
import json

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.core.identifiers import make_kbo
from werkregie.organisations.models import Organisation, OrganisationKind, PartnerType
from werkregie.vacancies import cli as vacancies_cli
from werkregie.vacancies import jobposting
from werkregie.vacancies.exchange import ImportRefused, import_records
from werkregie.vacancies.models import Vacancy

from . import factories as f
from .test_matching_platform import CLEANER, SKILLS, TAXONOMY, bearer, vacancy


def _shape(v: Vacancy) -> tuple:
    return (v.title, v.description, v.municipality_id, v.hours_per_week, v.contract, v.monthly_wage, v.occupation_uri,
            sorted(v.skills.values_list("skill_uri", flat=True)), v.employer.kbo_number, v.open)


@pytest.fixture
def exported(db):
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    one = vacancy(employer, monthly_wage=2650, description="Laden en lossen.", contract="fixed_term")
    two = vacancy(employer, municipality="11002", skills=[TAXONOMY.skills[i].uri for i in CLEANER.essential[:3]], occupation_uri=CLEANER.uri,
                  title="Schoonmaker", hours_per_week=20)
    return [one, two], [json.dumps(jobposting.job_posting(v)) for v in (one, two)]


def test_export_then_import_round_trips_and_is_idempotent(exported):
    originals, lines = exported
    report = import_records(lines, "forem")
    assert (report.created, report.updated, report.rejected, report.with_occupation) == (2, 0, 0, 2)
    for original in originals:
        copy = Vacancy.objects.get(source="forem", source_id=str(original.pk))
        assert _shape(copy) == _shape(original)
        assert copy.search_text  # found by the public search
    again = import_records(lines, "forem")
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2) and Vacancy.objects.filter(source="forem").count() == 2


def test_updates_and_closures(exported):
    originals, lines = exported
    import_records(lines, "forem")
    changed = json.loads(lines[0]) | {"title": "Heftruckchauffeur (nacht)"}
    closed = json.loads(lines[1]) | {"validThrough": "2020-01-01"}
    report = import_records([json.dumps(changed), json.dumps(closed)], "forem")
    assert report.updated == 2 and report.closed == 1
    assert Vacancy.objects.get(source="forem", source_id=str(originals[0].pk)).title == "Heftruckchauffeur (nacht)"
    gone = Vacancy.objects.get(source="forem", source_id=str(originals[1].pk))
    assert not gone.open and gone.state == "closed"


def test_bad_records_are_named_and_nothing_is_written(exported, tmp_path):
    _, lines = exported
    bad = json.loads(lines[0]) | {"workHours": "90 h/week", "skills": [{"termCode": "http://data.europa.eu/esco/skill/nope"}]}
    bad["hiringOrganization"] = {"name": "X", "identifier": "BE0123456789"}
    worse = "{not json"
    with pytest.raises(ImportRefused) as refused:
        import_records([lines[1], json.dumps(bad), worse], "actiris")
    errors = {(e.line, e.field) for e in refused.value.report.errors}
    assert {(2, "workHours"), (2, "skills[0]"), (2, "hiringOrganization.identifier"), (3, "")} <= errors
    assert not Vacancy.objects.filter(source="actiris").exists()
    rejects = tmp_path / "rejects.jsonl"
    report = import_records([lines[1], json.dumps(bad), worse], "actiris", skip_invalid=True, rejects=rejects)
    assert report.created == 1 and report.rejected == 2
    written = [json.loads(x) for x in rejects.read_text().splitlines()]
    assert [w["line"] for w in written] == [2, 3] and any(e["field"] == "workHours" for e in written[0]["errors"])
    duplicate = import_records([lines[1], lines[1]], "adg", skip_invalid=True)
    assert duplicate.created == 1 and duplicate.errors[0].field == "identifier.value"


def test_records_without_an_occupation_are_normalised(db):
    kbo = make_kbo(4242)
    record = {"@type": "JobPosting", "identifier": {"value": "F-1"}, "title": "Heftruckchauffeur", "hiringOrganization": {"name": "Forem nv",
              "identifier": f"BE{kbo}"}, "jobLocation": {"address": {"postalCode": "9000", "addressLocality": "Gent"}},
              "employmentType": ["PART_TIME"], "workHours": "30 h/week", "baseSalary": {"value": {"value": 30000, "unitText": "YEAR"}}}
    report = import_records([json.dumps(record)], "forem")
    assert report.normalised == 1 and report.with_occupation == 0
    made = Vacancy.objects.get(source="forem", source_id="F-1")
    assert made.occupation_uri.startswith("http://data.europa.eu/esco/occupation/") and made.municipality_id == "44021"
    assert made.monthly_wage == 2500 and made.hours_per_week == 30
    assert Organisation.objects.get(kbo_number=kbo).kind == OrganisationKind.EMPLOYER


def test_cli_and_api(exported, tmp_path, monkeypatch, capsys):
    _, lines = exported
    file = tmp_path / "forem.jsonl"
    file.write_text("\n".join(lines) + "\n{broken\n")
    monkeypatch.setattr("werkregie.cli.migrate", lambda *a, **k: None)
    args = argparse.Namespace(file=str(file), source=None, skip_invalid=False, rejects=None)
    assert vacancies_cli.cmd_import_vacancies(args) == 1
    assert "line 3" in capsys.readouterr().err and not Vacancy.objects.filter(source="forem").exists()
    args.skip_invalid = True
    assert vacancies_cli.cmd_import_vacancies(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["created"] == 2 and out["rejected"] == 1 and (tmp_path / "forem.rejects.jsonl").exists()
    # the API: a regional service imports as itself; an employer may not
    forem = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.REGIONAL_SERVICE, name="Le Forem")
    partner = f.user(Role.PARTNER, forem)
    client = Client()
    body = {"records": [json.loads(x) for x in lines]}
    ok = client.post("/api/v1/vacancies/import", body, content_type="application/json", **bearer(partner))
    assert ok.status_code == 200 and ok.json()["created"] == 2
    assert Vacancy.objects.filter(source=f"partner-{forem.pk}").count() == 2
    bad = client.post("/api/v1/vacancies/import", {"records": [{"@type": "JobPosting"}]}, content_type="application/json", **bearer(partner))
    assert bad.status_code == 422 and bad.json()["errors"][0]["field"].startswith("records[0].")
    employer = f.user(Role.EMPLOYER, f.organisation(OrganisationKind.EMPLOYER))
    assert client.post("/api/v1/vacancies/import", body, content_type="application/json", **bearer(employer)).status_code == 403
    assert SKILLS  # the shared fixtures' skills are ESCO skills the import knows
