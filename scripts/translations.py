"""French and English translations of the Dutch interface strings (msgid → (fr, en)).

Run `python scripts/translations.py` after `makemessages` to fill the .po files, then `compilemessages`.
"""

T = {
    "Webpagina": ("Page web", "Web page"), "API": ("API", "API"), "Export": ("Export", "Export"), "Opdrachtregel": ("Ligne de commande", "Command line"),
    "Inzage in eigen gegevens": ("Consultation de ses propres données", "Viewing one's own data"),
    "Begeleiding naar werk": ("Accompagnement vers l'emploi", "Guidance towards work"),
    "Screening afstand tot de arbeidsmarkt": ("Évaluation de la distance au marché du travail", "Screening of distance to the labour market"),
    "Controle op beschikbaarheid": ("Contrôle de la disponibilité", "Availability control"),
    "Aanwerving (sollicitatie of voorstel)": ("Recrutement (candidature ou proposition)", "Recruitment (application or proposal)"),
    "Activering van leefloongerechtigden": ("Activation des bénéficiaires du revenu d'intégration", "Activation of leefloon recipients"),
    "Re-integratie na ziekte": ("Réintégration après maladie", "Reintegration after illness"),
    "Inburgeringstraject": ("Parcours d'intégration", "Integration trajectory"),
    "Opleiding": ("Formation", "Training"),
    "Overgang onderwijs-arbeidsmarkt": ("Transition enseignement-emploi", "Transition from education to work"),
    "Interregionale uitwisseling": ("Échange interrégional", "Interregional exchange"),
    "Inschrijving in het talentregister": ("Inscription au registre des talents", "Registration in the talent register"),
    "Statistiek (geaggregeerd of gepseudonimiseerd)": ("Statistique (agrégée ou pseudonymisée)", "Statistics (aggregated or pseudonymised)"),
    "Beheer van het platform": ("Gestion de la plateforme", "Platform administration"),
    "Behandeling van een klacht of vraag": ("Traitement d'une plainte ou question", "Handling a complaint or question"),
    "Burger": ("Citoyen", "Citizen"), "Bemiddelaar": ("Conseiller", "Counsellor"), "Controleur": ("Contrôleur", "Controller"),
    "Werkgever": ("Employeur", "Employer"), "Gemeente / OCMW": ("Commune / CPAS", "Municipality / OCMW"), "Partner (API)": ("Partenaire (API)", "Partner (API)"),
    "Beleidsanalist": ("Analyste politique", "Policy analyst"), "Beheerder": ("Administrateur", "Administrator"),
    "Personen lezen": ("Lire des personnes", "Read persons"), "Personen inschrijven": ("Inscrire des personnes", "Register persons"),
    "Eigen gegevens lezen": ("Lire ses propres données", "Read own data"), "Geaggregeerde cijfers lezen": ("Lire des chiffres agrégés", "Read aggregated figures"),
    "Het INSZ-nummer is leeg.": ("Le NISS est vide.", "The INSZ number is empty."),
    "Een INSZ-nummer bestaat enkel uit cijfers.": ("Un NISS ne contient que des chiffres.", "An INSZ number contains digits only."),
    "Een INSZ-nummer telt 11 cijfers, dit telt er %(n)d.": ("Un NISS compte 11 chiffres, celui-ci en compte %(n)d.", "An INSZ number has 11 digits, this one has %(n)d."),
    "De eerste 6 cijfers vormen geen geldige geboortedatum (JJMMDD).": ("Les 6 premiers chiffres ne forment pas une date de naissance valide (AAMMJJ).", "The first 6 digits are not a valid birth date (YYMMDD)."),
    "Het controlegetal (laatste 2 cijfers) klopt niet: het moet 97 min de rest van de deling door 97 zijn van de eerste 9 cijfers (met een 2 ervoor voor wie geboren is vanaf 2000).": (
        "Le nombre de contrôle (2 derniers chiffres) est faux : il doit valoir 97 moins le reste de la division par 97 des 9 premiers chiffres (précédés d'un 2 pour les personnes nées à partir de 2000).",
        "The check number (last 2 digits) is wrong: it must be 97 minus the remainder of the first 9 digits divided by 97 (with a 2 in front for people born from 2000 on)."),
    "Dit is geen geldig INSZ-nummer.": ("Ce n'est pas un NISS valide.", "This is not a valid INSZ number."),
    "Een ondernemingsnummer telt 10 cijfers (bv. 0123.456.749).": ("Un numéro d'entreprise compte 10 chiffres (p. ex. 0123.456.749).", "An enterprise number has 10 digits (e.g. 0123.456.749)."),
    "Een ondernemingsnummer begint met 0 of 1.": ("Un numéro d'entreprise commence par 0 ou 1.", "An enterprise number starts with 0 or 1."),
    "Het controlegetal van het ondernemingsnummer klopt niet (97 min de rest van de eerste 8 cijfers bij deling door 97).": (
        "Le nombre de contrôle du numéro d'entreprise est faux (97 moins le reste des 8 premiers chiffres divisés par 97).",
        "The enterprise number's check digits are wrong (97 minus the remainder of the first 8 digits divided by 97)."),
    "Dit is geen geldig ondernemingsnummer.": ("Ce n'est pas un numéro d'entreprise valide.", "This is not a valid enterprise number."),
    "Vlaams Gewest": ("Région flamande", "Flemish Region"), "Waals Gewest": ("Région wallonne", "Walloon Region"),
    "Brussels Hoofdstedelijk Gewest": ("Région de Bruxelles-Capitale", "Brussels-Capital Region"),
    "VDAB-kantoor": ("Bureau VDAB", "VDAB office"), "VDAB-team": ("Équipe VDAB", "VDAB team"), "Partner": ("Partenaire", "Partner"),
    "Opleidingsverstrekker": ("Prestataire de formation", "Training provider"), "Taalaanbieder": ("Prestataire de cours de langue", "Language provider"),
    "School": ("École", "School"), "Agentschap Integratie en Inburgering": ("Agence d'intégration (Agentschap Integratie en Inburgering)", "Agency for Integration and Civic Integration"),
    "Ziekenfonds": ("Mutualité", "Health insurance fund"), "Andere gewestelijke dienst (Le Forem, Actiris, ADG)": ("Autre service régional (Le Forem, Actiris, ADG)", "Other regional service (Le Forem, Actiris, ADG)"),
    "Private arbeidsbemiddelaar": ("Agence de placement privée", "Private placement agency"), "Sociale-economiebedrijf": ("Entreprise d'économie sociale", "Social-economy company"),
    "Ondernemingsnummer (KBO)": ("Numéro d'entreprise (BCE)", "Enterprise number (KBO)"),
    "Werkzoekende met uitkering": ("Demandeur d'emploi indemnisé", "Job seeker with benefit"),
    "Werkzoekende zonder uitkering": ("Demandeur d'emploi non indemnisé", "Job seeker without benefit"),
    "Leefloongerechtigde": ("Bénéficiaire du revenu d'intégration", "Leefloon recipient"), "Nieuwkomer": ("Primo-arrivant", "Newcomer"),
    "Langdurig ziek": ("Malade de longue durée", "Long-term sick"), "Schoolverlater zonder kwalificatie (NEET)": ("Jeune sorti de l'école sans qualification (NEET)", "School leaver without qualification (NEET)"),
    "Stelsel van werkloosheid met bedrijfstoeslag (SWT)": ("Régime de chômage avec complément d'entreprise (RCC)", "Unemployment with company supplement (SWT)"),
    "Onvrijwillig deeltijds werkend (IGU)": ("Travailleur à temps partiel involontaire (AGR)", "Involuntary part-time worker (IGU)"),
    "Tewerkgesteld in de sociale economie": ("Occupé dans l'économie sociale", "Employed in the social economy"), "Werkend": ("Au travail", "Employed"),
    "Niet-beroepsactief": ("Inactif", "Inactive"), "Man": ("Homme", "Man"), "Vrouw": ("Femme", "Woman"), "Onbekend / anders": ("Inconnu / autre", "Unknown / other"),
    "Moedertaal": ("Langue maternelle", "Native language"),
    "Geen of kleuteronderwijs (ISCED 0)": ("Aucun ou maternel (CITE 0)", "None or pre-primary (ISCED 0)"), "Lager onderwijs (ISCED 1)": ("Primaire (CITE 1)", "Primary (ISCED 1)"),
    "Lager secundair (ISCED 2)": ("Secondaire inférieur (CITE 2)", "Lower secondary (ISCED 2)"), "Hoger secundair (ISCED 3)": ("Secondaire supérieur (CITE 3)", "Upper secondary (ISCED 3)"),
    "Postsecundair niet-hoger (ISCED 4)": ("Post-secondaire non supérieur (CITE 4)", "Post-secondary non-tertiary (ISCED 4)"), "Graduaat (ISCED 5)": ("Graduat (CITE 5)", "Short-cycle tertiary (ISCED 5)"),
    "Bachelor (ISCED 6)": ("Bachelier (CITE 6)", "Bachelor (ISCED 6)"), "Master (ISCED 7)": ("Master (CITE 7)", "Master (ISCED 7)"), "Doctoraat (ISCED 8)": ("Doctorat (CITE 8)", "Doctorate (ISCED 8)"),
    "Geen": ("Aucune", "None"), "Basis": ("De base", "Basic"), "Gemiddeld": ("Intermédiaire", "Intermediate"), "Gevorderd": ("Avancé", "Advanced"),
    "E-mail": ("E-mail", "E-mail"), "Sms": ("SMS", "Text message"), "Telefoon": ("Téléphone", "Telephone"), "Brief": ("Lettre", "Letter"),
    "Voorgesteld worden aan werkgevers": ("Être proposé aux employeurs", "Being proposed to employers"),
    "Gegevens delen met partners in mijn traject": ("Partager mes données avec les partenaires de mon parcours", "Sharing data with partners in my trajectory"),
    "Digitale communicatie met bewijskracht": ("Communication numérique avec force probante", "Legally conclusive digital communication"),
    "Gebruik voor wetenschappelijk onderzoek": ("Utilisation pour la recherche scientifique", "Use for scientific research"),
    "INSZ": ("NISS", "INSZ"), "voornaam": ("prénom", "first name"), "familienaam": ("nom de famille", "last name"), "geboortedatum": ("date de naissance", "birth date"),
    "geslacht": ("sexe", "sex"), "Enkel voor statistiek": ("Uniquement à des fins statistiques", "For statistics only"), "nationaliteit": ("nationalité", "nationality"),
    "ISO 3166-1 alpha-2": ("ISO 3166-1 alpha-2", "ISO 3166-1 alpha-2"), "gemeente": ("commune", "municipality"), "postcode": ("code postal", "postal code"),
    "straat en nummer": ("rue et numéro", "street and number"), "onderwijsniveau": ("niveau d'études", "education level"), "rijbewijzen": ("permis de conduire", "driving licences"),
    "digitale vaardigheden": ("compétences numériques", "digital skills"), "ingeschreven op": ("inscrit le", "registered on"), "status": ("statut", "status"),
    "begin": ("début", "start"), "einde": ("fin", "end"), "Voor leefloon: de gemeente (OCMW) die het toekent": ("Pour le revenu d'intégration : la commune (CPAS) qui l'octroie", "For leefloon: the municipality (OCMW) that grants it"),
    "bron": ("source", "source"), "taal": ("langue", "language"), "ISO 639-1": ("ISO 639-1", "ISO 639-1"), "niveau (ERK)": ("niveau (CECR)", "level (CEFR)"),
    "kanaal": ("canal", "channel"), "adres of nummer": ("adresse ou numéro", "address or number"), "voorkeur": ("préférence", "preferred"), "doel": ("finalité", "purpose"),
    "gegeven op": ("donné le", "given on"), "ingetrokken op": ("retiré le", "withdrawn on"),
    "De %(label)s is verplicht.": ("Le champ « %(label)s » est obligatoire.", "The %(label)s is required."),
    "De %(label)s is langer dan 100 tekens.": ("Le champ « %(label)s » dépasse 100 caractères.", "The %(label)s is longer than 100 characters."),
    "De %(label)s bevat stuurtekens.": ("Le champ « %(label)s » contient des caractères de contrôle.", "The %(label)s contains control characters."),
    "De geboortedatum is verplicht.": ("La date de naissance est obligatoire.", "The birth date is required."),
    "'%(value)s' is geen datum (gebruik JJJJ-MM-DD of DD/MM/JJJJ).": ("« %(value)s » n'est pas une date (utilisez AAAA-MM-JJ ou JJ/MM/AAAA).", "'%(value)s' is not a date (use YYYY-MM-DD or DD/MM/YYYY)."),
    "De geboortedatum ligt in de toekomst.": ("La date de naissance est dans le futur.", "The birth date lies in the future."),
    "De geboortedatum ligt meer dan 120 jaar terug.": ("La date de naissance remonte à plus de 120 ans.", "The birth date is more than 120 years ago."),
    "De geboortedatum (%(birth)s) verschilt van die in het INSZ-nummer (%(insz)s).": ("La date de naissance (%(birth)s) diffère de celle du NISS (%(insz)s).", "The birth date (%(birth)s) differs from the one in the INSZ number (%(insz)s)."),
    "Geslacht moet M, F of X zijn.": ("Le sexe doit être M, F ou X.", "Sex must be M, F or X."),
    "'%(value)s' is geen ISO-landcode van 2 letters.": ("« %(value)s » n'est pas un code pays ISO à 2 lettres.", "'%(value)s' is not a 2-letter ISO country code."),
    "Onbekende NIS-code '%(value)s'.": ("Code INS inconnu « %(value)s ».", "Unknown NIS code '%(value)s'."),
    "Postcode %(value)s hoort bij meer dan één gemeente; geef de NIS-code.": ("Le code postal %(value)s couvre plusieurs communes ; indiquez le code INS.", "Postal code %(value)s covers more than one municipality; give the NIS code."),
    "De gemeente (NIS-code) of de postcode is verplicht.": ("La commune (code INS) ou le code postal est obligatoire.", "The municipality (NIS code) or the postal code is required."),
    "Onbekende postcode '%(value)s'.": ("Code postal inconnu « %(value)s ».", "Unknown postal code '%(value)s'."),
    "Postcode %(value)s ligt niet in de opgegeven gemeente.": ("Le code postal %(value)s n'est pas dans la commune indiquée.", "Postal code %(value)s is not in the given municipality."),
    "Het onderwijsniveau is een ISCED-niveau van 0 tot 8.": ("Le niveau d'études est un niveau CITE de 0 à 8.", "The education level is an ISCED level from 0 to 8."),
    "Digitale vaardigheden: een van %(values)s.": ("Compétences numériques : une valeur parmi %(values)s.", "Digital skills: one of %(values)s."),
    "Onbekende rijbewijscategorie: %(values)s.": ("Catégorie de permis inconnue : %(values)s.", "Unknown driving licence category: %(values)s."),
    "Onbekende taalcode '%(code)s'.": ("Code de langue inconnu « %(code)s ».", "Unknown language code '%(code)s'."),
    "Niveau '%(level)s' voor %(code)s is geen ERK-niveau (A1–C2 of native).": ("Le niveau « %(level)s » pour %(code)s n'est pas un niveau CECR (A1–C2 ou native).", "Level '%(level)s' for %(code)s is not a CEFR level (A1–C2 or native)."),
    "'%(value)s' is geen geldig e-mailadres.": ("« %(value)s » n'est pas une adresse e-mail valide.", "'%(value)s' is not a valid e-mail address."),
    "'%(value)s' is geen geldig telefoonnummer.": ("« %(value)s » n'est pas un numéro de téléphone valide.", "'%(value)s' is not a valid telephone number."),
    "'%(value)s' is geen datum.": ("« %(value)s » n'est pas une date.", "'%(value)s' is not a date."),
    "functie": ("fonction", "job title"), "Gesolliciteerd": ("A postulé", "Applied"), "Voorgesteld door VDAB (met toestemming)": ("Proposé par le VDAB (avec consentement)", "Proposed by VDAB (with consent)"),
    "Naam": ("Nom", "Name"), "Geboortedatum": ("Date de naissance", "Birth date"), "Nationaliteit": ("Nationalité", "Nationality"), "Ingeschreven op": ("Inscrit le", "Registered on"),
    "Gemeente": ("Commune", "Municipality"), "Onderwijsniveau": ("Niveau d'études", "Education level"), "Talen": ("Langues", "Languages"), "Rijbewijzen": ("Permis de conduire", "Driving licences"),
    "Digitale vaardigheden": ("Compétences numériques", "Digital skills"), "Contact": ("Contact", "Contact"),
    "Resultaten": ("Résultats", "Results"), "Geen personen gevonden.": ("Aucune personne trouvée.", "No persons found."), "Paginering": ("Pagination", "Pagination"),
    "Vorige": ("Précédente", "Previous"), "Pagina %(page)s van %(pages)s": ("Page %(page)s sur %(pages)s", "Page %(page)s of %(pages)s"), "Volgende": ("Suivante", "Next"),
    "Statusperiodes": ("Périodes de statut", "Status periods"), "Status": ("Statut", "Status"), "Van": ("Du", "From"), "Tot": ("Au", "To"), "Bron": ("Source", "Source"),
    "lopend": ("en cours", "ongoing"), "Geen statusperiodes.": ("Aucune période de statut.", "No status periods."), "Naar de inhoud": ("Aller au contenu", "Skip to content"),
    "Hoofdmenu": ("Menu principal", "Main menu"), "Mijn gegevens": ("Mes données", "My data"), "Mijn caseload": ("Mon portefeuille", "My caseload"), "Personen": ("Personnes", "Persons"),
    "Cliënten": ("Clients", "Clients"), "Kandidaten": ("Candidats", "Candidates"), "Statistiek": ("Statistiques", "Statistics"), "Beheer": ("Administration", "Administration"),
    "Taal": ("Langue", "Language"), "Kies taal": ("Choisir la langue", "Choose language"), "Afmelden": ("Se déconnecter", "Log out"),
    "werkregie — open platform voor werk en loopbaan in Vlaanderen. Elke raadpleging van persoonsgegevens wordt gelogd.": (
        "werkregie — plateforme ouverte pour l'emploi et la carrière en Flandre. Chaque consultation de données personnelles est journalisée.",
        "werkregie — open platform for work and careers in Flanders. Every consultation of personal data is logged."),
    "Doel van de raadpleging": ("Finalité de la consultation", "Purpose of the consultation"), "Waarom raadpleegt u dit dossier?": ("Pourquoi consultez-vous ce dossier ?", "Why are you consulting this record?"),
    "Uw raadpleging wordt gelogd met het doel dat u kiest. De persoon kan dit zien.": ("Votre consultation est journalisée avec la finalité choisie. La personne peut la voir.", "Your consultation is logged with the purpose you choose. The person can see it."),
    "Doel": ("Finalité", "Purpose"), "Dossier openen": ("Ouvrir le dossier", "Open record"),
    "Aan uw account is nog geen dossier in het talentregister gekoppeld.": ("Aucun dossier du registre des talents n'est encore lié à votre compte.", "No talent-register record is linked to your account yet."),
    "Welkom, %(name)s": ("Bienvenue, %(name)s", "Welcome, %(name)s"), "Mijn statussen": ("Mes statuts", "My statuses"), "Huidig": ("Actuel", "Current"),
    "geen lopende status": ("aucun statut en cours", "no current status"), "Mijn toestemmingen": ("Mes consentements", "My consents"), "Toestemmingen": ("Consentements", "Consents"),
    "Gegeven op": ("Donné le", "Given on"), "Ingetrokken op": ("Retiré le", "Withdrawn on"), "Geen toestemmingen.": ("Aucun consentement.", "No consents."),
    "Wie heeft mijn gegevens geraadpleegd": ("Qui a consulté mes données", "Who has consulted my data"),
    "Elke raadpleging van uw gegevens door een medewerker of partner, met het doel. Uw eigen raadplegingen worden ook bewaard maar hier niet getoond.": (
        "Chaque consultation de vos données par un collaborateur ou un partenaire, avec sa finalité. Vos propres consultations sont aussi conservées mais ne sont pas affichées ici.",
        "Every consultation of your data by a staff member or partner, with its purpose. Your own consultations are kept too but not shown here."),
    "Raadplegingen": ("Consultations", "Consultations"), "Wanneer": ("Quand", "When"), "Wie": ("Qui", "Who"), "Wat": ("Quoi", "What"), "Kanaal": ("Canal", "Channel"),
    "Niemand heeft uw gegevens geraadpleegd.": ("Personne n'a consulté vos données.", "Nobody has consulted your data."),
    "Geen toegang": ("Accès refusé", "No access"), "Uw rol geeft geen toegang tot deze pagina.": ("Votre rôle ne donne pas accès à cette page.", "Your role gives no access to this page."),
    "Aanmelden": ("Se connecter", "Log in"), "Gebruikersnaam": ("Nom d'utilisateur", "Username"), "Wachtwoord": ("Mot de passe", "Password"),
    "Aanmelden met de Vlaamse overheid (itsme, eID)": ("Se connecter via le gouvernement flamand (itsme, eID)", "Log in with the Flemish government (itsme, eID)"),
    "Geraadpleegd voor: %(purpose)s. Deze raadpleging is gelogd.": ("Consulté pour : %(purpose)s. Cette consultation est journalisée.", "Consulted for: %(purpose)s. This consultation is logged."),
    "Ander doel kiezen": ("Choisir une autre finalité", "Choose another purpose"), "Gegevens": ("Données", "Data"), "Statussen": ("Statuts", "Statuses"), "Zoeken": ("Rechercher", "Search"),
    "Personen per huidige status": ("Personnes par statut actuel", "Persons by current status"),
    "Peildatum %(date)s. Enkel geaggregeerde cijfers; cellen met minder dan %(n)s personen worden niet getoond.": (
        "Date de référence %(date)s. Chiffres agrégés uniquement ; les cellules de moins de %(n)s personnes ne sont pas affichées.",
        "Reference date %(date)s. Aggregated figures only; cells with fewer than %(n)s persons are not shown."),
    "Vlaanderen, Brussel en Wallonië samen": ("Flandre, Bruxelles et Wallonie ensemble", "Flanders, Brussels and Wallonia together"),
    "Grafiek": ("Graphique", "Chart"), "Per provincie": ("Par province", "By province"), "Provincie": ("Province", "Province"), "minder dan de drempel": ("sous le seuil", "below the threshold"),
    "Te veel mislukte aanmeldpogingen. Probeer het over 15 minuten opnieuw.": ("Trop de tentatives de connexion échouées. Réessayez dans 15 minutes.", "Too many failed login attempts. Try again in 15 minutes."),
    "Zoeken op naam, INSZ of geboortedatum": ("Rechercher par nom, NISS ou date de naissance", "Search by name, INSZ or birth date"),
    "Huidige status": ("Statut actuel", "Current status"), "Alle": ("Tous", "All"), "Dossiers onder controle": ("Dossiers sous contrôle", "Cases under control"),
    "Personen in mijn trajecten": ("Personnes dans mes parcours", "Persons in my trajectories"), "Talentregister": ("Registre des talents", "Talent register"),
    "Leefloongerechtigden van %(org)s": ("Bénéficiaires du revenu d'intégration de %(org)s", "Leefloon recipients of %(org)s"),
    "Meer dan %(n)s personen gevonden: verfijn uw zoekopdracht.": ("Plus de %(n)s personnes trouvées : affinez votre recherche.", "More than %(n)s persons found: refine your search."),
    "Rijbewijzen: een lijst van categorieën (bv. B, C).": ("Permis de conduire : une liste de catégories (p. ex. B, C).", "Driving licences: a list of categories (e.g. B, C)."),
    'Talen: per taalcode een ERK-niveau, bv. {"nl": "B1"} of nl:B1;fr:A2.': ('Langues : par code de langue un niveau CECR, p. ex. {"nl": "B1"} ou nl:B1;fr:A2.', 'Languages: a CEFR level per language code, e.g. {"nl": "B1"} or nl:B1;fr:A2.'),
    "Mijn jobbonus": ("Mon bonus à l'emploi", "My job bonus"),
    "De Vlaamse jobbonus is een premie voor werknemers met een laag loon. Vul uw loon in; de berekening volgt de regels van het gekozen refertejaar.": (
        "Le bonus à l'emploi flamand (jobbonus) est une prime pour les travailleurs à bas salaire. Indiquez votre salaire ; le calcul suit les règles de l'année de référence choisie.",
        "The Flemish job bonus is a premium for workers with a low wage. Enter your wage; the calculation follows the rules of the chosen reference year."),
    "Refertejaar (het jaar waarin u werkte)": ("Année de référence (l'année où vous avez travaillé)", "Reference year (the year you worked)"),
    "Bruto maandloon (EUR)": ("Salaire mensuel brut (EUR)", "Gross monthly wage (EUR)"),
    "Prestatiebreuk (1 = voltijds, 0,5 = halftijds)": ("Fraction de prestation (1 = temps plein, 0,5 = mi-temps)", "Work fraction (1 = full time, 0.5 = half time)"),
    "Berekenen": ("Calculer", "Calculate"),
    "Uw jobbonus voor %(year)s: € %(amount)s": ("Votre bonus à l'emploi pour %(year)s : € %(amount)s", "Your job bonus for %(year)s: € %(amount)s"),
    "Zo is dit berekend": ("Comment ce montant est calculé", "How this was calculated"),
    "Uw refertemaandloon is uw bruto maandloon omgerekend naar voltijds: € %(wage)s ÷ %(fraction)s = € %(ref)s.": (
        "Votre salaire mensuel de référence est votre salaire brut converti en temps plein : € %(wage)s ÷ %(fraction)s = € %(ref)s.",
        "Your reference monthly wage is your gross monthly wage converted to full time: € %(wage)s ÷ %(fraction)s = € %(ref)s."),
    "Voor refertejaar %(year)s krijgt een voltijdse werknemer € %(max)s per jaar met een refertemaandloon tot € %(low)s; daarboven daalt het bedrag in een rechte lijn tot € %(min)s bij € %(up)s; wie meer verdient, krijgt niets.": (
        "Pour l'année de référence %(year)s, un travailleur à temps plein reçoit € %(max)s par an avec un salaire de référence jusqu'à € %(low)s ; au-delà, le montant diminue linéairement jusqu'à € %(min)s à € %(up)s ; au-delà, rien.",
        "For reference year %(year)s a full-time worker gets € %(max)s a year with a reference wage up to € %(low)s; above it the amount falls in a straight line to € %(min)s at € %(up)s; whoever earns more gets nothing."),
    "Vanaf juli van dat jaar is de bovengrens € %(up)s.": ("À partir de juillet de cette année, la limite supérieure est de € %(up)s.", "From July of that year the upper limit is € %(up)s."),
    "Het bedrag wordt per kwartaal berekend en vermenigvuldigd met uw prestatiebreuk (%(fraction)s): samen € %(basis)s.": (
        "Le montant est calculé par trimestre et multiplié par votre fraction de prestation (%(fraction)s) : au total € %(basis)s.",
        "The amount is computed per quarter and multiplied by your work fraction (%(fraction)s): together € %(basis)s."),
    "Dat is minder dan het minimum (€ %(ft)s voltijds, € %(pt)s deeltijds): er wordt niets uitbetaald.": (
        "C'est moins que le minimum (€ %(ft)s à temps plein, € %(pt)s à temps partiel) : rien n'est payé.",
        "That is less than the minimum (€ %(ft)s full time, € %(pt)s part time): nothing is paid."),
    "Daarbovenop komt een vaste verhoging van € %(inc)s, niet pro rata.": ("S'y ajoute une augmentation fixe de € %(inc)s, non proratisée.", "On top comes a fixed increase of € %(inc)s, not pro rata."),
    "De jobbonus voor %(year)s wordt in %(pay)s uitbetaald door de Vlaamse Belastingdienst, zonder aanvraag.": (
        "Le bonus à l'emploi pour %(year)s est payé en %(pay)s par le Service flamand des impôts, sans demande.",
        "The job bonus for %(year)s is paid in %(pay)s by the Flemish Tax Service, without an application."),
    "Vereenvoudigd: dezelfde prestatiebreuk en hetzelfde loon het hele jaar. De echte berekening gebruikt de kwartaalaangiften van uw werkgevers.": (
        "Simplifié : même fraction de prestation et même salaire toute l'année. Le calcul réel utilise les déclarations trimestrielles de vos employeurs.",
        "Simplified: the same work fraction and wage all year. The real calculation uses your employers' quarterly returns."),
    "Niet gevonden": ("Introuvable", "Not found"),
    "Deze pagina of dit dossier bestaat niet, of valt niet binnen uw toegang.": ("Cette page ou ce dossier n'existe pas, ou ne relève pas de votre accès.", "This page or record does not exist, or is outside your access."),
    "Naar de startpagina": ("Vers la page d'accueil", "To the home page"),
    "Steun voor een werkgever die deze persoon vandaag aanwerft": ("Aides pour un employeur qui engage cette personne aujourd'hui", "Support for an employer hiring this person today"),
    "€ %(amount)s per kwartaal gedurende %(n)s kwartalen: € %(total)s in totaal.": ("€ %(amount)s par trimestre pendant %(n)s trimestres : € %(total)s au total.", "€ %(amount)s a quarter for %(n)s quarters: € %(total)s in total."),
    "Geen recht op deze maatregel.": ("Pas de droit à cette mesure.", "No right to this measure."),
    "Voldaan": ("Rempli", "Met"), "Niet voldaan": ("Non rempli", "Not met"), "Te controleren door de werkgever": ("À vérifier par l'employeur", "For the employer to check"),
    "kwartaalloon onder € %(limit)s": ("salaire trimestriel inférieur à € %(limit)s", "quarterly wage under € %(limit)s"),
    "volledig bedrag vanaf %(full)s%% tewerkstelling, niets onder %(minimum)s%%": ("montant complet à partir de %(full)s%% d'occupation, rien sous %(minimum)s%%", "full amount from %(full)s%% work time, nothing under %(minimum)s%%"),
    "de werknemer hangt af van een vestigingseenheid in het Vlaams Gewest": ("le travailleur dépend d'une unité d'établissement en Région flamande", "the worker depends on an establishment unit in the Flemish Region"),
    "aanwerving vanaf %(date)s": ("engagement à partir du %(date)s", "hired from %(date)s"),
    "minstens %(required)s maanden niet-werkend werkzoekende vóór de aanwerving": ("au moins %(required)s mois de demande d'emploi inoccupée avant l'engagement", "at least %(required)s months as a non-working job seeker before hiring"),
    "(nu %(actual)s)": ("(actuellement %(actual)s)", "(now %(actual)s)"),
    "(wordt %(actual)s)": ("(sera %(actual)s)", "(will be %(actual)s)"),
    "leeftijd op het einde van het aanwervingskwartaal van %(low)s tot %(high)s jaar": ("âge à la fin du trimestre d'engagement de %(low)s à %(high)s ans", "age at the end of the hiring quarter from %(low)s to %(high)s"),
    "minstens %(low)s jaar op het einde van het aanwervingskwartaal": ("au moins %(low)s ans à la fin du trimestre d'engagement", "at least %(low)s at the end of the hiring quarter"),
    "jonger dan %(high)s jaar op het einde van het aanwervingskwartaal": ("moins de %(high)s ans à la fin du trimestre d'engagement", "younger than %(high)s at the end of the hiring quarter"),
    "ingeschreven als niet-werkende werkzoekende bij de aanwerving": ("inscrit comme demandeur d'emploi inoccupé lors de l'engagement", "registered as a non-working job seeker when hired"),
    "hoogstens een diploma secundair onderwijs": ("au plus un diplôme de l'enseignement secondaire", "at most a secondary-school diploma"),
    "een VDAB-loopbaanportfolio met studiegegevens, niet meer voltijds leerplichtig, minstens halftijds": ("un portfolio de carrière VDAB avec les données d'études, plus soumis à l'obligation scolaire à temps plein, au moins à mi-temps", "a VDAB career portfolio with study data, no longer in full-time compulsory education, at least half time"),
    "een contract van onbepaalde duur (of minstens 3 maanden waar dat gebruikelijk is), geen uitzendarbeid, flexi-job of gelegenheidsarbeid": ("un contrat à durée indéterminée (ou d'au moins 3 mois là où c'est l'usage), pas d'intérim, de flexi-job ni de travail occasionnel", "an open-ended contract (or at least 3 months where that is usual), no temp-agency work, flexi-job or occasional work"),
    "kwartaalloon onder € %(limit)s; het bedrag is berekend voor een voltijds kwartaalloon van € %(assumed)s": ("salaire trimestriel inférieur à € %(limit)s ; le montant est calculé pour un salaire trimestriel à temps plein de € %(assumed)s", "quarterly wage under € %(limit)s; the amount is computed for a full-time quarterly wage of € %(assumed)s"),
    "€ %(total)s in totaal, in twee betalingen na 3 en na 12 maanden tewerkstelling.": ("€ %(total)s au total, en deux paiements après 3 et 12 mois d'emploi.", "€ %(total)s in total, in two payments after 3 and 12 months of employment."),
    "Doelgroepvermindering voor de aanwerving van een oudere niet-werkende werkzoekende": ("Réduction groupe cible pour l'engagement d'un demandeur d'emploi inoccupé âgé", "Target-group reduction for hiring an older non-working job seeker"),
    "Doelgroepvermindering voor jonge laag- of middengeschoolde werknemers": ("Réduction groupe cible pour les jeunes travailleurs peu ou moyennement qualifiés", "Target-group reduction for young low- or medium-qualified workers"),
    "Aanwervingsincentive voor langdurig werkzoekenden": ("Incitant à l'embauche de demandeurs d'emploi de longue durée", "Hiring incentive for long-term job seekers"),
    "Doelgroepvermindering voor personen zonder recente, duurzame werkervaring": ("Réduction groupe cible pour les personnes sans expérience professionnelle récente et durable", "Target-group reduction for persons without recent lasting work experience"),
    "gegeven": ("donné", "given"), "niet gegeven": ("non donné", "not given"), "Intrekken": ("Retirer", "Withdraw"),
    "Toestemming geven": ("Donner mon consentement", "Give consent"),
    "Toestemming intrekken: %(label)s": ("Retirer le consentement : %(label)s", "Withdraw consent: %(label)s"),
    "Toestemming geven: %(label)s": ("Donner le consentement : %(label)s", "Give consent: %(label)s"),
    "Deze lijst downloaden (CSV)": ("Télécharger cette liste (CSV)", "Download this list (CSV)"),
    "Onbekende actie.": ("Action inconnue.", "Unknown action."),
    "Kandidaten voor mijn vacatures": ("Candidats pour mes offres d'emploi", "Candidates for my vacancies"),
}
PLURALS = {
    "%(counter)s persoon gevonden": (("%(counter)s personne trouvée", "%(counter)s personnes trouvées"), ("%(counter)s person found", "%(counter)s persons found")),
}


def main() -> None:
    import importlib
    import sys
    from pathlib import Path

    import polib

    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here.parent))
    from werkregie.formats.punctuation import french

    def typeset(po: polib.POFile, language: str) -> None:
        """French catalogues get French spacing before : ; ! ? and inside « », whoever wrote the string (one rule, one place)."""
        if language != "fr":
            return
        for entry in po:
            entry.msgstr = french(entry.msgstr)
            entry.msgstr_plural = {n: french(form) for n, form in entry.msgstr_plural.items()}

    sys.path.insert(0, str(here))
    # every scripts/translations_<domain>.py holds one domain's dictionaries (T, and PLURALS when it has plurals)
    for extra_path in sorted(here.glob("translations_*.py")):
        extra = importlib.import_module(extra_path.stem)
        # a file may give (fr, en) tuples or {"fr": ..., "en": ...} dictionaries
        T.update({k: (v["fr"], v["en"]) if isinstance(v, dict) else v for k, v in extra.T.items()})
        PLURALS.update({k: (v["fr"], v["en"]) if isinstance(v, dict) else v for k, v in getattr(extra, "PLURALS", {}).items()})

    package = Path(__file__).resolve().parent.parent / "werkregie"
    root = package / "locale"
    missing = set()
    for index, language in enumerate(("fr", "en")):
        po = polib.pofile(str(root / language / "LC_MESSAGES" / "django.po"))
        known = {e.msgid: e.msgstr for e in po if e.msgstr}  # obsolete entries too: strings that moved to an app's own catalogue
        for other_path in sorted(package.glob(f"*/locale/{language}/LC_MESSAGES/django.po")):
            # a string one domain already translated serves every other catalogue that uses it
            for e in polib.pofile(str(other_path)):
                if e.msgstr and "fuzzy" not in e.flags:
                    known.setdefault(e.msgid, e.msgstr)
        for app_po_path in sorted(package.glob(f"*/locale/{language}/LC_MESSAGES/django.po")):
            # the domains keep their own catalogues; fill what they lack from the shared dictionaries
            app_po = polib.pofile(str(app_po_path))
            for entry in app_po:
                if entry.msgid_plural:
                    forms = PLURALS.get(entry.msgid)
                    if forms and (not any(entry.msgstr_plural.values()) or "fuzzy" in entry.flags):
                        entry.msgstr_plural = {0: forms[index][0], 1: forms[index][1]}
                        if "fuzzy" in entry.flags:
                            entry.flags.remove("fuzzy")
                    elif not any(entry.msgstr_plural.values()) or "fuzzy" in entry.flags:
                        missing.add(entry.msgid)
                elif not entry.msgstr or "fuzzy" in entry.flags:
                    found = T.get(entry.msgid, (None, None))[index] or known.get(entry.msgid)
                    if found:
                        entry.msgstr = found
                        if "fuzzy" in entry.flags:  # only once replaced: a guess kept unflagged would be shown as if right
                            entry.flags.remove("fuzzy")
                    else:
                        missing.add(entry.msgid)
            typeset(app_po, language)
            app_po.save()
        for entry in po:
            if entry.msgid_plural:
                forms = PLURALS.get(entry.msgid)
                if forms:
                    entry.msgstr_plural = {0: forms[index][0], 1: forms[index][1]}
                else:
                    missing.add(entry.msgid)
            elif entry.msgid in T:
                entry.msgstr = T[entry.msgid][index]
            elif known.get(entry.msgid):
                entry.msgstr = known[entry.msgid]
            else:
                missing.add(entry.msgid)
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
        typeset(po, language)
        po.save()
    if missing:
        raise SystemExit("untranslated: " + "; ".join(sorted(missing)))


if __name__ == "__main__":
    main()
