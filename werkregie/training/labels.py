"""Texts training writes for people to read later (the trajectory step a booking makes), stored as codes with
parameters and translated when shown (werkregie.workflows.labels)."""

from django.utils.translation import gettext_noop

from werkregie.workflows.labels import coded, register  # noqa: F401 - re-exported

AGREEMENT = register("training.agreement.training", gettext_noop("Opleiding"))
STEP = register("training.step.course", gettext_noop("Opleiding volgen: %(title)s bij %(provider)s (start %(date)s)"))
