"""Issue 16, point 8: the citizen's "Wie heeft mijn gegevens geraadpleegd" is grouped by who, why and day, the record's
own consultations first, with details and filters; roles and purposes are stored as codes and translated on display."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import uuid

import pytest
from django.test import Client
from django.utils import translation

from werkregie.access import citizen
from werkregie.access.models import AccessLogEntry, AccessLogHead
from werkregie.access.services import record_access, verify_chain
from werkregie.accounts.models import Role
from werkregie.organisations.models import OrganisationKind

from . import factories as f
from .access_support import superuser


@pytest.fixture
def reads(db):
    team = f.organisation(OrganisationKind.VDAB_TEAM, name="Team Gent")
    bart = f.user(Role.COUNSELLOR, team, first_name="Bart", last_name="De Smet")
    admin = f.user(Role.ADMIN, first_name="Ann", last_name="Beheer")
    mine = f.person(first_name="Sofie", last_name="Peeters", team=team, counsellor=bart)
    other = f.person(first_name="Jef", last_name="Aerts", team=team)
    sofie = f.user(Role.CITIZEN, person=mine)
    for _ in range(12):  # a caseload page: Sofie is one line of twelve lists
        record_access(f.principal(bart).actor(), [mine.pk, other.pk], "zoekresultaat: naam, INSZ, geboortedatum", "guidance", "web")
    record_access(f.principal(bart).actor(), [mine.pk], "persoonsgegevens: contact, identity, statuses", "guidance", "web")
    record_access(f.principal(admin).actor(), [mine.pk], "persoonsgegevens: identity", "complaint_handling", "api")
    record_access(f.principal(sofie).actor(), [mine.pk], "persoonsgegevens: identity", "own_data", "web")  # her own: not listed
    return {"bart": bart, "admin": admin, "mine": mine, "sofie": sofie}


def test_reads_are_grouped_by_who_why_and_day_with_the_record_first(reads):
    log = citizen.consultations_for(f.principal(reads["sofie"]))
    assert [(g.shown, g.role, g.purpose, g.count) for g in log.groups] == [
        ("record", "admin", "complaint_handling", 1), ("record", "counsellor", "guidance", 1), ("list", "counsellor", "guidance", 12)]
    listed = log.lists[0]
    assert listed.summary == "U verscheen 12 keer in een lijst van Bart De Smet (Bemiddelaar, Team Gent)"
    assert listed.purpose_label == "Begeleiding naar werk" and len(listed.details) == 12
    assert log.records[1].summary == "Bart De Smet (Bemiddelaar, Team Gent) raadpleegde uw dossier"
    assert log.records[1].details[0].what == "persoonsgegevens: contactgegevens, identiteit, statussen"


def test_codes_are_stored_and_translated_when_shown(reads):
    entry = AccessLogEntry.objects.filter(actor_id=reads["bart"].pk).first()
    assert (entry.actor_label, entry.actor_role) == ("Bart De Smet", "counsellor")  # no role label in anyone's language
    with translation.override("fr"):
        group = citizen.consultations_for(f.principal(reads["sofie"])).lists[0]
        assert "Bemiddelaar" not in group.summary and "Bart De Smet" in group.summary
        assert group.purpose_label != "Begeleiding naar werk"
    with translation.override("en"):
        assert citizen.describe_what("persoonsgegevens: identity") != "persoonsgegevens: identiteit"


def test_filters_on_role_purpose_kind_and_period(reads):
    principal = f.principal(reads["sofie"])
    only = lambda **q: [(g.role, g.shown) for g in citizen.consultations_for(principal, citizen.Filters.from_query(q)).groups]  # noqa: E731
    assert only(rol="admin") == [("admin", "record")]
    assert only(doel="guidance") == [("counsellor", "record"), ("counsellor", "list")]
    assert only(soort="list") == [("counsellor", "list")]
    assert len(only(rol="hacker", doel="curiosity", soort="x", periode="1000")) == 3  # unknown values are ignored
    from werkregie.core import clock

    later = clock.now() + dt.timedelta(days=10)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(clock, "now", lambda: later)
        assert only(periode="7") == [] and len(only(periode="30")) == 3


def test_the_page_shows_groups_filters_and_details(reads):
    client = Client()
    client.force_login(reads["sofie"])
    html = client.get("/mijn-gegevens/raadplegingen/?rol=counsellor").content.decode()
    assert "U verscheen 12 keer in een lijst van Bart De Smet" in html and "Ann Beheer" not in html
    assert "<details>" in html and 'name="rol"' in html and "Begeleiding naar werk" in html
    home = client.get("/mijn-gegevens/").content.decode()
    assert home.index("raadpleegde uw dossier") < home.index("U verscheen 12 keer")
    assert client.get("/mijn-gegevens/raadplegingen/?pagina=abc").status_code == 400  # refused since stop 39 (attack of stop 37)
    other = Client()
    other.force_login(reads["bart"])
    assert other.get("/mijn-gegevens/raadplegingen/").status_code == 403


def _legacy(seq: int, prev: str, label: str) -> tuple[list, str]:
    at = dt.datetime(2026, 1, 5, 9, seq, tzinfo=dt.timezone.utc)
    values = [seq, str(uuid.uuid4()), at, 7, label, "counsellor", "Team Gent", 1, "persoonsgegevens", "guidance", "web", prev]
    parts = [str(values[0]), values[1], at.isoformat(timespec="microseconds"), "7", label, "counsellor", "Team Gent", "1", "persoonsgegevens", "guidance", "web", prev]
    return values, hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def test_the_migration_rekeys_an_intact_old_chain_and_keeps_only_the_name(db):
    from django.apps import apps
    from django.db import connection

    prev, rows = "0" * 64, []
    for seq, label in ((1, "Bart De Smet (Counsellor, Team Gent)"), (2, "Bart De Smet (Bemiddelaar, Team Gent)")):
        values, prev = _legacy(seq, prev, label)
        rows.append(values + [prev])
    with superuser(), connection.cursor() as cursor:
        for row in rows:
            cursor.execute("INSERT INTO access_accesslogentry (seq, reference, at, actor_id, actor_label, actor_role, organisation_name, person_id, what, purpose, channel, prev_hash, entry_hash, shown, key_id) "
                           "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, 'record', '')", row)
        AccessLogHead.objects.update_or_create(pk=1, defaults={"seq": 2, "entry_hash": prev})
        assert not verify_chain().ok  # unkeyed entries are refused ...
        importlib.import_module("werkregie.access.migrations.0004_keyed_chain").rekey(apps, None)
    assert verify_chain().ok  # ... until the migration rekeyed the intact chain
    assert set(AccessLogEntry.objects.values_list("actor_label", flat=True)) == {"Bart De Smet"}


def test_the_migration_leaves_a_broken_old_chain_for_verify_to_report(db):
    from django.apps import apps
    from django.db import connection

    values, digest = _legacy(1, "0" * 64, "Bart (Counsellor)")
    with superuser(), connection.cursor() as cursor:
        cursor.execute("INSERT INTO access_accesslogentry (seq, reference, at, actor_id, actor_label, actor_role, organisation_name, person_id, what, purpose, channel, prev_hash, entry_hash, shown, key_id) "
                       "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, 'record', '')", values + ["f" * 64])
        AccessLogHead.objects.update_or_create(pk=1, defaults={"seq": 1, "entry_hash": "f" * 64})
        importlib.import_module("werkregie.access.migrations.0004_keyed_chain").rekey(apps, None)
    assert AccessLogEntry.objects.get().key_id == "" and not verify_chain().ok


def test_the_purpose_filter_offers_no_purpose_the_page_never_shows(db):
    """Walk of issue 16 (stop 37): the citizen's own reads are left out of the page, yet "Inzage in eigen gegevens" was
    offered as a purpose to filter on."""
    from werkregie.access.purposes import Purpose

    offered = [value for value, _label in citizen.filter_choices()["purposes"]]
    assert Purpose.OWN_DATA not in offered and Purpose.GUIDANCE in offered
