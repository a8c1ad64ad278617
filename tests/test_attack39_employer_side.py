"""Walk and attack of stop 39 on the employer side (issue 12) and the day's pages (issue 16), each finding as a test:
a boolean read as a number, a title mixing scripts, the platform's own source name and a partner's vacancy closed by
the employer its KBO number named, an unknown step answered as a refused one, a feedback reason without its choices,
a membership conflict naming an employer never asked, a sector organisation refused a division of its own sector,
a vacancy's text not marked with its language on a page in another, hours with a decimal comma, the skills' error
beside the wrong field, the employer's own skills left unticked, the feedback note and the language reason unseen."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.utils import translation

from werkregie.accounts.models import Role
from werkregie.core.identifiers import make_kbo
from werkregie.organisations.models import EmployerMembership, MembershipState, OrganisationKind
from werkregie.vacancies import jobposting
from werkregie.vacancies.exchange import import_records
from werkregie.vacancies.models import Vacancy

from . import factories as f
from .test_matching_platform import bearer, vacancy
from .test_sector_organisation import sector_org
from .test_vacancies_intake import _vacancy, employer, post  # noqa: F401 (fixture)
from .test_vacancies_round2 import api, applied, world  # noqa: F401 (fixture)


def _web(user) -> Client:  # noqa: ANN001
    client = Client()
    client.force_login(user)
    return client


def test_a_boolean_is_no_number(employer):  # noqa: F811
    response = post(employer["boss"], "/api/v1/vacancies", _vacancy(hours_per_week=True))
    assert response.status_code == 422, response.content
    assert [e["field"] for e in response.json()["errors"]] == ["hours_per_week"]
    assert not Vacancy.objects.filter(employer=employer["org"]).exists()
    assert post(employer["boss"], "/api/v1/vacancies", _vacancy(hours_per_week=37.5)).status_code == 201


def test_a_title_that_mixes_scripts_is_refused_in_the_intake_and_the_import(employer):  # noqa: F811
    lookalike = "\u041c\u0435tselaar"  # Cyrillic М and е, then Latin letters: reads "Metselaar"
    response = post(employer["boss"], "/api/v1/vacancies", _vacancy(title=lookalike))
    assert response.status_code == 422 and "verschillende schriften" in json.dumps(response.json(), ensure_ascii=False)
    assert post(employer["boss"], "/api/v1/vacancies", _vacancy(title="Москва логистика")).status_code == 201  # one script is fine
    record = {"@type": "JobPosting", "identifier": {"value": "M-1"}, "title": lookalike,
              "hiringOrganization": {"name": "Forem nv", "identifier": f"BE{make_kbo(4242)}"},
              "jobLocation": {"address": {"postalCode": "9000", "addressLocality": "Gent"}}, "employmentType": ["FULL_TIME"]}
    from werkregie.vacancies.exchange import ImportRefused

    with pytest.raises(ImportRefused) as refused:
        import_records([json.dumps(record)], "forem")
    assert [e.field for e in refused.value.report.errors] == ["title"]


def test_the_platforms_own_source_name_is_refused_and_a_partners_copy_is_not_the_employers_to_close(db, ref):
    org = f.organisation(OrganisationKind.EMPLOYER, name="Bouwbedrijf De Schelde nv")
    boss, admin = f.user(Role.EMPLOYER, org), f.user(Role.ADMIN)
    own = vacancy(org, state="published", open=True)
    line = json.dumps({**jobposting.job_posting(own), "identifier": {"value": "K1"}, "title": "Metselaar"})
    refused = Client().post("/api/v1/vacancies/import", {"source": "werkregie", "records": [json.loads(line)]},
                            content_type="application/json", **bearer(admin))
    assert refused.status_code == 422 and "source" in json.dumps(refused.json())
    import_records([line], "forem")
    copy = Vacancy.objects.get(source="forem", source_id="K1")
    assert copy.employer_id == org.pk
    moved = Client().post(f"/api/v1/vacancies/{copy.pk}/lifecycle", {"transition": "close", "version": copy.version},
                          content_type="application/json", **bearer(boss))
    assert moved.status_code == 403 and Vacancy.objects.get(pk=copy.pk).open
    page = _web(boss).get(f"/vacatures/{copy.pk}/").content.decode()
    assert "vacature-uitwisseling van forem" in page and 'name="transition"' not in page
    assert 'name="transition"' in _web(boss).get(f"/vacatures/{own.pk}/").content.decode()  # its own vacancy: the moves


def test_an_unknown_step_is_bad_input_and_a_known_one_out_of_turn_a_conflict(db, ref):
    org = f.organisation(OrganisationKind.EMPLOYER)
    boss = f.user(Role.EMPLOYER, org)
    job = vacancy(org, state="published", open=True)
    move = lambda name: Client().post(f"/api/v1/vacancies/{job.pk}/lifecycle", {"transition": name, "version": job.version},  # noqa: E731
                                      content_type="application/json", **bearer(boss))
    unknown = move("delete")
    assert unknown.status_code == 422 and unknown.json()["errors"][0]["field"] == "transition"
    assert "close" in unknown.json()["errors"][0]["message"]  # what is possible now, by name
    assert move("publish").status_code == 409  # a step of the process, not from this state


def test_an_unknown_feedback_reason_lists_the_choices(world):
    application = applied(world)
    response = api(world["boss"], "post", f"/api/v1/vacancies/applications/{application.pk}/feedback",
                   {"reason": "ugly", "version": application.version})
    assert response.status_code == 422
    message = next(e["message"] for e in response.json()["errors"] if e["field"] == "reason")
    assert "missing_skills" in message and "other_hired" in message


def test_a_second_membership_request_names_the_employer_already_asked(db):
    first, second = f.organisation(OrganisationKind.EMPLOYER, name="Schelde nv", kbo_number=make_kbo(11)), \
        f.organisation(OrganisationKind.EMPLOYER, name="Maas nv", kbo_number=make_kbo(12))
    citizen = f.user(Role.CITIZEN)
    ask = lambda org: Client().post("/api/v1/employers/requests", {"kbo_number": org.kbo_number, "role": "recruiter"},  # noqa: E731
                                    content_type="application/json", **bearer(citizen))
    assert ask(first).status_code == 201
    again = ask(second)
    assert again.status_code == 409 and "lopende aanvraag bij Schelde nv" in again.json()["detail"]
    assert EmployerMembership.objects.filter(user=citizen, state=MembershipState.REQUESTED).count() == 1


def test_a_sector_organisation_reads_a_division_of_its_own_section(db, ref):
    fund = f.user(Role.PARTNER, sector_org("F"))
    assert Client().get("/api/v1/vacancies/sectors", {"sector": "41"}, **bearer(fund)).status_code == 200
    assert Client().get("/api/v1/vacancies/sectors", {"sector": "49"}, **bearer(fund)).status_code == 403


def test_a_vacancys_text_is_marked_with_its_language_on_a_page_in_another(employer):  # noqa: F811
    made = post(employer["boss"], "/api/v1/vacancies", _vacancy(publish=True, language="nl")).json()
    job = Vacancy.objects.get(pk=made["id"])
    assert job.text_language == "nl" and jobposting.job_posting(job)["inLanguage"] == "nl"
    client = _web(employer["citizen"])
    assert 'lang="nl"' not in client.get(f"/vacatures/{job.pk}/").content.decode().split('id="h-vacancy"')[1][:200]
    client.post("/i18n/setlang/", {"language": "fr", "next": "/"})
    html = client.get(f"/vacatures/{job.pk}/").content.decode()
    title = html.split('id="h-vacancy"')[1][:300]
    assert '<span lang="nl">Heftruckchauffeur</span>' in title
    assert '<p lang="nl">Laden en lossen in ons magazijn.</p>' in html
    with translation.override("fr"):
        import_records([json.dumps({**jobposting.job_posting(job), "identifier": {"value": "F-9"}, "inLanguage": "fr",
                                    "title": "Cariste", "description": "Chargement et déchargement."})], "forem")
    assert Vacancy.objects.get(source="forem", source_id="F-9").text_language == "fr"


def test_the_intake_page_reads_hours_with_a_comma_links_the_skills_error_to_the_boxes_and_ticks_the_employers_own(employer):  # noqa: F811
    web = _web(employer["boss"])
    form = {"title": "Heftruckchauffeur", "description": "Je stapelt pallets en bestuurt een heftruck.", "municipality": "44021",
            "hours_per_week": "38,5", "contract": "permanent", "ring_offer": "on"}
    suggested = web.post("/vacatures/nieuw/", {**form, "action": "tick_essential"})
    html = suggested.content.decode()
    assert suggested.status_code == 200, html[:500]
    own = [chunk for chunk in html.split('<div class="choice">') if "uit uw tekst" in chunk]
    assert own and all(" checked" in chunk.split(">")[0] + chunk.split("<label")[0] for chunk in own)
    refused = web.post("/vacatures/nieuw/", {**form, "action": "publish"})  # nothing ticked
    body = refused.content.decode()
    assert refused.status_code == 422 and 'href="#skill-1"' in body and "Bevestig minstens één competentie" in body
    assert 'id="id_extra_skills_error"' not in body  # not beside the free-text field
    assert "uw organisatie" in body  # the ring hint speaks to the employer


def test_the_feedback_note_and_the_language_reason_are_on_the_pages(world):
    application = applied(world)
    done = api(world["boss"], "post", f"/api/v1/vacancies/applications/{application.pk}/feedback",
               {"reason": "other", "note": "Kwam te laat op het gesprek.", "reject": True, "version": application.version})
    assert done.status_code == 201, done.content
    job = world["job"]
    assert "Kwam te laat op het gesprek." in _web(world["boss"]).get(f"/vacatures/{job.pk}/sollicitaties/").content.decode()
    Vacancy.objects.filter(pk=job.pk).update(language_needs=[{"language": "nl", "level": "C1"}],
                                             language_justification="Klantencontact aan de telefoon in het Nederlands.")
    assert "Klantencontact aan de telefoon" in Client().get(f"/vacatures/{job.pk}/").content.decode()


def test_a_misspelled_filter_is_refused_not_ignored(db, ref):
    search = Client().get("/api/v1/vacancies/search", {"hours_min": 50, "q": "lasser"})
    assert search.status_code == 422
    [error] = search.json()["errors"]
    assert error["field"] == "hours_min" and "min_hours" in error["message"]
    assert Client().get("/api/v1/vacancies/search", {"min_hours": 10, "q": "lasser"}).status_code == 200
    feed = Client().get("/api/v1/vacancies/feed", {"since": "2026-11-01T00:00:00+00:00", "limit": 5})
    assert feed.status_code == 422 and feed.json()["errors"][0]["field"] == "limit"
    analyst = f.user(Role.ANALYST)
    gaps = Client().get("/api/v1/vacancies/stats/missed-skills", {"province": "99999"}, **bearer(analyst))
    assert gaps.status_code == 422 and gaps.json()["errors"][0]["field"] == "province"
