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

Both through the API and the pages. Since the attack of issue 12 (tests/test_issue12_candidate_privacy.py) a person is
suggested on one vacancy of an employer only, and the named list is who shared for that vacancy: both tests below say so."""

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
    Application.objects.create(vacancy=jobs["44021"], person=proposed, origin=ApplicationOrigin.PROPOSED, state="interested")  # the person answered the proposal: a ground (second walk, HIGH 3)
    others = [_consenting(SKILLS[:2], town) for town in ("44021", "41002", "46021", "42006")]
    return {"boss": boss, "jobs": jobs, "hidden": hidden, "proposed": proposed, "others": others}


def test_the_pseudonymised_candidate_gives_nothing_to_intersect(spread):
    """Changed by design (issue 12, attack H2): the entries that read the same on each vacancy were still linked by the
    profile, and where a person did and did not appear told their commute circle: a person is now suggested on one
    vacancy of the employer, the first one (the pages first, then the API)."""
    hidden, jobs = spread["hidden"], spread["jobs"]
    codes = {nis: pseudonym(job.pk, hidden.pk) for nis, job in jobs.items()}
    assert len(set(codes.values())) == len(jobs)  # no link by the pseudonym
    pages = {nis: logged_in(spread["boss"]).get(f"/vacatures/{job.pk}/suggesties/").content.decode() for nis, job in jobs.items()}
    api = {nis: Client().get(f"/api/v1/vacancies/{job.pk}/suggestions", **bearer(spread["boss"])).json() for nis, job in jobs.items()}
    first = next(iter(jobs))
    assert [nis for nis in jobs if codes[nis] in pages[nis]] == [first], {nis: codes[nis] in pages[nis] for nis in jobs}
    assert [nis for nis in jobs if codes[nis] in {c["pseudonym"] for c in api[nis]}] == [first]
    entry = next(c for c in api[first] if c["pseudonym"] == codes[first])
    assert set(entry) == {"pseudonym", "score", "ring_name", "matched", "missing", "experience", "languages", "invited"}
    # the order follows the score shown (the order by the full score told who lives nearer this workplace)
    for listed in api.values():
        assert [c["score"] for c in listed] == sorted((c["score"] for c in listed), reverse=True), listed


def test_a_named_candidate_without_a_shared_town_has_one_distance_band(spread):
    """Changed by design (issue 12, attack H1): the named list is who shared for THAT vacancy, so the proposed person
    stands on the Gent list alone, with the one band; the other lists do not name him at all."""
    proposed, jobs = spread["proposed"], spread["jobs"]
    bands = {}
    for nis, job in jobs.items():
        body = Client().get(f"/api/v1/matching/vacancies/{job.pk}/candidates?include_weaker=true", **bearer(spread["boss"])).json()
        mine = [c for c in body["candidates"] if c["person_id"] == proposed.pk]
        if nis != "44021":
            assert not mine, body  # not on the lists of the vacancies he was not proposed for
            continue
        [mine] = mine
        assert mine["municipality"] is None and mine["explanation"]["distance_km"] is None
        bands[nis] = mine["explanation"]["distance_band"]
    assert bands["44021"], bands  # one ring, to the workplace VDAB proposed them for: nothing to intersect
    texts = {}
    for nis, job in jobs.items():
        texts[nis] = logged_in(spread["boss"]).get(f"/vacatures/{job.pk}/kandidaten/").content.decode()
    block = re.search(rf'<h3 id="cand-{proposed.pk}">(.*?)</li>', texts["44021"], re.S)
    assert block and bands["44021"] in block.group(1), texts["44021"]
    assert not any(f'id="cand-{proposed.pk}"' in text for nis, text in texts.items() if nis != "44021")
