"""French and English translations of the workflow mechanism, the menu and the shared pieces of the workflow domains
(msgid → (fr, en)); merged by translations.py. The workflow domains keep their own strings in their app's locale folder."""

T = {
    "Workflows": ("Flux de travail", "Workflows"),
    "toestand": ("état", "state"),
    "in deze toestand sinds": ("dans cet état depuis", "in this state since"),
    "termijn": ("délai", "term"),
    "Einde van de lopende wettelijke termijn, als er een is": ("Fin du délai légal en cours, s'il y en a un", "End of the running legal term, if any"),
    "Iemand anders heeft dit intussen gewijzigd (versie %(current)s, u bewerkte versie %(expected)s). Bekijk de huidige versie en doe uw wijziging opnieuw.": (
        "Quelqu'un d'autre l'a modifié entre-temps (version %(current)s, vous avez modifié la version %(expected)s). Consultez la version actuelle et refaites votre modification.",
        "Someone else has changed this in the meantime (version %(current)s, you edited version %(expected)s). Look at the current version and make your change again."),
    "“%(action)s” kan niet in de toestand “%(state)s”. Mogelijk: %(allowed)s.": (
        "« %(action)s » n'est pas possible dans l'état « %(state)s ». Possible : %(allowed)s.",
        "“%(action)s” is not possible in the state “%(state)s”. Possible: %(allowed)s."),
    "geen": ("aucune", "none"),
    "Uw rol mag “%(action)s” niet uitvoeren.": ("Votre rôle ne permet pas « %(action)s ».", "Your role may not do “%(action)s”."),
    "Geef een reden op (minstens 5 tekens).": ("Indiquez une raison (au moins 5 caractères).", "Give a reason (at least 5 characters)."),
    "Mijn afspraken": ("Mes rendez-vous", "My appointments"),
    "Berichten": ("Messages", "Messages"),
    "Werklijst": ("Liste de travail", "Worklist"),
    "Agenda": ("Agenda", "Calendar"),
    "Controledossiers": ("Dossiers de contrôle", "Control files"),
    "Gemeenschapsdienst": ("Service communautaire", "Community service"),
    "Afspraken": ("Rendez-vous", "Appointments"),
    "Trajecten": ("Trajets", "Trajectories"),
    "Controle en sancties": ("Contrôle et sanctions", "Control and sanctions"),
    "Gemeenschapsdienst en wijk-werken": ("Service communautaire et travail de proximité (wijk-werken)", "Community service and neighbourhood work (wijk-werken)"),
}
PLURALS = {}
