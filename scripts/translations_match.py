"""French and English for the live match index's change log and the nightly batch's results (werkregie/matching/), issue 18
points 7 and 8."""

T = {
    "Persoon": ("Personne", "Person"),
    "Vacature": ("Offre d'emploi", "Vacancy"),
    "Alles": ("Tout", "Everything"),
    "wijziging voor de matchingindex": ("modification pour l'index de matching", "change for the match index"),
    "wijzigingen voor de matchingindex": ("modifications pour l'index de matching", "changes for the match index"),
    "nachtelijke matchingresultaten": ("résultats de matching nocturnes", "nightly matching results"),
}
