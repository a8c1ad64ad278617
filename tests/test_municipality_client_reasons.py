"""Issue 16, last items (2): the municipality worker's client list is ordered by what needs action
(`municipalities.client_order.by_action`) but did not say why a client came first. Each row now says it in words, from
the same annotations that order the list (`client_order.reason`), on "Cliënten" and on "Doorverwijzen"."""

from __future__ import annotations

import datetime as dt
import html
import re

import pytest

from tests import factories as f
from werkregie.access.models import AccessLogEntry
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.municipalities import use_cases
from werkregie.municipalities.models import Referral
from werkregie.organisations.models import OrganisationKind
from werkregie.trajectories.models import Agreement, AgreementStep, Trajectory
from werkregie.worklist.models import Task

pytestmark = pytest.mark.django_db
DAY = dt.date(2026, 12, 1)

# last name → the reason the row must give (a date in DD/MM/YYYY), in the order of the list
EXPECTED = [
    ("Fransen", "Open stap van het traject: te laat sinds 26/11/2026"),
    ("Gillis", "Doorverwijzing nog niet opgenomen door VDAB: screening te laat sinds 27/11/2026"),
    ("Dewulf", "Open stap van het traject: uiterlijk 04/12/2026"),
    ("Claes", "Doorverwijzing nog niet opgenomen door VDAB: screening uiterlijk 15/12/2026"),
    ("Bos", "Geen traject bij VDAB en niet doorverwezen: beslis of u doorverwijst"),
    ("Aerts", "Geen termijn: in traject bij VDAB"),
    ("Engels", "Geen termijn: in traject bij VDAB"),
    ("Hendrickx", "Geen termijn: doorverwezen, VDAB nam de doorverwijzing op"),
]


def clients_world(password: str | None = None):
    """A municipality worker of Gent (username "lien") with one leefloon client for each reason, made on DAY."""
    worker = f.user(Role.MUNICIPALITY, f.organisation(OrganisationKind.MUNICIPALITY, municipality_id="44021"), username="lien",
                    **({"password": password} if password else {}))
    made = {}
    for name, _reason in EXPECTED:
        p = f.person(municipality_id="44021", last_name=name, first_name="Client")
        f.episode(p, "leefloon", start=dt.date(2025, 1, 1), municipality="44021")
        made[name] = p

    def in_trajectory(p, step_due=None):  # noqa: ANN001, ANN202
        trajectory = Trajectory.objects.create(person=p, kind="standard", started_on=dt.date(2025, 6, 1), state="active")
        if step_due:
            agreement = Agreement.objects.create(trajectory=trajectory, person=p, title="Afspraken")
            AgreementStep.objects.create(agreement=agreement, person=p, kind="other", title="Cv maken", due_on=step_due, state="open")

    in_trajectory(made["Aerts"])
    in_trajectory(made["Engels"])
    in_trajectory(made["Dewulf"], step_due=DAY + dt.timedelta(days=3))
    in_trajectory(made["Fransen"], step_due=DAY - dt.timedelta(days=5))
    with clock.travel_to(DAY - dt.timedelta(days=18)):  # VDAB's term (14 days) ran out four days ago
        use_cases.refer(f.principal(worker), made["Gillis"].pk, "Zoekt werk in de logistiek.")
    with clock.travel_to(DAY - dt.timedelta(days=40)):  # VDAB took this one up: its task is done, no trajectory (yet)
        use_cases.refer(f.principal(worker), made["Hendrickx"].pk, "Wil een opleiding volgen.")
    Task.objects.filter(key=Referral.objects.get(person=made["Hendrickx"]).task_key).update(status="done")
    with clock.travel_to(DAY):
        use_cases.refer(f.principal(worker), made["Claes"].pk, "Wil graag werken.")
    return worker, made


def _rows(page: str) -> list[tuple[str, str]]:
    """(last name, the 'Te doen' cell) of each row of the client list, in order."""
    found = []
    for row in re.findall(r"<tr>(.*?)</tr>", page, re.S):
        name = re.search(r">([^<,]+), Client</a>", row)
        cell = re.search(r'class="action-reason">(.*?)</td>', row, re.S)
        if name and cell:
            found.append((name.group(1), re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", cell.group(1)))).strip()))
    return found


def test_each_client_says_why_it_stands_where_it_stands(client, ref):
    worker, _made = clients_world()
    client.force_login(worker)
    with clock.travel_to(DAY):
        page = client.get("/gemeente/clienten/").content.decode()
        referrals = use_cases.clients(f.principal(worker))
    assert _rows(page) == EXPECTED
    assert "Bovenaan staat wie nu uw opvolging nodig heeft" in page
    # a passed term is said in words and marked, one that still runs is not
    assert re.search(r'<strong class="error">Open stap van het traject: te laat sinds 26/11/2026</strong>', page)
    assert not re.search(r'<strong class="error">[^<]*uiterlijk', page)
    # the referral page: the same order and the same words (one source)
    assert [(c.name.split()[-1], c.reason.text) for c in referrals] == EXPECTED
    assert [c.reason.overdue for c in referrals] == [True, True] + [False] * 6
    # what was shown is what was logged
    assert AccessLogEntry.objects.filter(what__startswith="zoekresultaat: ", what__endswith=", huidige status, wat te doen (doorverwijzing, traject)").count() == len(EXPECTED)


def test_the_reasons_have_french_and_english():
    """The reasons are gettext strings with their French and English (compiled by the lead from the translations' script)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / "translations_lead.py"
    spec = importlib.util.spec_from_file_location("translations_lead", path)
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    source = (Path(__file__).resolve().parent.parent / "werkregie" / "municipalities" / "client_order.py").read_text()
    messages = re.findall(r'_\("([^"]+)"\)', source)
    assert len(messages) == 7, messages
    for message in [*messages, "Te doen", "Bovenaan staat wie nu uw opvolging nodig heeft: eerst wat een termijn heeft (de vroegste eerst), "
                    "dan wie nog geen traject heeft en niet doorverwezen is, dan de rest. De kolom ‘Te doen’ zegt waarom."]:
        assert message in translations.T, message
