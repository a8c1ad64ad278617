"""The messages of careers (EVC), registered with the one outbox (werkregie.messaging)."""

from django.utils.translation import gettext_lazy as _

from werkregie.messaging.templates import register

register(
    "careers.evc_received",
    subject=_("Uw aanvraag tot erkenning van competenties is ontvangen"),
    body=_("Beste %(name)s,\n\nWe hebben uw aanvraag tot erkenning van verworven competenties (EVC) ontvangen: %(what)s.\n"
           "Een beoordelaar plant uiterlijk op %(deadline)s een beoordeling met u. U volgt alles op via Mijn Loopbaan.\n\n"
           "Met vriendelijke groeten,\nVDAB"),
)
register(
    "careers.evc_planned",
    subject=_("Uw EVC-beoordeling is gepland op %(day)s"),
    body=_("Beste %(name)s,\n\nUw beoordeling (%(what)s) is gepland op %(day)s, %(place)s, met %(assessor)s.\n"
           "Breng mee wat uw ervaring toont: attesten, foto's of voorbeelden van uw werk.\n\nMet vriendelijke groeten,\nVDAB"),
)
register(
    "careers.evc_certified",
    subject=_("Uw competenties zijn erkend"),
    body=_("Beste %(name)s,\n\nDe beoordeling (%(what)s) is afgerond. Erkend: %(certified)s.\n%(not_yet)s\n"
           "De erkende competenties staan als bewijs in uw competentiepaspoort op Mijn Loopbaan; u kunt ze delen met werkgevers.\n\n"
           "Met vriendelijke groeten,\nVDAB"),
)
register(
    "careers.evc_refused",
    subject=_("Uw aanvraag tot erkenning van competenties"),
    body=_("Beste %(name)s,\n\nUw aanvraag (%(what)s) leidt niet tot een erkenning. Reden: %(reason)s\n"
           "Uw bemiddelaar bespreekt graag met u welke opleiding u verder helpt.\n\nMet vriendelijke groeten,\nVDAB"),
)
register(
    "careers.visa_issued",
    subject=_("Uw competentievisum is klaar"),
    body=_("Beste %(name)s,\n\n%(counsellor)s heeft uw competenties vastgelegd in een competentievisum (%(skills)s). "
           "Het staat in uw competentiepaspoort op Mijn Loopbaan: u kunt het met een link delen met werkgevers, die het zelf kunnen "
           "controleren.\n\nMet vriendelijke groeten,\nVDAB"),
)
