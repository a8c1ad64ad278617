"""Transition table of a booking (one mechanism: werkregie.workflows)."""

from django.utils.translation import gettext_lazy as _

from werkregie.accounts.models import Role
from werkregie.workflows.tables import SYSTEM, Workflow, register, t

BOOKERS = {Role.CITIZEN, Role.COUNSELLOR, Role.ADMIN}

BOOKING = register(Workflow(
    name="training_booking",
    states={"booked": _("Ingeschreven"), "cancelled": _("Geannuleerd"), "completed": _("Gevolgd")},
    initial="booked",
    transitions=(
        # the provider cancels when it withdraws a booked session or course (use_cases/booking.py, cancel_for_provider);
        # the API's cancel still asks that the principal may book for the person (perms.can_book), which a provider may not
        t("cancel", "booked", "cancelled", BOOKERS | {Role.PARTNER, SYSTEM}, _("Annuleren"), reason=True),
        # the provider (a partner) or VDAB confirms that the person followed the course
        t("complete", "booked", "completed", {Role.PARTNER, Role.COUNSELLOR, Role.ADMIN, SYSTEM}, _("Gevolgd")),
    ),
    terminal=frozenset({"cancelled", "completed"}),
))
