"""French and English translations of strings the lead added while joining the domains' work (msgid → (fr, en))."""

T = {
    "beslissing over een kandidaat": ("décision sur un candidat", "decision on a candidate"),
    "beslissingen over kandidaten": ("décisions sur des candidats", "decisions on candidates"),
    "versie van de matchingindex": ("version de l'index de correspondance", "version of the matching index"),
    "versies van de matchingindex": ("versions de l'index de correspondance", "versions of the matching index"),
}
T.update({
    "Reeks afsprakenbladen": ("Série de feuilles d'engagements", "Series of agreement sheets"),
    "Titel": ("Titre", "Title"),
    "Aanvaard op": ("Accepté le", "Accepted on"),
    "Hoe aanvaard": ("Mode d'acceptation", "How accepted"),
    "Niet nagekomen stappen": ("Étapes non respectées", "Steps not kept"),
    "Eerdere afsprakenbladen in de escalatie": ("Feuilles d'engagements antérieures dans l'escalade", "Earlier agreement sheets in the escalation"),
    "%(title)s (uiterlijk %(due)s)": ("%(title)s (au plus tard le %(due)s)", "%(title)s (by %(due)s)"),
    "Gemeente van de werkplek": ("Commune du lieu de travail", "Municipality of the workplace"),
    "naam of postcode, bv. Gent of 9000": ("nom ou code postal, p. ex. Gand ou 9000", "name or postal code, e.g. Gent or 9000"),
    "Deze gemeente kennen we niet. Typ de naam (bv. Gent) of de postcode (bv. 9000).": (
        "Nous ne connaissons pas cette commune. Tapez le nom (p. ex. Gand) ou le code postal (p. ex. 9000).",
        "We do not know this municipality. Type its name (e.g. Gent) or postal code (e.g. 9000)."),
    "Deze postcode hoort bij meer dan één gemeente (%(names)s): typ de naam van de gemeente.": (
        "Ce code postal correspond à plusieurs communes (%(names)s) : tapez le nom de la commune.",
        "This postal code belongs to more than one municipality (%(names)s): type the municipality's name."),
})
