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
    "Afwijkingen sancties": ("Écarts dans les sanctions", "Sanction deviations"),
    "Mijn controledossiers": ("Mes dossiers de contrôle", "My control files"),
    "Digitale ondersteuning": ("Soutien numérique", "Digital support"),
    "Stappen": ("Étapes", "Steps"),
    "Kies een bestand.": ("Choisissez un fichier.", "Choose a file."),
    "Het bestand is leeg.": ("Le fichier est vide.", "The file is empty."),
    "Het bestand is te groot (%(size)s MB); het mag hoogstens 10 MB zijn.": ("Le fichier est trop volumineux (%(size)s Mo) ; 10 Mo maximum.", "The file is too large (%(size)s MB); at most 10 MB."),
    "Het bestand is te groot; het mag hoogstens 10 MB zijn.": ("Le fichier est trop volumineux ; 10 Mo maximum.", "The file is too large; at most 10 MB."),
    "Dit bestandstype wordt niet aanvaard. Laad een PDF, JPEG of PNG op.": ("Ce type de fichier n'est pas accepté. Téléchargez un PDF, JPEG ou PNG.", "This file type is not accepted. Upload a PDF, JPEG or PNG."),
    "De extensie van het bestand (%(ext)s) past niet bij de inhoud (%(type)s).": ("L'extension du fichier (%(ext)s) ne correspond pas au contenu (%(type)s).", "The file extension (%(ext)s) does not match its content (%(type)s)."),
    "Het opgegeven type (%(declared)s) past niet bij de inhoud (%(type)s).": ("Le type indiqué (%(declared)s) ne correspond pas au contenu (%(type)s).", "The declared type (%(declared)s) does not match the content (%(type)s)."),
    "Afspraken": ("Rendez-vous", "Appointments"),
    "Trajecten": ("Trajets", "Trajectories"),
    "Controle en sancties": ("Contrôle et sanctions", "Control and sanctions"),
    "Gemeenschapsdienst en wijk-werken": ("Service communautaire et travail de proximité (wijk-werken)", "Community service and neighbourhood work (wijk-werken)"),
}
PLURALS = {}
