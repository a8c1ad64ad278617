"""Who may read which messages. The person record's own rules (people.perms) decide which persons."""

from __future__ import annotations

from werkregie.accounts.models import Role, Scope
from werkregie.accounts.principal import Principal
from werkregie.people import perms as people_perms

from .models import Message

# the roles that follow up a person's messages (a bounced convocation, what was sent when); the controller sees the
# messages of a compliance case in that case's file, not the whole inbox
GUIDING_ROLES = frozenset({Role.COUNSELLOR, Role.ADMIN})


def can_see_own(principal: Principal) -> bool:
    return principal.role == Role.CITIZEN and bool(principal.user.person_id)


def can_see_person_messages(principal: Principal, person_id: int) -> bool:
    return (principal.role in GUIDING_ROLES and principal.has_scope(Scope.PERSONS_READ)
            and people_perms.can_view_person(principal, person_id))


# the messages of the availability control (hearing invitations, decisions, appeals): compliance's rules give a
# counsellor only THAT a case exists and its step, so the letters of a case show a counsellor no subject, body,
# fingerprint, PDF or evidence; the person, the control service (in the case file) and the admin read them in full
CONTROL_TEMPLATE_PREFIX = "compliance."
CONTROL_WORKFLOWS = frozenset({"compliance_case"})


def is_control_message(message: Message) -> bool:
    return message.template_key.startswith(CONTROL_TEMPLATE_PREFIX) or message.related_workflow in CONTROL_WORKFLOWS


def can_read_content(principal: Principal, message: Message) -> bool:
    """Whether this principal, who may see the message exists, may read what it says (subject, body, PDF, evidence)."""
    return principal.role != Role.COUNSELLOR or not is_control_message(message)


def can_see_digital_support(principal: Principal) -> bool:
    return principal.role in GUIDING_ROLES and principal.has_scope(Scope.PERSONS_READ)


def can_take_in_reports(principal: Principal) -> bool:
    """The channels' delivery reports (bounces, returned letters) are taken in by the platform's administrators (the
    partners' feeds: a mailbox for DSNs, a webhook for the others); what a report changes the platform itself does."""
    return principal.role == Role.ADMIN
