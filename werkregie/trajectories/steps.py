"""A step's evidence and its review by the counsellor; partners' updates on the steps they support."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from werkregie.access.services import record_access
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import Forbidden, NotFound
from werkregie.workflows import reasons as R
from werkregie.workflows import services as wf
from werkregie.workflows.deadlines import add as add_term
from werkregie.workflows.services import PLATFORM, Who, check_version

from . import labels, perms
from .agreements import carry_approval
from .common import EDITABLE_STEP, REVIEW_DAYS, _bad, _get, close_task, file_url, fmt, notify, task, who_of
from .enums import EvidenceKind
from .models import Agreement, AgreementStep, Evidence, StoredFile

# --------------------------------------------------------------------------- steps: evidence and review

def submit_evidence(principal: Principal, step_id: int, *, upload=None, note: str = "",  # noqa: ANN001
                    expected_version: int | None = None) -> Evidence:
    """The citizen hands in evidence for their step (a PDF, JPEG or PNG, and/or a note). A bad upload changes nothing."""
    person_id = perms.require_citizen(principal)
    step = _get(AgreementStep, step_id)
    if step.person_id != person_id:
        raise NotFound(_("Niet gevonden binnen uw toegang."))
    check_version(step, expected_version)
    if step.agreement.state != "accepted":
        raise wf.TransitionRefused(_("U kunt pas bewijs indienen als de afspraken aanvaard zijn."))
    if step.state not in EDITABLE_STEP:
        raise wf.TransitionRefused(_("Voor deze stap kan geen bewijs meer ingediend worden (%(state)s).") % {"state": step.state_label})
    note = (note or "").strip()
    if upload is None and not note:
        raise _bad("file", _("Kies een bestand of schrijf een toelichting."))
    if upload is None and step.evidence_kind in (EvidenceKind.UPLOAD, EvidenceKind.TRAINING_RESULT):
        # a training result the citizen hands in is its certificate (walk of stop 28: a note alone passed as proof)
        raise _bad("file", _("Voor deze stap is een bewijsstuk nodig (PDF, JPEG of PNG)."))
    from werkregie.core import uploads

    if upload is not None:
        uploads.check(upload, "file")
    stored = None
    try:
        with transaction.atomic():
            if upload is not None:
                stored = uploads.store(upload, person_id=person_id, field="file", uploaded_by=principal.user)
            evidence = Evidence.objects.create(step=step, file=stored, note=note[:4000], submitted_at=clock.now(), submitted_by=principal.user)
            step = wf.transition(step, "submit", who_of(principal), reason=note[:200], reason_field="note", data={"evidence": evidence.pk}, expected_version=expected_version)
            review_by = add_term(clock.today(), REVIEW_DAYS, "working_days")
            task(f"step:{step.pk}:evidence", person_id=person_id, kind="evidence_to_review", due_on=review_by,
                 title=labels.coded(labels.EVIDENCE, step=step.title), url=file_url(person_id))
    except BaseException:
        if stored is not None:
            _remove_file(stored)
        raise
    return evidence


def _remove_file(stored: StoredFile) -> None:
    from werkregie.core import uploads

    try:
        uploads.path_of(stored).unlink()
    except (FileNotFoundError, ValueError):
        pass


def review_step(principal: Principal, step_id: int, expected_version: int | None, *, approve: bool, note: str = "") -> AgreementStep:
    """The counsellor approves or rejects a step's evidence (rejecting needs a reason; the citizen can hand in again).
    A step that asks no evidence is confirmed by the counsellor ("gedaan"), or after its date recorded as not done with
    a reason (walk of stop 29: it could never be completed and the sweep would have marked it missed)."""
    step = _get(AgreementStep, step_id)
    perms.require_editor(principal, step.person_id)
    if step.agreement.state != "accepted":
        raise wf.TransitionRefused(_("Enkel stappen van aanvaarde afspraken worden beoordeeld."))
    if step.evidence_kind == EvidenceKind.NONE:
        if step.state != "open":  # second attack of stop 29: a second confirmation read "no evidence handed in yet"
            raise wf.TransitionRefused(_("Deze stap is al afgehandeld (%(state)s).") % {"state": step.state_label})
        return _confirm_without_evidence(principal, step, expected_version, done=approve, note=note)
    if approve and step.state != "evidence_submitted":
        raise _bad("approve", _("Voor deze stap is nog geen bewijs ingediend: goedkeuren kan pas als er bewijs is."))
    with transaction.atomic():
        step = wf.transition(step, "approve" if approve else "reject", who_of(principal), reason=note, reason_field="note", expected_version=expected_version,
                             fields={"review_note": note.strip()})
        close_task(f"step:{step.pk}:evidence")
        close_task(f"step:{step.pk}:due")
        if approve:
            carry_approval(step)
            _maybe_fulfilled(step.agreement_id, who_of(principal))
        else:  # the citizen hears of it, with the reason (walk of stop 28: a rejection was only visible on the page)
            notify(step.person_id, "trajectories.evidence_rejected", {"step": step.title, "reason": note.strip(), "due_on": fmt(step.due_on)},
                   who=who_of(principal), related=("agreement_step", step.pk), dedupe_key=f"step:{step.pk}:rejected:{step.version}")
    return step


def _confirm_without_evidence(principal: Principal, step: AgreementStep, expected_version: int | None, *, done: bool, note: str) -> AgreementStep:
    """A step without evidence: the counsellor says it was done (any time), or not done (after its date, with a reason:
    the agreement is then not met, as when the sweep finds a step with evidence missing)."""
    from .use_cases import miss_agreement  # the life cycle imports this module

    note = (note or "").strip()
    who = who_of(principal)
    if not done:
        if step.due_on >= clock.today():
            raise _bad("note", _("“Niet gedaan” kan pas na de einddatum (%(day)s).") % {"day": fmt(step.due_on)})
        if len(note) < 5:
            raise _bad("note", _("Zeg waarom de stap niet gedaan is (minstens 5 tekens): de burger leest het."))
    with transaction.atomic():
        step = wf.transition(step, "approve" if done else "miss", who, reason=note or labels.coded(R.CONFIRMED_WITHOUT_EVIDENCE) if done else note,
                             reason_field="note", expected_version=expected_version, fields={"review_note": note})
        close_task(f"step:{step.pk}:due")
        if done:
            carry_approval(step)
            _maybe_fulfilled(step.agreement_id, who)
        else:
            miss_agreement(Agreement.objects.get(pk=step.agreement_id), who, labels.coded(R.MISSED_STEPS, max_length=2000,
                                                                                          steps=f"{labels.render(step.title)} ({fmt(step.due_on)})"))
    return step


def _maybe_fulfilled(agreement_id: int, who: Who) -> None:
    agreement = Agreement.objects.get(pk=agreement_id)
    if agreement.state == "accepted" and not agreement.steps.exclude(state__in=("approved", "cancelled")).exists():
        wf.transition(agreement, "fulfil", who, reason=labels.coded(R.ALL_STEPS_APPROVED))
        close_task(f"agreement:{agreement.pk}:escalate")


def partner_update(principal: Principal, step_id: int, expected_version: int | None, *, note: str, outcome: str = "note") -> AgreementStep:
    """A partner (mutuality, integration agency) reports on ITS step only: a note, and optionally approves it
    (done) or hands it in for the counsellor's review; with the scope to write about persons."""
    if not perms.is_partner(principal):
        raise Forbidden(_("Enkel voor partners."))
    if not perms.is_writing_partner(principal):
        raise Forbidden(_("Deze toegang mag enkel lezen."))
    step = perms.partner_steps(principal).filter(pk=step_id).select_related("agreement").first()
    if step is None:
        raise NotFound(_("Niet gevonden binnen uw toegang."))
    note = (note or "").strip()
    if not note:
        raise _bad("note", _("Schrijf een verslag."))
    if outcome not in ("note", "submit", "approve"):
        raise _bad("outcome", _("Onbekende uitkomst."))
    if outcome != "note" and step.agreement.state != "accepted":
        raise _bad("outcome", partner_refusal(step.agreement))
    purpose = perms.partner_purpose(principal, step.person_id)
    with transaction.atomic():
        locked = _get(AgreementStep, step.pk, lock=True)
        check_version(locked, expected_version)
        stamp = f"{fmt(clock.today())} {principal.user.organisation.name}: {note}"
        text = (locked.partner_note + "\n" if locked.partner_note else "") + stamp
        if outcome == "note":
            locked.partner_note = text
            locked.version += 1
            locked.save(update_fields=["partner_note", "version"])
            result = locked
        else:
            result = wf.transition(locked, outcome, who_of(principal), reason=note[:500], reason_field="note", fields={"partner_note": text})
            if outcome == "approve":
                carry_approval(result)
                close_task(f"step:{step.pk}:due")
                _maybe_fulfilled(step.agreement_id, PLATFORM)  # the agreement's fulfilment follows; a partner may not make it
            else:
                review_by = add_term(clock.today(), REVIEW_DAYS, "working_days")
                task(f"step:{step.pk}:evidence", person_id=step.person_id, kind="evidence_to_review", due_on=review_by,
                     title=labels.coded(labels.PARTNER_REPORT, step=step.title), url=file_url(step.person_id))
        record_access(principal.actor(), [step.person_id], "traject: stap van de partner bijgewerkt", purpose, principal.channel)
    return result


def partner_refusal(agreement: Agreement) -> str:
    """In plain words, what the partner can do when the step's agreement is not (or no longer) in force."""
    if agreement.state in ("draft", "proposed"):
        return _("De burger heeft deze afspraken nog niet aanvaard. U kunt uw verslag nu al bewaren met „Enkel verslag”. "
                 "Ter beoordeling indienen of de stap afronden kan pas zodra de afspraken aanvaard zijn; "
                 "de VDAB-bemiddelaar van de persoon kan u zeggen wanneer.")
    return _("Deze afspraken lopen niet meer (%(state)s). U kunt uw verslag bewaren met „Enkel verslag”; "
             "de VDAB-bemiddelaar van de persoon beslist over het vervolg.") % {"state": agreement.state_label.lower()}


def partner_steps_view(principal: Principal) -> list[AgreementStep]:
    if not perms.is_partner(principal):
        raise Forbidden(_("Enkel voor partners."))
    steps = list(perms.partner_steps(principal).select_related("person", "agreement").order_by("due_on", "pk")[:500])
    by_purpose: dict = {}
    for step in steps:
        by_purpose.setdefault(perms.partner_purpose(principal, step.person_id), []).append(step.person_id)
    for purpose, ids in by_purpose.items():
        record_access(principal.actor(), ids, "traject: stappen toegewezen aan de partner", purpose, principal.channel)
    return steps


def partner_step(principal: Principal, step_id: int) -> AgreementStep:
    if not perms.is_partner(principal):
        raise Forbidden(_("Enkel voor partners."))
    step = perms.partner_steps(principal).filter(pk=step_id).select_related("person", "agreement").first()
    if step is None:
        raise NotFound(_("Niet gevonden binnen uw toegang."))
    record_access(principal.actor(), [step.person_id], "traject: stap toegewezen aan de partner", perms.partner_purpose(principal, step.person_id),
                  principal.channel)
    return step


def evidence_file(principal: Principal, evidence_id: int) -> StoredFile:
    """The stored file of an evidence, after the permission check (own, counsellor/admin with access, partner for its step)."""
    evidence = Evidence.objects.select_related("step", "file").filter(pk=evidence_id).first()
    if evidence is None or evidence.file is None:
        raise NotFound(_("Niet gevonden binnen uw toegang."))
    person_id = evidence.step.person_id
    if principal.role == Role.CITIZEN:
        if principal.user.person_id != person_id:
            raise NotFound(_("Niet gevonden binnen uw toegang."))
        purpose = perms.reader_purpose(principal)
    elif perms.is_partner(principal):
        if not perms.partner_steps(principal).filter(pk=evidence.step_id).exists():
            raise NotFound(_("Niet gevonden binnen uw toegang."))
        purpose = perms.partner_purpose(principal, person_id)
    else:
        perms.require_editor(principal, person_id)
        purpose = perms.reader_purpose(principal)
    record_access(principal.actor(), [person_id], f"traject: bewijsstuk {evidence.file.original_name}", purpose, principal.channel)
    return evidence.file
