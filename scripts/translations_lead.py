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
T.update({  # the quarterly transparency report (werkregie/kpis/report.py)
    "Ongeldig kwartaal.": ("Trimestre non valable.", "Invalid quarter."),
    "schrijf het kwartaal als JJJJ-K1 tot JJJJ-K4, bijvoorbeeld 2026-K3": (
        "écrivez le trimestre comme AAAA-T1 à AAAA-T4 (ou AAAA-K3), par exemple 2026-K3", "write the quarter as YYYY-K1 to YYYY-K4 (or YYYYQ3), for example 2026-K3"),
    "Dit kwartaal is nog niet voorbij.": ("Ce trimestre n'est pas encore terminé.", "This quarter has not ended yet."),
    "kies een afgelopen kwartaal": ("choisissez un trimestre écoulé", "choose a quarter that has ended"),
    "Transparantierapport %(municipality)s — %(quarter)s": ("Rapport de transparence %(municipality)s — %(quarter)s", "Transparency report %(municipality)s — %(quarter)s"),
    "Kerncijfers per gemeente": ("Chiffres clés par commune", "Key figures per municipality"),
    "Peildatum %(day)s (laatste dag van het kwartaal). Alle cijfers komen uit de gegevens van het platform zelf, tenzij een cijfer als "
    "officiële statistiek is aangeduid. Aantallen kleiner dan %(below)d worden niet getoond, en waar nodig ook andere cellen, zodat een "
    "verborgen aantal niet uit totalen kan worden afgeleid.": (
        "Date de référence %(day)s (dernier jour du trimestre). Tous les chiffres proviennent des données de la plateforme elle-même, sauf "
        "lorsqu'un chiffre est indiqué comme statistique officielle. Les nombres inférieurs à %(below)d ne sont pas affichés, ni, si nécessaire, "
        "d'autres cellules, afin qu'un nombre caché ne puisse pas être déduit des totaux.",
        "Reference date %(day)s (last day of the quarter). All figures come from the platform's own data, unless a figure is marked as an "
        "official statistic. Counts below %(below)d are not shown, nor, where needed, other cells, so that a hidden count cannot be derived "
        "from totals."),
    "geen": ("aucune", "none"),
    "Waar": ("Où", "Where"),
    "Waarde": ("Valeur", "Value"),
    "bron": ("source", "source"),
    "Methode van de vergelijking": ("Méthode de comparaison", "Method of comparison"),
    "Kwartaal van het transparantierapport": ("Trimestre du rapport de transparence", "Quarter of the transparency report"),
    "Bijvoorbeeld 2026-K3.": ("Par exemple 2026-K3.", "For example 2026-K3."),
    "Rapport downloaden (PDF)": ("Télécharger le rapport (PDF)", "Download the report (PDF)"),
})
