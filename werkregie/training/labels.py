"""Texts training writes for people to read later (the trajectory step a booking makes), stored as codes with
parameters and translated when shown (werkregie.workflows.labels)."""

from django.utils.translation import gettext_noop

from werkregie.workflows.labels import coded, register  # noqa: F401 - re-exported

AGREEMENT = register("training.agreement.training", gettext_noop("Opleiding"))
STEP = register("training.step.course", gettext_noop("Opleiding volgen: %(title)s bij %(provider)s (start %(date)s)"))
# the step's details (walk of stop 28: "training:booking:1" stood there as a raw code)
STEP_BOOKED = register("training.step.booked", gettext_noop("Ingeschreven via de opleidingsgids (inschrijving %(booking)s)"))
