"""Issue 12, third round: the exchange's feed of changes (`GET /api/v1/vacancies/feed?since=`), paged, round-tripping
through the import; the search's count stops at its limit and says so; the employer's candidate list keeps the consenting
persons per process and stays correct when a consent is given or withdrawn after that."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client

from werkregie.core import clock
from werkregie.core.clock import travel_to
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import ConsentPurpose
from werkregie.people.models import Consent
from werkregie.vacancies import search
from werkregie.vacancies.exchange import import_records
from werkregie.vacancies.models import Vacancy

from . import factories as f
from .test_matching_platform import SKILLS, bearer, seeker, vacancy
from .test_vacancies_round2 import world  # noqa: F401 - the fixture

MOMENT = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.timezone.utc)


def agreed() -> dict:
    """How and when the person agreed to a referral (asked in the same step since the agreement is recorded whole)."""
    return {"agreement_how": "conversation", "agreement_on": f"{clock.today():%d/%m/%Y}"}


def feed(params: dict) -> dict:
    response = Client().get("/api/v1/vacancies/feed", params)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def posted(db):
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Gent nv")
    with travel_to(MOMENT):
        jobs = [vacancy(employer, title=f"Heftruckchauffeur {i}", monthly_wage=2600 + i) for i in range(5)]
    draft = Vacancy.objects.create(employer=employer, title="Ontwerp", municipality_id="44021", open=False, state="draft")
    foreign = Vacancy.objects.create(employer=employer, title="Cariste", municipality_id="44021", source="forem", source_id="F1")
    return {"employer": employer, "jobs": jobs, "draft": draft, "foreign": foreign}


def test_feed_pages_changes_since_a_moment_oldest_first(posted):
    since = (MOMENT - dt.timedelta(hours=1)).isoformat()
    first = feed({"since": since, "page_size": 2})
    assert [i["title"] for i in first["items"]] == ["Heftruckchauffeur 0", "Heftruckchauffeur 1"] and first["next"]
    seen = [i["identifier"]["value"] for i in first["items"]]
    following = first["next"]
    while following:
        page = Client().get(following).json()
        seen += [i["identifier"]["value"] for i in page["items"]]
        following = page["next"]
    # every own vacancy once, no draft, nothing that came from another service (it would go back to where it came from)
    assert seen == [str(v.pk) for v in posted["jobs"]]
    item = first["items"][0]
    assert item["@type"] == "JobPosting" and item["validThrough"] and item["dateModified"] and "werkregie:closed" not in item
    assert item["jobLocation"]["address"]["postalCode"] and item["jobLocation"]["identifier"]["value"] == "44021"


def test_a_closed_vacancy_comes_again_closed_and_the_import_closes_it(posted):
    later = MOMENT + dt.timedelta(days=1)
    with travel_to(later):
        job = posted["jobs"][2]
        job.open, job.state = False, "closed"
        job.save()
    page = feed({"since": (later - dt.timedelta(minutes=1)).isoformat()})
    assert [i["identifier"]["value"] for i in page["items"]] == [str(job.pk)] and page["items"][0]["werkregie:closed"] is True
    # what another service does with the feed: import everything, then the change
    everything = feed({"since": "2000-01-01T00:00:00+00:00", "page_size": 1000})["items"]
    report = import_records([json.dumps(i) for i in everything], "peer")
    assert report.created == 5 and report.closed == 1
    copies = {v.source_id: v for v in Vacancy.objects.filter(source="peer")}
    for original in posted["jobs"]:
        original.refresh_from_db()
        copy = copies[str(original.pk)]
        assert (copy.title, copy.monthly_wage, copy.municipality_id, copy.open) == (original.title, original.monthly_wage, original.municipality_id,
                                                                                  original.open)


def test_feed_refuses_bad_input_with_a_problem(db):
    for bad in ({}, {"since": "gisteren"}, {"since": "2026-11-01T00:00:00+00:00", "page_size": 0},
                {"since": "2026-11-01T00:00:00+00:00", "after": -1}):
        response = Client().get("/api/v1/vacancies/feed", bad)
        assert response.status_code == 422 and response["Content-Type"].startswith("application/problem+json"), bad


def test_the_search_count_stops_at_its_limit_and_says_so(db, monkeypatch):
    employer = f.organisation(OrganisationKind.EMPLOYER)
    for i in range(6):
        Vacancy.objects.create(employer=employer, title=f"Magazijnier {i}", municipality_id="44021")
    monkeypatch.setattr(search, "COUNT_LIMIT", 4)
    found = search.search(search.Filters(q="magazijnier", page_size=10))
    assert found.count == 4 and found.more and len(found.hits) == 6
    body = Client().get("/api/v1/vacancies/search", {"q": "magazijnier"}).json()
    assert body["count"] == 4 and body["more"] is True
    assert "Meer dan 4 vacatures gevonden" in Client().get("/vacatures/zoeken/", {"q": "magazijnier"}).content.decode()
    monkeypatch.setattr(search, "COUNT_LIMIT", 6)
    exact = search.search(search.Filters(q="magazijnier"))
    assert exact.count == 6 and not exact.more


def test_candidate_list_follows_consents_given_and_withdrawn_after_it_was_kept(world):  # noqa: F811 - the fixture
    url = f"/api/v1/vacancies/{world['job'].pk}/suggestions"

    def listed() -> int:
        response = Client().get(url, **bearer(world["boss"]))
        assert response.status_code == 200, response.content
        return len(response.json())

    assert listed() == 0  # nobody consents: the (empty) set is kept
    consent = Consent.objects.create(person=world["person"], purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=clock.now())
    assert listed() == 1  # a new consent row: the kept set is read again
    Consent.objects.filter(pk=consent.pk).update(withdrawn_at=clock.now())  # an edit, as people.use_cases.consents does it
    assert listed() == 0  # caught on the persons about to be listed
    other = seeker(SKILLS[:3])
    Consent.objects.create(person=other, purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=clock.now())
    assert listed() == 1


def test_measure_amounts_use_the_vacancys_wage_and_hours(world):  # noqa: F811 - the fixture
    from .test_vacancies_round2 import TODAY, _long_term, api, applied

    _long_term(world)
    application = applied(world)
    url = f"/api/v1/vacancies/applications/{application.pk}/measures"
    key = "doelgroepvermindering_zonder_werkervaring"

    def measure() -> dict:
        with travel_to(TODAY):
            body = api(world["counsellor"], "get", url).json()
        return next(m for m in body["measures"] if m["key"] == key)

    full = measure()  # 2,650 a month, 38 hours
    assert full["amount_basis"] == "vacancy" and full["qualifies"] and full["total"] == 4000
    limits = {c["key"]: c["values"] for c in full["employer_conditions"]}["work_time"]
    part_time = round(38 * (float(limits["full"]) + float(limits["minimum"])) / 200, 1)  # between the minimum and full time
    Vacancy.objects.filter(pk=world["job"].pk).update(hours_per_week=part_time)
    part = measure()
    assert part["amount_basis"] == "vacancy" and part["qualifies"] and 0 < part["amount_per_quarter"] < full["amount_per_quarter"]
    assert part["total"] == round(part["amount_per_quarter"] * part["quarters"], 2)
    Vacancy.objects.filter(pk=world["job"].pk).update(hours_per_week=38, monthly_wage=None)
    assumed = measure()  # no wage in the vacancy: the rules' assumption, said so
    assert assumed["amount_basis"] == "assumed" and assumed["total"] == 4000
    with travel_to(TODAY):
        page = Client().get(f"/sollicitaties/{application.pk}/steunmaatregelen/", HTTP_AUTHORIZATION="")
    assert page.status_code in (302, 401, 403)  # the page needs a login (its content is tested with the counsellor below)
    client = Client()
    client.force_login(world["counsellor"])
    with travel_to(TODAY):
        text = client.get(f"/sollicitaties/{application.pk}/steunmaatregelen/").content.decode()
    assert "Berekend met een aangenomen voltijds loon" in text


def test_a_counsellor_refers_a_person_they_guide_with_their_agreement(world):  # noqa: F811 - the fixture
    from werkregie.messaging.models import Message
    from werkregie.vacancies.models import Application, EmployerNotice

    client = Client()
    client.force_login(world["counsellor"])
    url = f"/vacatures/{world['job'].pk}/doorverwijzen/"
    page = client.get(url, {"persoon": world["person"].pk})
    assert page.status_code == 200 and f'value="{world["person"].pk}"' in page.content.decode()
    refused = client.post(url, {"person": world["person"].pk})  # no agreement: nothing happens
    assert refused.status_code == 422 and not Application.objects.exists()
    stranger = seeker(SKILLS[:2])  # not in this counsellor's guidance
    assert client.post(url, {"person": stranger.pk, "agreement": "on", **agreed()}).status_code == 422 and not Application.objects.exists()
    done = client.post(url, {"person": world["person"].pk, "agreement": "on", **agreed()})
    assert done.status_code == 302
    application = Application.objects.get(person=world["person"], vacancy=world["job"])
    assert application.state == "applied"
    assert EmployerNotice.objects.filter(application=application, event="applied").exists()  # the employer is told
    assert Message.objects.filter(person=world["person"]).exists()  # and the person
    assert client.get(f"/vacatures/{world['job'].pk}/").content.decode().count(url) == 1  # the vacancy page links to it
    employer = Client()
    employer.force_login(world["boss"])
    assert employer.get(url).status_code == 403


def test_a_title_that_is_a_preferred_label_gets_the_engines_own_answer_without_asking_it(db):
    import random

    from werkregie.core.identifiers import make_kbo
    from werkregie.matching.engine.titles import default_index, lookup_text
    from werkregie.matching.platform import taxonomy
    from werkregie.vacancies.normaliser import preferred_labels as _preferred_labels  # moved from exchange.py at stop 39

    preferred, index, rnd = _preferred_labels(), default_index(), random.Random(12)
    sample = rnd.sample([o for o in taxonomy().occupations if o.labels.get("nl") and o.labels.get("fr")], 40)
    typed = {"nl": ["Ervaren {} gezocht (m/v/x)", "Junior {} - voltijds"], "fr": ["{} (h/f/x) - CDI", "{} expérimenté"]}
    for o in sample:
        for language in ("nl", "fr"):
            label = o.labels[language][0]
            for title in [label, *(t.format(label) for t in typed[language])]:  # as typed: the engine cleans it first
                key = (language, lookup_text(title, language))
                if key in preferred:
                    assert index.search([title], language, 1)[0][0].uri == preferred[key], (language, title)

    def record(i: int, title: str) -> str:
        return json.dumps({"@type": "JobPosting", "identifier": {"value": f"T-{i}"}, "title": title,
                           "hiringOrganization": {"name": "Forem nv", "identifier": f"BE{make_kbo(4243)}"},
                           "jobLocation": {"identifier": {"value": "44021"}}})

    label = sample[0].labels["nl"][0]
    report = import_records([record(1, label[:1].upper() + label[1:]), record(2, f"Ervaren {label} gezocht (m/v/x)")], "forem")
    # both titles are the label to the engine (the second once cleaned as its search cleans it), so neither asks it
    assert report.with_occupation == 0 and report.normalised_by_label == 2 and report.normalised == 2
    assert Vacancy.objects.get(source="forem", source_id="T-1").occupation_uri == sample[0].uri
    assert Vacancy.objects.get(source="forem", source_id="T-2").occupation_uri == index.search([f"Ervaren {label} gezocht (m/v/x)"], "nl", 1)[0][0].uri


def test_a_draft_closed_before_publication_never_reaches_the_public_feed(posted):
    """Found by the attack: a draft closed straight away (draft → closed is allowed) went out in the public feed with its
    confidential text ("vervanging van Jan Peeters"), while its page answered 404."""
    from werkregie.accounts.models import Role
    from werkregie.accounts.principal import Principal
    from werkregie.workflows import services as wf

    boss = f.user(Role.EMPLOYER, posted["employer"])
    later = MOMENT + dt.timedelta(days=2)
    with travel_to(later):
        draft = posted["draft"]
        wf.transition(draft, "close", wf.Who.of(Principal.for_session(boss)))
    page = feed({"since": (later - dt.timedelta(minutes=1)).isoformat()})
    assert str(draft.pk) not in [i["identifier"]["value"] for i in page["items"]]


def test_a_referral_records_the_persons_agreement_and_who_recorded_it(world):  # noqa: F811 - the fixture
    """Found by the attack: a referral shared the profile with the employer on one ticked box, and the person's
    agreement was recorded nowhere. The log now says who recorded the agreement, to share with which employer."""
    from werkregie.vacancies.models import Application
    from werkregie.workflows.labels import render
    from werkregie.workflows.models import TransitionLog

    client = Client()
    client.force_login(world["counsellor"])
    assert client.post(f"/vacatures/{world['job'].pk}/doorverwijzen/", {"person": world["person"].pk, "agreement": "on", **agreed()}).status_code == 302
    application = Application.objects.get(person=world["person"], vacancy=world["job"])
    log = TransitionLog.objects.get(workflow="application", object_id=application.pk, transition="apply")
    text = render(log.reason)
    assert "akkoord" in text and world["job"].employer.name in text and log.data.get("agreement") == "recorded_by"
