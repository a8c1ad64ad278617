"""Walk of stop 30 (issue 13, point 9): the export's "readable PDF" was a database dump — English field names ("first
name key", "created at"), codes beside their labels, amounts in cents, ISO timestamps, ESCO URIs, "[]", and the access
log 260 pages long with the person's own reads. What the PDF shows now, checked on the content it is drawn from (the
PDF's text is subset-encoded), and the PDF's length with a long access log."""

import datetime as dt
import re

import pytest

from tests import factories
from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.core import clock
from werkregie.matching.models import PersonSkill
from werkregie.people.enums import StatusKind
from werkregie.privacy import collect, pdf, readable

pytestmark = pytest.mark.django_db

SKILL = "http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab"


@pytest.fixture
def world(ref):
    person = factories.person(first_name="Sofie", last_name="Peeters")
    factories.episode(person, StatusKind.JOBSEEKER_BENEFIT, start=dt.date(2025, 2, 1))
    PersonSkill.objects.create(person=person, skill_uri=SKILL, source="declared", added_at=clock.now())
    citizen = factories.user(Role.CITIZEN, person=person)
    counsellor = factories.user(Role.COUNSELLOR, first_name="Bart", last_name="De Smet")
    from werkregie.accounts.principal import Principal

    for _ in range(300):  # a counsellor who opens the file often, and the person looking at their own data
        record_access(Principal.for_session(counsellor).actor(), [person.pk], "dossier", "guidance", "web")
        record_access(Principal.for_session(citizen).actor(), [person.pk], "eigen gegevens", "own_data", "web")
    return {"person": person, "citizen": citizen, "counsellor": counsellor}


def _shown(content: dict) -> list[tuple[str, object]]:
    return [pair for s in content["sections"] if s["key"] != "access_log" for b in s["models"].values() for rows in [readable.readable_rows(b)]
            for pairs in rows for pair in pairs]


def test_fields_in_dutch_values_as_a_resident_reads_them(world):
    content = collect.collect(world["person"])
    shown = _shown(content)
    names = {name for name, _v in shown}
    assert not names & {"first name key", "last name key", "created at", "counsellor", "merged into", "profile version", "id"}, names
    texts = [str(v) for _n, v in shown if v is not None]
    assert not [t for t in texts if re.match(r"^\d{4}-\d{2}-\d{2}", t)], "dates as DD/MM/YYYY"
    assert not [t for t in texts if t.startswith("http://data.europa.eu/esco/")], "skills by their label"
    assert "Werkzoekende met uitkering" in texts and "JOBSEEKER_BENEFIT" not in texts and "jobseeker_benefit" not in texts
    assert "01/02/2025" in texts
    assert readable.value_text("amount_minor", 3000) == "€ 30,00" and readable.value_text("balance_minor", -123456) == "−€ 1.234,56"
    assert readable.value_text("x", []) is None and readable.value_text("x", "") is None


def test_the_access_log_is_summarised_and_own_reads_counted_apart(world):
    content = collect.collect(world["person"])
    [log] = [s for s in content["sections"] if s["key"] == "access_log"]
    rows = log["models"]["access.AccessLogEntry"]["rows"]
    assert len(rows) == 600  # the JSON keeps every entry
    lines, own = readable.access_summary(rows, {world["citizen"].pk})
    assert own == 300
    assert len(lines) == 1 and lines[0][1].startswith("Bart De Smet") and lines[0][3] == 300
    document = pdf.render(content, "Sofie Peeters", "01/12/2026")
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    pages = int(PdfFileReader(io.BytesIO(document)).root["/Pages"]["/Count"])
    assert 1 < pages < 15, pages  # 600 entries were some 40 pages of tables before
