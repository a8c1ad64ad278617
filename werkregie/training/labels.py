"""Texts training writes for people to read later (the trajectory step a booking makes), stored as codes with
parameters and translated when shown (werkregie.workflows.labels)."""

from django.utils.translation import gettext_noop

from werkregie.workflows.labels import coded, register  # noqa: F401 - re-exported

AGREEMENT = register("training.agreement.training", gettext_noop("Opleiding"))
STEP = register("training.step.course", gettext_noop("Opleiding volgen: %(title)s bij %(provider)s (start %(date)s)"))
# the step's details (walk of stop 28: "training:booking:1" stood there as a raw code)
STEP_BOOKED = register("training.step.booked", gettext_noop("Ingeschreven via de opleidingsgids (inschrijving %(booking)s)"))
# why a provider's delivery cancelled a booking (the booking's and the reservation's reason; training.importer)
WITHDRAWN_SESSION = register("training.booking.session_withdrawn",
                             gettext_noop("Geannuleerd door %(provider)s: de sessie van %(date)s van %(title)s is geschrapt"))
WITHDRAWN_COURSE = register("training.booking.course_withdrawn",
                            gettext_noop("Geannuleerd door %(provider)s: de opleiding %(title)s is uit het aanbod gehaald"))
PLACES_CUT = register("training.booking.places_cut",
                      gettext_noop("Geannuleerd door %(provider)s: de sessie van %(date)s van %(title)s heeft minder plaatsen dan inschrijvingen"))
