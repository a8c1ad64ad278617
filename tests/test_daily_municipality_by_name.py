"""Issue 16 (the walk's finding): the employer's page asked "Gemeente (NIS-code) … bv. 44021 voor Gent". The user now
types or picks the municipality's name (a datalist of names); the form still stores the NIS code."""

import re

from django.test import Client

from werkregie.organisations.models import EstablishmentUnit
from werkregie.organisations.validators import make_establishment

from .test_employers import _administrator, world  # noqa: F401 - shared fixture


def test_the_establishment_form_asks_the_municipality_by_name(world):  # noqa: F811
    client = Client(HTTP_ACCEPT_LANGUAGE="nl")
    client.force_login(_administrator(world["employer"]))
    url = f"/werkgevers/{world['employer'].pk}/"
    html = client.get(url).content.decode()
    assert "NIS" not in html and "44021" not in html
    field = re.search(r'<input[^>]*name="municipality"[^>]*>', html).group(0)
    options = re.search(r'list="([^"]+)"', field).group(1)
    assert re.search(rf'<datalist id="{options}">.*<option value="Gent">', html, re.S)
    done = client.post(url, {"form": "establishment", "number": make_establishment(321), "name": "Werf Gent", "street": "Dok Noord 4",
                             "postal_code": "9000", "municipality": "Gent"})
    assert done.status_code == 302, done.content.decode()[:2000]
    assert EstablishmentUnit.objects.get(name="Werf Gent").municipality_id == "44021"
    wrong = client.post(url, {"form": "establishment", "number": make_establishment(322), "name": "Werf X", "street": "Y 1",
                              "postal_code": "9000", "municipality": "Gentbrugge-Noord"})
    assert wrong.status_code == 422 and "Deze gemeente kennen we niet" in wrong.content.decode()
