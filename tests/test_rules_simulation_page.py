"""Issue 15, point 16, second pass on the page "Beleidssimulatie": errors in Dutch with the field's label and, for a
file, the row and column; the assumptions in Belgian formats; readable rule names with their legal source; a year
outside the rules' years is an error that names the years covered (it silently gave 0); and a long simulation runs
as a task of the task runner whose progress the page polls."""

from __future__ import annotations

import html
import re

import numpy as np
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.rules import simulation, simulation_jobs
from werkregie.rules.calc import RuleInputError
from werkregie.rules.messages import page_message
from werkregie.rules.simulation import SyntheticSpec, parse_changes, simulate, synthetic

from . import factories as f

BODY = {"year": "2024", "reform": "", "changes": "jobbonus.ondergrens += 100", "source": "synthetic", "persons": "2000",
        "wage_median": "3.200", "wage_sigma": "0,35", "seed": "2026"}


@pytest.fixture
def analyst(db):
    client = Client()
    client.force_login(f.user(Role.ANALYST))
    return client


def _text(response) -> str:
    return html.unescape(response.content.decode())


def _summary(page: str) -> str:
    found = re.search(r'<div class="error-summary".*?</div>', page, re.S)
    assert found, "no error summary"
    return re.sub(r"<[^>]+>", "", found.group(0))


def test_a_year_outside_the_rules_is_an_error_naming_the_years_covered():
    """Regression: 2019 gave a cost of 0 without a word (the job bonus starts with reference year 2021)."""
    population = synthetic(SyntheticSpec(persons=50, seed=3), 2019)
    with pytest.raises(RuleInputError) as err:
        simulate(population, "2019", changes=parse_changes("jobbonus.ondergrens += 100"))
    assert err.value.code == "year_not_covered" and err.value.fields == ["year"]
    assert (err.value.params["first"], err.value.params["last"]) == (2021, 2024) and "years covered: 2021-2024" in str(err.value)
    with pytest.raises(RuleInputError, match="years covered: 2021-2024"):  # 2025: no values, and the change adds none
        simulate(population, "2025", changes=parse_changes("jobbonus.ondergrens += 100"))
    assert simulate(population, "2025", reform="jobbonus_verlengd").reform_total > 0  # a reform that covers the year still runs


def test_the_page_says_which_years_are_covered(analyst):
    response = analyst.post("/beleidssimulatie/", {**BODY, "year": "2019"})
    summary = _summary(_text(response))
    assert response.status_code == 422
    assert "Jaar: Vlaamse jobbonus voor het refertejaar heeft geen bedragen voor 2019" in summary
    assert "De regels dekken de jaren 2021 tot en met 2024." in summary


def test_errors_are_in_dutch_with_the_fields_label(analyst):
    page = _text(analyst.post("/beleidssimulatie/", {**BODY, "changes": "jobbonus.ondergrens += 100\njobbonus.ondergrens plus 100"}))
    summary = _summary(page)
    assert "Gewijzigde parameters: Lijn 2, „jobbonus.ondergrens plus 100”: schrijf PARAMETER += BEDRAG" in summary
    assert "is not PARAMETER" not in page and "changes:" not in summary
    summary = _summary(_text(analyst.post("/beleidssimulatie/", {**BODY, "changes": "jobbonus.nope += 1"})))
    assert "Gewijzigde parameters: „jobbonus.nope” is geen parameter van de regels" in summary
    summary = _summary(_text(analyst.post("/beleidssimulatie/", {**BODY, "changes": ""})))
    assert "Hervorming: Kies een hervorming of wijzig minstens één parameter." in summary
    summary = _summary(_text(analyst.post("/beleidssimulatie/", {**BODY, "variable": "vop"})))
    assert "Regel: De synthetische bevolking kent alleen lonen en prestatiebreuken" in summary and "Vlaamse ondersteuningspremie" in summary


def test_a_bad_cell_of_an_uploaded_file_is_named_by_row_and_column(analyst):
    rows = "id;brutoloon;prestatiebreuk\na;30000;1\nb;veel;1\n"
    upload = SimpleUploadedFile("population.csv", rows.encode(), content_type="text/csv")
    started = analyst.post("/beleidssimulatie/", {**BODY, "source": "upload", "file": upload})
    assert started.status_code == 303
    response = analyst.get(started["Location"])
    summary = _summary(_text(response))
    assert response.status_code == 422
    assert "CSV-bestand in het formaat van rules batch: Rij 3, kolom „brutoloon”: „veel” is geen getal." in summary
    assert "is not a number" not in summary
    too_high = RuleInputError("prestatiebreuk: row 4 is above the maximum 1", None, "above_maximum", row=4, column="prestatiebreuk", limit=1.0,
                              value=1.5)
    assert page_message(too_high) == "Rij 4, kolom „prestatiebreuk”: 1,50 is groter dan het maximum 1."


def test_the_assumptions_are_in_belgian_formats():
    texts = {a.key: a.text for a in SyntheticSpec(wage_median=3250.0, wage_sigma=0.35).assumptions()}
    assert "mediaan € 3.250 en spreiding 0,35" in texts["wage"] and "Geen gepubliceerde loonverdeling gevonden" in texts["wage"]
    assert "52,1\u00a0% mannen" in texts["sex"] and "mannen 80,5\u00a0%" in texts["sex"] and "74,0\u00a0%" in texts["sex"]
    assert "0,5: 15\u00a0%" in texts["fraction"] and "01/01/2020" in texts["municipality_age"]
    assert not any(re.search(r"\d,\d{3}\b|\d\.\d{1,2}\b(?!\d)", t.replace("0,5: ", "")) for t in texts.values())  # no 3,250 nor 0.35


def test_rules_are_listed_by_name_with_their_legal_source(analyst):
    page = _text(analyst.get("/beleidssimulatie/"))
    assert '<option value="jobbonus" selected>Vlaamse jobbonus voor het refertejaar</option>' in page
    assert '<option value="vop">Vlaamse ondersteuningspremie</option>' in page
    options = re.findall(r"<option value=\"[^\"]*\"[^>]*>([^<]*)</option>", page)
    assert options and not any(re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)+", o) for o in options)  # no snake_case names shown
    assert "https://etaamb.openjustice.be/fr/nl/arrete-du-gouvernement-flamand_n2022015271.html" in page
    assert "De jobbonus verlengd" in page or "jobbonus_verlengd" in page  # reforms by name, their key beside it


def test_each_rule_in_the_select_has_its_own_readable_name(analyst):
    """The browser walk found five options all reading "FEDERAAL" (the tag in front of the federal rules' labels)."""
    page = _text(analyst.get("/beleidssimulatie/"))
    select = re.search(r'<select[^>]*name="variable".*?</select>', page, re.S).group(0)
    options = re.findall(r"<option value=\"([^\"]+)\"[^>]*>([^<]*)</option>", select)
    names = [name for _value, name in options]
    assert len(names) == len(set(names)), names
    assert not any(name.strip().isupper() for name in names), names
    federal = dict(options)
    assert federal["federaal_persoonlijke_bijdrage"] == "Persoonlijke socialezekerheidsbijdrage van de werknemer vóór de werkbonus (federaal)"


def test_a_simulation_runs_as_a_task_with_progress(analyst, monkeypatch):
    queued = []
    monkeypatch.setattr("werkregie.messaging.runner.enqueue", lambda func, *args, **kwargs: queued.append((func, args)))
    started = analyst.post("/beleidssimulatie/", BODY)
    token = started["Location"].split("taak=")[1]
    assert queued == [(simulation_jobs.TASK, (token,))]
    waiting = _text(analyst.get(started["Location"]))
    assert "De simulatie staat in de wachtrij van de taakverwerker." in waiting and f"taak={token}&deel=voortgang" in waiting
    assert 'hx-trigger="every 2s"' in waiting
    seen = []
    monkeypatch.setattr(simulation, "CHUNK", 500)  # 2,000 persons: 4 chunks for the baseline, 4 for the reform, 1 for the groups
    real_update = simulation_jobs._update
    monkeypatch.setattr(simulation_jobs, "_update", lambda t, **c: (seen.append((c.get("done"), c.get("total"))), real_update(t, **c)))
    simulation_jobs.run(token)
    progress = [s for s in seen if s[1] == 9]
    assert [d for d, _ in progress] == list(range(1, 10))
    poll = analyst.get(started["Location"] + "&deel=voortgang")
    assert poll.status_code == 204 and poll["HX-Redirect"] == started["Location"]
    done = _text(analyst.get(started["Location"]))
    assert "Kost voor de begroting" in done and "Simulatie loopt" not in done
    other = Client()
    other.force_login(f.user(Role.ANALYST))
    assert other.get(started["Location"]).status_code == 404  # only the analyst who started it


def test_progress_is_reported_per_chunk(monkeypatch):
    monkeypatch.setattr(simulation, "CHUNK", 1000)
    population = synthetic(SyntheticSpec(persons=2500, seed=4), 2024)
    calls = []
    whole = simulate(population, "2024", changes=parse_changes("jobbonus.ondergrens += 100"), progress=lambda d, t: calls.append((d, t)))
    assert calls == [(i, 7) for i in range(1, 8)]
    monkeypatch.setattr(simulation, "CHUNK", 10_000)
    single = simulate(population, "2024", changes=parse_changes("jobbonus.ondergrens += 100"))
    assert whole.cost == single.cost and whole.winners == single.winners and np.isclose(whole.baseline_total, single.baseline_total)
