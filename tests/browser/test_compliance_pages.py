"""Compliance pages in the browser: the controller's case list and case file (plan the hearing, decide with a
deviation and its reason), the citizen answering with evidence, the deviations report, the phone width. Each page
passes axe-core (WCAG 2.1 A/AA)."""

import datetime as dt

import pytest

from werkregie.accounts.models import Role
from werkregie.compliance import services
from werkregie.compliance.models import Case

from .. import compliance_support as cs
from .. import factories as f
from .test_pages import PASSWORD, assert_accessible, login, people  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def cases(people):  # noqa: F811 - the fixture
    controller = f.user(Role.CONTROLLER, username="kris", password=PASSWORD, first_name="Kris", last_name="Wouters")
    case = services.open_case(people["mine"].pk, "missed_appointment", source=("appointment", 501), facts={
        "occurred_on": (dt.date.today() - dt.timedelta(days=5)).isoformat(),
        "summary": "Niet verschenen op het opvolgingsgesprek; oproeping per aangetekende brief."})
    return {**people, "controller": controller, "case": case}


def test_controller_plans_a_hearing_and_decides_with_a_reason(page, cases):
    login(page, "kris")
    page.goto("/controle/dossiers/")
    page.get_by_role("heading", name="Controledossiers").wait_for()
    assert "Peeters" in page.locator("table").inner_text()
    assert_accessible(page)
    page.get_by_role("link", name=f"#{cases['case'].pk}").click()
    page.get_by_role("heading", name="De inbreuk en haar bron").wait_for()
    assert_accessible(page)
    # the earliest day the rules allow: the invitation deemed notified, then the minimum notice (stop 25)
    when = dt.datetime.combine(cs.hearing_day(dt.date.today()), dt.time(10, 0))
    page.get_by_label("Datum en uur van het verhoor").fill(when.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_label("Soort verhoor").select_option("in_person")
    page.get_by_label("Plaats (of telefoonnummer, videolink)").fill("VDAB Gent, Kongostraat 7")
    page.get_by_role("button", name="Verhoor plannen en uitnodigen").click()
    page.get_by_text("Het verhoor is gepland en de uitnodiging is verstuurd.").wait_for()
    assert Case.objects.get(pk=cases["case"].pk).state == "hearing_planned"
    assert "Uitnodiging voor een verhoor bij de controledienst van VDAB" in page.get_by_role("region", name="Berichten aan de persoon").inner_text()
    # no report before the hearing: the page says from when, and offers no form (stop 28; the use case refuses it too)
    assert page.get_by_label("Verslag van het verhoor of samenvatting van het schriftelijk verweer").count() == 0
    assert "nadat het plaatsvond" in page.get_by_role("region", name="Wat nu").inner_text()
    # the hearing took place (an hour ago)
    Case.objects.filter(pk=cases["case"].pk).update(hearing_at=dt.datetime.now().astimezone() - dt.timedelta(hours=1))
    page.goto(f"/controle/dossiers/{cases['case'].pk}/")
    page.get_by_label("Verslag van het verhoor of samenvatting van het schriftelijk verweer").fill("Verhoord; de persoon erkent de feiten.")
    page.get_by_role("button", name="Verhoor of schriftelijk verweer registreren").click()
    page.get_by_text("Het verhoor is geregistreerd.").wait_for()
    page.locator("#id_decide-decision").select_option("suspension")
    page.get_by_label("Aantal weken (bij schorsing of uitsluiting)").fill("4")
    page.get_by_label("Motivering").fill("De feiten staan vast na het verhoor.")
    page.get_by_role("button", name="Beslissen").click()
    page.locator(".error-summary").wait_for()
    assert "Reden van afwijking van het voorstel" in page.locator(".error-summary").inner_text()
    assert_accessible(page)
    page.get_by_label("Reden van afwijking van het voorstel").fill("Ook de vorige oproeping werd zonder reden genegeerd.")
    page.get_by_role("button", name="Beslissen").click()
    page.get_by_text("De beslissing is bewaard en de kennisgeving is verstuurd.").wait_for()
    case = Case.objects.get(pk=cases["case"].pk)
    assert case.decision == "suspension" and case.deviates and case.state == "notified"
    page.set_viewport_size({"width": 390, "height": 844})
    page.reload()
    page.get_by_role("heading", name="Voorstel en beslissing").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "no horizontal scroll at 390 px"
    page.goto("/controle/afwijkingen/")
    page.get_by_role("heading", name="Afwijkingen van het voorstel").wait_for()
    assert_accessible(page)


def test_citizen_answers_with_evidence_at_phone_width(page, cases, tmp_path):
    from werkregie.compliance import use_cases

    use_cases.plan_hearing(f.principal(cases["controller"]), cases["case"].pk,
                           hearing_at=cs.at(cs.hearing_day(dt.date.today()), 10), mode="written")
    page.set_viewport_size({"width": 390, "height": 844})
    login(page, "sofie")
    page.goto("/mijn-dossier/")
    page.get_by_role("heading", name="Mijn controledossiers").wait_for()
    assert_accessible(page)
    page.get_by_role("link", name=f"#{cases['case'].pk}").click()
    page.get_by_role("heading", name="Uitnodiging voor een verhoor").wait_for()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), "no horizontal scroll at 390 px"
    assert_accessible(page)
    proof = tmp_path / "attest.pdf"
    proof.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    page.get_by_label("Uw uitleg").fill("Ik lag die dag in het ziekenhuis; het attest zit erbij.")
    page.locator("#id_respond-file").set_input_files(str(proof))
    page.get_by_label("Ik zie af van het verhoor", exact=False).check()
    page.get_by_role("button", name="Mijn uitleg versturen").click()
    page.get_by_text("Uw uitleg is verstuurd naar de controledienst.").wait_for()
    case = Case.objects.get(pk=cases["case"].pk)
    assert case.state == "to_decide" and case.evidence.count() == 1
    assert "attest.pdf" in page.locator("main").inner_text()
    assert_accessible(page)
