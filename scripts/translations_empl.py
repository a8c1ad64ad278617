"""French and English for the vacancy and employer strings of issue 12 (werkregie/vacancies, werkregie/organisations),
added by the 'empl' helper: the search's capped count."""

T = {
    "Meer dan %(n)s vacatures gevonden": ("Plus de %(n)s offres d'emploi trouvées", "More than %(n)s vacancies found"),
    "Berekend met het loon en de uren van de vacature.": ("Calculé avec le salaire et les heures de l'offre d'emploi.",
                                                          "Computed with the vacancy's wage and hours."),
    "Berekend met een aangenomen voltijds loon: de vacature vermeldt geen loon.": (
        "Calculé avec un salaire à temps plein supposé : l'offre d'emploi ne mentionne pas de salaire.",
        "Computed with an assumed full-time wage: the vacancy states no wage."),
    "Doorverwijzen naar deze vacature": ("Orienter vers cette offre d'emploi", "Refer to this vacancy"),
    "Doorverwijzen": ("Orienter", "Refer"),
    "Dossiernummer van de persoon": ("Numéro de dossier de la personne", "The person's file number"),
    "Uit uw caseload of het dossier van de persoon.": ("Depuis votre portefeuille ou le dossier de la personne.", "From your caseload or the person's file."),
    "De persoon gaat akkoord met deze doorverwijzing en met het delen van het profiel met deze werkgever.": (
        "La personne accepte cette orientation et le partage de son profil avec cet employeur.",
        "The person agrees to this referral and to sharing their profile with this employer."),
    "Doorverwezen. De persoon en de werkgever zijn verwittigd.": ("Orientation faite. La personne et l'employeur sont prévenus.",
                                                                 "Referred. The person and the employer have been told."),
    "“%(title)s” bij %(employer)s. Verwijs alleen door wie u begeleidt en wie akkoord gaat: de werkgever ziet dan het profiel en de contactgegevens van de persoon, zoals bij een sollicitatie. De persoon krijgt een bericht.": (
        "« %(title)s » chez %(employer)s. N'orientez que les personnes que vous accompagnez et qui sont d'accord : l'employeur voit alors le profil et les coordonnées de la personne, comme pour une candidature. La personne reçoit un message.",
        "“%(title)s” at %(employer)s. Refer only people you guide who agree: the employer then sees the person's profile and contact details, as for an application. The person gets a message."),
}
