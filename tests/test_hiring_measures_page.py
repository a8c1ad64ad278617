"""Second walk, HIGH 2: the employer's page of hiring measures per candidate listed measures that ended years ago as
"Niet voldaan: een aanwerving van 01/07/2016 tot 30/06/2023", rule parameters that are no condition (the period's
dates as "JJJJMMDD"), amounts without their unit ("(730)"), "55,00 %" beside "40 %", the rules' unit note in the
headings "(EUR; per maand …)" and no space after "Te controleren:"."""

import re

from django.test import Client

from werkregie.core.clock import travel_to

from .test_vacancies_round2 import TODAY, _long_term, applied, world  # noqa: F401 - the fixture


def test_the_employer_page_states_measures_in_force_with_readable_conditions(world):  # noqa: F811
    _long_term(world)
    application = applied(world)
    boss = Client()
    boss.force_login(world["boss"])
    with travel_to(TODAY):
        html = boss.get(f"/sollicitaties/{application.pk}/steunmaatregelen/").content.decode()
    sections = html.split("<details", 1)[0]
    assert "een aanwerving van 01/07/2016 tot 30/06/2024" not in sections and "Niet voldaan" not in sections
    assert re.search(r"<details class=\"ended-measures\"><summary>\d+ maatregelen niet meer van kracht op", html)
    assert "JJJJMMDD" not in html
    assert "Te controleren:<" not in html and not re.search(r"Te controleren:\S", html)
    # the unit of its node; since the conditions became sentences (stop 33 open point) the amount stands in the sentence
    # ("bedraagt € 730 per kwartaal"), no longer in brackets after the rules' description
    assert "(730)" not in html and "€\u00a0730 per kwartaal" in html
    assert "55,00\u00a0%" not in html and ": 55\u00a0%" in html  # startpakket 3 as "40 %" beside it
    assert "(EUR" not in html
