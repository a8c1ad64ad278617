"""The platform's own message templates (general ones; each domain registers its own in its messages.py)."""

from django.utils.translation import gettext_lazy as _

from .templates import register

register(
    "messaging.general",
    subject=_("Bericht van VDAB: %(title)s"),
    body=_("Beste %(name)s,\n\n%(text)s\n\nMet vriendelijke groeten,\nVDAB"),
)
register(
    "messaging.digital_support",
    subject=_("Hulp bij digitale communicatie"),
    body=_("Beste %(name)s,\n\nWe konden u niet digitaal bereiken. Uw bemiddelaar kan u helpen met een korte opleiding digitale "
           "vaardigheden. Neem contact op of kom langs in uw VDAB-kantoor.\n\nMet vriendelijke groeten,\nVDAB"),
)
register(
    "messaging.legal_notice",
    subject=_("Belangrijk bericht van VDAB: %(title)s"),
    body=_("Beste %(name)s,\n\n%(text)s\n\nDit bericht heeft rechtsgevolgen. Een termijn die in dit bericht staat, begint te lopen op de dag "
           "waarop u het bericht geacht wordt te hebben ontvangen. Hebt u vragen, neem dan contact op met uw bemiddelaar.\n\n"
           "Met vriendelijke groeten,\nVDAB"),
    legal=True,
)
