"""The EVC workflow (recognition of prior learning), declared as a table (the one mechanism of werkregie.workflows)."""

from django.utils.translation import gettext_lazy as _

from werkregie.workflows.tables import Workflow, describe, register, t

CITIZEN, COUNSELLOR, PARTNER, ADMIN = "citizen", "counsellor", "partner", "admin"
ASSESSORS = {COUNSELLOR, PARTNER, ADMIN}
STAFF = {COUNSELLOR, ADMIN}

EVC = register(Workflow(
    "evc",
    {
        "requested": _("Aangevraagd"),
        "planned": _("Beoordeling gepland"),
        "assessed": _("Beoordeeld"),
        "certified": _("Erkend"),
        "refused": _("Niet erkend"),
        "withdrawn": _("Ingetrokken"),
    },
    "requested",
    (
        t("plan", ("requested", "planned"), "planned", ASSESSORS, _("Beoordeling plannen")),
        t("assess", "planned", "assessed", ASSESSORS, _("Resultaat vastleggen")),
        # the assessor's organisation certifies: VDAB for its own assessments, the accredited partner for what was assigned
        # to it (careers.use_cases.evc checks which); the credential and the certified competences follow from it
        t("certify", "assessed", "certified", ASSESSORS, _("Erkenning toekennen")),
        t("refuse", ("requested", "assessed"), "refused", ASSESSORS, _("Niet erkennen"), reason=True),
        t("withdraw", ("requested", "planned"), "withdrawn", {CITIZEN, *STAFF}, _("Aanvraag intrekken"), reason=True),
    ),
    frozenset({"certified", "refused", "withdrawn"}),
))

describe("evc", _("EVC-aanvraag"))
