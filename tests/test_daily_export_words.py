"""Issue 16, point 6 (the walk's finding): the counsellor's person export showed the nationality as a raw code ("BE",
"MA", "UA") where the person's page says "België"; the export writes the country's name in the reader's language."""

import csv
import io

from django.test import Client

from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind

from . import factories as f


def _export(user, language: str) -> list[list[str]]:
    web = Client(HTTP_ACCEPT_LANGUAGE=language)
    web.force_login(user)
    response = web.get("/export/personen.csv")
    assert response.status_code == 200
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))


def test_the_person_export_names_the_nationality(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM)
    f.person(team=team, nationality="MA")
    counsellor = f.user(Role.COUNSELLOR, team)
    rows = _export(counsellor, "nl")
    column = rows[0].index("Nationaliteit")
    assert rows[1][column] == "Marokko"
    rows = _export(counsellor, "fr")
    assert rows[1][[i for i, h in enumerate(rows[0]) if h.lower().startswith("nationalit")][0]] == "Maroc"
