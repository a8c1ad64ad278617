"""French and English for the rules helper's strings of this round (issue 15): "Loont werken?" on the vacancy page
(rules/templatetags/rules_work_pays.py, rules/_work_pays_vacancy.html) and the policy simulation
(rules/simulation_views.py, rules/simulation.html, the menu item). Dutch is the source language."""

T = {
    # "Loont werken?" on the vacancy page (point 15)
    "De werkgever vermeldde geen loon. Kent u het loon, bereken dan zelf wat u netto overhoudt.": (
        "L'employeur n'a pas indiqué de salaire. Si vous le connaissez, calculez vous-même ce qu'il vous reste net.",
        "The employer did not state a wage. If you know it, work out yourself what you keep net."),
    "Naar Loont werken?": ("Vers Travailler, ça paie ?", "Go to Does work pay?"),
    "Met dit loon van € %(gross)s bruto houdt u per maand € %(net)s over vóór bedrijfsvoorheffing: persoonlijke bijdrage − € %(contribution)s, sociale werkbonus + € %(bonus)s (federale regels).": (
        "Avec ce salaire de € %(gross)s brut, il vous reste € %(net)s par mois avant précompte professionnel : cotisation personnelle − € %(contribution)s, bonus à l'emploi social + € %(bonus)s (règles fédérales).",
        "With this wage of € %(gross)s gross you keep € %(net)s a month before withholding tax: personal contribution − € %(contribution)s, social work bonus + € %(bonus)s (federal rules)."),
    "Vlaamse jobbonus voor %(year)s: de bedragen voor dat jaar zijn nog niet bekend; niet meegeteld.": (
        "Bonus à l'emploi flamand pour %(year)s : les montants de cette année ne sont pas encore connus ; non compté.",
        "Flemish job bonus for %(year)s: the amounts for that year are not known yet; not counted."),
    "Vlaamse jobbonus voor het werk in %(year)s: € %(amount)s, uitbetaald in %(pay)s.": (
        "Bonus à l'emploi flamand pour le travail en %(year)s : € %(amount)s, payé en %(pay)s.",
        "Flemish job bonus for the work in %(year)s: € %(amount)s, paid in %(pay)s."),
    "de bedrijfsvoorheffing is niet afgetrokken, want ze zit nog niet in de regels; verplaatsingskosten zijn niet meegeteld. Vul ze in bij de volledige vergelijking.": (
        "le précompte professionnel n'est pas déduit, car il ne figure pas encore dans les règles ; les frais de déplacement ne sont pas comptés. Indiquez-les dans la comparaison complète.",
        "the withholding tax is not deducted, because it is not in the rules yet; travel costs are not counted. Fill them in on the full comparison."),
    "Gerekend vanaf %(first)s met %(hours)s u per week op een voltijdse week van %(full)s u, elke maand hetzelfde loon.": (
        "Calculé à partir de %(first)s avec %(hours)s h par semaine sur une semaine à temps plein de %(full)s h, le même salaire chaque mois.",
        "Calculated from %(first)s with %(hours)s h a week on a full-time week of %(full)s h, the same wage every month."),
    "Afstand: %(km)s km (geschat, over de weg).": ("Distance : %(km)s km (estimée, par la route).", "Distance: %(km)s km (estimated, by road)."),
    "Uw huidige netto-uitkering per maand (EUR)": ("Votre allocation nette actuelle par mois (EUR)", "Your current net benefit per month (EUR)"),
    "Zoals op uw betaling; ze wordt niet bewaard. Werkloosheidsuitkering, leefloon of een andere uitkering.": (
        "Comme sur votre paiement ; elle n'est pas enregistrée. Allocation de chômage, revenu d'intégration ou autre allocation.",
        "As on your payment; it is not stored. Unemployment benefit, living wage or another benefit."),
    "Typ een bedrag zoals 1.250 of 1.250,50.": ("Tapez un montant comme 1.250 ou 1.250,50.", "Type an amount such as 1.250 or 1.250,50."),
    "Vergelijk met mijn uitkering": ("Comparer avec mon allocation", "Compare with my benefit"),
    "Volledige vergelijking maand per maand, met verplaatsing en bedrijfsvoorheffing": (
        "Comparaison complète mois par mois, avec déplacements et précompte professionnel",
        "Full month-by-month comparison, with travel and withholding tax"),
    # policy simulation (point 16)
    "Beleidssimulatie": ("Simulation de politique", "Policy simulation"),
    "Wat kost een hervorming van de jobbonus, en voor wie? Kies een hervorming of wijzig parameters, kies een bevolking, en vergelijk met de geldende regels: de kost, het aantal mensen dat erop vooruit- of achteruitgaat, per loonband, leeftijd, geslacht en gemeente.": (
        "Que coûte une réforme du bonus à l'emploi, et pour qui ? Choisissez une réforme ou modifiez des paramètres, choisissez une population et comparez avec les règles en vigueur : le coût, le nombre de personnes qui y gagnent ou y perdent, par tranche de salaire, âge, sexe et commune.",
        "What does a reform of the job bonus cost, and for whom? Choose a reform or change parameters, choose a population, and compare with the rules in force: the cost, the number of people who gain or lose, by wage band, age, sex and municipality."),
    "de bronnen van werkregie publiceren geen loonverdeling. De synthetische bevolking haalt woonplaats, leeftijd en geslacht uit Statbel, maar het loon en de prestatiebreuk zijn aannames die u hieronder ziet en kunt wijzigen. Voor echte cijfers: laad een eigen bestand op.": (
        "les sources de werkregie ne publient pas de distribution des salaires. La population synthétique tire le domicile, l'âge et le sexe de Statbel, mais le salaire et la fraction d'occupation sont des hypothèses que vous voyez ci-dessous et pouvez modifier. Pour des chiffres réels : chargez votre propre fichier.",
        "werkregie's sources publish no wage distribution. The synthetic population takes place of residence, age and sex from Statbel, but the wage and the work fraction are assumptions you see below and can change. For real figures: upload your own file."),
    "Simuleren": ("Simuler", "Simulate"),
    "Resultaat als CSV": ("Résultat en CSV", "Result as CSV"),
    "Welke hervormingen en parameters kunt u kiezen?": ("Quelles réformes et quels paramètres pouvez-vous choisir ?", "Which reforms and parameters can you choose?"),
    "Parameters met hun waarde op 1 juli van het gekozen jaar": ("Paramètres avec leur valeur au 1er juillet de l'année choisie",
                                                                  "Parameters with their value on 1 July of the chosen year"),
    "Parameter": ("Paramètre", "Parameter"),
    "Waarde": ("Valeur", "Value"),
    "Omschrijving": ("Description", "Description"),
    "Resultaat": ("Résultat", "Result"),
    "Personen": ("Personnes", "People"),
    "Jobbonus volgens de geldende regels": ("Bonus à l'emploi selon les règles en vigueur", "Job bonus under the rules in force"),
    "Jobbonus met de hervorming": ("Bonus à l'emploi avec la réforme", "Job bonus with the reform"),
    "Kost voor de begroting": ("Coût pour le budget", "Cost to the budget"),
    "Mensen die erop vooruitgaan": ("Personnes qui y gagnent", "People who gain"),
    "Mensen die erop achteruitgaan": ("Personnes qui y perdent", "People who lose"),
    "Rekentijd": ("Temps de calcul", "Computing time"),
    "%(s)s s": ("%(s)s s", "%(s)s s"),
    "Kost per loonband (voltijds bruto per maand)": ("Coût par tranche de salaire (brut mensuel à temps plein)", "Cost by wage band (full-time gross a month)"),
    "Kost per leeftijd": ("Coût par âge", "Cost by age"),
    "Kost per geslacht": ("Coût par sexe", "Cost by sex"),
    "Dezelfde cijfers staan in de tabel hieronder.": ("Les mêmes chiffres figurent dans le tableau ci-dessous.", "The same figures are in the table below."),
    "Per loonband (voltijds bruto per maand)": ("Par tranche de salaire (brut mensuel à temps plein)", "By wage band (full-time gross a month)"),
    "Per leeftijd": ("Par âge", "By age"),
    "Per geslacht": ("Par sexe", "By sex"),
    "Per gemeente (de 30 met de grootste kost; alle in de CSV)": ("Par commune (les 30 au coût le plus élevé ; toutes dans le CSV)",
                                                                  "By municipality (the 30 with the largest cost; all in the CSV)"),
    "Groep": ("Groupe", "Group"),
    "Vooruit": ("Gagnent", "Gain"),
    "Achteruit": ("Perdent", "Lose"),
    "Kost": ("Coût", "Cost"),
    "Gemiddeld per persoon": ("En moyenne par personne", "Average per person"),
    "verborgen: te weinig personen": ("masqué : trop peu de personnes", "hidden: too few people"),
    "Aannames en bronnen van de bevolking": ("Hypothèses et sources de la population", "Assumptions and sources of the population"),
    "Bron": ("Source", "Source"),
    "Jaar": ("Année", "Year"),
    "Regel": ("Règle", "Rule"),
    "De synthetische bevolking kent alleen lonen en prestatiebreuken: voor een andere regel dan de jobbonus laadt u een bestand op met de invoer van die regel.": (
        "La population synthétique ne connaît que les salaires et les fractions d'occupation : pour une autre règle que le bonus à l'emploi, chargez un fichier avec les données de cette règle.",
        "The synthetic population only knows wages and work fractions: for a rule other than the job bonus, upload a file with that rule's inputs."),
    "Hervorming": ("Réforme", "Reform"),
    "geen: alleen de gewijzigde parameters": ("aucune : seulement les paramètres modifiés", "none: only the changed parameters"),
    "Gewijzigde parameters": ("Paramètres modifiés", "Changed parameters"),
    "Eén per regel: PARAMETER += BEDRAG (ook -=, *= of =), bv. jobbonus.ondergrens += 100.": (
        "Un par ligne : PARAMÈTRE += MONTANT (aussi -=, *= ou =), p. ex. jobbonus.ondergrens += 100.",
        "One per line: PARAMETER += AMOUNT (also -=, *= or =), e.g. jobbonus.ondergrens += 100."),
    "Bevolking": ("Population", "Population"),
    "Synthetische Vlaamse werkende bevolking": ("Population active flamande synthétique", "Synthetic Flemish working population"),
    "Eigen CSV-bestand": ("Propre fichier CSV", "Own CSV file"),
    "Aantal personen (synthetisch)": ("Nombre de personnes (synthétique)", "Number of people (synthetic)"),
    "Mediaan voltijds bruto maandloon (aanname, EUR)": ("Salaire mensuel brut médian à temps plein (hypothèse, EUR)",
                                                        "Median full-time gross monthly wage (assumption, EUR)"),
    "Spreiding van het loon (aanname, log)": ("Dispersion du salaire (hypothèse, log)", "Spread of the wage (assumption, log)"),
    "Startgetal van het toeval": ("Graine du hasard", "Random seed"),
    "CSV-bestand in het formaat van rules batch": ("Fichier CSV au format de rules batch", "CSV file in the rules batch format"),
    "Kolommen brutoloon (jaar, of brutoloon@month) en prestatiebreuk; leeftijd of geboortedatum, geslacht en gemeente (NIS) voor de indeling.": (
        "Colonnes brutoloon (année, ou brutoloon@month) et prestatiebreuk ; leeftijd ou geboortedatum, geslacht et gemeente (NIS) pour la répartition.",
        "Columns brutoloon (year, or brutoloon@month) and prestatiebreuk; leeftijd or geboortedatum, geslacht and gemeente (NIS) for the breakdown."),
    "Kies een CSV-bestand.": ("Choisissez un fichier CSV.", "Choose a CSV file."),
    "Het bestand is te groot (hoogstens 200 MB).": ("Le fichier est trop volumineux (200 Mo au maximum).", "The file is too large (200 MB at most)."),
}
