"""French and English for the access log's citizen view and its codes (werkregie/access/), issue 16 point 8."""

T = {
    "de voorbije 7 dagen": ("les 7 derniers jours", "the last 7 days"),
    "de voorbije 30 dagen": ("les 30 derniers jours", "the last 30 days"),
    "het voorbije jaar": ("l'année écoulée", "the past year"),
    "alles": ("tout", "everything"),
    "identiteit": ("identité", "identity"),
    "adres": ("adresse", "address"),
    "contactgegevens": ("coordonnées", "contact details"),
    "profiel": ("profil", "profile"),
    "toestemmingen": ("consentements", "consents"),
    "statussen": ("statuts", "statuses"),
    "persoonsgegevens: %(parts)s": ("données personnelles : %(parts)s", "personal data: %(parts)s"),
    "Uw dossier": ("Votre dossier", "Your record"),
    "Een lijst": ("Une liste", "A list"),
    "dossier": ("dossier", "record"),
    "lijst": ("liste", "list"),
    "Raadplegingen op %(day)s": ("Consultations du %(day)s", "Consultations on %(day)s"),
    "Uur": ("Heure", "Time"),
    "Referentie": ("Référence", "Reference"),
    "De laatste %(shown)s van %(total)s getoond.": ("Les %(shown)s dernières sur %(total)s sont affichées.", "The last %(shown)s of %(total)s shown."),
    "Raadplegingen van uw dossier": ("Consultations de votre dossier", "Consultations of your record"),
    "U verscheen in een lijst": ("Vous êtes apparu·e dans une liste", "You appeared in a list"),
    "Elke raadpleging door een medewerker of partner verschijnt hier, met wie, waarom en wanneer.": (
        "Chaque consultation par un collaborateur ou un partenaire apparaît ici, avec qui, pourquoi et quand.",
        "Every consultation by a staff member or partner appears here, with who, why and when."),
    "Alle raadplegingen, met filters": ("Toutes les consultations, avec filtres", "All consultations, with filters"),
    "Terug naar mijn gegevens": ("Retour à mes données", "Back to my data"),
    "Elke raadpleging van uw gegevens door een medewerker of partner, per dag, per persoon en per doel. Open een regel voor de details.": (
        "Chaque consultation de vos données par un collaborateur ou un partenaire, par jour, par personne et par finalité. Ouvrez une ligne pour les détails.",
        "Every consultation of your data by a staff member or partner, by day, person and purpose. Open a line for the details."),
    "Filters": ("Filtres", "Filters"),
    "Toon": ("Afficher", "Show"),
    "Waar": ("Où", "Where"),
    "Periode": ("Période", "Period"),
    "iedereen": ("tout le monde", "everyone"),
    "elk doel": ("toute finalité", "any purpose"),
    "uw dossier en lijsten": ("votre dossier et les listes", "your record and lists"),
}
PLURALS = {
    "U verscheen %(n)s keer in een lijst van %(who)s": (
        ("Vous êtes apparu·e %(n)s fois dans une liste de %(who)s", "Vous êtes apparu·e %(n)s fois dans une liste de %(who)s"),
        ("You appeared %(n)s time in a list of %(who)s", "You appeared %(n)s times in a list of %(who)s")),
    "%(who)s raadpleegde uw dossier": (
        ("%(who)s a consulté votre dossier", "%(who)s a consulté votre dossier %(n)s fois"),
        ("%(who)s consulted your record", "%(who)s consulted your record %(n)s times")),
    "%(counter)s groep raadplegingen": (
        ("%(counter)s groupe de consultations", "%(counter)s groupes de consultations"),
        ("%(counter)s group of consultations", "%(counter)s groups of consultations")),
}
