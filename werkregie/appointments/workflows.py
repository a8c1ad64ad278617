"""The appointment workflow, declared as a table (the one mechanism of werkregie.workflows)."""

from django.utils.translation import gettext_lazy as _

from werkregie.workflows.tables import SYSTEM, Workflow, describe, register, t

CITIZEN, COUNSELLOR, ADMIN = "citizen", "counsellor", "admin"
STAFF = {COUNSELLOR, ADMIN}

APPOINTMENT = register(Workflow(
    "appointment",
    {
        "invited": _("Uitgenodigd"),
        "booked": _("Geboekt"),
        "expired": _("Link verlopen"),
        "convoked": _("Opgeroepen"),
        "attended": _("Aanwezig"),
        "excused": _("Verontschuldigd"),
        "no_show": _("Niet gekomen"),
        "referred": _("Doorgestuurd naar de controledienst"),
        "cancelled": _("Geannuleerd"),
    },
    "invited",
    (
        t("book", "invited", "booked", {CITIZEN, *STAFF}, _("Moment kiezen")),
        t("move", "booked", "booked", {CITIZEN, *STAFF}, _("Verplaatsen")),
        t("unbook", "booked", "invited", {CITIZEN, *STAFF}, _("Geboekt moment vrijgeven")),
        t("expire", "invited", "expired", {SYSTEM}, _("Link verlopen")),
        t("convoke", ("invited", "expired"), "convoked", STAFF, _("Oproepen")),
        t("attend", ("booked", "convoked"), "attended", STAFF, _("Aanwezig")),
        t("excuse", ("booked", "convoked"), "excused", STAFF, _("Verontschuldigd"), reason=True),
        t("no_show", ("booked", "convoked"), "no_show", STAFF, _("Niet gekomen")),
        t("accept_excuse", "no_show", "excused", STAFF, _("Verontschuldiging aanvaarden"), reason=True),
        t("refer", "no_show", "referred", {SYSTEM, *STAFF}, _("Doorsturen naar de controledienst")),
        t("cancel", ("invited", "booked", "expired", "convoked"), "cancelled", STAFF, _("Annuleren"), reason=True),
    ),
    frozenset({"attended", "excused", "referred", "cancelled"}),
))

describe("appointment", _("Afspraak"))
