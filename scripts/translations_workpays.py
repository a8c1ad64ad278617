"""French and English for "Loont werken?" (issue 15, point 15; werkregie/rules/work_pays_views.py and its template)."""

T = {
    "Loont werken?": ("Travailler, ça paie ?", "Does work pay?"),
    "Vergelijk wat u netto overhoudt met een jobaanbod met wat u nu krijgt met uw uitkering, maand per maand in het eerste jaar, met de Vlaamse jobbonus erbij.": (
        "Comparez ce qu'il vous reste net avec une offre d'emploi et ce que vous touchez aujourd'hui avec votre allocation, mois par mois la première année, bonus à l'emploi flamand compris.",
        "Compare what you keep net with a job offer against what you receive now on your benefit, month by month in the first year, the Flemish job bonus included."),
    "Wat wordt berekend en wat vult u zelf in?": ("Qu'est-ce qui est calculé et que remplissez-vous vous-même ?", "What is calculated and what do you fill in yourself?"),
    "Berekend met federale regels (FEDERAAL, niet Vlaams): de persoonlijke socialezekerheidsbijdrage van 13,07 %% en de sociale werkbonus die ze verlaagt, met de laatst gekende bedragen (vanaf %(day)s).": (
        "Calculé avec des règles fédérales (FÉDÉRAL, pas flamand) : la cotisation personnelle de sécurité sociale de 13,07 %% et le bonus à l'emploi social qui la réduit, avec les derniers montants connus (à partir du %(day)s).",
        "Calculated with federal rules (FEDERAL, not Flemish): the personal social security contribution of 13.07%% and the social work bonus that reduces it, with the latest known amounts (from %(day)s)."),
    "Berekend met Vlaamse regels: de jobbonus voor het werk van deze maanden, uitbetaald het jaar na het refertejaar.": (
        "Calculé avec des règles flamandes : le bonus à l'emploi pour le travail de ces mois, payé l'année qui suit l'année de référence.",
        "Calculated with Flemish rules: the job bonus for the work of these months, paid the year after the reference year."),
    "Zelf in te vullen, omdat deze bedragen nog niet in de regels zitten: uw huidige uitkering (werkloosheidsuitkering, leefloon …), de bedrijfsvoorheffing of het netto maandloon van het aanbod, en wat uw verplaatsing kost. We schatten ze niet.": (
        "À remplir vous-même, car ces montants ne figurent pas encore dans les règles : votre allocation actuelle (allocation de chômage, revenu d'intégration …), le précompte professionnel ou le salaire mensuel net de l'offre, et le coût de vos déplacements. Nous ne les estimons pas.",
        "To fill in yourself, because these amounts are not in the rules yet: your current benefit (unemployment benefit, living wage …), the withholding tax or the offer's net monthly wage, and what your travel costs. We do not estimate them."),
    "Berekenen": ("Calculer", "Calculate"),
    "In het eerste jaar houdt u met dit werk € %(amount)s meer over dan met uw uitkering (gemiddeld € %(month)s per maand).": (
        "La première année, ce travail vous laisse € %(amount)s de plus que votre allocation (en moyenne € %(month)s par mois).",
        "In the first year this job leaves you € %(amount)s more than your benefit (on average € %(month)s a month)."),
    "In het eerste jaar houdt u met dit werk € %(amount)s minder over dan met uw uitkering (gemiddeld € %(month)s per maand).": (
        "La première année, ce travail vous laisse € %(amount)s de moins que votre allocation (en moyenne € %(month)s par mois).",
        "In the first year this job leaves you € %(amount)s less than your benefit (on average € %(month)s a month)."),
    "Let op:": ("Attention :", "Note:"),
    "de bedrijfsvoorheffing is niet afgetrokken, want ze zit nog niet in de regels. Het netto loon hieronder is vóór bedrijfsvoorheffing en dus te hoog. Vul het netto maandloon van het aanbod of de bedrijfsvoorheffing in als u die kent.": (
        "le précompte professionnel n'est pas déduit, car il ne figure pas encore dans les règles. Le salaire net ci-dessous est avant précompte et donc trop élevé. Indiquez le salaire mensuel net de l'offre ou le précompte si vous les connaissez.",
        "the withholding tax is not deducted, because it is not in the rules yet. The net wage below is before withholding tax and therefore too high. Fill in the offer's net monthly wage or the withholding tax if you know them."),
    "Het netto maandloon is het bedrag dat u invulde; de federale bijdrage en werkbonus staan erbij ter informatie.": (
        "Le salaire mensuel net est le montant que vous avez indiqué ; la cotisation fédérale et le bonus à l'emploi sont donnés à titre d'information.",
        "The net monthly wage is the amount you filled in; the federal contribution and work bonus are shown for information."),
    "Het netto maandloon is het loon na de federale bijdrage en werkbonus, min de bedrijfsvoorheffing die u invulde.": (
        "Le salaire mensuel net est le salaire après la cotisation fédérale et le bonus à l'emploi, moins le précompte que vous avez indiqué.",
        "The net monthly wage is the wage after the federal contribution and work bonus, less the withholding tax you filled in."),
    "Verplaatsingskosten zijn niet meegeteld: u vulde niet in wat een kilometer u kost.": (
        "Les frais de déplacement ne sont pas comptés : vous n'avez pas indiqué ce que vous coûte un kilomètre.",
        "Travel costs are not counted: you did not fill in what a kilometre costs you."),
    "Vlaamse jobbonus": ("Bonus à l'emploi flamand", "Flemish job bonus"),
    "Zo wordt de jobbonus berekend": ("Comment le bonus à l'emploi est calculé", "How the job bonus is calculated"),
    "Maand per maand": ("Mois par mois", "Month by month"),
    "Maand": ("Mois", "Month"),
    "Bruto": ("Brut", "Gross"),
    "Persoonlijke bijdrage (federaal)": ("Cotisation personnelle (fédéral)", "Personal contribution (federal)"),
    "Werkbonus (federaal)": ("Bonus à l'emploi (fédéral)", "Work bonus (federal)"),
    "Netto loon": ("Salaire net", "Net wage"),
    "Verplaatsing": ("Déplacement", "Travel"),
    "Aan het werk": ("Au travail", "In work"),
    "Uitkering": ("Allocation", "Benefit"),
    "Verschil": ("Différence", "Difference"),
    "Samen in het eerste jaar: € %(work)s aan het werk plus € %(bonus)s jobbonus, tegenover € %(benefit)s met uw uitkering.": (
        "Au total la première année : € %(work)s au travail plus € %(bonus)s de bonus à l'emploi, contre € %(benefit)s avec votre allocation.",
        "Together in the first year: € %(work)s in work plus € %(bonus)s job bonus, against € %(benefit)s on your benefit."),
    "Vereenvoudigd: hetzelfde loon en dezelfde uren elke maand; geen vakantiegeld of eindejaarspremie. Of u uw uitkering verliest of deels behoudt, hangt af van uw situatie: vraag het uw consulent.": (
        "Simplifié : le même salaire et les mêmes heures chaque mois ; pas de pécule de vacances ni de prime de fin d'année. Si vous perdez votre allocation ou en gardez une partie dépend de votre situation : demandez-le à votre conseiller.",
        "Simplified: the same wage and hours every month; no holiday pay or end-of-year bonus. Whether you lose your benefit or keep part of it depends on your situation: ask your counsellor."),
    "Kies een maand vanaf 07/2023: de federale bedragen zijn verzameld vanaf 1 juli 2023.": (
        "Choisissez un mois à partir de 07/2023 : les montants fédéraux sont collectés à partir du 1er juillet 2023.",
        "Choose a month from 07/2023: the federal amounts are collected from 1 July 2023."),
    "Meer dan 0 uur en hoogstens een voltijdse week.": ("Plus de 0 heure et au plus une semaine à temps plein.", "More than 0 hours and at most a full-time week."),
    "Tussen 0 en 60 uur per week.": ("Entre 0 et 60 heures par semaine.", "Between 0 and 60 hours a week."),
    "Tussen 0 en 7 dagen.": ("Entre 0 et 7 jours.", "Between 0 and 7 days."),
    "Typ een maand zoals 09/2025.": ("Tapez un mois comme 09/2025.", "Type a month such as 09/2025."),
    "Eerste maand van het werk (MM/JJJJ)": ("Premier mois de travail (MM/AAAA)", "First month of work (MM/YYYY)"),
    "Vanaf 07/2023.": ("À partir de 07/2023.", "From 07/2023."),
    "Bruto maandloon van het aanbod (EUR)": ("Salaire mensuel brut de l'offre (EUR)", "The offer's gross monthly wage (EUR)"),
    "Bijvoorbeeld 2.500 of 2.500,50.": ("Par exemple 2.500 ou 2.500,50.", "For example 2.500 or 2.500,50."),
    "Uren per week in het aanbod": ("Heures par semaine dans l'offre", "Hours a week in the offer"),
    "Uren per week van een voltijdse job in die sector": ("Heures par semaine d'un emploi à temps plein dans ce secteur", "Hours a week of a full-time job in that sector"),
    "Arbeider (geen bediende)": ("Ouvrier (pas employé)", "Blue-collar worker (not white-collar)"),
    "Afstand van huis naar het werk, enkele rit (km)": ("Distance du domicile au travail, aller simple (km)", "Distance from home to work, one way (km)"),
    "Dagen per week dat u naar het werk gaat": ("Jours par semaine où vous allez au travail", "Days a week you go to work"),
    "Wat een kilometer u kost (EUR)": ("Ce que vous coûte un kilomètre (EUR)", "What a kilometre costs you (EUR)"),
    "Brandstof of ticket; leeg laten telt geen verplaatsingskosten.": ("Carburant ou billet ; laissé vide, aucun frais de déplacement n'est compté.", "Fuel or ticket; left empty, no travel costs are counted."),
    "Vergoeding voor verplaatsing van de werkgever per maand (EUR)": ("Indemnité de déplacement de l'employeur par mois (EUR)", "The employer's travel allowance per month (EUR)"),
    "Uw huidige netto-uitkering per maand (EUR)": ("Votre allocation nette actuelle par mois (EUR)", "Your current net benefit per month (EUR)"),
    "Werkloosheidsuitkering, leefloon of een andere uitkering: zoals op uw betaling.": (
        "Allocation de chômage, revenu d'intégration ou une autre allocation : comme sur votre paiement.",
        "Unemployment benefit, living wage or another benefit: as on your payment."),
    "Netto maandloon van het aanbod, als u het kent (EUR)": ("Salaire mensuel net de l'offre, si vous le connaissez (EUR)", "The offer's net monthly wage, if you know it (EUR)"),
    "Bedrijfsvoorheffing per maand, als u ze kent (EUR)": ("Précompte professionnel par mois, si vous le connaissez (EUR)", "Withholding tax per month, if you know it (EUR)"),
}

PLURALS = {
    "Refertejaar %(year)s (%(months)s maand gewerkt): de bedragen van de jobbonus voor dit jaar zijn nog niet bekend; niet meegeteld.": (
        ("Année de référence %(year)s (%(months)s mois travaillé) : les montants du bonus à l'emploi pour cette année ne sont pas encore connus ; non compté.",
         "Année de référence %(year)s (%(months)s mois travaillés) : les montants du bonus à l'emploi pour cette année ne sont pas encore connus ; non compté."),
        ("Reference year %(year)s (%(months)s month worked): the job bonus amounts for this year are not known yet; not counted.",
         "Reference year %(year)s (%(months)s months worked): the job bonus amounts for this year are not known yet; not counted.")),
    "Refertejaar %(year)s (%(months)s maand gewerkt): € %(amount)s, uitbetaald in %(pay)s.": (
        ("Année de référence %(year)s (%(months)s mois travaillé) : € %(amount)s, payé en %(pay)s.",
         "Année de référence %(year)s (%(months)s mois travaillés) : € %(amount)s, payé en %(pay)s."),
        ("Reference year %(year)s (%(months)s month worked): € %(amount)s, paid in %(pay)s.",
         "Reference year %(year)s (%(months)s months worked): € %(amount)s, paid in %(pay)s.")),
}
