"""French and English translations of the page fixes (landing page, bounce reports, training guide): msgid → (fr, en)."""

T = {
    "Uw account geeft nog toegang tot geen enkele pagina.": (
        "Votre compte ne donne encore accès à aucune page.", "Your account does not give access to any page yet."),
    "Afleverrapporten": ("Rapports de distribution", "Delivery reports"),
    "het bericht is niet van het type multipart/report": ("le message n'est pas du type multipart/report", "the message is not of type multipart/report"),
    "het rapport bevat geen afleverstatus of niet de kopregels van het oorspronkelijke bericht": (
        "le rapport ne contient pas de statut de distribution ou pas les en-têtes du message d'origine",
        "the report has no delivery status or not the headers of the original message"),
    "de Message-ID van het oorspronkelijke bericht ontbreekt": ("le Message-ID du message d'origine manque", "the original message's Message-ID is missing"),
    "geen geldige JSON": ("pas de JSON valide", "not valid JSON"),
    "geen JSON-object": ("pas un objet JSON", "not a JSON object"),
    "een sms-afleverrapport heeft een id en een status (%(statuses)s) nodig": (
        "un rapport de distribution SMS requiert un id et un statut (%(statuses)s)", "an SMS delivery report needs an id and a status (%(statuses)s)"),
    "geen geldige XML": ("pas de XML valide", "not valid XML"),
    "een StatusBericht van MAGDA heeft een BerichtId en een Status AFGELEVERD, NIET_AFGELEVERD of GEWEIGERD nodig": (
        "un StatusBericht de MAGDA requiert un BerichtId et un Status AFGELEVERD, NIET_AFGELEVERD ou GEWEIGERD",
        "a MAGDA StatusBericht needs a BerichtId and a Status AFGELEVERD, NIET_AFGELEVERD or GEWEIGERD"),
    "een melding van de printpartner heeft een id of trackingnummer en een gebeurtenis (%(events)s) nodig": (
        "un événement du partenaire d'impression requiert un id ou un numéro de suivi et un événement (%(events)s)",
        "a print partner event needs an id or tracking number and an event (%(events)s)"),
    "het kanaal %(channel)s stuurt geen afleverrapporten": ("le canal %(channel)s n'envoie pas de rapports de distribution",
                                                            "the channel %(channel)s sends no delivery reports"),
    "uw gewenste beroep": ("le métier que vous souhaitez", "your desired occupation"),
    "Maximum opleidingscheques per jaar": ("Maximum de chèques-formation par an", "Maximum training vouchers per year"),
    "Eigen bijdrage van de werknemer in de chequewaarde": ("Part du travailleur dans la valeur du chèque", "Employee's own share of the voucher value"),
    "Hoogste onderwijsniveau voor opleidingscheques (ISCED)": ("Niveau d'enseignement maximal pour les chèques-formation (CITE)",
                                                                "Highest education level for training vouchers (ISCED)"),
    "Vlaams opleidingsverlof per schooljaar (voltijds)": ("Congé-éducation flamand par année scolaire (temps plein)",
                                                          "Flemish training leave per school year (full time)"),
    "Minimale prestatiebreuk voor Vlaams opleidingsverlof": ("Fraction d'occupation minimale pour le congé-éducation flamand",
                                                             "Minimum work fraction for Flemish training leave"),
    "%(hours)s uur": ("%(hours)s heures", "%(hours)s hours"),
    "taak": ("tâche", "task"),
    "Toegangslog: controlepunt publiceren (elk uur)": ("Journal d'accès : publier le point de contrôle (toutes les heures)",
                                                       "Access log: publish the checkpoint (hourly)"),
    "Kerncijfers bijwerken (dagelijks)": ("Mettre à jour les indicateurs clés (quotidien)", "Refresh the key figures (daily)"),
    "Loopbaansignalen versturen (dagelijks, hoogstens maandelijks per persoon)": (
        "Envoyer les signaux de carrière (quotidien, au plus une fois par mois par personne)",
        "Send career signals (daily, at most monthly per person)"),
    "Termijnen nagaan (dagelijks)": ("Vérifier les délais (quotidien)", "Check the deadlines (daily)"),
    "Berichten: mislukte verzendingen opnieuw proberen (elke 5 minuten)": (
        "Messages : réessayer les envois échoués (toutes les 5 minutes)", "Messages: retry failed sends (every 5 minutes)"),
    "Screeningsscores berekenen (dagelijks)": ("Calculer les scores de screening (quotidien)", "Compute the screening scores (daily)"),
    "Nachtelijke matching (dagelijks)": ("Matching de nuit (quotidien)", "Nightly matching (daily)"),
    "Herinnering voor een afspraak (eenmalig)": ("Rappel d'un rendez-vous (unique)", "Appointment reminder (once)"),
    "Gegevensexport vervalt (eenmalig)": ("Expiration d'un export de données (unique)", "Data export expires (once)"),
    "Dit veld is verplicht; onzichtbare tekens (stuurtekens) tellen niet mee.": (
        "Ce champ est obligatoire ; les caractères invisibles (caractères de contrôle) ne comptent pas.",
        "This field is required; invisible (control) characters do not count."),
    "Van %(minimum)s tot %(maximum)s tekens.": ("De %(minimum)s à %(maximum)s caractères.", "From %(minimum)s to %(maximum)s characters."),
    "Functietitel: %(problem)s": ("Intitulé de fonction : %(problem)s", "Job title: %(problem)s"),
    "Vacature": ("Offre d'emploi", "Vacancy"),
    "Datum": ("Date", "Date"),
    "Status van de sollicitatie": ("Statut de la candidature", "Application status"),
}
