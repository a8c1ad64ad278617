"""Walk of issue 13: an EVC request of which only part of the skills were recognised showed "Erkend" (and its digital
proof "EVC: <beroep>"), with nothing saying which skills were and which were not, nor what to do next. Now the person's
page, the counsellor's page, Mijn Loopbaan, the API (and its OpenAPI schema) and the digital proof say per skill what
was recognised, and for the rest the courses of the catalogue that teach each skill and a new request later."""

import datetime as dt
import html as htmllib

import pytest

from tests import factories as f
from tests.careers_support import key_folder, next_working_day, setup, world  # noqa: F401 - fixtures
from tests.training_support import provider, record
from werkregie.careers.use_cases import evc, evc_outcome
from werkregie.core import clock
from werkregie.credentials import use_cases as credentials
from werkregie.matching import labels
from werkregie.training.importer import import_catalogue
from werkregie.training.models import Course

pytestmark = pytest.mark.django_db


def _decided(world, certified: int = 2, refuse: bool = False):
    """An occupation request assessed with its first `certified` skills recognised, then certified (or refused); one
    course in the catalogue teaches the first skill not recognised."""
    counsellor = world.p(world.counsellor)
    req = evc.request(world.p(world.citizen), occupation_uri=world.occupation)
    uris = [s.skill_uri for s in req.skills.all()]
    if certified < len(uris):
        import_catalogue(provider(name="CVO Gent"), [record("EVC-GAP", title_nl="Opleiding voor wat ontbreekt", skills=[uris[certified]])])
    day = next_working_day()
    req = evc.plan(counsellor, req.pk, day, "VDAB Gent", req.version)
    results = {u: ({"result": "certified", "level": "independent", "evidence": "test"} if i < certified else {"result": "not_yet"})
               for i, u in enumerate(uris)}
    with clock.travel_to(dt.datetime.combine(day, dt.time(16), clock.BRUSSELS)):
        req = evc.record_results(counsellor, req.pk, results, req.version)
        req = evc.refuse(counsellor, req.pk, "Onvoldoende bewijs", req.version) if refuse else evc.certify(counsellor, req.pk, req.version)
    return req, uris


def _shown(uri: str) -> str:
    return str(labels.render(labels.skill(uri, "nl")))


def _section(page: str, testid: str, end: str = "</ul>") -> str:
    start = page.index(f'data-testid="{testid}"')
    return page[start:page.index(end, start)]


@pytest.mark.parametrize("who", ["citizen", "counsellor"])
def test_a_partial_recognition_says_per_skill_what_was_recognised_and_what_to_do_next(world, client, who):
    req, uris = _decided(world)
    client.force_login(getattr(world, who))
    page = client.get(f"/evc/{req.pk}/").content.decode()
    total = len(uris)
    assert f"Deels erkend: 2 van {total} competenties" in page
    recognised, missing = _section(page, "evc-recognised"), _section(page, "evc-not-recognised", "</section>")
    assert all(_shown(u) in recognised and _shown(u) not in missing for u in uris[:2])
    assert all(_shown(u) in missing and _shown(u) not in recognised for u in uris[2:])
    course = Course.objects.get(course_id="EVC-GAP")
    assert f'href="/opleidingen/{course.pk}/"' in missing and "Opleiding voor wat ontbreekt" in missing
    assert "Vraag daarna een nieuwe EVC-beoordeling aan" in page
    # the links to the guide and a new request are the person's (the counsellor has neither page)
    assert ('href="/mijn-loopbaan/evc/aanvragen/?soort=competenties"' in page) == (who == "citizen")
    assert "credential" not in htmllib.unescape(page).lower()


def test_mijn_loopbaan_says_the_request_was_partly_recognised(world, client):
    req, uris = _decided(world)
    client.force_login(world.citizen)
    page = client.get("/mijn-loopbaan/").content.decode()
    assert f'data-testid="evc-partial">Deels erkend: 2 van {len(uris)} competenties' in page


def test_a_refused_request_recognised_nothing_even_what_the_assessor_marked(world, client):
    req, uris = _decided(world, refuse=True)
    found = evc_outcome.outcome(req, "nl")
    assert found.code == "none" and found.label == "Niet erkend" and not found.recognised
    assert [m.entry["uri"] for m in found.missing] == uris


def test_the_digital_proof_of_a_partly_recognised_occupation_says_so(world):
    req, uris = _decided(world)
    [cred] = [c for c in credentials.credentials_of(world.person) if c.kind == "evc_result"]
    assert cred.title.endswith(f"(deels erkend: 2 van {len(uris)} competenties)")
    assert f"2 van de {len(uris)} competenties erkend" in cred.description
    assert set(cred.skills) == set(uris[:2])


def test_a_full_recognition_keeps_the_occupation_as_title(world):
    req, uris = _decided(world, certified=len(_decided_uris(world)))
    [cred] = [c for c in credentials.credentials_of(world.person) if c.kind == "evc_result"]
    assert "deels" not in cred.title and evc_outcome.outcome(req, "nl").code == "full"


def _decided_uris(world) -> list[str]:
    from werkregie.careers.use_cases import common

    return common.essential_skills(world.occupation)[:evc.MAX_SKILLS]


def test_the_api_gives_the_outcome_per_skill_and_the_schema_has_it(world, client):
    req, uris = _decided(world)
    staff = {"HTTP_AUTHORIZATION": f"Bearer {f.token(world.counsellor)}"}
    body = client.get(f"/api/v1/careers/evc/{req.pk}", **staff).json()
    outcome = body["outcome"]
    assert outcome["code"] == "partial" and outcome["label"] == f"Deels erkend: 2 van {len(uris)} competenties"
    assert [s["uri"] for s in outcome["recognised"]] == uris[:2] and all(s["level"] == "independent" for s in outcome["recognised"])
    assert [s["uri"] for s in outcome["not_recognised"]] == uris[2:] and outcome["next_step"]
    gap = outcome["not_recognised"][0]
    assert gap["lang"] and gap["label"] and [c["title"] for c in gap["courses"]] == ["Opleiding voor wat ontbreekt"]
    assert gap["courses"][0]["url"] == f"/opleidingen/{gap['courses'][0]['id']}/"
    schema = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    assert "outcome" in schema["EvcOut"]["properties"]
    assert {"code", "label", "recognised", "not_recognised", "next_step"} <= set(schema["EvcOutcomeOut"]["properties"])
    assert "courses" in schema["EvcMissingOut"]["properties"]


@pytest.mark.parametrize(("n", "total", "code", "words"), [
    (3, 3, "full", "Volledig erkend"), (1, 3, "partial", "Deels erkend: 1 van 3 competenties"), (0, 3, "none", "Niet erkend"),
])
def test_the_one_wording_of_an_outcome(n, total, code, words):
    assert evc_outcome.label(n, total) == (code, words)


def test_a_skill_an_earlier_digital_proof_certifies_is_not_listed_as_missing(world, client):
    """Walk of issue 13: a skill under "Nog niet erkend" with "Geen opleiding … u leert ze op het werk" while Mijn
    Loopbaan showed it certified from another digital proof: it is "al gecertificeerd", with that proof and its date."""
    from werkregie.workflows.services import Who

    req, uris = _decided(world)
    proven = uris[-1]
    credentials.issue(person=world.person, kind="certified_competence", title="Attest van een partner", skills=[proven],
                      who=Who(None, "system", "test"))
    found = evc_outcome.outcome(req, "nl")
    assert proven not in [m.entry["uri"] for m in found.missing]
    assert [(a.entry["uri"], a.proof, a.issued_on) for a in found.already] == [(proven, "Attest van een partner", clock.today())]
    client.force_login(world.citizen)
    page = client.get(f"/evc/{req.pk}/").content.decode()
    missing, already = _section(page, "evc-not-recognised", "</section>"), _section(page, "evc-already-certified")
    assert _shown(proven) not in missing and _shown(proven) in already
    assert f"Attest van een partner” van {clock.today():%d/%m/%Y}" in htmllib.unescape(already)
    staff = {"HTTP_AUTHORIZATION": f"Bearer {f.token(world.counsellor)}"}
    outcome = client.get(f"/api/v1/careers/evc/{req.pk}", **staff).json()["outcome"]
    assert [a["uri"] for a in outcome["already_certified"]] == [proven]
    assert proven not in [m["uri"] for m in outcome["not_recognised"]]
