"""Issue 16, second walk, point 8 (the controller and small words): "Eerst aan de beurt" opens the case to decide, the
decision form starts empty with the rule's proposal beside it, the case page in words (no "Soort: screening",
"Afspraak: 24", "Versie: 3"), an error summary without "?:", the admin's theme in Dutch words."""

import datetime as dt
import re

import pytest
from django import forms
from django.template.loader import render_to_string
from django.test import Client
from django.utils import translation

from tests import compliance_support as cs
from tests import factories as f
from werkregie.accounts.models import Role
from werkregie.compliance.models import Case
from werkregie.core import clock
from werkregie.formats.punctuation import with_colon

pytestmark = pytest.mark.django_db


def test_the_controllers_next_person_opens_the_case_to_decide(ref):
    from werkregie.compliance import services

    person = cs.jobseeker(first_name="Tom", last_name="Laat")
    today = clock.today()
    case = services.open_case(person.pk, "missed_appointment", source=("appointment", 950),
                              facts={"occurred_on": (today - dt.timedelta(days=30)).isoformat(), "summary": "Niet verschenen."})
    Case.objects.filter(pk=case.pk).update(deadline=today - dt.timedelta(days=3))
    client = Client()
    client.force_login(f.user(Role.CONTROLLER))
    page = client.get("/caseload/").content.decode()
    notice = page[page.index("Eerst aan de beurt"): page.index("</p>", page.index("Eerst aan de beurt"))]
    assert f'href="/controle/dossiers/{case.pk}/"' in notice, notice


def test_the_case_page_in_words_and_the_decision_starts_empty(ref):
    principal = cs.controller()
    case = cs.open_case(cs.jobseeker(), kind="screening", appointment_id=24)
    case = cs.through_hearing(principal, case, cs.START)
    client = Client()
    client.force_login(principal.user)
    with clock.travel_to(cs.at(cs.hearing_day(cs.START) + dt.timedelta(days=1))):
        page = client.get(f"/controle/dossiers/{case.pk}/").content.decode()
    select = page[page.index('id="id_decide-decision"'): page.index("</select>", page.index('id="id_decide-decision"'))]
    assert re.search(r'<option value=""[^>]*selected', select) and select.count("selected") == 1, select
    assert "Voorstel van de regel:" in page[page.index('id="id_decide-decision"') - 2000:]
    assert ">Versie<" not in page
    assert "Screeningsgesprek" in page and "<dd>screening</dd>" not in page
    assert not re.search(r"<dt>Afspraak</dt><dd>24</dd>", page)


def test_a_label_ending_in_its_own_punctuation_gets_no_extra_colon():
    with translation.override("nl"):
        assert with_colon("Welke gevraagde competenties ontbraken?") == "Welke gevraagde competenties ontbraken?"
        assert with_colon("Motivering") == "Motivering:"

    class Asked(forms.Form):
        missing = forms.CharField(label="Welke gevraagde competenties ontbraken?")

    form = Asked({})
    form.is_valid()
    with translation.override("nl"):
        html = render_to_string("web/components/error_summary.html", {"form": form})
    assert "ontbraken?: " not in html and "ontbraken? " in html


def test_the_admin_names_its_theme_in_dutch():
    client = Client()
    client.force_login(f.user(Role.ADMIN, is_staff=True, is_superuser=True))
    page = client.get("/admin/", follow=True).content.decode()
    assert "automatisch" in page and "thema: auto)" not in page
