"""Walk of issue 16 (point 6, and its French and English side): an API problem's `detail` and its per-field messages are
in the request's language (Accept-Language), like its title. They were bare literals: a French or English client read
"De beoordeling is niet geregistreerd…" on a refused screening assessment, and a Dutch one read "A parameter is
negative." / "0 or more" on a municipality what-if. The messages go through gettext now (tests/test_error_messages_
translated.py keeps every other one so); these two answers are read in each language, as a client would."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.test import Client

from werkregie.accounts.models import ApiToken, Role
from werkregie.core import clock
from werkregie.municipalities.models import CooperationAgreement
from werkregie.people.enums import StatusKind
from werkregie.people.models import PersonLanguage
from werkregie.screening.models import Assessment

from . import factories as f

ANSWERS = {"competences": "sufficient", "dutch_level": "Z9", "digital_skills": "basic", "motivation": "high", "problems": ["astrologie"]}

ASSESSMENT = {
    "nl": ("De beoordeling is niet geregistreerd: controleer de gemarkeerde velden.",
           {"dutch_level": "'Z9' is geen geldige keuze; kies een van: ", "problems": "'astrologie' is geen gekend probleemdomein; kies uit: "}),
    "fr": ("L'évaluation n'est pas enregistrée : vérifiez les champs marqués.",
           {"dutch_level": "'Z9' n'est pas un choix valable ; choisissez parmi : ",
            "problems": "'astrologie' n'est pas un domaine de problème connu ; choisissez parmi : "}),
    "en": ("The assessment was not recorded: check the marked fields.",
           {"dutch_level": "'Z9' is not a valid choice; choose one of: ", "problems": "'astrologie' is not a known problem area; choose from: "}),
}
WHAT_IF = {
    "nl": ("Een parameter is negatief.", "0 of meer"),
    "fr": ("Un paramètre est négatif.", "0 ou plus"),
    "en": ("A parameter is negative.", "0 or more"),
}


def _plain(text: str) -> str:
    """French typography puts a (narrow) no-break space before : and ; (scripts/translations.py); compared as a space."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def _headers(user, language: str) -> dict:  # noqa: ANN001
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(user, 't')[1]}", "HTTP_ACCEPT_LANGUAGE": language}


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_a_refused_screening_assessment_speaks_the_clients_language(ref, language):
    team = f.organisation("vdab_team")
    counsellor = f.user(Role.COUNSELLOR, team)
    person = f.person(counsellor=counsellor, team=team)
    PersonLanguage.objects.create(person=person, language="nl", level="A2")
    f.episode(person, StatusKind.JOBSEEKER_BENEFIT, dt.date(2026, 9, 15), None)
    response = Client().post(f"/api/v1/screening/persons/{person.pk}/assessments", json.dumps(ANSWERS), content_type="application/json",
                             **_headers(counsellor, language))
    assert response.status_code == 422 and response["Content-Type"].startswith("application/problem+json"), response.content[:300]
    body = response.json()
    detail, fields = ASSESSMENT[language]
    assert _plain(body["detail"]) == detail, body
    messages = {e["field"]: _plain(e["message"]) for e in body["errors"]}
    assert set(messages) == set(fields), body
    for field, start in fields.items():
        assert messages[field].startswith(start), (field, messages[field])
    assert not Assessment.objects.exists()


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_a_negative_what_if_speaks_the_clients_language(ref, language):
    agreement = CooperationAgreement.objects.create(title="Activering Gent", partner_name="OCMW Gent", start=dt.date(2025, 1, 1),
                                                    end=dt.date(2026, 12, 31), created_at=clock.now())
    with clock.travel_to(dt.date(2026, 11, 30)):
        response = Client().get(f"/api/v1/municipalities/agreements/{agreement.pk}/reward",
                                {"year": 2026, "maximum_per_year": -5, "partial_share": -0.5}, **_headers(f.user(Role.ANALYST), language))
    assert response.status_code == 422 and response["Content-Type"].startswith("application/problem+json"), response.content[:300]
    body = response.json()
    detail, message = WHAT_IF[language]
    assert _plain(body["detail"]) == detail, body
    assert {e["field"]: _plain(e["message"]) for e in body["errors"]} == {"maximum_per_year": message, "partial_share": message}, body
