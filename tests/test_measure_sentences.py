"""Stop 33, open points of the support measures per candidate (issue 12):
1. the employer read each condition of a measure as the rules' parameter description ("Gemiddeld gewaarborgd
   minimummaandinkomen (NAR, cao nr. 43 …) (€ 2.070,48)"); each is now a plain sentence with the value in force on the
   hiring date in Belgian notation, from one place (vacancies/measure_sentences.py), its legal source linked beside it;
2. for a candidate who did not share, the employer saw no amount at all; it now sees per measure what the hire brings
   "if the conditions are met", computed for a typical candidate: the person's record is not read (nothing logged), and
   nothing of the person (whether they qualify, age, status, months as a job seeker) shows."""

import datetime as dt
import html as htmllib
import importlib.util
import re
from pathlib import Path

import pytest
from django.test import Client
from django.utils import translation

from werkregie.access.models import AccessLogEntry
from werkregie.core.clock import travel_to
from werkregie.rules import catalogue as cat
from werkregie.rules.measures import Condition, typical_facts
from werkregie.vacancies import hiring, measure_sentences
from werkregie.vacancies.measure_sentences import SENTENCES, parameter_sentence, rule_sentence
from werkregie.vacancies.models import Application

from .test_matching_platform import SKILLS, seeker
from .test_vacancies_round2 import TODAY, _long_term, api, applied, world  # noqa: F401 - the fixture

GGMMI = "Het gemiddeld gewaarborgd minimummaandinkomen (het minimumloon voor een voltijdse werknemer van 18 jaar of ouder) bedraagt"


def _stated(day: dt.date) -> list[cat.Condition]:
    """The parameters the candidate page states on that day: those of the measures in force not computed per candidate."""
    computed = {"doelgroepvermindering_zonder_werkervaring", "doelgroepvermindering_oudere_aanwerving",
                "doelgroepvermindering_jongeren", "aanwervingsincentive_langdurig_werkzoekenden"}
    return [c for m in cat.catalogue() if m.in_force(day) and m.key not in computed for c in m.conditions
            if c.unit != "date" and measure_sentences.value_on(c, day) is not None]


def test_every_condition_the_candidate_page_states_is_a_sentence_with_its_dated_value():
    stated = _stated(TODAY)
    assert len(stated) > 20
    missing = [c.path for c in stated if parameter_sentence(c, TODAY) is None]
    assert not missing, missing
    ggmmi = next(c for c in stated if c.path == "referteloon.ggmmi")
    assert parameter_sentence(ggmmi, TODAY) == f"{GGMMI} €\u00a02.070,48 bruto per maand."
    # the value in force on the hiring date, not the newest one
    older = next(v for v in ggmmi.values if v.since < dt.date(2024, 1, 1))
    assert f"€\u00a0{older.value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".") in parameter_sentence(ggmmi, older.since)
    vop = next(c for c in stated if c.path == "vop.percentage_onbepaalde_duur")
    assert parameter_sentence(vop, TODAY).endswith(
        ": 40\u00a0% in de kwartalen 1 tot 5, 30\u00a0% in de kwartalen 6 tot 9, 20\u00a0% in de kwartalen 10 tot 20, daarna niets.")
    ibo = next(c for c in stated if c.path == "ibo.maximale_duur")
    assert parameter_sentence(ibo, TODAY) == "Een IBO duurt hoogstens 26 weken."


def _translations() -> dict:
    known = {}
    for script in sorted((Path(__file__).resolve().parent.parent / "scripts").glob("translations*.py")):
        spec = importlib.util.spec_from_file_location(script.stem, script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        known |= getattr(module, "T", {})
    return known


def test_every_sentence_has_a_french_and_english_translation(monkeypatch):
    said = []
    monkeypatch.setattr(measure_sentences, "_", lambda text: said.append(text) or text)
    for key, values in (("jobseeker_months", {"required": 24}), ("registered_jobseeker", {}), ("age", {"low": 18, "high": 66}),
                        ("age_min", {"low": 58}), ("age_below", {"high": 25}), ("education", {"max_isced": 4}),
                        ("education", {"max_isced": 2}), ("portfolio", {})):
        assert rule_sentence(Condition(key, None, values))
    measure_sentences._scale_per_quarter("/1", [(1, 0.4), (6, 0.3), (9, 0.2), (10, 0.1), (21, 0)])
    measure_sentences._times("/1", 1), measure_sentences._times("/1", 2)
    known = _translations()
    with translation.override(None):  # the msgids themselves
        msgids = said + [str(text) for text, _write in SENTENCES.values()]
    missing = [m for m in msgids if m not in known or not all(known[m])]
    assert not missing, missing


def _boss(world) -> Client:  # noqa: F811
    boss = Client()
    boss.force_login(world["boss"])
    return boss


def test_the_employer_reads_each_condition_as_a_sentence_with_its_legal_source(world):  # noqa: F811
    _long_term(world)
    application = applied(world)
    with travel_to(TODAY):
        page = htmllib.unescape(_boss(world).get(f"/sollicitaties/{application.pk}/steunmaatregelen/").content.decode())
    sections = page.split("<details class=\"ended-measures\"", 1)[0]
    assert f"{GGMMI} €\u00a02.070,48 bruto per maand." in sections
    assert "Gemiddeld gewaarborgd minimummaandinkomen (NAR" not in sections  # the parameter's description no longer
    ggmmi = next(c for m in cat.catalogue() if m.key == "vop" for c in m.conditions if c.path == "referteloon.ggmmi")
    assert ggmmi.sources and all(f'href="{s.href}"' in sections for s in ggmmi.sources)
    assert "Het variabele deel van de begeleidingspremie bij een gemiddelde begeleidingsnood bedraagt €\u00a0730 per kwartaal (voltijds)." in sections


def test_the_public_page_leads_each_condition_with_its_sentence_and_keeps_the_rules_text(client, db):
    with travel_to(TODAY):
        page = htmllib.unescape(client.get("/steunmaatregelen/").content.decode())
    assert f'<p class="sentence">{GGMMI} €\u00a02.070,48 bruto per maand.</p>' in page
    assert "Gemiddeld gewaarborgd minimummaandinkomen (NAR" in page  # the rules' own words and dated values stay


def _main(page: str) -> str:
    """The page's content, links to the application's own pages written alike."""
    return re.sub(r"/\d+/", "/#/", page.split("<main", 1)[1].split("</main>", 1)[0])


def test_a_candidate_who_did_not_share_shows_the_amount_if_the_conditions_are_met_and_nothing_of_the_person(world, monkeypatch):  # noqa: F811
    _long_term(world)
    application = applied(world)  # 24+ months a job seeker: would qualify
    short = seeker(SKILLS[:3], team=world["team"], birth_date=dt.date(1985, 3, 4))
    short.episodes.update(start=dt.date(2026, 8, 1))  # a few months: would not
    other = Application.objects.create(vacancy=world["job"], person=short, origin="applied")

    def no_person(person_id):  # noqa: ANN001, ANN202
        raise AssertionError(f"the person's record was read ({person_id})")

    monkeypatch.setattr(hiring, "_facts", no_person)  # nothing personal is read without the candidate's consent
    before = AccessLogEntry.objects.count()
    with travel_to(TODAY):
        bodies = [api(world["boss"], "get", f"/api/v1/vacancies/applications/{a.pk}/measures").json() for a in (application, other)]
        pages = [htmllib.unescape(_boss(world).get(f"/sollicitaties/{a.pk}/steunmaatregelen/").content.decode()) for a in (application, other)]
    assert AccessLogEntry.objects.count() == before  # the access log is unchanged: nothing of the person was read
    assert bodies[0]["measures"] == bodies[1]["measures"]  # two different candidates look exactly the same
    [m] = [m for m in bodies[0]["measures"] if m["key"] == "doelgroepvermindering_zonder_werkervaring"]
    assert m["qualifies"] is None and m["person_verdict"] is None and m["person_conditions"] == [] and m["total"] == 0
    assert m["if_met"]["total"] == 4000 and m["if_met"]["quarters"] == 4 and m["if_met"]["amount_basis"] == "vacancy"
    assert [s["amount"] for s in m["if_met"]["schedule"]] == [1000.0] * 4
    assert ("De werkzoekende is vóór de aanwerving minstens 24 maanden ingeschreven als niet-werkende werkzoekende."
            in m["rule_conditions"])
    text = str(bodies[0])
    for leak in ("actual", "jobseeker_months", "age_min", "registered_jobseeker", "1985", "leefloon"):
        assert leak not in text, leak
    assert [_main(p) for p in pages] == [_main(pages[0])] * 2
    page = pages[0].split("<details class=\"ended-measures\"", 1)[0]
    assert "Als de kandidaat aan de voorwaarden voldoet: € 4.000,00" not in page  # the per-quarter wording, not a bare total
    assert "Als de kandidaat aan de voorwaarden voldoet: € 1.000,00 per kwartaal gedurende 4 kwartalen, € 4.000,00 in totaal." in page
    assert "Of deze aanwerving in aanmerking komt, is niet gedeeld." in page
    assert "het is niet berekend met de gegevens van deze kandidaat" in page
    # no per-person eligibility: no verdict, no fact behind a condition
    for verdict in ("Voldaan volgens de gegevens van VDAB", "Niet voldaan volgens de gegevens van VDAB", "Deze aanwerving komt niet in aanmerking",
                    "(nu ", "(wordt "):
        assert verdict not in page, verdict
    candidate_side = [part.split("</section>", 1)[0] for part in page.split("Voorwaarden aan de kant van de kandidaat")[1:]]
    assert candidate_side and not [part for part in candidate_side if "oldaan" in part]  # "Voldaan"/"Niet voldaan" only for the vacancy
    assert "minstens 24 maanden ingeschreven als niet-werkende werkzoekende" in candidate_side[0]


def test_once_shared_the_employer_sees_the_candidates_own_amount_not_the_conditional_one(world):  # noqa: F811
    _long_term(world)
    application = applied(world)
    Application.objects.filter(pk=application.pk).update(measures_shared_at=dt.datetime(2026, 11, 27, tzinfo=dt.UTC))
    with travel_to(TODAY):
        body = api(world["boss"], "get", f"/api/v1/vacancies/applications/{application.pk}/measures").json()
    [m] = [m for m in body["measures"] if m["key"] == "doelgroepvermindering_zonder_werkervaring"]
    assert m["qualifies"] is True and m["total"] == 4000 and m["if_met"] is None and m["person_verdict"] is True
    assert m["rule_conditions"] and "actual" not in str(body)


@pytest.mark.parametrize("hired", [dt.date(2019, 3, 1), dt.date(2022, 5, 2), TODAY])
def test_the_typical_candidate_meets_every_condition_on_the_persons_side(hired):
    from werkregie.rules.measures import COMPUTED

    for key, build in COMPUTED.items():
        facts = typical_facts(key, hired)
        if facts is None:
            continue
        m = build(*facts)
        assert all(c.met is not False for c in m.conditions), (key, [(c.key, c.met) for c in m.conditions])
        assert m.qualifies and m.total > 0, key
