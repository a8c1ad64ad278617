"""Issue 12, an attack with the demo employer's account: where does a candidate live?

- H1: the named list (`GET /api/v1/matching/vacancies/{id}/candidates?include_weaker=true`) ranked the employer's known
  persons among everyone within reach, over every one of its vacancies (closed ones too): a person VDAB proposed (named,
  town not shared) stood on exactly the lists whose workplace lies within his commute, and the circles gave his town;
  `good_per_ring` was counted on the full score, distance included. An employer's list is now exactly who shared for
  THAT published vacancy, whatever their commute, with no ring counts.
- H2: the pseudonymised suggestions linked across the employer's vacancies by the profile (a fingerprint) did the same.
  A person is now suggested on one vacancy of an employer only (the first); weak matches (15/100) are no suggestions.
- M3: the access log recorded the persons a list left out (5 entries for `"candidates": []`) and not the municipality
  a list showed: it now records exactly who was listed and what was shown of them.
Independent of the demo: every person and vacancy is made here."""

from __future__ import annotations

import pytest
from django.test import Client

from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.matching.models import PersonExperience
from werkregie.organisations.models import OrganisationKind
from werkregie.vacancies.candidates import pseudonym
from werkregie.vacancies.models import Application, ApplicationOrigin

from . import factories as f
from .test_attack16_cross_vacancy_link import LOKEREN, PLACES, _consenting
from .test_matching_platform import SKILLS, bearer, seeker, vacancy
from .test_vacancies import logged_in

pytestmark = pytest.mark.django_db
GENT = "44021"


@pytest.fixture
def employer_world(ref):
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Waasland nv")
    boss = f.user(Role.EMPLOYER, employer)
    jobs = {nis: vacancy(employer, municipality=nis, title=f"Heftruckchauffeur {name}") for nis, name in PLACES.items()}
    closed = vacancy(employer, municipality=LOKEREN, title="Heftruckchauffeur Lokeren", open=False, state="closed")
    # proposed by VDAB for the Gent vacancy (named, town not shared), commuting 15 km: Gent lies beyond it
    proposed = _consenting(SKILLS[:4], LOKEREN, commute=15, first_name="Bart", last_name="Proposed")
    # ... and he answered the proposal (stop 33: a proposal not yet answered keeps him pseudonymous to the employer)
    Application.objects.create(vacancy=jobs[GENT], person=proposed, origin=ApplicationOrigin.PROPOSED, state="interested")
    hidden = _consenting(SKILLS[:4], LOKEREN)  # never named to this employer
    return {"boss": boss, "jobs": jobs, "closed": closed, "proposed": proposed, "hidden": hidden}


def _listed(boss, job, weaker: bool = True):  # noqa: ANN001, ANN202
    suffix = "?include_weaker=true" if weaker else ""
    return Client().get(f"/api/v1/matching/vacancies/{job.pk}/candidates{suffix}", **bearer(boss))


def test_h1_the_named_list_is_who_shared_for_that_vacancy_whatever_their_commute(employer_world):
    w = employer_world
    on = {nis for nis, job in w["jobs"].items() if w["proposed"].pk in [c["person_id"] for c in _listed(w["boss"], job).json()["candidates"]]}
    assert on == {GENT}, on  # the lists within his commute (Sint-Niklaas) no longer name him; Gent, beyond it, does
    body = _listed(w["boss"], w["jobs"][GENT]).json()
    assert body["good_per_ring"] == {} and body["rings_searched"] == [] and body["min_good"] == 0  # nothing counted by distance
    [mine] = body["candidates"]
    assert mine["municipality"] is None and mine["explanation"]["distance_km"] is None
    assert "distance" not in mine["explanation"]["components"]
    assert _listed(w["boss"], w["closed"]).status_code == 422  # closed, filled, expired: no list at all
    page = logged_in(w["boss"]).get(f"/vacatures/{w['jobs'][GENT].pk}/kandidaten/").content.decode()
    assert "Proposed, Bart" in page and "goede kandida" not in page and "Gezocht in" not in page
    other = logged_in(w["boss"]).get(f"/vacatures/{w['jobs']['46021'].pk}/kandidaten/").content.decode()
    assert "Proposed" not in other and "Nog niemand solliciteerde" in other


def test_h2_a_pseudonymised_person_is_suggested_on_one_vacancy_of_the_employer(employer_world):
    w = employer_world
    weak = _consenting(SKILLS[:1], LOKEREN, commute=100)  # one skill of four, another occupation: far under the shown score
    PersonExperience.objects.filter(person=weak).delete()
    order = ["46021", GENT, "41002"]
    lists = {}
    for nis in order + order:  # the lists asked twice, in turn
        lists[nis] = Client().get(f"/api/v1/vacancies/{w['jobs'][nis].pk}/suggestions", **bearer(w["boss"])).json()
    on = [nis for nis in order if pseudonym(w["jobs"][nis].pk, w["hidden"].pk) in {c["pseudonym"] for c in lists[nis]}]
    assert on == ["46021"], on  # the first vacancy he was suggested for, and no other: no fingerprint to intersect
    from werkregie.vacancies.models import CandidateSuggestion  # here: this module's tests also run on the code before the fix

    assert CandidateSuggestion.objects.get(person=w["hidden"]).vacancy == w["jobs"]["46021"]
    assert all(c["score"] >= 40 for listed in lists.values() for c in listed)  # WERKREGIE_MATCHING_SHOWN_SCORE
    assert not any(pseudonym(job.pk, weak.pk) in {c["pseudonym"] for c in lists[nis]} for nis, job in w["jobs"].items())
    # the person named to the employer is no suggestion anywhere, and counts as known the same on every vacancy
    assert not CandidateSuggestion.objects.filter(person=w["proposed"]).exists()
    page = logged_in(w["boss"]).get(f"/vacatures/{w['jobs']['41002'].pk}/suggesties/").content.decode()
    assert "data-known-candidates" in page and "minstens 40 op 100" in page
    # the invitation by a code of another vacancy's list finds nobody
    wrong = Client().post(f"/api/v1/vacancies/{w['jobs'][GENT].pk}/suggestions/invite",
                          {"candidate": pseudonym(w["jobs"][GENT].pk, w["hidden"].pk)}, content_type="application/json", **bearer(w["boss"]))
    assert wrong.status_code == 404, wrong.content
    first = logged_in(w["boss"]).get(f"/vacatures/{w['jobs']['46021'].pk}/suggesties/").content.decode()
    assert pseudonym(w["jobs"]["46021"].pk, w["hidden"].pk) in first and "data-few-results" in first  # one suggestion: few, said


def test_m3_the_log_holds_exactly_who_was_listed_and_what_was_shown(employer_world):
    w = employer_world
    gent = w["jobs"][GENT]
    weak = seeker(SKILLS[:1], municipality=GENT, first_name="Wim", last_name="Weak")
    PersonExperience.objects.filter(person=weak).delete()  # one skill of four, no related occupation: under the shown score
    Application.objects.create(vacancy=gent, person=weak, origin=ApplicationOrigin.APPLIED)
    before = AccessLogEntry.objects.count()
    body = _listed(w["boss"], gent, weaker=False).json()
    listed = {c["person_id"] for c in body["candidates"]}
    entries = AccessLogEntry.objects.order_by("seq")[before:]
    assert {e.person_id for e in entries} == listed  # the weak applicant is not listed: not logged (he was)
    assert weak.pk not in listed and w["proposed"].pk in listed
    # the applicant's town is shown (he shared it by applying), and the log says so; the proposed person's is not
    body = _listed(w["boss"], gent).json()
    shown_town = {c["person_id"]: c["municipality"] for c in body["candidates"]}
    assert shown_town[weak.pk] and shown_town[w["proposed"].pk] is None
    last = {e.person_id: e.what for e in AccessLogEntry.objects.order_by("-seq")[:2]}
    assert "gemeente" in last[weak.pk] and "gemeente" not in last[w["proposed"].pk], last
    assert "afstandsklasse" in last[w["proposed"].pk]  # his band to the vacancy VDAB proposed him for


def test_m3_the_counsellors_default_list_logs_only_what_it_returns(employer_world):
    w = employer_world
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    counsellor = f.user(Role.COUNSELLOR, team)
    weak = seeker(SKILLS[:1], municipality=GENT, team=team)
    PersonExperience.objects.filter(person=weak).delete()
    before = AccessLogEntry.objects.count()
    body = _listed(counsellor, w["jobs"][GENT], weaker=False).json()
    assert weak.pk not in {c["person_id"] for c in body["candidates"]}
    assert weak.pk not in {e.person_id for e in AccessLogEntry.objects.order_by("seq")[before:]}


def test_a_person_whose_application_ended_is_no_pseudonymous_suggestion_again(employer_world):
    """Walk of stop 44: an invited candidate, named once they shared and then not retained, came back on the suggestions
    under a pseudonym with the same competences (tying the two) and their live profile; the ended application stays
    on the applications list only, and counts among the candidates the employer already knows."""
    w = employer_world
    job = w["jobs"]["46021"]
    listed = Client().get(f"/api/v1/vacancies/{job.pk}/suggestions", **bearer(w["boss"])).json()
    assert pseudonym(job.pk, w["hidden"].pk) in {c["pseudonym"] for c in listed}
    Application.objects.create(vacancy=job, person=w["hidden"], origin=ApplicationOrigin.INVITED, state="rejected")
    again = Client().get(f"/api/v1/vacancies/{job.pk}/suggestions", **bearer(w["boss"])).json()
    assert pseudonym(job.pk, w["hidden"].pk) not in {c["pseudonym"] for c in again}
