"""French and English for the strings of issue 17 points 1-5 (filters, candidate list, suitability, suppression)."""

T = {
    "Zoeken op naam": ("Rechercher par nom", "Search by name"),
    "niet getoond: klein aantal of eruit af te leiden": ("non affiché : petit nombre ou déductible", "not shown: a small count or derivable from one"),
    "minder dan 10 km": ("moins de 10 km", "less than 10 km"),
    "10 tot 25 km": ("10 à 25 km", "10 to 25 km"),
    "25 tot 50 km": ("25 à 50 km", "25 to 50 km"),
    "50 tot 100 km": ("50 à 100 km", "50 to 100 km"),
    "meer dan 100 km": ("plus de 100 km", "more than 100 km"),
    "Afstand: %(band)s (geschat, over de weg)": ("Distance : %(band)s (estimée, par la route)", "Distance: %(band)s (estimated, by road)"),
    "Beoordeeld op het beroep, de ervaring en de competenties van de persoon; de details ziet enkel de bemiddelaar.": (
        "Évalué sur le métier, l'expérience et les compétences de la personne ; seul le conseiller voit les détails.",
        "Judged on the person's occupation, experience and competences; only the counsellor sees the details."),
    "Beoordeeld op de geschatte reistijd en afwezigheid per dag; de details ziet enkel de bemiddelaar.": (
        "Évalué sur le temps de trajet et l'absence estimés par jour ; seul le conseiller voit les détails.",
        "Judged on the estimated daily travel time and absence; only the counsellor sees the details."),
    "Beoordeeld op de beschikbaarheid van de persoon; de details ziet enkel de bemiddelaar.": (
        "Évalué sur la disponibilité de la personne ; seul le conseiller voit les détails.",
        "Judged on the person's availability; only the counsellor sees the details."),
    "Beoordeeld op de wettelijke vereisten (rijbewijs, attest); de details ziet enkel de bemiddelaar.": (
        "Évalué sur les exigences légales (permis de conduire, attestation) ; seul le conseiller voit les détails.",
        "Judged on the legal requirements (driving licence, certificate); only the counsellor sees the details."),
    "Te controleren door de bemiddelaar: dit hangt af van gegevens die uw rol niet ziet.": (
        "À vérifier par le conseiller : cela dépend de données que votre rôle ne voit pas.",
        "To be checked by the counsellor: this depends on data your role does not see."),
}
