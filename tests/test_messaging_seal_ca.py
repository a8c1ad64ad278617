"""Issue 11, point 10: the evidence bundle's PAdES seal is made with the platform's key from the one key module, its
certificate issued by the platform CA that `werkregie keys init` makes in the key folder (outside the repository), and
`werkregie messages verify` trusts that CA: a seal certificate of another CA, or a self-signed one that was never a
platform key, is not trusted; one changed byte fails."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.messaging_support import clean_gateways, person_with  # noqa: F401 - fixture
from werkregie.cli import main
from werkregie.core import keys
from werkregie.messaging import evidence, outbox

pytestmark = pytest.mark.django_db
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def message(ref):
    p = person_with(digital_consent=True)
    m = outbox.send(p.pk, "messaging.general", {"title": "uw verhoor", "text": "U wordt gehoord op 12/03/2026 om 10:00."})
    return outbox.record_opening(m, outbox.PLATFORM)


@pytest.mark.fresh_keys
def test_keys_init_makes_a_ca_outside_the_repository_that_issues_every_seal(settings, capsys):
    assert main(["keys", "init"]) == 0
    ca = keys.ca_certificate()
    assert ca is not None and ca.issuer == ca.subject
    assert ca.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    folder = Path(settings.KEY_DIR)
    assert (folder / "ca" / "ca.pem").stat().st_mode & 0o077 == 0 and REPO not in folder.resolve().parents
    first = keys.load().seal_cert
    keys.rotate()
    second = keys.load().seal_cert
    for seal in (first, second):
        assert seal.issuer == ca.subject != seal.subject
        seal.verify_directly_issued_by(ca)  # raises when the CA did not sign it
    assert keys.ca_certificate() == ca, "rotating the seal keeps the CA"
    assert keys.seal_trust_roots() == [ca]


def test_the_sealed_pdf_carries_the_chain_and_verifies_against_the_ca_only(message, tmp_path):
    from pyhanko.pdf_utils.reader import PdfFileReader

    folder = evidence.build(message, tmp_path)
    sig = PdfFileReader(io.BytesIO((folder / "evidence.pdf").read_bytes())).embedded_signatures[0]
    subjects = {c.subject.human_friendly for c in sig.other_embedded_certs} | {sig.signer_cert.subject.human_friendly}
    assert any(keys.CA_NAME in s for s in subjects), subjects
    assert sig.signer_cert.issuer.human_friendly != sig.signer_cert.subject.human_friendly
    verdict = evidence.verify(folder)
    assert verdict.ok, verdict.problems
    assert any("RFC 3161 timestamp" in c for c in verdict.checks)


def test_a_seal_from_a_certificate_the_ca_did_not_issue_is_not_trusted(message, tmp_path, settings):
    keys.ensure()
    kid = keys.current_kid()
    # replace the seal certificate by one for the same key, issued by a stranger's CA with the platform CA's name
    stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    stranger_ca = keys._certificate(stranger, keys.CA_NAME, ca=True)
    seal_key = serialization.load_pem_private_key((Path(settings.KEY_DIR) / kid / "seal.pem").read_bytes(), password=None)
    forged = keys._certificate(seal_key, f"werkregie platform seal {kid}", issuer=(stranger, stranger_ca))
    (Path(settings.KEY_DIR) / kid / "seal.crt").write_bytes(forged.public_bytes(serialization.Encoding.PEM))
    folder = evidence.build(message, tmp_path)
    verdict = evidence.verify(folder)
    assert not verdict.ok and any("not by a platform key" in p or "cannot be validated" in p for p in verdict.problems), verdict.problems


def test_one_changed_byte_in_the_sealed_pdf_fails_the_command(message, tmp_path, capsys):
    folder = evidence.build(message, tmp_path)
    assert main(["messages", "verify", str(folder)]) == 0
    pdf = bytearray((folder / "evidence.pdf").read_bytes())
    at = pdf.index(b"/Contents") - 40  # inside the signed byte range
    pdf[at] ^= 0x01
    (folder / "evidence.pdf").write_bytes(bytes(pdf))
    assert main(["messages", "verify", str(folder)]) == 1
