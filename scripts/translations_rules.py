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
    # second pass (issue 15): page errors in the reader's language (rules/messages.py), progress, rule names, net against net
    "„%(value)s” is geen getal.": ("« %(value)s » n'est pas un nombre.", "'%(value)s' is not a number."),
    "„%(value)s” is geen datum (schrijf JJJJ-MM-DD).": ("« %(value)s » n'est pas une date (écrivez AAAA-MM-JJ).", "'%(value)s' is not a date (write YYYY-MM-DD)."),
    "„%(value)s” is geen ja of nee (schrijf 1 of 0).": ("« %(value)s » n'est ni oui ni non (écrivez 1 ou 0).", "'%(value)s' is not yes or no (write 1 or 0)."),
    "%(value)s is kleiner dan het minimum %(limit)s.": ("%(value)s est inférieur au minimum %(limit)s.", "%(value)s is below the minimum %(limit)s."),
    "%(value)s is groter dan het maximum %(limit)s.": ("%(value)s est supérieur au maximum %(limit)s.", "%(value)s is above the maximum %(limit)s."),
    "%(value)s is geen geheel getal.": ("%(value)s n'est pas un nombre entier.", "%(value)s is not a whole number."),
    "de rij heeft %(found)s velden, de kopregel %(expected)s.": ("la ligne a %(found)s champs, l'en-tête %(expected)s.",
                                                                 "the row has %(found)s fields, the header %(expected)s."),
    "de kolom staat meer dan eens in het bestand.": ("la colonne figure plus d'une fois dans le fichier.", "the column appears more than once in the file."),
    "het bestand heeft %(found)s kolommen; een bevolkingsbestand heeft er hoogstens %(limit)s.": (
        "le fichier a %(found)s colonnes ; un fichier de population en a au plus %(limit)s.",
        "the file has %(found)s columns; a population file has at most %(limit)s."),
    "het bestand is leeg.": ("le fichier est vide.", "the file is empty."),
    "deze kolom berekent de simulatie zelf; laat ze weg uit het bestand.": ("la simulation calcule elle-même cette colonne ; retirez-la du fichier.",
                                                                            "the simulation computes this column itself; remove it from the file."),
    "de gekozen regel heeft deze kolommen nodig, maar het bestand heeft ze niet: %(columns)s.": (
        "la règle choisie a besoin de ces colonnes, absentes du fichier : %(columns)s.",
        "the chosen rule needs these columns, which the file lacks: %(columns)s."),
    "„%(parameter)s” is geen parameter van de regels (de lijst staat onder het formulier).": (
        "« %(parameter)s » n'est pas un paramètre des règles (la liste figure sous le formulaire).",
        "'%(parameter)s' is not a parameter of the rules (the list is below the form)."),
    "„%(parameter)s” is een groep of een schaal, geen enkele parameter (de lijst staat onder het formulier).": (
        "« %(parameter)s » est un groupe ou un barème, pas un seul paramètre (la liste figure sous le formulaire).",
        "'%(parameter)s' is a group or a scale, not one parameter (the list is below the form)."),
    "lijn %(line)s, „%(value)s”: schrijf PARAMETER += BEDRAG (ook -=, *= of =), bv. jobbonus.ondergrens += 100.": (
        "ligne %(line)s, « %(value)s » : écrivez PARAMÈTRE += MONTANT (aussi -=, *= ou =), p. ex. jobbonus.ondergrens += 100.",
        "line %(line)s, '%(value)s': write PARAMETER += AMOUNT (also -=, *= or =), e.g. jobbonus.ondergrens += 100."),
    "„%(value)s” is geen gekende hervorming.": ("« %(value)s » n'est pas une réforme connue.", "'%(value)s' is not a known reform."),
    "„%(value)s” is geen bedrag dat de regels berekenen.": ("« %(value)s » n'est pas un montant que les règles calculent.",
                                                           "'%(value)s' is not an amount the rules compute."),
    "de synthetische bevolking kent alleen lonen en prestatiebreuken, dus alleen de jobbonus; laad voor %(rule)s een eigen bestand op met de invoer van die regel.": (
        "la population synthétique ne connaît que les salaires et les fractions d'occupation, donc seulement le jobbonus ; pour %(rule)s, chargez "
        "votre propre fichier avec les données de cette règle.",
        "the synthetic population holds only wages and work fractions, so only the job bonus; for %(rule)s, upload your own file with that "
        "rule's inputs."),
    "kies een hervorming of wijzig minstens één parameter.": ("choisissez une réforme ou modifiez au moins un paramètre.",
                                                              "choose a reform or change at least one parameter."),
    "%(rule)s heeft geen bedragen voor %(year)s, niet in de geldende regels en niet in de hervorming. De regels dekken de jaren %(first)s tot en met %(last)s.": (
        "%(rule)s n'a pas de montants pour %(year)s, ni dans les règles en vigueur ni dans la réforme. Les règles couvrent les années "
        "%(first)s à %(last)s inclus.",
        "%(rule)s has no amounts for %(year)s, neither in the rules in force nor in the reform. The rules cover the years %(first)s to "
        "%(last)s inclusive."),
    "%(rule)s heeft geen bedragen voor %(year)s, niet in de geldende regels en niet in de hervorming.": (
        "%(rule)s n'a pas de montants pour %(year)s, ni dans les règles en vigueur ni dans la réforme.",
        "%(rule)s has no amounts for %(year)s, neither in the rules in force nor in the reform."),
    "de regels hebben geen waarde van de parameter %(parameter)s voor deze periode.": (
        "les règles n'ont pas de valeur du paramètre %(parameter)s pour cette période.", "the rules hold no value of parameter %(parameter)s for this period."),
    "kies een waarde van %(low)s tot %(high)s.": ("choisissez une valeur de %(low)s à %(high)s.", "choose a value from %(low)s to %(high)s."),
    "De berekening weigerde de invoer: %(detail)s": ("Le calcul a refusé les données : %(detail)s", "The calculation refused the input: %(detail)s"),
    "Rij %(row)s, kolom „%(column)s”: %(message)s": ("Ligne %(row)s, colonne « %(column)s » : %(message)s", "Row %(row)s, column '%(column)s': %(message)s"),
    "Rij %(row)s: %(message)s": ("Ligne %(row)s : %(message)s", "Row %(row)s: %(message)s"),
    "Kolom „%(column)s”: %(message)s": ("Colonne « %(column)s » : %(message)s", "Column '%(column)s': %(message)s"),
    "De simulatie liep vast door een fout van het platform; probeer opnieuw of meld het.": (
        "La simulation a échoué à cause d'une erreur de la plateforme ; réessayez ou signalez-le.",
        "The simulation failed because of a platform error; try again or report it."),
    "De simulatie wordt gestart…": ("La simulation démarre…", "Starting the simulation…"),
    "Simulatie loopt": ("Simulation en cours", "Simulation running"),
    "Welke regels, hervormingen en parameters kunt u kiezen?": ("Quelles règles, réformes et paramètres pouvez-vous choisir ?",
                                                                "Which rules, reforms and parameters can you choose?"),
    "Regels en hun rechtsgrond": ("Les règles et leur base juridique", "Rules and their legal basis"),
    "Hervormingen": ("Réformes", "Reforms"),
    "geen bron vermeld": ("aucune source indiquée", "no source given"),
    "%(rule_title)s volgens de geldende regels": ("%(rule_title)s selon les règles en vigueur", "%(rule_title)s under the rules in force"),
    "%(rule_title)s met de hervorming": ("%(rule_title)s avec la réforme", "%(rule_title)s with the reform"),
    "De simulatie staat in de wachtrij van de taakverwerker.": ("La simulation attend dans la file du gestionnaire de tâches.",
                                                                "The simulation is waiting in the task runner's queue."),
    "Bezig met rekenen: stap %(done)s van %(total)s.": ("Calcul en cours : étape %(done)s sur %(total)s.", "Computing: step %(done)s of %(total)s."),
    "Voortgang van de simulatie": ("Progression de la simulation", "Progress of the simulation"),
    "De pagina toont het resultaat vanzelf zodra het klaar is.": ("La page affiche le résultat d'elle-même dès qu'il est prêt.",
                                                                  "The page shows the result by itself as soon as it is ready."),
    "Nu vernieuwen": ("Actualiser maintenant", "Refresh now"),
    "Netto tegen netto: in het eerste jaar houdt u met dit werk € %(amount)s meer over dan met uw uitkering (gemiddeld € %(month)s per maand).": (
        "Net contre net : la première année, ce travail vous laisse € %(amount)s de plus que votre allocation (en moyenne € %(month)s par mois).",
        "Net against net: in the first year this job leaves you € %(amount)s more than your benefit (on average € %(month)s a month)."),
    "Netto tegen netto: in het eerste jaar houdt u met dit werk € %(amount)s minder over dan met uw uitkering (gemiddeld € %(month)s per maand).": (
        "Net contre net : la première année, ce travail vous laisse € %(amount)s de moins que votre allocation (en moyenne € %(month)s par mois).",
        "Net against net: in the first year this job leaves you € %(amount)s less than your benefit (on average € %(month)s a month)."),
    "Vóór bedrijfsvoorheffing brengt dit werk in het eerste jaar € %(amount)s meer op dan uw netto-uitkering (gemiddeld € %(month)s per maand). De bedrijfsvoorheffing gaat daar nog af: netto is het verschil kleiner.": (
        "Avant précompte professionnel, ce travail rapporte la première année € %(amount)s de plus que votre allocation nette (en moyenne "
        "€ %(month)s par mois). Le précompte professionnel doit encore être déduit : en net, la différence est plus petite.",
        "Before withholding tax, this job brings in € %(amount)s more than your net benefit in the first year (on average € %(month)s a month). "
        "The withholding tax still comes off: net, the difference is smaller."),
    "Zelfs vóór bedrijfsvoorheffing brengt dit werk in het eerste jaar € %(amount)s minder op dan uw netto-uitkering (gemiddeld € %(month)s per maand); netto is het verschil nog groter.": (
        "Même avant précompte professionnel, ce travail rapporte la première année € %(amount)s de moins que votre allocation nette (en moyenne "
        "€ %(month)s par mois) ; en net, la différence est encore plus grande.",
        "Even before withholding tax, this job brings in € %(amount)s less than your net benefit in the first year (on average € %(month)s a "
        "month); net, the difference is larger still."),
    "Netto maandloon zoals u het invulde; verplaatsingskosten zijn niet meegeteld.": (
        "Salaire mensuel net tel que vous l'avez indiqué ; les frais de déplacement ne sont pas comptés.",
        "Net monthly wage as you entered it; travel costs are not counted."),
    "Netto maandloon van deze job, als u het kent (EUR)": ("Salaire mensuel net de cet emploi, si vous le connaissez (EUR)",
                                                           "Net monthly wage of this job, if you know it (EUR)"),
    "Bijvoorbeeld van de werkgever. Dan vergelijken we netto met netto; anders is het loon vóór bedrijfsvoorheffing.": (
        "Par exemple de l'employeur. Nous comparons alors net avec net ; sinon, le salaire est avant précompte professionnel.",
        "For example from the employer. We then compare net with net; otherwise the wage is before withholding tax."),
}
