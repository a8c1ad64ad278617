"""French and English translations of the daily-use pages of issue 16 (caseload overview, screening texts, Belgian
formats, statistics trend, exports); merged by translations.py."""

T = {
    # formats
    "Typ een bedrag zoals 2500, 2.500 of 2.500,50 (met een komma voor de decimalen).": (
        "Tapez un montant comme 2500, 2.500 ou 2.500,50 (avec une virgule pour les décimales).",
        "Type an amount such as 2500, 2.500 or 2.500,50 (with a comma for the decimals)."),
    "Gebruik hoogstens %(n)s cijfers na de komma.": ("Utilisez au plus %(n)s chiffres après la virgule.", "Use at most %(n)s digits after the decimal comma."),
    "Bijvoorbeeld 2.500 of 2.500,50.": ("Par exemple 2.500 ou 2.500,50.", "For example 2.500 or 2.500,50."),
    # geo
    "gemeente": ("commune", "municipality"), "gemeenten": ("communes", "municipalities"),
    "gemeente van 2019–2024": ("commune de 2019–2024", "municipality of 2019–2024"), "gemeenten van 2019–2024": ("communes de 2019–2024", "municipalities of 2019–2024"),
    "postcode": ("code postal", "postal code"), "postcodes": ("codes postaux", "postal codes"),
    # screening models
    "screeningsmodel": ("modèle d'évaluation", "screening model"), "screeningsmodellen": ("modèles d'évaluation", "screening models"),
    "score": ("score", "score"), "scores": ("scores", "scores"), "beoordeling": ("évaluation", "assessment"), "beoordelingen": ("évaluations", "assessments"),
    # screening texts for the counsellor
    "de duur van de huidige werkloosheid": ("la durée du chômage actuel", "the length of the current unemployment"),
    "het onderwijsniveau": ("le niveau d'études", "the level of education"),
    "de kennis van het Nederlands": ("la connaissance du néerlandais", "the knowledge of Dutch"),
    "het rijbewijs (of het ontbreken ervan)": ("le permis de conduire (ou son absence)", "the driving licence (or the lack of one)"),
    "de digitale vaardigheden": ("les compétences numériques", "the digital skills"),
    "de werkervaring in de laatste twee jaar": ("l'expérience professionnelle des deux dernières années", "the work experience in the last two years"),
    "de arbeidsmarkt in de provincie": ("le marché du travail de la province", "the labour market in the province"),
    "het aantal keren werkzoekend in de laatste drie jaar": ("le nombre de périodes de recherche d'emploi en trois ans", "the number of times looking for work in the last three years"),
    "de kennis van andere talen": ("la connaissance d'autres langues", "the knowledge of other languages"),
    "de uitkeringssituatie": ("la situation d'allocation", "the benefit situation"), "het leefloon": ("le revenu d'intégration", "the leefloon"),
    # for the citizen
    "hoelang u al werk zoekt": ("depuis combien de temps vous cherchez du travail", "how long you have been looking for work"),
    "uw diploma": ("votre diplôme", "your qualification"), "uw kennis van het Nederlands": ("votre connaissance du néerlandais", "your knowledge of Dutch"),
    "uw rijbewijs (of het ontbreken ervan)": ("votre permis de conduire (ou son absence)", "your driving licence (or the lack of one)"),
    "uw digitale vaardigheden": ("vos compétences numériques", "your digital skills"),
    "uw werkervaring in de laatste twee jaar": ("votre expérience professionnelle des deux dernières années", "your work experience in the last two years"),
    "de arbeidsmarkt in uw provincie": ("le marché du travail de votre province", "the labour market in your province"),
    "hoe vaak u de laatste drie jaar werk zocht": ("le nombre de fois où vous avez cherché du travail ces trois dernières années", "how often you looked for work in the last three years"),
    "uw kennis van andere talen": ("votre connaissance d'autres langues", "your knowledge of other languages"),
    "uw uitkering": ("votre allocation", "your benefit"), "uw leefloon": ("votre revenu d'intégration", "your leefloon"),
    "een cursus Nederlands (tot B1 of een niveau hoger)": ("un cours de néerlandais (jusqu'au B1 ou un niveau plus haut)", "a Dutch course (to B1 or one level higher)"),
    "een rijbewijs halen": ("passer le permis de conduire", "getting a driving licence"),
    "een opleiding digitale vaardigheden": ("une formation aux compétences numériques", "a digital skills course"),
    "een opleiding die tot een hoger diploma leidt": ("une formation menant à un diplôme plus élevé", "a course leading to a higher qualification"),
    "maanden in de huidige werkloosheid": ("mois de chômage actuel", "months in the current unemployment"),
    "dagen gewerkt in de twee jaar ervoor": ("jours travaillés dans les deux années précédentes", "days worked in the two years before"),
    "keren werkzoekend in drie jaar": ("périodes de recherche d'emploi en trois ans", "times looking for work in three years"),
    "onderwijsniveau": ("niveau d'études", "level of education"), "niveau Nederlands": ("niveau de néerlandais", "level of Dutch"),
    "andere talen op B1 of hoger": ("autres langues au niveau B1 ou plus", "other languages at B1 or above"),
    "digitale vaardigheden": ("compétences numériques", "digital skills"), "rijbewijs": ("permis de conduire", "driving licence"),
    "provincie": ("province", "province"), "uitkering": ("allocation", "benefit"), "leefloon": ("revenu d'intégration", "leefloon"),
    "U staat dicht bij werk. U zoekt vooral zelf, met de vacatures en hulpmiddelen van VDAB; uw bemiddelaar volgt op.": (
        "Vous êtes proche de l'emploi. Vous cherchez surtout vous-même, avec les offres et les outils du VDAB ; votre conseiller assure le suivi.",
        "You are close to work. You mainly search yourself, with VDAB's vacancies and tools; your counsellor follows up."),
    "U hebt wat ondersteuning nodig om werk te vinden. Uw bemiddelaar maakt met u afspraken over wat u samen doet.": (
        "Vous avez besoin d'un peu de soutien pour trouver du travail. Votre conseiller convient avec vous de ce que vous ferez ensemble.",
        "You need some support to find work. Your counsellor agrees with you on what you will do together."),
    "Werk vinden zal meer tijd en begeleiding vragen. Uw bemiddelaar begeleidt u van dichtbij en maakt met u afspraken, bijvoorbeeld over een opleiding of een taalcursus.": (
        "Trouver du travail demandera plus de temps et d'accompagnement. Votre conseiller vous accompagne de près et convient avec vous d'actions, par exemple une formation ou un cours de langue.",
        "Finding work will take more time and guidance. Your counsellor guides you closely and agrees steps with you, for example a training or a language course."),
    "Werk is nu niet de eerste stap. Uw bemiddelaar zoekt met u eerst oplossingen voor zorg of welzijn, samen met een partner, en bekijkt later opnieuw de stap naar werk.": (
        "Le travail n'est pas la première étape maintenant. Votre conseiller cherche d'abord avec vous des solutions de soins ou de bien-être, avec un partenaire, et réexaminera plus tard le pas vers l'emploi.",
        "Work is not the first step now. Your counsellor first looks with you for solutions in care or welfare, with a partner, and will look at the step to work again later."),
    "Volgende stap: bekijk de vacatures voor u en werk uw profiel bij.": (
        "Prochaine étape : consultez les offres pour vous et mettez votre profil à jour.", "Next step: look at the vacancies for you and update your profile."),
    "Volgende stap: uw bemiddelaar nodigt u uit om afspraken te maken. U ziet ze onder Mijn afspraken.": (
        "Prochaine étape : votre conseiller vous invite à convenir d'actions. Vous les verrez sous Mes rendez-vous.",
        "Next step: your counsellor invites you to make agreements. You will see them under My appointments."),
    "Volgende stap: uw bemiddelaar nodigt u uit voor een gesprek en maakt met u afspraken. U ziet ze onder Mijn afspraken.": (
        "Prochaine étape : votre conseiller vous invite à un entretien et convient d'actions avec vous. Vous les verrez sous Mes rendez-vous.",
        "Next step: your counsellor invites you to a conversation and makes agreements with you. You will see them under My appointments."),
    "Volgende stap: uw bemiddelaar neemt contact met u op over de hulp die u nu nodig hebt.": (
        "Prochaine étape : votre conseiller vous contacte au sujet de l'aide dont vous avez besoin maintenant.",
        "Next step: your counsellor contacts you about the help you need now."),
    "— Kies —": ("— Choisir —", "— Choose —"),
    "Volgens het register: %(value)s. Bevestig of corrigeer na het gesprek.": (
        "Selon le registre : %(value)s. Confirmez ou corrigez après l'entretien.", "According to the register: %(value)s. Confirm or correct after the conversation."),
    "De beoordeling van %(name)s is geregistreerd: %(category)s, %(reliance)s.": (
        "L'évaluation de %(name)s est enregistrée : %(category)s, %(reliance)s.", "The assessment of %(name)s has been recorded: %(category)s, %(reliance)s."),
    "zelfredzaam": ("autonome", "self-reliant"), "niet zelfredzaam": ("pas autonome", "not self-reliant"),
    "Voorstel (voorlopig)": ("Proposition (provisoire)", "Proposal (provisional)"),
    "Dit is het vertrekpunt van het model. Vul de beoordeling na het gesprek in: het voorstel houdt er meteen rekening mee.": (
        "C'est le point de départ du modèle. Remplissez l'évaluation après l'entretien : la proposition en tient compte aussitôt.",
        "This is the model's starting point. Fill in the assessment after the conversation: the proposal takes it into account at once."),
    "Alle keuzes starten leeg: kies elk antwoord na het gesprek. Het voorstel hieronder volgt de antwoorden.": (
        "Tous les choix commencent vides : choisissez chaque réponse après l'entretien. La proposition ci-dessous suit les réponses.",
        "Every choice starts empty: choose each answer after the conversation. The proposal below follows the answers."),
    "Wat dit voor u betekent": ("Ce que cela signifie pour vous", "What this means for you"),
    "Op %(day)s besliste uw bemiddelaar na een gesprek met u: %(category)s.": (
        "Le %(day)s, votre conseiller a décidé après un entretien avec vous : %(category)s.", "On %(day)s your counsellor decided after a conversation with you: %(category)s."),
    "Het model schat: %(category)s. Uw bemiddelaar bespreekt dit nog met u en beslist pas na dat gesprek.": (
        "Le modèle estime : %(category)s. Votre conseiller en discutera encore avec vous et ne décidera qu'après cet entretien.",
        "The model estimates: %(category)s. Your counsellor will still discuss this with you and decides only after that conversation."),
    "Het model alleen kwam uit op: %(model)s. Uw bemiddelaar weegt ook mee wat het model niet kent, zoals wat u in het gesprek vertelde:": (
        "Le modèle seul arrivait à : %(model)s. Votre conseiller tient aussi compte de ce que le modèle ne connaît pas, comme ce que vous avez dit lors de l'entretien :",
        "The model alone came to: %(model)s. Your counsellor also weighs what the model does not know, such as what you said in the conversation:"),
    "Uw bemiddelaar week om een eigen reden af van het voorstel. U kunt die reden altijd vragen.": (
        "Votre conseiller s'est écarté de la proposition pour une raison propre. Vous pouvez toujours demander cette raison.",
        "Your counsellor departed from the proposal for a reason of their own. You can always ask for that reason."),
    "Naar mijn afspraken": ("Vers mes rendez-vous", "To my appointments"), "Naar vacatures voor mij": ("Vers les offres pour moi", "To vacancies for me"),
    "Uw kans in cijfers": ("Votre chance en chiffres", "Your chance in figures"),
    "Dat wil zeggen: van honderd werkzoekenden in een situatie zoals de uwe vinden er ongeveer %(n)s binnen zes maanden minstens vier weken werk. Het is een schatting voor een groep, geen voorspelling over u alleen.": (
        "Autrement dit : sur cent demandeurs d'emploi dans une situation comme la vôtre, environ %(n)s trouvent au moins quatre semaines de travail dans les six mois. C'est une estimation pour un groupe, pas une prédiction sur vous seul.",
        "That is: of a hundred job seekers in a situation like yours, about %(n)s find at least four weeks of work within six months. It is an estimate for a group, not a prediction about you alone."),
    "Wilt u een van deze stappen zetten? Vraag het aan uw bemiddelaar.": (
        "Vous voulez franchir l'une de ces étapes ? Demandez-le à votre conseiller.", "Would you like to take one of these steps? Ask your counsellor."),
    # caseload overview
    "Alle": ("Tous", "All"), "Te laat": ("En retard", "Overdue"), "Binnen 7 dagen of te laat": ("Dans les 7 jours ou en retard", "Within 7 days or overdue"),
    "Binnen een maand of te laat": ("Dans le mois ou en retard", "Within a month or overdue"), "Geen termijn": ("Pas d'échéance", "No deadline"),
    "Naam": ("Nom", "Name"), "Huidige status": ("Statut actuel", "Current status"), "Afstand tot de arbeidsmarkt": ("Distance au marché du travail", "Distance to the labour market"),
    "Screening uiterlijk": ("Évaluation au plus tard", "Screening due"), "Afspraken uiterlijk": ("Accords au plus tard", "Agreements due"),
    "Volgende taak": ("Tâche suivante", "Next task"), "Laatste contact": ("Dernier contact", "Last contact"), "Termijn controle": ("Échéance du contrôle", "Control deadline"),
    "Zoeken op naam, INSZ of geboortedatum": ("Rechercher par nom, NISS ou date de naissance", "Search by name, INSZ or date of birth"),
    "Termijn screening of afspraken": ("Échéance de l'évaluation ou des engagements", "Screening or agreement deadline"),
    "Gemeente": ("Commune", "Municipality"), "Sorteren op": ("Trier par", "Sort by"), "Volgorde": ("Ordre", "Order"),
    "Oplopend (eerst te laat, A–Z)": ("Croissant (en retard d'abord, A–Z)", "Ascending (overdue first, A–Z)"), "Aflopend": ("Décroissant", "Descending"),
    "Wat eerst moet gebeuren": ("Ce qui doit se faire d'abord", "What must happen first"), "Nog niet gescreend": ("Pas encore évalué", "Not screened yet"),
    "nog niet gescreend": ("pas encore évalué", "not screened yet"),
    "Zoeken en filteren": ("Rechercher et filtrer", "Search and filter"), "De filters kloppen niet": ("Les filtres ne sont pas corrects", "The filters are not right"),
    "Eerst aan de beurt": ("D'abord", "First in line"), "uiterlijk": ("au plus tard", "due"), "termijn controle": ("échéance du contrôle", "control deadline"),
    "te laat": ("en retard", "overdue"), "Personen, gesorteerd": ("Personnes, triées", "Persons, sorted"),
    "Geen personen gevonden": ("Aucune personne trouvée", "No persons found"),
    "Niemand voldoet aan deze zoekopdracht en filters. Wis een filter of zoek op een andere naam.": (
        "Personne ne correspond à cette recherche et à ces filtres. Effacez un filtre ou cherchez un autre nom.",
        "Nobody matches this search and these filters. Clear a filter or search for another name."),
    "Meer dan %(n)s personen gevonden: verfijn uw zoekopdracht.": ("Plus de %(n)s personnes trouvées : affinez votre recherche.", "More than %(n)s persons found: refine your search."),
    "Pagina %(page)s van %(pages)s": ("Page %(page)s sur %(pages)s", "Page %(page)s of %(pages)s"),
    "U opent het dossier van <strong>%(name)s</strong>.": ("Vous ouvrez le dossier de <strong>%(name)s</strong>.", "You are opening the file of <strong>%(name)s</strong>."),
    # statistics and exports
    "Personen per status, de laatste twaalf maanden": ("Personnes par statut, les douze derniers mois", "Persons per status, the last twelve months"),
    "Aantal personen per status op de eerste dag van elke maand; dezelfde cijfers staan in de tabel eronder.": (
        "Nombre de personnes par statut le premier jour de chaque mois ; les mêmes chiffres figurent dans le tableau ci-dessous.",
        "Number of persons per status on the first day of each month; the same figures are in the table below."),
    "personen": ("personnes", "persons"), "Status": ("Statut", "Status"),
    "Verloop over de laatste twaalf maanden": ("Évolution sur les douze derniers mois", "Trend over the last twelve months"),
    "Deze cijfers downloaden (CSV)": ("Télécharger ces chiffres (CSV)", "Download these figures (CSV)"),
    "Personen per status op de eerste dag van de maand": ("Personnes par statut le premier jour du mois", "Persons per status on the first day of the month"),
    "Nummer in het register": ("Numéro dans le registre", "Number in the register"), "Voornaam": ("Prénom", "First name"), "Familienaam": ("Nom de famille", "Last name"),
    "INSZ": ("NISS", "INSZ"), "Geboortedatum": ("Date de naissance", "Date of birth"), "Geslacht": ("Sexe", "Sex"), "Nationaliteit": ("Nationalité", "Nationality"),
    "Postcode": ("Code postal", "Postal code"), "Onderwijsniveau": ("Niveau d'études", "Level of education"), "Digitale vaardigheden": ("Compétences numériques", "Digital skills"),
    "Zoeken op naam": ("Rechercher par nom", "Search by name"),
    "niet getoond: klein aantal of eruit af te leiden": ("non affiché : petit nombre ou déductible des autres", "not shown: a small number, or derivable from the others"),
    "Even geduld: dit kan enkele seconden duren…": ("Un instant : cela peut prendre quelques secondes…", "Please wait: this can take a few seconds…"),
}
PLURALS = {
    "De kans stijgt met %(n)s procentpunt door %(label)s.": (
        ("La chance augmente de %(n)s point de pourcentage (facteur : %(label)s).", "La chance augmente de %(n)s points de pourcentage (facteur : %(label)s)."),
        ("The chance rises by %(n)s percentage point because of %(label)s.", "The chance rises by %(n)s percentage points because of %(label)s.")),
    "De kans daalt met %(n)s procentpunt door %(label)s.": (
        ("La chance baisse de %(n)s point de pourcentage (facteur : %(label)s).", "La chance baisse de %(n)s points de pourcentage (facteur : %(label)s)."),
        ("The chance falls by %(n)s percentage point because of %(label)s.", "The chance falls by %(n)s percentage points because of %(label)s.")),
    "%(action)s: ongeveer %(n)s procentpunt meer kans.": (
        ("%(action)s : environ %(n)s point de pourcentage de chance en plus.", "%(action)s : environ %(n)s points de pourcentage de chance en plus."),
        ("%(action)s: about %(n)s percentage point more chance.", "%(action)s: about %(n)s percentage points more chance.")),
    "%(counter)s persoon gevonden": (("%(counter)s personne trouvée", "%(counter)s personnes trouvées"), ("%(counter)s person found", "%(counter)s persons found")),
}
