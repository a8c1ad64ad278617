"""Messages of the application to the job seeker, through the one outbox (werkregie.messaging): every move of the
application reaches the person's inbox."""

from django.utils.translation import gettext_lazy as _

from werkregie.messaging.templates import register

STATE = register(
    "vacancies.application_state",
    # "kandidatuur": also a proposal or an employer's invitation, before the person applied (walk of stop 39: "Uw
    # sollicitatie … Voorgesteld" for someone who never applied)
    subject=_("Uw kandidatuur voor “%(title)s”: %(state)s"),
    body=_("Beste %(name)s,\n\nUw kandidatuur voor “%(title)s” bij %(employer)s: %(state)s.\n\n%(next)s\n\n"
           "Met vriendelijke groeten,\nVDAB"),
)
FEEDBACK = register(
    "vacancies.feedback",
    subject=_("Terugkoppeling over “%(title)s”"),
    body=_("Beste %(name)s,\n\n%(employer)s gaf terugkoppeling over uw sollicitatie voor “%(title)s” (%(state)s).\n\n%(reason)s%(skills)s\n\n"
           "Uw bemiddelaar bekijkt met u wat u hiermee kunt doen.\n\nMet vriendelijke groeten,\nVDAB"),
)
