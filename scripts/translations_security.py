"""French and English for the strings of issue 17's security work (accounts: the login throttle)."""

T = {
    "Te veel mislukte aanmeldpogingen. Probeer het later opnieuw.": (
        "Trop de tentatives de connexion échouées. Réessayez plus tard.",
        "Too many failed login attempts. Please try again later."),
}
