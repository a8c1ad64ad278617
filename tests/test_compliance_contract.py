"""The contract other domains use: open_case (idempotent by source) and the refusal rule."""

import datetime as dt

import pytest

from werkregie.compliance import services
from werkregie.compliance.enums import Infringement
from werkregie.compliance.models import Case
from werkregie.core.errors import InvalidInput
from werkregie.workflows.models import TransitionLog

from . import compliance_support as cs


def test_open_case_is_idempotent_by_source_and_logged(db):
    p = cs.jobseeker()
    first = services.open_case(p.pk, Infringement.MISSED_APPOINTMENT, facts={"occurred_on": "2026-03-02"}, source=("appointment", 7))
    again = services.open_case(p.pk, Infringement.MISSED_APPOINTMENT, facts={"occurred_on": "2026-03-02"}, source=("appointment", 7))
    assert first.pk == again.pk and Case.objects.count() == 1
    assert first.state == "opened" and first.proposed_decision == "warning" and first.occurred_on == dt.date(2026, 3, 2)
    log = TransitionLog.objects.get(workflow="compliance_case", object_id=first.pk)
    assert log.to_state == "opened" and log.person_id == p.pk and log.actor_role == "system"


def test_open_case_refuses_unknown_kinds_and_bad_sources(db):
    p = cs.jobseeker()
    with pytest.raises(InvalidInput) as caught:
        services.open_case(p.pk, "littering", facts={}, source=("x", "not a number"))
    assert {e.field for e in caught.value.errors} == {"infringement", "source"}


@pytest.mark.parametrize("suitability", [None, cs.suitable("to_check"), cs.suitable("not_suitable"), cs.suitable(sources=("declared", "extracted")),
                                         {"verdict": "suitable"}])
def test_a_refused_job_needs_a_suitable_verdict_on_confirmed_competences(db, suitability):
    p = cs.jobseeker()
    with pytest.raises(InvalidInput) as caught:
        services.open_case(p.pk, Infringement.REFUSED_SUITABLE_JOB, facts={}, source=("application", 1), suitability=suitability)
    assert caught.value.errors[0].field == "suitability"
    assert not Case.objects.exists()


def test_a_refused_suitable_job_stores_the_check(db):
    p = cs.jobseeker()
    case = services.open_case(p.pk, Infringement.REFUSED_SUITABLE_JOB, facts={}, source=("application", 1), suitability=cs.suitable())
    assert case.suitability["verdict"] == "suitable" and case.proposed_decision == "exclusion" and case.proposed_weeks == 4


def test_facts_of_any_domain_are_stored_as_plain_json(db):
    from decimal import Decimal

    p = cs.jobseeker()
    case = services.open_case(p.pk, Infringement.AGREEMENT_NOT_MET, source=("agreement", 3), facts={
        "occurred_on": dt.date(2026, 2, 27), "due_on": dt.date(2026, 2, 20), "asked": 8, "done": 2, "allowance": Decimal("1.30")})
    case.refresh_from_db()
    assert case.facts == {"occurred_on": "2026-02-27", "due_on": "2026-02-20", "asked": 8, "done": 2, "allowance": "1.30"}
    assert case.occurred_on == dt.date(2026, 2, 27)
