"""The vacancy page and applications (issue 16 point 3, issue 12 points 3–4): each vacancy has a page with JobPosting
markup and the fit for the job seeker; applying; the declared application workflow with every move logged and sent to
the person's inbox; one-click feedback into the person's file, the counsellor's worklist and the skill-gap statistic;
and who may see what."""

from __future__ import annotations

import json
import re

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.core.identifiers import format_insz
from werkregie.matching.models import PersonSkill
from werkregie.messaging.models import Message
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies import feedback as feedback_cases
from werkregie.vacancies.models import Application, ApplicationFeedback, ApplicationState
from werkregie.workflows.models import TransitionLog
from werkregie.workflows.tables import REGISTRY
from werkregie.worklist.models import Task

from . import factories as f
from .test_matching_platform import CLEANER, NOW, SKILLS, TAXONOMY, bearer, seeker, vacancy


@pytest.fixture
def world(db, settings):
    settings.TASKS_SYNC = True
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    other_employer = f.organisation(OrganisationKind.EMPLOYER, name="Andere bv")
    boss = f.user(Role.EMPLOYER, employer)
    other_boss = f.user(Role.EMPLOYER, other_employer)
    person = seeker(SKILLS[:2], team=team, counsellor=counsellor)
    citizen = f.user(Role.CITIZEN, person=person)
    job = vacancy(employer, monthly_wage=2650, description="Laden en lossen <script>alert(1)</script> in ons magazijn.")
    cleaning = vacancy(other_employer, skills=[TAXONOMY.skills[i].uri for i in CLEANER.essential[:3]], occupation_uri=CLEANER.uri,
                       title="Schoonmaker")
    return {"team": team, "counsellor": counsellor, "employer": employer, "boss": boss, "other_boss": other_boss, "person": person,
            "citizen": citizen, "job": job, "cleaning": cleaning}


def logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def json_ld(html: str) -> dict:
    [found] = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return json.loads(found)


def test_vacancy_page_shows_everything_and_the_fit(world):
    response = logged_in(world["citizen"]).get(f"/vacatures/{world['job'].pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in ("Heftruckchauffeur", "Logistiek Gent nv", "Gent", "38 u per week", "Vast contract", "2.650,00", "Laden en lossen",
                 "u hebt deze competentie", "nog niet in uw profiel", "Score", "Solliciteren", "Vraag het mijn bemiddelaar"):
        assert text in html, text
    assert "<script>alert(1)</script>" not in html  # the description is escaped, in the page and in the JSON-LD
    posting = json_ld(html)
    assert posting["@type"] == "JobPosting" and posting["title"] == "Heftruckchauffeur"
    assert posting["hiringOrganization"]["name"] == "Logistiek Gent nv"
    assert posting["occupationalCategory"][0].startswith("http://data.europa.eu/esco/occupation/")
    assert posting["occupationalCategory"][1].startswith("ISCO-08 ")
    assert posting["jobLocation"]["address"]["addressLocality"] == "Gent" and posting["jobLocation"]["identifier"]["value"] == "44021"
    assert posting["baseSalary"]["value"]["value"] == 2650.0 and len(posting["skills"]) == 4
    assert "<script>alert(1)</script>" in posting["description"] and "<" not in html.split('ld+json">')[1].split("</script>")[0]
    # the fit is the person's own data: logged as their own read
    assert AccessLogEntry.objects.filter(person_id=world["person"].pk, what__startswith="matching: vacature").exists()


def test_vacancy_page_for_visitors_and_employers(world):
    anonymous = Client().get(f"/vacatures/{world['job'].pk}/")
    assert anonymous.status_code == 200 and "Aanmelden" in anonymous.content.decode() and "Score" not in anonymous.content.decode()
    assert logged_in(world["boss"]).get(f"/vacatures/{world['job'].pk}/").status_code == 200
    # another employer reads the public view of a published vacancy, as in the public search (issue 12 attack);
    # what is not published stays 404 for it (below, and tests/test_vacancies_employer_api.py)
    other = logged_in(world["other_boss"]).get(f"/vacatures/{world['job'].pk}/")
    assert other.status_code == 200 and "sollicitaties" not in other.content.decode().lower()
    world["job"].open = False
    world["job"].save()
    assert Client().get(f"/vacatures/{world['job'].pk}/").status_code == 404
    assert logged_in(world["other_boss"]).get(f"/vacatures/{world['job'].pk}/").status_code == 404  # never another's unpublished one
    assert logged_in(world["counsellor"]).get(f"/vacatures/{world['job'].pk}/").status_code == 200
    assert Client().get("/vacatures/999999/").status_code == 404


def test_vacancy_page_in_french_and_english(world):
    client = logged_in(world["citizen"])
    fr = client.get(f"/vacatures/{world['job'].pk}/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    en = client.get(f"/vacatures/{world['job'].pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Postuler" in fr and "Apply" in en


def test_my_vacancies_links_to_the_page_and_hides_poor_matches(world):
    html = logged_in(world["citizen"]).get("/mijn-vacatures/").content.decode()
    assert f'href="/vacatures/{world["job"].pk}/"' in html
    assert "Schoonmaker" not in html  # scores under the threshold: no skill, no related occupation
    assert "We vonden maar 1 vacature" in html
    assert html.index("Mijn voorkeuren") < html.index('id="h-results"')


def test_apply_then_the_workflow_with_logs_and_messages(world):
    client = logged_in(world["citizen"])
    response = client.post(f"/vacatures/{world['job'].pk}/", {"form": "apply"}, follow=True)
    assert "Uw sollicitatie is verstuurd" in response.content.decode()
    application = Application.objects.get(vacancy=world["job"], person=world["person"])
    assert application.state == ApplicationState.APPLIED
    assert client.post(f"/vacatures/{world['job'].pk}/", {"form": "apply"}).status_code == 302  # a second time: refused with a message
    assert Application.objects.filter(vacancy=world["job"]).count() == 1
    boss = Client()
    for name in ("invite", "offer", "hire"):
        application.refresh_from_db()
        response = boss.post(f"/api/v1/vacancies/applications/{application.pk}/transitions", {"transition": name, "version": application.version},
                             content_type="application/json", **bearer(world["boss"]))
        assert response.status_code == 200, response.content
    assert response.json()["state"] == "hired" and response.json()["transitions"] == []
    log = list(TransitionLog.objects.filter(workflow="application", object_id=application.pk).values_list("transition", "actor_role"))
    assert log == [("create", "citizen"), ("apply", "citizen"), ("invite", "employer"), ("offer", "employer"), ("hire", "employer")]
    inbox = Message.objects.filter(person=world["person"], template_key="vacancies.application_state")
    assert inbox.count() == 4 and "Proficiat" in inbox.order_by("-pk").first().body
    world["job"].open = False
    world["job"].save()
    assert client.get(f"/vacatures/{world['job'].pk}/").status_code == 200  # the applicant keeps seeing it, with its history
    assert Client().get(f"/vacatures/{world['job'].pk}/").status_code == 404


def test_workflow_roles_and_versions(world):
    application = Application.objects.create(vacancy=world["job"], person=world["person"], origin="applied")
    url = f"/api/v1/vacancies/applications/{application.pk}/transitions"
    # the job seeker cannot hire themselves; another employer cannot even see the application
    v = application.version  # sent with every edit: versions are required (issue 17); the stale one below is refused
    assert Client().post(url, {"transition": "invite", "version": v}, content_type="application/json", **bearer(world["citizen"])).status_code == 403
    assert Client().post(url, {"transition": "invite", "version": v}, content_type="application/json", **bearer(world["other_boss"])).status_code == 404
    assert Client().post(url, {"transition": "hire", "version": v}, content_type="application/json", **bearer(world["boss"])).status_code == 409
    assert Client().post(url, {"transition": "invite", "version": 7}, content_type="application/json", **bearer(world["boss"])).status_code == 409
    assert Client().post(url, {"transition": 3, "version": v}, content_type="application/json", **bearer(world["boss"])).status_code in (400, 409, 422)
    withdraw = Client().post(url, {"transition": "withdraw", "version": v}, content_type="application/json", **bearer(world["citizen"]))
    assert withdraw.status_code == 200 and withdraw.json()["state"] == "withdrawn" and withdraw.json()["person"] is None


def test_the_table_is_declared():
    table = REGISTRY["application"]
    assert set(table.states) == {"proposed", "interested", "applied", "interview", "offer", "hired", "rejected", "withdrawn"}
    assert table.terminal == {"hired", "rejected", "withdrawn"} and table.initial == "proposed"
    assert all(not t.allows(Role.EMPLOYER) for t in table.transitions if t.name in ("apply", "interest", "withdraw"))


def test_ask_the_counsellor_makes_a_task(world):
    response = logged_in(world["citizen"]).post(f"/vacatures/{world['job'].pk}/", {"form": "question", "question": "Is dit in ploegen?"}, follow=True)
    assert "Uw vraag is naar uw bemiddelaar gestuurd" in response.content.decode()
    task = Task.objects.get(key=f"vacancy-question:{world['job'].pk}:{world['person'].pk}")
    assert task.counsellor == world["counsellor"] and task.detail == "Is dit in ploegen?"


def _interviewed(world) -> Application:
    application = Application.objects.create(vacancy=world["job"], person=world["person"], origin="applied")
    return feedback_cases.wf.transition(application, "invite", feedback_cases.wf.PLATFORM.__class__(world["boss"].pk, Role.EMPLOYER, "boss"))


def test_one_click_feedback_reaches_file_worklist_and_inbox(world):
    application = _interviewed(world)
    page = logged_in(world["boss"]).get(f"/sollicitaties/{application.pk}/terugkoppeling/")
    assert page.status_code == 200 and "Ontbrekende competenties" in page.content.decode()
    response = logged_in(world["boss"]).post(f"/sollicitaties/{application.pk}/terugkoppeling/", {
        "reason": "missing_skills", "missing_skills": [SKILLS[2], SKILLS[3]], "note": "Geen ervaring met reachtrucks.", "reject": "on",
        "version": application.version}, follow=True)
    assert "De terugkoppeling is bewaard" in response.content.decode()
    application.refresh_from_db()
    assert application.state == "rejected"
    saved = ApplicationFeedback.objects.get(application=application)
    assert saved.missing_skills == [SKILLS[2], SKILLS[3]] and saved.given_by == world["boss"]
    task = Task.objects.get(key=f"employer-feedback:{application.pk}")
    assert task.kind == "employer_feedback" and task.counsellor == world["counsellor"] and "reachtrucks" in task.detail
    message = Message.objects.get(person=world["person"], template_key="vacancies.feedback")
    assert "meer ervaring" in message.body and "reachtrucks" not in message.body  # respectful, the note stays with the counsellor
    file = logged_in(world["counsellor"]).get(f"/personen/{world['person'].pk}/vacatures/").content.decode()
    assert "Sollicitaties en terugkoppeling van werkgevers" in file and "Ontbrekende competenties" in file and "reachtrucks" in file
    citizen_page = logged_in(world["citizen"]).get(f"/vacatures/{world['job'].pk}/").content.decode()
    assert "Terugkoppeling van de werkgever" in citizen_page and "reachtrucks" not in citizen_page


def test_feedback_is_checked(world):
    application = _interviewed(world)
    client = Client()
    url = f"/api/v1/vacancies/applications/{application.pk}/feedback"

    def post(body, user=world["boss"]):  # noqa: ANN001, ANN202 - with the current version (required since issue 17)
        body = {**body, "version": Application.objects.get(pk=application.pk).version}
        return client.post(url, body, content_type="application/json", **bearer(user))

    bad = post({"reason": "missing_skills", "missing_skills": ["http://data.europa.eu/esco/skill/not-asked"]})
    assert bad.status_code == 422 and bad["Content-Type"].startswith("application/problem+json")
    assert post({"reason": "missing_skills"}).status_code == 422
    assert post({"reason": "language", "missing_skills": [SKILLS[0]]}).status_code == 422
    assert post({"reason": "rude"}).status_code == 422
    assert post({"reason": "language"}, world["other_boss"]).status_code == 404
    assert post({"reason": "language"}, world["citizen"]).status_code == 403
    ok = post({"reason": "no_show"})
    assert ok.status_code == 201 and ok.json()["state"] == "interview" and ok.json()["feedback"][0]["reason"] == "no_show"
    assert ApplicationFeedback.objects.count() == 1


def test_skill_gap_statistic_is_suppressed(world, settings):
    settings.WERKREGIE_SUPPRESS_BELOW = 3
    for _ in range(3):
        p = seeker(SKILLS[:1])
        a = feedback_cases.wf.create(Application, feedback_cases.wf.PLATFORM, vacancy=world["job"], person=p, origin="applied")
        ApplicationFeedback.objects.create(application=a, stage="rejected", reason="missing_skills", missing_skills=[SKILLS[1]], given_at=NOW)
    ApplicationFeedback.objects.create(application=a, stage="rejected", reason="missing_skills", missing_skills=[SKILLS[2]], given_at=NOW)
    rows = {r["skill_uri"]: r for r in feedback_cases.skill_gap_statistic()}
    assert rows[SKILLS[1]]["count"] == 3 and rows[SKILLS[1]]["province"] == "Provincie Oost-Vlaanderen"
    assert rows[SKILLS[2]]["count"] is None
    response = Client().get("/api/v1/vacancies/stats/missed-skills", **bearer(world["counsellor"]))
    assert response.status_code == 200 and len(response.json()) == 2
    assert Client().get("/api/v1/vacancies/stats/missed-skills", **bearer(world["boss"])).status_code == 403


def test_employer_applications_page_and_api_show_no_insz_or_status(world):
    Application.objects.create(vacancy=world["job"], person=world["person"], origin="applied")
    other = seeker(SKILLS[:1])
    Application.objects.create(vacancy=world["cleaning"], person=other, origin="applied")
    html = logged_in(world["boss"]).get(f"/vacatures/{world['job'].pk}/sollicitaties/").content.decode()
    assert world["person"].last_name in html and world["person"].insz not in html and format_insz(world["person"].insz) not in html and "uitkering" not in html.lower()
    assert other.last_name not in html
    assert logged_in(world["boss"]).get(f"/vacatures/{world['cleaning'].pk}/sollicitaties/").status_code == 404
    assert logged_in(world["citizen"]).get(f"/vacatures/{world['job'].pk}/sollicitaties/").status_code == 403
    api = Client().get(f"/api/v1/vacancies/{world['job'].pk}/applications", **bearer(world["boss"])).json()
    assert [a["person"]["last_name"] for a in api] == [world["person"].last_name] and "insz" not in json.dumps(api)
    assert Client().get(f"/api/v1/vacancies/{world['cleaning'].pk}/applications", **bearer(world["boss"])).status_code == 404
    assert AccessLogEntry.objects.filter(person_id=world["person"].pk, purpose="recruitment", what__startswith="sollicitaties").count() == 2


def test_vacancy_api_for_the_job_seeker(world):
    PersonSkill.objects.create(person=world["person"], skill_uri=SKILLS[3], source="declared", added_at=NOW)
    response = Client().get(f"/api/v1/vacancies/{world['job'].pk}", **bearer(world["citizen"]))
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["fit"]["score"] > 0 and [s["has"] for s in body["skills"]].count(True) == 3
    assert body["job_posting"]["@type"] == "JobPosting" and body["application"] is None
    applied = Client().post(f"/api/v1/vacancies/{world['job'].pk}/apply", {}, content_type="application/json", **bearer(world["citizen"]))
    assert applied.status_code == 201 and applied.json()["state"] == "applied" and "withdraw" in applied.json()["transitions"]
    other = Client().get(f"/api/v1/vacancies/{world['job'].pk}", **bearer(world["other_boss"]))  # the public view, no private fields
    assert other.status_code == 200 and other.json()["application"] is None and other.json()["version"] is None
    assert Client().get("/api/v1/vacancies/applications/mine", **bearer(world["citizen"])).json()[0]["vacancy_id"] == world["job"].pk


def test_pseudonymised_suggestions_until_the_person_shares(world):
    from werkregie.people.enums import ConsentPurpose
    from werkregie.people.models import Consent
    from werkregie.vacancies.candidates import pseudonym

    Consent.objects.create(person=world["person"], purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=NOW)
    silent = seeker(SKILLS[:4])  # no consent: never suggested
    url = f"/api/v1/vacancies/{world['job'].pk}/suggestions"
    found = Client().get(url, **bearer(world["boss"]))
    assert found.status_code == 200, found.content
    body = found.json()
    code = pseudonym(world["job"].pk, world["person"].pk)
    assert [c["pseudonym"] for c in body] == [code] and pseudonym(world["cleaning"].pk, world["person"].pk) != code
    text = json.dumps(body)
    for secret in (world["person"].first_name, world["person"].last_name, world["person"].insz, str(world["person"].birth_date.year), "Gent",
                   silent.last_name, "person", "birth", "status", "uitkering"):
        assert secret not in text, secret
    assert set(body[0]) == {"pseudonym", "score", "ring_name", "matched", "missing", "experience", "languages", "invited"}
    assert body[0]["matched"] and body[0]["experience"][0]["years"] == 3 and body[0]["languages"]
    assert Client().get(f"/api/v1/vacancies/{world['cleaning'].pk}/suggestions", **bearer(world["boss"])).status_code == 404
    assert Client().get(url, **bearer(world["citizen"])).status_code == 404
    assert AccessLogEntry.objects.filter(person_id=world["person"].pk, what__startswith="gepseudonimiseerde").exists()
    invited = post_json(world["boss"], f"{url}/invite", {"candidate": code})
    assert invited.status_code == 201 and invited.json()["person"] is None
    assert post_json(world["boss"], f"{url}/invite", {"candidate": "K-00000000"}).status_code == 404
    # invited, not shared: the employer still cannot see who it is
    assert Client().get(f"/api/v1/vacancies/{world['job'].pk}/applications", **bearer(world["boss"])).json() == []
    assert Client().get(f"/api/v1/persons/{world['person'].pk}", **bearer(world["boss"])).status_code == 404
    message = Message.objects.get(person=world["person"], template_key="vacancies.application_state")
    assert "anoniem" in message.body
    application = Application.objects.get(vacancy=world["job"], person=world["person"])
    shared = post_json(world["citizen"], f"/api/v1/vacancies/applications/{application.pk}/transitions", {"transition": "interest",
                                                                                                              "version": application.version})
    assert shared.status_code == 200 and shared.json()["state"] == "interested"
    seen = Client().get(f"/api/v1/vacancies/{world['job'].pk}/applications", **bearer(world["boss"])).json()
    assert [a["person"]["last_name"] for a in seen] == [world["person"].last_name]


def post_json(user, url, body):  # noqa: ANN001, ANN201
    return Client().post(url, body, content_type="application/json", **bearer(user))
