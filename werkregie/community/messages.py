"""Messages of community service to the person, through the one outbox (werkregie.messaging)."""

from django.utils.translation import gettext_lazy as _

from werkregie.messaging.templates import register

PROPOSED = register(
    "community.proposed",
    subject=_("Voorstel: %(kind)s"),
    body=_("Beste %(name)s,\n\nVDAB stelt u voor voor %(kind)s: “%(activity)s” bij %(host)s, %(address)s, %(municipality)s, "
           "%(hours)s uur per week vanaf %(start)s.\n\n%(description)s\n\nLaat uw bemiddelaar weten of u aanvaardt. Wie "
           "gemeenschapsdienst zonder geldige reden weigert, kan een sanctie krijgen op de werkloosheidsuitkering.\n\nMet vriendelijke groeten,\nVDAB"),
    legal=True,
)
STARTED = register(
    "community.started",
    subject=_("Uw %(kind)s begint"),
    body=_("Beste %(name)s,\n\nUw %(kind)s “%(activity)s” bij %(host)s is gestart op %(start)s en loopt uiterlijk tot %(ends_by)s. "
           "U mag hoogstens %(max_hours)s uur per maand presteren. U krijgt %(rate)s euro per gepresteerd uur bovenop uw uitkering.\n\n"
           "Met vriendelijke groeten,\nVDAB"),
)
COMPLETED = register(
    "community.completed",
    subject=_("Uw %(kind)s is afgerond"),
    body=_("Beste %(name)s,\n\nUw %(kind)s “%(activity)s” is afgerond op %(end)s. U presteerde in totaal %(hours)s uur.\n\n"
           "Met vriendelijke groeten,\nVDAB"),
)
STOPPED = register(
    "community.stopped",
    subject=_("Uw %(kind)s is stopgezet"),
    body=_("Beste %(name)s,\n\nUw %(kind)s “%(activity)s” is stopgezet op %(end)s. Reden: %(reason)s\n\nMet vriendelijke groeten,\nVDAB"),
)
