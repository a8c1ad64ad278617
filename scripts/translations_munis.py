"""French and English for the Dutch msgids added by issue 14 (municipalities: the agreement form, the municipality's own
steps, the reward's sources; KPIs: vacancies filled and time to fill). Merged by the lead into the .po files."""

T = {
    # vacancy KPIs
    "Ingevulde vacatures": ("Offres d'emploi pourvues", "Vacancies filled"),
    "Vacatures die in de 12 maanden tot de peildatum ingevuld werden (de overgang naar 'ingevuld'), naar de gemeente van het werk.": (
        "Offres d'emploi pourvues au cours des 12 mois jusqu'à la date de référence (le passage à « pourvue »), selon la commune du lieu de travail.",
        "Vacancies filled in the 12 months up to the reference date (the transition to 'filled'), by the municipality where the work is."),
    "vacatures": ("offres d'emploi", "vacancies"),
    "Vacatures: overgangslog": ("Offres d'emploi : journal des transitions", "Vacancies: transition log"),
    "Tijd tot invulling (mediaan)": ("Délai de pourvoi (médiane)", "Time to fill (median)"),
    "Mediaan van het aantal dagen tussen de eerste publicatie en de invulling, over de vacatures ingevuld in de 12 maanden tot de peildatum, naar de gemeente van het werk. Verborgen waar het aantal ingevulde vacatures verborgen is.": (
        "Médiane du nombre de jours entre la première publication et le pourvoi, sur les offres pourvues au cours des 12 mois jusqu'à la date de référence, selon la commune du lieu de travail. Masquée là où le nombre d'offres pourvues est masqué.",
        "Median number of days between first publication and filling, over the vacancies filled in the 12 months up to the reference date, by the municipality where the work is. Hidden wherever the number of vacancies filled is hidden."),
    "dagen": ("jours", "days"),
    "Vacatures": ("Offres d'emploi", "Vacancies"),
    "Deze indicator heeft geen groepen.": ("Cet indicateur n'a pas de groupes.", "This indicator has no groups."),
    "een vacature heeft geen geslacht, leeftijd of afkomst": ("une offre d'emploi n'a ni sexe, ni âge, ni origine", "a vacancy has no sex, age or origin"),
    # agreements
    "Enkel een beheerder van VDAB of een medewerker van de gemeente legt een samenwerkingsovereenkomst vast.": (
        "Seul un administrateur du VDAB ou un collaborateur de la commune enregistre un accord de coopération.",
        "Only a VDAB administrator or a municipality worker records a cooperation agreement."),
    "Enkel een beheerder van VDAB of een medewerker van de gemeente wijzigt een samenwerkingsovereenkomst.": (
        "Seul un administrateur du VDAB ou un collaborateur de la commune modifie un accord de coopération.",
        "Only a VDAB administrator or a municipality worker changes a cooperation agreement."),
    "uw eigen gemeente hoort bij de overeenkomst": ("votre propre commune fait partie de l'accord", "your own municipality is part of the agreement"),
    "geen geldig e-mailadres": ("adresse e-mail non valide", "not a valid email address"),
    "De versie ontbreekt.": ("La version manque.", "The version is missing."),
    "verplicht: de versie die u bewerkte": ("obligatoire : la version que vous avez modifiée", "required: the version you edited"),
    "Iemand anders heeft deze overeenkomst intussen gewijzigd (versie %(current)s, u bewerkte versie %(expected)s). Bekijk de huidige versie en doe uw wijziging opnieuw.": (
        "Quelqu'un d'autre a modifié cet accord entre-temps (version %(current)s, vous avez modifié la version %(expected)s). Consultez la version actuelle et refaites votre modification.",
        "Someone else changed this agreement in the meantime (version %(current)s, you edited version %(expected)s). Look at the current version and make your change again."),
    "gewijzigd door iemand anders": ("modifié par quelqu'un d'autre", "changed by someone else"),
    "De samenwerkingsovereenkomst is bewaard.": ("L'accord de coopération est enregistré.", "The cooperation agreement has been saved."),
    "Nieuwe overeenkomst": ("Nouvel accord", "New agreement"),
    "Nieuwe samenwerkingsovereenkomst": ("Nouvel accord de coopération", "New cooperation agreement"),
    "Overeenkomst wijzigen": ("Modifier l'accord", "Change the agreement"),
    "Leg de periode vast, de engagementen met hun streefwaarde op een indicator uit de catalogus, en de contactpersonen. De voortgang wordt later berekend uit de kerncijfers.": (
        "Indiquez la période, les engagements avec leur valeur cible sur un indicateur du catalogue, et les personnes de contact. L'avancement est ensuite calculé à partir des chiffres clés.",
        "Record the period, the engagements with their target on an indicator of the catalogue, and the contacts. Progress is then computed from the key figures."),
    "Periode": ("Période", "Period"),
    "Engagementen": ("Engagements", "Engagements"),
    "Laat een rij leeg als u ze niet nodig hebt. Elke indicator hoogstens één keer.": (
        "Laissez une ligne vide si vous n'en avez pas besoin. Chaque indicateur au plus une fois.",
        "Leave a row empty if you do not need it. Each indicator at most once."),
    "Engagement %(n)s": ("Engagement %(n)s", "Engagement %(n)s"),
    "Contactpersoon %(n)s": ("Personne de contact %(n)s", "Contact %(n)s"),
    "Contactpersonen": ("Personnes de contact", "Contacts"),
    "Titel": ("Titre", "Title"),
    "Partner": ("Partenaire", "Partner"),
    "Het OCMW, de wijk-werkorganisatie of het samenwerkingsverband": (
        "Le CPAS, l'organisation de travail de quartier ou le partenariat", "The OCMW (public social welfare centre), the wijk-werk organisation or the partnership"),
    "Gemeenten": ("Communes", "Municipalities"),
    "Houd Ctrl (of Cmd) ingedrukt om er meer te kiezen": ("Maintenez Ctrl (ou Cmd) enfoncé pour en choisir plusieurs", "Hold Ctrl (or Cmd) to choose more than one"),
    "Begin": ("Début", "Start"),
    "Einde": ("Fin", "End"),
    "DD/MM/JJJJ": ("JJ/MM/AAAA", "DD/MM/YYYY"),
    "Toelichting": ("Explication", "Notes"),
    "Indicator": ("Indicateur", "Indicator"),
    "Richting": ("Sens", "Direction"),
    "Streefwaarde": ("Valeur cible", "Target"),
    "Omschrijving": ("Description", "Description"),
    "Naam": ("Nom", "Name"),
    "Functie": ("Fonction", "Job title"),
    "E-mail": ("E-mail", "Email"),
    "Telefoon": ("Téléphone", "Phone"),
    "— geen —": ("— aucun —", "— none —"),
    "Voor een aandeel een percentage (80 = 80 %), anders een aantal": (
        "Pour une part un pourcentage (80 = 80 %), sinon un nombre", "For a share a percentage (80 = 80 %), otherwise a number"),
    "Bewaren": ("Enregistrer", "Save"),
    "Annuleren": ("Annuler", "Cancel"),
    "Wijzigen": ("Modifier", "Change"),
    # reward sources
    "Aanname ter illustratie, geen beleid.": ("Hypothèse à titre d'illustration, pas une politique.", "An assumption for illustration, not policy."),
    "aanname ter illustratie, geen beleid": ("hypothèse à titre d'illustration, pas une politique", "an assumption for illustration, not policy"),
    "Het regeerakkoord zegt dat gemeenten die resultaten boeken beloond worden, maar noemt geen bedragen, drempels of plafonds. De waarden hieronder zijn voorbeelden om de berekening te tonen; de beleidsmaker vervangt ze.": (
        "L'accord de gouvernement dit que les communes qui obtiennent des résultats sont récompensées, mais ne cite ni montants, ni seuils, ni plafonds. Les valeurs ci-dessous sont des exemples pour montrer le calcul ; le décideur politique les remplace.",
        "The coalition agreement says that municipalities that achieve results are rewarded, but names no amounts, thresholds or caps. The values below are examples to show the calculation; the policy maker replaces them."),
    "Parameters van de beloning en hun bron": ("Paramètres de la récompense et leur source", "The reward's parameters and their source"),
    "Parameter": ("Paramètre", "Parameter"),
    "Waarde": ("Valeur", "Value"),
    "Bron": ("Source", "Source"),
    # the municipality's own steps
    "Intake bij het OCMW": ("Accueil au CPAS", "Intake at the OCMW"),
    "Geïndividualiseerd project voor maatschappelijke integratie (GPMI)": (
        "Projet individualisé d'intégration sociale (PIIS)", "Individualised social integration project (GPMI)"),
    "Opleiding betaald door het OCMW": ("Formation payée par le CPAS", "Training paid by the OCMW"),
    "Tewerkstelling artikel 60 §7": ("Mise à l'emploi article 60 §7", "Article 60 §7 employment"),
    "Maatschappelijke begeleiding": ("Accompagnement social", "Social guidance"),
    "Andere stap": ("Autre étape", "Other step"),
    "soort stap": ("type d'étape", "kind of step"),
    "Soort stap": ("Type d'étape", "Kind of step"),
    "stap van de gemeente": ("étape de la commune", "municipality step"),
    "stappen van de gemeente": ("étapes de la commune", "municipality steps"),
    "omschrijving": ("description", "description"),
    "begin": ("début", "start"),
    "einde": ("fin", "end"),
    "toelichting": ("explication", "notes"),
    "Enkel een medewerker van een gemeente ziet en noteert de stappen van de gemeente.": (
        "Seul un collaborateur d'une commune voit et note les étapes de la commune.", "Only a municipality worker sees and records the municipality's steps."),
    "Deze persoon is geen leefloongerechtigde van uw gemeente.": (
        "Cette personne n'est pas bénéficiaire du revenu d'intégration de votre commune.", "This person is not a leefloon client of your municipality."),
    "Deze stap bestaat niet of u hebt er geen toegang toe.": ("Cette étape n'existe pas ou vous n'y avez pas accès.", "This step does not exist or you have no access to it."),
    "kies een soort stap": ("choisissez un type d'étape", "choose a kind of step"),
    "gebruik DD/MM/JJJJ": ("utilisez JJ/MM/AAAA", "use DD/MM/YYYY"),
    "verplicht": ("obligatoire", "mandatory"),  # one word for the form component's "(verplicht)" whichever app's catalogue wins
    "het einde ligt voor het begin": ("la fin précède le début", "the end is before the start"),
    "De stap is niet bewaard: controleer de gemarkeerde velden.": (
        "L'étape n'est pas enregistrée : vérifiez les champs marqués.", "The step was not saved: check the marked fields."),
    "Iemand anders heeft deze stap intussen gewijzigd. Bekijk de huidige versie en doe uw wijziging opnieuw.": (
        "Quelqu'un d'autre a modifié cette étape entre-temps. Consultez la version actuelle et refaites votre modification.",
        "Someone else changed this step in the meantime. Look at the current version and make your change again."),
    "De stap is genoteerd.": ("L'étape est notée.", "The step has been recorded."),
    "De stap is bewaard.": ("L'étape est enregistrée.", "The step has been saved."),
    "Stappen met %(name)s": ("Étapes avec %(name)s", "Steps with %(name)s"),
    "Traject bij VDAB:": ("Parcours au VDAB :", "Trajectory at VDAB:"),
    "geen lopend traject": ("pas de parcours en cours", "no trajectory under way"),
    "Trajectstappen bij VDAB": ("Étapes du parcours au VDAB", "Trajectory steps at VDAB"),
    "Afgesproken stappen (zonder details en bewijsstukken)": ("Étapes convenues (sans détails ni pièces justificatives)", "Agreed steps (without details or evidence)"),
    "Stap": ("Étape", "Step"),
    "Uiterlijk op": ("Au plus tard le", "Due by"),
    "Toestand": ("État", "State"),
    "Nog geen trajectstappen.": ("Pas encore d'étapes de parcours.", "No trajectory steps yet."),
    "Stappen van de gemeente": ("Étapes de la commune", "The municipality's steps"),
    "Wat uw OCMW zelf met deze persoon doet": ("Ce que votre CPAS fait lui-même avec cette personne", "What your OCMW itself does with this person"),
    "lopend": ("en cours", "ongoing"),
    "Nog geen stappen van de gemeente genoteerd.": ("Aucune étape de la commune notée.", "No municipality steps recorded yet."),
    "Een stap noteren": ("Noter une étape", "Record a step"),
    "Noteren": ("Noter", "Record"),
    "Alle leefloongerechtigden": ("Tous les bénéficiaires du revenu d'intégration", "All leefloon clients"),
    "Stap van de gemeente wijzigen": ("Modifier l'étape de la commune", "Change the municipality's step"),
    "Stappen": ("Étapes", "Steps"),
}

# walk of stop 43 on the municipality side: row errors named, the reward in words, the what-if in percent, empty states,
# date errors in the platform's words
T.update({
    "geef een datum als DD/MM/JJJJ, bv. %(example)s": ("indiquez une date au format JJ/MM/AAAA, p. ex. %(example)s",
                                                      "give a date as DD/MM/YYYY, e.g. %(example)s"),
    "%(hint)s (%(text)s bestaat niet)": ("%(hint)s (%(text)s n'existe pas)", "%(hint)s (%(text)s does not exist)"),
    "Begindatum": ("Date de début", "Start date"),
    "Einddatum": ("Date de fin", "End date"),
    "vul een titel in": ("indiquez un titre", "enter a title"),
    "vul de partner in": ("indiquez le partenaire", "enter the partner"),
    "kies een of meer gemeenten": ("choisissez une ou plusieurs communes", "choose one or more municipalities"),
    "deze indicator staat al in een ander engagement (elke indicator hoogstens één keer)": (
        "cet indicateur figure déjà dans un autre engagement (chaque indicateur au plus une fois)",
        "this indicator is already in another engagement (each indicator at most once)"),
    "vul een naam in (de rij heeft een functie, e-mail of telefoon)": (
        "indiquez un nom (la ligne a une fonction, un e-mail ou un téléphone)", "enter a name (the row has a function, e-mail or phone)"),
    "Engagement %(n)s (%(kpi)s)": ("Engagement %(n)s (%(kpi)s)", "Engagement %(n)s (%(kpi)s)"),
    "Laat een rij helemaal leeg als u ze niet nodig hebt. Een contactpersoon met een e-mail, telefoon of functie heeft ook een naam.": (
        "Laissez une ligne entièrement vide si vous n'en avez pas besoin. Une personne de contact avec un e-mail, un téléphone ou une fonction a aussi un nom.",
        "Leave a row completely empty if you do not need it. A contact with an e-mail, phone or function also has a name."),
    "%(vdab)s bij VDAB, %(own)s van de gemeente": ("%(vdab)s au VDAB, %(own)s de la commune", "%(vdab)s at VDAB, %(own)s by the municipality"),
    "Verplicht bij “Andere stap”: welke stap het is": ("Obligatoire pour « Autre étape » : de quelle étape il s'agit",
                                                       "Required for “Other step”: which step it is"),
    "beschrijf welke stap het is (verplicht bij “Andere stap”)": ("décrivez de quelle étape il s'agit (obligatoire pour « Autre étape »)",
                                                                  "describe which step it is (required for “Other step”)"),
    "Beloning per engagement dat zijn streefwaarde haalt": ("Récompense par engagement qui atteint sa valeur cible",
                                                            "Reward per engagement that reaches its target"),
    "In euro, per jaar, bv. 10.000 of 12.500,50": ("En euros, par an, p. ex. 10.000 ou 12.500,50", "In euro, per year, e.g. 10.000 or 12.500,50"),
    "Deel van die beloning voor een engagement dat de drempel haalt": ("Part de cette récompense pour un engagement qui atteint le seuil",
                                                                       "Share of that reward for an engagement that reaches the threshold"),
    "Een percentage van 0 tot 100, bv. 50 of 37,5": ("Un pourcentage de 0 à 100, p. ex. 50 ou 37,5", "A percentage from 0 to 100, e.g. 50 or 37,5"),
    "Drempel: deel van de streefwaarde dat gedeeltelijk beloond wordt": ("Seuil : part de la valeur cible récompensée en partie",
                                                                         "Threshold: share of the target that is partly rewarded"),
    "Een percentage van 0 tot 100, bv. 90": ("Un pourcentage de 0 à 100, p. ex. 90", "A percentage from 0 to 100, e.g. 90"),
    "Hoogste beloning per jaar voor deze overeenkomst": ("Récompense maximale par an pour cet accord", "Highest reward per year for this agreement"),
    "In euro, bv. 50.000": ("En euros, p. ex. 50.000", "In euro, e.g. 50.000"),
    "een percentage van 0 tot 100, bv. 50 of 37,5": ("un pourcentage de 0 à 100, p. ex. 50 ou 37,5", "a percentage from 0 to 100, e.g. 50 or 37,5"),
    "een getal van 0 tot 1, bv. 0,5": ("un nombre de 0 à 1, p. ex. 0,5", "a number from 0 to 1, e.g. 0,5"),
    "een bedrag in euro, bv. 10.000 of 2.500,50": ("un montant en euros, p. ex. 10.000 ou 2.500,50", "an amount in euro, e.g. 10.000 or 2.500,50"),
    "Een engagement dat zijn streefwaarde haalt, levert %(amount)s op.": ("Un engagement qui atteint sa valeur cible rapporte %(amount)s.",
                                                                         "An engagement that reaches its target earns %(amount)s."),
    "Een engagement dat de streefwaarde niet haalt maar wel de drempel van %(threshold)s van de streefwaarde (bij een bovengrens: %(over)s), levert %(share)s van dat bedrag op: %(part)s.": (
        "Un engagement qui n'atteint pas la valeur cible mais bien le seuil de %(threshold)s de la valeur cible (pour un plafond : %(over)s) rapporte %(share)s de ce montant : %(part)s.",
        "An engagement that misses its target but reaches the threshold of %(threshold)s of the target (for an upper limit: %(over)s) earns %(share)s of that amount: %(part)s."),
    "Een engagement onder de drempel, of waarvan het cijfer te klein is om te tonen, levert niets op.": (
        "Un engagement sous le seuil, ou dont le chiffre est trop petit pour être publié, ne rapporte rien.",
        "An engagement below the threshold, or whose figure is too small to publish, earns nothing."),
    "Samen nooit meer dan %(maximum)s per overeenkomst per jaar.": ("Au total jamais plus de %(maximum)s par accord et par an.",
                                                                   "Together never more than %(maximum)s per agreement per year."),
    "beloning = min(maximum_per_year, Σ bedrag per engagement)": ("récompense = min(maximum_per_year, Σ montant par engagement)",
                                                                  "reward = min(maximum_per_year, Σ amount per engagement)"),
    "bedrag = amount_per_engagement als de streefwaarde gehaald is": ("montant = amount_per_engagement si la valeur cible est atteinte",
                                                                      "amount = amount_per_engagement if the target is reached"),
    "bedrag = partial_share × amount_per_engagement als resultaat ≥ partial_threshold × streefwaarde (bij een bovengrens: resultaat × partial_threshold ≤ streefwaarde)": (
        "montant = partial_share × amount_per_engagement si résultat ≥ partial_threshold × valeur cible (pour un plafond : résultat × partial_threshold ≤ valeur cible)",
        "amount = partial_share × amount_per_engagement if result ≥ partial_threshold × target (for an upper limit: result × partial_threshold ≤ target)"),
    "bedrag = 0 in alle andere gevallen, ook als het cijfer verborgen is": ("montant = 0 dans tous les autres cas, aussi si le chiffre est masqué",
                                                                            "amount = 0 in every other case, also when the figure is hidden"),
    "Nog geen engagementen": ("Pas encore d'engagements", "No engagements yet"),
    "nog geen engagementen": ("pas encore d'engagements", "no engagements yet"),
    "Deze overeenkomst heeft nog geen engagementen, dus nog geen voortgang en geen beloning. Voeg bij “Wijzigen” een engagement toe: een indicator uit de catalogus met een streefwaarde.": (
        "Cet accord n'a pas encore d'engagements, donc pas encore de progression ni de récompense. Ajoutez un engagement sous « Modifier » : un indicateur du catalogue avec une valeur cible.",
        "This agreement has no engagements yet, so no progress and no reward yet. Add an engagement under “Change”: an indicator from the catalogue with a target."),
    "Engagementen toevoegen": ("Ajouter des engagements", "Add engagements"),
    "Deze overeenkomst heeft nog geen engagementen, dus nog geen voortgang en geen beloning. Een beheerder van VDAB of een medewerker van de gemeente voegt ze toe.": (
        "Cet accord n'a pas encore d'engagements, donc pas encore de progression ni de récompense. Un administrateur du VDAB ou un collaborateur de la commune les ajoute.",
        "This agreement has no engagements yet, so no progress and no reward yet. An administrator at VDAB or a worker of the municipality adds them."),
    "Hoe de beloning werkt": ("Comment fonctionne la récompense", "How the reward works"),
    "Deze regels gelden vanaf %(day)s.": ("Ces règles s'appliquent à partir du %(day)s.", "These rules apply from %(day)s."),
    "De formule (voor analisten)": ("La formule (pour les analystes)", "The formula (for analysts)"),
    "Reken de beloning van deze overeenkomst uit met andere parameters. Bedragen in euro, delen als percentage (bv. 50 voor de helft). De beloning hierboven verandert niet.": (
        "Calculez la récompense de cet accord avec d'autres paramètres. Montants en euros, parts en pourcentage (p. ex. 50 pour la moitié). La récompense ci-dessus ne change pas.",
        "Work out this agreement's reward with other parameters. Amounts in euro, shares as a percentage (e.g. 50 for half). The reward above does not change."),
    "Uitkomst van de simulatie met eigen parameters": ("Résultat de la simulation avec vos propres paramètres", "Result of the simulation with your own parameters"),
    "Uitkomst van de simulatie": ("Résultat de la simulation", "Result of the simulation"),
    "Beloning met uw parameters": ("Récompense avec vos paramètres", "Reward with your parameters"),
    "volgens de regels": ("selon les règles", "by the rules"),
    "Hoe de gesimuleerde beloning berekend wordt": ("Comment la récompense simulée est calculée", "How the simulated reward is calculated"),
    "Niet berekend: verbeter de gemarkeerde velden hierboven.": ("Non calculé : corrigez les champs marqués ci-dessus.",
                                                                  "Not calculated: correct the marked fields above."),
    "Naar de fouten": ("Aller aux erreurs", "Go to the errors"),
    "Niet berekend: vul minstens één parameter in.": ("Non calculé : indiquez au moins un paramètre.", "Not calculated: enter at least one parameter."),
    "kies een van de mogelijkheden": ("choisissez parmi les possibilités", "choose one of the options"),
    "hoogstens %(limit_value)d tekens (nu %(show_value)d)": ("au plus %(limit_value)d caractères (actuellement %(show_value)d)",
                                                            "at most %(limit_value)d characters (now %(show_value)d)"),
})
T.update({
    "een streefwaarde ‘hoogstens’ voor een aantal is minstens %(n)s: aantallen onder %(n)s worden nooit getoond": (
        "un objectif « au plus » pour un nombre vaut au moins %(n)s : les nombres inférieurs à %(n)s ne sont jamais affichés",
        "an ‘at most’ target for a count is at least %(n)s: counts below %(n)s are never shown"),
    "het cijfer is te klein om te tonen, of verborgen om een ander klein cijfer te beschermen": (
        "le chiffre est trop petit pour être affiché, ou masqué pour protéger un autre petit chiffre",
        "the figure is too small to show, or hidden to protect another small figure"),
    "Het jaar %(year)s van deze overeenkomst begint op %(day)s: er is nog geen beloning. Ze wordt berekend op de cijfers van dat jaar.": (
        "L’année %(year)s de cette convention commence le %(day)s : il n’y a pas encore de récompense. Elle sera calculée sur les chiffres de cette année.",
        "Year %(year)s of this agreement begins on %(day)s: there is no reward yet. It will be computed on that year’s figures."),
    "Voorlopig.": ("Provisoire.", "Provisional."),
    "Berekend op de cijfers van %(on)s; de beloning van dit jaar ligt pas vast na %(day)s.": (
        "Calculée sur les chiffres du %(on)s ; la récompense de cette année ne sera définitive qu’après le %(day)s.",
        "Computed on the figures of %(on)s; this year’s reward is only final after %(day)s."),
    "Voorlopige beloning volgens deze berekening": ("Récompense provisoire selon ce calcul", "Provisional reward by this calculation"),
})
T.update({"dezelfde bron als hierboven": ("même source que ci-dessus", "same source as above")})
T.update({
    "geen geldig telefoonnummer (bv. +32 9 123 45 67)": ("numéro de téléphone non valable (p. ex. +32 9 123 45 67)", "not a valid phone number (e.g. +32 9 123 45 67)"),
    "Niet nodig: al in een traject bij VDAB": ("Pas nécessaire : déjà dans un trajet au VDAB", "Not needed: already in a VDAB pathway"),
})
T.update({
    "Dit jaar valt buiten de looptijd van de overeenkomst.": ("Cette année est en dehors de la durée de la convention.", "This year lies outside the agreement's term."),
    "een jaar van %(first)s tot %(last)s": ("une année de %(first)s à %(last)s", "a year from %(first)s to %(last)s"),
})
