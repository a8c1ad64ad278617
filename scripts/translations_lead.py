"""French and English translations of strings the lead added while joining the domains' work (msgid → (fr, en))."""

T = {
    "beslissing over een kandidaat": ("décision sur un candidat", "decision on a candidate"),
    "beslissingen over kandidaten": ("décisions sur des candidats", "decisions on candidates"),
    "versie van de matchingindex": ("version de l'index de correspondance", "version of the matching index"),
    "versies van de matchingindex": ("versions de l'index de correspondance", "versions of the matching index"),
}
