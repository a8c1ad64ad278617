"""Translations of the strings added after the walk and the attack of stop 44 (issue 12)."""

T = {
    "Bevestig dat de lopende sollicitaties eindigen: er is niets gewijzigd.": (
        "Confirmez que les candidatures en cours prennent fin : rien n'a été modifié.",
        "Confirm that the running applications end: nothing was changed."),
    "De vacature is afgesloten.": ("L'offre est clôturée.", "The vacancy is closed."),
    "De vacature is bijgewerkt: %(state)s.": ("L'offre est mise à jour : %(state)s.", "The vacancy is updated: %(state)s."),
    "De vacature is ingevuld.": ("L'offre est pourvue.", "The vacancy is filled."),
    "De werkgever heeft deze vacature afgesloten, ze is ingevuld of ze is verlopen. Solliciteren kan niet meer.": (
        "L'employeur a clôturé cette offre, elle est pourvue ou elle a expiré. Il n'est plus possible de postuler.",
        "The employer closed this vacancy, it was filled or it expired. Applying is no longer possible."),
    "De werkplek van een vacature die al kandidaten had, wijzigt niet meer. Sluit deze vacature en stuur een nieuwe met de nieuwe werkplek.": (
        "Le lieu de travail d'une offre qui a déjà eu des candidats ne change plus. Clôturez cette offre et envoyez-en une nouvelle avec le nouveau lieu de travail.",
        "The workplace of a vacancy that already had candidates no longer changes. Close this vacancy and send a new one with the new workplace."),
    "Deze vacature is niet meer open": ("Cette offre n'est plus ouverte", "This vacancy is no longer open"),
    "Doorverwezen door VDAB": ("Orienté par le VDAB", "Referred by VDAB"),
    "Over %(name)s, voor “%(title)s” (nu: %(state)s). De kandidaat krijgt een respectvolle samenvatting van uw reden; uw toelichting toont het platform alleen aan de bemiddelaar, maar de kandidaat kan ze opvragen met zijn recht op inzage (AVG, artikel 15). Schrijf ze zo dat u ze kunt verantwoorden.": (
        "À propos de %(name)s, pour « %(title)s » (maintenant : %(state)s). Le candidat reçoit un résumé respectueux de votre motif ; la plateforme ne montre votre commentaire qu'au conseiller, mais le candidat peut le demander en vertu de son droit d'accès (RGPD, article 15). Rédigez-le de manière à pouvoir le justifier.",
        "About %(name)s, for “%(title)s” (now: %(state)s). The candidate receives a respectful summary of your reason; the platform shows your note only to the counsellor, but the candidate can ask for it under their right of access (GDPR, article 15). Write it so that you can justify it."),
    "Zoek andere vacatures": ("Chercher d'autres offres", "Search for other vacancies"),
}

PLURALS = {
    "%(action)s: de %(count)s lopende sollicitatie eindigt en de kandidaat krijgt een bericht": (
        ("%(action)s : la %(count)s candidature en cours prend fin et le candidat reçoit un message",
         "%(action)s : les %(count)s candidatures en cours prennent fin et chaque candidat reçoit un message"),
        ("%(action)s: the %(count)s running application ends and the candidate gets a message",
         "%(action)s: the %(count)s running applications end and each candidate gets a message")),
    "%(count)d lopende sollicitatie is beëindigd; de kandidaat kreeg een bericht.": (
        ("%(count)d candidature en cours a pris fin ; le candidat a reçu un message.",
         "%(count)d candidatures en cours ont pris fin ; chaque candidat a reçu un message."),
        ("%(count)d running application was ended; the candidate got a message.",
         "%(count)d running applications were ended; each candidate got a message.")),
}

T.update({
    "Deze vacature is niet meer open: ze wordt nergens meer aangeboden, en waar ze al was aangeboden, wordt ze ingetrokken.": (
        "Cette offre n'est plus ouverte : elle n'est plus proposée nulle part, et là où elle l'a été, elle est retirée.",
        "This vacancy is no longer open: it is no longer offered anywhere, and where it was offered, it is withdrawn."),
})
