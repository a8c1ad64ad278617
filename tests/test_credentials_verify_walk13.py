"""Findings of the browser walk of issue 13 on the verification page: a forged credential's issuer is "not checked"
(not a green "In orde"), a revoked one says when (and why), and the page and the passport name the same last valid day."""

from __future__ import annotations

import base64
import datetime as dt
import json

from django.template.loader import render_to_string

from tests.credentials_support import key_folder, keyed, skills, world  # noqa: F401 - fixtures
from werkregie.core import clock
from werkregie.credentials import use_cases as uc
from werkregie.credentials.enums import CredentialKind
from werkregie.credentials.panels import panel


def _issue(world, **extra):
    return uc.issue(person=world.person, kind=CredentialKind.CERTIFIED_COMPETENCE, title="Heftruck", skills=skills(),
                    who=world.p(world.counsellor), **extra)


def _forged(token: str) -> str:
    header, payload, signature = token.split(".")
    body = json.loads(base64.urlsafe_b64decode(payload + "=="))
    body["name"] = "Heftruck (expert)"
    return ".".join([header, base64.urlsafe_b64encode(json.dumps(body).encode()).rstrip(b"=").decode(), signature])


def _items(page: str) -> list[str]:
    """The lines of "Wat we controleerden", without tags and extra white space."""
    import re

    block = page.split('class="checks"', 1)[1].split("</ul>", 1)[0]
    return [" ".join(re.sub(r"<[^>]+>", " ", li).split()) for li in block.split("<li>")[1:]]


def test_a_forged_credential_leaves_its_issuer_not_checked_on_the_page_and_in_the_api(world, client):
    forged = _forged(_issue(world).token)
    lines = _items(client.post("/verifieer/", {"credential": forged}).content.decode())
    issuer_line = next(line for line in lines if "bekende uitgever" in line)
    assert issuer_line.startswith("Niet gecontroleerd: bekende uitgever — Het digitale bewijs noemt VDAB"), issuer_line
    assert not any(line.startswith("In orde") for line in lines), lines
    assert next(line for line in lines if "handtekening —" in line).startswith("Niet in orde: handtekening")
    assert next(line for line in lines if "geldigheid" in line) == "Niet gecontroleerd: geldigheid — Zonder geldige handtekening zegt de inhoud niets."
    answer = client.post("/api/v1/credentials/verify", forged, content_type="application/vc+jwt").json()
    checks = {c["name"]: (c["ok"], c["checked"]) for c in answer["checks"]}
    assert checks == {"issuer_known": (False, False), "signature": (False, True), "not_expired": (False, False), "not_revoked": (False, False)}


def test_a_valid_credential_has_every_check_checked_and_in_order(world, client):
    answer = client.post("/api/v1/credentials/verify", _issue(world).token, content_type="application/vc+jwt").json()
    assert answer["valid"] and all(c["ok"] and c["checked"] for c in answer["checks"])


def test_a_revoked_credential_says_when_not_why(world, client):
    """Changed by design (attack round 4, M2): the public page said the issuer's free-text reason too."""
    credential = _issue(world)
    with clock.travel_to(dt.date(2026, 3, 4)):
        uc.revoke(credential, world.p(world.counsellor), "Toegekend op een vervalst attest")
    lines = _items(client.post("/verifieer/", {"credential": credential.token}).content.decode())
    assert "Niet in orde: niet ingetrokken — Het digitale bewijs is op 04/03/2026 ingetrokken door de uitgever." in lines, lines
    assert not any("vervalst" in line for line in lines), lines


def test_the_page_and_the_passport_name_the_same_last_valid_day(world, client, rf):
    # validUntil is a moment, the first one at which the credential no longer holds: midnight starting 1 December
    until = dt.datetime(clock.today().year + 1, 12, 1, tzinfo=clock.BRUSSELS)
    credential = _issue(world, valid_until=until)
    last = f"30/11/{until.year}"
    valid = {c.name: c.reason for c in uc.verify(credential.token).checks}
    assert valid["not_expired"] == f"Geldig tot en met {last}."
    request = rf.get("/mijn-loopbaan/")
    request.user = world.citizen
    template, context = panel(request, world.person)
    assert f'geldig tot en met <span class="date">{last}</span>' in render_to_string(template, context)
    with clock.travel_to(until.date() + dt.timedelta(days=3)):
        expired = {c.name: c.reason for c in uc.verify(credential.token).checks}
    assert expired["not_expired"] == f"Het digitale bewijs was geldig tot en met {last} en is verlopen."
