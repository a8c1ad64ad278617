"""The credentials API and pages: public verification that never answers 500, who may issue, see and revoke, the ELM
export, the status list's encoding per the Bitstring Status List spec."""

from __future__ import annotations

import base64
import gzip
import json

import pytest
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from tests import factories as f
from tests.credentials_support import key_folder, keyed, skills, world  # noqa: F401 - fixtures
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.credentials import signing
from werkregie.credentials import use_cases as uc
from werkregie.credentials.enums import CredentialKind
from werkregie.credentials.models import STATUS_LIST_BITS, Credential


def _bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


def _issue_body(world, **extra) -> str:
    body = {"person_id": world.person.pk, "kind": "training_completion", "title": "VCA Basis", "skills": skills()[:2],
            "evidence": {"name": "Examen", "narrative": "Geslaagd"}, "valid_until": "2036-12-31"}
    body.update(extra)
    return json.dumps(body)


def test_partner_issues_for_a_linked_person_under_its_own_issuer(world, client):
    response = client.post("/api/v1/credentials/issue", _issue_body(world), content_type="application/json", **_bearer(world.partner))
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["issuer_did"] == world.issuer.did and body["person_id"] == world.person.pk
    verified = client.post("/api/v1/credentials/verify", body["jwt"], content_type="application/vc+jwt").json()
    assert verified["valid"] and verified["issuer_name"] == "Syntra Test"
    assert [c["name"] for c in verified["checks"]] == ["issuer_known", "signature", "not_expired", "not_revoked"]
    as_json = client.post("/api/v1/credentials/verify", json.dumps({"credential": body["jwt"]}), content_type="application/json").json()
    assert as_json["valid"]


def test_partner_cannot_issue_for_an_unlinked_person_or_as_another_issuer(world, client):
    refused = client.post("/api/v1/credentials/issue", _issue_body(world, person_id=world.other.pk), content_type="application/json", **_bearer(world.partner))
    assert refused.status_code == 404
    # a partner of another organisation, not registered as issuer and without a link
    stranger = client.post("/api/v1/credentials/issue", _issue_body(world), content_type="application/json", **_bearer(world.stranger_partner))
    assert stranger.status_code == 404
    # linked, but signing as the platform is refused
    as_platform = client.post("/api/v1/credentials/issue", _issue_body(world, issuer="vdab"), content_type="application/json", **_bearer(world.partner))
    uc.platform_issuer()
    as_platform = client.post("/api/v1/credentials/issue", _issue_body(world, issuer="vdab"), content_type="application/json", **_bearer(world.partner))
    assert as_platform.status_code == 403
    citizen = client.post("/api/v1/credentials/issue", _issue_body(world), content_type="application/json", **_bearer(world.citizen))
    assert citizen.status_code == 403
    assert not Credential.objects.exists()


def test_bad_skills_are_named(world, client):
    response = client.post("/api/v1/credentials/issue", _issue_body(world, skills=["http://example.org/not-esco"]), content_type="application/json",
                           **_bearer(world.counsellor))
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "skills"


def test_citizen_sees_only_own_credentials_and_downloads_them(world, client):
    mine = uc.issue(person=world.person, kind=CredentialKind.DIPLOMA, title="Bachelor Verpleegkunde", skills=skills()[:1], who=world.p(world.counsellor))
    other_citizen = f.user(Role.CITIZEN, person=world.other)
    theirs = uc.issue(person=world.other, kind=CredentialKind.DIPLOMA, title="Master Rechten", skills=[], who=world.p(f.user(Role.ADMIN)))
    listed = client.get("/api/v1/credentials/me", **_bearer(world.citizen)).json()
    assert [c["id"] for c in listed] == [mine.pk]
    assert client.get(f"/api/v1/credentials/{theirs.pk}", **_bearer(world.citizen)).status_code == 404
    assert client.get(f"/api/v1/credentials/persons/{world.other.pk}", **_bearer(world.citizen)).status_code == 404
    jwt = client.get(f"/api/v1/credentials/{mine.pk}/jwt", **_bearer(world.citizen))
    assert jwt.status_code == 200 and jwt["Content-Type"] == "application/vc+jwt" and jwt.content.decode() == mine.token
    assert client.get(f"/api/v1/credentials/{mine.pk}/elm", **_bearer(other_citizen)).status_code == 404
    # every read is in the person's access log
    assert AccessLogEntry.objects.filter(person_id=world.person.pk, what__startswith="digita").count() >= 2
    # the page downloads for the holder
    web = Client()
    web.force_login(world.citizen)
    assert web.get(f"/credentials/{mine.pk}/download.jwt").content.decode() == mine.token
    assert web.get(f"/credentials/{theirs.pk}/download.jwt").status_code == 404


def test_counsellor_sees_caseload_and_revokes_platform_credentials_only(world, client):
    platform_made = uc.issue(person=world.person, kind=CredentialKind.COMPETENCE_VISA, title="Competentievisum logistiek", skills=skills(), who=world.p(world.counsellor))
    partner_made = uc.issue(person=world.person, kind=CredentialKind.TRAINING_COMPLETION, title="Heftruck", skills=[], who=world.p(world.partner))
    listed = client.get(f"/api/v1/credentials/persons/{world.person.pk}", **_bearer(world.counsellor)).json()
    assert {c["id"] for c in listed} == {platform_made.pk, partner_made.pk}
    assert client.get(f"/api/v1/credentials/persons/{world.other.pk}", **_bearer(world.counsellor)).status_code == 404
    refused = client.post(f"/api/v1/credentials/{partner_made.pk}/revocation", json.dumps({"reason": "fout"}), content_type="application/json", **_bearer(world.counsellor))
    assert refused.status_code == 403
    done = client.post(f"/api/v1/credentials/{platform_made.pk}/revocation", json.dumps({"reason": "Vergissing in de titel"}), content_type="application/json",
                       **_bearer(world.counsellor))
    assert done.status_code == 200 and done.json()["revoked_reason"] == "Vergissing in de titel"
    again = client.post(f"/api/v1/credentials/{platform_made.pk}/revocation", json.dumps({"reason": "nog eens"}), content_type="application/json", **_bearer(world.counsellor))
    assert again.status_code == 409
    # the partner revokes its own
    own = client.post(f"/api/v1/credentials/{partner_made.pk}/revocation", json.dumps({"reason": "Examen ongeldig"}), content_type="application/json", **_bearer(world.partner))
    assert own.status_code == 200
    assert not uc.verify(partner_made.token).valid


def test_status_list_decodes_per_the_spec(world, client):
    made = [uc.issue(person=world.person, kind=CredentialKind.CERTIFIED_COMPETENCE, title=f"Competentie {i}", skills=skills()[:1],
                     who=world.p(world.counsellor)) for i in range(3)]  # a certified competence names its skills (rule added after the walk)
    uc.revoke(made[1], world.p(world.counsellor), "Test")
    url = json.loads(base64.urlsafe_b64decode(made[0].token.split(".")[1] + "=="))["credentialStatus"]["statusListCredential"]
    token = client.get(url.replace("http://testserver", "")).content.decode()
    payload = json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "=="))
    encoded = payload["credentialSubject"]["encodedList"]
    assert payload["credentialSubject"]["type"] == "BitstringStatusList" and payload["credentialSubject"]["statusPurpose"] == "revocation"
    assert encoded[0] == "u"  # multibase: base64url without padding
    assert "=" not in encoded
    bits = gzip.decompress(base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4)))
    assert len(bits) * 8 >= 131_072 == STATUS_LIST_BITS
    def bit(i: int) -> int:  # the spec: index 0 is the left-most bit of the first byte
        return (bits[i // 8] >> (7 - i % 8)) & 1
    assert [bit(c.status_index) for c in made] == [0, 1, 0]
    assert len({c.status_index for c in made}) == 3
    # the list itself is signed by the issuer, but it is no attestation about a person: the verifier says so (the attack
    # of this session showed it passing as "a valid VDAB credential")
    header, _payload = signing.peek(token)
    assert signing.check_signature(token, signing.verification_key(uc.platform_issuer(), header["kid"].partition("#")[2]))
    assert not uc.verify(token).valid


def test_elm_export_has_the_fields_the_generic_profile_requires(world, client):
    made = uc.issue(person=world.person, kind=CredentialKind.TRAINING_COMPLETION, title="Lasser TIG", skills=skills()[:2], who=world.p(world.partner),
                    description="Opleiding van 12 weken")
    doc = client.get(f"/api/v1/credentials/{made.pk}/elm", **_bearer(world.citizen)).json()
    assert "http://data.europa.eu/snb/model/context/edc-ap" in doc["@context"]
    assert "EuropeanDigitalCredential" in doc["type"] and doc["id"].startswith("urn:epass:certificate:")
    for key in ("credentialSchema", "credentialProfiles", "issuer", "issuanceDate", "validFrom", "credentialSubject", "displayParameter"):
        assert doc[key], key
    assert doc["issuer"]["type"] == "Organisation" and doc["issuer"]["legalName"]["nl"] == "Syntra Test" and doc["issuer"]["location"]
    claim = doc["credentialSubject"]["hasClaim"][0]
    assert claim["type"] == "LearningAchievement" and claim["title"]["nl"] == "Lasser TIG"
    assert claim["awardedBy"]["type"] == "AwardingProcess" and claim["awardedBy"]["awardingBody"]
    outcomes = claim["specifiedBy"]["learningOutcome"]
    assert [o["relatedESCOSkill"][0]["id"] for o in outcomes] == skills()[:2]
    assert world.person.insz not in json.dumps(doc)
    assert doc["displayParameter"]["primaryLanguage"]["id"].endswith("NLD")


def test_public_documents_and_page_need_no_login(world):
    anonymous = Client()
    made = uc.issue(person=world.person, kind=CredentialKind.DIPLOMA, title="Diploma secundair onderwijs", skills=[], who=world.p(world.counsellor))
    assert anonymous.get("/.well-known/jwks.json").status_code == 200
    assert anonymous.get("/.well-known/did.json").json()["verificationMethod"]
    assert anonymous.get("/issuers/syntra-test/did.json").json()["id"] == world.issuer.did
    assert anonymous.get("/issuers/bestaat-niet/did.json").status_code == 404
    assert anonymous.get("/issuers/vdab/did.json").status_code == 404
    page = anonymous.get("/verifieer/")
    assert page.status_code == 200 and "Digitaal bewijs controleren" in page.content.decode()
    shown = anonymous.post("/verifieer/", {"credential": made.token}).content.decode()
    assert "Geldig digitaal bewijs" in shown and "Diploma secundair onderwijs" in shown
    # the signature's first character changed: a tamper that always changes a signed bit (replacing the last three with
    # "AAA" left the token as it was when it ended in "AAA", and may touch only the last character's unused bits)
    head, signature = made.token.rsplit(".", 1)
    tampered = anonymous.post("/verifieer/", {"credential": f"{head}.{'B' if signature[0] == 'A' else 'A'}{signature[1:]}"}).content.decode()
    assert "niet geldig" in tampered and "handtekening klopt niet" in tampered
    from django.core.files.uploadedfile import SimpleUploadedFile

    uploaded = anonymous.post("/verifieer/", {"file": SimpleUploadedFile("c.jwt", made.token.encode())}).content.decode()
    assert "Geldig digitaal bewijs" in uploaded
    assert anonymous.post("/verifieer/", {"credential": ""}).status_code == 422


def test_verify_api_limits_size_and_refuses_garbage_with_a_problem(world, client):
    assert client.post("/api/v1/credentials/verify", "x" * 70_000, content_type="text/plain").status_code == 413
    assert client.post("/api/v1/credentials/verify", b"\xff\xfe", content_type="text/plain").status_code == 400
    assert client.post("/api/v1/credentials/verify", "{not json", content_type="application/json").status_code == 400
    assert client.post("/api/v1/credentials/verify", '{"credential": 5}', content_type="application/json").status_code == 400
    nonsense = client.post("/api/v1/credentials/verify", "hallo", content_type="text/plain")
    assert nonsense.status_code == 200 and nonsense.json()["valid"] is False


@pytest.fixture
def token(world):
    return uc.issue(person=world.person, kind=CredentialKind.CERTIFIED_COMPETENCE, title="Magazijnier", skills=skills()[:1],
                    who=world.p(world.counsellor), valid_until=None).token


@hsettings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_mutations_never_verify_and_never_break_the_api(world, token, client, settings, data):
    settings.WERKREGIE_ANON_RATE = "100000/m"
    mutation = data.draw(st.sampled_from(["flip", "insert", "delete", "swap_parts", "truncate"]))
    at = data.draw(st.integers(0, len(token) - 1))
    char = data.draw(st.characters(codec="utf-8", exclude_characters="\x00"))
    if mutation == "flip":
        replacement = data.draw(st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.=+/ "))
        mutated = token[:at] + replacement + token[at + 1:]
    elif mutation == "insert":
        mutated = token[:at] + char + token[at:]
    elif mutation == "delete":
        mutated = token[:at] + token[at + 1:]
    elif mutation == "swap_parts":
        h, p, s = token.split(".")
        mutated = ".".join(data.draw(st.permutations([h, p, s])))
    else:
        mutated = token[:at]
    if mutated == token or mutated.strip() == token:
        return
    assert not uc.verify(mutated).valid
    response = client.post("/api/v1/credentials/verify", mutated.encode("utf-8"), content_type="application/vc+jwt")
    assert response.status_code in (200, 400), response.content
    if response.status_code == 200:
        assert response.json()["valid"] is False


def test_cli_registers_and_lists_issuers_and_verifies(world, capsys, tmp_path):
    from werkregie.cli import main

    org = f.organisation("partner", partner_type="school", name="Scholengroep Test")
    assert main(["credentials", "issuers", "add", "--name", "Scholengroep Test", "--kind", "school", "--organisation", str(org.pk)]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["did"].endswith(":issuers:scholengroep-test") and made["kid"].startswith("p-")
    assert main(["credentials", "issuers", "add", "--name", "Scholengroep Test", "--kind", "school"]) == 2
    assert "al in gebruik" in capsys.readouterr().err
    assert main(["credentials", "issuers", "list", "--json"]) == 0
    assert {"vdab", "syntra-test", "scholengroep-test"} <= {r["slug"] for r in json.loads(capsys.readouterr().out)}
    token = uc.issue(person=world.person, kind=CredentialKind.DIPLOMA, title="Diploma", skills=[], who=world.p(world.counsellor),
                     evidence={"course": "C-17", "narrative": "Geslaagd"}).token
    assert json.loads(base64.urlsafe_b64decode(token.split(".")[1] + "=="))["evidence"][0]["narrative"] == "Geslaagd; course: C-17"
    path = tmp_path / "c.jwt"
    path.write_text(token)
    assert main(["credentials", "verify", str(path)]) == 0
    path.write_text(token[:-2])
    assert main(["credentials", "verify", str(path)]) == 1
