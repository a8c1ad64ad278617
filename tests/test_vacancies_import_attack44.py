"""Attack of stop 44 on the exchange's import (issue 12): a vacancy the import closes (a closing flag, a validThrough
passed, a tombstone) ends its running applications as any close does, each candidate told; a record may not move the
workplace of a vacancy that had candidates (the form's rule); occupationalCategory of the wrong type and a time that
is no time are refused with their field; the ring choice of a partner's copy is changed at that partner."""

from __future__ import annotations

import json

import pytest
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.messaging.models import Message
from werkregie.vacancies.exchange import ImportRefused, import_records
from werkregie.vacancies.models import Application, Vacancy
from werkregie.workflows.models import TransitionLog

from . import factories as f
from .test_matching_platform import SKILLS, bearer, seeker
from .test_vacancies_exchange import exported  # noqa: F401 - the fixture


def _copy_with_applicant(lines: list[str]) -> tuple[Vacancy, Application]:
    import_records(lines, "forem")
    copy = Vacancy.objects.get(source="forem", source_id=json.loads(lines[0])["identifier"]["value"])
    person = seeker(SKILLS[:2])
    citizen = f.user(Role.CITIZEN, person=person)
    applied = Client().post(f"/api/v1/vacancies/{copy.pk}/apply", {}, content_type="application/json", **bearer(citizen))
    assert applied.status_code == 201, applied.content
    return copy, Application.objects.get(pk=applied.json()["id"])


@pytest.mark.parametrize("closing", [{"werkregie:closed": True}, {"validThrough": "2020-01-01"}, "tombstone"])
def test_a_vacancy_the_import_closes_ends_its_running_applications(exported, settings, closing):  # noqa: F811
    settings.TASKS_SYNC = True
    _, lines = exported
    copy, application = _copy_with_applicant(lines)
    record = json.loads(lines[0])
    if closing == "tombstone":
        record = {"@type": "JobPosting", "identifier": record["identifier"], "werkregie:withdrawn": True}
    else:
        record |= closing
    report = import_records([json.dumps(record)], "forem")
    assert report.closed == 1
    copy.refresh_from_db()
    application.refresh_from_db()
    assert copy.state == "closed" and application.state == "rejected"
    log = TransitionLog.objects.filter(workflow="application", object_id=application.pk).order_by("-pk").first()
    assert (log.transition, log.actor_role, log.reason) == ("end", "system", "Vacature afgesloten")
    told = Message.objects.filter(person=application.person, template_key="vacancies.application_state").order_by("-pk").first()
    assert "afgesloten" in told.body


def test_an_import_may_not_move_the_workplace_of_a_vacancy_that_had_candidates(exported):  # noqa: F811
    _, lines = exported
    copy, _application = _copy_with_applicant(lines)
    before = copy.municipality_id
    moved = json.loads(lines[0])
    moved["jobLocation"] = {"@type": "Place", "identifier": {"@type": "PropertyValue", "propertyID": "NIS", "value": "71016"}}
    with pytest.raises(ImportRefused) as refused:
        import_records([json.dumps(moved)], "forem")
    assert [(e.line, e.field) for e in refused.value.report.errors] == [(1, "jobLocation")]
    assert "kandidaten" in refused.value.report.errors[0].message
    copy.refresh_from_db()
    assert copy.municipality_id == before
    # without candidates it moves, as in the form
    other = json.loads(lines[1])
    other["jobLocation"] = moved["jobLocation"]
    assert import_records([json.dumps(other)], "forem").updated == 1


def test_wrong_types_and_times_are_refused_with_their_field(exported):  # noqa: F811
    _, lines = exported
    for category, field in (({"x": 1}, "occupationalCategory"), ([{"evil": True}], "occupationalCategory[0]"), (7, "occupationalCategory")):
        record = json.loads(lines[0]) | {"occupationalCategory": category}
        with pytest.raises(ImportRefused) as refused:
            import_records([json.dumps(record)], "forem")
        assert [e.field for e in refused.value.report.errors] == [field]
    record = json.loads(lines[0]) | {"validThrough": "2027-01-01T25:99:00"}
    with pytest.raises(ImportRefused) as refused:
        import_records([json.dumps(record)], "forem")
    assert [e.field for e in refused.value.report.errors] == ["validThrough"]
    assert not Vacancy.objects.filter(source="forem").exists()
    ok = json.loads(lines[0]) | {"validThrough": "2027-01-01T17:30:00+01:00"}
    assert import_records([json.dumps(ok)], "forem").created == 1


def test_the_ring_choice_of_a_partners_copy_is_changed_at_that_partner(exported):  # noqa: F811
    originals, lines = exported
    import_records(lines, "forem")
    copy = Vacancy.objects.get(source="forem", source_id=json.loads(lines[0])["identifier"]["value"])
    boss = f.user(Role.EMPLOYER, copy.employer)
    answer = Client().put(f"/api/v1/vacancies/{copy.pk}/ring-offer", {"ring_offer": False, "version": copy.version},
                          content_type="application/json", **bearer(boss))
    assert answer.status_code == 403, answer.content
    assert "partner" in answer.json()["detail"]
    copy.refresh_from_db()
    assert copy.ring_offer and copy.version == 1
    own = Client().put(f"/api/v1/vacancies/{originals[0].pk}/ring-offer", {"ring_offer": False, "version": originals[0].version},
                       content_type="application/json", **bearer(f.user(Role.EMPLOYER, originals[0].employer)))
    assert own.status_code == 200, own.content
