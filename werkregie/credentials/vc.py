"""The credential itself: a W3C Verifiable Credential 2.0 in the Open Badges 3.0 model (OpenBadgeCredential), secured
as VC-JOSE (the JWT payload IS the credential; `iss`, `jti`, `sub`, `iat`, `nbf`, `exp` repeat its issuer, id, subject
and validity so that any JWT library checks the times too).

Privacy: the subject is a random `urn:uuid` per credential, never the national register number nor the platform's
person id, so that two credentials shown to different employers cannot be linked through their subject. The holder
proves the credential is theirs by presenting it (and, on the shared passport, through the platform's link).

OSLO Leercredential (derived from ELM) fits through the ELM export (elm.py); here its fields land on the Open Badges
terms that carry the same meaning: the achievement (leerresultaat) with its ESCO alignments, the awarding body
(issuer), the award date (validFrom / awardedDate) and the evidence (bewijs)."""

from __future__ import annotations

import datetime as dt
import re
import uuid

from . import statuslist
from .enums import OB_ACHIEVEMENT_TYPE
from .models import Credential

CONTEXT = ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"]
ESCO_SKILL = re.compile(r"^http://data\.europa\.eu/esco/skill/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
EVIDENCE_FIELDS = ("name", "description", "narrative", "genre", "audience")
ACHIEVEMENT_NS = uuid.UUID("6d1c7c53-3f0e-4c55-9a53-8e1a0f6c2b11")  # stable achievement ids per issuer, kind and title


def stamp(at: dt.datetime) -> str:
    return at.astimezone(dt.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def last_valid_day(until: dt.datetime) -> dt.date:
    """The last calendar day (Brussels) on which a credential valid until the moment `until` still holds: validUntil is
    the first moment it no longer does (see verify), so a credential until 01/12 00:00 is valid up to and including 30/11.
    Every page shows this day ("geldig tot en met"), so that the passport and the verification page agree."""
    from werkregie.core import clock

    return (until.astimezone(clock.BRUSSELS) - dt.timedelta(microseconds=1)).date()


def skill_label(uri: str, language: str = "nl") -> str:
    from werkregie.matching.labels import skill

    return skill(uri, language)["label"]


def known_skill(uri: str) -> bool:
    from werkregie.matching.platform import taxonomy

    return bool(ESCO_SKILL.match(uri)) and uri in taxonomy().skill_index


def achievement_id(c: Credential) -> str:
    return f"urn:uuid:{uuid.uuid5(ACHIEVEMENT_NS, f'{c.issuer.did}|{c.kind}|{c.title}')}"


# The credential is Dutch (the achievement's inLanguage "nl"); a skill without a Dutch ESCO label is named in English
# (about 60 % of the shipped extract). Open Badges 3.0 types targetName as plain text, with no language of its own: the
# alignment's description says which language the name is in, in words and as its BCP 47 code (found by the attack on
# issue 13: English names inside a credential that declared itself Dutch, unmarked). The ELM export keys them "en".
OTHER_LANGUAGE_NAMES = {"en": "Engels", "fr": "Frans", "de": "Duits"}


def alignment(uri: str) -> dict:
    from werkregie.matching.labels import skill

    entry = skill(uri, "nl")
    found = {"type": ["Alignment"], "targetName": entry["label"], "targetUrl": uri, "targetFramework": "ESCO",
             "targetType": "ceasn:Competency", "targetCode": uri.rsplit("/", 1)[-1]}
    lang = entry.get("lang") or "nl"
    if lang != "nl":
        language = OTHER_LANGUAGE_NAMES.get(lang, lang)
        found["targetDescription"] = (f"Benaming in het {language} (taal: {lang}): ESCO heeft voor deze competentie geen Nederlandse "
                                      "benaming.")
    return found


def evidence_items(evidence: dict | None) -> list[dict]:
    if not evidence:
        return []
    item = {"type": ["Evidence"]}
    item.update({k: str(evidence[k]) for k in EVIDENCE_FIELDS if evidence.get(k)})
    # other facts (a course id, a session, a provider code) are kept, in words, in the narrative
    others = [f"{k}: {v}" for k, v in evidence.items() if k not in EVIDENCE_FIELDS and k != "id" and isinstance(v, (str, int, float)) and str(v)]
    if others:
        item["narrative"] = "; ".join(filter(None, [item.get("narrative", ""), "; ".join(others)]))
    if evidence.get("id"):
        item["id"] = str(evidence["id"])
    return [item]


def payload(c: Credential, evidence: dict | None = None) -> dict:
    issuer = c.issuer
    status_url = statuslist.url(c.status_list)
    achievement = {
        "id": achievement_id(c),
        "type": ["Achievement"],
        "achievementType": OB_ACHIEVEMENT_TYPE[c.kind],
        "name": c.title,
        "description": c.description or c.title,
        "criteria": {"narrative": c.description or c.get_kind_display()},
        "alignment": [alignment(uri) for uri in c.skills],
        "inLanguage": "nl",
    }
    profile = {"id": issuer.did, "type": ["Profile"], "name": issuer.name}
    if issuer.url:
        profile["url"] = issuer.url
    body = {
        "@context": CONTEXT,
        "id": f"urn:uuid:{c.uid}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": c.title,
        "issuer": profile,
        "validFrom": stamp(c.issued_at),
        "credentialSubject": {
            "id": f"urn:uuid:{c.subject_id}",
            "type": ["AchievementSubject"],
            "achievement": achievement,
        },
        "credentialStatus": {
            "id": f"{status_url}#{c.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(c.status_index),
            "statusListCredential": status_url,
        },
        "iss": issuer.did, "jti": f"urn:uuid:{c.uid}", "sub": f"urn:uuid:{c.subject_id}",
        "iat": int(c.issued_at.timestamp()), "nbf": int(c.issued_at.timestamp()),
    }
    body["awardedDate"] = stamp(c.issued_at)  # OB 3.0: when the achievement was awarded (OSLO: toegekend op)
    if c.valid_until:
        body["validUntil"] = stamp(c.valid_until)
        body["exp"] = int(c.valid_until.timestamp())
    items = evidence_items(evidence)
    if items:
        body["evidence"] = items
    return body


def statements(credential: dict) -> dict:
    """What a (verified) credential says in words, for a page: the achievement's description and each evidence's name
    and narrative (a competence visa's levels and the counsellor's summary are there). Only call it for a credential
    whose checks passed: an unverified one's content proves nothing."""
    achievement = (credential.get("credentialSubject") or {}).get("achievement") or {}
    name = str(credential.get("name") or achievement.get("name") or "")
    description = str(achievement.get("description") or "")
    evidence = []
    for item in credential.get("evidence") or []:
        if isinstance(item, dict) and (item.get("narrative") or item.get("description")):
            evidence.append({"name": str(item.get("name") or ""), "text": str(item.get("narrative") or item.get("description"))})
    return {"description": "" if description == name else description, "evidence": evidence, "language": str(achievement.get("inLanguage") or "nl")}


def holder(credential: dict) -> dict:
    """How a (verified) credential names its holder, and what a verifier does to tie that to whoever presents it.

    A valid signature proves what the issuer awarded to the holder, not that the presenter is that holder: our
    credentials name the holder by a random urn:uuid only (no personal data, see the module's docstring), and anyone
    who holds the file (a shared link lets one download it) can present it. A credential bound to a DID or carrying an
    Open Badges identity hash (`credentialSubject.identifier`) says so here; the platform adds nothing personal."""
    from django.utils.translation import gettext as _

    subject = credential.get("credentialSubject")
    subject = subject if isinstance(subject, dict) else {}
    subject_id = str(subject.get("id") or "")[:300]
    identifiers = subject.get("identifier")
    identities = []
    for item in identifiers if isinstance(identifiers, list) else []:
        if isinstance(item, dict) and item.get("identityHash"):
            identities.append({"type": str(item.get("identityType") or "")[:40], "hashed": bool(item.get("hashed")),
                               "hash": str(item.get("identityHash"))[:200]})
    proves = _("Een geldig digitaal bewijs toont wat de uitgever aan de houder toekende, niet dat wie het toont die houder is: "
               "iedereen die het bestand heeft, kan het voorleggen.")
    via_platform = _("Vraag de persoon om het te delen via het platform: een gedeelde paspoortlink van het platform toont de "
                     "voornaam van de houder en enkel diens eigen digitale bewijzen, elk opnieuw gecontroleerd.")
    if subject_id.startswith("did:"):
        binding = "did"
        how = _("Dit digitale bewijs is gebonden aan de digitale identiteit %(id)s: vraag wie het toont om te bewijzen dat die identiteit "
                "van hem of haar is (een presentatie ondertekend met de sleutel van die identiteit).") % {"id": subject_id}
    elif identities:
        binding = "identity_hash"
        how = _("Dit digitale bewijs bevat een hash van een gegeven van de houder (%(types)s): vraag dat gegeven aan wie het toont en "
                "vergelijk het met de hash.") % {"types": ", ".join(i["type"] or "?" for i in identities)}
    else:
        binding = "none"
        how = _("Dit digitale bewijs noemt zijn houder enkel met een willekeurig nummer (%(id)s), zonder naam: het zegt niet wie dat is.") % {
            "id": subject_id or "?"}
    return {"id": subject_id, "binding": binding, "identities": identities, "note": " ".join([proves, how, via_platform])}
