"""Export of a credential in the European Learning Model v3 (ELM, the model of Europass Digital Credentials) as JSON-LD,
so that a Flemish passport entry can be deposited in a Europass wallet or read in another member state. OSLO
Leercredential is derived from ELM, so this is also the shape its fields take.

The export follows the EDC generic profile (`edc-generic-full`): a EuropeanDigitalCredential whose subject (a Person)
holds one LearningAchievement, awarded by the issuer (an Organisation with a legal name and a location) through an
AwardingProcess, specified by a LearningAchievementSpecification whose learning outcomes point at ESCO skills
(relatedESCOSkill). Controlled values come from the EU vocabularies (data.europa.eu/snb/…).

No ELM SHACL shapes are available offline (../shared has none; no PyPI package ships them), so the required
properties per class are written as data (elm_required.json, with its sources) and `problems` checks an export against
them; the file is not sealed (an EDC seal needs a qualified eSeal from a QTSP): its signed
twin is the vc+jwt, referenced from the export."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from functools import cache
from pathlib import Path

from . import vc
from .enums import ELM_GENERIC_CREDENTIAL
from .models import Credential

CONTEXT = ["https://www.w3.org/2018/credentials/v1", "http://data.europa.eu/snb/model/context/edc-ap"]
SCHEMA = "http://data.europa.eu/snb/model/ap/edc-generic-full"
NS = uuid.UUID("0b6c7d0e-5f3c-4a8e-9d55-1c3f2a9e7b42")
BELGIUM = "http://publications.europa.eu/resource/authority/country/BEL"
DUTCH = "http://publications.europa.eu/resource/authority/language/NLD"


def _urn(kind: str, c: Credential, part: str = "") -> str:
    return f"urn:epass:{kind}:{uuid.uuid5(NS, f'{c.uid}|{kind}|{part}')}"


def _concept(uri: str, label: str, scheme: str) -> dict:
    return {"id": uri, "type": "Concept", "prefLabel": {"nl": label}, "inScheme": {"id": scheme, "type": "ConceptScheme"}}


def organisation(c: Credential) -> dict:
    issuer = c.issuer
    found = {
        "id": issuer.did, "type": "Organisation", "legalName": {"nl": issuer.name},
        "location": [{"id": _urn("location", c, issuer.did), "type": "Location",
                      "address": [{"id": _urn("address", c, issuer.did), "type": "Address", "countryCode": _concept(BELGIUM, "België", "http://publications.europa.eu/resource/authority/country")}]}],
    }
    if issuer.url:
        found["homepage"] = [{"id": _urn("homepage", c, issuer.url), "type": "WebResource", "contentURL": issuer.url}]
    if issuer.organisation_id and issuer.organisation.kbo_number:
        found["registration"] = {"id": _urn("registration", c, issuer.organisation.kbo_number), "type": "LegalIdentifier",
                                 "notation": issuer.organisation.kbo_number, "spatial": _concept(BELGIUM, "België", "http://publications.europa.eu/resource/authority/country")}
    return found


def _outcome_title(uri: str) -> dict:
    """An ELM language map keyed by the label's real language: a skill without a Dutch ESCO label (about 60 % in the
    shipped extract) is given under "en", never an English text presented as Dutch."""
    from werkregie.matching.labels import skill

    entry = skill(uri, "nl")
    return {entry["lang"] or "nl": entry["label"]}


def to_elm(c: Credential, include_names: bool = True) -> dict:
    """The ELM v3 JSON-LD of a credential. The holder's name is included for their own export (Europass shows it); never
    the INSZ."""
    org = organisation(c)
    outcomes = [
        {"id": _urn("learningOutcome", c, uri), "type": "LearningOutcome", "title": _outcome_title(uri),
         "relatedESCOSkill": [{"id": uri, "type": "Concept", "inScheme": {"id": "http://data.europa.eu/esco/concept-scheme/skills", "type": "ConceptScheme"}}]}
        for uri in c.skills
    ]
    specification = {"id": _urn("learningAchievementSpec", c), "type": "LearningAchievementSpecification", "title": {"nl": c.title},
                     "language": [_concept(DUTCH, "Nederlands", "http://publications.europa.eu/resource/authority/language")]}
    if c.description:
        specification["description"] = {"nl": c.description}
    if outcomes:
        specification["learningOutcome"] = outcomes
    issued = vc.stamp(c.issued_at)
    achievement = {
        "id": _urn("learningAchievement", c), "type": "LearningAchievement", "title": {"nl": c.title},
        "awardedBy": {"id": _urn("awardingProcess", c), "type": "AwardingProcess", "awardingBody": [org], "awardingDate": issued},
        "specifiedBy": specification,
    }
    subject = {"id": f"urn:epass:person:{c.subject_id}", "type": "Person", "hasClaim": [achievement]}
    if include_names:
        subject["givenName"] = {"nl": c.person.first_name}
        subject["familyName"] = {"nl": c.person.last_name}
        subject["fullName"] = {"nl": f"{c.person.first_name} {c.person.last_name}"}
    credential = {
        "@context": CONTEXT,
        "id": f"urn:epass:certificate:{c.uid}",
        "type": ["VerifiableCredential", "EuropeanDigitalCredential"],
        "credentialSchema": [{"id": SCHEMA, "type": "ShaclValidator2017"}],
        "credentialProfiles": [_concept(ELM_GENERIC_CREDENTIAL, "Generiek", "http://data.europa.eu/snb/credential/25831c2")],
        "issuer": org,
        "issuanceDate": issued,
        "issued": issued,
        "validFrom": issued,
        "credentialSubject": subject,
        "displayParameter": {
            "id": _urn("displayParameter", c), "type": "DisplayParameter", "title": {"nl": c.title},
            "language": [_concept(DUTCH, "Nederlands", "http://publications.europa.eu/resource/authority/language")],
            "primaryLanguage": _concept(DUTCH, "Nederlands", "http://publications.europa.eu/resource/authority/language"),
            "individualDisplay": [{"id": _urn("individualDisplay", c), "type": "IndividualDisplay",
                                   "language": _concept(DUTCH, "Nederlands", "http://publications.europa.eu/resource/authority/language"),
                                   "displayDetail": [{"id": _urn("displayDetail", c), "type": "DisplayDetail", "page": 1}]}],
        },
        # the signed original: the same credential as a W3C VC (vc+jwt), checkable on the platform's verification page
        "evidence": [{"id": _urn("evidence", c), "type": "Evidence",
                      "embeddedEvidence": [{"id": _urn("mediaObject", c), "type": "MediaObject", "content": c.token,
                                            "contentEncoding": {"id": "http://data.europa.eu/snb/encoding/6146cde7dd", "type": "Concept"},
                                            "contentType": {"id": "http://publications.europa.eu/resource/authority/file-type/JSON", "type": "Concept"}}]}],
    }
    if c.valid_until:
        credential["expirationDate"] = vc.stamp(c.valid_until)
        credential["validUntil"] = vc.stamp(c.valid_until)
    return credential


@cache
def required() -> dict:
    return json.loads((Path(__file__).with_name("elm_required.json")).read_text(encoding="utf-8"))


def problems(doc: object, where: str = "$") -> list[str]:
    """What an ELM export lacks against the required properties per class (elm_required.json): an empty list when it
    has everything. Walks every object; checks language maps and dates too."""
    rules = required()
    found: list[str] = []
    if isinstance(doc, list):
        for n, item in enumerate(doc):
            found += problems(item, f"{where}[{n}]")
        return found
    if not isinstance(doc, dict):
        return found
    kinds = doc.get("type")
    if "id" in doc and kinds in (None, "", []):
        found.append(f"{where}: an object with an id needs its type (class)")
    if where == "$" and "EuropeanDigitalCredential" not in (kinds if isinstance(kinds, list) else [kinds]):
        found.append("$: the export must be a EuropeanDigitalCredential")
    for kind in kinds if isinstance(kinds, list) else [kinds]:
        for name in rules["classes"].get(kind, []):
            if doc.get(name) in (None, "", [], {}):
                found.append(f"{where}: {kind} needs {name}")
    for name, value in doc.items():
        if name in rules["language_maps"] and not (isinstance(value, dict) and value and all(
                isinstance(k, str) and isinstance(v, str) and v for k, v in value.items())):
            found.append(f"{where}.{name}: a language map {{language: text}} expected")
        elif name in rules["dates"]:
            try:
                dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            except ValueError:
                found.append(f"{where}.{name}: an ISO 8601 date-time expected")
        elif name != "@context":
            found += problems(value, f"{where}.{name}")
    return found
