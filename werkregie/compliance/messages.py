"""Messages of the compliance procedure (sent through the one outbox, werkregie.messaging). The hearing invitation
and the decision have legal effect: their deemed notification date starts the response and appeal terms."""

from django.utils.translation import gettext_lazy as _

from werkregie.messaging.templates import register

HEARING = "compliance.hearing_invitation"
DECISION = "compliance.decision"
APPEAL_RECEIVED = "compliance.appeal_received"
APPEAL_DECIDED = "compliance.appeal_decided"
DEFENCE_RECEIVED = "compliance.defence_received"
HEARING_MOVED = "compliance.hearing_moved"
# a hearing "in writing" is a term for the written defence, not a meeting at an hour (walk of stop 28)
HEARING_WRITTEN = "compliance.hearing_written"
HEARING_WRITTEN_MOVED = "compliance.hearing_written_moved"

register(
    HEARING,
    subject=_("Uitnodiging voor een verhoor bij de controledienst van VDAB"),
    body=_(
        "Beste %(name)s,\n\n"
        "De controledienst van VDAB onderzoekt het volgende: %(infringement)s (op %(occurred_on)s).\n"
        "%(summary)s\n\n"
        "Voor we beslissen, willen we uw uitleg horen. U bent uitgenodigd voor een verhoor op %(hearing_at)s (%(mode)s, %(place)s).\n"
        "U kunt ook schriftelijk reageren en bewijsstukken toevoegen (PDF, JPEG of PNG) via %(link)s, binnen %(term)s na de dag "
        "waarop u deze brief ontvangt.\n\n"
        "Komt u niet en reageert u niet binnen die termijn, dan beslissen we op basis van het dossier.\n"
        "U mag zich laten bijstaan door een vakbond, een advocaat of een andere vertrouwenspersoon.\n\n"
        "Dossiernummer: %(case)s\n\nMet vriendelijke groeten,\nDe controledienst van VDAB"
    ),
    legal=True,
)

register(
    HEARING_MOVED,
    subject=_("Uw verhoor bij de controledienst van VDAB is verplaatst"),
    body=_(
        "Beste %(name)s,\n\n"
        "Uw verhoor over %(infringement)s (op %(occurred_on)s) is verplaatst: %(reason)s\n"
        "Deze brief vervangt de uitnodiging voor het verhoor op %(previous)s.\n\n"
        "U bent uitgenodigd voor een verhoor op %(hearing_at)s (%(mode)s, %(place)s).\n"
        "U kunt ook schriftelijk reageren en bewijsstukken toevoegen (PDF, JPEG of PNG) via %(link)s, binnen %(term)s na de dag "
        "waarop u deze brief ontvangt.\n\n"
        "Komt u niet en reageert u niet binnen die termijn, dan beslissen we op basis van het dossier.\n"
        "U mag zich laten bijstaan door een vakbond, een advocaat of een andere vertrouwenspersoon.\n\n"
        "Dossiernummer: %(case)s\n\nMet vriendelijke groeten,\nDe controledienst van VDAB"
    ),
    legal=True,
)

register(
    HEARING_WRITTEN,
    subject=_("Uw schriftelijk verweer bij de controledienst van VDAB"),
    body=_(
        "Beste %(name)s,\n\n"
        "De controledienst van VDAB onderzoekt het volgende: %(infringement)s (op %(occurred_on)s).\n"
        "%(summary)s\n\n"
        "Voor we beslissen, willen we uw uitleg. Het verhoor gebeurt schriftelijk: stuur uw uitleg en bewijsstukken (PDF, JPEG of "
        "PNG) via %(link)s, uiterlijk op %(hearing_at)s.\n\n"
        "Reageert u niet binnen die termijn, dan beslissen we op basis van het dossier.\n"
        "U mag zich laten bijstaan door een vakbond, een advocaat of een andere vertrouwenspersoon.\n\n"
        "Dossiernummer: %(case)s\n\nMet vriendelijke groeten,\nDe controledienst van VDAB"
    ),
    legal=True,
)

register(
    HEARING_WRITTEN_MOVED,
    subject=_("Uw schriftelijk verweer bij de controledienst van VDAB: nieuwe termijn"),
    body=_(
        "Beste %(name)s,\n\n"
        "Het verhoor over %(infringement)s (op %(occurred_on)s) is gewijzigd: %(reason)s\n"
        "Deze brief vervangt de uitnodiging voor het verhoor op %(previous)s.\n\n"
        "Het verhoor gebeurt nu schriftelijk: stuur uw uitleg en bewijsstukken (PDF, JPEG of PNG) via %(link)s, uiterlijk op "
        "%(hearing_at)s.\n\n"
        "Reageert u niet binnen die termijn, dan beslissen we op basis van het dossier.\n"
        "U mag zich laten bijstaan door een vakbond, een advocaat of een andere vertrouwenspersoon.\n\n"
        "Dossiernummer: %(case)s\n\nMet vriendelijke groeten,\nDe controledienst van VDAB"
    ),
    legal=True,
)

register(
    DECISION,
    subject=_("Beslissing van de controledienst van VDAB"),
    body=_(
        "Beste %(name)s,\n\n"
        "Na onderzoek van uw dossier (%(infringement)s, op %(occurred_on)s) beslist de controledienst: %(decision)s.\n"
        "%(start)s\n\n"
        "Rechtsgrond: %(legal_ground)s\n\nMotivering: %(motivation)s\n\n"
        "U kunt tegen deze beslissing beroep instellen bij de arbeidsrechtbank binnen %(appeal_term)s na de dag waarop u deze "
        "beslissing ontvangt. U kunt uw beroep ook aankondigen via %(link)s.\n\n"
        "Dossiernummer: %(case)s\n\nMet vriendelijke groeten,\nDe controledienst van VDAB"
    ),
    legal=True,
)

register(
    APPEAL_RECEIVED,
    subject=_("We hebben uw beroep ontvangen"),
    body=_(
        "Beste %(name)s,\n\nWe hebben uw beroep tegen de beslissing in dossier %(case)s ontvangen op %(lodged_on)s. "
        "We laten u de uitkomst weten.\n\nMet vriendelijke groeten,\nDe controledienst van VDAB"
    ),
    legal=False,
)

register(
    APPEAL_DECIDED,
    subject=_("Uitkomst van uw beroep"),
    body=_(
        "Beste %(name)s,\n\nDe uitkomst van uw beroep in dossier %(case)s: %(outcome)s.\n%(detail)s\n\n"
        "Met vriendelijke groeten,\nDe controledienst van VDAB"
    ),
    legal=True,
)

register(
    DEFENCE_RECEIVED,
    subject=_("Ontvangstbewijs van uw verweer"),
    body=_(
        "Beste %(name)s,\n\n"
        "De controledienst van VDAB heeft uw schriftelijk verweer in dossier %(case)s ontvangen op %(received_at)s.\n"
        "%(waiver)s\n\n"
        "Vingerafdruk (SHA-256) van uw tekst: %(text_sha256)s\n"
        "Bewijsstukken: %(files)s\n\n"
        "Met deze vingerafdrukken kunt u later aantonen wat u precies indiende. U vindt uw dossier op %(link)s.\n\n"
        "Met vriendelijke groeten,\nDe controledienst van VDAB"
    ),
    legal=False,
)
