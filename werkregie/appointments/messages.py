"""The messages of appointments, registered with the one outbox (werkregie.messaging)."""

from django.utils.translation import gettext_lazy as _

from werkregie.messaging.templates import register

register(
    "appointment.invitation",
    subject=_("Uitnodiging: %(kind)s"),
    body=_("Beste %(name)s,\n\nU bent uitgenodigd voor een gesprek: %(kind)s, met %(counsellor)s.\n%(note)s\n\n"
           "Kies zelf een moment dat u past (op kantoor, telefonisch of met video) via deze link, uiterlijk op %(expires)s:\n%(link)s\n\n"
           "Kiest u geen moment, dan roept uw bemiddelaar u op voor een vast moment.\n\nMet vriendelijke groeten,\nVDAB"),
)
register(
    "appointment.link_reminder",
    subject=_("Herinnering: kies een moment voor uw gesprek"),
    body=_("Beste %(name)s,\n\nU hebt nog geen moment gekozen voor uw gesprek (%(kind)s). Uw link blijft geldig tot en met %(expires)s:\n%(link)s\n\n"
           "Daarna roept uw bemiddelaar u op voor een vast moment.\n\nMet vriendelijke groeten,\nVDAB"),
)
register(
    "appointment.booked",
    subject=_("Bevestiging van uw afspraak op %(when)s"),
    body=_("Beste %(name)s,\n\nUw afspraak is vastgelegd: %(kind)s op %(when)s (%(mode)s). %(place)s\n\n"
           "Verplaatsen kan tot %(move_hours)s uur vooraf via uw link:\n%(link)s\n\nMet vriendelijke groeten,\nVDAB"),
)
register(
    "appointment.reminder",
    subject=_("Herinnering: uw afspraak op %(when)s"),
    body=_("Beste %(name)s,\n\nWe verwachten u op %(when)s voor uw gesprek (%(kind)s, %(mode)s). %(place)s\n\n"
           "Kunt u niet komen, laat het dan zo snel mogelijk weten aan %(counsellor)s.\n\nMet vriendelijke groeten,\nVDAB"),
)
register(
    "appointment.convocation",
    subject=_("Oproeping: %(kind)s op %(when)s"),
    body=_("Beste %(name)s,\n\nU hebt geen moment gekozen met uw uitnodiging. Daarom roepen wij u op voor een gesprek (%(kind)s) op %(when)s "
           "(%(mode)s). %(place)s\n\nU bent verplicht op deze oproeping in te gaan. Kunt u niet komen, dan bezorgt u het bewijs van een geldige "
           "reden uiterlijk op de derde werkdag na het gesprek. Wie zonder geldige reden niet komt, kan een sanctie krijgen (een verwittiging of "
           "een schorsing van de uitkering).\n\nMet vriendelijke groeten,\nVDAB"),
    legal=True,
)
register(
    "appointment.no_show",
    subject=_("U was niet aanwezig op uw afspraak van %(when)s"),
    body=_("Beste %(name)s,\n\nU was niet aanwezig op uw gesprek (%(kind)s) van %(when)s. Had u een geldige reden, bezorg ons dan uiterlijk op "
           "%(proof_due)s het bewijs (bijvoorbeeld een doktersattest) via Mijn afspraken. Zonder aanvaarde geldige reden gaat uw dossier naar de "
           "controledienst van VDAB.\n\nMet vriendelijke groeten,\nVDAB"),
    legal=True,
)
register(
    "appointment.cancelled",
    subject=_("Uw afspraak is geannuleerd"),
    body=_("Beste %(name)s,\n\nUw gesprek (%(kind)s) %(when)s is geannuleerd. U hoeft niet te komen. Uw bemiddelaar neemt contact met u op als er "
           "een nieuwe afspraak nodig is.\n\nMet vriendelijke groeten,\nVDAB"),
)
