"""The rules' API and the "Mijn jobbonus" page."""

from django.test import Client


def test_api_lists_variables_with_references(client, db):
    rows = {r["name"]: r for r in client.get("/api/v1/rules/variables").json()}
    assert rows["jobbonus"]["reference"] and rows["jobbonus"]["unit"] == "currency-EUR"


def test_api_calculates_without_login(client, db):
    response = client.post("/api/v1/rules/calculate", data={"period": "2024", "inputs": {"brutoloon": 24000, "prestatiebreuk": 0.8}, "compute": ["jobbonus"]},
                           content_type="application/json")
    assert response.status_code == 200 and response.json()["results"] == {"jobbonus": 354.0}


def test_api_bad_input_is_a_problem_naming_the_field(client, db):
    for body, field in [({"period": "2024", "inputs": {"brutoloon": "x"}, "compute": ["jobbonus"]}, "brutoloon"),
                        ({"period": "2024", "inputs": {}, "compute": ["nope"]}, "nope"),
                        # issue 15, point 8: period 1999 for jobbonus is now 0 with in_force false (test_rules_safety);
                        # a missing input is the error that names the field instead
                        ({"period": "2024", "inputs": {"brutoloon": 24000}, "compute": ["jobbonus"]}, "prestatiebreuk")]:
        response = client.post("/api/v1/rules/calculate", data=body, content_type="application/json")
        assert response.status_code == 422 and response["Content-Type"] == "application/problem+json"
        assert response.json()["errors"][0]["field"] == field


def test_job_bonus_page_explains_the_amount(db):
    html = Client().get("/mijn-jobbonus/", {"year": "2024", "monthly_wage": "2000", "fraction": "0,8"}).content.decode()
    assert "Uw jobbonus voor 2024: € 354,00" in html
    assert "€ 2.000,00 ÷ 0,8 = € 2.500,00" in html and "vaste verhoging van € 50,00" in html


def test_job_bonus_page_refuses_bad_input(db):
    html = Client().get("/mijn-jobbonus/", {"year": "2024", "monthly_wage": "-5", "fraction": "3"}).content.decode()
    assert "Uw jobbonus" not in html and 'class="error"' in html


def test_job_bonus_page_in_french(db):
    client = Client(HTTP_ACCEPT_LANGUAGE="fr")
    html = client.get("/mijn-jobbonus/", {"year": "2022", "monthly_wage": "2800", "fraction": "1"}).content.decode()
    assert "Votre bonus à l'emploi pour 2022" in html
