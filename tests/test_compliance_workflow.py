"""Every sanction path through time: warning, repetition to weeks and to indefinite, deviation with a reason, the
hearing term from the deemed notification, the appeal term, appeal, and the sweep (idempotent)."""

import datetime as dt

import pytest
from django.db import IntegrityError, transaction

from werkregie.compliance import services, use_cases
from werkregie.compliance.enums import Infringement
from werkregie.compliance.models import Case
from werkregie.core import clock
from werkregie.core.errors import Forbidden, InvalidInput
from werkregie.messaging.models import Message
from werkregie.workflows.deadlines import term_end
from werkregie.workflows.models import TransitionLog
from werkregie.workflows.services import StaleVersion, TransitionRefused

from . import compliance_support as cs
from . import factories

D = cs.START


@pytest.fixture
def ctx(db):
    person = cs.jobseeker()
    citizen = factories.principal(factories.user("citizen", person=person))
    return {"person": person, "citizen": citizen, "controller": cs.controller()}


def states(case):
    return [log.to_state for log in TransitionLog.objects.filter(workflow="compliance_case", object_id=case.pk)]


def test_first_missed_appointment_warning_path_with_terms_from_deemed_notification(ctx):
    controller, citizen = ctx["controller"], ctx["citizen"]
    case = cs.open_case(ctx["person"])
    assert case.proposed_decision == "warning" and case.earlier_count == 0
    with clock.travel_to(cs.at(D + dt.timedelta(days=1))):
        case = use_cases.plan_hearing(controller, case.pk, hearing_at=cs.at(cs.hearing_day(D + dt.timedelta(days=1)), 14), mode="in_person", place="VDAB Gent",
                                      version=case.version)
    invitation = Message.objects.get(pk=case.hearing_message_id)
    assert invitation.legal and invitation.related_workflow == "compliance_case" and invitation.related_id == case.pk
    assert invitation.deemed_notified_on is not None, "the test outbox delivers inline"
    assert case.state == "hearing_planned" and case.hearing_notified_on == invitation.deemed_notified_on
    assert case.deadline == term_end("compliance_hearing_response", invitation.deemed_notified_on)
    assert case.deadline > D + dt.timedelta(days=1 + 14), "the term starts at the deemed notification, not at sending"
    with clock.travel_to(cs.at(D + dt.timedelta(days=5))):
        case = use_cases.respond(citizen, case.pk, text="Ik was ziek; het attest zit erbij.", version=case.version, waive_hearing=True)
    assert case.state == "to_decide" and case.response.startswith("Ik was ziek")
    with clock.travel_to(cs.at(D + dt.timedelta(days=12))):
        case = use_cases.decide(controller, case.pk, decision="warning", motivation="Eerste keer; verwittiging volgens de regel.", version=case.version)
    notice = Message.objects.get(pk=case.decision_message_id)
    assert case.state == "notified" and case.decision == "warning" and not case.deviates and case.deviation_reason == ""
    assert case.decision_notified_on == notice.deemed_notified_on and case.deadline == term_end("compliance_appeal", notice.deemed_notified_on)
    assert "Rechtsgrond" in notice.body and case.legal_ground
    # The sweep closes only after the appeal term, and only once.
    assert services.sweep_cases(case.deadline)["appeal_term_over"] == 0
    after = case.deadline + dt.timedelta(days=1)
    with clock.travel_to(cs.at(after)):
        assert services.sweep_cases(after)["appeal_term_over"] == 1
        assert services.sweep_cases(after)["appeal_term_over"] == 0
    assert states(case) == ["opened", "hearing_planned", "to_decide", "decided", "notified", "closed"]


def test_repetition_within_the_window_escalates_to_weeks_then_indefinite(ctx):
    controller = ctx["controller"]
    expected = [("warning", 0), ("suspension", 4), ("suspension", 13), ("indefinite", 0)]
    for n, (decision, weeks) in enumerate(expected):
        day = D + dt.timedelta(days=60 * n)
        case = cs.open_case(ctx["person"], on=day)
        case = cs.decided(controller, case, day)
        assert (case.proposed_decision, case.proposed_weeks, case.earlier_count) == (decision, weeks, n)
        assert (case.decision, case.decision_weeks) == (decision, weeks)
    # Thirteen months after the last one, the earlier infringements no longer count.
    later = D + dt.timedelta(days=60 * 3) + dt.timedelta(days=400)
    assert cs.open_case(ctx["person"], on=later).proposed_decision == "warning"


def test_other_infringement_types_have_their_own_scale(ctx):
    case = cs.open_case(ctx["person"], Infringement.REFUSED_SUITABLE_JOB)
    assert (case.proposed_decision, case.proposed_weeks) == ("exclusion", 4)
    deliberate = cs.open_case(ctx["person"], Infringement.NOT_PRESENTED_TO_EMPLOYER, deliberate=True)
    assert deliberate.proposed_decision == "indefinite"
    assert cs.open_case(ctx["person"], Infringement.AGREEMENT_NOT_MET).proposed_decision == "warning"


def test_a_deviation_needs_a_reason_and_stays_in_the_legal_range(ctx):
    controller = ctx["controller"]
    case = cs.through_hearing(controller, cs.open_case(ctx["person"]), D)
    with clock.travel_to(cs.at(D + dt.timedelta(days=9))):
        with pytest.raises(InvalidInput) as caught:
            use_cases.decide(controller, case.pk, decision="suspension", weeks=8, motivation="Zware feiten, herhaald gedrag.", version=case.version)
        assert [e.field for e in caught.value.errors] == ["deviation_reason"]
        for decision, weeks, field in [("suspension", 60, "weeks"), ("suspension", 2, "weeks"), ("exclusion", 8, "decision"),
                                       ("indefinite", 0, "decision")]:
            with pytest.raises(InvalidInput) as caught:
                use_cases.decide(controller, case.pk, decision=decision, weeks=weeks, motivation="Motivering van de beslissing.",
                                 deviation_reason="Afwijking met een lange reden.", version=case.version)
            assert field in [e.field for e in caught.value.errors], (decision, weeks)
        case = use_cases.decide(controller, case.pk, decision="suspension", weeks=8, motivation="Zware feiten, herhaald gedrag.",
                                deviation_reason="Tweede feit kort na een verwittiging elders.", version=case.version)
    assert case.deviates and case.proposed_decision == "warning" and case.decision_weeks == 8
    log = TransitionLog.objects.get(workflow="compliance_case", object_id=case.pk, transition="decide")
    assert log.data["deviates"] and log.reason.startswith("Tweede feit")


def test_the_database_refuses_a_deviation_without_reason(ctx):
    case = cs.open_case(ctx["person"])
    with pytest.raises(IntegrityError), transaction.atomic():
        Case.objects.filter(pk=case.pk).update(decision="suspension", decision_weeks=6, deviation_reason="kort")
    Case.objects.filter(pk=case.pk).update(decision="warning", decision_weeks=0)  # the proposal: no reason needed


def test_expired_hearing_term_moves_to_decide_and_the_sweep_is_idempotent(ctx):
    controller = ctx["controller"]
    case = cs.open_case(ctx["person"])
    with clock.travel_to(cs.at(D + dt.timedelta(days=1))):
        case = use_cases.plan_hearing(controller, case.pk, hearing_at=cs.at(cs.hearing_day(D + dt.timedelta(days=1))), mode="written", version=case.version)
    assert services.sweep_cases(case.deadline)["hearing_expired"] == 0
    after = case.deadline + dt.timedelta(days=1)
    with clock.travel_to(cs.at(after)):
        first, second = services.sweep_cases(after), services.sweep_cases(after)
    assert first["hearing_expired"] == 1 and second["hearing_expired"] == 0
    case.refresh_from_db()
    log = TransitionLog.objects.get(workflow="compliance_case", object_id=case.pk, transition="term_expired")
    assert case.state == "to_decide" and log.actor_role == "system" and "zonder verweer" in log.reason
    with clock.travel_to(cs.at(after)), pytest.raises(TransitionRefused):
        use_cases.respond(ctx["citizen"], case.pk, text="Te laat maar toch mijn uitleg.")


def test_no_response_after_the_term_even_before_the_sweep_and_no_appeal_after_the_appeal_term(ctx):
    controller, citizen = ctx["controller"], ctx["citizen"]
    case = cs.open_case(ctx["person"])
    with clock.travel_to(cs.at(D + dt.timedelta(days=1))):
        case = use_cases.plan_hearing(controller, case.pk, hearing_at=cs.at(cs.hearing_day(D + dt.timedelta(days=1))), mode="written", version=case.version)
    with clock.travel_to(cs.at(case.deadline)):  # the last day still counts
        assert use_cases.respond(citizen, case.pk, text="Op de laatste dag van de termijn.", version=case.version, waive_hearing=True).state == "to_decide"
    second = cs.open_case(ctx["person"], on=D + dt.timedelta(days=2))
    with clock.travel_to(cs.at(D + dt.timedelta(days=3))):
        second = use_cases.plan_hearing(controller, second.pk, hearing_at=cs.at(cs.hearing_day(D + dt.timedelta(days=3))), mode="written", version=second.version)
    with clock.travel_to(cs.at(second.deadline + dt.timedelta(days=1))), pytest.raises(InvalidInput) as caught:
        use_cases.respond(citizen, second.pk, text="Een dag te laat, de sweep liep nog niet.")
    assert "termijn" in caught.value.errors[0].message
    decided = cs.decided(controller, cs.open_case(ctx["person"], on=D + dt.timedelta(days=4)), D + dt.timedelta(days=4))
    with clock.travel_to(cs.at(decided.deadline + dt.timedelta(days=1))), pytest.raises(InvalidInput):
        use_cases.appeal(citizen, decided.pk, text="Te laat voor beroep ingesteld.")
    with clock.travel_to(cs.at(decided.deadline)):
        assert use_cases.appeal(citizen, decided.pk, text="Net op tijd ingesteld beroep.").state == "appealed"


def test_appeal_by_the_citizen_and_an_annulled_decision_does_not_count_as_repetition(ctx):
    controller, citizen = ctx["controller"], ctx["citizen"]
    first = cs.decided(controller, cs.open_case(ctx["person"]), D)
    with clock.travel_to(cs.at(D + dt.timedelta(days=20))):
        first = use_cases.appeal(citizen, first.pk, text="Ik heb de uitnodiging nooit ontvangen.", version=first.version)
        assert first.state == "appealed" and first.appeal_lodged_on == D + dt.timedelta(days=20)
        with pytest.raises(InvalidInput):
            use_cases.decide_appeal(controller, first.pk, outcome="annulled", reason="kort")
        first = use_cases.decide_appeal(controller, first.pk, outcome="annulled", reason="Arbeidsrechtbank: uitnodiging niet bewezen.")
    assert first.state == "closed" and first.appeal_outcome == "annulled"
    second = cs.open_case(ctx["person"], on=D + dt.timedelta(days=40))
    assert second.proposed_decision == "warning" and second.earlier_count == 0
    assert Message.objects.filter(related_workflow="compliance_case", related_id=first.pk, template_key="compliance.appeal_decided").exists()


def test_roles_and_stale_versions(ctx):
    controller = ctx["controller"]
    case = cs.open_case(ctx["person"])
    with clock.travel_to(cs.at(D)):
        with pytest.raises(StaleVersion):
            use_cases.plan_hearing(controller, case.pk, hearing_at=cs.at(cs.hearing_day(D)), mode="phone", version=case.version + 1)
        with pytest.raises(InvalidInput) as caught:
            use_cases.plan_hearing(controller, case.pk, hearing_at=cs.at(D - dt.timedelta(days=1)), mode="in_person")
        assert {e.field for e in caught.value.errors} == {"hearing_at", "place"}
        other = factories.principal(factories.user("citizen", person=cs.jobseeker()))
        with pytest.raises(Exception) as caught:
            use_cases.my_case(other, case.pk)
        assert caught.value.status == 404
        with pytest.raises(Forbidden):
            use_cases.list_cases(other)


def test_drop_needs_a_reason(ctx):
    case = cs.open_case(ctx["person"])
    with pytest.raises(InvalidInput):
        use_cases.drop(ctx["controller"], case.pk, reason="nee")
    case = use_cases.drop(ctx["controller"], case.pk, reason="Geldige reden achteraf aangetoond.", version=case.version)
    assert case.state == "closed" and case.decision == ""


def test_messages_speak_the_persons_language_where_the_language_law_allows(db):
    from werkregie.people.models import PersonLanguage

    person = cs.jobseeker(municipality_id="23101", postal_code="1640")  # Sint-Genesius-Rode: a facility municipality
    PersonLanguage.objects.create(person=person, language="fr", level="native")
    citizen = factories.principal(factories.user("citizen", person=person))
    controller = cs.controller()
    case = cs.open_case(person)
    with clock.travel_to(cs.at(D)):
        case = use_cases.plan_hearing(controller, case.pk, hearing_at=cs.at(cs.hearing_day(D)), mode="phone", place="02 123 45 67",
                                      version=case.version)
    invitation = Message.objects.get(pk=case.hearing_message_id)
    assert invitation.language == "fr" and "audition par téléphone" in invitation.body and "absence à une invitation" in invitation.body
    assert "Verhoor" not in invitation.body
    case = cs.decided(controller, cs.open_case(person, on=D + dt.timedelta(days=1)), D + dt.timedelta(days=1))
    with clock.travel_to(cs.at(D + dt.timedelta(days=20))):
        use_cases.appeal(citizen, case.pk, text="Je conteste cette décision.", version=case.version)
    received = Message.objects.get(related_id=case.pk, template_key="compliance.appeal_received")
    assert received.language == "fr" and received.body.startswith("Madame, Monsieur")


def test_the_platform_sweep_runs_the_compliance_contributor(ctx):
    from werkregie.worklist.sweep import run

    case = cs.decided(ctx["controller"], cs.open_case(ctx["person"]), D)
    after = case.deadline + dt.timedelta(days=1)
    with clock.travel_to(cs.at(after)):
        first = run(after, only=["compliance"])["contributors"]["compliance"]
        second = run(after, only=["compliance"])["contributors"]["compliance"]
    assert first["appeal_term_over"] == 1 and second["appeal_term_over"] == 0
    assert Case.objects.get(pk=case.pk).state == "closed"


def test_a_decision_as_proposed_says_so_in_the_history(ctx):
    """Walk of stop 37 (issue 16): the decision's row in the case's history had no reason when the controller followed
    the proposal (a deviation gives its own); it says so now, in the reader's language, and the page shows it."""
    from django.test import Client
    from django.utils import translation

    from werkregie.workflows.labels import render

    controller, citizen = ctx["controller"], ctx["citizen"]
    case = cs.open_case(ctx["person"])
    with clock.travel_to(cs.at(D + dt.timedelta(days=1))):
        case = use_cases.plan_hearing(controller, case.pk, hearing_at=cs.at(cs.hearing_day(D + dt.timedelta(days=1)), 14), mode="in_person",
                                      place="VDAB Gent", version=case.version)
    with clock.travel_to(cs.at(D + dt.timedelta(days=5))):
        case = use_cases.respond(citizen, case.pk, text="Ik was ziek.", version=case.version, waive_hearing=True)
    with clock.travel_to(cs.at(D + dt.timedelta(days=12))):
        case = use_cases.decide(controller, case.pk, decision="warning", motivation="Eerste keer; verwittiging volgens de regel.",
                                version=case.version)
    row = TransitionLog.objects.get(workflow="compliance_case", object_id=case.pk, to_state="decided")
    assert render(row.reason) == "Beslist zoals voorgesteld; de motivering staat in het dossier"
    with translation.override("fr"):
        assert "proposé" in render(row.reason)
    client = Client()
    client.force_login(controller.user if hasattr(controller, "user") else controller)
    page = client.get(f"/controle/dossiers/{case.pk}/").content.decode()
    assert "Beslist zoals voorgesteld" in page
