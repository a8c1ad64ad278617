"""Regression tests for the walk and attack of issue 11 at stop 29 (compliance): the appeal's outcome becomes the
sanction in force, the deviations report shows staff counts, the evidence bundle's certificate is verified, the case
history translates roles, dates are DD/MM/JJJJ, the same refusal reported twice, Dutch schema errors, and a crafted
appeal before the decision says why it is refused."""

import datetime as dt

import pytest
from django.db import connection
from django.test import Client

from werkregie.accounts.models import Role
from werkregie.compliance import services, use_cases
from werkregie.compliance.models import Case
from werkregie.core import clock
from werkregie.core.errors import InvalidInput
from werkregie.messaging.models import Message

from . import compliance_support as cs
from . import factories as f
from .test_concurrency_pg import keeps_reference_data  # noqa: F401 - fixture

D = cs.START


def bearer(user) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {f.token(user)}"}


@pytest.fixture
def ctx(db):
    person = cs.jobseeker()
    citizen_user = f.user(Role.CITIZEN, person=person)
    controller_user = f.user(Role.CONTROLLER)
    return {"person": person, "citizen_user": citizen_user, "controller_user": controller_user,
            "citizen": f.principal(citizen_user), "controller": f.principal(controller_user)}


def _appealed(ctx, weeks: int = 8):
    """A suspension of `weeks` (against the proposal of a warning), then appealed by the person."""
    case = cs.decided(ctx["controller"], cs.open_case(ctx["person"]), D, decision="suspension", weeks=weeks,
                      deviation_reason="Herhaalde houding, zwaarder dan het voorstel.")
    with clock.travel_to(cs.at(D + dt.timedelta(days=20))):
        case = use_cases.appeal(ctx["citizen"], case.pk, text="Ik ga niet akkoord met deze schorsing.", version=case.version)
    return case


def _letter(case) -> str:
    return Message.objects.filter(related_workflow="compliance_case", related_id=case.pk, template_key="compliance.appeal_decided").get().body


# ---------------------------------------------------------------------------------------------------------------- walk H2


def test_a_decision_changed_on_appeal_becomes_the_sanction_in_force_everywhere(ctx):
    case = _appealed(ctx)
    with clock.travel_to(cs.at(D + dt.timedelta(days=30))):
        with pytest.raises(InvalidInput) as caught:  # "changed" asks for the new decision
            use_cases.decide_appeal(ctx["controller"], case.pk, outcome="changed", reason="De rechtbank verminderde de schorsing.")
        assert {e.field for e in caught.value.errors} == {"decision"}
        with pytest.raises(InvalidInput) as caught:  # within the legal range of the rule table (4 to 52 weeks)
            use_cases.decide_appeal(ctx["controller"], case.pk, outcome="changed", reason="De rechtbank verminderde de schorsing.",
                                    decision="suspension", weeks=2)
        assert {e.field for e in caught.value.errors} == {"weeks"}
        client = Client()
        response = client.post(f"/api/v1/compliance/cases/{case.pk}/appeal-outcome",
                               {"outcome": "changed", "reason": "De arbeidsrechtbank verminderde de schorsing tot 4 weken.", "decision": "suspension",
                                "weeks": 4, "version": case.version}, content_type="application/json", **bearer(ctx["controller_user"]))
        assert response.status_code == 200, response.content
        body = response.json()
    case.refresh_from_db()
    assert case.state == "closed" and case.decision == "suspension" and case.decision_weeks == 8, "the original decision stays as history"
    assert (case.decision_in_force, case.weeks_in_force) == ("suspension", 4)
    # second attack of stop 29 (deliberate change): the changed sanction continues from the original start, the weeks
    # served count; it no longer starts again after the appeal letter
    assert case.appeal_sanction_start is not None and case.appeal_sanction_start == case.sanction_start
    assert body["sanction_in_force"]["weeks"] == 4 and body["sanction_in_force"]["changed_on_appeal"] is True
    assert body["decision"]["weeks"] == 8 and body["decision"]["in_force"] is False
    letter = _letter(case)
    assert "schorsing van 4 weken" in letter and case.appeal_sanction_start.strftime("%d/%m/%Y") in letter
    client = Client()
    client.force_login(ctx["controller_user"])
    page = client.get(f"/controle/dossiers/{case.pk}/").content.decode()
    assert "Sanctie in kracht" in page and "Schorsing van 4 weken" in page and "gewijzigd in beroep" in page
    client.force_login(ctx["citizen_user"])
    page = client.get(f"/mijn-dossier/{case.pk}/").content.decode()
    assert "Schorsing van 4 weken" in page and "Oorspronkelijke beslissing" in page
    own = client.get(f"/api/v1/compliance/me/cases/{case.pk}", **bearer(ctx["citizen_user"])).json()
    assert own["sanction_in_force"]["weeks"] == 4


def test_a_decision_changed_to_no_sanction_no_longer_counts_for_repetition_nor_in_the_kpis(ctx):
    from werkregie.kpis.refresh import gather

    case = _appealed(ctx)
    with clock.travel_to(cs.at(D + dt.timedelta(days=30))):
        with pytest.raises(InvalidInput):  # a start for "no sanction" is refused, as for a decision
            use_cases.decide_appeal(ctx["controller"], case.pk, outcome="changed", reason="De rechtbank hief de sanctie op.", decision="none",
                                    sanction_start=D + dt.timedelta(days=40))
        use_cases.decide_appeal(ctx["controller"], case.pk, outcome="changed", reason="De rechtbank hief de sanctie op.", decision="warning")
    assert services.earlier_count(ctx["person"].pk, case.infringement, D + dt.timedelta(days=60)) == 1, "a warning still counts"
    (facts,) = gather([ctx["person"].pk])
    assert [d for _day, d in facts.decisions] == ["warning"]


def test_an_annulled_decision_is_void_on_the_pages_the_api_the_letter_and_the_kpis(ctx):
    from werkregie.kpis.refresh import gather

    case = _appealed(ctx)
    with clock.travel_to(cs.at(D + dt.timedelta(days=30))):
        with pytest.raises(InvalidInput):  # no new decision with another outcome
            use_cases.decide_appeal(ctx["controller"], case.pk, outcome="annulled", reason="Uitnodiging niet bewezen.", decision="warning")
        case = use_cases.decide_appeal(ctx["controller"], case.pk, outcome="annulled", reason="Arbeidsrechtbank: uitnodiging niet bewezen.")
    assert case.sanction_void and case.decision_in_force == "" and not case.is_sanction and case.sanction_start_in_force is None
    assert services.earlier_count(ctx["person"].pk, case.infringement, D + dt.timedelta(days=60)) == 0
    (facts,) = gather([ctx["person"].pk])
    assert facts.decisions == []
    assert "vernietigd" in _letter(case) and "geen sanctie" in _letter(case)
    body = Client().get(f"/api/v1/compliance/cases/{case.pk}", **bearer(ctx["controller_user"])).json()
    assert body["sanction_in_force"] is None and body["sanction_void"] is True
    client = Client()
    client.force_login(ctx["citizen_user"])
    page = client.get(f"/mijn-dossier/{case.pk}/").content.decode()
    assert "is vernietigd" in page


# ---------------------------------------------------------------------------------------------------------------- walk M6


def _decisions(controller, n: int, *, deviating: int, sex=lambda i: "F"):
    from werkregie.compliance.enums import Infringement
    from werkregie.compliance.models import Case

    for i in range(n):
        Case.objects.create(person=cs.jobseeker(sex=sex(i)), infringement=Infringement.MISSED_APPOINTMENT, source_workflow="m6",
                            source_id=Case.objects.count() + 1, occurred_on=D, opened_at=clock.now(), state="notified", proposed_decision="warning",
                            decision="suspension" if i < deviating else "warning", decision_weeks=4 if i < deviating else 0,
                            deviation_reason="Herhaald zonder geldige reden." if i < deviating else "", decided_by=controller, decided_at=clock.now())


def test_the_deviations_report_shows_the_controllers_counts_and_the_total_and_hides_small_groups_of_citizens(ctx):
    controller = ctx["controller_user"]
    controller.first_name, controller.last_name = "Kris", "Wouters"
    controller.save()
    _decisions(controller, 7, deviating=2, sex=lambda i: "F" if i < 5 else "M")
    report = use_cases.deviations_report(ctx["controller"])
    assert report["total"] == {"decisions": 7, "deviations": 2, "more_severe": 2, "less_severe": 0, "rate": round(2 / 7, 4), "suppressed": False}
    assert report["controllers"]["Kris Wouters"]["deviations"] == 2 and not report["controllers"]["Kris Wouters"]["suppressed"]
    women, men = report["groups"]["sex"]["vrouw"], report["groups"]["sex"]["man"]
    assert women["decisions"] is None and men["decisions"] is None, "groups of citizens under 10 stay hidden (and not derivable from the total)"
    body = Client().get("/api/v1/compliance/deviations", **bearer(controller)).json()
    assert body["total"]["deviations"] == 2
    client = Client()
    client.force_login(controller)
    page = client.get("/controle/afwijkingen/").content.decode()
    assert "In totaal 7 beslissingen, waarvan 2 afwijkend." in page and "beslissingen van medewerkers" in page


def test_a_breakdown_that_would_single_out_a_small_group_beside_the_total_is_left_out(ctx):
    _decisions(ctx["controller_user"], 3, deviating=1, sex=lambda i: "M")
    report = use_cases.deviations_report(ctx["controller"])
    assert report["total"]["decisions"] == 3
    assert report["groups"]["sex"] == {}, "“all 3 concern men” is not shown"


# ---------------------------------------------------------------------------------------------------------------- attack M6


@pytest.fixture
def bundle(db, ref, tmp_path):  # noqa: ARG001 - ref: the messaging fixtures' reference data
    from tests.messaging_support import person_with
    from werkregie.messaging import evidence, outbox

    p = person_with(digital_consent=True)
    m = outbox.send(p.pk, "messaging.general", {"title": "uw verhoor", "text": "U wordt gehoord op 12/03/2026 om 10:00."})
    return evidence.build(m, tmp_path)


def test_the_bundle_needs_its_own_unchanged_seal_certificate(bundle, tmp_path, capsys):

    from werkregie.cli import main
    from werkregie.messaging import evidence

    assert evidence.verify(bundle).ok
    cert = bundle / "seal.crt"
    lines = cert.read_bytes().split(b"\n")
    lines[1] = lines[1][:4] + (b"Z" if lines[1][4:5] != b"Z" else b"Y") + lines[1][5:]
    cert.write_bytes(b"\n".join(lines))
    verdict = evidence.verify(bundle)
    assert not verdict.ok and any("seal.crt" in p for p in verdict.problems)
    assert main(["messages", "verify", str(bundle)]) == 1
    cert.unlink()
    verdict = evidence.verify(bundle)
    assert not verdict.ok and "seal.crt: missing" in verdict.problems
    capsys.readouterr()


def test_a_seal_certificate_other_than_the_one_that_sealed_the_pdf_fails(bundle):
    from cryptography.hazmat.primitives.serialization import Encoding

    from werkregie.messaging import evidence

    verdict = evidence.Verdict()
    other = evidence.keys.load().seal_cert.public_bytes(Encoding.DER)[:-1] + b"\x00"
    evidence.verify_pdf((bundle / "evidence.pdf").read_bytes(), verdict, other)
    assert "seal.crt: not the certificate that sealed evidence.pdf" in verdict.problems


# ---------------------------------------------------------------------------------------------------------------- walk LOW 1


def test_the_case_history_shows_the_actors_role_in_the_readers_language(ctx):
    controller = ctx["controller_user"]
    controller.first_name, controller.last_name = "Kris", "Wouters"
    controller.save()
    case = cs.open_case(ctx["person"])
    with clock.travel_to(cs.at(D + dt.timedelta(days=1))):
        use_cases.plan_hearing(ctx["controller"], case.pk, hearing_at=cs.at(cs.hearing_day(D + dt.timedelta(days=1)), 14), mode="in_person",
                               place="VDAB Gent", version=case.version)
    client = Client()
    client.force_login(controller)
    client.cookies["django_language"] = "en"
    page = client.get(f"/controle/dossiers/{case.pk}/").content.decode()
    assert "Kris Wouters (Controller" in page and "Kris Wouters (Controleur" not in page


# ---------------------------------------------------------------------------------------------------------------- walk LOW 4 and 5


def _refusal_world():
    from werkregie.organisations.models import OrganisationKind
    from werkregie.vacancies.models import Vacancy, VacancySkill

    from .test_compliance_refusal import FORKLIFT, SKILLS, seeker

    v = Vacancy.objects.create(employer=f.organisation(OrganisationKind.EMPLOYER), title="Heftruckchauffeur", municipality_id="44021",
                               occupation_uri=FORKLIFT.uri, language_needs=[{"language": "nl", "level": "B1"}], monthly_wage=2600)
    for uri in SKILLS:
        VacancySkill.objects.create(vacancy=v, skill_uri=uri, essential=True)
    return seeker("declared"), v


def test_the_same_refusal_again_says_it_exists_and_another_date_is_refused(db):
    person, vacancy = _refusal_world()
    user = f.user(Role.CONTROLLER)
    client = Client()
    client.force_login(user)
    with clock.travel_to(cs.at(D + dt.timedelta(days=3))):
        first = client.post("/controle/weigering/", {"person_id": person.pk, "vacancy_id": vacancy.pk, "refused_on": D.strftime("%d/%m/%Y")})
        assert first.status_code == 302
        case_id = int(first["Location"].rstrip("/").split("/")[-1])
        client.get(first["Location"])  # shows (and so consumes) the first message
        again = client.post("/controle/weigering/", {"person_id": person.pk, "vacancy_id": vacancy.pk, "refused_on": D.strftime("%d/%m/%Y")},
                            follow=True).content.decode()
        assert f"dossier {case_id} bestaat al" in again and D.strftime("%d/%m/%Y") in again and "is geopend" not in again
        other = client.post("/controle/weigering/", {"person_id": person.pk, "vacancy_id": vacancy.pk,
                                                     "refused_on": (D - dt.timedelta(days=3)).strftime("%d/%m/%Y")})
        assert other.status_code == 400
        assert f"Al gemeld met als datum {D.strftime('%d/%m/%Y')} (dossier {case_id})" in other.content.decode()
        api = Client().post("/api/v1/compliance/refusals", {"person_id": person.pk, "vacancy_id": vacancy.pk, "refused_on": D.isoformat()},
                            content_type="application/json", **bearer(user))
        assert api.status_code == 200 and api.json()["id"] == case_id
        page = client.get(f"/controle/dossiers/{case_id}/").content.decode()
    # walk LOW 4: the suitability block's day in Belgian form, not ISO
    assert f"Op {D.strftime('%d/%m/%Y')}: passend" in page and f"Op {D.isoformat()}" not in page
    # walk LOW 3: the controller's dates are DD/MM/JJJJ text fields, not the browser's native control
    refusal_page = client.get("/controle/weigering/").content.decode()
    assert 'type="date"' not in refusal_page and "DD/MM/JJJJ" in refusal_page


# ---------------------------------------------------------------------------------------------------------------- attack L1


def test_a_lone_surrogate_gets_a_dutch_schema_error_and_unknown_kinds_a_dutch_fallback(ctx):
    from werkregie.api.problems import _schema_message

    case = cs.open_case(ctx["person"])
    response = Client().post(f"/api/v1/compliance/cases/{case.pk}/drop", b'{"reason": "\\ud800 tien tekens", "version": 1}',
                             content_type="application/json", **bearer(ctx["controller_user"]))
    assert response.status_code == 422, response.content
    text = response.content.decode()
    assert "Input should" not in text and "unable to parse" not in text and "geen geldige tekst" in text
    assert _schema_message({"type": "some_new_kind", "msg": "Some English words"}) == "ongeldige waarde (some_new_kind)"


# ---------------------------------------------------------------------------------------------------------------- attack L4


def test_a_crafted_appeal_before_the_decision_says_why_it_is_refused(ctx):
    case = cs.open_case(ctx["person"])
    with clock.travel_to(cs.at(D + dt.timedelta(days=1))):
        case = use_cases.plan_hearing(ctx["controller"], case.pk, hearing_at=cs.at(cs.hearing_day(D + dt.timedelta(days=1)), 14), mode="in_person",
                                      place="VDAB Gent", version=case.version)
        client = Client()
        client.force_login(ctx["citizen_user"])
        response = client.post(f"/mijn-dossier/{case.pk}/appeal/", {"appeal-text": "Ik ga niet akkoord met deze beslissing.",
                                                                   "appeal-version": case.version})
    assert response.status_code in (400, 409)
    page = response.content.decode()
    alert = page.split('class="message message-error" role="alert">', 1)[1].split("</div>", 1)[0]
    assert "Beroep instellen" in alert and "Verhoor gepland" in alert


def test_the_persons_own_appeal_never_makes_the_sanction_heavier_nor_restarts_it(ctx):
    """Second attack of stop 29: 8 weeks nearly served became 52 weeks more, from the appeal letter."""
    case = _appealed(ctx)
    with clock.travel_to(cs.at(D + dt.timedelta(days=30))):
        with pytest.raises(InvalidInput) as heavier:
            use_cases.decide_appeal(ctx["controller"], case.pk, outcome="changed", reason="De rechtbank besliste anders.",
                                    decision="suspension", weeks=52)
        assert {e.field for e in heavier.value.errors} == {"decision"} and "niet zwaarder" in heavier.value.errors[0].message
        with pytest.raises(InvalidInput) as early:
            use_cases.decide_appeal(ctx["controller"], case.pk, outcome="changed", reason="De rechtbank verminderde de schorsing.",
                                    decision="suspension", weeks=4, sanction_start=case.sanction_start - dt.timedelta(days=1))
        assert {e.field for e in early.value.errors} == {"sanction_start"}
        done = use_cases.decide_appeal(ctx["controller"], case.pk, outcome="changed", reason="De rechtbank verminderde de schorsing.",
                                       decision="suspension", weeks=4)
    assert done.appeal_sanction_start == case.sanction_start and done.weeks_in_force == 4


@pytest.mark.django_db(transaction=True)
def test_two_hearings_planned_at_once_for_one_controller_do_not_both_pass(keeps_reference_data):
    """Second attack of stop 29: two plannings sent at the same moment both got through (the check ran outside the
    transaction). On PostgreSQL they race for real; on SQLite they run one after the other."""
    from tests.test_concurrency_pg import in_parallel

    controller = cs.controller()
    cases = [cs.open_case(cs.jobseeker()) for _ in range(2)]
    day = cs.hearing_day(cs.START)
    with clock.travel_to(cs.at(cs.START)):
        for case in cases:  # the controller handles both (its first planning makes it the case's controller)
            Case.objects.filter(pk=case.pk).update(controller_id=controller.user.pk)

        def plan(i: int):
            with clock.travel_to(cs.at(cs.START)):
                case = Case.objects.get(pk=cases[i].pk)
                return use_cases.plan_hearing(controller, case.pk, hearing_at=cs.at(day, 10), mode="in_person", place="VDAB Gent",
                                              version=case.version)

        results = in_parallel(2, plan) if connection.vendor == "postgresql" else [plan(0), _refused(plan, 1)]
    planned = [r for r in results if isinstance(r, Case)]
    refused = [r for r in results if isinstance(r, InvalidInput)]
    assert len(planned) == 1 and len(refused) == 1, results


def _refused(work, i):
    try:
        return work(i)
    except InvalidInput as exc:
        return exc



def test_a_running_sanction_changed_on_appeal_keeps_its_start(ctx):
    """Verification of stop 29: 8 weeks from 19/10 became 6 weeks from 10/12 (the weeks served ignored)."""
    case = _appealed(ctx)
    assert case.sanction_start is not None
    with clock.travel_to(cs.at(case.sanction_start + dt.timedelta(days=20))):
        with pytest.raises(InvalidInput) as later:
            use_cases.decide_appeal(ctx["controller"], case.pk, outcome="changed", reason="De rechtbank verminderde de schorsing.",
                                    decision="suspension", weeks=6, sanction_start=clock.today() + dt.timedelta(days=5))
        assert {e.field for e in later.value.errors} == {"sanction_start"} and "loopt sinds" in later.value.errors[0].message
        done = use_cases.decide_appeal(ctx["controller"], case.pk, outcome="changed", reason="De rechtbank verminderde de schorsing.",
                                       decision="suspension", weeks=6)
    assert done.appeal_sanction_start == case.sanction_start
