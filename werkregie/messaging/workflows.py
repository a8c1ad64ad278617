"""The message's transition table: queued → dispatched → delivered → opened; a failing channel: failed → retrying
(exponential backoff) → dispatched, or failed → fallback_paper (the print queue) → dispatched on paper."""

from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.workflows.tables import SYSTEM, Workflow, describe, register, t

from .enums import State

MESSAGE = register(Workflow(
    name="message",
    states={s.value: s.label for s in State},
    initial=State.QUEUED,
    transitions=(
        t("dispatch", {State.QUEUED, State.RETRYING, State.FALLBACK_PAPER}, State.DISPATCHED, {SYSTEM}, _("Versturen")),
        t("deliver", State.DISPATCHED, State.DELIVERED, {SYSTEM}, _("Afgeleverd")),
        t("open", State.DELIVERED, State.OPENED, {Role.CITIZEN, SYSTEM}, _("Geopend")),
        t("fail", {State.QUEUED, State.RETRYING, State.FALLBACK_PAPER, State.DISPATCHED, State.DELIVERED}, State.FAILED, {SYSTEM},
          _("Mislukt of teruggekomen")),
        t("retry", State.FAILED, State.RETRYING, {SYSTEM}, _("Opnieuw proberen")),
        t("fallback", State.FAILED, State.FALLBACK_PAPER, {SYSTEM, Role.COUNSELLOR, Role.ADMIN}, _("Op papier versturen")),
    ),
    terminal=frozenset({State.OPENED}),
))

describe("message", _("Bericht"))
