"""Browser walk of issue 13: the counsellor's view of a person's learning account spoke to the citizen ("uw
opleidingscheques", "boekt u een opleiding", "als u het niet gebruikt"). The counsellor reads it in the third person;
the citizen's own page and the careers panel keep addressing the citizen."""

from __future__ import annotations

import datetime as dt
import re

from django.test import Client

from tests.test_learning_faces import world  # noqa: F401 - the fixture
from werkregie.core import clock

YOU = re.compile(r"\b([Uu]w?)\b")


def _main(html: str) -> str:
    main = html[html.index("<main"):html.index("</main>")]
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", main))
    # the platform's note on labels in the reader's own language speaks to whoever reads, rightly
    return text.split("Waar een competentie of beroep nog geen benaming in uw taal heeft")[0]


def _get(user, url: str) -> str:  # noqa: ANN001 - a User
    client = Client()
    client.force_login(user)
    with clock.travel_to(dt.datetime(2026, 11, 30, 10, tzinfo=dt.UTC)):
        response = client.get(url)
    assert response.status_code == 200
    return _main(response.content.decode())


def test_the_counsellor_reads_the_account_in_the_third_person(world):  # noqa: F811
    text = _get(world["counsellor"], f"/personen/{world['person'].pk}/leerrekening/")
    assert "het Vlaams opleidingsverlof van deze persoon" in text and "als het niet gebruikt wordt" in text
    assert YOU.findall(text) == [], text


def test_the_citizen_is_still_addressed(world):  # noqa: F811
    text = _get(world["citizen"], "/mijn-loopbaan/leerrekening/")
    assert "uw opleidingscheques" in text and "als u het niet gebruikt" in text
