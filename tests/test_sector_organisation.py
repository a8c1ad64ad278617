"""Issue 12 point 8: employers' sector organisations (a sectoral training fund such as Constructiv for construction) see
the sector view and the missed competences of the sector(s) they represent, by default and only those: another
sector is refused with a 403 saying why; a partner of another type sees none of it."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.core.errors import Forbidden
from werkregie.organisations import represented
from werkregie.organisations.models import Organisation, OrganisationKind, PartnerType
from werkregie.vacancies import feedback as feedback_cases
from werkregie.vacancies import sectors
from werkregie.vacancies.models import Application, ApplicationFeedback
from werkregie.web.nav import menu_for

from . import factories as f
from .test_matching_platform import NOW, SKILLS, bearer, seeker, vacancy

SECTORS_URL, GAPS_URL = "/vacatures/sectoren/", "/vacatures/gemiste-competenties/"


def sector_org(codes: str = "F", name: str = "Constructiv") -> Organisation:
    return f.organisation(OrganisationKind.PARTNER, partner_type=PartnerType.SECTOR_ORGANISATION, sectors=codes, name=name)


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def world(db):
    builder = f.organisation(OrganisationKind.EMPLOYER, name="Bouw Gent nv", nace_code="41.201")
    carrier = f.organisation(OrganisationKind.EMPLOYER, name="Transport Gent nv", nace_code="49.410")
    for _ in range(3):
        vacancy(builder, skills=SKILLS[:2])
    vacancy(carrier, skills=SKILLS[2:4])
    return {"builder": builder, "carrier": carrier, "fund": f.user(Role.PARTNER, sector_org("F"))}


# the model: which sectors, written how

def test_sectors_are_sections_or_divisions_without_overlap():
    assert represented.normalise_sectors(" f, 28 ,f") == "F,28"
    assert represented.sectors_problem("F,28") is None and represented.sectors_problem("C, 49") is None
    assert "geen NACE-sectie" in represented.sectors_problem("Z")
    assert "geen NACE-sectie" in represented.sectors_problem("04")  # no such division
    assert "valt samen" in represented.sectors_problem("C,28")  # 28 lies inside section C: counted twice
    assert represented.label("F") == "Bouwnijverheid" and represented.label("28") == "NACE 28 (Industrie)"


def test_a_sector_organisation_needs_its_sectors(db):
    org = Organisation(kind=OrganisationKind.PARTNER, partner_type=PartnerType.SECTOR_ORGANISATION, name="Volta")
    with pytest.raises(ValidationError) as found:
        org.full_clean()
    assert "sectors" in found.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        org.save()
    other = Organisation(kind=OrganisationKind.PARTNER, partner_type=PartnerType.MUTUALITY, name="Ziekenfonds", sectors="F")
    with pytest.raises(ValidationError):
        other.full_clean()
    agoria = Organisation(kind=OrganisationKind.PARTNER, partner_type=PartnerType.SECTOR_ORGANISATION, name="Agoria", sectors="24, 25,28")
    agoria.full_clean()
    agoria.save()
    assert Organisation.objects.get(pk=agoria.pk).sectors == "24,25,28" and agoria.is_sector_organisation


# the sector view: own sector by default, another refused

def test_the_sector_view_defaults_to_the_own_sector_and_refuses_another(world):
    principal = f.principal(world["fund"])
    view = sectors.view(principal)
    assert view.vacancies == 3 and view.section_label == "Bouwnijverheid" and view.sections == [("F", "Bouwnijverheid")]
    assert {r.uri for r in view.skills if r.demand} == set(SKILLS[:2])  # the carrier's competences are not its sector's
    assert sectors.view(principal, "F").vacancies == 3
    with pytest.raises(Forbidden) as refused:
        sectors.view(principal, "H")
    assert "Bouwnijverheid" in refused.value.detail and "(H)" in refused.value.detail
    analyst = sectors.view(f.principal(f.user(Role.ANALYST)))
    assert analyst.vacancies == 4 and analyst.section_label == "alle sectoren"  # the other readers: unchanged


def test_several_sectors_together_by_default_or_one_of_them(world):
    fund = f.user(Role.PARTNER, sector_org("F,49", name="Fonds"))
    principal = f.principal(fund)
    assert sectors.view(principal).vacancies == 4 and sectors.view(principal).section_label == "Bouwnijverheid, NACE 49 (Vervoer en opslag)"
    assert sectors.view(principal, "49").vacancies == 1
    with pytest.raises(Forbidden):
        sectors.view(principal, "H")  # the whole section H is more than its division 49


def test_other_partners_see_no_sector_figures(world):
    mutuality = f.user(Role.PARTNER)
    with pytest.raises(Forbidden):
        sectors.view(f.principal(mutuality))
    assert logged_in(mutuality).get(SECTORS_URL).status_code == 403
    assert Client().get("/api/v1/vacancies/sectors", **bearer(mutuality)).status_code == 403
    assert not any(entry.url_name in ("vacancy_sectors", "vacancy_missed_skills") for entry, _url in menu_for(mutuality))


def test_the_page_its_csv_and_the_403_for_another_sector(world):
    client = logged_in(world["fund"])
    page = client.get(SECTORS_URL)
    html = page.content.decode()
    assert page.status_code == 200 and "Bouwnijverheid, heel Vlaanderen: 3 openstaande vacatures" in html and "<svg" in html
    assert 'value="H"' not in html  # the form offers only its own sector
    csv_text = client.get(SECTORS_URL, {"formaat": "csv"}).content.decode("utf-8-sig")
    assert csv_text.splitlines()[0].startswith("Sector;Provincie;Competentie") and csv_text.splitlines()[1].startswith("Bouwnijverheid;")
    refused = client.get(SECTORS_URL, {"sector": "H"})
    assert refused.status_code == 403 and "Geen toegang" in refused.content.decode() and "vertegenwoordigt Bouwnijverheid" in refused.content.decode()
    assert client.get(SECTORS_URL, {"sector": "H", "formaat": "csv"}).status_code == 403


def test_the_api_answers_the_own_sector_and_a_problem_for_another(world):
    api = Client()
    body = api.get("/api/v1/vacancies/sectors", **bearer(world["fund"])).json()
    assert body["sector"] == "" and body["sector_label"] == "Bouwnijverheid" and body["vacancies"] == 3
    refused = api.get("/api/v1/vacancies/sectors", {"sector": "H"}, **bearer(world["fund"]))
    assert refused.status_code == 403 and refused["Content-Type"] == "application/problem+json"
    assert "Bouwnijverheid" in refused.json()["detail"]


# the missed competences: its sector's feedback only, small cells hidden

def _missed(vacancy_of, skill: str, times: int) -> None:
    from werkregie.vacancies.models import Vacancy

    job = Vacancy.objects.filter(employer=vacancy_of).first()
    for _ in range(times):
        a = feedback_cases.wf.create(Application, feedback_cases.wf.PLATFORM, vacancy=job, person=seeker(SKILLS[:1]), origin="applied")
        ApplicationFeedback.objects.create(application=a, stage="rejected", reason="missing_skills", missing_skills=[skill], given_at=NOW)


def test_missed_competences_of_the_own_sector_only(world, settings):
    settings.WERKREGIE_SUPPRESS_BELOW = 3
    _missed(world["builder"], SKILLS[1], 4)
    _missed(world["builder"], SKILLS[0], 1)
    _missed(world["carrier"], SKILLS[3], 5)
    rows = Client().get("/api/v1/vacancies/stats/missed-skills", **bearer(world["fund"])).json()
    assert {r["skill_uri"]: r["count"] for r in rows} == {SKILLS[1]: 4, SKILLS[0]: None}  # the carrier's feedback is not its sector's
    assert Client().get("/api/v1/vacancies/stats/missed-skills", {"sector": "H"}, **bearer(world["fund"])).status_code == 403
    html = logged_in(world["fund"]).get(GAPS_URL).content.decode()
    assert "Vacatures van werkgevers in Bouwnijverheid" in html and ">4</td>" in html and "minder dan 3" in html
    assert logged_in(world["fund"]).get(GAPS_URL, {"sector": "H"}).status_code == 403
    analyst = Client().get("/api/v1/vacancies/stats/missed-skills", **bearer(f.user(Role.ANALYST))).json()
    assert {r["skill_uri"] for r in analyst} == {SKILLS[0], SKILLS[1], SKILLS[3]}  # the others: every sector, as before
    assert Client().get("/api/v1/vacancies/stats/missed-skills", {"sector": "F"}, **bearer(f.user(Role.ANALYST))).status_code == 422


def test_several_sectors_hide_what_one_of_them_would_give_away(world, settings):
    """Two sectors together (4 + 1 = 5, shown) and each alone: the one alone (1) hidden, so the other must be too, else
    5 − 4 gives it."""
    settings.WERKREGIE_SUPPRESS_BELOW = 3
    fund = f.user(Role.PARTNER, sector_org("F,49", name="Fonds"))
    _missed(world["builder"], SKILLS[1], 4)
    _missed(world["carrier"], SKILLS[1], 1)
    views = {code: {r["skill_uri"]: r["count"] for r in Client().get("/api/v1/vacancies/stats/missed-skills", {"sector": code}, **bearer(fund)).json()}
             for code in ("", "F", "49")}
    assert views[""][SKILLS[1]] == 5 and views["49"][SKILLS[1]] is None and views["F"][SKILLS[1]] is None


def test_the_menu_of_a_sector_organisation(world):
    names = [entry.url_name for entry, _url in menu_for(world["fund"])]
    assert names == ["vacancy_sectors", "vacancy_missed_skills"]
    assert logged_in(world["fund"]).get("/").url == SECTORS_URL  # it lands on its sector's view
