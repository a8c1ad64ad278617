"""French and English of the issue-11 follow-ups in trajectories, compliance and community (msgid → (fr, en)): steps
suspended during incapacity, trajectories opened at the screening, hearings on working days, the sanction start after
notification and the receipt of a written defence. Merged by translations.py."""

T = {
    # trajectories
    "Erkende arbeidsongeschiktheid op %(date)s: geschorst, niet gemist": (
        "Incapacité de travail reconnue le %(date)s : suspendue, non manquée", "Recognised incapacity for work on %(date)s: suspended, not missed"),
    "Arbeidsongeschiktheid voorbij: nieuwe datum %(date)s": (
        "Fin de l'incapacité de travail : nouvelle date le %(date)s", "Incapacity for work over: new date %(date)s"),
    "Niet langer zelfredzaam volgens de screening van %(date)s": (
        "Plus autonome selon l'évaluation du %(date)s", "No longer self-reliant according to the screening of %(date)s"),
    "Geschorst (erkende arbeidsongeschiktheid)": ("Suspendue (incapacité de travail reconnue)", "Suspended (recognised incapacity for work)"),
    "Schorsen (arbeidsongeschiktheid)": ("Suspendre (incapacité de travail)", "Suspend (incapacity for work)"),
    "Hervatten na arbeidsongeschiktheid": ("Reprendre après l'incapacité de travail", "Resume after incapacity for work"),
    "Afspraak niet nagekomen: formele afspraak opmaken": (
        "Accord non respecté : établir un accord formel", "Agreement not met: draw up a formal agreement"),
    "Afspraak niet nagekomen: ultieme afspraak opmaken": (
        "Accord non respecté : établir un accord ultime", "Agreement not met: draw up a final agreement"),
    # compliance
    "Ontvangstbewijs van uw verweer": ("Accusé de réception de votre défense", "Receipt of your defence"),
    "Beste %(name)s,\n\nDe controledienst van VDAB heeft uw schriftelijk verweer in dossier %(case)s ontvangen op %(received_at)s.\n%(waiver)s\n\n"
    "Vingerafdruk (SHA-256) van uw tekst: %(text_sha256)s\nBewijsstukken: %(files)s\n\n"
    "Met deze vingerafdrukken kunt u later aantonen wat u precies indiende. U vindt uw dossier op %(link)s.\n\n"
    "Met vriendelijke groeten,\nDe controledienst van VDAB": (
        "Madame, Monsieur %(name)s,\n\nLe service de contrôle du VDAB a reçu votre défense écrite dans le dossier %(case)s le %(received_at)s.\n%(waiver)s\n\n"
        "Empreinte (SHA-256) de votre texte : %(text_sha256)s\nPièces justificatives : %(files)s\n\n"
        "Ces empreintes vous permettent de prouver plus tard ce que vous avez déposé exactement. Votre dossier se trouve sur %(link)s.\n\n"
        "Cordialement,\nLe service de contrôle du VDAB",
        "Dear %(name)s,\n\nThe VDAB control service received your written defence in case %(case)s on %(received_at)s.\n%(waiver)s\n\n"
        "Fingerprint (SHA-256) of your text: %(text_sha256)s\nEvidence: %(files)s\n\n"
        "With these fingerprints you can later prove exactly what you submitted. Your case is at %(link)s.\n\n"
        "Kind regards,\nThe VDAB control service"),
    "U zag af van het verhoor: de controledienst beslist op basis van uw verweer en het dossier.": (
        "Vous avez renoncé à l'audition : le service de contrôle décide sur la base de votre défense et du dossier.",
        "You waived the hearing: the control service decides on the basis of your defence and the file."),
    "Het verhoor blijft gepland; uw verweer zit bij het dossier.": (
        "L'audition reste prévue ; votre défense est jointe au dossier.", "The hearing remains planned; your defence is in the file."),
    "gevraagde ingangsdatum van de sanctie": ("date de prise d'effet demandée de la sanction", "requested start date of the sanction"),
    "een zaterdag": ("un samedi", "a Saturday"),
    "een zondag": ("un dimanche", "a Sunday"),
    "een wettelijke feestdag": ("un jour férié légal", "a public holiday"),
    "%(day)s is %(why)s: kies een werkdag, bijvoorbeeld %(next)s.": (
        "Le %(day)s est %(why)s : choisissez un jour ouvrable, par exemple le %(next)s.", "%(day)s is %(why)s: choose a working day, for example %(next)s."),
    "na de geachte kennisgeving": ("après la notification présumée", "after the deemed notification"),
    "de dag na de geachte kennisgeving (nog niet gekend)": (
        "le jour suivant la notification présumée (pas encore connue)", "the day after the deemed notification (not yet known)"),
    "vanaf de dag nadat de beslissing geacht wordt u bereikt te hebben": (
        "à partir du jour suivant celui où la décision est réputée vous être parvenue", "from the day after the decision is deemed to have reached you"),
    "ten vroegste op %(day)s": ("au plus tôt le %(day)s", "on %(day)s at the earliest"),
    "geen": ("aucune", "none"),
    "De sanctie gaat in op %(day)s, en ten vroegste de dag nadat deze beslissing geacht wordt u bereikt te hebben.": (
        "La sanction prend cours le %(day)s, et au plus tôt le jour suivant celui où cette décision est réputée vous être parvenue.",
        "The sanction starts on %(day)s, and at the earliest the day after this decision is deemed to have reached you."),
    "De sanctie gaat in de dag nadat deze beslissing geacht wordt u bereikt te hebben.": (
        "La sanction prend cours le jour suivant celui où cette décision est réputée vous être parvenue.",
        "The sanction starts the day after this decision is deemed to have reached you."),
}
