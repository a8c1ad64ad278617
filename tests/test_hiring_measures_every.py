"""Issue 12 point 5, support measures per candidate: the walk found one measure on the page and no amounts over time.
Every employer measure of the rules catalogue is now listed for the candidate, in the catalogue's order: those the
platform computes per candidate with their amount for every quarter of their duration (computed by the rules, not
written here) and each condition met / not met / to check; those closed on the hiring date as not met by that date;
those not computed per candidate (VOP, maatwerk, training) with their conditions from the rules, to check."""

from django.test import Client

from werkregie.core.clock import travel_to
from werkregie.rules import catalogue as cat
from werkregie.vacancies import hiring
from werkregie.vacancies.models import Application

from .test_vacancies_round2 import TODAY, _long_term, api, applied, world  # noqa: F401 - the fixture


def test_every_catalogue_measure_is_listed_with_amounts_per_quarter_and_each_conditions_state(world):  # noqa: F811
    _long_term(world)
    application = applied(world)
    Application.objects.filter(pk=application.pk).update(measures_shared_at=TODAY)
    with travel_to(TODAY):
        body = api(world["counsellor"], "get", f"/api/v1/vacancies/applications/{application.pk}/measures").json()
    measures = {m["key"]: m for m in body["measures"]}
    assert [m["key"] for m in body["measures"]] == [e.key for e in cat.MEASURES]
    current = measures["doelgroepvermindering_zonder_werkervaring"]
    assert current["qualifies"] is True and current["assessed"] is True
    assert [s["quarter"] for s in current["schedule"]] == ["2026-10-01", "2027-01-01", "2027-04-01", "2027-07-01"]
    assert [s["amount"] for s in current["schedule"]] == [1000.0] * 4 and sum(s["amount"] for s in current["schedule"]) == current["total"]
    for closed in ("doelgroepvermindering_oudere_aanwerving", "doelgroepvermindering_jongeren", "aanwervingsincentive_langdurig_werkzoekenden"):
        m = measures[closed]
        assert m["qualifies"] is False and m["schedule"] == [] and m["assessed"] is True
        assert [(c["key"], c["met"]) for c in m["employer_conditions"]] == [("in_force", False)]
        assert m["employer_conditions"][0]["values"]["end"] < TODAY.isoformat()
    for other in ("vop", "maatwerk_individueel", "maatwerk_collectief", "vov_terugbetaling_werkgever", "ibo"):
        m = measures[other]
        assert m["assessed"] is False and m["qualifies"] is None and m["catalogue_conditions"]
        assert {c["key"]: c["met"] for c in m["employer_conditions"]}["not_assessed"] is None
        assert all(c["description"] for c in m["catalogue_conditions"])


def test_the_page_shows_every_measure_and_the_amount_of_each_quarter(world):  # noqa: F811
    _long_term(world)
    application = applied(world)
    Application.objects.filter(pk=application.pk).update(measures_shared_at=TODAY)
    boss = Client()
    boss.force_login(world["boss"])
    with travel_to(TODAY):
        html = boss.get(f"/sollicitaties/{application.pk}/steunmaatregelen/").content.decode()
    # second walk, HIGH 2 (deliberate change): the measures closed on the hiring date are named in a collapsed list
    # "niet meer van kracht", not detailed as sections with "Niet voldaan"
    ended = [m for m in cat.catalogue() if not m.in_force(TODAY)]
    assert html.count("<section aria-labelledby=\"h-") == len(cat.MEASURES) - len(ended) and ended
    # stop 36 (issue 12 walk): a measure is named everywhere by its one title in the reader's language (hiring.measure_title)
    assert "niet meer van kracht op" in html and all(f"<li>{hiring.measure_title(m.key, m.name)[0]}" in html for m in ended)
    assert "Bedrag per kwartaal" in html and html.count("€ 1.000,00</td>") == 4 and "vanaf 01/07/2027" in html
    assert "Te controleren: het platform berekent deze maatregel niet per kandidaat" in html
