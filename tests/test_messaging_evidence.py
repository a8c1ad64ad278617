"""The key module and the evidence bundle: a sealed, timestamped PDF and a signed JSON that verify; a changed byte
anywhere fails, with a clear message and exit 1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.messaging_support import LocalTsa, clean_gateways, person_with  # noqa: F401 - fixture
from werkregie.cli import main
from werkregie.core import keys
from werkregie.messaging import evidence, outbox

pytestmark = pytest.mark.django_db


@pytest.fixture
def message(ref):
    p = person_with(digital_consent=True)
    m = outbox.send(p.pk, "messaging.general", {"title": "uw verhoor", "text": "U wordt gehoord op 12/03/2026 om 10:00."})
    return outbox.record_opening(m, outbox.PLATFORM)


@pytest.mark.fresh_keys
def test_keys_init_rotate_and_old_signatures_still_verify(settings):
    assert keys.current_kid() is None
    kid, made = keys.init()
    assert made and keys.init() == (kid, False)
    token = keys.sign_jws(b"payload")
    folder = Path(settings.KEY_DIR)
    assert (folder / kid / "ed25519.pem").stat().st_mode & 0o077 == 0  # private keys readable by the owner only
    new = keys.rotate()
    assert new != kid and keys.current_kid() == new and set(keys.all_kids()) == {kid, new}
    assert keys.verify_jws(token) == (b"payload", kid)
    assert keys.verify_jws(keys.sign_jws(b"other"))[1] == new
    assert {k["kid"] for k in keys.jwks()["keys"]} == {kid, new}


def test_jws_detects_a_changed_payload_and_an_unknown_key(settings):
    token = keys.sign_jws(b"abc", detached=True)
    assert keys.verify_jws(token, b"abc")[0] == b"abc"
    with pytest.raises(keys.BadSignature):
        keys.verify_jws(token, b"abd")
    header, _, sig = token.split(".")
    forged = keys._b64(json.dumps({"alg": "EdDSA", "kid": "wr-unknown"}).encode()) + ".." + sig
    with pytest.raises(keys.BadSignature, match="unknown key"):
        keys.verify_jws(forged, b"abc")


def test_bundle_verifies_and_holds_the_exact_content_and_times(message, tmp_path):
    folder = evidence.build(message, tmp_path)
    verdict = evidence.verify(folder)
    assert verdict.ok, verdict.problems
    assert any("RFC 3161 timestamp" in c for c in verdict.checks)
    record = json.loads((folder / "evidence.json").read_text())
    assert record["content_sha256"] == message.sha256
    assert (folder / "message.txt").read_bytes() == f"{message.subject}\n\n{message.body}".encode()
    assert set(record["times"]) == {"created", "dispatched", "delivered", "deemed_notified_on", "first_opened"}
    assert record["times"]["first_opened"] and record["times"]["deemed_notified_on"] == message.deemed_notified_on.isoformat()
    assert [t["to"] for t in record["transitions"]] == ["queued", "dispatched", "delivered", "opened"]


@pytest.mark.parametrize("name", ["evidence.pdf", "evidence.json", "message.txt", "evidence.json.jws"])
def test_a_changed_byte_anywhere_fails(message, tmp_path, name, capsys):
    folder = evidence.build(message, tmp_path)
    path = folder / name
    data = bytearray(path.read_bytes())
    # change one byte in the middle (inside the signed range of the PDF, inside the JSON's text, …)
    i = len(data) // 2
    data[i] = (data[i] + 1) % 256 if chr(data[i]) not in "\n" else data[i]
    if name == "evidence.json.jws":
        data[-5] = ord("A") if data[-5] != ord("A") else ord("B")
    path.write_bytes(bytes(data))
    verdict = evidence.verify(folder)
    assert not verdict.ok
    assert main(["messages", "verify", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "INVALID" in out and "FAIL" in out


def test_a_reforged_json_with_matching_hashes_still_fails_on_the_signature(message, tmp_path):
    folder = evidence.build(message, tmp_path)
    (folder / "message.txt").write_bytes(b"Another text")
    record = json.loads((folder / "evidence.json").read_text())
    import hashlib

    record["files"]["message.txt"] = hashlib.sha256(b"Another text").hexdigest()
    record["content_sha256"] = record["files"]["message.txt"]
    (folder / "evidence.json").write_text(json.dumps(record))
    verdict = evidence.verify(folder)
    assert not verdict.ok and any("signature invalid" in p for p in verdict.problems)


def test_a_pdf_sealed_by_another_key_is_not_trusted(message, tmp_path, settings):
    folder = evidence.build(message, tmp_path)
    settings.KEY_DIR = tmp_path / "other-keys"  # a verifier that does not know this platform's keys
    verdict = evidence.verify(folder)
    assert not verdict.ok


def test_appended_bytes_after_the_seal_fail(message, tmp_path):
    folder = evidence.build(message, tmp_path)
    pdf = (folder / "evidence.pdf").read_bytes()
    problems = evidence.Verdict()
    evidence.verify_pdf(pdf + b"\n% appended\n", problems)
    assert not problems.ok


def test_sealing_through_an_rfc3161_tsa_over_http(message, tmp_path, settings):
    tsa = LocalTsa()
    try:
        settings.TSA_URL = tsa.url
        settings.TSA_TRUST = str(Path(settings.KEY_DIR) / "tsa" / "tsa.crt")
        folder = evidence.build(message, tmp_path)
        assert tsa.requests >= 1
        verdict = evidence.verify(folder)
        assert verdict.ok, verdict.problems
    finally:
        tsa.stop()


def test_command_line_evidence_and_verify(message, tmp_path, capsys):
    assert main(["messages", "evidence", str(message.pk), "--output", str(tmp_path)]) == 0
    bundle = json.loads(capsys.readouterr().out)["bundle"]
    assert sorted(p.name for p in Path(bundle).iterdir()) == ["evidence.json", "evidence.json.jws", "evidence.pdf", "message.txt", "seal.crt"]
    assert main(["messages", "verify", bundle]) == 0
    assert "VALID" in capsys.readouterr().out
    assert main(["messages", "evidence", "999999", "--output", str(tmp_path)]) == 2


@pytest.mark.fresh_keys
def test_keys_commands(capsys):
    assert main(["keys", "init"]) == 0
    first = json.loads(capsys.readouterr().out)
    assert first["created"] is True
    assert main(["keys", "rotate"]) == 0
    second = json.loads(capsys.readouterr().out)
    assert second["previous"] == first["key_id"] and first["key_id"] in second["kept"]
