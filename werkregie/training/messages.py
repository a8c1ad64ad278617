"""The messages of training, registered with the one outbox (werkregie.messaging): a person whose booking the provider
cancelled by withdrawing or shrinking the session or course (use_cases/booking.py, cancel_for_provider)."""

from django.utils.translation import gettext_lazy as _

from werkregie.messaging.templates import register

from . import labels

# what happened, in the person's language (the template is rendered in it; a lazy text in the context follows)
WHY = {
    labels.WITHDRAWN_SESSION: _("de opleidingsverstrekker heeft deze sessie geschrapt"),
    labels.WITHDRAWN_COURSE: _("de opleidingsverstrekker heeft deze opleiding uit zijn aanbod gehaald"),
    labels.PLACES_CUT: _("de opleidingsverstrekker heeft het aantal plaatsen verminderd tot onder het aantal inschrijvingen, en de laatste "
                         "inschrijvingen vervallen"),
}

register(
    "training.booking_withdrawn",
    subject=_("Uw inschrijving voor %(course)s is geannuleerd"),
    body=_("Beste %(name)s,\n\nUw inschrijving voor de opleiding \"%(course)s\" bij %(provider)s (start %(day)s) is geannuleerd: %(what)s.\n"
           "Op Mijn Loopbaan kiest u een andere sessie of opleiding; uw bemiddelaar helpt u daar graag bij.\n\n"
           "Met vriendelijke groeten,\nVDAB"),
)
register(
    "training.booking_withdrawn_refund",
    subject=_("Uw inschrijving voor %(course)s is geannuleerd"),
    body=_("Beste %(name)s,\n\nUw inschrijving voor de opleiding \"%(course)s\" bij %(provider)s (start %(day)s) is geannuleerd: %(what)s.\n"
           "De € %(amount)s die hiervoor op uw leer- en loopbaanrekening gereserveerd stond, staat er weer op.\n"
           "Op Mijn Loopbaan kiest u een andere sessie of opleiding; uw bemiddelaar helpt u daar graag bij.\n\n"
           "Met vriendelijke groeten,\nVDAB"),
)
