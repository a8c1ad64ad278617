"""The browser walk of stop 43 on the municipality side (ten minor findings): a contact row without a name refused and
named, every row error naming its row (and its indicator), the reward said in words with Belgian formats and the
formula only for analysts, the what-if in percent landing on its result, "Open stappen" counting the municipality's
own steps, "Andere stap" needing a description, the step form naming every problem at once, an agreement without
engagements showing an empty state instead of € 0,00, date errors in the platform's words (lower case after the
colon), and 201 Created for a new agreement through the API."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from tests import factories
from tests.test_municipalities import TODAY, world  # noqa: F401  (the fixture: agreements of Gent, and of Gent with Antwerpen)
from werkregie.accounts.models import ApiToken, Role
from werkregie.core import clock, dates
from werkregie.core.errors import InvalidInput
from werkregie.municipalities import use_cases
from werkregie.municipalities.models import Contact, CooperationAgreement, MunicipalStep

NEW = "/gemeente/samenwerking/nieuw/"


def _agreement(**over) -> dict:  # noqa: ANN003
    data = {"title": "Activering Gent", "partner_name": "OCMW Gent", "municipalities": ["44021"], "start": "01/01/2025", "end": "31/12/2025",
            "notes": "", "eng_0_kpi": "screened_2m", "eng_0_direction": "at_least", "eng_0_target": "80", "eng_0_description": "",
            "eng_1_kpi": "", "eng_1_target": "", "eng_2_kpi": "", "eng_2_target": "",
            "c_0_name": "An Peeters", "c_0_function": "", "c_0_email": "an@gent.example", "c_0_phone": "", "c_1_name": "", "c_1_email": ""}
    data.update(over)
    return data


def _text(response) -> str:  # noqa: ANN001
    """The page as read; a no-break space (before % and after €) as a space."""
    return html.unescape(response.content.decode()).replace("\u00a0", " ")


def _summary(page: str) -> list[str]:
    """The error summary's items, as read."""
    found = re.search(r'<div class="error-summary".*?</ul>', page, re.S)
    assert found, "no error summary"
    return [re.sub(r"<[^>]+>", "", item).strip() for item in re.findall(r"<li>(.*?)</li>", found.group(0), re.S)]


def _beside(page: str, field_id: str) -> str:
    found = re.search(rf'<ul class="errorlist field-error" id="{field_id}_error">(.*?)</ul>', page, re.S)
    assert found, f"no error beside {field_id}"
    return re.sub(r"<[^>]+>", "", found.group(1)).strip()


@pytest.fixture
def leefloon_client(ref):  # noqa: ANN001, ANN201
    person = factories.person(municipality_id="44021")
    factories.episode(person, "leefloon", dt.date(2025, 2, 1), municipality="44021")
    return person


# 1. a contact row with an e-mail or a phone but no name ------------------------------------------------------------

@pytest.mark.django_db
def test_a_contact_with_an_email_but_no_name_is_refused_and_its_row_named(ref, client):
    client.force_login(factories.user(Role.ADMIN))
    with clock.travel_to(TODAY):
        refused = client.post(NEW, _agreement(c_1_name="  ", c_1_email="jan@gent.example", c_1_phone="09 123 45 67"))
        page = _text(refused)
        assert refused.status_code == 422 and not CooperationAgreement.objects.exists()
        said = "Contactpersoon 2, naam: vul een naam in (de rij heeft een functie, e-mail of telefoon)"
        assert said in _summary(page) and _beside(page, "id_c_1_name") == said
        assert 'href="#id_c_1_name"' in page
        # a row left empty is no contact and no error
        assert client.post(NEW, _agreement()).status_code == 302
    assert list(Contact.objects.values_list("name", flat=True)) == ["An Peeters"]


@pytest.mark.django_db
def test_the_use_case_and_the_api_refuse_a_contact_without_a_name(ref, client):
    admin = factories.user(Role.ADMIN)
    body = {"title": "t", "partner_name": "p", "municipalities": ["44021"], "start": "2025-01-01", "end": "2025-12-31",
            "contacts": [{"name": "An", "email": "an@gent.example"}, {"name": "", "phone": "09 123 45 67"}]}
    with clock.travel_to(TODAY):
        with pytest.raises(InvalidInput) as refused:
            use_cases.create_agreement(factories.principal(admin), body)
        assert [e.field for e in refused.value.errors] == ["contacts[1].name"]
        token = ApiToken.issue(admin, "t")[1]
        response = client.post("/api/v1/municipalities/agreements", body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
    assert response.status_code == 422 and [e["field"] for e in response.json()["errors"]] == ["contacts[1].name"]
    assert not CooperationAgreement.objects.exists()


# 2. every row error names its row (and, for an engagement, its indicator) -----------------------------------------

@pytest.mark.django_db
def test_each_row_error_names_its_row_and_indicator_in_the_summary_and_beside_the_field(ref, client):
    client.force_login(factories.user(Role.ADMIN))
    with clock.travel_to(TODAY):
        page = _text(client.post(NEW, _agreement(eng_1_kpi="leefloon", eng_1_target="veel", eng_2_kpi="screened_2m", eng_2_target="90",
                                                 c_0_email="geen adres")))
    summary = _summary(page)
    expected = {
        "id_eng_1_target": "Engagement 2 (Leefloongerechtigden), streefwaarde: een getal van 0 of meer",
        "id_eng_2_kpi": "Engagement 3 (Gescreend binnen 2 maanden), indicator: deze indicator staat al in een ander engagement "
                        "(elke indicator hoogstens één keer)",
        "id_c_0_email": "Contactpersoon 1, e-mail: geen geldig e-mailadres",
    }
    for field_id, said in expected.items():
        assert said in summary, summary  # the same words at the top…
        assert _beside(page, field_id) == said  # …and beside the field
    assert len(summary) == 3, summary


@pytest.mark.django_db
def test_an_engagement_row_with_only_a_description_is_named_not_dropped(ref, client):
    client.force_login(factories.user(Role.ADMIN))
    with clock.travel_to(TODAY):
        refused = client.post(NEW, _agreement(eng_1_description="minder mensen in het leefloon"))
    page = _text(refused)
    assert refused.status_code == 422 and not CooperationAgreement.objects.exists()
    assert "Engagement 2, indicator: kies een indicator uit de catalogus" in _summary(page)
    assert _beside(page, "id_eng_1_target") == "Engagement 2, streefwaarde: een getal van 0 of meer"


# 3. the reward in words, Belgian formats, the formula for analysts only --------------------------------------------

@pytest.mark.django_db
def test_the_reward_is_said_in_words_with_belgian_formats(client, world):  # noqa: F811
    url = f"/gemeente/samenwerking/{world['gent'].pk}/"
    with clock.travel_to(TODAY):
        client.force_login(factories.user(Role.MUNICIPALITY))
        page = _text(client.get(url))
        client.force_login(factories.user(Role.ANALYST))
        analyst = _text(client.get(url))
    words = re.search(r"<h3 id=\"regels\">Hoe de beloning werkt</h3>(.*?)<table", page, re.S).group(1)
    assert "Een engagement dat zijn streefwaarde haalt, levert € 10.000,00 op." in words
    assert "de drempel van 90 % van de streefwaarde" in words and "levert 50 % van dat bedrag op: € 5.000,00." in words
    assert "Samen nooit meer dan € 50.000,00 per overeenkomst per jaar." in words
    assert "Deze regels gelden vanaf 01/01/2025." in words and "Bron: Vlaams regeerakkoord 2019–2024" in words
    # a municipality reads no formula nor parameter names in the reward; the analyst finds the formula folded away
    reward = re.search(r'<h2 id="beloning">.*?<h2>Contactpersonen</h2>', page, re.S).group(0)
    assert not re.search(r"amount_per_engagement|partial_share|maximum_per_year|Σ|min\(", reward)
    formula = re.search(r'<details class="reward-formula"><summary>De formule \(voor analisten\)</summary>(.*?)</details>', analyst, re.S)
    assert formula and "min(maximum_per_year" in formula.group(1) and "amount_per_engagement = 10.000,00" in formula.group(1)


# 4. the what-if in percent, its money fields named, landing on the result ------------------------------------------

@pytest.mark.django_db
def test_the_what_if_takes_percentages_and_lands_on_its_result(client, world):  # noqa: F811
    partial = use_cases.create_agreement(factories.principal(world["admin"]), {  # Gent has 25 leefloon clients: 90 % of 27 reached
        "title": "Bijna", "partner_name": "OCMW Gent", "municipalities": ["44021"], "start": dt.date(2025, 1, 1), "end": dt.date(2025, 12, 31),
        "engagements": [{"kpi": "leefloon", "target": 27}]})
    url = f"/gemeente/samenwerking/{partial.pk}/"
    client.force_login(factories.user(Role.ANALYST))
    with clock.travel_to(TODAY):
        form = _text(client.get(url))
        assert re.search(r'name="partial_share" value="50"', form) and re.search(r'name="partial_threshold" value="90"', form)
        for name in ("partial_share", "partial_threshold"):
            assert re.search(rf'<input[^>]*name="{name}"[^>]*><span class="unit">%</span>', form), name
        assert re.search(r'<label for="id_amount_per_engagement">Beloning per engagement dat zijn streefwaarde haalt</label>', form)
        assert re.search(r'<label for="id_maximum_per_year">Hoogste beloning per jaar voor deze overeenkomst</label>', form)
        assert re.search(rf'<form method="get" action="{re.escape(url)}#simulatie-uitkomst"', form)
        assert 'id="simulatie-uitkomst"' not in form  # nothing simulated yet: nothing takes the focus
        tried = client.get(url, {"jaar": "2025", "partial_share": "37,5", "amount_per_engagement": "20.000"})
        page = _text(tried)
    assert tried.status_code == 200
    result = re.search(r'<section class="simulation-result"[^>]*>(.*?)</section>', page, re.S).group(1)
    assert '<h4 id="simulatie-uitkomst" tabindex="-1" data-autofocus="result">Uitkomst van de simulatie met eigen parameters</h4>' in result
    read = re.sub(r"<[^>]+>", "", result)
    assert "Beloning met uw parameters: € 7.500,00" in read  # 37,5 % of € 20.000
    assert "levert 37,5 % van dat bedrag op: € 7.500,00" in read
    assert "Voorlopige beloning volgens deze berekening: € 5.000,00" in re.sub(r"<[^>]+>", "", page)  # the rules' reward stays as it is (provisional: 2025 still runs on 30/06/2025, stop 43)
    with clock.travel_to(TODAY):
        wrong = client.get(url, {"partial_share": "150", "partial_threshold": "0,9x"})
    summary = _summary(_text(wrong))
    assert wrong.status_code == 422
    assert "Deel van die beloning voor een engagement dat de drempel haalt: een percentage van 0 tot 100, bv. 50 of 37,5" in summary
    assert "Drempel: deel van de streefwaarde dat gedeeltelijk beloond wordt: een percentage van 0 tot 100, bv. 50 of 37,5" in summary


def test_the_api_what_if_keeps_shares_between_0_and_1_and_the_page_reads_percentages():
    from werkregie.municipalities import reward

    assert reward.what_if({"partial_share": "37,5", "partial_threshold": "90"}, shares_in_percent=True) == {"partial_share": 0.375,
                                                                                                            "partial_threshold": 0.9}
    assert reward.what_if({"partial_share": 0.375}) == {"partial_share": 0.375}
    with pytest.raises(InvalidInput):
        reward.what_if({"partial_share": "37,5"})


# 5. "Open stappen" counts the municipality's own open steps ----------------------------------------------------------

@pytest.mark.django_db
def test_open_steps_count_the_municipalitys_own_steps_not_ended(leefloon_client, client):
    from werkregie.municipalities import steps

    worker = factories.user(Role.MUNICIPALITY)
    me = factories.principal(worker)
    with clock.travel_to(TODAY):
        steps.record(me, leefloon_client.pk, {"kind": "intake", "start": "02/02/2025"})  # running
        steps.record(me, leefloon_client.pk, {"kind": "training", "start": "01/03/2025", "end": "31/12/2025"})  # ends later
        steps.record(me, leefloon_client.pk, {"kind": "gpmi", "start": "01/02/2025", "end": "28/02/2025"})  # ended
        (found,) = [c for c in use_cases.clients(me) if c.person_id == leefloon_client.pk]
        assert (found.open_steps, found.open_trajectory_steps, found.open_own_steps) == (2, 0, 2)
        client.force_login(worker)
        page = _text(client.get("/gemeente/doorverwijzen/"))
        token = ApiToken.issue(worker, "t")[1]
        api = client.get("/api/v1/municipalities/clients", HTTP_AUTHORIZATION=f"Bearer {token}").json()
    cell = re.search(r'<td data-label="Open stappen">(.*?)</td>', page, re.S).group(1)
    assert re.sub(r"<[^>]+>", "", cell).startswith("2 (0 bij VDAB, 2 van de gemeente)"), cell
    assert [(c["open_steps"], c["open_own_steps"]) for c in api if c["person_id"] == leefloon_client.pk] == [(2, 2)]
    assert MunicipalStep.objects.count() == 3


# 6. "Andere stap" needs a description ------------------------------------------------------------------------------

@pytest.mark.django_db
def test_another_step_without_a_description_is_refused(leefloon_client, client):
    worker = factories.user(Role.MUNICIPALITY)
    client.force_login(worker)
    url = f"/gemeente/leefloon/{leefloon_client.pk}/stappen/"
    with clock.travel_to(TODAY):
        refused = client.post(url, {"kind": "other", "title": " ", "start": "01/03/2025"})
        assert refused.status_code == 422
        assert "Omschrijving: beschrijf welke stap het is (verplicht bij “Andere stap”)" in _summary(_text(refused))
        token = ApiToken.issue(worker, "t")[1]
        api = client.post(f"/api/v1/municipalities/clients/{leefloon_client.pk}/steps", {"kind": "other", "start": "2025-03-01"},
                          content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
        assert api.status_code == 422 and [e["field"] for e in api.json()["errors"]] == ["title"]
        assert not MunicipalStep.objects.exists()
        assert client.post(url, {"kind": "other", "title": "Taalcursus bij het CVO", "start": "01/03/2025"}).status_code == 302
    assert MunicipalStep.objects.get().title == "Taalcursus bij het CVO"


# 7. the step form names every problem at once ----------------------------------------------------------------------

@pytest.mark.django_db
def test_the_step_form_names_every_problem_at_once(leefloon_client, client):
    worker = factories.user(Role.MUNICIPALITY)
    client.force_login(worker)
    with clock.travel_to(TODAY):
        page = _text(client.post(f"/gemeente/leefloon/{leefloon_client.pk}/stappen/", {"kind": "", "start": "", "end": "31/02/2025"}))
        assert _summary(page) == ["Soort stap: kies een soort stap", "Begindatum: geef een datum als DD/MM/JJJJ, bv. 30/06/2025",
                                  "Einddatum: geef een datum als DD/MM/JJJJ, bv. 30/06/2025 (31/02/2025 bestaat niet)"]
        from werkregie.municipalities import steps

        step = steps.record(factories.principal(worker), leefloon_client.pk, {"kind": "intake", "start": "02/02/2025"})
        edit = _text(client.post(f"/gemeente/leefloon/stappen/{step.pk}/", {"kind": "other", "start": "morgen", "end": "01/01/2025", "version": "1"}))
    assert _summary(edit) == ["Omschrijving: beschrijf welke stap het is (verplicht bij “Andere stap”)",
                              "Begindatum: geef een datum als DD/MM/JJJJ, bv. 30/06/2025"]


# 8. an agreement without engagements: an empty state, no reward of € 0,00 ------------------------------------------

@pytest.mark.django_db
def test_an_agreement_without_engagements_says_so_and_how_to_add_them(ref, client):
    admin = factories.user(Role.ADMIN)
    with clock.travel_to(TODAY):
        empty = use_cases.create_agreement(factories.principal(admin), {"title": "Nog leeg", "partner_name": "OCMW Gent", "municipalities": ["44021"],
                                                                        "start": dt.date(2025, 1, 1), "end": dt.date(2025, 12, 31)})
        url = f"/gemeente/samenwerking/{empty.pk}/"
        client.force_login(admin)
        editor = _text(client.get(url))
        client.force_login(factories.user(Role.ANALYST))
        reader = _text(client.get(url))
    for page in (editor, reader):
        assert '<div class="empty">' in page and "Deze overeenkomst heeft nog geen engagementen" in page
        assert "<table" not in page and "€ 0,00" not in page and "Beloning voor" not in page and "Simulatie" not in page
    assert f'<a class="button" href="/gemeente/samenwerking/{empty.pk}/bewerken/">Engagementen toevoegen</a>' in editor
    assert "Engagementen toevoegen" not in reader


# 9. date errors in the platform's words, lower case after the colon ----------------------------------------------

@pytest.mark.django_db
def test_date_and_required_errors_say_what_and_where_in_lower_case(ref, client):
    client.force_login(factories.user(Role.ADMIN))
    with clock.travel_to(TODAY):
        page = _text(client.post(NEW, _agreement(title="", partner_name="", municipalities=[], start="morgen", end="31/02/2025")))
    summary = _summary(page)
    assert summary[:5] == ["Titel: vul een titel in", "Partner: vul de partner in", "Gemeenten: kies een of meer gemeenten",
                           "Begindatum: geef een datum als DD/MM/JJJJ, bv. 30/06/2025",
                           "Einddatum: geef een datum als DD/MM/JJJJ, bv. 30/06/2025 (31/02/2025 bestaat niet)"]
    assert not [item for item in summary if re.search(r":\s+[A-Z]", item)], summary  # Dutch: lower case after a colon
    with clock.travel_to(TODAY):
        too_long = _summary(_text(client.post(NEW, _agreement(title="x" * 201, eng_0_kpi="geen"))))
    assert too_long == ["Titel: hoogstens 200 tekens (nu 201)", "Engagement 1, indicator: kies een van de mogelijkheden"]


@pytest.mark.django_db
def test_the_step_form_speaks_in_lower_case_after_the_colon(leefloon_client, client):
    client.force_login(factories.user(Role.MUNICIPALITY))
    with clock.travel_to(TODAY):
        page = _text(client.post(f"/gemeente/leefloon/{leefloon_client.pk}/stappen/", {"kind": "nope", "title": "y" * 201, "start": "01/03/2025"}))
    assert _summary(page) == ["Soort stap: kies een soort stap", "Omschrijving: hoogstens 200 tekens (nu 201)"]


def test_core_dates_says_how_to_write_a_date_with_an_example():
    with clock.travel_to(dt.date(2026, 7, 1)):
        assert dates.format_hint() == "geef een datum als DD/MM/JJJJ, bv. 01/07/2026"
        with pytest.raises(InvalidInput) as shapeless:
            dates.parse_day("morgen", "start")
        assert shapeless.value.errors[0].message == "geef een datum als DD/MM/JJJJ, bv. 01/07/2026"


# 10. 201 Created for a new agreement ---------------------------------------------------------------------------

@pytest.mark.django_db
def test_creating_an_agreement_through_the_api_answers_201(ref, client):
    token = ApiToken.issue(factories.user(Role.ADMIN), "t")[1]
    body = {"title": "Activering", "partner_name": "OCMW Gent", "municipalities": ["44021"], "start": "2025-01-01", "end": "2025-12-31"}
    with clock.travel_to(TODAY):
        made = client.post("/api/v1/municipalities/agreements", body, content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {token}")
        schema = client.get("/api/v1/openapi.json").json()
    assert made.status_code == 201 and made.json()["id"] == CooperationAgreement.objects.get().pk and made.json()["version"] == 1
    assert "201" in schema["paths"]["/api/v1/municipalities/agreements"]["post"]["responses"]
