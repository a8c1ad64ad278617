"""French and English translations of the page fixes (landing page, bounce reports, training guide): msgid → (fr, en)."""

T = {
    "Uw account geeft nog toegang tot geen enkele pagina.": (
        "Votre compte ne donne encore accès à aucune page.", "Your account does not give access to any page yet."),
}
