"""French and English for the fixes of the browser walk (KPI pages, cooperation agreements, "Loont werken?"):
msgid → (fr, en); merged by translations.py."""

T = {
    # KPIs: the formula in words
    "nieuwe werkzoekenden": ("nouveaux demandeurs d'emploi", "new job seekers"),
    "nieuwe werkzoekenden met uitkering, niet zelfredzaam": (
        "nouveaux demandeurs d'emploi avec allocation, non autonomes", "new job seekers with benefit, not self-reliant"),
    "nieuwe werkzoekenden aan het werk binnen 6 maanden": ("nouveaux demandeurs d'emploi au travail dans les 6 mois", "new job seekers in work within 6 months"),
    "nieuwe werkzoekenden aan het werk binnen 12 maanden": ("nouveaux demandeurs d'emploi au travail dans les 12 mois", "new job seekers in work within 12 months"),
    "nieuwe werkzoekenden gescreend binnen 2 maanden": ("nouveaux demandeurs d'emploi screenés dans les 2 mois", "new job seekers screened within 2 months"),
    "nieuwe werkzoekenden met uitkering, niet zelfredzaam, met een aanvaard bindend afsprakenblad binnen 3 maanden": (
        "nouveaux demandeurs d'emploi avec allocation, non autonomes, avec une fiche d'engagements contraignants acceptée dans les 3 mois",
        "new job seekers with benefit, not self-reliant, with an accepted binding agreement sheet within 3 months"),
    "%(name)s op de peildatum = begonnen episodes − beëindigde episodes, tot en met de peildatum": (
        "%(name)s à la date de référence = épisodes commencés − épisodes terminés, jusqu'à la date de référence incluse",
        "%(name)s on the reference date = episodes begun − episodes ended, up to and including the reference date"),
    "%(part)s ÷ %(whole)s (instroom van 12 maanden), in %%": (
        "%(part)s ÷ %(whole)s (entrées sur 12 mois), en %%", "%(part)s ÷ %(whole)s (inflow over 12 months), in %%"),
    "mediaan van (dag ingevuld − dag eerst gepubliceerd) over de vacatures ingevuld in de 12 maanden tot de peildatum": (
        "médiane de (jour pourvu − jour de première publication) sur les offres pourvues dans les 12 mois jusqu'à la date de référence",
        "median of (day filled − day first published) over the vacancies filled in the 12 months up to the reference date"),
    "som van de %(name)s in de 12 maanden tot de peildatum": (
        "somme de %(name)s dans les 12 mois jusqu'à la date de référence", "sum of %(name)s in the 12 months up to the reference date"),
    "Technische formule (op de cellen van de aggregaten)": (
        "Formule technique (sur les cellules des agrégats)", "Technical formula (on the cells of the aggregates)"),
    # cooperation agreements: whether an engagement is reached, in words
    "gehaald": ("atteint", "reached"),
    "niet gehaald": ("non atteint", "not reached"),
    "verborgen (kleine aantallen)": ("masqué (petits nombres)", "hidden (small numbers)"),
    "het cijfer van een van de gemeenten is te klein om te tonen, dus ook dat van de groep niet": (
        "le chiffre d'une des communes est trop petit pour être montré, donc celui du groupe non plus",
        "the figure of one of the municipalities is too small to show, so the group's is not shown either"),
    "nog niet te meten": ("pas encore mesurable", "not measurable yet"),
    "er is nog niemand om te meten (bv. nog geen instroom in de periode)": (
        "il n'y a encore personne à mesurer (p. ex. pas encore d'entrées sur la période)",
        "there is nobody to measure yet (e.g. no inflow in the period yet)"),
    # "Loont werken?": a job bonus not known yet is said, not shown as € 0,00
    "Vergelijk wat u netto overhoudt met een jobaanbod met wat u nu krijgt met uw uitkering, maand per maand in het eerste jaar. "
    "De Vlaamse jobbonus telt mee voor de jaren waarvan de bedragen al bekend zijn; voor de andere jaren zegt de pagina dat ze nog niet bekend zijn.": (
        "Comparez ce qu'il vous reste net avec une offre d'emploi et ce que vous recevez maintenant avec votre allocation, mois par mois "
        "la première année. Le bonus à l'emploi flamand est compté pour les années dont les montants sont déjà connus ; pour les autres "
        "années, la page indique qu'ils ne sont pas encore connus.",
        "Compare what you keep net with a job offer with what you get now with your benefit, month by month in the first year. The "
        "Flemish job bonus is counted for the years whose amounts are already known; for the other years the page says they are not known yet."),
    "Samen in het eerste jaar: € %(work)s aan het werk, tegenover € %(benefit)s met uw uitkering.": (
        "Au total la première année : € %(work)s au travail, contre € %(benefit)s avec votre allocation.",
        "Together in the first year: € %(work)s in work, against € %(benefit)s with your benefit."),
}

PLURALS = {
    "Jobbonus: bedrag voor %(years)s nog niet bekend, dus niet meegeteld.": (
        ("Bonus à l'emploi : montant pour %(years)s pas encore connu, donc non compté.",
         "Bonus à l'emploi : montants pour %(years)s pas encore connus, donc non comptés."),
        ("Job bonus: amount for %(years)s not known yet, so not counted.",
         "Job bonus: amounts for %(years)s not known yet, so not counted.")),
}
