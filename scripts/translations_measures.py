"""French and English for the public page "Steunmaatregelen voor werkgevers" (issue 12, point 5)."""

T = {
    "Steunmaatregelen voor werkgevers": ("Mesures de soutien aux employeurs", "Support measures for employers"),
    "Steunmaatregelen voor werkgevers: welke premies en verminderingen een aanwerving kan opleveren": (
        "Mesures de soutien aux employeurs : les primes et réductions qu'un recrutement peut rapporter",
        "Support measures for employers: the premiums and reductions a hire can bring"),
    "Elke Vlaamse maatregel die werkregie berekent wanneer u iemand aanwerft of tewerkstelt, met de voorwaarden, de bedragen door de tijd en de rechtsbron. De pagina wordt opgebouwd uit dezelfde regels die de berekeningen gebruiken.": (
        "Chaque mesure flamande que werkregie calcule lorsque vous recrutez ou occupez quelqu'un, avec ses conditions, ses montants dans le temps et sa source juridique. La page est construite à partir des règles mêmes qu'utilisent les calculs.",
        "Every Flemish measure werkregie calculates when you hire or employ someone, with its conditions, its amounts over time and its legal source. The page is built from the same rules the calculations use."),
    "Toestand op %(day)s. Bedragen zijn per kwartaal tenzij anders vermeld; de werkgever vraagt ze aan via de RSZ-aangifte of bij de bevoegde dienst.": (
        "Situation au %(day)s. Les montants sont trimestriels sauf mention contraire ; l'employeur les demande via la déclaration ONSS ou auprès du service compétent.",
        "Situation on %(day)s. Amounts are per quarter unless stated otherwise; the employer claims them through the RSZ/NSSO return or from the competent service."),
    "De omschrijvingen van de regels zelf zijn in het Nederlands.": (
        "Les descriptions des règles elles-mêmes sont en néerlandais.", "The descriptions of the rules themselves are in Dutch."),
    "Inhoud": ("Sommaire", "Contents"),
    "van kracht": ("en vigueur", "in force"),
    "niet meer van kracht": ("plus en vigueur", "no longer in force"),
    "Van %(start)s tot %(end)s.": ("Du %(start)s au %(end)s.", "From %(start)s to %(end)s."),
    "Sinds %(start)s.": ("Depuis le %(start)s.", "Since %(start)s."),
    "Wat de werkgever krijgt:": ("Ce que l'employeur reçoit :", "What the employer receives:"),
    "sinds %(day)s: %(value)s": ("depuis le %(day)s : %(value)s", "since %(day)s: %(value)s"),
    "Bron:": ("Source :", "Source:"),
    "Rechtsbronnen": ("Sources juridiques", "Legal sources"),
    "Doelgroepverminderingen op de werkgeversbijdragen": (
        "Réductions groupes-cibles des cotisations patronales", "Target-group reductions of employer contributions"),
    "Aanwervingspremies": ("Primes à l'embauche", "Hiring premiums"),
    "Werknemers met een arbeidshandicap: VOP en maatwerk": (
        "Travailleurs avec un handicap professionnel : VOP et travail sur mesure", "Employees with an occupational disability: VOP and customised work"),
    "Opleiding": ("Formation", "Training"),
    "jaar": ("ans", "years"),
    "maanden": ("mois", "months"),
    "kwartalen": ("trimestres", "quarters"),
    "uur": ("heures", "hours"),
    "niet meer van toepassing": ("plus d'application", "no longer applies"),
    "vanaf %(threshold)s: %(amount)s": ("à partir de %(threshold)s : %(amount)s", "from %(threshold)s: %(amount)s"),
    "ja": ("oui", "yes"),
    "nee": ("non", "no"),
}

PLURALS = {
    "%(n)s voorwaarde of bedrag": (("%(n)s condition ou montant", "%(n)s conditions et montants"),
                                    ("%(n)s condition or amount", "%(n)s conditions and amounts")),
}
