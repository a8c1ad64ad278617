"""Issue 11, points 5 and 10: a bounce comes in later as the channel's delivery report (an RFC 3464 DSN, the SMS
provider's report, MAGDA's StatusBericht, the print partner's returned-letter event). The contract: the report that the
channel's partner writes for a message refers to the very receipt the gateway returned when it accepted the message —
for the fakes and for the real adapters (against the local SMTP server and the local partner server). Taken in, a
bounce fails the message, sends it again on paper (once), puts a worklist task and flags the person for a digital-skills
step; a report for nothing known changes nothing."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import factories as f
from tests.messaging_support import clean_gateways, partner_server, smtp_server  # noqa: F401 - fixtures
from tests.test_messaging_gateways import sealed_letter
from werkregie.messaging import gateways, reports
from werkregie.messaging.enums import Channel
from werkregie.messaging.gateways import Envelope
from werkregie.messaging.letter import DOCUMENT_CHANNELS

INSZ = "85073003328"


def envelope(address: str, channel: str) -> Envelope:
    plain = Envelope(41, channel, address, "Uitnodiging", "Beste An,\n\nTot dinsdag.", "nl", "ab" * 32, insz=INSZ, legal=channel != Channel.SMS)
    # the eBox and the post carry the sealed letter since the letters became documents (test_messaging_letter.py)
    return dataclasses.replace(plain, document=sealed_letter()) if channel in DOCUMENT_CHANNELS else plain


def test_email_dsn_from_the_real_smtp_adapter_names_its_receipt(smtp_server):  # noqa: F811
    sink, host, port = smtp_server
    receipt = gateways.SmtpEmailGateway(host, port).send(envelope("an@example.be", Channel.EMAIL))
    received = sink.received[0].as_bytes()  # what the mail server got: its DSN quotes these headers
    report = reports.parse(Channel.EMAIL, reports.dsn(received, "an@example.be"))
    assert (report.reference, report.outcome) == (receipt.reference, reports.BOUNCED)
    assert "5.1.1" in report.detail and "an@example.be" in report.detail
    delayed = reports.parse(Channel.EMAIL, reports.dsn(received, "an@example.be", "4.4.1", "smtp; 451 try later", action="delayed"))
    assert delayed.outcome == reports.TEMPORARY


def test_sms_report_from_the_real_provider_names_its_receipt(partner_server):  # noqa: F811
    receipt = gateways.HttpSmsGateway(partner_server.url + "/sms").send(envelope("+32470123456", Channel.SMS))
    provider_id = receipt.reference.removeprefix("sms:")
    report = reports.parse(Channel.SMS, json.dumps({"id": provider_id, "status": "UNDELIVERABLE", "error_code": "EC_UNKNOWN_SUBSCRIBER"}).encode())
    assert (report.reference, report.outcome) == (receipt.reference, reports.BOUNCED)


def test_ebox_status_from_the_real_magda_adapter_names_its_receipt(partner_server):  # noqa: F811
    partner_server.optins.add(INSZ)
    receipt = gateways.MagdaEboxGateway(partner_server.url + "/magda").send(envelope(INSZ, Channel.EBOX))
    ident = receipt.reference.removeprefix("ebox:")
    payload = (f'<?xml version="1.0"?><m:StatusBericht xmlns:m="{reports.MAGDA_NS}"><m:BerichtId>{ident}</m:BerichtId>'
               "<m:Status>NIET_AFGELEVERD</m:Status><m:Reden>eBox gedeactiveerd</m:Reden></m:StatusBericht>").encode()
    report = reports.parse(Channel.EBOX, payload)
    assert (report.reference, report.outcome) == (receipt.reference, reports.BOUNCED) and "gedeactiveerd" in report.detail


def test_returned_letter_from_the_real_print_partner_names_its_receipt(partner_server):  # noqa: F811
    receipt = gateways.PrintPartnerGateway(Channel.REGISTERED, partner_server.url + "/print").send(envelope("Veldstraat 1, 9000 Gent", Channel.REGISTERED))
    tracking = receipt.reference.removeprefix("registered:")
    report = reports.parse(Channel.REGISTERED, json.dumps({"tracking": tracking, "event": "not_collected", "reason": "niet afgehaald"}).encode())
    assert (report.reference, report.outcome) == (receipt.reference, reports.BOUNCED)


@pytest.mark.parametrize("channel,address", [(Channel.EMAIL, "an@example.be"), (Channel.SMS, "+32470123456"), (Channel.EBOX, INSZ),
                                             (Channel.REGISTERED, "Veldstraat 1, 9000 Gent"), (Channel.PAPER, "Veldstraat 1, 9000 Gent")])
def test_every_fake_writes_reports_the_adapters_read(channel, address):
    fake = gateways.FakeEboxGateway(optins={INSZ}) if channel == Channel.EBOX else gateways.fake(channel) if channel != Channel.PAPER else gateways.FakePrintGateway(channel)
    receipt = fake.send(envelope(address, channel))
    for outcome in (reports.BOUNCED, reports.DELIVERED):
        report = reports.parse(channel, fake.report(receipt.reference, outcome, address=address))
        assert (report.channel, report.reference, report.outcome) == (channel, receipt.reference, outcome)


@settings(max_examples=80, deadline=None)
@given(channel=st.sampled_from([Channel.EMAIL, Channel.SMS, Channel.EBOX, Channel.REGISTERED]), payload=st.binary(max_size=400))
def test_anything_else_is_refused_as_not_a_report(channel, payload):
    try:
        reports.parse(channel, payload)
    except reports.ReportError:
        pass


@pytest.mark.django_db
def test_a_bounce_report_sends_on_paper_once_puts_a_task_and_flags_the_person(ref, clean_gateways):  # noqa: F811
    from werkregie.messaging import digital, outbox
    from werkregie.messaging.models import Message
    from werkregie.people.enums import ChannelKind
    from werkregie.people.models import ContactChannel
    from werkregie.worklist.models import Task

    person = f.person(street="Veldstraat 1", digital_skills="advanced")
    ContactChannel.objects.create(person=person, kind=ChannelKind.EMAIL, value="an@example.be", preferred=True)
    msg = outbox.send(person.pk, "messaging.general", {"title": "nieuwe vacatures", "text": "Er zijn 3 nieuwe vacatures."}, dedupe_key="t:bounce")
    outbox.dispatch(msg.pk)
    msg.refresh_from_db()
    assert (msg.channel, msg.state) == ("email", "delivered") and not digital.needs_digital_support(person.pk)
    payload = gateways.fake(Channel.EMAIL).report(msg.receipt, address="an@example.be")
    assert reports.intake("email", payload)["applied"] is True
    msg.refresh_from_db()
    assert (msg.first_channel, msg.channel) == ("email", "paper") and msg.state in ("fallback_paper", "delivered")
    task = Task.objects.get(key=f"message:{msg.pk}:bounced")
    assert task.kind == "message_bounced" and task.person_id == person.pk and task.status == "open"
    assert digital.needs_digital_support(person.pk), "a bounce flags the person for a digital-skills step"
    outbox.flush()
    msg.refresh_from_db()
    assert msg.state == "delivered" and msg.channel == "paper"
    before = (Message.objects.count(), Task.objects.count(), gateways.fake(Channel.PAPER).sent[:])
    # the same report again (partners repeat themselves): nothing new, nothing sent twice
    assert reports.intake("email", payload)["applied"] is False
    assert (Message.objects.count(), Task.objects.count(), gateways.fake(Channel.PAPER).sent) == before
    assert len(gateways.fake(Channel.PAPER).sent) == 1
    # a report for no known message changes nothing; a file that is no report: exit 1
    assert reports.intake("sms", json.dumps({"id": "nobody", "status": "UNDELIVERABLE"}).encode())["message"] is None


@pytest.mark.django_db
def test_report_command_takes_files_and_refuses_garbage(ref, clean_gateways, tmp_path, capsys):  # noqa: F811
    from werkregie.cli import main
    from werkregie.messaging import outbox
    from werkregie.people.enums import ChannelKind
    from werkregie.people.models import ContactChannel

    person = f.person(street="Veldstraat 1")
    ContactChannel.objects.create(person=person, kind=ChannelKind.SMS, value="+32470123456", preferred=True)
    msg = outbox.send(person.pk, "messaging.general", {"title": "herinnering", "text": "Morgen om 10:00."}, dedupe_key="t:sms")
    outbox.dispatch(msg.pk)
    msg.refresh_from_db()
    good = tmp_path / "dlr.json"
    good.write_bytes(gateways.fake(Channel.SMS).report(msg.receipt, reports.BOUNCED, "EC_ABSENT_SUBSCRIBER"))
    bad = tmp_path / "junk.json"
    bad.write_text("[1, 2]")
    assert main(["messages", "report", "sms", str(good)]) == 0
    out = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert out["applied"] is True and out["channel"] == "paper"
    assert main(["messages", "report", "sms", str(bad)]) == 1
