"""Issue 16, last items (3), an attack: an employer with vacancies in several places links one candidate across them and
intersects what each list says about the distance from the workplace, to narrow down where the candidate lives.

- The pseudonymised suggestions (`vacancies.candidates`): the pseudonym is per vacancy, but the profile (experience,
  languages, competences) links the entries anyway; their score held the distance term (10 × (1 − distance / the
  person's commute)), so the difference between two vacancies' scores gave the difference in distance. The employer's
  score now leaves the distance out, as on the named list, and the list is ordered by it: one candidate's entries on
  different vacancies are the same apart from the pseudonym.
- The named list (`matching.use_cases.candidates_for_vacancy`, /vacatures/<id>/kandidaten/): a person VDAB proposed
  (named, town not shared) stood on every vacancy's list of the employer with a distance band to that workplace
  (< 10, 10–25, 25–50 km ...): three bands from three towns make three rings whose intersection is a few municipalities.
  The employer now sees one band per such person: to the workplace of the vacancy VDAB proposed them for (the first).

Both through the API and the pages."""

from __future__ import annotations

import re

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.matching.models import MatchingPreferences
from werkregie.organisations.models import OrganisationKind
from werkregie.people.enums import ConsentPurpose
from werkregie.people.models import Consent
from werkregie.vacancies.candidates import pseudonym
from werkregie.vacancies.models import Application, ApplicationOrigin

from . import factories as f
from .test_matching_platform import NOW, SKILLS, bearer, seeker, vacancy
from .test_vacancies import logged_in

pytestmark = pytest.mark.django_db
# the employer's workplaces around the candidates' home town (Lokeren, 46029): Sint-Niklaas, Gent, Aalst
PLACES = {"46021": "Sint-Niklaas", "44021": "Gent", "41002": "Aalst"}
LOKEREN = "46029"


def _consenting(skills: list[str], municipality: str, commute: int = 100, **overrides):
    p = seeker(skills, municipality=municipality, **overrides)
    MatchingPreferences.objects.create(person=p, max_commute_km=commute)
    Consent.objects.create(person=p, purpose=ConsentPurpose.PROPOSAL_TO_EMPLOYERS, given_at=NOW)
    return p


@pytest.fixture
def spread(ref):
    employer = f.organisation(OrganisationKind.EMPLOYER, name="Logistiek Waasland nv")
    boss = f.user(Role.EMPLOYER, employer)
    jobs = {nis: vacancy(employer, municipality=nis, title=f"Heftruckchauffeur {name}") for nis, name in PLACES.items()}
    hidden = _consenting(SKILLS[:3], LOKEREN)  # never named to this employer: only ever a pseudonym
    proposed = _consenting(SKILLS[:4], LOKEREN)  # proposed by VDAB for the Gent vacancy: named, town not shared
    Application.objects.create(vacancy=jobs["44021"], person=proposed, origin=ApplicationOrigin.PROPOSED)
    others = [_consenting(SKILLS[:2], town) for town in ("44021", "41002", "46021", "42006")]
    return {"boss": boss, "jobs": jobs, "hidden": hidden, "proposed": proposed, "others": others}


def _same_but_pseudonym(entries: list[dict]) -> bool:
    return all({k: v for k, v in e.items() if k != "pseudonym"} == {k: v for k, v in entries[0].items() if k != "pseudonym"} for e in entries)


def test_the_pseudonymised_candidate_gives_nothing_to_intersect(spread):
    hidden, jobs = spread["hidden"], spread["jobs"]
    api = {nis: Client().get(f"/api/v1/vacancies/{job.pk}/suggestions", **bearer(spread["boss"])).json() for nis, job in jobs.items()}
    codes = {nis: pseudonym(job.pk, hidden.pk) for nis, job in jobs.items()}
    assert len(set(codes.values())) == len(jobs)  # no link by the pseudonym
    entries = [next(c for c in api[nis] if c["pseudonym"] == codes[nis]) for nis in jobs]
    # linked by the profile, the entries still differ in nothing that depends on the workplace: no score, ring or
    # band to compare (the scores were 86.1, 85.2 and 84.5: 10 × the differences of distance over the person's commute)
    assert _same_but_pseudonym(entries), entries
    assert all(set(e) == {"pseudonym", "score", "ring_name", "matched", "missing", "experience", "languages", "invited"} for e in entries)
    # the order follows the score shown (the order by the full score told who lives nearer this workplace)
    for listed in api.values():
        assert [c["score"] for c in listed] == sorted((c["score"] for c in listed), reverse=True), listed
    # the pages: the candidate's block on each vacancy's page reads the same apart from the pseudonym
    blocks = []
    for nis, job in jobs.items():
        page = logged_in(spread["boss"]).get(f"/vacatures/{job.pk}/suggesties/").content.decode()
        block = re.search(rf"<li><h2>{codes[nis]}</h2>(.*?)</li>\s*(?:<li><h2>|</ol>)", page, re.S)
        assert block, page
        blocks.append(re.sub(r'value="(K-[0-9A-F]+|[A-Za-z0-9]{64})"', "", block.group(1)))  # the pseudonym and the form's CSRF token
    assert len(set(blocks)) == 1, blocks


def test_a_named_candidate_without_a_shared_town_has_one_distance_band(spread):
    proposed, jobs = spread["proposed"], spread["jobs"]
    bands, scores = {}, {}
    for nis, job in jobs.items():
        body = Client().get(f"/api/v1/matching/vacancies/{job.pk}/candidates?include_weaker=true", **bearer(spread["boss"])).json()
        [mine] = [c for c in body["candidates"] if c["person_id"] == proposed.pk]  # named on every list of the employer
        assert mine["municipality"] is None and mine["explanation"]["distance_km"] is None
        bands[nis], scores[nis] = mine["explanation"]["distance_band"], mine["explanation"]["score"]
    # one ring to the workplace VDAB proposed them for; none to the others: nothing to intersect
    assert bands["44021"] and [nis for nis, band in bands.items() if band] == ["44021"], bands
    assert len(set(scores.values())) == 1, scores  # the employer's score holds no distance
    texts = {}
    for nis, job in jobs.items():
        page = logged_in(spread["boss"]).get(f"/vacatures/{job.pk}/kandidaten/").content.decode()
        block = re.search(rf'<h3 id="cand-{proposed.pk}">(.*?)</li>', page, re.S)
        assert block, page
        texts[nis] = block.group(1)
    assert bands["44021"] in texts["44021"]
    assert not any(re.search(r"\d+ km", text) or "Afstand" in text for nis, text in texts.items() if nis != "44021"), texts
