"""French and English for issue 12's second round (werkregie/vacancies: public search, hiring measures per candidate
and vacancy, employer notices, sector view, rejection reasons): msgid → (fr, en); merged by translations.py."""

T = {
    "Vacatures zoeken": ("Rechercher des offres d'emploi", "Search vacancies"),
    "Alle openstaande vacatures, voor iedereen, zonder aan te melden.": ("Toutes les offres ouvertes, pour tous, sans connexion.",
                                                                          "All open vacancies, for everyone, without logging in."),
    "Geen vacatures gevonden": ("Aucune offre trouvée", "No vacancies found"),
    "Probeer een ander woord, een grotere afstand of minder filters.": ("Essayez un autre mot, une distance plus grande ou moins de filtres.",
                                                                         "Try another word, a larger distance or fewer filters."),
    "rond %(place)s": ("autour de %(place)s", "around %(place)s"),
    "± %(km)s km": ("± %(km)s km", "± %(km)s km"),
    "sinds %(day)s": ("depuis le %(day)s", "since %(day)s"),
    "Berichten over uw vacatures": ("Messages concernant vos offres", "Messages about your vacancies"),
    "Wanneer iemand solliciteert, zijn profiel deelt of een sollicitatie intrekt, ziet u het hier.": (
        "Quand quelqu'un postule, partage son profil ou retire sa candidature, vous le voyez ici.",
        "When someone applies, shares their profile or withdraws an application, you see it here."),
    "De kandidaat deelde niet met u of hij of zij in aanmerking komt: dat hangt af van gegevens die u niet mag zien. U ziet wel welke "
    "voorwaarden aan uw kant (loon, uren, vestiging) de vacature haalt. De kandidaat kan dit delen op de pagina van de vacature; u kunt het "
    "ook aan VDAB vragen.": (
        "Le candidat n'a pas partagé avec vous s'il ouvre le droit à une aide : cela dépend de données que vous ne pouvez pas voir. Vous voyez "
        "quelles conditions de votre côté (salaire, heures, siège) l'offre remplit. Le candidat peut le partager sur la page de l'offre ; vous "
        "pouvez aussi le demander au VDAB.",
        "The candidate did not share with you whether they qualify: that depends on data you may not see. You do see which conditions on your "
        "side (wage, hours, establishment) the vacancy meets. The candidate can share it on the vacancy page; you can also ask VDAB."),
    "De kandidaat liet toe dat u ziet of deze aanwerving in aanmerking komt. U ziet het resultaat, niet de gegevens erachter.": (
        "Le candidat vous permet de voir si cette embauche ouvre le droit à une aide. Vous voyez le résultat, pas les données derrière.",
        "The candidate allowed you to see whether this hire qualifies. You see the result, not the data behind it."),
    "Alle steunmaatregelen voor werkgevers, met hun voorwaarden en bronnen": (
        "Toutes les aides aux employeurs, avec leurs conditions et leurs sources", "All support measures for employers, with their conditions and sources"),
    "Of deze aanwerving in aanmerking komt, is niet gedeeld.": ("Le droit à cette aide pour cette embauche n'a pas été partagé.",
                                                                "Whether this hire qualifies has not been shared."),
    "Deze aanwerving komt niet in aanmerking.": ("Cette embauche n'ouvre pas le droit à cette aide.", "This hire does not qualify."),
    "Voorwaarden aan de kant van de werkgever": ("Conditions du côté de l'employeur", "Conditions on the employer's side"),
    "(de vacature vermeldt geen loon)": ("(l'offre ne mentionne pas de salaire)", "(the vacancy states no wage)"),
    "Geen.": ("Aucune.", "None."),
    "Voorwaarden aan de kant van de kandidaat": ("Conditions du côté du candidat", "Conditions on the candidate's side"),
    "Na te gaan": ("À vérifier", "To check"),
    "Voldaan volgens de gegevens van VDAB.": ("Remplies selon les données du VDAB.", "Met according to VDAB's data."),
    "Niet voldaan volgens de gegevens van VDAB.": ("Non remplies selon les données du VDAB.", "Not met according to VDAB's data."),
    "Niet gedeeld door de kandidaat.": ("Non partagé par le candidat.", "Not shared by the candidate."),
    "Geen aanwervingsmaatregelen": ("Aucune aide à l'embauche", "No hiring measures"),
    "Op deze datum is geen aanwervingsmaatregel van toepassing in de regels van het platform.": (
        "À cette date, aucune aide à l'embauche des règles de la plateforme ne s'applique.",
        "On this date no hiring measure in the platform's rules applies."),
    "Terug naar de sollicitaties": ("Retour aux candidatures", "Back to the applications"),
    "Steunmaatregelen bij deze aanwerving: %(title)s": ("Aides pour cette embauche : %(title)s", "Support measures for this hire: %(title)s"),
    "Wat het aanwerven van deze kandidaat voor deze vacature een werkgever oplevert bij een aanwerving op %(day)s, volgens de maatregelen in "
    "de regels van het platform. Het loon en de uren komen uit de vacature.": (
        "Ce que l'embauche de ce candidat pour cette offre rapporte à un employeur pour une embauche le %(day)s, selon les mesures des règles de "
        "la plateforme. Le salaire et les heures viennent de l'offre.",
        "What hiring this candidate for this vacancy brings an employer for a hire on %(day)s, by the measures in the platform's rules. The "
        "wage and the hours come from the vacancy."),
    "(de vacature: € %(q)s per kwartaal)": ("(l'offre : € %(q)s par trimestre)", "(the vacancy: € %(q)s a quarter)"),
    "(de vacature: %(share)s%%)": ("(l'offre : %(share)s%%)", "(the vacancy: %(share)s%%)"),
    "minstens %(required)s maanden niet-werkend werkzoekende vóór de aanwerving (nu %(actual)s)": (
        "au moins %(required)s mois de demandeur d'emploi inoccupé avant l'embauche (actuellement %(actual)s)",
        "at least %(required)s months as a non-working job seeker before the hire (now %(actual)s)"),
    "leeftijd op het einde van het aanwervingskwartaal van %(low)s tot %(high)s jaar (wordt %(actual)s)": (
        "âge à la fin du trimestre d'embauche de %(low)s à %(high)s ans (aura %(actual)s ans)",
        "age at the end of the hiring quarter from %(low)s to %(high)s (will be %(actual)s)"),
    "minstens %(low)s jaar op het einde van het aanwervingskwartaal (wordt %(actual)s)": (
        "au moins %(low)s ans à la fin du trimestre d'embauche (aura %(actual)s ans)", "at least %(low)s at the end of the hiring quarter (will be %(actual)s)"),
    "jonger dan %(high)s jaar op het einde van het aanwervingskwartaal (wordt %(actual)s)": (
        "moins de %(high)s ans à la fin du trimestre d'embauche (aura %(actual)s ans)", "under %(high)s at the end of the hiring quarter (will be %(actual)s)"),
    "Competenties per sector en provincie": ("Compétences par secteur et province", "Competences by sector and province"),
    "De vraag in openstaande vacatures naast het aanbod in de profielen van werkzoekenden: waar is er een tekort, waar een overschot? "
    "Aantallen van minder dan 10 werkzoekenden tonen we niet.": (
        "La demande des offres ouvertes face à l'offre dans les profils des demandeurs d'emploi : où y a-t-il pénurie, où excédent ? Les nombres "
        "de moins de 10 demandeurs d'emploi ne sont pas affichés.",
        "The demand in open vacancies beside the supply in job seekers' profiles: where is there a shortage, where a surplus? Counts of fewer "
        "than 10 job seekers are not shown."),
    "Sector (NACE)": ("Secteur (NACE)", "Sector (NACE)"),
    "alle sectoren": ("tous les secteurs", "all sectors"),
    "heel Vlaanderen": ("toute la Flandre", "all of Flanders"),
    "Gevraagd in vacatures (donker) en aanwezig bij werkzoekenden (licht), de 15 meest gevraagde competenties. Dezelfde cijfers staan in de tabel.": (
        "Demandé dans les offres (foncé) et présent chez les demandeurs d'emploi (clair), les 15 compétences les plus demandées. Les mêmes "
        "chiffres figurent dans le tableau.",
        "Asked in vacancies (dark) and present among job seekers (light), the 15 most asked competences. The same figures are in the table."),
    "Competenties: vraag en aanbod": ("Compétences : demande et offre", "Competences: demand and supply"),
    "Vacatures die ze vragen": ("Offres qui la demandent", "Vacancies asking it"),
    "Werkzoekenden die ze hebben": ("Demandeurs d'emploi qui l'ont", "Job seekers who have it"),
    "Oordeel": ("Appréciation", "Verdict"),
    "minder dan 10": ("moins de 10", "fewer than 10"),
    "Geen vacatures": ("Aucune offre", "No vacancies"),
    "In deze sector en provincie zijn er nu geen openstaande vacatures met competenties.": (
        "Il n'y a actuellement aucune offre ouverte avec des compétences dans ce secteur et cette province.",
        "There are no open vacancies with competences in this sector and province now."),
    "Meest gevraagde beroepen": ("Professions les plus demandées", "Most asked occupations"),
    "Openstaande vacatures": ("Offres ouvertes", "Open vacancies"),
    "Knelpuntberoep": ("Métier en pénurie", "Bottleneck occupation"),
    "%(sector)s, %(province)s: %(n)s openstaande vacatures": ("%(sector)s, %(province)s : %(n)s offres ouvertes", "%(sector)s, %(province)s: %(n)s open vacancies"),
    "ja, op de VDAB-lijst van %(year)s": ("oui, sur la liste du VDAB de %(year)s", "yes, on VDAB's list of %(year)s"),
    "Wat zoekt u?": ("Que cherchez-vous ?", "What are you looking for?"),
    "bv. heftruck, verpleegkundige, lasser": ("p. ex. cariste, infirmier, soudeur", "e.g. forklift, nurse, welder"),
    "Waar?": ("Où ?", "Where?"),
    "gemeente of postcode, bv. Gent of 9000": ("commune ou code postal, p. ex. Gand ou 9000", "municipality or postal code, e.g. Gent or 9000"),
    "Afstand": ("Distance", "Distance"),
    "alleen deze gemeente": ("cette commune uniquement", "this municipality only"),
    "tot 10 km": ("jusqu'à 10 km", "up to 10 km"),
    "tot 25 km": ("jusqu'à 25 km", "up to 25 km"),
    "tot 50 km": ("jusqu'à 50 km", "up to 50 km"),
    "tot 100 km": ("jusqu'à 100 km", "up to 100 km"),
    "alle contracten": ("tous les contrats", "all contracts"),
    "voltijds en deeltijds": ("temps plein et temps partiel", "full time and part time"),
    "voltijds (35 u of meer)": ("temps plein (35 h ou plus)", "full time (35 h or more)"),
    "deeltijds (minder dan 35 u)": ("temps partiel (moins de 35 h)", "part time (under 35 h)"),
    "Sorteren": ("Trier", "Sort"),
    "meest relevant": ("les plus pertinentes", "most relevant"),
    "nieuwste eerst": ("les plus récentes d'abord", "newest first"),
    "De zoekopdracht is niet uitgevoerd.": ("La recherche n'a pas été effectuée.", "The search was not carried out."),
    "Een straal van 0 tot %(max)s km.": ("Un rayon de 0 à %(max)s km.", "A radius from 0 to %(max)s km."),
    "Kies een gemeente om in een straal rond te zoeken.": ("Choisissez une commune autour de laquelle chercher.", "Choose a municipality to search around."),
    "Het maximum is kleiner dan het minimum.": ("Le maximum est inférieur au minimum.", "The maximum is below the minimum."),
    "Sorteer op relevantie of op datum.": ("Triez par pertinence ou par date.", "Sort by relevance or by date."),
    "10, 20 of 50 per pagina.": ("10, 20 ou 50 par page.", "10, 20 or 50 a page."),
    "Een pagina van 1 tot 1000.": ("Une page de 1 à 1000.", "A page from 1 to 1000."),
    "Een ESCO-beroep (URI).": ("Une profession ESCO (URI).", "An ESCO occupation (URI)."),
    "Zoektermen van één teken worden niet gebruikt.": ("Les termes d'un seul caractère ne sont pas utilisés.", "Search terms of one character are not used."),
    "Alleen de kandidaat zelf beslist dit.": ("Seul le candidat en décide.", "Only the candidate decides this."),
    "Alleen voor gebruikers van een werkgever.": ("Réservé aux utilisateurs d'un employeur.", "Only for users of an employer."),
    "een kandidaat (sollicitatie nr. %(n)s)": ("un candidat (candidature n° %(n)s)", "a candidate (application no. %(n)s)"),
    "tekort": ("pénurie", "shortage"),
    "overschot": ("excédent", "surplus"),
    "in evenwicht": ("en équilibre", "balanced"),
    "niet te bepalen": ("indéterminable", "cannot be determined"),
    "Alleen voor analisten, bemiddelaars, beheerders en werkgevers.": ("Réservé aux analystes, conseillers, administrateurs et employeurs.",
                                                                        "Only for analysts, counsellors, administrators and employers."),
    "Kies een sector (NACE-afdeling).": ("Choisissez un secteur (section NACE).", "Choose a sector (NACE section)."),
    "Kies een Vlaamse provincie.": ("Choisissez une province flamande.", "Choose a Flemish province."),
    "De sectorweergave is niet gemaakt.": ("La vue sectorielle n'a pas été établie.", "The sector view was not made."),
    "ESCO-URI": ("URI ESCO", "ESCO URI"),
    "Sector": ("Secteur", "Sector"),
    "Provincie": ("Province", "Province"),
    "Competentie": ("Compétence", "Competence"),
    "Beroep": ("Profession", "Occupation"),
    "nummer bij de bron": ("numéro à la source", "number at the source"),
    "bron": ("source", "source"),
    "aanwervingssteun gedeeld op": ("aide à l'embauche partagée le", "hiring support shared on"),
    "Nieuwe sollicitatie": ("Nouvelle candidature", "New application"),
    "Een uitgenodigde kandidaat deelt het profiel": ("Un candidat invité partage son profil", "An invited candidate shares their profile"),
    "Sollicitatie ingetrokken": ("Candidature retirée", "Application withdrawn"),
    "Een kandidaat afwijzen kan alleen met een reden: kies een reden in de terugkoppeling, of schrijf ze hier (minstens 5 tekens). De "
    "kandidaat en de bemiddelaar krijgen ze te zien.": (
        "Refuser un candidat n'est possible qu'avec un motif : choisissez-en un dans le retour, ou écrivez-le ici (au moins 5 caractères). Le "
        "candidat et le conseiller le verront.",
        "A candidate can only be rejected with a reason: choose one in the feedback, or write it here (at least 5 characters). The candidate "
        "and the counsellor will see it."),
    "De werkgever ziet nu of uw aanwerving recht geeft op steun (niet de gegevens erachter).": (
        "L'employeur voit maintenant si votre embauche ouvre le droit à une aide (pas les données derrière).",
        "The employer now sees whether hiring you qualifies for support (not the data behind it)."),
    "De werkgever ziet niet meer of uw aanwerving recht geeft op steun.": ("L'employeur ne voit plus si votre embauche ouvre le droit à une aide.",
                                                                          "The employer no longer sees whether hiring you qualifies for support."),
    "Steun voor de werkgever als die u aanwerft": ("Aide pour l'employeur qui vous embauche", "Support for the employer who hires you"),
    "Een werkgever kan steun krijgen als hij u aanwerft (bv. een doelgroepvermindering). Of dat zo is, hangt af van uw gegevens bij VDAB. U "
    "kiest of deze werkgever het resultaat ziet; uw gegevens zelf ziet de werkgever nooit.": (
        "Un employeur peut recevoir une aide s'il vous embauche (p. ex. une réduction groupe-cible). Cela dépend de vos données au VDAB. Vous "
        "choisissez si cet employeur voit le résultat ; l'employeur ne voit jamais vos données elles-mêmes.",
        "An employer may get support for hiring you (e.g. a target-group reduction). Whether they do depends on your data at VDAB. You choose "
        "whether this employer sees the result; the employer never sees your data itself."),
    "Bekijk welke steun en waarom": ("Voir quelle aide et pourquoi", "See which support and why"),
    "De werkgever ziet of uw aanwerving recht geeft op steun.": ("L'employeur voit si votre embauche ouvre le droit à une aide.",
                                                                 "The employer sees whether hiring you qualifies for support."),
    "Niet meer delen met de werkgever": ("Ne plus partager avec l'employeur", "Stop sharing with the employer"),
    "Delen met de werkgever": ("Partager avec l'employeur", "Share with the employer"),
    "Steunmaatregelen": ("Aides", "Support measures"),
    "nieuw": ("nouveau", "new"),
    "Wanneer": ("Quand", "When"),
    "Wat": ("Quoi", "What"),
    "Berichten": ("Messages", "Messages"),
    "Nog geen berichten": ("Pas encore de messages", "No messages yet"),
    "Tonen": ("Afficher", "Show"),
    "Downloaden als CSV": ("Télécharger en CSV", "Download as CSV"),
    "Paginering": ("Pagination", "Pagination"),
    "Competenties per sector": ("Compétences par secteur", "Competences by sector"),
}

PLURALS = {
    "%(n)s vacature gevonden": (("%(n)s offre trouvée", "%(n)s offres trouvées"), ("%(n)s vacancy found", "%(n)s vacancies found")),
}
