"""pyHanko's simple signer and test timestamper, signing with a private key parsed once.

pyHanko's SimpleSigner and DummyTimeStamper parse their private key again at every signature, and cryptography checks an
RSA key as it parses it (about 0.1 s of CPU for the seal's RSA-3072 key, many times the signature itself): a sealed
letter cost 0.6 s of CPU. These make the same RSA PKCS#1 v1.5 signatures over the same bytes with the key parsed once
(werkregie.core.keys.private_key); any other mechanism goes through pyHanko's own path.
"""

from __future__ import annotations

from datetime import datetime

from asn1crypto import cms, core
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
from pyhanko.sign import general, signers
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper
from pyhanko_certvalidator.util import get_pyca_cryptography_hash


class ParsedKeySigner(signers.SimpleSigner):
    def __init__(self, *, parsed_key: RSAPrivateKey, **kwargs) -> None:  # noqa: ANN003 - SimpleSigner's own arguments
        super().__init__(**kwargs)
        self.parsed_key = parsed_key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        try:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        except ValueError:
            mechanism = None
        if mechanism != "rsassa_pkcs1v15" or not isinstance(self.parsed_key, RSAPrivateKey):
            return super().sign_raw(data, digest_algorithm)
        return self.parsed_key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))


class ParsedKeyTimeStamper(DummyTimeStamper):
    """The local test TSA (demo and tests; production asks settings.TSA_URL): DummyTimeStamper's signed attributes, signed
    with the parsed key."""

    def __init__(self, *, parsed_key: RSAPrivateKey, **kwargs) -> None:  # noqa: ANN003 - DummyTimeStamper's own arguments
        super().__init__(**kwargs)
        self.parsed_key = parsed_key

    def _sign_tst_info(self, tst_info_data: bytes, md_algorithm: str, dt: datetime) -> tuple[bytes, cms.CMSAttributes]:
        digest = hashes.Hash(get_pyca_cryptography_hash(md_algorithm))
        digest.update(tst_info_data)
        signed_attrs = cms.CMSAttributes([
            general.simple_cms_attribute("content_type", "tst_info"),
            general.simple_cms_attribute("signing_time", cms.Time({"utc_time": core.UTCTime(dt)})),
            general.simple_cms_attribute("signing_certificate", general.as_signing_certificate(self.tsa_cert)),
            general.simple_cms_attribute("message_digest", digest.finalize()),
        ])
        return self.parsed_key.sign(signed_attrs.dump(), PKCS1v15(), get_pyca_cryptography_hash(md_algorithm.upper())), signed_attrs
