"""Message templates of trajectories, registered in the one outbox (werkregie.messaging)."""

from django.utils.translation import gettext_lazy as _

from werkregie.messaging.templates import register

AGREEMENT_TO_ACCEPT = register(
    "trajectories.agreement_to_accept",
    subject=_("Uw afspraken met VDAB: graag aanvaarden"),
    body=_("Beste %(name)s,\n\nUw bemiddelaar stelt de afspraken “%(title)s” (%(level)s, versie %(revision)s) voor. Lees ze en aanvaard ze "
           "uiterlijk op %(accept_by)s op de pagina Mijn afspraken: %(link)s\n\nHebt u vragen, neem dan contact op met uw bemiddelaar."),
    legal=False,
)
ACCEPTANCE_REMINDER = register(
    "trajectories.acceptance_reminder",
    subject=_("Herinnering: uw afspraken wachten op uw aanvaarding"),
    body=_("Beste %(name)s,\n\nU hebt de afspraken “%(title)s” nog niet aanvaard. De termijn liep af op %(accept_by)s. Aanvaard ze zo snel "
           "mogelijk op de pagina Mijn afspraken: %(link)s, of neem contact op met uw bemiddelaar."),
    legal=False,
)
STEP_REMINDER = register(
    "trajectories.step_reminder",
    subject=_("Herinnering: een afspraak vervalt binnenkort"),
    body=_("Beste %(name)s,\n\nDe afspraak “%(step)s” moet uiterlijk op %(due_on)s gebeuren. Dien uw bewijs in op de pagina Mijn afspraken: "
           "%(link)s"),
    legal=False,
)
EVIDENCE_REJECTED = register(
    "trajectories.evidence_rejected",
    subject=_("Uw bewijs is niet aanvaard: %(step)s"),
    body=_("Beste %(name)s,\n\nUw bemiddelaar heeft het bewijs voor de afspraak “%(step)s” niet aanvaard.\nReden: %(reason)s\n\n"
           "U kunt uiterlijk op %(due_on)s opnieuw een bewijs indienen op de pagina Mijn afspraken: %(link)s\n"
           "Hebt u vragen, neem dan contact op met uw bemiddelaar."),
    legal=False,
)
ESCALATION_WARNING = register(
    "trajectories.escalation_warning",
    subject=_("Belangrijk: u bent een afspraak niet nagekomen"),
    body=_("Beste %(name)s,\n\nU bent de afspraken “%(title)s” niet nagekomen (%(steps)s). Uw bemiddelaar maakt daarom een %(next_level)s met u. "
           "Komt u ook die niet na, dan kan uw dossier naar de controledienst van VDAB gaan, die uw uitkering kan schorsen.\n\n"
           "Meer uitleg: %(link)s"),
    legal=True,
)
TRANSFER_NOTICE = register(
    "trajectories.transfer_to_control",
    subject=_("Uw dossier gaat naar de controledienst"),
    body=_("Beste %(name)s,\n\nU bent de ultieme afspraken “%(title)s” niet nagekomen. Uw dossier gaat daarom naar de controledienst van "
           "VDAB. U krijgt van hen een uitnodiging voor een verhoor, waar u uw kant van de zaak kunt toelichten."),
    legal=True,
)
