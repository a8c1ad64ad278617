"""Issue 12, attack on the exchange's import: a re-import may not move a vacancy (and its applications) to another
employer; an employer name must be the one registered for its KBO number; a value of the wrong JSON type is refused
with its line and field (never read as empty or as the default); identifiers are NFKC text without control characters;
titles and names on one line without control or bidirectional characters; hours from 1 to 60; a wage of at least
€ 100 a month; a refusal says how many errors it does not list."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind, PartnerType
from werkregie.vacancies import checks
from werkregie.vacancies.exchange import ImportRefused, import_records
from werkregie.vacancies.models import Vacancy

from . import factories as f
from .test_matching_platform import bearer
from .test_vacancies_exchange import exported  # noqa: F401 - the fixture


def _refused(records: list[dict], source: str = "forem") -> set[tuple[int, str]]:
    with pytest.raises(ImportRefused) as refused:
        import_records([json.dumps(r) for r in records], source)
    return {(e.line, e.field) for e in refused.value.report.errors}


def test_an_update_cannot_move_a_vacancy_to_another_employer(exported, tmp_path):  # noqa: F811
    _, lines = exported
    import_records(lines, "forem")
    copy = Vacancy.objects.get(source="forem", source_id=json.loads(lines[0])["identifier"]["value"])
    first_employer = copy.employer_id
    other = f.organisation(OrganisationKind.EMPLOYER, name="Andere Werkgever bv")
    moved = json.loads(lines[0])
    moved["hiringOrganization"] = {"@type": "Organization", "name": other.name, "identifier": f"BE{other.kbo_number}"}
    with pytest.raises(ImportRefused) as refused:
        import_records([json.dumps(moved), lines[1]], "forem")
    assert [(e.line, e.field) for e in refused.value.report.errors] == [(1, "hiringOrganization.identifier")]
    copy.refresh_from_db()
    assert copy.employer_id == first_employer
    rejects = tmp_path / "rejects.jsonl"
    report = import_records([json.dumps(moved | {"title": "Verhuisd"}), lines[1]], "forem", skip_invalid=True, rejects=rejects)
    assert report.rejected == 1 and report.unchanged == 1
    copy.refresh_from_db()
    assert copy.employer_id == first_employer and copy.title != "Verhuisd"
    assert json.loads(rejects.read_text())["errors"][0]["field"] == "hiringOrganization.identifier"


def test_a_name_that_is_not_the_registered_employer_of_the_kbo_is_refused(exported):  # noqa: F811
    _, lines = exported
    schelde = f.organisation(OrganisationKind.EMPLOYER, name="Bouwbedrijf De Schelde NV")
    record = json.loads(lines[0]) | {"identifier": {"@type": "PropertyValue", "value": "x-1"}}
    record["hiringOrganization"] = {"@type": "Organization", "name": "Totaal Andere Naam bv", "identifier": f"BE{schelde.kbo_number}"}
    assert _refused([record]) == {(1, "hiringOrganization.name")}
    # the same name written otherwise: case, accents, punctuation and legal form do not count
    for name in ("BOUWBEDRIJF DE SCHELDE", "Bouwbedrijf De Schelde N.V.", "Bouwbedrijf dé Schelde, bvba", "bouwbedrijf de schelde sa"):
        record["hiringOrganization"]["name"] = name
        assert import_records([json.dumps(record)], "forem").rejected == 0
    assert Vacancy.objects.get(source="forem", source_id="x-1").employer_id == schelde.pk
    assert checks.employer_key("Bouwbedrijf De Schelde NV") == checks.employer_key("bouwbedrijf de schelde b.v.")


@pytest.mark.parametrize(("change", "field"), [
    ({"skills": "abc"}, "skills"),
    ({"skills": {"termCode": "http://data.europa.eu/esco/skill/x"}}, "skills"),
    ({"employmentType": 5}, "employmentType"),
    ({"employmentType": [5]}, "employmentType"),
    ({"description": {"text": "x"}}, "description"),
    ({"description": 12}, "description"),
    ({"werkregie:closed": "true"}, "werkregie:closed"),
    ({"werkregie:withdrawn": "true"}, "werkregie:withdrawn"),
    ({"identifier": ["a", "b"]}, "identifier"),
    ({"identifier": {"value": {"x": 1}}}, "identifier.value"),
    ({"identifier": {"value": "a\u202e1"}}, "identifier.value"),
    ({"workHours": "0.5"}, "workHours"),
    ({"workHours": 0.5}, "workHours"),
    ({"workHours": True}, "workHours"),
    ({"title": "Lasser\x00"}, "title"),
    ({"title": "Lasser\x07"}, "title"),
    ({"title": "Lasser \u202eresal"}, "title"),
    ({"title": "Lasser\nTIG"}, "title"),
    ({"title": 12}, "title"),
    ({"description": "Goed\u202e werk"}, "description"),
    ({"baseSalary": {"@type": "MonetaryAmount", "currency": "EUR", "value": {"value": 0.01, "unitText": "MONTH"}}}, "baseSalary"),
    ({"baseSalary": {"value": {"value": 99.99, "unitText": "MONTH"}}}, "baseSalary"),
    ({"baseSalary": "2500"}, "baseSalary"),
    ({"hiringOrganization": "Logistiek"}, "hiringOrganization"),
])
def test_a_value_of_the_wrong_type_or_out_of_bounds_is_refused_with_its_field(exported, change, field):  # noqa: F811
    _, lines = exported
    record = json.loads(lines[0]) | change
    assert (1, field) in _refused([record])
    assert not Vacancy.objects.filter(source="forem").exists()


def test_a_name_with_control_characters_is_refused(exported):  # noqa: F811
    _, lines = exported
    record = json.loads(lines[0])
    record["hiringOrganization"]["name"] = "Logistiek\u202e Gent nv"
    assert (1, "hiringOrganization.name") in _refused([record])


def test_a_full_width_identifier_is_the_same_vacancy(exported):  # noqa: F811
    _, lines = exported
    plain = json.loads(lines[0]) | {"identifier": {"value": "a12-1"}}
    wide = json.loads(lines[0]) | {"identifier": {"value": "ａ12-1"}, "title": "Heftruckchauffeur (dag)"}
    import_records([json.dumps(plain)], "forem")
    report = import_records([json.dumps(wide)], "forem")
    assert (report.created, report.updated) == (0, 1)
    assert list(Vacancy.objects.filter(source="forem").values_list("source_id", "title")) == [("a12-1", "Heftruckchauffeur (dag)")]
    with pytest.raises(ImportRefused) as refused:  # the two in one file are one identifier twice
        import_records([json.dumps(plain), json.dumps(wide)], "adg")
    assert refused.value.report.errors[0].field == "identifier.value"


def test_a_refusal_says_how_many_errors_it_does_not_list(exported):  # noqa: F811
    _, lines = exported
    forem = f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.REGIONAL_SERVICE, name="Le Forem")
    partner = f.user(Role.PARTNER, forem)
    bad = [json.loads(lines[0]) | {"identifier": {"value": f"b{i}"}, "workHours": "0.5"} for i in range(250)]
    answer = Client().post("/api/v1/vacancies/import", {"records": bad}, content_type="application/json", **bearer(partner))
    body = answer.json()
    assert answer.status_code == 422 and len(body["errors"]) == 200
    assert "250 van de 250" in body["detail"] and "nog 50 niet getoond" in body["detail"]
    report = import_records([json.dumps(r) for r in bad] + [lines[1]], "adg", skip_invalid=True)
    assert report.as_dict()["errors_total"] == 250
