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
T.update({  # fixes after the browser walk (training booking, completion)
    "Op uw leer- en loopbaanrekening is %(amount)s gereserveerd.": (
        "%(amount)s ont été réservés sur votre compte de formation et de carrière.", "%(amount)s has been reserved on your learning and career account."),
    "Het account dekt niet de hele prijs: %(rest)s van de %(cost)s betaalt u zelf, of vraag uw bemiddelaar naar opleidingscheques of andere steun.": (
        "Le compte ne couvre pas tout le prix : vous payez vous-même %(rest)s des %(cost)s, ou demandez à votre conseiller des chèques-formation ou une autre aide.",
        "The account does not cover the whole price: you pay %(rest)s of the %(cost)s yourself, or ask your counsellor about training vouchers or other support."),
    "Deze opleiding loopt nog tot %(day)s: bevestig pas daarna dat ze gevolgd is.": (
        "Cette formation dure jusqu'au %(day)s : confirmez seulement après qu'elle a été suivie.", "This course runs until %(day)s: confirm only after that that it was followed."),
    "Dit is geen credential over competenties of opleidingen (maar bijvoorbeeld de statuslijst van een uitgever).": (
        "Ce n'est pas un justificatif de compétences ou de formation (mais par exemple la liste de statut d'un émetteur).",
        "This is not a credential about competences or training (but for example an issuer's status list)."),
    "Even geduld": ("Un instant", "Please wait"),
    "Er kwamen te veel aanvragen van dit adres zonder aanmelding. Probeer het over %(wait)s seconden opnieuw, of meld u aan.": (
        "Trop de demandes sont venues de cette adresse sans connexion. Réessayez dans %(wait)s secondes, ou connectez-vous.",
        "Too many requests came from this address without logging in. Try again in %(wait)s seconds, or log in."),
})
T.update({
    "Terug naar de opleidingscatalogus": ("Retour au catalogue de formations", "Back to the course catalogue"),
    "De beoordeling is gepland op %(day)s: leg het resultaat vast op of na die dag.": (
        "L'évaluation est prévue le %(day)s : enregistrez le résultat ce jour-là ou après.", "The assessment is planned on %(day)s: record the result on or after that day."),
    "Als platform reikt u hier enkel gecertificeerde competenties en eigen opleidingen uit; een diploma komt van de school of uit de diplomadatabank.": (
        "En tant que plateforme, vous ne délivrez ici que des compétences certifiées et vos propres formations ; un diplôme vient de l'école ou de la base de données des diplômes.",
        "As the platform you issue only certified competences and your own courses here; a diploma comes from the school or the diploma database."),
    "Een %(kind)s ontstaat enkel uit de eigen procedure (beoordeling per vaardigheid), niet met een losse uitgifte.": (
        "Un(e) %(kind)s ne naît que de sa propre procédure (évaluation par compétence), pas d'une émission isolée.",
        "A %(kind)s only comes from its own procedure (an assessment per skill), not from a separate issue."),
    "%(issuer)s reikt geen %(kind)s uit.": ("%(issuer)s ne délivre pas de %(kind)s.", "%(issuer)s does not issue a %(kind)s."),
    "Noem de ESCO-vaardigheden die dit credential bevestigt.": ("Indiquez les compétences ESCO que ce justificatif atteste.", "Name the ESCO skills this credential attests."),
})
T.update({"minder dan %(n)d": ("moins de %(n)d", "fewer than %(n)d")})
T.update({"Voor %(occupation)s in %(area)s zijn er nog te weinig gegevens om te zien of de vraag stijgt of daalt": (
    "Pour %(occupation)s en %(area)s, il y a encore trop peu de données pour voir si la demande augmente ou diminue",
    "For %(occupation)s in %(area)s there are too few data yet to see whether demand is rising or falling")})
# Template strings with a literal % reach the catalogue as %% (Django's {% translate %} doubles it, and halves it again
# after translating): the translation keeps the doubled sign too.
T.update({k.replace("%", "%%"): tuple(x.replace("%", "%%") for x in v) for k, v in {
    "95%-interval": ("intervalle à 95 %", "95% interval"),
    "Winst tegenover logistische regressie (95%-interval)": ("Gain par rapport à la régression logistique (intervalle à 95 %)",
                                                             "Gain over logistic regression (95% interval)"),
    "Gekozen door geneste kruisvalidatie op de eerdere cohorten tussen logistische regressie, gradient boosting en een mengsel van beide: een ander model dan de logistische regressie enkel als het er duidelijk beter dan is (de ondergrens van het 95%-bootstrapinterval van de AUC-winst ligt boven nul).": (
        "Choisi par validation croisée imbriquée sur les cohortes antérieures entre la régression logistique, le gradient boosting et un mélange des deux : un autre modèle que la régression logistique uniquement s'il est nettement meilleur (la borne inférieure de l'intervalle bootstrap à 95 % du gain d'AUC est au-dessus de zéro).",
        "Chosen by nested cross-validation on the earlier cohorts among logistic regression, gradient boosting and a blend of both: a model other than the logistic regression only when it is clearly better (the lower end of the 95% bootstrap interval of the AUC gain lies above zero)."),
}.items()})
# Field labels of the admin (issue 16, point 9); a label another module already translates keeps that translation
ADMIN_LABELS = {
    "NIS-code": ("code INS", "NIS code"), "bestandstype": ("type de fichier", "file type"), "bevolking": ("population", "population"),
    "bevolking (2020)": ("population (2020)", "population (2020)"), "getoond": ("affiché", "shown"), "gewest": ("région", "region"),
    "grootte (bytes)": ("taille (octets)", "size (bytes)"), "hoofdorganisatie": ("organisation mère", "parent organisation"),
    "laatst gewijzigd": ("dernière modification", "last changed"), "naam (Frans)": ("nom (français)", "name (French)"),
    "naam (Nederlands)": ("nom (néerlandais)", "name (Dutch)"), "ondernemingsnummer": ("numéro d'entreprise", "enterprise number"),
    "staat open": ("ouverte", "open"), "opgegaan in": ("fusionnée dans", "merged into"), "opgeladen op": ("téléversé le", "uploaded on"),
    "persoon (nummer)": ("personne (numéro)", "person (number)"), "rechten": ("droits", "scopes"), "rol": ("rôle", "role"),
    "soort partner": ("type de partenaire", "partner type"), "tijdstip": ("moment", "time"), "volgnummer": ("numéro d'ordre", "sequence number"),
    "voorvoegsel": ("préfixe", "prefix"), "wat": ("quoi", "what"), "werkgever": ("employeur", "employer"), "wie": ("qui", "who"),
    "aangemaakt op": ("créé le", "created on"), "vervalt op": ("expire le", "expires on"), "ingetrokken op": ("révoqué le", "revoked on"),
    "gebruiker": ("utilisateur", "user"), "naam": ("nom", "name"), "soort": ("type", "kind"), "gemeente": ("commune", "municipality"),
    "dossier": ("dossier", "case"), "doel": ("finalité", "purpose"), "kanaal": ("canal", "channel"), "postcode": ("code postal", "postal code"),
    "provincie": ("province", "province"), "organisatie": ("organisation", "organisation"),
    "einde van het grootboek": ("fin du grand livre", "end of the ledger"), "opleidingsverstrekker": ("prestataire de formation", "training provider"),
    "opleidingsverstrekkers": ("prestataires de formation", "training providers"), "opleiding": ("formation", "course"), "opleidingen": ("formations", "courses"),
    "competentie van een opleiding": ("compétence d'une formation", "competence of a course"),
    "competenties van opleidingen": ("compétences des formations", "competences of courses"), "sessie": ("session", "session"), "sessies": ("sessions", "sessions"),
    "inschrijving": ("inscription", "booking"), "inschrijvingen": ("inscriptions", "bookings"),
    "versie van de catalogus": ("version du catalogue", "catalogue version"), "versies van de catalogus": ("versions du catalogue", "catalogue versions"),
}
NEW_ADMIN_LABELS = ("NIS-code", "bestandstype", "bevolking", "bevolking (2020)", "getoond", "gewest", "grootte (bytes)", "hoofdorganisatie",
                    "laatst gewijzigd", "naam (Frans)", "naam (Nederlands)", "ondernemingsnummer", "staat open", "opgegaan in", "opgeladen op",
                    "persoon (nummer)", "rechten", "rol", "soort partner", "tijdstip", "volgnummer", "voorvoegsel", "wat", "werkgever", "wie")
T.update({label: ADMIN_LABELS[label] for label in NEW_ADMIN_LABELS})
T.update({
    "SHA-256 van de verzegelde brief": ("SHA-256 de la lettre scellée", "SHA-256 of the sealed letter"),
    "De PDF die de eBox of de printpartner kreeg": ("Le PDF reçu par l'eBox ou le partenaire d'impression", "The PDF the eBox or the print partner received"),
    "Doorverwezen door %(who)s; de persoon ging akkoord met deze sollicitatie en met het delen van het profiel met %(employer)s": (
        "Orienté par %(who)s ; la personne a accepté cette candidature et le partage de son profil avec %(employer)s",
        "Referred by %(who)s; the person agreed to this application and to sharing the profile with %(employer)s"),
    "Een andere DID registreren kan enkel de beheerder, die nagaat dat de partner dat domein beheert.": (
        "Seul l'administrateur peut enregistrer un autre DID, après avoir vérifié que le partenaire gère ce domaine.",
        "Only the administrator can register another DID, after checking that the partner controls that domain."),
    "Deze DID was vroeger van een uitgever; credentials onder die DID blijven van hem.": (
        "Ce DID appartenait auparavant à un émetteur ; les attestations émises sous ce DID restent les siennes.",
        "This DID belonged to an issuer before; credentials under that DID remain its own."),
    "gedeeld paspoort": ("passeport partagé", "shared passport"), "gedeelde paspoorten": ("passeports partagés", "shared passports"),
    "competentievisum": ("visa de compétences", "competence visa"), "competentievisa": ("visas de compétences", "competence visas"),
    "competentie van een visum": ("compétence d'un visa", "competence of a visa"), "competenties van visa": ("compétences des visas", "competences of visas"),
    "EVC-erkenning": ("agrément RCA", "EVC accreditation"), "EVC-erkenningen": ("agréments RCA", "EVC accreditations"),
    "EVC-aanvraag": ("demande RCA", "EVC request"), "EVC-aanvragen": ("demandes RCA", "EVC requests"),
    "competentie van een EVC-aanvraag": ("compétence d'une demande RCA", "competence of an EVC request"),
    "competenties van EVC-aanvragen": ("compétences des demandes RCA", "competences of EVC requests"),
    "statuslijst": ("liste de statut", "status list"), "statuslijsten": ("listes de statut", "status lists"),
    "gereserveerde statusplaats": ("position de statut réservée", "reserved status entry"),
    "gereserveerde statusplaatsen": ("positions de statut réservées", "reserved status entries"),
    "vroegere identiteit van een uitgever": ("ancienne identité d'un émetteur", "former identity of an issuer"),
    "vroegere identiteiten van uitgevers": ("anciennes identités d'émetteurs", "former identities of issuers"),
    "staat open": ("ouverte", "open"),
})
T.update({"moedertaal": ("langue maternelle", "native language"), "werkregie — beheer": ("werkregie — administration", "werkregie — administration"),
          "pseudoniem van de houder": ("pseudonyme du titulaire", "holder's pseudonym"),
          "credentialSubject.id (urn:uuid), één per credential: nooit het INSZ-nummer": (
              "credentialSubject.id (urn:uuid), un par attestation : jamais le NISS", "credentialSubject.id (urn:uuid), one per credential: never the INSZ"),
          "versie": ("version", "version")})
T.update({
    "NIS-code van de provincie": ("code INS de la province", "NIS code of the province"),
    "NIS-code van het arrondissement": ("code INS de l'arrondissement", "NIS code of the arrondissement"),
    "OIDC-identiteit": ("identité OIDC", "OIDC identity"), "SHA-256": ("SHA-256", "SHA-256"),
    "bericht van de beslissing (nummer)": ("message de la décision (numéro)", "decision message (number)"),
    "bericht van het verhoor (nummer)": ("message de l'audition (numéro)", "hearing message (number)"),
    "beslist door": ("décidé par", "decided by"), "code in het rijksregister": ("code au Registre national", "National Register code"),
    "gebruiker (nummer)": ("utilisateur (numéro)", "user (number)"), "hash van de sleutel": ("hash de la clé", "key hash"),
    "hash van de vorige": ("hash de la précédente", "hash of the previous one"), "hash van deze raadpleging": ("hash de cette consultation", "hash of this consultation"),
    "hoofdpostcode": ("code postal principal", "main postal code"), "identificatie": ("identifiant", "identifier"),
    "middelpunt: breedtegraad": ("centre : latitude", "centre: latitude"), "middelpunt: lengtegraad": ("centre : longitude", "centre: longitude"),
    "naam in het rijksregister": ("nom au Registre national", "National Register name"), "opgeladen door": ("téléversé par", "uploaded by"),
    "opslagreferentie": ("référence de stockage", "storage reference"), "provincie (Frans)": ("province (français)", "province (French)"),
    "publieke sleutels (JWK)": ("clés publiques (JWK)", "public keys (JWK)"), "referentie": ("référence", "reference"),
    "sleutel-id": ("identifiant de clé", "key id"), "sleutelreferentie": ("référence de clé", "key reference"), "zoektekst": ("texte de recherche", "search text"),
})
T.update({
    "Bekend zodra de beslissing geacht ter kennis gebracht is (regel sanction_start)": (
        "Connu dès que la décision est réputée notifiée (règle sanction_start)", "Known once the decision is deemed notified (rule sanction_start)"),
    "Een latere eerste dag die de controleur koos; nooit vóór de kennisgeving": (
        "Un premier jour ultérieur choisi par le contrôleur ; jamais avant la notification", "A later first day the controller chose; never before the notification"),
    "nummer van het opgeslagen bestand (buiten de webroot)": ("numéro du fichier stocké (hors de la racine web)", "number of the stored file (outside the web root)"),
    "Wettelijke bevolking op 01/01/2020 van haar deelgemeenten": ("Population légale au 01/01/2020 de ses sections", "Legal population on 01/01/2020 of its parts"),
    "Statuslijst %(n)s van %(issuer)s": ("Liste de statut %(n)s de %(issuer)s", "Status list %(n)s of %(issuer)s"),
    "Raadpleging %(seq)s: %(who)s, persoon %(person)s": ("Consultation %(seq)s : %(who)s, personne %(person)s", "Consultation %(seq)s: %(who)s, person %(person)s"),
})
T.update({  # stop 23: the KPIs' hidden figures, the peers' median, the agreements' cohort
    "verborgen": ("masqué", "hidden"),
    "Mediaan vergelijkbare gemeenten (%(n)s van %(m)s gepubliceerd)": ("Médiane des communes comparables (%(n)s sur %(m)s publiées)",
                                                                       "Median of comparable municipalities (%(n)s of %(m)s published)"),
    "Register, screening en overgangslog van de afsprakenbladen": ("Registre, screening et journal des transitions des feuilles d'accords",
                                                                   "Register, screening and transition log of the agreements"),
    "Aandeel van de nieuwe werkzoekenden met uitkering die de screening niet zelfredzaam vond, met een aanvaard bindend afsprakenblad binnen 3 maanden na de inschrijving (de zelfredzamen en wie geen uitkering heeft, krijgen geen bindende afspraken).": (
        "Part des nouveaux demandeurs d'emploi indemnisés que le screening a jugés non autonomes, avec une feuille d'engagements contraignants acceptée dans les 3 mois suivant l'inscription (les autonomes et les non-indemnisés ne reçoivent pas d'engagements contraignants).",
        "Share of new job seekers on benefit whom the screening found not self-reliant, with an accepted binding agreement within 3 months of registration (the self-reliant and those without benefit get no binding agreements)."),
    "Werkzoekenden met uitkering die de screening niet zelfredzaam vond, meer dan 3 maanden ingeschreven zonder aanvaard bindend afsprakenblad, op de peildatum.": (
        "Demandeurs d'emploi indemnisés que le screening a jugés non autonomes, inscrits depuis plus de 3 mois sans feuille d'engagements contraignants acceptée, à la date de référence.",
        "Job seekers on benefit whom the screening found not self-reliant, registered for more than 3 months without an accepted binding agreement, on the reference date."),
})
T.update({
    "Doorverwijzingen en stappen van de gemeente": ("Orientations et étapes de la commune", "Referrals and steps of the municipality"),
})
T.update({
    "bezoeker van een gedeelde link van de persoon": ("visiteur d'un lien partagé par la personne", "visitor of a link the person shared"),
})
T.update({  # issue 12/14/16 shortfalls: the ring offer choice, stored titles cleaned, the KPI exports' wrong date
    "ook aanbieden buiten Vlaanderen": ("proposer aussi hors de Flandre", "also offer outside Flanders"),
    "Ook aanbieden buiten Vlaanderen": ("Proposer aussi hors de Flandre", "Also offer outside Flanders"),
    "Aan de andere gewesten, de grensregio's en EURES als de vacature na enkele dagen nog open is": (
        "Aux autres régions, aux régions frontalières et à EURES si l'offre est encore ouverte après quelques jours",
        "To the other regions, the border regions and EURES when the vacancy is still open after a few days"),
    "Vinden we in Vlaanderen niet snel genoeg iemand, dan bieden we de vacature aan de andere gewesten, de grensregio's en heel Europa (EURES) aan. Vink uit als u dat niet wilt.": (
        "Si nous ne trouvons pas assez vite quelqu'un en Flandre, nous proposons l'offre aux autres régions, aux régions frontalières et à toute l'Europe (EURES). Décochez si vous ne le souhaitez pas.",
        "If we do not find someone in Flanders quickly enough, we offer the vacancy to the other regions, the border regions and all of Europe (EURES). Untick if you do not want this."),
    "De vacature wordt aangeboden buiten Vlaanderen als ze open blijft.": (
        "L'offre sera proposée hors de Flandre si elle reste ouverte.", "The vacancy will be offered outside Flanders if it stays open."),
    "De vacature wordt niet buiten Vlaanderen aangeboden; waar ze al stond, wordt ze ingetrokken.": (
        "L'offre n'est pas proposée hors de Flandre ; là où elle figurait déjà, elle est retirée.",
        "The vacancy is not offered outside Flanders; where it was already listed, it is withdrawn."),
    "Uw keuze: deze vacature wordt ook buiten Vlaanderen aangeboden.": (
        "Votre choix : cette offre est aussi proposée hors de Flandre.", "Your choice: this vacancy is also offered outside Flanders."),
    "Uw keuze: deze vacature wordt niet buiten Vlaanderen aangeboden, niet aan de andere gewesten, de grensregio's of EURES.": (
        "Votre choix : cette offre n'est pas proposée hors de Flandre, ni aux autres régions, ni aux régions frontalières, ni à EURES.",
        "Your choice: this vacancy is not offered outside Flanders, not to the other regions, the border regions or EURES."),
    "Niet aanbieden buiten Vlaanderen": ("Ne pas proposer hors de Flandre", "Do not offer outside Flanders"),
    "Toch aanbieden buiten Vlaanderen": ("Proposer quand même hors de Flandre", "Offer outside Flanders after all"),
    "de vacature is niet meer open": ("l'offre n'est plus ouverte", "the vacancy is no longer open"),
    "de werkgever biedt ze niet meer buiten Vlaanderen aan": ("l'employeur ne la propose plus hors de Flandre", "the employer no longer offers it outside Flanders"),
    "Ingetrokken bij de bestemming": ("Retirée auprès de la destination", "Withdrawn at the destination"),
    "Niet aangeboden": ("Non proposée", "Not offered"),
    "Intrekken door het platform": ("Retrait par la plateforme", "Withdrawal by the platform"),
    "Titel zonder zichtbare tekens (%(characters)s): ingetrokken": (
        "Titre sans caractères visibles (%(characters)s) : retirée", "Title without visible characters (%(characters)s): withdrawn"),
    "Kerncijfers downloaden": ("Télécharger les chiffres clés", "Download key figures"),
    "Het bestand is niet gemaakt. Verbeter de peildatum en download opnieuw.": (
        "Le fichier n'a pas été créé. Corrigez la date de référence et téléchargez à nouveau.",
        "The file was not made. Correct the reference date and download again."),
    "Downloaden": ("Télécharger", "Download"),
    "Terug naar de kerncijfers": ("Retour aux chiffres clés", "Back to the key figures"),
})
T.update({  # issue 13: the administrator's page of the platform's signing keys
    "Sleutels": ("Clés", "Keys"),
    "Sleutels van het platform": ("Clés de la plateforme", "Platform keys"),
    "Met deze sleutels ondertekent het platform de controlepunten van het toegangslogboek, de bewijsstukken van berichten en de verifieerbare credentials. Hier ziet u enkel publieke gegevens: de privésleutels verlaten de sleutelmap nooit.": (
        "Avec ces clés, la plateforme signe les points de contrôle du journal d'accès, les preuves des messages et les attestations vérifiables. Vous ne voyez ici que des données publiques : les clés privées ne quittent jamais le dossier des clés.",
        "With these keys the platform signs the access log's checkpoints, the messages' evidence and the verifiable credentials. Only public facts are shown here: the private keys never leave the key folder."),
    "Publiek:": ("Public :", "Public:"),
    "Ondertekeningssleutels, de nieuwste eerst": ("Clés de signature, les plus récentes d'abord", "Signing keys, newest first"),
    "Sleutelkenmerk (kid)": ("Identifiant de clé (kid)", "Key id (kid)"),
    "Algoritme en gebruik": ("Algorithme et usage", "Algorithm and use"),
    "Vervangen op": ("Remplacée le", "Replaced on"),
    "In de JWKS": ("Dans le JWKS", "In the JWKS"),
    "Vingerafdruk (RFC 7638)": ("Empreinte (RFC 7638)", "Fingerprint (RFC 7638)"),
    "Credentials ondertekend": ("Attestations signées", "Credentials signed"),
    "handtekeningen": ("signatures", "signatures"),
    "in gebruik": ("en service", "in use"),
    "vervangen, blijft geldig voor wat ermee ondertekend werd": ("remplacée, reste valable pour ce qu'elle a signé", "replaced, still valid for what it signed"),
    "ja, gepubliceerd": ("oui, publiée", "yes, published"),
    "Nog geen sleutel": ("Pas encore de clé", "No key yet"),
    "Het platform maakt zijn eerste sleutel bij de eerste handtekening, of met werkregie keys init.": (
        "La plateforme crée sa première clé à la première signature, ou avec werkregie keys init.",
        "The platform makes its first key at the first signature, or with werkregie keys init."),
    "Sleutel vernieuwen": ("Renouveler la clé", "Renew the key"),
    "Het platform maakt een nieuwe sleutel en ondertekent er vanaf nu mee. De vorige sleutels blijven gepubliceerd, zodat credentials, controlepunten en bewijsstukken die ermee ondertekend werden, geldig blijven. Wie vernieuwde, wanneer en waarom, wordt bewaard.": (
        "La plateforme crée une nouvelle clé et signe désormais avec elle. Les clés précédentes restent publiées : les attestations, points de contrôle et preuves signés avec elles restent valables. Qui a renouvelé, quand et pourquoi est conservé.",
        "The platform makes a new key and signs with it from now on. The earlier keys stay published, so credentials, checkpoints and evidence signed with them stay valid. Who renewed, when and why is kept."),
    "Eerdere vernieuwingen": ("Renouvellements précédents", "Earlier renewals"),
    "Tijdstip": ("Moment", "Time"),
    "Nieuwe sleutel": ("Nouvelle clé", "New key"),
    "Door": ("Par", "By"),
    "Nog geen vernieuwingen geregistreerd.": ("Aucun renouvellement enregistré.", "No renewals recorded yet."),
    "Reden": ("Motif", "Reason"),
    "Bijvoorbeeld: jaarlijkse vernieuwing, of een vermoeden dat de sleutel gelekt is. De reden wordt bewaard bij de vernieuwing.": (
        "Par exemple : renouvellement annuel, ou soupçon de fuite de la clé. Le motif est conservé avec le renouvellement.",
        "For example: yearly renewal, or a suspicion that the key leaked. The reason is kept with the renewal."),
    "Ik bevestig dat het platform vanaf nu met een nieuwe sleutel ondertekent": (
        "Je confirme que la plateforme signe désormais avec une nouvelle clé", "I confirm that the platform signs with a new key from now on"),
    "Wat met de vorige sleutels ondertekend werd, blijft geldig: die blijven gepubliceerd.": (
        "Ce qui a été signé avec les clés précédentes reste valable : elles restent publiées.", "What the earlier keys signed stays valid: they stay published."),
    "Geef de reden van de vernieuwing.": ("Indiquez le motif du renouvellement.", "Give the reason for the renewal."),
    "Bevestig dat u de sleutel wilt vernieuwen.": ("Confirmez que vous voulez renouveler la clé.", "Confirm that you want to renew the key."),
    "Geef de reden (minstens %(n)s tekens).": ("Indiquez le motif (au moins %(n)s caractères).", "Give the reason (at least %(n)s characters)."),
    "De sleutel werd niet vernieuwd.": ("La clé n'a pas été renouvelée.", "The key was not renewed."),
    "Enkel een beheerder beheert de sleutels van het platform.": ("Seul un administrateur gère les clés de la plateforme.", "Only an administrator manages the platform's keys."),
    "De sleutel is vernieuwd: het platform ondertekent nu met %(kid)s. De vorige sleutels blijven gepubliceerd, dus wat ermee ondertekend werd, blijft geldig.": (
        "La clé a été renouvelée : la plateforme signe maintenant avec %(kid)s. Les clés précédentes restent publiées : ce qu'elles ont signé reste valable.",
        "The key was renewed: the platform now signs with %(kid)s. The earlier keys stay published, so what they signed stays valid."),
})

T.update({  # issue 12: the employer's default of the ring offer, the exchange feed's tombstones
    "vacatures standaard ook buiten Vlaanderen aanbieden": ("proposer par défaut les offres aussi hors de la Flandre", "offer vacancies beyond Flanders by default"),
    "Vacatures standaard ook buiten Vlaanderen aanbieden": ("Proposer par défaut les offres aussi hors de la Flandre", "Offer vacancies beyond Flanders by default"),
    "Nieuwe vacatures worden aangeboden aan de andere gewesten, de grensregio's en EURES als ze na enkele dagen nog open zijn; per vacature te wijzigen": (
        "Les nouvelles offres sont proposées aux autres régions, aux régions frontalières et à EURES si elles sont encore ouvertes après quelques jours ; modifiable par offre",
        "New vacancies are offered to the other regions, the border regions and EURES when still open after a few days; can be changed per vacancy"),
    "Alleen de beheerder van de werkgever wijzigt deze instelling.": ("Seul l'administrateur de l'employeur modifie ce paramètre.",
                                                                      "Only the employer's administrator changes this setting."),
    "Nieuwe vacatures worden standaard ook buiten Vlaanderen aangeboden.": ("Les nouvelles offres sont par défaut proposées aussi hors de la Flandre.",
                                                                            "New vacancies are offered beyond Flanders by default."),
    "Nieuwe vacatures worden standaard niet buiten Vlaanderen aangeboden.": ("Les nouvelles offres ne sont par défaut pas proposées hors de la Flandre.",
                                                                             "New vacancies are not offered beyond Flanders by default."),
    "Vinden we in Vlaanderen niet snel genoeg iemand, dan bieden we een vacature aan de andere gewesten, de grensregio's en heel Europa (EURES) aan. Dit is de keuze waarmee elke nieuwe vacature begint; per vacature kunt u ze nog wijzigen.": (
        "Si nous ne trouvons pas assez vite quelqu'un en Flandre, nous proposons l'offre aux autres régions, aux régions frontalières et à toute l'Europe (EURES). C'est le choix avec lequel chaque nouvelle offre commence ; vous pouvez encore le modifier par offre.",
        "If we do not find someone in Flanders quickly enough, we offer a vacancy to the other regions, the border regions and all of Europe (EURES). This is the choice every new vacancy starts with; you can still change it per vacancy."),
    "Nu: nieuwe vacatures worden ook buiten Vlaanderen aangeboden.": ("Actuellement : les nouvelles offres sont proposées aussi hors de la Flandre.",
                                                                      "Now: new vacancies are also offered beyond Flanders."),
    "Nu: nieuwe vacatures worden niet buiten Vlaanderen aangeboden.": ("Actuellement : les nouvelles offres ne sont pas proposées hors de la Flandre.",
                                                                       "Now: new vacancies are not offered beyond Flanders."),
    "Standaard niet buiten Vlaanderen aanbieden": ("Par défaut, ne pas proposer hors de la Flandre", "By default, do not offer beyond Flanders"),
    "Standaard ook buiten Vlaanderen aanbieden": ("Par défaut, proposer aussi hors de la Flandre", "By default, also offer beyond Flanders"),
    "Vinden we in Vlaanderen niet snel genoeg iemand, dan bieden we de vacature aan de andere gewesten, de grensregio's en heel Europa (EURES) aan. Vink uit als u dat niet wilt. Het vinkje staat eerst zoals de werkgever het standaard wil.": (
        "Si nous ne trouvons pas assez vite quelqu'un en Flandre, nous proposons l'offre aux autres régions, aux régions frontalières et à toute l'Europe (EURES). Décochez si vous ne le souhaitez pas. La case est d'abord cochée ou non selon le choix par défaut de l'employeur.",
        "If we do not find someone in Flanders quickly enough, we offer the vacancy to the other regions, the border regions and all of Europe (EURES). Untick if you do not want that. The box starts as the employer wants it by default."),
    "uit de uitwisseling gehaald op": ("retirée de l'échange le", "taken out of the exchange on"),
    "versie": ("version", "version"),
})
T.update({  # suggested (implied) competences, issue 18 point 4 (werkregie/matching/suggestion_use_cases.py, _suggestions.html)
    "Afgeleid, te bevestigen": ("Déduite, à confirmer", "Inferred, to be confirmed"),
    "bevestigd door": ("confirmée par", "confirmed by"),
    "bevestigd op": ("confirmée le", "confirmed on"),
    "afgewezen door": ("refusée par", "rejected by"),
    "afgewezen op": ("refusée le", "rejected on"),
    "afgewezen suggestie": ("suggestion refusée", "rejected suggestion"),
    "afgewezen suggesties": ("suggestions refusées", "rejected suggestions"),
    "Een lijst van hoogstens %(n)s competenties verwacht.": ("Une liste d'au plus %(n)s compétences est attendue.", "A list of at most %(n)s competences expected."),
    "Geen voorgestelde competentie van deze persoon.": ("Pas une compétence suggérée de cette personne.", "Not a suggested competence of this person."),
    "Een competentie kan niet tegelijk bevestigd en afgewezen worden.": ("Une compétence ne peut pas être confirmée et refusée à la fois.",
                                                                        "A competence cannot be confirmed and rejected at once."),
    "Kies een of meer competenties om te bevestigen of af te wijzen.": ("Choisissez une ou plusieurs compétences à confirmer ou à refuser.",
                                                                       "Choose one or more competences to confirm or reject."),
    "Er is niets gewijzigd.": ("Rien n'a été modifié.", "Nothing was changed."),
    "Er is niets gewijzigd: laad de pagina opnieuw en probeer nog eens.": ("Rien n'a été modifié : rechargez la page et réessayez.",
                                                                          "Nothing was changed: reload the page and try again."),
    "Voorgestelde competenties": ("Compétences suggérées", "Suggested competences"),
    "Deze competenties leiden we af uit uw cv. Ze tellen pas mee als u ze bevestigt.": (
        "Nous déduisons ces compétences de votre CV. Elles ne comptent qu'une fois que vous les avez confirmées.",
        "We infer these competences from your CV. They count only once you confirm them."),
    "Deze competenties leiden we af uit het cv van de persoon. Ze tellen pas mee voor passende dienstbetrekking en sancties als de persoon of u ze bevestigt.": (
        "Nous déduisons ces compétences du CV de la personne. Elles ne comptent pour l'emploi convenable et les sanctions qu'une fois confirmées par la personne ou par vous.",
        "We infer these competences from the person's CV. They count for suitable employment and sanctions only once the person or you confirm them."),
    "Bevestigen of afwijzen": ("Confirmer ou refuser", "Confirm or reject"),
    "Bevestigen: %(label)s": ("Confirmer : %(label)s", "Confirm: %(label)s"),
    "Afwijzen: %(label)s": ("Refuser : %(label)s", "Reject: %(label)s"),
    "Bevestigen": ("Confirmer", "Confirm"),
    "Afwijzen": ("Refuser", "Reject"),
    "Alles bevestigen": ("Tout confirmer", "Confirm all"),
})
PLURALS = {
    "%(n)s competentie bevestigd: ze telt nu mee.": (("%(n)s compétence confirmée : elle compte désormais.", "%(n)s compétences confirmées : elles comptent désormais."),
                                                      ("%(n)s competence confirmed: it counts now.", "%(n)s competences confirmed: they count now.")),
    "%(n)s suggestie afgewezen: we stellen ze niet meer voor.": (
        ("%(n)s suggestion refusée : nous ne la proposerons plus.", "%(n)s suggestions refusées : nous ne les proposerons plus."),
        ("%(n)s suggestion rejected: we will not suggest it again.", "%(n)s suggestions rejected: we will not suggest them again.")),
}
T.update({  # the attack of stop 24: an INSZ typed into a URL
    "Een INSZ hoort niet in een URL: zoek ermee via POST /api/v1/persons/search, met de zoektekst in de body.": (
        "Un NISS n'a pas sa place dans une URL : recherchez-le via POST /api/v1/persons/search, avec le texte dans le corps.",
        "An INSZ does not belong in a URL: search with it through POST /api/v1/persons/search, with the text in the body."),
})
T.update({  # the walk of stop 24: a Dutch course to a named level
    "een cursus Nederlands tot %(level)s": ("un cours de néerlandais jusqu'au niveau %(level)s", "a Dutch course up to %(level)s"),
})
# the API's page (/api/, issue 16 point 9)
T.update({
    "De API van werkregie": ("L’API de werkregie", "The werkregie API"),
    "Het talentregister: personen zoeken, inschrijven, raadplegen en dubbele inschrijvingen samenvoegen.": (
        "Le registre des talents : rechercher, inscrire et consulter des personnes, fusionner les doublons.",
        "The talent register: search, register and consult persons, merge duplicate registrations."),
    "Voor de burger zelf: eigen gegevens, toestemmingen, wie ze raadpleegde en een export van alles.": (
        "Pour le citoyen lui-même : ses données, ses consentements, qui les a consultées et un export de tout.",
        "For citizens themselves: their own data, consents, who consulted it and an export of everything."),
    "Aantallen personen per status, zonder persoonsgegevens.": ("Nombres de personnes par statut, sans données personnelles.",
                                                                "Numbers of persons per status, without personal data."),
    "Regels": ("Règles", "Rules"),
    "Regelgeving als code: jobbonus, doelgroepverminderingen, ‘Loont werken?’ en de beleidssimulatie.": (
        "La réglementation sous forme de code : bonus à l’emploi, réductions groupes cibles, « Travailler, ça paie ? » et la simulation politique.",
        "Regulations as code: job bonus, target-group reductions, ‘Does work pay?’ and the policy simulation."),
    "De kans op werk binnen 6 en 12 maanden met haar uitleg, en de beoordeling door de bemiddelaar.": (
        "La probabilité de trouver un emploi dans les 6 et 12 mois, avec son explication, et l’évaluation du conseiller.",
        "The chance of work within 6 and 12 months with its explanation, and the counsellor's assessment."),
    "Beroepen en competenties (ESCO) herkennen in tekst, matchingprofielen en de rangschikking van vacatures en kandidaten.": (
        "Reconnaître métiers et compétences (ESCO) dans un texte, profils de matching et classement des offres et des candidats.",
        "Recognising occupations and competences (ESCO) in text, matching profiles and the ranking of vacancies and candidates."),
    "De taken van bemiddelaars en beheerders, op vervaldatum.": ("Les tâches des conseillers et administrateurs, par échéance.",
                                                                 "The tasks of counsellors and administrators, by due date."),
    "Trajecten": ("Trajets", "Trajectories"),
    "Begeleidingstrajecten, bindende overeenkomsten met hun stappen en de bewijsstukken.": (
        "Trajets d’accompagnement, conventions contraignantes avec leurs étapes et les pièces justificatives.",
        "Guidance trajectories, binding agreements with their steps and the evidence."),
    "Afspraken met werkzoekenden: plannen, verzetten en aanwezigheid.": ("Rendez-vous avec les demandeurs d’emploi : planifier, déplacer, présence.",
                                                                         "Appointments with job seekers: planning, rescheduling and attendance."),
    "Controle": ("Contrôle", "Control"),
    "Controledossiers: verhoor, beslissing, sanctie en beroep.": ("Dossiers de contrôle : audition, décision, sanction et recours.",
                                                                  "Control cases: hearing, decision, sanction and appeal."),
    "Gemeenschapsdienst": ("Service communautaire", "Community service"),
    "Activiteiten, toewijzingen, uren en vergoedingen van gemeenschapsdienst en wijk-werken.": (
        "Activités, affectations, heures et indemnités du service communautaire et du travail de quartier.",
        "Activities, assignments, hours and allowances of community service and neighbourhood work."),
    "Kerncijfers per gemeente en provincie, met hun definitie; kleine aantallen worden afgeschermd.": (
        "Chiffres clés par commune et par province, avec leur définition ; les petits nombres sont masqués.",
        "Key figures per municipality and province, with their definition; small counts are suppressed."),
    "Gemeenten": ("Communes", "Municipalities"),
    "Leefloncliënten, doorverwijzingen naar VDAB en samenwerkingsovereenkomsten.": (
        "Bénéficiaires du revenu d’intégration, orientations vers le VDAB et accords de coopération.",
        "Leefloon clients, referrals to VDAB and cooperation agreements."),
    "Berichten met juridisch bewijs, afleverrapporten van de kanalen en verzegelde bewijs-pdf's.": (
        "Messages avec preuve juridique, rapports de remise des canaux et PDF de preuve scellés.",
        "Messages with legal proof, the channels' delivery reports and sealed evidence PDFs."),
    "Vacatures, sollicitaties, de openbare zoekfunctie en de JobPosting-feed.": (
        "Offres d’emploi, candidatures, la recherche publique et le flux JobPosting.",
        "Vacancies, applications, the public search and the JobPosting feed."),
    "Werkgevers": ("Employeurs", "Employers"),
    "Werkgevers: toegang aanvragen, vestigingen, sector en gebruikers.": ("Employeurs : demande d’accès, établissements, secteur et utilisateurs.",
                                                                          "Employers: requesting access, establishments, sector and users."),
    "Competentiebewijzen": ("Attestations de compétences", "Competence credentials"),
    "Verifieerbare competentiebewijzen uitgeven, intrekken en door iedereen laten controleren.": (
        "Délivrer et révoquer des attestations de compétences vérifiables, que chacun peut contrôler.",
        "Issuing and revoking verifiable competence credentials that anyone can check."),
    "Sleutels": ("Clés", "Keys"),
    "De ondertekeningssleutels van het platform en hun vervanging.": ("Les clés de signature de la plateforme et leur remplacement.",
                                                                      "The platform's signing keys and their replacement."),
    "Doelberoepen, het delen van het competentiepaspoort, het competentievisum en EVC.": (
        "Métiers visés, partage du passeport de compétences, visa de compétences et reconnaissance des acquis (EVC).",
        "Target occupations, sharing the competence passport, the competence visa and recognition of prior learning (EVC)."),
    "De opleidingscatalogus, de opleidingsgids en inschrijvingen.": ("Le catalogue de formations, le guide des formations et les inscriptions.",
                                                                     "The training catalogue, the training guide and bookings."),
    "Het saldo en de boekingen van de leer- en loopbaanrekening.": ("Le solde et les écritures du compte formation et carrière.",
                                                                    "The balance and entries of the learning and career account."),
    "Leer- en loopbaanrekening": ("Compte formation et carrière", "Learning and career account"),
    "Platform": ("Plateforme", "Platform"),
    "Of de dienst draait.": ("Si le service fonctionne.", "Whether the service is running."),
    "per seconde": ("par seconde", "per second"), "per minuut": ("par minute", "per minute"),
    "per uur": ("par heure", "per hour"), "per dag": ("par jour", "per day"),
    "Wat u op deze pagina's doet, kan een toepassing ook via de open API: %(operations)s bewerkingen in JSON over HTTPS, beschreven in een "
    "OpenAPI-document (versie %(version)s). %(public)s ervan zijn openbaar en vragen geen sleutel.": (
        "Ce que vous faites sur ces pages, une application peut aussi le faire via l’API ouverte : %(operations)s opérations en JSON sur "
        "HTTPS, décrites dans un document OpenAPI (version %(version)s). %(public)s d’entre elles sont publiques et ne demandent pas de clé.",
        "What you do on these pages, an application can also do through the open API: %(operations)s operations in JSON over HTTPS, "
        "described in an OpenAPI document (version %(version)s). %(public)s of them are public and need no key."),
    "Interactieve documentatie (Swagger UI, in het Engels)": ("Documentation interactive (Swagger UI, en anglais)",
                                                              "Interactive documentation (Swagger UI)"),
    "OpenAPI-document (JSON)": ("Document OpenAPI (JSON)", "OpenAPI document (JSON)"),
    "Wat de API biedt": ("Ce que propose l’API", "What the API offers"),
    "Een sleutel krijgen": ("Obtenir une clé", "Getting a key"),
    "Elke bewerking die niet openbaar is, vraagt een sleutel (een bearer token). Een sleutel hoort bij één account en krijgt de rechten van "
    "diens rol. Hij wordt één keer getoond, bij het aanmaken; het platform bewaart alleen een vingerafdruk ervan. Een partnerorganisatie "
    "vraagt een sleutel per toepassing aan bij de beheerder van het platform.": (
        "Toute opération non publique demande une clé (un bearer token). Une clé appartient à un seul compte et reçoit les droits de son "
        "rôle. Elle n’est montrée qu’une fois, à sa création ; la plateforme n’en garde qu’une empreinte. Une organisation partenaire "
        "demande une clé par application à l’administrateur de la plateforme.",
        "Every operation that is not public needs a key (a bearer token). A key belongs to one account and gets the rights of its role. "
        "It is shown once, when it is made; the platform keeps only a fingerprint of it. A partner organisation asks the platform's "
        "administrator for one key per application."),
    "Een sleutel voor uw rol geeft deze rechten:": ("Une clé pour votre rôle donne ces droits :", "A key for your role gives these rights:"),
    "De API-sleutels bekijken of intrekken (beheer)": ("Voir ou révoquer les clés API (administration)", "View or revoke the API keys (administration)"),
    "Vanuit een browser waarin u aangemeld bent, werkt de API ook zonder sleutel, met uw aanmelding; een schrijfbewerking stuurt dan de "
    "CSRF-token van de pagina mee.": (
        "Depuis un navigateur où vous êtes connecté, l’API fonctionne aussi sans clé, avec votre session ; une opération d’écriture "
        "envoie alors le jeton CSRF de la page.",
        "From a browser in which you are signed in, the API also works without a key, with your session; a write then sends the "
        "page's CSRF token along."),
    "Aanmelden bij elke oproep": ("S’authentifier à chaque appel", "Authenticating every call"),
    "Stuur de sleutel mee in de kop Authorization:": ("Envoyez la clé dans l’en-tête Authorization :", "Send the key in the Authorization header:"),
    "Zonder geldige sleutel antwoordt de API 401; met een sleutel zonder de nodige rechten 403.": (
        "Sans clé valide, l’API répond 401 ; avec une clé sans les droits nécessaires, 403.",
        "Without a valid key the API answers 401; with a key without the rights needed, 403."),
    "Versies": ("Versions", "Versions"),
    "De versie staat in het pad: <code>/api/v1/</code>. Binnen een versie komen er alleen dingen bij (nieuwe bewerkingen, nieuwe velden in "
    "antwoorden, nieuwe optionele velden in vragen); negeer velden die u niet kent. Een wijziging die bestaande toepassingen zou breken, "
    "krijgt een nieuwe versie in het pad.": (
        "La version figure dans le chemin : <code>/api/v1/</code>. Au sein d’une version, on ne fait qu’ajouter (nouvelles opérations, "
        "nouveaux champs dans les réponses, nouveaux champs facultatifs dans les requêtes) ; ignorez les champs que vous ne connaissez pas. "
        "Un changement qui casserait des applications existantes reçoit une nouvelle version dans le chemin.",
        "The version is in the path: <code>/api/v1/</code>. Within a version things are only added (new operations, new fields in "
        "answers, new optional fields in requests); ignore fields you do not know. A change that would break existing applications gets "
        "a new version in the path."),
    "Fouten": ("Erreurs", "Errors"),
    "Elke fout is een probleembeschrijving volgens RFC 9457 (<code>application/problem+json</code>) met <code>type</code>, "
    "<code>title</code>, <code>status</code>, <code>detail</code> en <code>instance</code>. Bij ongeldige invoer noemt <code>errors</code> "
    "elk veld met wat eraan schort.": (
        "Chaque erreur est une description de problème selon la RFC 9457 (<code>application/problem+json</code>) avec <code>type</code>, "
        "<code>title</code>, <code>status</code>, <code>detail</code> et <code>instance</code>. En cas de données invalides, "
        "<code>errors</code> nomme chaque champ et ce qui ne va pas.",
        "Every error is a problem description following RFC 9457 (<code>application/problem+json</code>) with <code>type</code>, "
        "<code>title</code>, <code>status</code>, <code>detail</code> and <code>instance</code>. For invalid input, <code>errors</code> "
        "names each field and what is wrong with it."),
    "Gelijktijdige wijzigingen": ("Modifications simultanées", "Concurrent changes"),
    "Wie iets wijzigt dat ook anderen bewerken, zegt welke versie hij gelezen heeft: de ETag van de GET in een kop <code>If-Match</code> "
    "(bv. <code>If-Match: \"v3\"</code>) of het veld <code>version</code> in de body, waar de bewerking dat veld heeft. Zonder versie "
    "antwoordt de API 428 (Precondition Required); <code>If-Match: *</code> telt niet als versie. Is de versie intussen veranderd, dan "
    "antwoordt ze 412 (Precondition Failed) of 409 met de huidige versie: haal de gegevens opnieuw op en beslis opnieuw. Zo overschrijft "
    "niemand ongemerkt het werk van een ander.": (
        "Qui modifie quelque chose que d’autres modifient aussi indique la version lue : l’ETag du GET dans un en-tête "
        "<code>If-Match</code> (p. ex. <code>If-Match: \"v3\"</code>) ou le champ <code>version</code> dans le corps, là où l’opération a ce "
        "champ. Sans version, l’API répond 428 (Precondition Required) ; <code>If-Match: *</code> ne compte pas comme version. Si la "
        "version a changé entre-temps, elle répond 412 (Precondition Failed) ou 409 avec la version actuelle : relisez les données et "
        "décidez à nouveau. Ainsi, personne n’écrase à son insu le travail d’un autre.",
        "Whoever changes something that others edit too says which version they read: the ETag of the GET in an <code>If-Match</code> "
        "header (e.g. <code>If-Match: \"v3\"</code>) or the field <code>version</code> in the body, where the operation has that field. "
        "Without a version the API answers 428 (Precondition Required); <code>If-Match: *</code> does not count as a version. If the "
        "version has changed in the meantime, it answers 412 (Precondition Failed) or 409 with the current version: fetch the data again "
        "and decide again. That way nobody silently overwrites someone else's work."),
    "Limieten": ("Limites", "Limits"),
    "Openbare bewerkingen die veel rekenwerk vragen (tekst herkennen), zonder sleutel: ten hoogste %(number)s oproepen %(unit)s per adres; "
    "daarboven 429 met <code>Retry-After</code>.": (
        "Opérations publiques gourmandes en calcul (reconnaissance de texte), sans clé : au plus %(number)s appels %(unit)s par adresse ; "
        "au-delà, 429 avec <code>Retry-After</code>.",
        "Public operations that take a lot of computing (recognising text), without a key: at most %(number)s calls %(unit)s per "
        "address; above that, 429 with <code>Retry-After</code>."),
    "Een body is ten hoogste %(size)s MB (een upload van een bestand mag groter zijn); daarboven 413.": (
        "Un corps de requête fait au plus %(size)s Mo (un fichier téléversé peut être plus grand) ; au-delà, 413.",
        "A request body is at most %(size)s MB (an uploaded file may be larger); above that, 413."),
    "Lijsten komen in pagina's: page en page_size.": ("Les listes sont paginées : page et page_size.", "Lists come in pages: page and page_size."),
    "Elke raadpleging wordt gelogd": ("Chaque consultation est journalisée", "Every consultation is logged"),
    "Elke lezing van persoonsgegevens via de API komt in het toegangslogboek van die persoon: wie, wanneer, via welk kanaal en met welk "
    "doel. Geef het doel mee waar de bewerking een parameter <code>purpose</code> heeft; anders geldt het eerste doel van uw rol. De "
    "persoon ziet dat zelf onder ‘Wie heeft mijn gegevens geraadpleegd’; het logboek kan achteraf niet gewijzigd worden.": (
        "Chaque lecture de données personnelles via l’API est inscrite au journal d’accès de la personne : qui, quand, par quel canal et "
        "dans quel but. Indiquez le but là où l’opération a un paramètre <code>purpose</code> ; sinon, le premier but de votre rôle "
        "s’applique. La personne le voit elle-même sous « Qui a consulté mes données » ; le journal ne peut pas être modifié après coup.",
        "Every read of personal data through the API goes into that person's access log: who, when, through which channel and for "
        "which purpose. Give the purpose where the operation has a <code>purpose</code> parameter; otherwise your role's first purpose "
        "applies. The person sees it under ‘Who has consulted my data’; the log cannot be changed afterwards."),
})
PLURALS.update({
    "%(counter)s bewerking": (("%(counter)s opération", "%(counter)s opérations"), ("%(counter)s operation", "%(counter)s operations")),
    "%(counter)s openbaar": (("%(counter)s publique", "%(counter)s publiques"), ("%(counter)s public", "%(counter)s public")),
})
T.update({  # the walk of stop 24: the next step one tap from the top of a vacancy
    "Solliciteren of eerst overleggen": ("Postuler ou en parler d'abord", "Apply or talk it over first"),
})

# issue 16 point 9 (walk): the municipality worker's actions on the person page
T.update({
    "Waarom verwijst u deze persoon door?": ("Pourquoi orientez-vous cette personne ?", "Why are you referring this person?"),
    "VDAB leest dit bij de screening en het traject, bijvoorbeeld wat de persoon al deed en wat de drempels zijn.": (
        "Le VDAB le lit lors du screening et du trajet, par exemple ce que la personne a déjà fait et quels sont les obstacles.",
        "VDAB reads this for the screening and the pathway, for example what the person has already done and what the barriers are."),
    "Waarom verwijst u %(name)s door?": ("Pourquoi orientez-vous %(name)s ?", "Why are you referring %(name)s?"),
    "%(name)s is doorverwezen naar VDAB voor screening en een traject.": (
        "%(name)s a été orienté(e) vers le VDAB pour un screening et un trajet.", "%(name)s has been referred to VDAB for screening and a pathway."),
    "%(name)s doorverwijzen naar VDAB": ("Orienter %(name)s vers le VDAB", "Refer %(name)s to VDAB"),
    "Terug naar %(name)s": ("Retour à %(name)s", "Back to %(name)s"),
    "Doorverwezen naar VDAB op %(day)s.": ("Orienté(e) vers le VDAB le %(day)s.", "Referred to VDAB on %(day)s."),
    "Opnieuw doorverwijzen naar VDAB": ("Orienter à nouveau vers le VDAB", "Refer to VDAB again"),
    "Leefloon en activering": ("Revenu d'intégration et activation", "Living wage and activation"),
    "Trajectstappen en stappen van de gemeente": ("Étapes du trajet et étapes de la commune", "Pathway steps and the municipality's steps"),
    "Uitkomst van de screening bij VDAB:": ("Résultat du screening au VDAB :", "Outcome of the VDAB screening:"),
    "beoordeeld op %(day)s": ("évalué le %(day)s", "assessed on %(day)s"),
})
T.update({  # issue 16 walk findings (helper h-labels): label marks explained once, named confirmations
    "benaming in het %(language)s": ("dénomination en %(language)s", "term in %(language)s"),
    "Waar een competentie of beroep nog geen benaming in uw taal heeft, staat de beste beschikbare benaming er met een taalmerk:": (
        "Lorsqu'une compétence ou un métier n'a pas encore de dénomination dans votre langue, la meilleure dénomination disponible est affichée avec une marque de langue :",
        "Where a competence or occupation has no term in your language yet, the best available term is shown with a language mark:"),
    "Toegevoegd aan uw profiel:": ("Ajoutées à votre profil :", "Added to your profile:"),
    "Afgeleid uit uw tekst, nog te bevestigen:": ("Déduites de votre texte, à confirmer :", "Inferred from your text, to be confirmed:"),
    "Stond al in uw profiel:": ("Déjà dans votre profil :", "Already in your profile:"),
    "%(name)s is vastgepind bovenaan de kandidatenlijst.": ("%(name)s est épinglé(e) en tête de la liste des candidats.", "%(name)s is pinned at the top of the candidate list."),
    "%(name)s is uitgesloten van de kandidatenlijst.": ("%(name)s est exclu(e) de la liste des candidats.", "%(name)s is excluded from the candidate list."),
    "%(name)s is opnieuw toegelaten op de kandidatenlijst.": ("%(name)s est réadmis(e) sur la liste des candidats.", "%(name)s is back on the candidate list."),
    "%(name)s is niet meer vastgepind.": ("%(name)s n'est plus épinglé(e).", "%(name)s is no longer pinned."),
})
T.update({  # issue 16 (helper h-header): the header's "Meer" disclosure
    "Meer": ("Plus", "More"),
})
T.update({  # issue 13 (lead): the employer's sector for the training leave
    "Kies de sector van uw werkgever.": ("Choisissez le secteur de votre employeur.", "Choose your employer's sector."),
    "Kies de sector van uw werkgever: %(allowed)s.": ("Choisissez le secteur de votre employeur : %(allowed)s.", "Choose your employer's sector: %(allowed)s."),
    "privésector (standaard)": ("secteur privé (par défaut)", "private sector (default)"),
    "privésector": ("secteur privé", "private sector"),
    "overheid (openbare sector)": ("pouvoirs publics (secteur public)", "government (public sector)"),
    "Voor wie werkt u? (voor het opleidingsverlof)": ("Pour qui travaillez-vous ? (pour le congé-éducation)", "Who do you work for? (for the training leave)"),
    "Het register weet dat u werkt, niet bij welke werkgever. Wie bij een overheid werkt, heeft geen Vlaams opleidingsverlof.": (
        "Le registre sait que vous travaillez, pas chez quel employeur. Qui travaille pour les pouvoirs publics n'a pas droit au congé-éducation payé flamand.",
        "The register knows that you work, not for which employer. People who work for a government have no Flemish training leave."),
    "Niet voor u: betaald opleidingsverlof krijgen enkel werknemers in de privésector, en u werkt volgens uw antwoord bij een overheid. Vraag uw werkgever naar het vormingsverlof voor het personeel; u kunt de opleiding wel volgen, alleen zonder dit verlof.": (
        "Pas pour vous : seuls les salariés du secteur privé ont droit au congé-éducation payé, et selon votre réponse vous travaillez pour les pouvoirs publics. Demandez à votre employeur le congé de formation du personnel ; vous pouvez suivre la formation, mais sans ce congé.",
        "Not for you: only employees in the private sector get paid training leave, and by your answer you work for a government. Ask your employer about the staff's training leave; you can still take the course, only without this leave."),
    "U werkt in de privésector: het register kent uw werkgever niet (kies de sector van uw werkgever als u bij een overheid werkt: ambtenaren hebben geen Vlaams opleidingsverlof).": (
        "Vous travaillez dans le secteur privé : le registre ne connaît pas votre employeur (choisissez le secteur de votre employeur si vous travaillez pour les pouvoirs publics : les fonctionnaires n'ont pas de congé-éducation payé flamand).",
        "You work in the private sector: the register does not know your employer (choose your employer's sector if you work for a government: civil servants have no Flemish training leave)."),
})
T.update({  # issue 13 attack fixes (helper h-fix13): Dutch API answers, forged credentials, catalogue guard, CSRF page
    "Een credential is hoogstens enkele kilobytes groot.": ("Une attestation fait au plus quelques kilo-octets.", "A credential is at most a few kilobytes."),
    'Stuur het credential als tekst (application/vc+jwt) of als JSON {"credential": "…"}.': (
        "Envoyez l'attestation sous forme de texte (application/vc+jwt) ou en JSON {\"credential\": \"…\"}.",
        'Send the credential as text (application/vc+jwt) or as JSON {"credential": "…"}.'),
    "Uw rol geeft geen credentials uit.": ("Votre rôle ne délivre pas d'attestations.", "Your role does not issue credentials."),
    "Geen uitgever gevonden binnen uw toegang.": ("Aucun émetteur trouvé dans votre accès.", "No issuer found within your access."),
    "Het credential noemt %(name)s als uitgever (geregistreerd); zonder geldige handtekening is niet bevestigd dat het van hen komt.": (
        "L'attestation indique %(name)s comme émetteur (enregistré) ; sans signature valide, rien ne confirme qu'elle en provient.",
        "The credential names %(name)s as its issuer (registered); without a valid signature it is not confirmed that it comes from them."),
    "Deze volledige catalogus haalt %(n)s van uw %(active)s actieve opleidingen uit de catalogus (onder meer %(ids)s); geboekte sessies ervan zijn dan niet meer te boeken. Bevestig dat uitdrukkelijk als dat de bedoeling is.": (
        "Ce catalogue complet retire %(n)s de vos %(active)s formations actives du catalogue (notamment %(ids)s) ; leurs sessions ne pourront plus être réservées. Confirmez-le explicitement si c'est voulu.",
        "This whole catalogue takes %(n)s of your %(active)s active courses out of the catalogue (among them %(ids)s); their sessions can then no longer be booked. Confirm this explicitly if that is intended."),
    "Ja, haal ook meer dan de helft van mijn actieve opleidingen uit de catalogus": (
        "Oui, retirer aussi plus de la moitié de mes formations actives du catalogue", "Yes, also take more than half of my active courses out of the catalogue"),
    "Enkel nodig als dit bestand als volledige catalogus de meeste opleidingen weghaalt.": (
        "Nécessaire uniquement si ce fichier, en tant que catalogue complet, retire la plupart des formations.",
        "Only needed when this file, as the whole catalogue, takes out most of the courses."),
    "Bij %(n)s sessies waren er minder vrije plaatsen dan u opgaf, door inschrijvingen via het platform: %(sessions)s.": (
        "Pour %(n)s sessions, il y avait moins de places libres qu'indiqué, en raison d'inscriptions via la plateforme : %(sessions)s.",
        "For %(n)s sessions there were fewer free places than you gave, because of bookings through the platform: %(sessions)s."),
    "Het formulier kon niet verstuurd worden": ("Le formulaire n'a pas pu être envoyé", "The form could not be sent"),
    "Voor uw veiligheid hebben we dit formulier niet verwerkt. Het was te oud (bijvoorbeeld omdat u intussen opnieuw aanmeldde of de pagina lang open stond) of het kwam van een andere website.": (
        "Pour votre sécurité, nous n'avons pas traité ce formulaire. Il était trop ancien (par exemple parce que vous vous êtes reconnecté(e) entre-temps ou que la page est restée longtemps ouverte) ou il provenait d'un autre site web.",
        "For your security we did not process this form. It was too old (for example because you logged in again in the meantime or the page was open for a long time) or it came from another website."),
    "Laad de pagina opnieuw en vul het formulier nog eens in. Wat u invulde, is niet bewaard.": (
        "Rechargez la page et remplissez à nouveau le formulaire. Ce que vous aviez saisi n'a pas été enregistré.",
        "Reload the page and fill in the form again. What you entered has not been saved."),
})
T.update({  # issue 11 attack fixes (helper h-fix11): control-service letters, stored evidence, wrapped Forbidden/NotFound texts
    "Brief van de controledienst (inhoud enkel voor de controledienst)": (
        "Lettre du service de contrôle (contenu réservé au service de contrôle)", "Letter from the control service (content for the control service only)"),
    "De inhoud van een brief van de controledienst is enkel voor de controledienst.": (
        "Le contenu d'une lettre du service de contrôle est réservé au service de contrôle.",
        "The content of a letter from the control service is for the control service only."),
    "De inhoud van deze brief is enkel voor de controledienst. U ziet wanneer en hoe hij verstuurd werd.": (
        "Le contenu de cette lettre est réservé au service de contrôle. Vous voyez quand et comment elle a été envoyée.",
        "The content of this letter is for the control service only. You see when and how it was sent."),
    "U vroeg te veel nieuwe bewijzen aan; probeer opnieuw over %(seconds)s seconden.": (
        "Vous avez demandé trop de nouvelles preuves ; réessayez dans %(seconds)s secondes.",
        "You asked for too many new evidence files; try again in %(seconds)s seconds."),
    "bewaard bewijs van een bericht": ("preuve conservée d'un message", "stored evidence of a message"),
    "bewaarde bewijzen van berichten": ("preuves conservées de messages", "stored evidence of messages"),
    "Enkel voor burgers.": ("Réservé aux citoyens.", "For citizens only."),
    "Uw rol heeft geen toegang tot trajecten.": ("Votre rôle n'a pas accès aux trajets.", "Your role has no access to pathways."),
    "Geen persoon met dit nummer binnen uw toegang.": ("Aucune personne avec ce numéro dans votre accès.", "No person with this number within your access."),
    "Enkel voor de burger zelf.": ("Réservé au citoyen lui-même.", "For the citizen themselves only."),
    "Geen stap binnen uw toegang.": ("Aucune étape dans votre accès.", "No step within your access."),
    "Uw rol heeft geen werklijst.": ("Votre rôle n'a pas de liste de travail.", "Your role has no worklist."),
    "Uw rol mag niet zoeken in het talentregister.": ("Votre rôle ne peut pas chercher dans le registre des talents.", "Your role may not search the talent register."),
    "Uw rol mag niet sorteren op dit gegeven.": ("Votre rôle ne peut pas trier sur cette donnée.", "Your role may not sort on this field."),
    "Uw rol mag niet filteren op dit gegeven.": ("Votre rôle ne peut pas filtrer sur cette donnée.", "Your role may not filter on this field."),
    "kies een van: %(choices)s": ("choisissez parmi : %(choices)s", "choose one of: %(choices)s"),
    "vanaf 1": ("à partir de 1", "from 1"),
    "Ongeldige keuze in de lijst.": ("Choix non valable dans la liste.", "Invalid choice in the list."),
    "een sleutel van 1 tot 120 tekens": ("une clé de 1 à 120 caractères", "a key of 1 to 120 characters"),
    "een datum": ("une date", "a date"),
    "Ongeldige taak.": ("Tâche non valable.", "Invalid task."),
})
T.update({
    "Het verhoor moet na vandaag liggen.": ("L'audition doit avoir lieu après aujourd'hui.", "The hearing must be after today."),
    "Een verhoor begint tijdens de kantooruren, tussen %(start)s en %(end)s.": (
        "Une audition commence pendant les heures de bureau, entre %(start)s et %(end)s.",
        "A hearing starts during office hours, between %(start)s and %(end)s."),
    "De uitnodiging geldt pas op %(notified)s als ontvangen; het verhoor kan ten vroegste op %(earliest)s.": (
        "L'invitation n'est réputée reçue que le %(notified)s ; l'audition peut avoir lieu au plus tôt le %(earliest)s.",
        "The invitation only counts as received on %(notified)s; the hearing can take place on %(earliest)s at the earliest."),
    "De oproeping geldt pas later als ontvangen: kies een moment vanaf %(day)s.": (
        "La convocation n'est réputée reçue que plus tard : choisissez un moment à partir du %(day)s.",
        "The convocation only counts as received later: choose a moment from %(day)s on."),
})
T.update({
    "Link voor het videogesprek: %(link)s": ("Lien pour l'appel vidéo : %(link)s", "Link for the video call: %(link)s"),
    "Adres: %(address)s.": ("Adresse : %(address)s.", "Address: %(address)s."),
    "bezoekadres": ("adresse de visite", "visiting address"),
    "Straat en nummer, postcode en gemeente, zoals op een uitnodiging": (
        "Rue et numéro, code postal et commune, comme sur une invitation", "Street and number, postal code and municipality, as on an invitation"),
    "stap “%(title)s” moest uiterlijk op %(day)s klaar zijn": (
        "l'étape « %(title)s » devait être terminée au plus tard le %(day)s", "step “%(title)s” was due by %(day)s"),
    "Geef eerst een nieuwe datum of schrap de stap: %(steps)s.": (
        "Donnez d'abord une nouvelle date ou supprimez l'étape : %(steps)s.", "First give a new date or strike the step: %(steps)s."),
    "voorbij: nieuwe datum nodig": ("dépassée : nouvelle date requise", "passed: new date needed"),
    "Wijzigen": ("Modifier", "Change"),
    "Uw browser bewaart een gekozen bestand niet: kies het opnieuw.": (
        "Votre navigateur ne conserve pas un fichier choisi : choisissez-le à nouveau.", "Your browser does not keep a chosen file: choose it again."),
    "Ga terug met de knop van uw browser, of naar de": ("Revenez avec le bouton de votre navigateur, ou allez à la", "Go back with your browser's button, or to the"),
    "startpagina": ("page d'accueil", "home page"),
    "Niet uitgevoerd": ("Non exécuté", "Not done"),
    "termijn verstreken, te beslissen": ("délai expiré, à décider", "term over, to decide"),
    "Uw wijziging is niet bewaard: de pagina stuurde niet mee welke versie u bewerkte. Laad de pagina opnieuw en doe uw wijziging nog eens.": (
        "Votre modification n'a pas été enregistrée : la page n'a pas envoyé la version que vous modifiiez. Rechargez la page et refaites votre "
        "modification.",
        "Your change was not saved: the page did not send the version you edited. Reload the page and make your change again."),
})
T.update({
    "Versie %(n)s is aan de burger voorgesteld en wacht op aanvaarding (uiterlijk %(day)s): ze kan niet meer wijzigen. Na de aanvaarding kan een nieuwe versie.": (
        "La version %(n)s a été proposée au citoyen et attend son acceptation (au plus tard le %(day)s) : elle ne peut plus changer. Une "
        "nouvelle version est possible après l'acceptation.",
        "Version %(n)s has been proposed to the citizen and awaits acceptance (by %(day)s): it can no longer change. A new version is "
        "possible after acceptance."),
    "Het verhoor moet binnen de termijn voor verweer liggen, die op %(latest)s eindigt als de uitnodiging op %(notified)s geacht ontvangen is.": (
        "L'audition doit avoir lieu dans le délai de défense, qui se termine le %(latest)s si l'invitation est réputée reçue le %(notified)s.",
        "The hearing must fall within the term for a defence, which ends on %(latest)s when the invitation is deemed received on %(notified)s."),
    "Een stap loopt hoogstens twee jaar: kies een datum tot %(day)s.": (
        "Une étape dure au plus deux ans : choisissez une date jusqu'au %(day)s.", "A step runs at most two years: choose a date up to %(day)s."),
})
T.update({
    "Niet gehaald: %(steps)s": ("Non réalisé : %(steps)s", "Not met: %(steps)s"),
    "%(step)s (uiterlijk op %(date)s)": ("%(step)s (au plus tard le %(date)s)", "%(step)s (due %(date)s)"),
    "Verstuurd via %(first)s, niet afgeleverd via %(channel)s: %(error)s": (
        "Envoyé par %(first)s, non délivré par %(channel)s : %(error)s", "Sent by %(first)s, not delivered by %(channel)s: %(error)s"),
    "Doorverwezen door %(org)s: screening en traject": ("Orienté par %(org)s : screening et trajet", "Referred by %(org)s: screening and trajectory"),
    "Vraag over vacature “%(title)s”": ("Question sur l'offre « %(title)s »", "Question about vacancy “%(title)s”"),
    "De werkzoekende wil deze vacature bespreken.": ("Le demandeur d'emploi souhaite discuter de cette offre.", "The job seeker wants to discuss this vacancy."),
    "Terugkoppeling van %(employer)s over “%(title)s”: %(reason)s": (
        "Retour de %(employer)s sur « %(title)s » : %(reason)s", "Feedback from %(employer)s on “%(title)s”: %(reason)s"),
    "%(text)s\nOntbrekende competenties: %(skills)s": ("%(text)s\nCompétences manquantes : %(skills)s", "%(text)s\nMissing competences: %(skills)s"),
})
T.update({
    "Controledienst": ("Service de contrôle", "Control service"),
})
# stop 27: issue 11's walk and attack of stop 26 (hours, one-line texts, reviews, publication, worklist)
T.update({
    "niet voor het begin van de activiteit (%(day)s)": ("pas avant le début de l'activité (%(day)s)", "not before the activity starts (%(day)s)"),
    "De taak verdwijnt van de open lijst. Het dossier zelf verandert niet.": (
        "La tâche disparaît de la liste ouverte. Le dossier lui-même ne change pas.",
        "The task leaves the open list. The file itself does not change."),
    "Toelichting (niet verplicht)": ("Explication (facultative)", "Note (optional)"),
    "Afgewerkt…": ("Terminée…", "Done…"),
    "Er is niets gepubliceerd: al deze momenten staan al in de agenda.": (
        "Rien n'a été publié : tous ces créneaux figurent déjà dans l'agenda.",
        "Nothing was published: all these slots are already in the agenda."),
    "Eén regel tekst zonder stuurtekens of regeleinden (gevonden: %(found)s).": (
        "Une seule ligne de texte, sans caractères de contrôle ni sauts de ligne (trouvé : %(found)s).",
        "One line of text without control characters or line breaks (found: %(found)s)."),
    "Niet bewaard: een tekst van één regel bevat stuurtekens of regeleinden.": (
        "Non enregistré : un texte d'une ligne contient des caractères de contrôle ou des sauts de ligne.",
        "Not saved: a one-line text contains control characters or line breaks."),
    "Bij afkeuren verplicht: de reden, die de burger leest (minstens 5 tekens).": (
        "Obligatoire en cas de refus : la raison, que le citoyen lira (au moins 5 caractères).",
        "Required when rejecting: the reason, which the citizen reads (at least 5 characters)."),
})
PLURALS.update({
    "%(n)s moment gepubliceerd.": (("%(n)s créneau publié.", "%(n)s créneaux publiés."), ("%(n)s slot published.", "%(n)s slots published.")),
})
# stop 27: the API's schema errors in the reader's language (werkregie/api/problems.py)
T.update({
    "geen geldige datum: schrijf JJJJ-MM-DD (bv. 2026-03-31)": (
        "date non valide : écrivez AAAA-MM-JJ (p. ex. 2026-03-31)", "not a valid date: write YYYY-MM-DD (e.g. 2026-03-31)"),
    "geen geldig tijdstip: schrijf JJJJ-MM-DDTUU:MM (bv. 2026-03-31T14:00)": (
        "moment non valide : écrivez AAAA-MM-JJTHH:MM (p. ex. 2026-03-31T14:00)", "not a valid date and time: write YYYY-MM-DDTHH:MM (e.g. 2026-03-31T14:00)"),
    "geen geldig uur: schrijf UU:MM (bv. 14:00)": ("heure non valide : écrivez HH:MM (p. ex. 14:00)", "not a valid time: write HH:MM (e.g. 14:00)"),
    "ontbreekt (verplicht)": ("manquant (obligatoire)", "missing (required)"),
    "geef een geheel getal": ("donnez un nombre entier", "give a whole number"),
    "geef een getal (met een punt als decimaalteken in de API)": (
        "donnez un nombre (avec un point comme séparateur décimal dans l'API)", "give a number (with a decimal point in the API)"),
    "geef true of false": ("donnez true ou false", "give true or false"),
    "geef een tekst": ("donnez un texte", "give a text"),
    "hoogstens %(n)s tekens": ("au plus %(n)s caractères", "at most %(n)s characters"),
    "minstens %(n)s tekens": ("au moins %(n)s caractères", "at least %(n)s characters"),
    "minstens %(n)s": ("au moins %(n)s", "at least %(n)s"),
    "meer dan %(n)s": ("plus de %(n)s", "more than %(n)s"),
    "hoogstens %(n)s": ("au plus %(n)s", "at most %(n)s"),
    "minder dan %(n)s": ("moins de %(n)s", "less than %(n)s"),
    "kies een van: %(choices)s": ("choisissez parmi : %(choices)s", "choose one of: %(choices)s"),
    "heeft niet de vorm %(pattern)s": ("n'a pas la forme %(pattern)s", "does not have the form %(pattern)s"),
    "heeft niet de verwachte vorm (zie /api/v1/docs)": ("n'a pas la forme attendue (voir /api/v1/docs)", "does not have the expected form (see /api/v1/docs)"),
    "De aanvraag volgt het gedocumenteerde schema niet (%(first)s).": (
        "La requête ne suit pas le schéma documenté (%(first)s).", "The request does not follow the documented schema (%(first)s)."),
    "De aanvraag volgt het gedocumenteerde schema niet.": ("La requête ne suit pas le schéma documenté.", "The request does not follow the documented schema."),
})
T.update({
    "Opleiding gevolgd (bevestigd door %(who)s)": ("Formation suivie (confirmée par %(who)s)", "Training followed (confirmed by %(who)s)"),
})
T.update({
    "Online verplaatsen kan tot %(hours)s uur voor de afspraak; die grens is voorbij. Neem contact op met uw bemiddelaar.": (
        "Un rendez-vous peut être déplacé en ligne jusqu'à %(hours)s heures avant ; ce délai est dépassé. Contactez votre conseiller·ère.",
        "An appointment can be moved online up to %(hours)s hours before; that limit has passed. Please contact your counsellor."),
})
T.update({
    "Sorteer op vervaldatum, naam of soort.": ("Triez par échéance, nom ou type.", "Sort by due date, name or kind."),
    "Taken, op naam": ("Tâches, par nom", "Tasks, by name"),
    "Taken, per soort": ("Tâches, par type", "Tasks, by kind"),
})
T.update({
    "Niet gevonden in het traject van deze persoon.": ("Introuvable dans le trajet de cette personne.", "Not found in this person's pathway."),
    "een datum van %(first)s tot %(last)s": ("une date du %(first)s au %(last)s", "a date from %(first)s to %(last)s"),
    "Tekst zonder stuurtekens (gevonden: %(found)s).": ("Texte sans caractères de contrôle (trouvé : %(found)s).", "Text without control characters (found: %(found)s)."),
    "Niet bewaard: een tekst bevat stuurtekens (of regeleinden in een tekst van één regel).": (
        "Non enregistré : un texte contient des caractères de contrôle (ou des sauts de ligne dans un texte d'une ligne).",
        "Not saved: a text contains control characters (or line breaks in a one-line text)."),
})
T.update({
    "Bewijsstuk opladen": ("Déposer une pièce justificative", "Upload a piece of evidence"),
    "Bewijs opladen": ("Déposer la preuve", "Upload the proof"),
    "Afsprakenbladen en stappen": ("Engagements (feuilles d'engagements) et étapes", "Agreements and their steps"),
})
T.update({
    "Werkzoekend sinds %(day)s, nog niet gescreend in deze periode.": (
        "Demandeur·euse d'emploi depuis le %(day)s, pas encore screené·e pour cette période.",
        "Job seeker since %(day)s, not yet screened in this period."),
    "Laatste beoordeling op %(day)s.": ("Dernière évaluation le %(day)s.", "Last assessment on %(day)s."),
    "Uitkering sinds %(since)s; niet-zelfredzaam beoordeeld op %(on)s.": (
        "Allocation depuis le %(since)s ; jugé·e non autonome le %(on)s.", "On benefit since %(since)s; judged not self-reliant on %(on)s."),
})
T.update({
    "Beslissing verstuurd, geacht ontvangen op %(day)s": ("Décision envoyée, réputée reçue le %(day)s", "Decision sent, deemed received on %(day)s"),
})
T.update({
    "Schrappen…": ("Supprimer…", "Remove…"),
    "De stap verdwijnt uit dit ontwerp.": ("L'étape disparaît de ce projet.", "The step leaves this draft."),
})

# The compliance rule table's legal grounds and uncertainty (werkregie/compliance/parameter_texts.py).
T.update({
    'Niet nakomen van de bindende afspraken van het ultiem afsprakenblad na formeel en ultiem afsprakenblad (onvoldoende actief zoekgedrag): schorsing van 4 tot 52 weken of een verwittiging, door de controledienst van VDAB na verhoor.': ('Non-respect des engagements contraignants du plan d’action ultime après plan d’action formel et ultime (recherche active d’emploi insuffisante) : suspension de 4 à 52 semaines ou un avertissement, par le service de contrôle du VDAB après audition.', 'Not keeping the binding agreements of the final action plan after a formal and a final action plan (insufficient active job search): suspension of 4 to 52 weeks or a warning, by VDAB’s control service after a hearing.'),
    'De Vlaamse besluittekst over de controle op de beschikbaarheid (de sanctieschaal van VDAB) is niet gevonden. Het bereik (4 tot 52 weken, of een verwittiging; onbepaalde duur bij opzet) staat op de VDAB-site; de exacte duur per stap voor de evaluatie van het actief zoekgedrag is niet gedocumenteerd; de voorgestelde stappen (verwittiging, 4 weken, 13 weken) zijn die van het niet verschijnen en zijn een aanname.': ('Le texte de l’arrêté flamand sur le contrôle de la disponibilité (l’échelle des sanctions du VDAB) n’a pas été trouvé. La fourchette (4 à 52 semaines, ou un avertissement ; durée indéterminée en cas d’intention) figure sur le site du VDAB ; la durée exacte par étape pour l’évaluation de la recherche active d’emploi n’est pas documentée ; les étapes proposées (avertissement, 4 semaines, 13 semaines) sont celles de la non-comparution et sont une hypothèse.', 'The Flemish decree text on the control of availability (VDAB’s scale of sanctions) was not found. The range (4 to 52 weeks, or a warning; indefinite when deliberate) is on VDAB’s site; the exact length per step for the evaluation of active job search is not documented; the proposed steps (warning, 4 weeks, 13 weeks) are those for not turning up and are an assumption.'),
    'Weigering van gemeenschapsdienst zonder geldige reden (sinds 1-1-2023 voor wie langer dan 2 jaar werkloos is): sanctie door VDAB binnen het bereik van 4 tot 52 weken of een verwittiging.': ('Refus du service communautaire sans motif valable (depuis le 1-1-2023 pour qui est au chômage depuis plus de 2 ans) : sanction par le VDAB dans la fourchette de 4 à 52 semaines ou un avertissement.', 'Refusing community service without a valid reason (since 1-1-2023 for those unemployed for more than 2 years): a sanction by VDAB within the range of 4 to 52 weeks or a warning.'),
    'De rechtsakte van de gemeenschapsdienst (decreet of besluit, nummer en datum) is niet gevonden; de bronnen zeggen enkel dat weigeren zonder geldige reden een sanctie van VDAB riskeert. Het bereik en de stappen zijn die van het niet nakomen van afspraken, een aanname.': ('L’acte juridique du service communautaire (décret ou arrêté, numéro et date) n’a pas été trouvé ; les sources disent seulement qu’un refus sans motif valable expose à une sanction du VDAB. La fourchette et les étapes sont celles du non-respect des engagements, une hypothèse.', 'The legal act on community service (decree or order, number and date) was not found; the sources only say that refusing without a valid reason risks a sanction by VDAB. The range and the steps are those for not keeping agreements, an assumption.'),
    'Niet verschijnen zonder geldige reden op een uitnodiging of oproeping van VDAB (bewijs van een geldige reden uiterlijk de 3de werkdag): schorsing van de uitkering van 4 tot 52 weken of een verwittiging (KB 25-11-1991 art. 70 en 71, toegepast door VDAB sinds 1-1-2016).': ('Ne pas se présenter sans motif valable à une invitation ou convocation du VDAB (preuve d’un motif valable au plus tard le 3e jour ouvrable) : suspension de l’allocation de 4 à 52 semaines ou un avertissement (AR du 25-11-1991, art. 70 et 71, appliqué par le VDAB depuis le 1-1-2016).', 'Not turning up without a valid reason to an invitation or summons from VDAB (proof of a valid reason by the 3rd working day at the latest): suspension of the benefit for 4 to 52 weeks or a warning (Royal Decree of 25-11-1991 art. 70 and 71, applied by VDAB since 1-1-2016).'),
    'De Vlaamse besluittekst over de controle op de beschikbaarheid (de sanctieschaal van VDAB) is niet gevonden. Het bereik (4 tot 52 weken, of een verwittiging; onbepaalde duur bij opzet) staat op de VDAB-site; de voorgestelde stappen (eerste keer verwittiging, tweede keer 4 weken, daarna 13 weken; de vierde in 12 maanden onbepaalde duur) volgen de praktijk die de VDAB-woordvoerder beschreef, niet een gepubliceerde schaal.': ('Le texte de l’arrêté flamand sur le contrôle de la disponibilité (l’échelle des sanctions du VDAB) n’a pas été trouvé. La fourchette (4 à 52 semaines, ou un avertissement ; durée indéterminée en cas d’intention) figure sur le site du VDAB ; les étapes proposées (la première fois un avertissement, la deuxième 4 semaines, ensuite 13 semaines ; la quatrième en 12 mois une durée indéterminée) suivent la pratique décrite par le porte-parole du VDAB, pas une échelle publiée.', 'The Flemish decree text on the control of availability (VDAB’s scale of sanctions) was not found. The range (4 to 52 weeks, or a warning; indefinite when deliberate) is on VDAB’s site; the proposed steps (a warning the first time, 4 weeks the second, then 13 weeks; the fourth within 12 months indefinite) follow the practice VDAB’s spokesperson described, not a published scale.'),
    'Zich niet aanbieden bij een werkgever na een uitnodiging van VDAB: uitsluiting van 4 tot 52 weken of een verwittiging; met de bedoeling de uitkering te behouden: uitsluiting voor onbepaalde duur (KB 25-11-1991 art. 51 en 52bis, toegepast door VDAB sinds 1-1-2016).': ('Ne pas se présenter chez un employeur après une invitation du VDAB : exclusion de 4 à 52 semaines ou un avertissement ; dans l’intention de conserver l’allocation : exclusion pour une durée indéterminée (AR du 25-11-1991, art. 51 et 52bis, appliqué par le VDAB depuis le 1-1-2016).', 'Not presenting oneself to an employer after an invitation from VDAB: exclusion of 4 to 52 weeks or a warning; with the intention of keeping the benefit: exclusion for an indefinite period (Royal Decree of 25-11-1991 art. 51 and 52bis, applied by VDAB since 1-1-2016).'),
    'De Vlaamse besluittekst over de controle op de beschikbaarheid (de sanctieschaal van VDAB) is niet gevonden. Het bereik (4 tot 52 weken, of een verwittiging; onbepaalde duur bij opzet) staat op de VDAB-site; de voorgestelde stappen (4, 13, daarna 26 weken) zijn een aanname binnen dat bereik.': ('Le texte de l’arrêté flamand sur le contrôle de la disponibilité (l’échelle des sanctions du VDAB) n’a pas été trouvé. La fourchette (4 à 52 semaines, ou un avertissement ; durée indéterminée en cas d’intention) figure sur le site du VDAB ; les étapes proposées (4, 13, puis 26 semaines) sont une hypothèse dans cette fourchette.', 'The Flemish decree text on the control of availability (VDAB’s scale of sanctions) was not found. The range (4 to 52 weeks, or a warning; indefinite when deliberate) is on VDAB’s site; the proposed steps (4, 13, then 26 weeks) are an assumption within that range.'),
    'Weigering van een passende dienstbetrekking: uitsluiting van 4 tot 52 weken of een verwittiging; met de bedoeling de uitkering te behouden: uitsluiting voor onbepaalde duur (KB 25-11-1991 art. 51 en 52bis, toegepast door VDAB sinds 1-1-2016).': ('Refus d’un emploi convenable : exclusion de 4 à 52 semaines ou un avertissement ; dans l’intention de conserver l’allocation : exclusion pour une durée indéterminée (AR du 25-11-1991, art. 51 et 52bis, appliqué par le VDAB depuis le 1-1-2016).', 'Refusing suitable employment: exclusion of 4 to 52 weeks or a warning; with the intention of keeping the benefit: exclusion for an indefinite period (Royal Decree of 25-11-1991 art. 51 and 52bis, applied by VDAB since 1-1-2016).'),
    'De Vlaamse besluittekst over de controle op de beschikbaarheid (de sanctieschaal van VDAB) is niet gevonden. Het bereik (4 tot 52 weken, of een verwittiging; onbepaalde duur bij opzet) staat op de VDAB-site; de voorgestelde stappen (4, 13, daarna 26 weken) zijn een aanname binnen dat bereik; een verwittiging blijft mogelijk met een motivering.': ('Le texte de l’arrêté flamand sur le contrôle de la disponibilité (l’échelle des sanctions du VDAB) n’a pas été trouvé. La fourchette (4 à 52 semaines, ou un avertissement ; durée indéterminée en cas d’intention) figure sur le site du VDAB ; les étapes proposées (4, 13, puis 26 semaines) sont une hypothèse dans cette fourchette ; un avertissement reste possible avec une motivation.', 'The Flemish decree text on the control of availability (VDAB’s scale of sanctions) was not found. The range (4 to 52 weeks, or a warning; indefinite when deliberate) is on VDAB’s site; the proposed steps (4, 13, then 26 weeks) are an assumption within that range; a warning remains possible with a statement of reasons.'),
})
T.update({
    "in het Nederlands": ("en néerlandais", "in Dutch"),
    "%(decision)s heeft geen aantal weken: laat het veld leeg of kies een schorsing of uitsluiting.": (
        "%(decision)s n’a pas de nombre de semaines : laissez le champ vide ou choisissez une suspension ou une exclusion.",
        "%(decision)s has no number of weeks: leave the field empty or choose a suspension or an exclusion."),
})
T.update({
    "Het verhoor is gepland op %(when)s: u registreert het verslag of het schriftelijk verweer nadat het plaatsvond.": (
        "L’audition est prévue le %(when)s : vous enregistrez le rapport ou la défense écrite après qu’elle a eu lieu.",
        "The hearing is planned for %(when)s: you record the report or the written defence after it has taken place."),
})
T.update({
    "Niet gevonden binnen uw toegang.": ("Introuvable dans votre accès.", "Not found within your access."),
    "Versie %(expected)s bestaat niet: de huidige versie is %(current)s. Haal de huidige versie op en stuur die mee.": (
        "La version %(expected)s n’existe pas : la version actuelle est %(current)s. Récupérez la version actuelle et envoyez-la.",
        "Version %(expected)s does not exist: the current version is %(current)s. Fetch the current version and send it."),
    "De versie in de body (%(body)s) en in If-Match (%(header)s) verschillen: stuur één versie, die u ophaalde.": (
        "La version du corps (%(body)s) et celle de If-Match (%(header)s) diffèrent : envoyez une seule version, celle que vous avez récupérée.",
        "The version in the body (%(body)s) and in If-Match (%(header)s) differ: send one version, the one you fetched."),
})
T.update({
    "Ingediend op %(day)s": ("Remis le %(day)s", "Handed in on %(day)s"),
    "Bewijsstuk": ("Pièce justificative", "Supporting document"),
})
T.update({
    "Een traject opent u enkel voor: %(allowed)s.": ("Vous n’ouvrez un trajet que pour : %(allowed)s.", "You open a trajectory only for: %(allowed)s."),
})
T.update({
    "Link kopiëren": ("Copier le lien", "Copy link"),
    "De link staat op uw klembord.": ("Le lien est dans votre presse-papiers.", "The link is on your clipboard."),
})
T.update({
    "maand loopt nog": ("mois en cours", "month in progress"),
})
T.update({
    "De eerste dag (%(since)s) ligt na de laatste dag (%(until)s).": (
        "Le premier jour (%(since)s) est postérieur au dernier jour (%(until)s).", "The first day (%(since)s) is after the last day (%(until)s)."),
    "niet na de laatste dag (%(until)s)": ("pas après le dernier jour (%(until)s)", "not after the last day (%(until)s)"),
})
T.update({
    "enkel een activiteit in uw eigen gemeente (%(own)s)": ("uniquement une activité dans votre propre commune (%(own)s)",
                                                            "only an activity in your own municipality (%(own)s)"),
})
T.update({
    "waarvoor u nog geen moment koos": ("pour lequel vous n’aviez pas encore choisi de moment", "for which you had not yet chosen a time"),
    "Een getal of datum in de aanvraag valt buiten het bereik.": ("Un nombre ou une date de la demande est hors limites.", "A number or date in the request is out of range."),
    "Een waarde in de aanvraag valt buiten het bereik of is te lang.": ("Une valeur de la demande est hors limites ou trop longue.", "A value in the request is out of range or too long."),
    "geef een eindig getal": ("donnez un nombre fini", "give a finite number"),
    "De sanctie gaat uiterlijk een jaar na de beslissing in (%(day)s).": ("La sanction prend cours au plus tard un an après la décision (%(day)s).", "The sanction starts at the latest one year after the decision (%(day)s)."),
    "%(decision)s heeft geen begindatum: laat het veld leeg.": ("%(decision)s n’a pas de date de début : laissez le champ vide.", "%(decision)s has no start date: leave the field empty."),
    "Geen bericht met dit nummer in dit dossier.": ("Aucun message portant ce numéro dans ce dossier.", "No message with this number in this case."),
    "Bewijs (PDF)": ("Preuve (PDF)", "Proof (PDF)"),
})
# Walk and attack of stop 28 (issue 11, 16)
T.update({
    "Dit zijn bindende afspraken: wie ze zonder geldige reden niet nakomt, kan een sanctie krijgen.": (
        "Ce sont des engagements contraignants : qui ne les respecte pas sans motif valable peut être sanctionné.",
        "These are binding agreements: not keeping them without a valid reason can lead to a sanction."),
    "Een taalniveau hoort enkel bij een taalcursus: laat het leeg of kies die soort stap.": (
        "Un niveau de langue ne va qu’avec un cours de langue : laissez-le vide ou choisissez ce type d’étape.",
        "A language level belongs to a language course only: leave it empty or choose that kind of step."),
    "Er loopt al een uitnodiging voor dit soort gesprek (%(state)s): bekijk of verplaats die.": (
        "Une invitation pour ce type d’entretien est déjà en cours (%(state)s) : consultez-la ou déplacez-la.",
        "An invitation for this kind of conversation is already running (%(state)s): look at it or move it."),
    "Komt u liever niet, of wilt u iets toevoegen? Tot en met %(day)s kunt u ook schriftelijk reageren en bewijsstukken toevoegen: het verhoor en de schriftelijke reactie zijn twee kansen om uw uitleg te geven.": (
        "Vous préférez ne pas venir, ou vous voulez ajouter quelque chose ? Jusqu’au %(day)s inclus, vous pouvez aussi réagir par écrit et ajouter des pièces : l’audition et la réaction écrite sont deux occasions de donner votre explication.",
        "Would you rather not come, or do you want to add something? Until %(day)s you can also respond in writing and add documents: the hearing and the written response are two chances to explain."),
    "Uw traject is geschorst sinds %(day)s (%(reason)s). Uw termijnen lopen niet: ze schuiven op met de dagen van de schorsing wanneer het traject hervat.": (
        "Votre trajet est suspendu depuis le %(day)s (%(reason)s). Vos délais ne courent pas : ils sont reportés du nombre de jours de la suspension quand le trajet reprend.",
        "Your trajectory is suspended since %(day)s (%(reason)s). Your deadlines do not run: they move by the days of the suspension when the trajectory resumes."),
    "Verplicht bij een andere reden.": ("Obligatoire pour un autre motif.", "Required for another reason."),
    "Waarom wordt het verhoor verplaatst?": ("Pourquoi l’audition est-elle déplacée ?", "Why is the hearing moved?"),
    "Zeg bij een andere reden waarom het traject afsluit (minstens 5 tekens).": (
        "Pour un autre motif, dites pourquoi le trajet se termine (au moins 5 caractères).",
        "For another reason, say why the trajectory closes (at least 5 characters)."),
    "hoogstens %(week)s uur per week (%(month)s uur per maand)": ("au plus %(week)s heures par semaine (%(month)s heures par mois)",
                                                                   "at most %(week)s hours a week (%(month)s hours a month)"),
    "minstens %(week)s uur per week (%(month)s uur per maand)": ("au moins %(week)s heures par semaine (%(month)s heures par mois)",
                                                                  "at least %(week)s hours a week (%(month)s hours a month)"),
    "De persoon leest dit in de nieuwe uitnodiging.": ("La personne le lit dans la nouvelle invitation.", "The person reads this in the new invitation."),
    "Er zijn geen taken die aan deze filters voldoen. Elke nacht zet het platform nieuwe termijnen op uw werklijst.": (
        "Aucune tâche ne correspond à ces filtres. Chaque nuit, la plateforme ajoute les nouveaux délais à votre liste de travail.",
        "No tasks match these filters. Every night the platform puts new deadlines on your worklist."),
    "Het verhoor is niet verplaatst.": ("L’audition n’a pas été déplacée.", "The hearing was not moved."),
    "Het verhoor is verplaatst en de nieuwe uitnodiging is verstuurd.": ("L’audition a été déplacée et la nouvelle invitation a été envoyée.",
                                                                          "The hearing was moved and the new invitation was sent."),
    "Kies een reden": ("Choisissez un motif", "Choose a reason"),
    "Met %(name)s": ("Avec %(name)s", "With %(name)s"),
    "Nog geen lopende termijnen": ("Pas encore de délais en cours", "No running deadlines yet"),
    "Schriftelijk reageren kan tot": ("Réaction écrite possible jusqu’au", "Written response possible until"),
    "Tot taalniveau %(level)s": ("Jusqu’au niveau de langue %(level)s", "To language level %(level)s"),
    "U kunt ook schriftelijk reageren en bewijsstukken toevoegen.": ("Vous pouvez aussi réagir par écrit et ajouter des pièces justificatives.",
                                                                     "You can also respond in writing and add supporting documents."),
    "U mag zich laten bijstaan door een vakbond, een advocaat of een vertrouwenspersoon.": (
        "Vous pouvez vous faire assister par un syndicat, un avocat ou une personne de confiance.",
        "You may be assisted by a trade union, a lawyer or a person you trust."),
    "Uw termijnen lopen zodra u de afspraken hierboven aanvaardt.": ("Vos délais commencent dès que vous acceptez les engagements ci-dessus.",
                                                                     "Your deadlines start once you accept the agreements above."),
    "Uw verhoor bij de controledienst van VDAB is verplaatst": ("Votre audition auprès du service de contrôle du VDAB est déplacée",
                                                                 "Your hearing with VDAB's control service has been moved"),
    "Verhoor verplaatsen": ("Déplacer l’audition", "Move the hearing"),
    "Zeg waarom het verhoor verplaatst wordt (minstens 5 tekens).": ("Dites pourquoi l’audition est déplacée (au moins 5 caractères).",
                                                                     "Say why the hearing moves (at least 5 characters)."),
    "Verhoor op": ("Audition le", "Hearing on"),
    "Bevestigen of afwijzen": ("Confirmer ou refuser", "Confirm or reject"),
    "Ze tellen pas mee als u ze bevestigt.": ("Elles ne comptent qu’une fois que vous les confirmez.", "They count only once you confirm them."),
    "Ingeschreven via de opleidingsgids (inschrijving %(booking)s)": ("Inscrit via le guide des formations (inscription %(booking)s)",
                                                                      "Enrolled through the training guide (booking %(booking)s)"),
    "Beste %(name)s,\n\nUw verhoor over %(infringement)s (op %(occurred_on)s) is verplaatst: %(reason)s\nDeze brief vervangt de uitnodiging voor het verhoor op %(previous)s.\n\nU bent uitgenodigd voor een verhoor op %(hearing_at)s (%(mode)s, %(place)s).\nU kunt ook schriftelijk reageren en bewijsstukken toevoegen (PDF, JPEG of PNG) via %(link)s, binnen %(term)s na de dag waarop u deze brief ontvangt.\n\nKomt u niet en reageert u niet binnen die termijn, dan beslissen we op basis van het dossier.\nU mag zich laten bijstaan door een vakbond, een advocaat of een andere vertrouwenspersoon.\n\nDossiernummer: %(case)s\n\nMet vriendelijke groeten,\nDe controledienst van VDAB": (
        "Madame, Monsieur %(name)s,\n\nVotre audition concernant %(infringement)s (le %(occurred_on)s) est déplacée : %(reason)s\nCette lettre remplace l’invitation à l’audition du %(previous)s.\n\nVous êtes invité(e) à une audition le %(hearing_at)s (%(mode)s, %(place)s).\nVous pouvez aussi réagir par écrit et ajouter des pièces (PDF, JPEG ou PNG) via %(link)s, dans les %(term)s qui suivent le jour où vous recevez cette lettre.\n\nSi vous ne venez pas et ne réagissez pas dans ce délai, nous décidons sur la base du dossier.\nVous pouvez vous faire assister par un syndicat, un avocat ou une autre personne de confiance.\n\nNuméro de dossier : %(case)s\n\nMeilleures salutations,\nLe service de contrôle du VDAB",
        "Dear %(name)s,\n\nYour hearing about %(infringement)s (on %(occurred_on)s) has been moved: %(reason)s\nThis letter replaces the invitation to the hearing on %(previous)s.\n\nYou are invited to a hearing on %(hearing_at)s (%(mode)s, %(place)s).\nYou can also respond in writing and add documents (PDF, JPEG or PNG) through %(link)s, within %(term)s after the day you receive this letter.\n\nIf you do not come and do not respond within that term, we decide on the basis of the file.\nYou may be assisted by a trade union, a lawyer or another person you trust.\n\nCase number: %(case)s\n\nKind regards,\nVDAB's control service"),
})
PLURALS.update({
    "%(n)s sollicitatie via het platform": (("%(n)s candidature via la plateforme", "%(n)s candidatures via la plateforme"),
                                            ("%(n)s application through the platform", "%(n)s applications through the platform")),
})
T.update({"%(n)s uur per maand": ("%(n)s heures par mois", "%(n)s hours a month")})
T.update({  # walk of stop 28 (issue 16): "bemiddelaar" everywhere, not "consulent"
    "Vereenvoudigd: hetzelfde loon en dezelfde uren elke maand; geen vakantiegeld of eindejaarspremie. Of u uw uitkering verliest of deels behoudt, hangt af van uw situatie: vraag het uw bemiddelaar.": (
        "Simplifié : le même salaire et les mêmes heures chaque mois ; pas de pécule de vacances ni de prime de fin d'année. Si vous perdez votre allocation ou en gardez une partie dépend de votre situation : demandez-le à votre conseiller.",
        "Simplified: the same wage and hours every month; no holiday pay or end-of-year bonus. Whether you lose your benefit or keep part of it depends on your situation: ask your counsellor."),
})
T.update({
    "berekend op %(day)s met het model van %(trained)s": ("calculé le %(day)s avec le modèle du %(trained)s", "calculated on %(day)s with the model of %(trained)s"),
    "modelkaart": ("fiche du modèle", "model card"),
})
T.update({  # stop 28: trajectories' form labels (its `_l` alias hid them from makemessages) and the second attack's checks
    "Aantal sollicitaties (bij een sollicitatieopdracht)": ("Nombre de candidatures (pour une mission de candidatures)",
                                                            "Number of applications (for an application assignment)"),
    "Details": ("Détails", "Details"),
    "Doelniveau Nederlands (bij een taalcursus)": ("Niveau de néerlandais visé (pour un cours de langue)", "Target level of Dutch (for a language course)"),
    "Gevraagd bewijs": ("Preuve demandée", "Proof asked for"),
    "Partner (ziekenfonds, agentschap…)": ("Partenaire (mutualité, agence…)", "Partner (health insurer, agency…)"),
    "Soort traject": ("Type de trajet", "Kind of trajectory"),
    "Uren per maand (wijk-werken, gemeenschapsdienst)": ("Heures par mois (wijk-werken, service communautaire)",
                                                         "Hours a month (wijk-werken, community service)"),
    "enkel een activiteit in uw eigen gemeente": ("uniquement une activité dans votre propre commune", "only an activity in your own municipality"),
    "De sanctie kan ten vroegste ingaan op %(day)s: de dag na de dag waarop de beslissing geacht wordt ontvangen te zijn. Kies die dag of later, of laat het veld leeg.": (
        "La sanction peut prendre cours au plus tôt le %(day)s : le lendemain du jour où la décision est réputée reçue. Choisissez ce jour ou plus tard, ou laissez le champ vide.",
        "The sanction can start on %(day)s at the earliest: the day after the decision is deemed received. Choose that day or later, or leave the field empty."),
    "Dit is het geplande verhoor: kies een ander moment, een andere soort of een andere plaats.": (
        "C’est l’audition prévue : choisissez un autre moment, un autre type ou un autre lieu.",
        "This is the planned hearing: choose another moment, another kind or another place."),
    "Op dat moment is al een verhoor gepland (dossier %(case)s): kies een ander uur.": (
        "Une audition est déjà prévue à ce moment (dossier %(case)s) : choisissez une autre heure.",
        "A hearing is already planned at that moment (case %(case)s): choose another hour."),
})
T.update({
    "Naar de lopende uitnodiging": ("Vers l’invitation en cours", "To the running invitation"),
    "Uw bewijs is niet aanvaard: %(step)s": ("Votre preuve n’a pas été acceptée : %(step)s", "Your proof was not accepted: %(step)s"),
    "Beste %(name)s,\n\nUw bemiddelaar heeft het bewijs voor de afspraak “%(step)s” niet aanvaard.\nReden: %(reason)s\n\nU kunt uiterlijk op %(due_on)s opnieuw een bewijs indienen op de pagina Mijn afspraken: %(link)s\nHebt u vragen, neem dan contact op met uw bemiddelaar.": (
        "Madame, Monsieur %(name)s,\n\nVotre conseiller n’a pas accepté la preuve pour l’engagement « %(step)s ».\nMotif : %(reason)s\n\nVous pouvez déposer une nouvelle preuve au plus tard le %(due_on)s sur la page Mes engagements et rendez-vous : %(link)s\nSi vous avez des questions, contactez votre conseiller.",
        "Dear %(name)s,\n\nYour counsellor did not accept the proof for the agreement “%(step)s”.\nReason: %(reason)s\n\nYou can hand in new proof by %(due_on)s on the page My agreements and appointments: %(link)s\nIf you have questions, contact your counsellor."),
})
T.update({  # stop 28: a hearing in writing worded as a term, not a meeting
    "Uw schriftelijk verweer bij de controledienst van VDAB": ("Votre défense écrite auprès du service de contrôle du VDAB",
                                                               "Your written defence with VDAB's control service"),
    "Uw schriftelijk verweer bij de controledienst van VDAB: nieuwe termijn": ("Votre défense écrite auprès du service de contrôle du VDAB : nouveau délai",
                                                                              "Your written defence with VDAB's control service: new term"),
    "Beste %(name)s,\n\nDe controledienst van VDAB onderzoekt het volgende: %(infringement)s (op %(occurred_on)s).\n%(summary)s\n\nVoor we beslissen, willen we uw uitleg. Het verhoor gebeurt schriftelijk: stuur uw uitleg en bewijsstukken (PDF, JPEG of PNG) via %(link)s, uiterlijk op %(hearing_at)s.\n\nReageert u niet binnen die termijn, dan beslissen we op basis van het dossier.\nU mag zich laten bijstaan door een vakbond, een advocaat of een andere vertrouwenspersoon.\n\nDossiernummer: %(case)s\n\nMet vriendelijke groeten,\nDe controledienst van VDAB": (
        "Madame, Monsieur %(name)s,\n\nLe service de contrôle du VDAB examine ce qui suit : %(infringement)s (le %(occurred_on)s).\n%(summary)s\n\nAvant de décider, nous souhaitons votre explication. L’audition se fait par écrit : envoyez votre explication et vos pièces (PDF, JPEG ou PNG) via %(link)s, au plus tard le %(hearing_at)s.\n\nSi vous ne réagissez pas dans ce délai, nous décidons sur la base du dossier.\nVous pouvez vous faire assister par un syndicat, un avocat ou une autre personne de confiance.\n\nNuméro de dossier : %(case)s\n\nMeilleures salutations,\nLe service de contrôle du VDAB",
        "Dear %(name)s,\n\nVDAB's control service is looking into the following: %(infringement)s (on %(occurred_on)s).\n%(summary)s\n\nBefore we decide, we want your explanation. The hearing is in writing: send your explanation and documents (PDF, JPEG or PNG) through %(link)s, by %(hearing_at)s at the latest.\n\nIf you do not respond within that term, we decide on the basis of the file.\nYou may be assisted by a trade union, a lawyer or another person you trust.\n\nCase number: %(case)s\n\nKind regards,\nVDAB's control service"),
    "Beste %(name)s,\n\nHet verhoor over %(infringement)s (op %(occurred_on)s) is gewijzigd: %(reason)s\nDeze brief vervangt de uitnodiging voor het verhoor op %(previous)s.\n\nHet verhoor gebeurt nu schriftelijk: stuur uw uitleg en bewijsstukken (PDF, JPEG of PNG) via %(link)s, uiterlijk op %(hearing_at)s.\n\nReageert u niet binnen die termijn, dan beslissen we op basis van het dossier.\nU mag zich laten bijstaan door een vakbond, een advocaat of een andere vertrouwenspersoon.\n\nDossiernummer: %(case)s\n\nMet vriendelijke groeten,\nDe controledienst van VDAB": (
        "Madame, Monsieur %(name)s,\n\nL’audition concernant %(infringement)s (le %(occurred_on)s) est modifiée : %(reason)s\nCette lettre remplace l’invitation à l’audition du %(previous)s.\n\nL’audition se fait désormais par écrit : envoyez votre explication et vos pièces (PDF, JPEG ou PNG) via %(link)s, au plus tard le %(hearing_at)s.\n\nSi vous ne réagissez pas dans ce délai, nous décidons sur la base du dossier.\nVous pouvez vous faire assister par un syndicat, un avocat ou une autre personne de confiance.\n\nNuméro de dossier : %(case)s\n\nMeilleures salutations,\nLe service de contrôle du VDAB",
        "Dear %(name)s,\n\nThe hearing about %(infringement)s (on %(occurred_on)s) has changed: %(reason)s\nThis letter replaces the invitation to the hearing on %(previous)s.\n\nThe hearing is now in writing: send your explanation and documents (PDF, JPEG or PNG) through %(link)s, by %(hearing_at)s at the latest.\n\nIf you do not respond within that term, we decide on the basis of the file.\nYou may be assisted by a trade union, a lawyer or another person you trust.\n\nCase number: %(case)s\n\nKind regards,\nVDAB's control service"),
    "Schriftelijk verweer uiterlijk op": ("Défense écrite au plus tard le", "Written defence by"),
    "Het verhoor gebeurt schriftelijk: stuur uw uitleg en bewijsstukken hieronder, uiterlijk op %(when)s.": (
        "L’audition se fait par écrit : envoyez votre explication et vos pièces ci-dessous, au plus tard le %(when)s.",
        "The hearing is in writing: send your explanation and documents below, by %(when)s at the latest."),
    "Uw schriftelijke uitleg is ontvangen. U kunt nog aanvullen tot de termijn verstrijkt.": (
        "Votre explication écrite a été reçue. Vous pouvez encore la compléter jusqu’à la fin du délai.",
        "Your written explanation was received. You can still add to it until the term ends."),
})
T.update({  # stop 29: separation of duties, late-start term, cancelled appointments, problem details
    "Enkel de controledienst zet stappen in een sanctieprocedure.": (
        "Seul le service de contrôle pose des actes dans une procédure de sanction.",
        "Only the control service takes steps in a sanction procedure."),
    "Geannuleerde afspraken": ("Rendez-vous annulés", "Cancelled appointments"),
    "Afspraken die niet doorgaan": ("Rendez-vous qui n’auront pas lieu", "Appointments that will not take place"),
    "Een geldig toegangstoken (Authorization: Bearer …) of een aanmelding is nodig.": (
        "Un jeton d’accès valide (Authorization: Bearer …) ou une connexion est nécessaire.",
        "A valid bearer token (Authorization: Bearer …) or a signed-in session is required."),
    "De inhoud van de aanvraag kon niet gelezen worden: stuur geldige JSON (Content-Type: application/json).": (
        "Le contenu de la requête n’a pas pu être lu : envoyez du JSON valide (Content-Type: application/json).",
        "The request body could not be read: send valid JSON (Content-Type: application/json)."),
    "De aanvraag is te groot.": ("La requête est trop volumineuse.", "The request body is too large."),
    "De aanvraag kon niet gelezen worden.": ("La requête n’a pas pu être lue.", "The request could not be read."),
    "Iemand anders wijzigde dezelfde gegevens op hetzelfde moment; probeer opnieuw.": (
        "Quelqu’un d’autre modifiait les mêmes données au même moment ; réessayez.",
        "Someone else was changing the same data at the same moment; try again."),
    "Er ging onverwacht iets mis; de fout is gelogd.": ("Une erreur inattendue s’est produite ; elle a été journalisée.",
                                                        "An unexpected error occurred; it has been logged."),
    "Niet gevonden.": ("Introuvable.", "Not found."),
    "Geen API-eindpunt op %(path)s; zie /api/v1/docs.": ("Aucun point d’accès API à %(path)s ; voir /api/v1/docs.",
                                                        "No API endpoint at %(path)s; see /api/v1/docs."),
})
T.update({  # the training guide's relevance (walk of stop 25): experience as evidence, on-target courses, close occupations
    "dicht bij uw profiel: u hebt of uw ervaring toont %(held)s van de %(total)s essentiële competenties": (
        "proche de votre profil : vous avez ou votre expérience montre %(held)s des %(total)s compétences essentielles",
        "close to your profile: you have, or your experience shows, %(held)s of the %(total)s essential competences"),
    "zelfde beroepsgroep als %(occupation)s": ("même groupe de métiers que %(occupation)s", "same occupational group as %(occupation)s"),
    "Wat uw ervaring al aantoont": ("Ce que votre expérience montre déjà", "What your experience already shows"),
    "Ze tellen nog niet als bevestigde competenties (bijvoorbeeld voor vacatures of uw paspoort): laat ze erkennen via EVC (erkenning van "
    "verworven competenties) of een competentievisum.": (
        "Elles ne comptent pas encore comme compétences confirmées (par exemple pour les offres d'emploi ou votre passeport) : faites-les "
        "reconnaître par la validation des compétences (EVC) ou un visa de compétences.",
        "They do not count as confirmed competences yet (for example for vacancies or your passport): have them recognised through EVC "
        "(recognition of prior learning) or a competence visa."),
    "Erkenning (EVC) aanvragen": ("Demander une reconnaissance (EVC)", "Request recognition (EVC)"),
    "uit uw ervaring als %(occupation)s (%(years)s jaar)": ("de votre expérience comme %(occupation)s (%(years)s ans)",
                                                           "from your experience as %(occupation)s (%(years)s years)"),
    "nog te bevestigen": ("à confirmer", "to be confirmed"),
    "U mist geen andere essentiële competenties van dit beroep: u hebt geen opleiding nodig.": (
        "Il ne vous manque aucune autre compétence essentielle de ce métier : vous n'avez pas besoin de formation.",
        "You lack no other essential competences of this occupation: you need no training."),
    "Voor deze competenties stellen we geen opleiding voor. Bespreek ze met uw bemiddelaar (bijvoorbeeld leren op de werkvloer):": (
        "Pour ces compétences, nous ne proposons pas de formation. Parlez-en à votre conseiller (par exemple apprendre sur le lieu de travail) :",
        "For these competences we propose no course. Discuss them with your counsellor (for example learning on the job):"),
})
PLURALS.update({
    "Uw werkervaring toont %(counter)s essentiële competentie van dit beroep aan. Daarvoor stellen we geen opleiding voor.": (
        ("Votre expérience professionnelle montre %(counter)s compétence essentielle de ce métier. Nous ne proposons pas de formation pour celle-ci.",
         "Votre expérience professionnelle montre %(counter)s compétences essentielles de ce métier. Nous ne proposons pas de formation pour celles-ci."),
        ("Your work experience shows %(counter)s essential competence of this occupation. We propose no course for it.",
         "Your work experience shows %(counter)s essential competences of this occupation. We propose no courses for them.")),
    "Uw ervaring toont %(counter)s essentiële competentie aan (nog te bevestigen via EVC).": (
        ("Votre expérience montre %(counter)s compétence essentielle (à confirmer par l'EVC).",
         "Votre expérience montre %(counter)s compétences essentielles (à confirmer par l'EVC)."),
        ("Your experience shows %(counter)s essential competence (to be confirmed through EVC).",
         "Your experience shows %(counter)s essential competences (to be confirmed through EVC).")),
    "Alleen %(n)s opleiding voor een ander beroep leert deze competentie; ze is weggelaten omdat hoogstens %(share)s %% van wat ze "
    "leert bij dit beroep hoort (minstens %(min)s %% nodig).": (
        ("Seule %(n)s formation pour un autre métier enseigne cette compétence ; elle est écartée car au plus %(share)s %% de ce qu'elle "
         "enseigne relève de ce métier (au moins %(min)s %% requis).",
         "Seules %(n)s formations pour d'autres métiers enseignent cette compétence ; elles sont écartées car au plus %(share)s %% de ce "
         "qu'elles enseignent relève de ce métier (au moins %(min)s %% requis)."),
        ("Only %(n)s course for another occupation teaches this competence; it is left out because at most %(share)s %% of what it "
         "teaches belongs to this occupation (at least %(min)s %% needed).",
         "Only %(n)s courses for other occupations teach this competence; they are left out because at most %(share)s %% of what they "
         "teach belongs to this occupation (at least %(min)s %% needed).")),
})

# Walk and attack of stop 29 (issue 11): opening hours of slots, convocation refusals per state, unbooking by staff,
# excuses received on paper, the move cut-off explained, community-service months in progress and partial months.
T.update({
    "Een videogesprek valt op een werkdag tussen %(start)s en %(end)s (geen weekend of feestdag).": (
        "Un entretien vidéo a lieu un jour ouvrable entre %(start)s et %(end)s (pas le week-end ni un jour férié).",
        "A video call takes place on a working day between %(start)s and %(end)s (not at a weekend or on a public holiday)."),
    "Een gesprek op kantoor of per telefoon valt binnen de kantooruren: op een werkdag tussen %(start)s en %(end)s (geen weekend of feestdag).": (
        "Un entretien au bureau ou par téléphone a lieu pendant les heures de bureau : un jour ouvrable entre %(start)s et %(end)s "
        "(pas le week-end ni un jour férié).",
        "A meeting at the office or by phone takes place within office hours: on a working day between %(start)s and %(end)s "
        "(not at a weekend or on a public holiday)."),
    "Te vroeg. %(hours)s": ("Trop tôt. %(hours)s", "Too early. %(hours)s"),
    "Te laat. %(hours)s": ("Trop tard. %(hours)s", "Too late. %(hours)s"),
    "Kies enkel weekdagen van maandag tot vrijdag. %(hours)s": (
        "Choisissez uniquement des jours du lundi au vendredi. %(hours)s", "Choose only days from Monday to Friday. %(hours)s"),
    "Dit moment is al voorbij; een voorbij moment blijft in de agenda.": (
        "Ce moment est déjà passé ; un moment passé reste dans l’agenda.", "This slot is already past; a past slot stays in the agenda."),
    "Het moment van %(when)s valt buiten de uren voor een gesprek. %(hours)s": (
        "Le moment du %(when)s tombe en dehors des heures d’entretien. %(hours)s", "The slot of %(when)s falls outside the hours for a meeting. %(hours)s"),
    "Enkel de burger zelf geeft een geboekt moment vrij. Als bemiddelaar verplaatst u de afspraak naar een ander moment of annuleert u ze.": (
        "Seul le citoyen lui-même libère un moment réservé. En tant que conseiller, vous déplacez le rendez-vous vers un autre moment ou vous "
        "l’annulez.",
        "Only the citizen gives a booked slot back. As a counsellor you move the appointment to another slot or cancel it."),
    "De persoon koos al een moment: %(when)s. Verplaats of annuleer die afspraak in plaats van op te roepen.": (
        "La personne a déjà choisi un moment : %(when)s. Déplacez ou annulez ce rendez-vous au lieu de convoquer.",
        "The person already chose a slot: %(when)s. Move or cancel that appointment instead of convoking."),
    "Deze afspraak is al opgeroepen voor %(when)s. Verplaats of annuleer die oproeping.": (
        "Ce rendez-vous a déjà fait l’objet d’une convocation pour le %(when)s. Déplacez ou annulez cette convocation.",
        "This appointment is already convoked for %(when)s. Move or cancel that convocation."),
    "Deze afspraak is geannuleerd. Nodig de persoon opnieuw uit.": (
        "Ce rendez-vous est annulé. Invitez à nouveau la personne.", "This appointment is cancelled. Invite the person again."),
    "Deze afspraak is al voorbij: %(when)s (%(state)s). Nodig de persoon opnieuw uit voor een nieuw gesprek.": (
        "Ce rendez-vous est déjà passé : %(when)s (%(state)s). Invitez à nouveau la personne pour un nouvel entretien.",
        "This appointment is already past: %(when)s (%(state)s). Invite the person again for a new meeting."),
    "Deze afspraak is afgehandeld (%(state)s). Nodig de persoon opnieuw uit voor een nieuw gesprek.": (
        "Ce rendez-vous est clôturé (%(state)s). Invitez à nouveau la personne pour un nouvel entretien.",
        "This appointment is closed (%(state)s). Invite the person again for a new meeting."),
    "Er is nog geen verontschuldiging met bewijs ingediend om te beoordelen. Kreeg u die op papier, registreer ze dan eerst als ontvangen.": (
        "Aucune justification avec preuve n’a encore été introduite à évaluer. Si vous l’avez reçue sur papier, enregistrez-la d’abord comme reçue.",
        "No excuse with proof has been sent yet to judge. If you received one on paper, record it as received first."),
    "Dit is een oproeping voor een vast moment. Kunt u niet komen? Neem zo snel mogelijk contact op met %(who)s.": (
        "Il s’agit d’une convocation à un moment fixe. Vous ne pouvez pas venir ? Contactez %(who)s au plus vite.",
        "This is a convocation to a fixed slot. Can you not come? Contact %(who)s as soon as possible."),
    "Online verplaatsen kan tot %(hours)s uur voor de afspraak. Kunt u niet komen? Neem zo snel mogelijk contact op met %(who)s.": (
        "Le déplacement en ligne est possible jusqu’à %(hours)s heures avant le rendez-vous. Vous ne pouvez pas venir ? Contactez %(who)s au plus vite.",
        "Moving online is possible until %(hours)s hours before the appointment. Can you not come? Contact %(who)s as soon as possible."),
    "Reden die de persoon opgaf": ("Motif donné par la personne", "Reason the person gave"),
    "Ingescand bewijsstuk (PDF, JPEG of PNG, hoogstens 10 MB)": (
        "Pièce justificative scannée (PDF, JPEG ou PNG, 10 Mo au maximum)", "Scanned proof (PDF, JPEG or PNG, at most 10 MB)"),
    "De verontschuldiging is als ontvangen geregistreerd. Beoordeel ze nu.": (
        "La justification est enregistrée comme reçue. Évaluez-la maintenant.", "The excuse is recorded as received. Judge it now."),
    "Moment vrijgeven…": ("Libérer le moment…", "Give the slot back…"),
    "Uw afspraak van %(when)s vervalt. Kies daarna met dezelfde link een ander moment, uiterlijk op %(day)s.": (
        "Votre rendez-vous du %(when)s est supprimé. Choisissez ensuite un autre moment avec le même lien, au plus tard le %(day)s.",
        "Your appointment of %(when)s lapses. Then choose another slot with the same link, by %(day)s at the latest."),
    "Dit gesprek is verplicht: zonder nieuw moment roept uw bemiddelaar u op voor een vast moment.": (
        "Cet entretien est obligatoire : sans nouveau moment, votre conseiller vous convoque à un moment fixe.",
        "This meeting is mandatory: without a new slot your counsellor convokes you to a fixed slot."),
    "Ja, moment vrijgeven": ("Oui, libérer le moment", "Yes, give the slot back"),
    "Verontschuldiging op papier ontvangen": ("Justification reçue sur papier", "Excuse received on paper"),
    "De ingediende verontschuldiging is geweigerd. Een nieuwe reden met bewijs kan de persoon nog sturen, of u registreert er een die u op papier kreeg.": (
        "La justification introduite a été refusée. La personne peut encore envoyer un nouveau motif avec preuve, ou vous en enregistrez un reçu "
        "sur papier.",
        "The excuse sent was refused. The person can still send a new reason with proof, or you record one you received on paper."),
    "De persoon heeft nog geen verontschuldiging of bewijs ingediend. Kreeg u die op papier of aan het loket? Registreer ze hier; daarna kunt u ze beoordelen.": (
        "La personne n’a encore introduit ni justification ni preuve. Vous l’avez reçue sur papier ou au guichet ? Enregistrez-la ici ; vous "
        "pourrez ensuite l’évaluer.",
        "The person has not sent an excuse or proof yet. Did you receive one on paper or at the desk? Record it here; then you can judge it."),
    "Het bewijs moet er uiterlijk op %(day)s zijn.": ("La preuve doit parvenir au plus tard le %(day)s.", "The proof is due by %(day)s."),
    "Als ontvangen registreren": ("Enregistrer comme reçue", "Record as received"),
    "%(total)s uur in %(month)s: minder dan het minimum van %(limit)s uur voor het deel van de maand in de opdracht (het maandminimum naar "
    "verhouding van de werkdagen)": (
        "%(total)s heures en %(month)s : moins que le minimum de %(limit)s heures pour la partie du mois couverte par la mission (le minimum "
        "mensuel au prorata des jours ouvrables)",
        "%(total)s hours in %(month)s: less than the minimum of %(limit)s hours for the part of the month in the assignment (the monthly "
        "minimum pro rata of the working days)"),
    "deel van de maand: minimum naar verhouding van de werkdagen in de opdracht": (
        "partie du mois : minimum au prorata des jours ouvrables de la mission", "part of the month: minimum pro rata of the working days in the assignment"),
    "Een maand die nog loopt, wordt nog niet aan het minimum getoetst. In de eerste en de laatste maand van de opdracht, die ze maar voor een deel "
    "dekt, geldt het maandminimum naar verhouding van de werkdagen van die maand in de opdracht.": (
        "Un mois en cours n’est pas encore comparé au minimum. Pour le premier et le dernier mois de la mission, qu’elle ne couvre qu’en partie, "
        "le minimum mensuel s’applique au prorata des jours ouvrables de ce mois compris dans la mission.",
        "A month in progress is not yet judged against the minimum. In the first and last month of the assignment, which it covers only in part, "
        "the monthly minimum applies pro rata of that month's working days in the assignment."),
})

# Issue 11, walk of stop 29 (compliance): the appeal's outcome becomes the sanction in force.
T.update({
    "beslissing na beroep": ("décision après recours", "decision after appeal"),
    "weken na beroep": ("semaines après recours", "weeks after appeal"),
    "sanctie na beroep gaat in op": ("la sanction après recours prend effet le", "sanction after appeal starts on"),
    "Bij een gewijzigde beslissing: kies de nieuwe beslissing.": ("Décision modifiée : choisissez la nouvelle décision.",
                                                                 "Decision changed: choose the new decision."),
    "Dat is de oorspronkelijke beslissing: kies “Beslissing bevestigd” of geef de nieuwe beslissing.": (
        "C’est la décision initiale : choisissez « Décision confirmée » ou indiquez la nouvelle décision.",
        "That is the original decision: choose “Decision upheld” or give the new decision."),
    "Een nieuwe beslissing hoort enkel bij de uitkomst “Beslissing gewijzigd”.": (
        "Une nouvelle décision ne va qu’avec l’issue « Décision modifiée ».", "A new decision only goes with the outcome “Decision changed”."),
    "De beslissing (%(original)s) is vernietigd: er geldt geen sanctie en ze telt nergens mee.": (
        "La décision (%(original)s) est annulée : aucune sanction ne s’applique et elle n’est comptée nulle part.",
        "The decision (%(original)s) is annulled: no sanction applies and it counts nowhere."),
    "De beslissing is gewijzigd: in plaats van %(original)s geldt nu %(new)s.": (
        "La décision est modifiée : au lieu de %(original)s, s’applique désormais %(new)s.",
        "The decision is changed: instead of %(original)s, %(new)s now applies."),
    "De sanctie gaat in op %(day)s.": ("La sanction prend effet le %(day)s.", "The sanction starts on %(day)s."),
    "De beslissing blijft gelden: %(decision)s.": ("La décision reste d’application : %(decision)s.", "The decision stands: %(decision)s."),
    "Nieuwe beslissing (enkel bij “Beslissing gewijzigd”)": ("Nouvelle décision (uniquement si « Décision modifiée »)",
                                                            "New decision (only with “Decision changed”)"),
    "Nieuwe sanctie gaat in op": ("La nouvelle sanction prend effet le", "New sanction starts on"),
    "DD/MM/JJJJ. Leeg: de dag nadat de uitkomst geacht wordt ontvangen te zijn.": (
        "JJ/MM/AAAA. Vide : le lendemain du jour où l’issue est réputée reçue.", "DD/MM/YYYY. Empty: the day after the outcome is deemed received."),
    "Oorspronkelijke beslissing": ("Décision initiale", "Original decision"),
    "vernietigd in beroep": ("annulée en recours", "annulled on appeal"),
    "gewijzigd in beroep": ("modifiée en recours", "changed on appeal"),
    "Sanctie in kracht": ("Sanction en vigueur", "Sanction in force"),
})

# Issue 11, walk of stop 29: the deviations report shows staff counts in full.
T.update({
    "Hoe vaak een beslissing afwijkt van het voorstel van de regeltabel, per controleur, per inbreuk en per groep.": (
        "À quelle fréquence une décision s’écarte de la proposition du tableau des règles, par contrôleur, par infraction et par groupe.",
        "How often a decision departs from the rule table’s proposal, per controller, per infringement and per group."),
    "Het totaal en de cijfers per controleur zijn beslissingen van medewerkers: ze worden volledig getoond. De cijfers per inbreuk en per groep gaan over groepen burgers: aantallen onder %(n)s worden niet getoond (—), net als de aantallen waaruit ze af te leiden zouden zijn; een indeling die naast het totaal een kleine groep zou verraden, wordt helemaal niet getoond.": (
        "Le total et les chiffres par contrôleur sont des décisions de collaborateurs : ils sont affichés en entier. Les chiffres par infraction et par groupe portent sur des groupes de citoyens : les nombres inférieurs à %(n)s ne sont pas affichés (—), pas plus que ceux dont ils pourraient être déduits ; une répartition qui, à côté du total, trahirait un petit groupe n’est pas affichée du tout.",
        "The total and the figures per controller are decisions of staff: they are shown in full. The figures per infringement and per group concern groups of citizens: counts under %(n)s are not shown (—), nor are the counts they could be derived from; a breakdown that would reveal a small group next to the total is not shown at all."),
    "Niet getoond: te weinig beslissingen om deze groepen te tonen zonder personen aan te wijzen.": (
        "Non affiché : trop peu de décisions pour montrer ces groupes sans désigner des personnes.",
        "Not shown: too few decisions to show these groups without singling out people."),
})

# Issue 11, walk and attack of stop 29: the same refusal again, Dutch schema errors.
T.update({
    "Deze weigering is al gemeld in dossier %(id)s, met als datum %(day)s. Eén vacature geeft één dossier: klopt de datum niet, meld het aan de controledienst in dat dossier.": (
        "Ce refus a déjà été signalé dans le dossier %(id)s, à la date du %(day)s. Un poste vacant donne un seul dossier : si la date est erronée, signalez-le au service de contrôle dans ce dossier.",
        "This refusal was already reported in case %(id)s, dated %(day)s. One vacancy gives one case: if the date is wrong, tell the control service in that case."),
    "Al gemeld met als datum %(day)s (dossier %(id)s).": ("Déjà signalé à la date du %(day)s (dossier %(id)s).", "Already reported, dated %(day)s (case %(id)s)."),
    "Deze weigering was al gemeld: dossier %(id)s bestaat al, met als datum %(day)s. Er is niets nieuws geopend.": (
        "Ce refus avait déjà été signalé : le dossier %(id)s existe déjà, à la date du %(day)s. Rien de nouveau n’a été ouvert.",
        "This refusal was already reported: case %(id)s already exists, dated %(day)s. Nothing new was opened."),
    "geen geldige tekst (ongeldige tekens of codering; stuur UTF-8)": ("texte non valide (caractères ou encodage non valides ; envoyez de l’UTF-8)",
                                                                      "not a valid text (invalid characters or encoding; send UTF-8)"),
    "hoogstens %(n)s elementen": ("au plus %(n)s éléments", "at most %(n)s items"),
    "minstens %(n)s elementen": ("au moins %(n)s éléments", "at least %(n)s items"),
    "het getal is te groot": ("le nombre est trop grand", "the number is too large"),
    "geen geldige JSON": ("JSON non valide", "not valid JSON"),
    "onbekend veld (zie /api/v1/docs)": ("champ inconnu (voir /api/v1/docs)", "unknown field (see /api/v1/docs)"),
    "ligt in de toekomst": ("est dans le futur", "is in the future"),
    "ligt in het verleden": ("est dans le passé", "is in the past"),
    "een veelvoud van %(n)s": ("un multiple de %(n)s", "a multiple of %(n)s"),
    "ongeldige waarde (%(type)s)": ("valeur non valide (%(type)s)", "invalid value (%(type)s)"),
})
T.update({  # stop 29, walk and attack of issue 11 (trajectories)
    "Afspraken beginnen als afsprakenblad; een formele of ultieme afspraak volgt na een niet-nagekomen afspraak (Escaleren). Zeg waarom "
    "deze meteen op dit niveau begint (minstens 10 tekens).": (
        "Les engagements commencent par une feuille d’engagements ; un engagement formel ou ultime suit un engagement non respecté "
        "(Escalader). Dites pourquoi celui-ci commence d’emblée à ce niveau (au moins 10 caractères).",
        "Agreements start as an agreement sheet; a formal or final agreement follows a missed one (Escalate). Say why this one starts "
        "at this level straight away (at least 10 characters)."),
    "De overdracht aan de controledienst doet de bemiddelaar; de beheerder start geen sanctieprocedure.": (
        "Le transfert au service de contrôle est fait par le conseiller ; l’administrateur n’ouvre aucune procédure de sanction.",
        "The counsellor makes the transfer to the control service; the administrator starts no sanction procedure."),
    "Deze partner heeft geen lopende band met deze persoon: hij zou de stap nooit zien. Kies een partner die de persoon begeleidt, of geen.": (
        "Ce partenaire n’a pas de lien en cours avec cette personne : il ne verrait jamais l’étape. Choisissez un partenaire qui "
        "accompagne la personne, ou aucun.",
        "This partner has no current link with this person: it would never see the step. Choose a partner who supports the person, or none."),
    "Een geweigerde job meldt de bemiddelaar of de controledienst; de beheerder start geen sanctieprocedure.": (
        "Un emploi refusé est signalé par le conseiller ou le service de contrôle ; l’administrateur n’ouvre aucune procédure de sanction.",
        "A refused job is reported by the counsellor or the control service; the administrator starts no sanction procedure."),
    "Enkel bij een formele of ultieme afspraak die niet uit een niet-nagekomen afspraak volgt.": (
        "Uniquement pour un engagement formel ou ultime qui ne suit pas un engagement non respecté.",
        "Only for a formal or final agreement that does not follow a missed one."),
    "Gedaan (bevestigen)": ("Fait (confirmer)", "Done (confirm)"),
    "Gedaan, bevestigd door de bemiddelaar (geen bewijs nodig)": ("Fait, confirmé par le conseiller (aucune preuve requise)",
                                                                  "Done, confirmed by the counsellor (no proof needed)"),
    "Geef het uur in uren en minuten, zonder seconden.": ("Indiquez l’heure en heures et minutes, sans secondes.",
                                                          "Give the time in hours and minutes, without seconds."),
    "Niet gedaan": ("Pas fait", "Not done"),
    "Om %(time)s is al een verhoor gepland (dossier %(case)s) en een verhoor duurt %(minutes)s minuten: kies een ander uur.": (
        "Une audition est déjà prévue à %(time)s (dossier %(case)s) et une audition dure %(minutes)s minutes : choisissez une autre heure.",
        "A hearing is already planned at %(time)s (case %(case)s) and a hearing takes %(minutes)s minutes: choose another time."),
    "Waarom meteen dit niveau?": ("Pourquoi d’emblée ce niveau ?", "Why this level straight away?"),
    "Zeg bij een andere reden waarom het traject geschorst wordt (minstens 5 tekens).": (
        "Pour un autre motif, dites pourquoi le trajet est suspendu (au moins 5 caractères).",
        "For another reason, say why the trajectory is suspended (at least 5 characters)."),
    "Zeg waarom de stap niet gedaan is (minstens 5 tekens): de burger leest het.": (
        "Dites pourquoi l’étape n’a pas été faite (au moins 5 caractères) : le citoyen le lira.",
        "Say why the step was not done (at least 5 characters): the citizen reads it."),
    "aanvaard op %(day)s": ("accepté le %(day)s", "accepted on %(day)s"),
    "“Niet gedaan” kan pas na de einddatum (%(day)s).": ("« Pas fait » n’est possible qu’après la date limite (%(day)s).",
                                                        "“Not done” is only possible after the due date (%(day)s)."),
    "Het bestand is te groot (%(bytes)s bytes); het mag hoogstens 10 MB (%(limit)s bytes) zijn.": (
        "Le fichier est trop volumineux (%(bytes)s octets) ; il peut faire au plus 10 Mo (%(limit)s octets).",
        "The file is too large (%(bytes)s bytes); it may be at most 10 MB (%(limit)s bytes)."),
    "Een zwakke ETag (W/…) past nooit bij If-Match: stuur de ETag zoals u hem bij het ophalen kreeg, bv. \"v3\".": (
        "Un ETag faible (W/…) ne correspond jamais à If-Match : envoyez l’ETag tel que vous l’avez reçu, p. ex. \"v3\".",
        "A weak ETag (W/…) never matches If-Match: send the ETag as you received it, e.g. \"v3\"."),
})
T.update({  # stop 29, second walk and attack of issue 11
    "De stap is als niet gedaan geregistreerd.": ("L’étape est enregistrée comme non faite.", "The step is recorded as not done."),
    "De stap is bevestigd als gedaan.": ("L’étape est confirmée comme faite.", "The step is confirmed as done."),
    "Deze stap is al afgehandeld (%(state)s).": ("Cette étape est déjà traitée (%(state)s).", "This step has already been dealt with (%(state)s)."),
    "Een bevestiging door de partner vraagt een partner: kies die, of een ander bewijs.": (
        "Une confirmation par le partenaire demande un partenaire : choisissez-le, ou une autre preuve.",
        "A confirmation by the partner needs a partner: choose one, or another proof."),
    "Een reden hoort enkel bij een formele of ultieme afspraak die niet uit een escalatie volgt: laat het veld leeg.": (
        "Un motif n’accompagne qu’un engagement formel ou ultime qui ne découle pas d’une escalade : laissez le champ vide.",
        "A reason belongs only to a formal or final agreement that does not follow an escalation: leave the field empty."),
    "Het traject is geschorst sinds %(day)s: afspraken worden pas voorgesteld en aanvaard als het hervat.": (
        "Le trajet est suspendu depuis le %(day)s : les engagements ne seront proposés et acceptés qu’à sa reprise.",
        "The trajectory has been suspended since %(day)s: agreements are proposed and accepted only once it resumes."),
    "Niet vóór %(day)s, de begindatum van de oorspronkelijke sanctie (de weken die liepen, tellen).": (
        "Pas avant le %(day)s, date de début de la sanction initiale (les semaines écoulées comptent).",
        "Not before %(day)s, the start of the original sanction (the weeks served count)."),
    "Op het beroep van de persoon zelf wordt de sanctie niet zwaarder dan %(original)s.": (
        "Sur le recours de la personne elle-même, la sanction ne devient pas plus lourde que %(original)s.",
        "On the person's own appeal the sanction does not become heavier than %(original)s."),
    "Overgenomen in de afspraak van het volgende niveau": ("Repris dans l’engagement du niveau suivant", "Carried over into the next level's agreement"),
    "Re-integratie bekijken met het ziekenfonds uiterlijk %(review)s; traject uiterlijk %(date)s": (
        "Examiner la réintégration avec la mutualité au plus tard le %(review)s ; trajet au plus tard le %(date)s",
        "Review re-integration with the health insurer by %(review)s; trajectory by %(date)s"),
    "Uw bemiddelaar bevestigt dat u deze stap gedaan hebt.": ("Votre conseiller confirme que vous avez fait cette étape.",
                                                              "Your counsellor confirms that you have done this step."),
    "Vervallen: het dossier is overgedragen aan de controledienst": ("Caduc : le dossier a été transmis au service de contrôle",
                                                                     "Lapsed: the file was transferred to the control service"),
})
T.update({  # stop 29, verification round of issue 11
    "De sanctie loopt sinds %(day)s: de gewijzigde sanctie telt vanaf die dag (laat het veld leeg).": (
        "La sanction court depuis le %(day)s : la sanction modifiée compte à partir de ce jour (laissez le champ vide).",
        "The sanction has been running since %(day)s: the changed sanction counts from that day (leave the field empty)."),
    "DD/MM/JJJJ. Leeg: vanaf de begindatum van de oorspronkelijke sanctie (de weken die liepen, tellen); een andere dag enkel als die "
    "sanctie nog niet begonnen is.": (
        "JJ/MM/AAAA. Vide : à partir de la date de début de la sanction initiale (les semaines écoulées comptent) ; un autre jour "
        "uniquement si cette sanction n’a pas encore commencé.",
        "DD/MM/YYYY. Empty: from the start of the original sanction (the weeks served count); another day only if that sanction has "
        "not started yet."),
    "Bij “Niet gedaan” verplicht: de reden, die de burger leest (minstens 5 tekens).": (
        "Obligatoire pour « Pas fait » : le motif, que le citoyen lira (au moins 5 caractères).",
        "Required for “Not done”: the reason, which the citizen reads (at least 5 characters)."),
})
T.update({  # Django's own admin strings, now also in the platform's copy of admin/base_site.html (web/admin_templates)
    "Django site admin": ("Site d’administration de Django", "Django site admin"),
    "Django administration": ("Administration de Django", "Django administration"),
})

# issue 14: official employment rates beside the platform's own figures (kpis/official.py)
T.update({
    "Vlaams regeerakkoord 2019–2024, hoofdstuk Werk en sociale economie: “een werkzaamheidsgraad van 80 procent is het doel”": (
        "Accord de gouvernement flamand 2019–2024, chapitre Emploi et économie sociale : « un taux d’emploi de 80 % est l’objectif »",
        "Flemish coalition agreement 2019–2024, chapter Work and social economy: “an employment rate of 80 per cent is the goal”"),
    "Statbel, Enquête naar de Arbeidskrachten (EAK), zoals gepubliceerd; per cijfer de bron": (
        "Statbel, Enquête sur les forces de travail (EFT), tel que publié ; la source de chaque chiffre",
        "Statbel, Labour Force Survey (LFS), as published; the source of each figure"),
    "%(year)s, %(quarter)se kwartaal": ("%(year)s, trimestre %(quarter)s", "%(year)s, quarter %(quarter)s"),
    "Werkzaamheidsgraad 20–64 jaar": ("Taux d’emploi 20–64 ans", "Employment rate 20–64"),
    "Geen officiële werkzaamheidsgraad per gemeente in de meegeleverde statistieken: per gemeente toont het platform zijn eigen cijfers per 100 inwoners van 20–69 jaar.": (
        "Pas de taux d’emploi officiel par commune dans les statistiques fournies : par commune, la plateforme montre ses propres chiffres pour 100 habitants de 20 à 69 ans.",
        "No official employment rate per municipality in the statistics shipped: per municipality the platform shows its own figures per 100 inhabitants aged 20–69."),
    "Werkenden van 20 tot 64 jaar als aandeel van de bevolking van 20 tot 64 jaar, volgens de Enquête naar de Arbeidskrachten (bij Statbel: werkgelegenheidsgraad); gepubliceerd voor België, de gewesten en sommige provincies, niet per gemeente. Het beleidsdoel is 80 %.": (
        "Personnes de 20 à 64 ans au travail, en part de la population de 20 à 64 ans, selon l’Enquête sur les forces de travail (chez Statbel : taux d’emploi) ; publié pour la Belgique, les régions et certaines provinces, pas par commune. L’objectif politique est de 80 %.",
        "People aged 20 to 64 in work as a share of the population aged 20 to 64, from the Labour Force Survey (Statbel’s employment rate); published for Belgium, the regions and some provinces, not per municipality. The policy target is 80 %."),
    "Statbel, Enquête naar de Arbeidskrachten (EAK)": ("Statbel, Enquête sur les forces de travail (EFT)", "Statbel, Labour Force Survey (LFS)"),
    "Officiële statistieken": ("Statistiques officielles", "Official statistics"),
    "werkenden van 20–64 jaar ÷ bevolking van 20–64 jaar, zoals Statbel het publiceert, in %": (
        "personnes au travail de 20–64 ans ÷ population de 20–64 ans, telle que Statbel la publie, en %",
        "people in work aged 20–64 ÷ population aged 20–64, as Statbel publishes it, in %"),
    "doel bereikt": ("objectif atteint", "target reached"),
    "%(points)s procentpunt": ("%(points)s point de pourcentage", "%(points)s percentage points"),
    "doel %(target)s": ("objectif %(target)s", "target %(target)s"),
    "Staafdiagram met dezelfde cijfers als de tabel eronder; de stippellijn is het doel.": (
        "Diagramme en barres avec les mêmes chiffres que le tableau ci-dessous ; la ligne pointillée est l’objectif.",
        "Bar chart with the same figures as the table below; the dashed line is the target."),
    "Het beleidsdoel is een werkzaamheidsgraad van %(target)s. Dit cijfer komt uit de Enquête naar de Arbeidskrachten van Statbel, zoals gepubliceerd; het platform berekent het niet zelf, want het register weet wie werk zoekt, niet wie waar werkt.": (
        "L’objectif politique est un taux d’emploi de %(target)s. Ce chiffre vient de l’Enquête sur les forces de travail de Statbel, tel que publié ; la plateforme ne le calcule pas elle-même, car le registre sait qui cherche un emploi, pas qui travaille où.",
        "The policy target is an employment rate of %(target)s. This figure comes from Statbel's Labour Force Survey, as published; the platform does not compute it itself, because the register knows who is looking for work, not who works where."),
    "Dezelfde cijfers staan in de tabel; de stippellijn is het doel.": (
        "Les mêmes chiffres figurent dans le tableau ; la ligne pointillée est l’objectif.", "The same figures are in the table; the dashed line is the target."),
    "Gebied": ("Territoire", "Area"),
    "Tot het doel": ("Jusqu’à l’objectif", "To the target"),
    "laatst gepubliceerde cijfers": ("derniers chiffres publiés", "latest published figures"),
    "Alle gepubliceerde cijfers": ("Tous les chiffres publiés", "All published figures"),
    "Elk eigen kerncijfer wordt berekend uit de gegevens van het platform, nooit ingetypt. Officiële statistieken komen zoals gepubliceerd uit hun bron en staan als zodanig aangeduid.": (
        "Chaque indicateur propre est calculé à partir des données de la plateforme, jamais saisi. Les statistiques officielles viennent de leur source telles que publiées et sont indiquées comme telles.",
        "Each of the platform's own figures is computed from its data, never typed in. Official statistics come from their source as published and are marked as such."),
})

# attack of stop 30
T.update({
    "Een officiële statistiek heeft geen uitsplitsing: zie de officiële cijfers.": (
        "Une statistique officielle n’a pas de ventilation : voir les chiffres officiels.", "An official statistic has no breakdown: see the official figures."),
    "officiële statistiek: GET /api/v1/kpis/official of de kerncijfers-pagina": (
        "statistique officielle : GET /api/v1/kpis/official ou la page des indicateurs", "official statistic: GET /api/v1/kpis/official or the key figures page"),
    "Steunmaatregelen bij een aanwerving": ("Aides à l’embauche", "Support measures for a hire"),
    "Per sollicitatie ziet u of een aanwerving recht geeft op steun en hoeveel, zodra de kandidaat ermee instemt dat te delen.": (
        "Pour chaque candidature, vous voyez si une embauche donne droit à une aide et combien, dès que le candidat accepte de le partager.",
        "For each application you see whether a hire qualifies for support and how much, once the candidate agrees to share it."),
})
T.update({  # issue 13 gaps: EVC for a set of skills, a second competence visa, the ledger chart's axes (h13-career-gaps)
    "Uit uw profiel": ("De votre profil", "From your profile"),
    "Essentieel voor %(occupation)s": ("Essentielles pour %(occupation)s", "Essential for %(occupation)s"),
    "Al gekozen": ("Déjà choisies", "Already chosen"),
    "Gevonden voor '%(query)s'": ("Trouvées pour « %(query)s »", "Found for '%(query)s'"),
    "1 competentie": ("1 compétence", "1 skill"),
    "Een lijst van ESCO-competenties (URI's) verwacht.": ("Une liste de compétences ESCO (URI) est attendue.",
                                                          "A list of ESCO skills (URIs) is expected."),
    "Hoogstens %(n)s competenties per aanvraag; u koos er %(chosen)s.": (
        "Au maximum %(n)s compétences par demande ; vous en avez choisi %(chosen)s.",
        "At most %(n)s skills per request; you chose %(chosen)s."),
    "Deze competenties staan al in een lopende aanvraag: %(names)s.": (
        "Ces compétences figurent déjà dans une demande en cours : %(names)s.",
        "These skills are already in an open request: %(names)s."),
    "Geen ESCO-competentie met deze URI: %(uri)s": ("Aucune compétence ESCO avec cette URI : %(uri)s", "No ESCO skill with this URI: %(uri)s"),
    "Waarvoor vraagt u erkenning?": ("Pour quoi demandez-vous une reconnaissance ?", "What do you want recognised?"),
    "Voor een beroep": ("Pour un métier", "For an occupation"),
    "Voor competenties die ik zelf kies": ("Pour des compétences que je choisis moi-même", "For skills I choose myself"),
    "Welke competenties wilt u laten erkennen?": ("Quelles compétences voulez-vous faire reconnaître ?", "Which skills do you want recognised?"),
    "Een competentie zoeken": ("Rechercher une compétence", "Search for a skill"),
    "Typ een woord, bv. 'heftruck' of 'klantvriendelijk', en kies 'Zoeken'. Wat u al aanvinkte, blijft aangevinkt.": (
        "Tapez un mot, p. ex. « chariot élévateur » ou « accueil », et choisissez « Rechercher ». Ce que vous avez déjà coché reste coché.",
        "Type a word, e.g. 'forklift' or 'customer', and choose 'Search'. What you already ticked stays ticked."),
    "Vink er minstens één en hoogstens %(n)s aan.": ("Cochez-en au moins une et au maximum %(n)s.", "Tick at least one and at most %(n)s."),
    "Vink minstens één competentie aan.": ("Cochez au moins une compétence.", "Tick at least one skill."),
    "Kies een beroep, of de competenties die u wilt laten erkennen. Een beoordelaar plant een gesprek of praktijkproef met u en beoordeelt "
    "elke competentie. Wat erkend wordt, komt als bewijs in uw paspoort.": (
        "Choisissez un métier, ou les compétences que vous voulez faire reconnaître. Un évaluateur planifie avec vous un entretien ou une "
        "épreuve pratique et évalue chaque compétence. Ce qui est reconnu figure comme preuve dans votre passeport.",
        "Choose an occupation, or the skills you want recognised. An assessor plans an interview or a practical test with you and assesses "
        "each skill. What is recognised goes into your passport as evidence."),
    "Nog niets om te kiezen": ("Rien à choisir pour l'instant", "Nothing to choose yet"),
    "Voeg eerst een doelberoep toe op Mijn Loopbaan, of vraag uw bemiddelaar uw werkervaring en competenties in te vullen.": (
        "Ajoutez d'abord un métier visé dans Ma carrière, ou demandez à votre conseiller de compléter votre expérience et vos compétences.",
        "First add a target occupation on My Career, or ask your counsellor to fill in your work experience and skills."),
    "Enkel als u 'Voor competenties die ik zelf kies' koos.": ("Uniquement si vous avez choisi « Pour des compétences que je choisis moi-même ».",
                                                               "Only if you chose 'For skills I choose myself'."),
    "Wat '%(query)s' vindt, staat al hierboven.": ("Ce que « %(query)s » trouve figure déjà ci-dessus.", "What '%(query)s' finds is already listed above."),
    "Geen competentie gevonden voor '%(query)s'. Probeer een ander woord.": (
        "Aucune compétence trouvée pour « %(query)s ». Essayez un autre mot.", "No skill found for '%(query)s'. Try another word."),
    "Aangevraagd voor": ("Demandé pour", "Requested for"),
    "Voor dit ontslag (%(employer)s, %(day)s) is al een competentievisum uitgereikt op %(issued)s. Trek dat eerst in als het verbeterd "
    "moet worden.": (
        "Un visa de compétences a déjà été délivré le %(issued)s pour ce licenciement (%(employer)s, %(day)s). Révoquez-le d'abord s'il "
        "doit être corrigé.",
        "A competence visa was already issued on %(issued)s for this dismissal (%(employer)s, %(day)s). Revoke it first if it needs "
        "correcting."),
    "Op %(issued)s is al een competentievisum uitgereikt (na ontslag bij %(employer)s). Bevestig dat dit visum over een ander ontslag gaat.": (
        "Un visa de compétences a déjà été délivré le %(issued)s (après un licenciement chez %(employer)s). Confirmez que ce visa concerne "
        "un autre licenciement.",
        "A competence visa was already issued on %(issued)s (after a dismissal at %(employer)s). Confirm that this visa is about another "
        "dismissal."),
    "Ik bevestig dat dit visum over een ander ontslag gaat": ("Je confirme que ce visa concerne un autre licenciement",
                                                             "I confirm that this visa is about another dismissal"),
    "Let op": ("Attention", "Note"),
    "op %(day)s kreeg deze persoon al een competentievisum, na ontslag bij %(employer)s.": (
        "le %(day)s, cette personne a déjà reçu un visa de compétences, après un licenciement chez %(employer)s.",
        "on %(day)s this person already received a competence visa, after a dismissal at %(employer)s."),
    "Een tweede visum voor hetzelfde ontslag kan niet; voor een ander ontslag bevestigt u hieronder.": (
        "Un second visa pour le même licenciement n'est pas possible ; pour un autre licenciement, confirmez ci-dessous.",
        "A second visa for the same dismissal is not possible; for another dismissal, confirm below."),
    "Saldo in euro": ("Solde en euros", "Balance in euro"),
    "Saldo in %(unit)s": ("Solde en %(unit)s", "Balance in %(unit)s"),
    "Verticale as: %(name)s, van %(low)s tot %(high)s; horizontale as: de datum.": (
        "Axe vertical : %(name)s, de %(low)s à %(high)s ; axe horizontal : la date.",
        "Vertical axis: %(name)s, from %(low)s to %(high)s; horizontal axis: the date."),
})
T.update({  # attack 16 (M1, L5): filters refused, never dropped (werkregie/web/helpers.py list_filters, worklist/caseload.py)
    "parameter “%(name)s” (%(label)s): %(why)s": ("paramètre « %(name)s » (%(label)s) : %(why)s", "parameter “%(name)s” (%(label)s): %(why)s"),
    "Niet uitgevoerd: een filter heeft een ongeldige waarde. Er is niets opgezocht of geëxporteerd.": (
        "Non exécuté : un filtre a une valeur non valable. Rien n’a été recherché ni exporté.",
        "Not done: a filter has an invalid value. Nothing was looked up or exported."),
    "Uw rol mag niet filteren op %(names)s: die gegevens zijn voor u niet zichtbaar.": (
        "Votre rôle ne peut pas filtrer sur %(names)s : ces données ne vous sont pas visibles.",
        "Your role may not filter on %(names)s: that data is not visible to you."),
    "niet toegestaan voor uw rol": ("non autorisé pour votre rôle", "not allowed for your role"),
})
T.update({  # demo walk (issue 16): relevance on the counsellor's and employer's lists, the draft notice
    "We tonen alleen vacatures die echt aansluiten. Vul samen met de persoon de competenties aan of bespreek een ruimere afstand of een ander beroep.": (
        "Nous n'affichons que les offres qui correspondent vraiment. Complétez les compétences avec la personne ou discutez d'une distance plus grande ou d'un autre métier.",
        "We only show vacancies that really fit. Complete the competences with the person, or discuss a longer distance or another occupation."),
    "We vonden geen kandidaat die goed bij deze vacature past.": (
        "Nous n'avons trouvé aucun candidat qui correspond bien à cette offre.", "We found no candidate who fits this vacancy well."),
    "We tonen alleen kandidaten die echt aansluiten. Vraag minder competenties, verruim de uren of vraag de VDAB om mee te zoeken.": (
        "Nous n'affichons que les candidats qui correspondent vraiment. Demandez moins de compétences, élargissez les horaires ou demandez au VDAB de chercher avec vous.",
        "We only show candidates who really fit. Ask for fewer competences, widen the hours or ask VDAB to help you search."),
    "Geen kandidaten die goed passen.": ("Aucun candidat qui correspond bien.", "No candidates who fit well."),
    "Dit is een ontwerp: de vacature is nog niet gepubliceerd. Werkzoekenden zien ze pas na publicatie.": (
        "Ceci est un brouillon : l'offre n'est pas encore publiée. Les demandeurs d'emploi ne la verront qu'après sa publication.",
        "This is a draft: the vacancy is not published yet. Job seekers only see it once it is published."),
})
PLURALS.update({
    "We vonden maar %(counter)s vacature die goed bij deze persoon past.": (
        ("Nous n'avons trouvé que %(counter)s offre qui correspond bien à cette personne.",
         "Nous n'avons trouvé que %(counter)s offres qui correspondent bien à cette personne."),
        ("We found only %(counter)s vacancy that fits this person well.", "We found only %(counter)s vacancies that fit this person well.")),
    "We vonden maar %(counter)s kandidaat die goed bij deze vacature past.": (
        ("Nous n'avons trouvé que %(counter)s candidat qui correspond bien à cette offre.",
         "Nous n'avons trouvé que %(counter)s candidats qui correspondent bien à cette offre."),
        ("We found only %(counter)s candidate who fits this vacancy well.", "We found only %(counter)s candidates who fit this vacancy well.")),
    "Toon ook %(counter)s minder passende vacature": (
        ("Afficher aussi %(counter)s offre moins adaptée", "Afficher aussi %(counter)s offres moins adaptées"),
        ("Also show %(counter)s less suitable vacancy", "Also show %(counter)s less suitable vacancies")),
    "Toon ook %(counter)s minder passende kandidaat": (
        ("Afficher aussi %(counter)s candidat moins adapté", "Afficher aussi %(counter)s candidats moins adaptés"),
        ("Also show %(counter)s less suitable candidate", "Also show %(counter)s less suitable candidates")),
})
T.update({  # walk of issue 13 (hwalk13): guide, signals, EVC
    "%(change)s openstaande vacatures tegenover %(quarter)s": ("%(change)s d'offres ouvertes par rapport au %(quarter)s",
                                                              "%(change)s open vacancies compared with %(quarter)s"),
    "%(open)s openstaande vacatures.": ("%(open)s offres ouvertes.", "%(open)s open vacancies."),
    "geen": ("aucun", "none"),
    "Deze algemene competentie komt in veel beroepen voor. De opleidingen die ze leren, zijn bedoeld voor een ander beroep en liggen "
    "verder dan %(km)s km: die verplaatsing stellen we niet voor. U leert ze ook op het werk, of vraag naar een opleiding dichterbij "
    "of online.": (
        "Cette compétence générale se retrouve dans de nombreux métiers. Les formations qui l'enseignent sont destinées à un autre métier "
        "et se trouvent à plus de %(km)s km : nous ne vous proposons pas ce déplacement. Vous l'apprenez aussi au travail, ou demandez "
        "une formation plus proche ou en ligne.",
        "This general competence is part of many occupations. The courses that teach it are meant for another occupation and are more "
        "than %(km)s km away: we do not propose that journey. You also learn it at work, or ask for a course nearer by or online."),
    "Typ een woord, bv. 'heftruck' of '%(example)s', en kies 'Zoeken'. Wat u al aanvinkte, blijft aangevinkt.": (
        "Tapez un mot, p. ex. « heftruck » ou « %(example)s », puis choisissez « Rechercher ». Ce que vous avez déjà coché reste coché.",
        "Type a word, e.g. 'forklift' or '%(example)s', and choose 'Search'. What you already ticked stays ticked."),
    "U legt het resultaat vast vanaf de dag van de beoordeling, %(day)s.": (
        "Vous enregistrez le résultat à partir du jour de l'évaluation, le %(day)s.",
        "You record the result from the day of the assessment, %(day)s, on."),
})
PLURALS.update({  # walk of issue 13 (hwalk13)
    "U hebt %(held)s van de %(total)s vereiste competentie.": (
        ("Vous avez %(held)s des %(total)s compétence requise.", "Vous avez %(held)s des %(total)s compétences requises."),
        ("You have %(held)s of the %(total)s required competence.", "You have %(held)s of the %(total)s required competences.")),
    "%(counter)s competentie staat al in een lopende aanvraag en staat hier niet meer.": (
        ("%(counter)s compétence figure déjà dans une demande en cours et n'est plus proposée ici.",
         "%(counter)s compétences figurent déjà dans une demande en cours et ne sont plus proposées ici."),
        ("%(counter)s competence is already in an open request and is no longer listed here.",
         "%(counter)s competences are already in an open request and are no longer listed here.")),
    "%(counter)s nieuwe competentie gevonden voor '%(query)s':": (
        ("%(counter)s nouvelle compétence trouvée pour « %(query)s » :", "%(counter)s nouvelles compétences trouvées pour « %(query)s » :"),
        ("%(counter)s new competence found for '%(query)s':", "%(counter)s new competences found for '%(query)s':")),
    "%(counter)s competentie die '%(query)s' vindt, staat al hierboven.": (
        ("%(counter)s compétence trouvée pour « %(query)s » figure déjà plus haut.", "%(counter)s compétences trouvées pour « %(query)s » figurent déjà plus haut."),
        ("%(counter)s competence that '%(query)s' finds is already listed above.", "%(counter)s competences that '%(query)s' finds are already listed above.")),
    "%(counter)s competentie die '%(query)s' vindt, is al erkend (gecertificeerd): u hoeft ze niet meer aan te vragen.": (
        ("%(counter)s compétence trouvée pour « %(query)s » est déjà reconnue (certifiée) : inutile de la demander.",
         "%(counter)s compétences trouvées pour « %(query)s » sont déjà reconnues (certifiées) : inutile de les demander."),
        ("%(counter)s competence that '%(query)s' finds is already recognised (certified): no need to request it.",
         "%(counter)s competences that '%(query)s' finds are already recognised (certified): no need to request them.")),
    "%(counter)s competentie die '%(query)s' vindt, staat al in een lopende aanvraag.": (
        ("%(counter)s compétence trouvée pour « %(query)s » figure déjà dans une demande en cours.",
         "%(counter)s compétences trouvées pour « %(query)s » figurent déjà dans une demande en cours."),
        ("%(counter)s competence that '%(query)s' finds is already in an open request.",
         "%(counter)s competences that '%(query)s' finds are already in an open request.")),
})
T.update({  # walk of issue 13 (hwalk13): why a course is proposed, each criterion with its verb
    "is goedkoper": ("est moins chère", "is cheaper"),
    "is korter": ("est plus courte", "is shorter"),
    "ligt dichterbij": ("est plus proche", "is closer"),
    "begint eerder": ("commence plus tôt", "starts sooner"),
    "Sluit dezelfde tekorten als %(other)s, maar %(how)s.": ("Comble les mêmes lacunes que %(other)s, mais %(how)s.",
                                                            "Closes the same gaps as %(other)s, but %(how)s."),
})
T.update({  # credentials and shared passports: the attack of stop 30 on issue 13
    "De geldigheidsdatums van het credential zijn onleesbaar of liggen buiten het bereik van de kalender.": (
        "Les dates de validité de l'attestation sont illisibles ou hors de la plage du calendrier.",
        "The credential's validity dates are unreadable or outside the calendar's range."),
    "Een credential van een partner-uitgever staat in de statuslijst van die uitgever, zodat het ingetrokken kan worden; "
    "dit credential heeft geen statusvermelding.": (
        "Une attestation d'un émetteur partenaire figure dans la liste de statut de cet émetteur, afin de pouvoir être révoquée ; "
        "cette attestation n'a pas de mention de statut.",
        "A partner issuer's credential is in that issuer's status list, so that it can be revoked; this credential has no status entry."),
    "Een credential van een partner-uitgever heeft precies één plaats in de statuslijst van die uitgever.": (
        "Une attestation d'un émetteur partenaire a exactement une place dans la liste de statut de cet émetteur.",
        "A partner issuer's credential has exactly one place in that issuer's status list."),
    "Deze plaats in de statuslijst hoort bij een ander credential van de uitgever.": (
        "Cette place dans la liste de statut appartient à une autre attestation de l'émetteur.",
        "This place in the status list belongs to another credential of the issuer."),
    "De uitgever heeft dit credential niet bij het platform ingediend: zijn plaats in de statuslijst is niet voor dit "
    "credential gebruikt, dus kan de uitgever het niet intrekken.": (
        "L'émetteur n'a pas soumis cette attestation à la plateforme : sa place dans la liste de statut n'a pas été utilisée "
        "pour cette attestation, l'émetteur ne peut donc pas la révoquer.",
        "The issuer did not submit this credential to the platform: its place in the status list was not used for this "
        "credential, so the issuer cannot revoke it."),
    "Het credential noemt zich %(stated)s, maar werd uitgereikt als %(kind)s.": (
        "L'attestation se dit %(stated)s, mais a été délivrée comme %(kind)s.",
        "The credential calls itself %(stated)s, but was issued as %(kind)s."),
    "%(issuer)s reikt geen credentials van het type %(stated)s uit.": (
        "%(issuer)s ne délivre pas d'attestations du type %(stated)s.", "%(issuer)s does not issue credentials of type %(stated)s."),
    "%(name)s mag dit credential niet uitreiken: %(why)s": (
        "%(name)s ne peut pas délivrer cette attestation : %(why)s", "%(name)s may not issue this credential: %(why)s"),
    "Het credential noemt zich %(stated)s; een %(kind)s heeft achievementType %(type)s.": (
        "L'attestation se dit %(stated)s ; un(e) %(kind)s a l'achievementType %(type)s.",
        "The credential calls itself %(stated)s; a %(kind)s has achievementType %(type)s."),
    "Het credential noemt als uitgever „%(named)s”; uw organisatie is geregistreerd als „%(name)s”.": (
        "L'attestation nomme comme émetteur « %(named)s » ; votre organisation est enregistrée comme « %(name)s ».",
        "The credential names “%(named)s” as its issuer; your organisation is registered as “%(name)s”."),
    "Een geldig credential bewijst wat de uitgever aan de houder toekende, niet dat wie het toont die houder is: "
    "iedereen die het bestand heeft, kan het voorleggen.": (
        "Une attestation valable prouve ce que l'émetteur a accordé à son titulaire, pas que la personne qui la présente est "
        "ce titulaire : quiconque possède le fichier peut la présenter.",
        "A valid credential proves what the issuer awarded to its holder, not that whoever presents it is that holder: "
        "anyone who has the file can present it."),
    "Vraag de persoon om het te delen via het platform: een gedeelde paspoortlink van het platform toont de "
    "voornaam van de houder en enkel diens eigen credentials, elk opnieuw gecontroleerd.": (
        "Demandez à la personne de la partager via la plateforme : un lien de passeport partagé de la plateforme montre le "
        "prénom du titulaire et uniquement ses propres attestations, chacune vérifiée à nouveau.",
        "Ask the person to share it through the platform: a shared passport link from the platform shows the holder's first "
        "name and only their own credentials, each checked again."),
    "Dit credential is gebonden aan de digitale identiteit %(id)s: vraag wie het toont om te bewijzen dat die identiteit "
    "van hem of haar is (een presentatie ondertekend met de sleutel van die identiteit).": (
        "Cette attestation est liée à l'identité numérique %(id)s : demandez à la personne qui la présente de prouver que cette "
        "identité est la sienne (une présentation signée avec la clé de cette identité).",
        "This credential is bound to the digital identity %(id)s: ask whoever presents it to prove that this identity is "
        "theirs (a presentation signed with that identity's key)."),
    "Dit credential bevat een hash van een gegeven van de houder (%(types)s): vraag dat gegeven aan wie het toont en "
    "vergelijk het met de hash.": (
        "Cette attestation contient un hachage d'une donnée du titulaire (%(types)s) : demandez cette donnée à la personne qui "
        "la présente et comparez-la au hachage.",
        "This credential holds a hash of a detail of its holder (%(types)s): ask whoever presents it for that detail and "
        "compare it with the hash."),
    "Dit credential noemt zijn houder enkel met een willekeurig nummer (%(id)s), zonder naam: het zegt niet wie dat is.": (
        "Cette attestation ne désigne son titulaire que par un numéro aléatoire (%(id)s), sans nom : elle ne dit pas de qui il s'agit.",
        "This credential names its holder only by a random number (%(id)s), without a name: it does not say who that is."),
    "Van wie is dit credential?": ("À qui appartient cette attestation ?", "Whose credential is this?"),
    "Dit kenmerk (kid) is al van het platform of van een andere uitgever; kies een eigen kenmerk.": (
        "Cet identifiant (kid) appartient déjà à la plateforme ou à un autre émetteur ; choisissez votre propre identifiant.",
        "This key id (kid) already belongs to the platform or to another issuer; choose a key id of your own."),
    "Een ingetrokken of verlopen bewijs kan niet gedeeld worden: %(titles)s.": (
        "Une preuve révoquée ou expirée ne peut pas être partagée : %(titles)s.", "A revoked or expired proof cannot be shared: %(titles)s."),
})

T.update({  # walk of stop 30 on issue 13: revoking a competence visa from its page
    "Geen competentievisum gevonden.": ("Aucun visa de compétences trouvé.", "No competence visa found."),
    "Het visum is niet ingetrokken.": ("Le visa n’a pas été révoqué.", "The visa was not revoked."),
    "Geef een reden (minstens %(n)s tekens).": ("Donnez une raison (au moins %(n)s caractères).", "Give a reason (at least %(n)s characters)."),
    "Dit competentievisum is al ingetrokken.": ("Ce visa de compétences est déjà révoqué.", "This competence visa has already been revoked."),
    "al ingetrokken": ("déjà révoqué", "already revoked"),
    "Het competentievisum is ingetrokken: het bewijs is niet meer geldig. U kunt nu een verbeterd visum uitreiken.": (
        "Le visa de compétences est révoqué : la preuve n’est plus valable. Vous pouvez maintenant délivrer un visa corrigé.",
        "The competence visa is revoked: its proof is no longer valid. You can now issue a corrected visa."),
    "ingetrokken": ("révoqué", "revoked"),
    "Reden om in te trekken": ("Raison de la révocation", "Reason for revoking"),
    "Het bewijs wordt voorgoed ongeldig; daarna kunt u een verbeterd visum uitreiken.": (
        "La preuve devient définitivement non valable ; ensuite, vous pouvez délivrer un visa corrigé.",
        "The proof becomes invalid for good; then you can issue a corrected visa."),
    "Visum intrekken": ("Révoquer le visa", "Revoke the visa"),
})
T.update({  # training: the attack on issue 13 against the catalogue and bookings (htrain-attack30)
    "hoogstens %(years)s jaar vooruit (tot %(day)s)": ("au plus %(years)s ans à l'avance (jusqu'au %(day)s)", "at most %(years)s years ahead (until %(day)s)"),
    "hoogstens %(years)s jaar geleden": ("il y a au plus %(years)s ans", "at most %(years)s years ago"),
    "een sessie duurt hoogstens %(years)s jaar": ("une session dure au plus %(years)s ans", "a session lasts at most %(years)s years"),
    "langer dan %(n)s tekens": ("plus de %(n)s caractères", "longer than %(n)s characters"),
    "een lijst van sessies ([] voor een opleiding zonder sessies)": (
        "une liste de sessions ([] pour une formation sans sessions)", "a list of sessions ([] for a course without sessions)"),
    "een geheel getal van 0 tot 100000": ("un nombre entier de 0 à 100000", "a whole number from 0 to 100000"),
    "opleiding niet meer in de catalogus": ("formation retirée du catalogue", "course no longer in the catalogue"),
    "sessie niet meer in de opleiding": ("session retirée de la formation", "session no longer in the course"),
    "minder plaatsen dan inschrijvingen": ("moins de places que d'inscriptions", "fewer places than bookings"),
    "Deze levering annuleert lopende inschrijvingen (%(n)s): %(listed)s. De personen krijgen dan een bericht, hun leer- en loopbaanrekening "
    "wordt terugbetaald en hun trajectstap vervalt. Bevestig dat uitdrukkelijk (confirm_cancellations) als dat de bedoeling is.": (
        "Cette livraison annule des inscriptions en cours (%(n)s) : %(listed)s. Les personnes reçoivent alors un message, leur compte "
        "d'apprentissage et de carrière est remboursé et leur étape de parcours tombe. Confirmez-le expressément (confirm_cancellations) si "
        "c'est voulu.",
        "This delivery cancels live bookings (%(n)s): %(listed)s. The persons are then sent a message, their learning and career account is "
        "refunded and their trajectory step lapses. Confirm it explicitly (confirm_cancellations) if that is what you mean."),
    "sessie %(sid)s: %(how)s (inschrijvingen: %(n)s)": ("session %(sid)s : %(how)s (inscriptions : %(n)s)", "session %(sid)s: %(how)s (bookings: %(n)s)"),
    "ingetrokken op": ("retirée le", "withdrawn on"),
    "De aanbieder schrapte de sessie; bewaard voor de inschrijvingen die ernaar verwijzen": (
        "Le prestataire a supprimé la session ; conservée pour les inscriptions qui y renvoient",
        "The provider withdrew the session; kept for the bookings that refer to it"),
    "U bent al ingeschreven voor deze opleiding, in de sessie die start op %(day)s. Annuleer die inschrijving eerst als u een andere sessie wilt.": (
        "Vous êtes déjà inscrit à cette formation, dans la session qui commence le %(day)s. Annulez d'abord cette inscription si vous voulez "
        "une autre session.",
        "You are already booked on this course, in the session starting on %(day)s. Cancel that booking first if you want another session."),
    "Geannuleerd door %(provider)s: de sessie van %(date)s van %(title)s is geschrapt": (
        "Annulée par %(provider)s : la session du %(date)s de %(title)s a été supprimée",
        "Cancelled by %(provider)s: the session of %(date)s of %(title)s was withdrawn"),
    "Geannuleerd door %(provider)s: de opleiding %(title)s is uit het aanbod gehaald": (
        "Annulée par %(provider)s : la formation %(title)s a été retirée de l'offre",
        "Cancelled by %(provider)s: the course %(title)s was taken out of the offer"),
    "Geannuleerd door %(provider)s: de sessie van %(date)s van %(title)s heeft minder plaatsen dan inschrijvingen": (
        "Annulée par %(provider)s : la session du %(date)s de %(title)s a moins de places que d'inscriptions",
        "Cancelled by %(provider)s: the session of %(date)s of %(title)s has fewer places than bookings"),
    "de opleidingsverstrekker heeft deze sessie geschrapt": ("le prestataire de formation a supprimé cette session",
                                                            "the training provider withdrew this session"),
    "de opleidingsverstrekker heeft deze opleiding uit zijn aanbod gehaald": (
        "le prestataire de formation a retiré cette formation de son offre", "the training provider took this course out of its offer"),
    "de opleidingsverstrekker heeft het aantal plaatsen verminderd tot onder het aantal inschrijvingen, en de laatste inschrijvingen vervallen": (
        "le prestataire de formation a réduit le nombre de places en dessous du nombre d'inscriptions, et les dernières inscriptions tombent",
        "the training provider cut the number of places below the number of bookings, and the last bookings lapse"),
    "Uw inschrijving voor %(course)s is geannuleerd": ("Votre inscription à %(course)s est annulée", "Your booking for %(course)s is cancelled"),
    "Beste %(name)s,\n\nUw inschrijving voor de opleiding \"%(course)s\" bij %(provider)s (start %(day)s) is geannuleerd: %(what)s.\n"
    "Op Mijn Loopbaan kiest u een andere sessie of opleiding; uw bemiddelaar helpt u daar graag bij.\n\nMet vriendelijke groeten,\nVDAB": (
        "Bonjour %(name)s,\n\nVotre inscription à la formation « %(course)s » chez %(provider)s (début le %(day)s) est annulée : %(what)s.\n"
        "Sur Ma carrière, vous choisissez une autre session ou formation ; votre conseiller vous y aide volontiers.\n\n"
        "Cordialement,\nVDAB",
        "Dear %(name)s,\n\nYour booking for the course \"%(course)s\" at %(provider)s (starting %(day)s) is cancelled: %(what)s.\n"
        "On My Career you choose another session or course; your counsellor is glad to help.\n\nKind regards,\nVDAB"),
    "Beste %(name)s,\n\nUw inschrijving voor de opleiding \"%(course)s\" bij %(provider)s (start %(day)s) is geannuleerd: %(what)s.\n"
    "De € %(amount)s die hiervoor op uw leer- en loopbaanrekening gereserveerd stond, staat er weer op.\n"
    "Op Mijn Loopbaan kiest u een andere sessie of opleiding; uw bemiddelaar helpt u daar graag bij.\n\nMet vriendelijke groeten,\nVDAB": (
        "Bonjour %(name)s,\n\nVotre inscription à la formation « %(course)s » chez %(provider)s (début le %(day)s) est annulée : %(what)s.\n"
        "Les € %(amount)s réservés à cet effet sur votre compte d'apprentissage et de carrière y sont à nouveau disponibles.\n"
        "Sur Ma carrière, vous choisissez une autre session ou formation ; votre conseiller vous y aide volontiers.\n\n"
        "Cordialement,\nVDAB",
        "Dear %(name)s,\n\nYour booking for the course \"%(course)s\" at %(provider)s (starting %(day)s) is cancelled: %(what)s.\n"
        "The € %(amount)s reserved for it on your learning and career account is back on it.\n"
        "On My Career you choose another session or course; your counsellor is glad to help.\n\nKind regards,\nVDAB"),
    "Ja, annuleer de inschrijvingen voor sessies en opleidingen die ik schrap of inkort": (
        "Oui, annuler les inscriptions aux sessions et formations que je supprime ou réduis",
        "Yes, cancel the bookings of sessions and courses I withdraw or shrink"),
    "Enkel nodig als dit bestand geboekte sessies weghaalt of minder plaatsen geeft dan er inschrijvingen zijn: de personen krijgen een "
    "bericht en hun leerrekening wordt terugbetaald.": (
        "Nécessaire seulement si ce fichier retire des sessions réservées ou donne moins de places qu'il n'y a d'inscriptions : les personnes "
        "reçoivent un message et leur compte d'apprentissage est remboursé.",
        "Only needed when this file takes away booked sessions or gives fewer places than there are bookings: the persons are sent a "
        "message and their learning account is refunded."),
    "Inschrijvingen geannuleerd: %(n)s; de personen kregen een bericht.": (
        "Inscriptions annulées : %(n)s ; les personnes ont reçu un message.", "Bookings cancelled: %(n)s; the persons were sent a message."),
})

T.update({  # re-walk of stop 30: no "maar 0"
    "We vonden geen vacature die goed bij deze persoon past.": (
        "Nous n'avons trouvé aucune offre qui correspond bien à cette personne.", "We found no vacancy that fits this person well."),
    "We vonden geen vacature die goed bij u past.": ("Nous n'avons trouvé aucune offre qui vous correspond bien.", "We found no vacancy that fits you well."),
})

T.update({  # issue 16, point 12 walk: the caseload's filter panel folds on a phone
    "Filters": ("Filtres", "Filters"),
})

T.update({  # issue 13 walk: plain Dutch "digitaal bewijs" for "credential" (French and English keep their words)
    'De beoordelende organisatie is nog niet geregistreerd als uitgever van digitale bewijzen: vraag een beheerder om ze te registreren, zodat zij de erkenning zelf ondertekent.': (
        "L'organisation évaluatrice n'est pas encore enregistrée comme émetteur d'attestations\xa0: demandez à un administrateur de l'enregistrer, afin qu'elle signe elle-même la reconnaissance.",
        'The assessing organisation is not registered as an issuer of credentials yet: ask an administrator to register it, so that it signs the recognition itself.'),
    'digitaal bewijs': (
        'attestation',
        'credential'),
    'Een digitaal bewijs is hoogstens enkele kilobytes groot.': (
        'Une attestation fait au plus quelques kilo-octets.',
        'A credential is at most a few kilobytes.'),
    'Stuur het digitale bewijs als tekst (application/vc+jwt) of als JSON {"credential": "…"}.': (
        'Envoyez l\'attestation sous forme de texte (application/vc+jwt) ou en JSON {"credential": "…"}.',
        'Send the credential as text (application/vc+jwt) or as JSON {"credential": "…"}.'),
    'Uw rol geeft geen digitale bewijzen uit.': (
        "Votre rôle ne délivre pas d'attestations.",
        'Your role does not issue credentials.'),
    'Geen digitaal bewijs gevonden.': (
        'Aucune attestation trouvée.',
        'No credential found.'),
    'Verifieerbare digitale bewijzen': (
        'Attestations vérifiables',
        'Verifiable credentials'),
    'uitgever van digitale bewijzen': (
        "émetteur d'attestations",
        'credential issuer'),
    'uitgevers van digitale bewijzen': (
        "émetteurs d'attestations",
        'credential issuers'),
    'digitale bewijzen': (
        'attestations',
        'credentials'),
    'Een inactieve uitgever geeft niets meer uit; zijn digitale bewijzen blijven geldig.': (
        'Un émetteur inactif ne délivre plus rien\u202f; ses attestations restent valables.',
        'An inactive issuer issues nothing more; its credentials stay valid.'),
    'credentialSubject.id (urn:uuid), één per digitaal bewijs: nooit het INSZ-nummer': (
        'credentialSubject.id (urn:uuid), un par attestation : jamais le NISS',
        'credentialSubject.id (urn:uuid), one per credential: never the INSZ'),
    'ondertekend digitaal bewijs (JWT)': (
        'Attestation (JWT)',
        'Credential (JWT)'),
    'Het DID-document noemt geen Ed25519-sleutel (publicKeyJwk) om digitale bewijzen mee te ondertekenen (assertionMethod).': (
        'Le document DID ne mentionne aucune clé Ed25519 (publicKeyJwk) pour signer des attestations (assertionMethod).',
        'The DID document names no Ed25519 key (publicKeyJwk) to sign credentials with (assertionMethod).'),
    'Deze DID was vroeger van een uitgever; digitale bewijzen onder die DID blijven van hem.': (
        'Ce DID appartenait auparavant à un émetteur ; les attestations émises sous ce DID restent les siennes.',
        'This DID belonged to an issuer before; credentials under that DID remain its own.'),
    'Het DID-document hoort bij een andere DID dan die van de uitgever, die al digitale bewijzen uitgaf.': (
        "Le document DID appartient à un autre DID que celui de l'émetteur, qui a déjà émis des attestations.",
        "The DID document belongs to another DID than the issuer's, which already issued credentials."),
    'Het digitale bewijs wordt niet aanvaard.': (
        "L'attestation n'est pas acceptée.",
        'The credential is not accepted.'),
    'Uw organisatie is niet geregistreerd als uitgever van digitale bewijzen.': (
        "Votre organisation n'est pas enregistrée comme émetteur d'attestations.",
        'Your organisation is not registered as a credential issuer.'),
    'Te veel gereserveerde plaatsen die nog niet gebruikt zijn; dien eerst digitale bewijzen in.': (
        "Trop de places réservées non encore utilisées\u202f; soumettez d'abord des attestations.",
        'Too many reserved places not used yet; submit credentials first.'),
    'Het digitale bewijs gebruikt geen plaats in de statuslijst die voor uw organisatie gereserveerd is (vraag er een met POST /api/v1/credentials/status-entries).': (
        "L'attestation n'utilise pas une place de la liste de statut réservée à votre organisation (demandez-en une avec POST /api/v1/credentials/status-entries).",
        'The credential does not use a place in the status list reserved for your organisation (ask for one with POST /api/v1/credentials/status-entries).'),
    'Het digitale bewijs heeft geen credentialSubject.achievement (Open Badges 3.0).': (
        "L'attestation n'a pas de credentialSubject.achievement (Open Badges 3.0).",
        'The credential has no credentialSubject.achievement (Open Badges 3.0).'),
    'Noem de ESCO-vaardigheden die dit digitale bewijs bevestigt.': (
        'Indiquez les compétences ESCO que ce justificatif atteste.',
        'Name the ESCO skills this credential attests.'),
    'Het digitale bewijs en zijn subject hebben elk een id urn:uuid:… nodig (nooit een rijksregisternummer).': (
        "L'attestation et son sujet ont chacun besoin d'un id urn:uuid:… (jamais un numéro de registre national).",
        'The credential and its subject each need an id urn:uuid:… (never a national register number).'),
    'Enkel een partner-uitgever dient zelf ondertekende digitale bewijzen in.': (
        "Seul un émetteur partenaire soumet des attestations qu'il a signées lui-même.",
        'Only a partner issuer submits credentials it signed itself.'),
    'Het digitale bewijs is niet door uw organisatie ondertekend.': (
        "L'attestation n'a pas été signée par votre organisation.",
        'The credential was not signed by your organisation.'),
    'Het digitale bewijs is nog niet geldig.': (
        "L'attestation n'est pas encore valable.",
        'The credential is not valid yet.'),
    'Het digitale bewijs noemt zich %(stated)s; een %(kind)s heeft achievementType %(type)s.': (
        "L'attestation se dit %(stated)s ; un(e) %(kind)s a l'achievementType %(type)s.",
        'The credential calls itself %(stated)s; a %(kind)s has achievementType %(type)s.'),
    '%(issuer)s dient dit soort digitaal bewijs niet in.': (
        "%(issuer)s ne soumet pas ce type d'attestation.",
        '%(issuer)s does not submit this kind of credential.'),
    'Het digitale bewijs verifieert niet: %(why)s': (
        "L'attestation n'est pas vérifiée\xa0: %(why)s",
        'The credential does not verify: %(why)s'),
    'Het digitale bewijs noemt als uitgever „%(named)s”; uw organisatie is geregistreerd als „%(name)s”.': (
        "L'attestation nomme comme émetteur « %(named)s » ; votre organisation est enregistrée comme « %(name)s ».",
        'The credential names “%(named)s” as its issuer; your organisation is registered as “%(name)s”.'),
    'Dit digitale bewijs (of zijn id) is al ingediend.': (
        'Cette attestation (ou son id) a déjà été soumise.',
        'This credential (or its id) was already submitted.'),
    'Uw digitale bewijzen': (
        'Vos attestations',
        'Your credentials'),
    'Digitaal bewijs (JWT)': (
        'Attestation (JWT)',
        'Credential (JWT)'),
    'Er zijn nog geen digitale bewijzen uitgegeven.': (
        "Aucune attestation n'a encore été délivrée.",
        'No credentials have been issued yet.'),
    'Met deze sleutels ondertekent het platform de controlepunten van het toegangslogboek, de bewijsstukken van berichten en de verifieerbare digitale bewijzen. Hier ziet u enkel publieke gegevens: de privésleutels verlaten de sleutelmap nooit.': (
        "Avec ces clés, la plateforme signe les points de contrôle du journal d'accès, les preuves des messages et les attestations vérifiables. Vous ne voyez ici que des données publiques : les clés privées ne quittent jamais le dossier des clés.",
        "With these keys the platform signs the access log's checkpoints, the messages' evidence and the verifiable credentials. Only public facts are shown here: the private keys never leave the key folder."),
    'Digitale bewijzen ondertekend': (
        'Attestations signées',
        'Credentials signed'),
    'Het platform maakt een nieuwe sleutel en ondertekent er vanaf nu mee. De vorige sleutels blijven gepubliceerd, zodat digitale bewijzen, controlepunten en bewijsstukken die ermee ondertekend werden, geldig blijven. Wie vernieuwde, wanneer en waarom, wordt bewaard.': (
        'La plateforme crée une nouvelle clé et signe désormais avec elle. Les clés précédentes restent publiées : les attestations, points de contrôle et preuves signés avec elles restent valables. Qui a renouvelé, quand et pourquoi est conservé.',
        'The platform makes a new key and signs with it from now on. The earlier keys stay published, so credentials, checkpoints and evidence signed with them stay valid. Who renewed, when and why is kept.'),
    'Digitaal bewijs controleren': (
        'Vérifier une attestation',
        'Verify a credential'),
    'Geldig digitaal bewijs': (
        'Attestation valable',
        'Valid credential'),
    'Dit digitale bewijs is niet geldig': (
        "Cette attestation n'est pas valable",
        'This credential is not valid'),
    'Van wie is dit digitale bewijs?': (
        'À qui appartient cette attestation ?',
        'Whose credential is this?'),
    'leesbaar digitaal bewijs': (
        'attestation lisible',
        'readable credential'),
    'Kreeg u een diploma, opleidingsattest of competentie als digitaal bewijs? Plak het hieronder of kies het bestand. Wij controleren of de uitgever bekend is, of de handtekening klopt, of het nog geldig is en of het niet ingetrokken werd. U hoeft niet aan te melden; wat u plakt, wordt niet bewaard.': (
        "Vous avez reçu un diplôme, une attestation de formation ou une compétence sous forme d'attestation numérique\u202f? Collez-la ci-dessous ou choisissez le fichier. Nous vérifions si l'émetteur est connu, si la signature est correcte, si elle est encore valable et si elle n'a pas été révoquée. Vous ne devez pas vous connecter\u202f; ce que vous collez n'est pas conservé.",
        'Did you receive a diploma, training certificate or competence as a digital credential? Paste it below or choose the file. We check whether the issuer is known, whether the signature is correct, whether it is still valid and whether it has not been revoked. You do not need to log in; what you paste is not kept.'),
    'Voor ontwikkelaars: <code>POST /api/v1/credentials/verify</code> met het digitale bewijs als tekst, of met JSON <code>{"credential": "eyJ…"}</code>. De publieke sleutels staan in <a href="/.well-known/jwks.json">/.well-known/jwks.json</a> en <a href="/.well-known/did.json">/.well-known/did.json</a>.': (
        'Pour les développeurs\xa0: <code>POST /api/v1/credentials/verify</code> avec l\'attestation en texte, ou en JSON <code>{"credential": "eyJ…"}</code>. Les clés publiques se trouvent dans <a href="/.well-known/jwks.json">/.well-known/jwks.json</a> et <a href="/.well-known/did.json">/.well-known/did.json</a>.',
        'For developers: <code>POST /api/v1/credentials/verify</code> with the credential as text, or as JSON <code>{"credential": "eyJ…"}</code>. The public keys are in <a href="/.well-known/jwks.json">/.well-known/jwks.json</a> and <a href="/.well-known/did.json">/.well-known/did.json</a>.'),
    'Niet gecontroleerd: het digitale bewijs kon niet gelezen worden.': (
        "Non vérifié\xa0: l'attestation n'a pas pu être lue.",
        'Not checked: the credential could not be read.'),
    'De geldigheidsdatums van het digitale bewijs zijn onleesbaar of liggen buiten het bereik van de kalender.': (
        "Les dates de validité de l'attestation sont illisibles ou hors de la plage du calendrier.",
        "The credential's validity dates are unreadable or outside the calendar's range."),
    'De uitgever heeft dit digitale bewijs niet bij het platform ingediend: zijn plaats in de statuslijst is niet voor dit digitale bewijs gebruikt, dus kan de uitgever het niet intrekken.': (
        "L'émetteur n'a pas soumis cette attestation à la plateforme : sa place dans la liste de statut n'a pas été utilisée pour cette attestation, l'émetteur ne peut donc pas la révoquer.",
        'The issuer did not submit this credential to the platform: its place in the status list was not used for this credential, so the issuer cannot revoke it.'),
    'Enkel een beheerder registreert uitgevers van digitale bewijzen.': (
        "Seul un administrateur enregistre les émetteurs d'attestations.",
        'Only an administrator registers credential issuers.'),
    'Het digitale bewijs kan niet uitgegeven worden.': (
        "L'attestation ne peut pas être délivrée.",
        'The credential cannot be issued.'),
    'U mag geen digitaal bewijs uitgeven aan deze persoon namens deze uitgever.': (
        "Vous ne pouvez pas délivrer d'attestation à cette personne au nom de cet émetteur.",
        'You may not issue a credential to this person on behalf of this issuer.'),
    'U mag dit digitale bewijs niet intrekken.': (
        'Vous ne pouvez pas révoquer cette attestation.',
        'You may not revoke this credential.'),
    'Het digitale bewijs heeft geen einddatum.': (
        "L'attestation n'a pas de date de fin.",
        'The credential has no end date.'),
    'Het digitale bewijs kan niet ingetrokken worden (geen statuslijst).': (
        "L'attestation ne peut pas être révoquée (pas de liste de statut).",
        'The credential cannot be revoked (no status list).'),
    'De statusvermelding van het digitale bewijs is onleesbaar.': (
        "La mention de statut de l'attestation est illisible.",
        "The credential's status entry cannot be read."),
    'Een digitaal bewijs van een partner-uitgever staat in de statuslijst van die uitgever, zodat het ingetrokken kan worden; dit digitale bewijs heeft geen statusvermelding.': (
        "Une attestation d'un émetteur partenaire figure dans la liste de statut de cet émetteur, afin de pouvoir être révoquée ; cette attestation n'a pas de mention de statut.",
        "A partner issuer's credential is in that issuer's status list, so that it can be revoked; this credential has no status entry."),
    'Een digitaal bewijs van een partner-uitgever heeft precies één plaats in de statuslijst van die uitgever.': (
        "Une attestation d'un émetteur partenaire a exactement une place dans la liste de statut de cet émetteur.",
        "A partner issuer's credential has exactly one place in that issuer's status list."),
    '%(issuer)s reikt geen digitale bewijzen van het type %(stated)s uit.': (
        "%(issuer)s ne délivre pas d'attestations du type %(stated)s.",
        '%(issuer)s does not issue credentials of type %(stated)s.'),
    'Geen digitaal bewijs ontvangen.': (
        'Aucune attestation reçue.',
        'No credential received.'),
    'Dit is te groot voor een digitaal bewijs.': (
        "C'est trop volumineux pour une attestation.",
        'This is too large for a credential.'),
    'Dit is geen verifieerbaar digitaal bewijs van een bekend type (vc+jwt, EdDSA).': (
        "Ce n'est pas une attestation vérifiable d'un type connu (vc+jwt, EdDSA).",
        'This is not a verifiable credential of a known type (vc+jwt, EdDSA).'),
    'Dit is geen digitaal bewijs over competenties of opleidingen (maar bijvoorbeeld de statuslijst van een uitgever).': (
        "Ce n'est pas un justificatif de compétences ou de formation (mais par exemple la liste de statut d'un émetteur).",
        "This is not a credential about competences or training (but for example an issuer's status list)."),
    'Onbekende soort digitaal bewijs.': (
        "Type d'attestation inconnu.",
        'Unknown kind of credential.'),
    'Dit digitale bewijs is al ingetrokken.': (
        'Cette attestation est déjà révoquée.',
        'This credential has already been revoked.'),
    'Het digitale bewijs noemt geen uitgever of sleutel.': (
        "L'attestation ne mentionne ni émetteur ni clé.",
        'The credential names no issuer or key.'),
    'De sleutel hoort niet bij de uitgever die het digitale bewijs noemt.': (
        "La clé n'appartient pas à l'émetteur mentionné dans l'attestation.",
        'The key does not belong to the issuer the credential names.'),
    'Het digitale bewijs is nog niet geldig (geldig vanaf %(d)s).': (
        "L'attestation n'est pas encore valable (valable à partir du %(d)s).",
        'The credential is not valid yet (valid from %(d)s).'),
    'Het digitale bewijs is verlopen op %(d)s.': (
        "L'attestation a expiré le %(d)s.",
        'The credential expired on %(d)s.'),
    'De intrekkingslijst van het digitale bewijs is onbekend.': (
        "La liste de révocation de l'attestation est inconnue.",
        "The credential's revocation list is unknown."),
    'Het digitale bewijs is ingetrokken door de uitgever.': (
        "L'attestation a été révoquée par l'émetteur.",
        'The credential has been revoked by the issuer.'),
    'Deze plaats in de statuslijst hoort bij een ander digitaal bewijs van de uitgever.': (
        "Cette place dans la liste de statut appartient à une autre attestation de l'émetteur.",
        'This place in the status list belongs to another credential of the issuer.'),
    'Het digitale bewijs noemt zich %(stated)s, maar werd uitgereikt als %(kind)s.': (
        "L'attestation se dit %(stated)s, mais a été délivrée comme %(kind)s.",
        'The credential calls itself %(stated)s, but was issued as %(kind)s.'),
    '%(name)s mag dit digitale bewijs niet uitreiken: %(why)s': (
        '%(name)s ne peut pas délivrer cette attestation : %(why)s',
        '%(name)s may not issue this credential: %(why)s'),
    'Dit is geen ondertekend digitaal bewijs (compacte JWT) of het is beschadigd.': (
        "Ce n'est pas une attestation signée (JWT compact) ou elle est endommagée.",
        'This is not a signed credential (compact JWT) or it is damaged.'),
    'De uitgever heeft de sleutel waarmee dit digitale bewijs ondertekend is, ingetrokken op %(day)s (bijvoorbeeld omdat ze gelekt was): het digitale bewijs is niet meer geldig.': (
        "L'émetteur a retiré le %(day)s la clé avec laquelle ce justificatif a été signé (par exemple parce qu'elle avait fuité)\xa0: le justificatif n'est plus valide.",
        'The issuer withdrew the key this credential was signed with on %(day)s (for example because it leaked): the credential is no longer valid.'),
    'Het digitale bewijs noemt %(name)s als uitgever (geregistreerd); zonder geldige handtekening is niet bevestigd dat het van hen komt.': (
        "L'attestation indique %(name)s comme émetteur (enregistré) ; sans signature valide, rien ne confirme qu'elle en provient.",
        'The credential names %(name)s as its issuer (registered); without a valid signature it is not confirmed that it comes from them.'),
    'De handtekening klopt niet: het digitale bewijs is gewijzigd of met een andere sleutel ondertekend.': (
        "La signature est incorrecte\xa0: l'attestation a été modifiée ou signée avec une autre clé.",
        'The signature is wrong: the credential was changed or signed with another key.'),
    'Een geldig digitaal bewijs toont wat de uitgever aan de houder toekende, niet dat wie het toont die houder is: iedereen die het bestand heeft, kan het voorleggen.': (
        "Une attestation valable prouve ce que l'émetteur a accordé à son titulaire, pas que la personne qui la présente est ce titulaire : quiconque possède le fichier peut la présenter.",
        'A valid credential proves what the issuer awarded to its holder, not that whoever presents it is that holder: anyone who has the file can present it.'),
    'Vraag de persoon om het te delen via het platform: een gedeelde paspoortlink van het platform toont de voornaam van de houder en enkel diens eigen digitale bewijzen, elk opnieuw gecontroleerd.': (
        'Demandez à la personne de la partager via la plateforme : un lien de passeport partagé de la plateforme montre le prénom du titulaire et uniquement ses propres attestations, chacune vérifiée à nouveau.',
        "Ask the person to share it through the platform: a shared passport link from the platform shows the holder's first name and only their own credentials, each checked again."),
    'Dit digitale bewijs is gebonden aan de digitale identiteit %(id)s: vraag wie het toont om te bewijzen dat die identiteit van hem of haar is (een presentatie ondertekend met de sleutel van die identiteit).': (
        "Cette attestation est liée à l'identité numérique %(id)s : demandez à la personne qui la présente de prouver que cette identité est la sienne (une présentation signée avec la clé de cette identité).",
        "This credential is bound to the digital identity %(id)s: ask whoever presents it to prove that this identity is theirs (a presentation signed with that identity's key)."),
    'Dit digitale bewijs bevat een hash van een gegeven van de houder (%(types)s): vraag dat gegeven aan wie het toont en vergelijk het met de hash.': (
        "Cette attestation contient un hachage d'une donnée du titulaire (%(types)s) : demandez cette donnée à la personne qui la présente et comparez-la au hachage.",
        'This credential holds a hash of a detail of its holder (%(types)s): ask whoever presents it for that detail and compare it with the hash.'),
    'Dit digitale bewijs noemt zijn houder enkel met een willekeurig nummer (%(id)s), zonder naam: het zegt niet wie dat is.': (
        "Cette attestation ne désigne son titulaire que par un numéro aléatoire (%(id)s), sans nom : elle ne dit pas de qui il s'agit.",
        'This credential names its holder only by a random number (%(id)s), without a name: it does not say who that is.'),
    'Plak het digitale bewijs (de tekst die begint met eyJ…)': (
        "Collez l'attestation (le texte qui commence par eyJ…)",
        'Paste the credential (the text starting with eyJ…)'),
    'Plak een digitaal bewijs of kies een bestand.': (
        'Collez une attestation ou choisissez un fichier.',
        'Paste a credential or choose a file.'),
    'Dit bestand is te groot voor een digitaal bewijs.': (
        'Ce fichier est trop volumineux pour une attestation.',
        'This file is too large for a credential.'),
    'Digitale bewijzen (competentiepaspoort)': (
        'Attestations (passeport de compétences)',
        'Credentials (competence passport)'),
    'Uw diploma\'s, opleidingen en gecertificeerde competenties als verifieerbare digitale bewijzen. Iedereen kan ze controleren op de pagina <a href="%(verify_url)s">Digitaal bewijs controleren</a>.': (
        'Vos diplômes, formations et compétences certifiées sous forme d\'attestations vérifiables. Chacun peut les vérifier sur la page <a href="%(verify_url)s">Vérifier une attestation</a>.',
        'Your diplomas, trainings and certified competences as verifiable credentials. Anyone can check them on the page <a href="%(verify_url)s">Verify a credential</a>.'),
})

T.update({  # issue 13 walk: the booking's confirmation step, the credential check over its rate limit, a new own-data export
    "Uw leer- en loopbaanrekening dekt niet de hele prijs: %(rest)s van de %(cost)s betaalt u zelf, of vraag uw bemiddelaar naar "
    "opleidingscheques of andere steun.": (
        "Votre compte de formation et de carrière ne couvre pas tout le prix : vous payez vous-même %(rest)s des %(cost)s, ou demandez à votre "
        "conseiller des chèques-formation ou une autre aide.",
        "Your learning and career account does not cover the whole price: you pay %(rest)s of the %(cost)s yourself, or ask your counsellor "
        "about training vouchers or other support."),
    "Inschrijving bevestigen": ("Confirmer l'inscription", "Confirm the booking"),
    "Kijk na waarvoor u zich inschrijft en wat het kost. Pas als u bevestigt, wordt u ingeschreven en het bedrag op uw leer- en "
    "loopbaanrekening gereserveerd.": (
        "Vérifiez à quoi vous vous inscrivez et ce que cela coûte. Ce n'est qu'après votre confirmation que vous êtes inscrit et que le "
        "montant est réservé sur votre compte de formation et de carrière.",
        "Check what you are booking and what it costs. Only when you confirm are you booked and the amount reserved on your learning "
        "and career account."),
    "Opleiding": ("Formation", "Course"),
    "Wanneer": ("Quand", "When"),
    "van %(start)s tot %(end)s": ("du %(start)s au %(end)s", "from %(start)s to %(end)s"),
    "start op %(start)s": ("commence le %(start)s", "starts on %(start)s"),
    "Prijs": ("Prix", "Price"),
    "Van uw leer- en loopbaanrekening": ("De votre compte de formation et de carrière", "From your learning and career account"),
    "deze opleiding kan niet met de leer- en loopbaanrekening betaald worden": (
        "cette formation ne peut pas être payée avec le compte de formation et de carrière",
        "this course cannot be paid from the learning and career account"),
    "Wat er daarna op uw rekening overblijft": ("Ce qui reste ensuite sur votre compte", "What remains on your account afterwards"),
    "nu € %(now)s": ("actuellement € %(now)s", "now € %(now)s"),
    "Wat u zelf betaalt": ("Ce que vous payez vous-même", "What you pay yourself"),
    "of vraag uw bemiddelaar naar opleidingscheques of andere steun": (
        "ou demandez à votre conseiller des chèques-formation ou une autre aide", "or ask your counsellor about training vouchers or other support"),
    "Bevestigen en inschrijven": ("Confirmer et s'inscrire", "Confirm and book"),
    "Niet inschrijven": ("Ne pas s'inscrire", "Do not book"),
    "Er kwamen te veel controles van dit adres zonder aanmelding. Probeer het over %(wait)s seconden opnieuw (om %(until)s), of meld u "
    "aan. Wat u plakte, staat nog hieronder.": (
        "Trop de vérifications sont venues de cette adresse sans connexion. Réessayez dans %(wait)s secondes (à %(until)s), ou "
        "connectez-vous. Ce que vous avez collé se trouve toujours ci-dessous.",
        "Too many checks came from this address without a login. Try again in %(wait)s seconds (at %(until)s), or log in. What you "
        "pasted is still below."),
    "Een bestand wordt niet bewaard: kies het dan opnieuw.": (
        "Un fichier n'est pas conservé : choisissez-le à nouveau.", "A file is not kept: choose it again."),
    "Nieuwe export aanvragen": ("Demander une nouvelle exportation", "Request a new export"),
})

PLURALS.update({  # issue 16, point 12 walk: the caseload's filter panel
    "%(counter)s actief": (("%(counter)s actif", "%(counter)s actifs"), ("%(counter)s active", "%(counter)s active")),
})

T.update({  # issue 13 walk: the outcome of an EVC request per skill and the next step for what was not recognised
    "Volledig erkend": ("Entièrement reconnu", "Fully recognised"),
    "Resultaat per competentie": ("Résultat par compétence", "Result per competence"),
    "Voor de competenties die nog niet erkend zijn: volg een opleiding die ze leert (hieronder per competentie), of doe er meer "
    "ervaring mee op. Vraag daarna een nieuwe EVC-beoordeling aan voor die competenties.": (
        "Pour les compétences pas encore reconnues : suivez une formation qui les enseigne (ci-dessous par compétence), ou acquérez "
        "davantage d'expérience. Demandez ensuite une nouvelle évaluation EVC pour ces compétences.",
        "For the competences not yet recognised: take a course that teaches them (below, per competence), or gain more experience "
        "with them. Then request a new EVC assessment for those competences."),
    "Deze competenties staan als digitaal bewijs in uw paspoort en als erkende competenties in uw profiel.": (
        "Ces compétences figurent comme attestation numérique dans votre passeport et comme compétences reconnues dans votre profil.",
        "These competences are in your passport as a digital credential and in your profile as recognised competences."),
    "Deze competenties staan als digitaal bewijs in het paspoort van de persoon en als erkende competenties in het profiel.": (
        "Ces compétences figurent comme attestation numérique dans le passeport de la personne et comme compétences reconnues dans "
        "le profil.",
        "These competences are in the person's passport as a digital credential and in the profile as recognised competences."),
    "Opleidingen die deze competentie leren": ("Formations qui enseignent cette compétence", "Courses that teach this competence"),
    "Geen opleiding in de catalogus leert deze competentie: u leert ze op het werk.": (
        "Aucune formation du catalogue n'enseigne cette compétence : vous l'apprenez au travail.",
        "No course in the catalogue teaches this competence: you learn it on the job."),
    "Opleidingsadvies voor dit beroep": ("Conseil de formation pour ce métier", "Training advice for this occupation"),
    "Later opnieuw erkenning aanvragen": ("Redemander une reconnaissance plus tard", "Request recognition again later"),
    "Erkenning van verworven competenties voor %(what)s: %(n)s van de %(total)s competenties erkend (%(names)s).": (
        "Reconnaissance des compétences acquises pour %(what)s : %(n)s des %(total)s compétences reconnues (%(names)s).",
        "Recognition of prior learning for %(what)s: %(n)s of the %(total)s competences recognised (%(names)s)."),
})

PLURALS.update({  # issue 13 walk: a partly recognised EVC request
    "Deels erkend: %(n)s van %(total)s competentie": (
        ("Partiellement reconnu : %(n)s compétence sur %(total)s", "Partiellement reconnu : %(n)s compétences sur %(total)s"),
        ("Partly recognised: %(n)s of %(total)s competence", "Partly recognised: %(n)s of %(total)s competences")),
})

T.update({  # attack of issue 16 (ha2): search input, refusals, problem details, profile versions
    "%(text)s is geen bestaande datum": ("%(text)s n'est pas une date existante", "%(text)s is not an existing date"),
    "%(text)s is geen datum in de vorm DD/MM/JJJJ": ("%(text)s n'est pas une date au format JJ/MM/AAAA", "%(text)s is not a date in the form DD/MM/YYYY"),
    "Uw rol mag niet sorteren op %(name)s: die gegevens zijn voor u niet zichtbaar.": (
        "Votre rôle ne peut pas trier sur %(name)s : ces données ne vous sont pas visibles.",
        "Your role may not sort on %(name)s: that data is not visible to you."),
    "Dit adres aanvaardt enkel %(methods)s.": ("Cette adresse n'accepte que %(methods)s.", "This address accepts only %(methods)s."),
    "De CSRF-controle is mislukt: een schrijfopdracht met de sessie van de browser stuurt de CSRF-token mee in de kop "
    "X-CSRFToken (of gebruik een toegangstoken: Authorization: Bearer …).": (
        "Le contrôle CSRF a échoué : une écriture avec la session du navigateur envoie le jeton CSRF dans l'en-tête "
        "X-CSRFToken (ou utilisez un jeton d'accès : Authorization: Bearer …).",
        "The CSRF check failed: a write with the browser's session sends the CSRF token in the X-CSRFToken header "
        "(or use an access token: Authorization: Bearer …)."),
    "De versie moet een geheel getal zijn, zoals de GET ze gaf.": (
        "La version doit être un nombre entier, telle que le GET l'a donnée.", "The version must be a whole number, as the GET gave it."),
    "Hier niet te wijzigen (alleen-lezen in het profiel): laat de waarde van uw GET staan of laat het veld weg.": (
        "Non modifiable ici (en lecture seule dans le profil) : laissez la valeur de votre GET ou omettez le champ.",
        "Not editable here (read-only in the profile): keep the value of your GET or leave the field out."),
})
T.update({  # issue 13 point 9: the own-data export page's words, the learning account's plurals
    "Uw export is klaar. Download hem eerst; daarna kunt u een nieuwe export aanvragen.": (
        "Votre export est prêt. Téléchargez-le d'abord ; ensuite, vous pourrez demander un nouvel export.",
        "Your export is ready. Download it first; then you can request a new export."),
    "Naar mijn export om te downloaden": ("Vers mon export à télécharger", "Go to my export to download it"),
    "Uw export wordt gemaakt. U kunt hem downloaden zodra hij klaar is.": (
        "Votre export est en cours de préparation. Vous pourrez le télécharger dès qu'il sera prêt.",
        "Your export is being made. You can download it as soon as it is ready."),
    "U hebt al een export die klaar is om te downloaden: download hem hieronder. "
    "Daarna, of als hij verlopen is, kunt u een nieuwe export aanvragen.": (
        "Vous avez déjà un export prêt à être téléchargé : téléchargez-le ci-dessous. "
        "Ensuite, ou s'il a expiré, vous pourrez demander un nouvel export.",
        "You already have an export ready to download: download it below. "
        "After that, or once it has expired, you can request a new export."),
    "Uw vorige aanvraag wordt nog gemaakt. U kunt hem hier downloaden zodra hij klaar is.": (
        "Votre demande précédente est encore en cours de préparation. Vous pourrez la télécharger ici dès qu'elle sera prête.",
        "Your previous request is still being made. You can download it here as soon as it is ready."),
    "Uw export is klaar. U kunt hem hieronder downloaden.": (
        "Votre export est prêt. Vous pouvez le télécharger ci-dessous.", "Your export is ready. You can download it below."),
    "Een export downloadt u met de knop op de pagina van uw export, niet via een gekopieerde link. "
    "Druk hieronder op de knop om te downloaden.": (
        "Un export se télécharge avec le bouton de la page de votre export, pas par un lien copié. "
        "Appuyez sur le bouton ci-dessous pour le télécharger.",
        "An export is downloaded with the button on your export's page, not through a copied link. "
        "Press the button below to download it."),
    "rekeningen": ("comptes", "accounts"),
    "reserveringen": ("réservations", "reservations"),
})
PLURALS.update({  # issue 13 point 9: a visitor of the shared passport saw the passport, not the record
    "%(who)s bekeek uw gedeelde paspoort": (
        ("%(who)s a consulté votre passeport partagé", "%(who)s a consulté votre passeport partagé %(n)s fois"),
        ("%(who)s viewed your shared passport", "%(who)s viewed your shared passport %(n)s times")),
})

T.update({  # attack on issue 13 (hc2): bookings carry the accepted quote, JWT claims, EVC results, anonymous limits, course ids
    "Bevestig eerst wat de inschrijving kost: %(account)s van uw leer- en loopbaanrekening en %(own)s die u zelf betaalt.": (
        "Confirmez d'abord ce que coûte l'inscription : %(account)s de votre compte formation et carrière et %(own)s que vous payez vous-même.",
        "First confirm what the booking costs: %(account)s from your learning and career account and %(own)s you pay yourself."),
    "Wat de inschrijving kost is veranderd sinds u het zag: nu %(account)s van uw leer- en loopbaanrekening en %(own)s die u zelf "
    "betaalt. Kijk het na en bevestig opnieuw.": (
        "Le coût de l'inscription a changé depuis que vous l'avez vu : désormais %(account)s de votre compte formation et carrière et "
        "%(own)s que vous payez vous-même. Vérifiez et confirmez à nouveau.",
        "What the booking costs has changed since you saw it: now %(account)s from your learning and career account and %(own)s you pay "
        "yourself. Check it and confirm again."),
    "De JWT noemt een andere uitgever (iss) dan het digitale bewijs (issuer.id).": (
        "Le JWT nomme un autre émetteur (iss) que la preuve numérique (issuer.id).",
        "The JWT names another issuer (iss) than the digital credential (issuer.id)."),
    "De vervaldatum van de JWT (exp, %(exp)s) verschilt van die van het digitale bewijs (validUntil, %(until)s).": (
        "La date d'expiration du JWT (exp, %(exp)s) diffère de celle de la preuve numérique (validUntil, %(until)s).",
        "The JWT's expiry (exp, %(exp)s) differs from the digital credential's (validUntil, %(until)s)."),
    "Het begin van de JWT (nbf, %(nbf)s) verschilt van dat van het digitale bewijs (validFrom, %(start)s).": (
        "Le début du JWT (nbf, %(nbf)s) diffère de celui de la preuve numérique (validFrom, %(start)s).",
        "The JWT's start (nbf, %(nbf)s) differs from the digital credential's (validFrom, %(start)s)."),
    "Het digitale bewijs spreekt zichzelf tegen: de JWT noemt een ander subject (sub) dan credentialSubject.id.": (
        "La preuve numérique se contredit : le JWT nomme un autre sujet (sub) que credentialSubject.id.",
        "The digital credential contradicts itself: the JWT names another subject (sub) than credentialSubject.id."),
    "Het digitale bewijs spreekt zichzelf tegen: de JWT heeft een ander kenmerk (jti) dan het digitale bewijs (id).": (
        "La preuve numérique se contredit : le JWT a un autre identifiant (jti) que la preuve numérique (id).",
        "The digital credential contradicts itself: the JWT has another identifier (jti) than the digital credential (id)."),
    "Competentie twee keer opgegeven: %(skills)s. Het resultaat is niet bewaard.": (
        "Compétence indiquée deux fois : %(skills)s. Le résultat n'a pas été enregistré.",
        "Competence given twice: %(skills)s. The result was not saved."),
    "Competentie twee keer opgegeven: %(skill)s.": ("Compétence indiquée deux fois : %(skill)s.", "Competence given twice: %(skill)s."),
    "Zonder aan te melden is een aanvraag hoogstens %(limit)s bytes groot; meld u aan voor meer.": (
        "Sans connexion, une demande fait au plus %(limit)s octets ; connectez-vous pour davantage.",
        "Without logging in, a request holds at most %(limit)s bytes; log in for more."),
    "Te veel aanvragen zonder aanmelding van dit adres; probeer opnieuw over %(wait)s s.": (
        "Trop de demandes sans connexion depuis cette adresse ; réessayez dans %(wait)s s.",
        "Too many requests without logging in from this address; try again in %(wait)s s."),
    "Er lopen te veel aanvragen zonder aanmelding tegelijk; probeer zo dadelijk opnieuw.": (
        "Trop de demandes sans connexion sont en cours ; réessayez dans un instant.",
        "Too many requests without logging in are running at once; try again shortly."),
    "enkel letters A–Z en a–z, cijfers, punt, streepje en liggend streepje (bv. CVO-00123)": (
        "uniquement des lettres A–Z et a–z, des chiffres, le point, le tiret et le tiret bas (p. ex. CVO-00123)",
        "only letters A–Z and a–z, digits, full stop, hyphen and underscore (e.g. CVO-00123)"),
})

T.update({  # issue 13 walk (hg): EVC outcome, training guide
    "Al gecertificeerd": ("Déjà certifiée", "Already certified"),
    "Deze beoordeling erkende ze niet, maar een eerder digitaal bewijs in het paspoort certificeert ze al: ze ontbreken niet.": (
        "Cette évaluation ne les a pas reconnues, mais une attestation numérique antérieure du passeport les certifie déjà : elles ne "
        "manquent pas.",
        "This assessment did not recognise them, but an earlier digital credential in the passport already certifies them: they are "
        "not missing."),
    "al gecertificeerd door “%(proof)s” van %(day)s": ("déjà certifiée par « %(proof)s » du %(day)s", "already certified by “%(proof)s” of %(day)s"),
    "niet nodig": ("pas nécessaire", "not needed"),
    "Niet nodig: dit plan kost niets. Op uw leer- en loopbaanrekening blijft € %(balance)s beschikbaar.": (
        "Pas nécessaire : ce plan ne coûte rien. Votre compte de formation et de carrière garde € %(balance)s disponibles.",
        "Not needed: this plan costs nothing. Your learning and career account keeps € %(balance)s available."),
    "Uw leer- en loopbaanrekening betaalt € %(pays)s van dit plan van € %(total)s (nu € %(balance)s beschikbaar); bij inschrijving "
    "wordt het bedrag gereserveerd.": (
        "Votre compte de formation et de carrière paie € %(pays)s de ce plan de € %(total)s (€ %(balance)s disponibles maintenant) ; le "
        "montant est réservé à l'inscription.",
        "Your learning and career account pays € %(pays)s of this plan of € %(total)s (€ %(balance)s available now); the amount is "
        "reserved when you enrol."),
    "Voor deze competenties zit geen opleiding in het plan. Waar een opleiding ze toch leert, kunt u ze volgen als opleiding naar keuze; "
    "bespreek de andere met uw bemiddelaar (bijvoorbeeld leren op de werkvloer):": (
        "Aucune formation du plan ne couvre ces compétences. Là où une formation les enseigne quand même, vous pouvez la suivre comme "
        "formation au choix ; discutez des autres avec votre conseiller (par exemple apprendre sur le lieu de travail) :",
        "No course in the plan covers these competences. Where a course does teach them, you can take it as a course of your choice; "
        "discuss the others with your counsellor (for example learning on the job):"),
    "opleiding naar keuze": ("formation au choix", "course of your choice"),
})

PLURALS.update({  # issue 13 walk (hg)
    "%(n)s opleiding voor een ander beroep leert deze competentie. U kunt ze volgen als opleiding naar keuze; ze zit niet in het "
    "plan omdat hoogstens %(share)s %% van wat ze leert bij dit beroep hoort (minstens %(min)s %% nodig).": (
        ("%(n)s formation pour un autre métier enseigne cette compétence. Vous pouvez la suivre comme formation au choix ; elle n'est "
         "pas dans le plan car au plus %(share)s %% de ce qu'elle enseigne relève de ce métier (au moins %(min)s %% requis).",
         "%(n)s formations pour d'autres métiers enseignent cette compétence. Vous pouvez les suivre comme formations au choix ; elles "
         "ne sont pas dans le plan car au plus %(share)s %% de ce qu'elles enseignent relève de ce métier (au moins %(min)s %% requis)."),
        ("%(n)s course for another occupation teaches this competence. You can take it as a course of your choice; it is not in the "
         "plan because at most %(share)s %% of what it teaches belongs to this occupation (at least %(min)s %% needed).",
         "%(n)s courses for other occupations teach this competence. You can take them as courses of your choice; they are not in the "
         "plan because at most %(share)s %% of what they teach belongs to this occupation (at least %(min)s %% needed).")),
    "%(n)s van de %(total)s opleidingen is ongeldig; er is niets bewaard.": (
        ("%(n)s des %(total)s formations est invalide ; rien n'a été enregistré.",
         "%(n)s des %(total)s formations sont invalides ; rien n'a été enregistré."),
        ("%(n)s of the %(total)s courses is invalid; nothing was saved.", "%(n)s of the %(total)s courses are invalid; nothing was saved.")),
})
T.update({  # issue 16 walk (helper hp2): steunmaatregelen, statistics caption, candidates, Loont werken?
    "Van kracht": ("En vigueur", "In force"),
    "Niet meer van kracht": ("Plus en vigueur", "No longer in force"),
    "sinds %(start)s.": ("depuis le %(start)s.", "since %(start)s."),
    "van %(start)s tot %(end)s.": ("du %(start)s au %(end)s.", "from %(start)s to %(end)s."),
    "Brussel": ("Bruxelles", "Brussels"),
    "Wallonië": ("Wallonie", "Wallonia"),
    "personen zonder gekende woonplaats": ("personnes sans lieu de résidence connu", "persons without a known place of residence"),
    "Vlaanderen: de provincies hieronder samen": ("Flandre : les provinces ci-dessous ensemble", "Flanders: the provinces below together"),
    "{what}, in totaal": ("{what}, au total", "{what}, in total"),
    "{first} en {last} samen": ("{first} et {last} ensemble", "{first} and {last} together"),
    "vacature nr. %(number)s": ("offre n° %(number)s", "vacancy no. %(number)s"),
    "Woonplaats niet gedeeld (enkel wie zelf solliciteert, deelt ze)": (
        "Lieu de résidence non partagé (seule une personne qui postule elle-même le partage)",
        "Place of residence not shared (only those who apply themselves share it)"),
    "U ziet enkel een afstandsband: uw score telt de afstand niet mee en ligt daarom lager dan die van de bemiddelaar.": (
        "Vous ne voyez qu'une tranche de distance : votre score ne tient pas compte de la distance et est donc plus bas que celui du "
        "conseiller.",
        "You see only a distance band: your score leaves the distance out and is therefore lower than the counsellor's."),
    "Typ een afstand in kilometer, zoals 12 of 12,5.": ("Tapez une distance en kilomètres, comme 12 ou 12,5.",
                                                        "Type a distance in kilometres, such as 12 or 12.5."),
    "Typ een aantal uren, zoals 38 of 19,5.": ("Tapez un nombre d'heures, comme 38 ou 19,5.", "Type a number of hours, such as 38 or 19.5."),
    "Typ een aantal dagen, zoals 5 of 4,5.": ("Tapez un nombre de jours, comme 5 ou 4,5.", "Type a number of days, such as 5 or 4.5."),
    "u volgt of volgde een opleiding bij deze organisatie": ("vous suivez ou avez suivi une formation auprès de cette organisation",
                                                             "you are taking or took a course with this organisation"),
    "uw inburgeringstraject bij deze organisatie": ("votre parcours d'intégration auprès de cette organisation",
                                                    "your integration programme with this organisation"),
    "uw terugkeer naar werk na ziekte, met uw ziekenfonds": ("votre retour au travail après une maladie, avec votre mutualité",
                                                             "your return to work after illness, with your health insurance fund"),
    "uw overgang van school naar werk, met uw school": ("votre passage de l'école au travail, avec votre école",
                                                        "your move from school to work, with your school"),
    "uw aanvraag om uw competenties te laten erkennen": ("votre demande de reconnaissance de vos compétences",
                                                         "your request to have your competences recognised"),
    "uw begeleiding naar werk door deze organisatie": ("votre accompagnement vers l'emploi par cette organisation",
                                                       "your guidance towards work by this organisation"),
    "Wettelijke grond: %(reason)s (sinds %(day)s). Daarvoor is uw toestemming niet nodig.": (
        "Base légale : %(reason)s (depuis le %(day)s). Votre consentement n'est pas nécessaire pour cela.",
        "Legal ground: %(reason)s (since %(day)s). Your consent is not needed for this."),
    "Wettelijke grond: %(reason)s. Daarvoor is uw toestemming niet nodig.": (
        "Base légale : %(reason)s. Votre consentement n'est pas nécessaire pour cela.",
        "Legal ground: %(reason)s. Your consent is not needed for this."),
    "Nog niemand met een huidige status": ("Personne n'a encore de statut actuel", "Nobody with a current status yet"),
    "Vacatures buiten uw gewenste uren (%(low)s–%(high)s u per week) laten we weg; <a href=\"#id_hours_min\">pas uw voorkeuren aan</a> om ze te zien.": (
        "Nous omettons les offres en dehors de vos heures souhaitées (%(low)s–%(high)s h par semaine) ; <a href=\"#id_hours_min\">modifiez vos "
        "préférences</a> pour les voir.",
        "We leave out vacancies outside your preferred hours (%(low)s–%(high)s h a week); <a href=\"#id_hours_min\">change your preferences</a> "
        "to see them."),
})
T.update({  # walk of issue 13 (hr13): the verification page, the competence visa form, the catalogue upload's problems
    "Niet gecontroleerd:": ("Non vérifié :", "Not checked:"),
    "Het digitale bewijs kon niet gelezen worden.": ("La preuve numérique n'a pas pu être lue.", "The digital credential could not be read."),
    "De uitgever is onbekend.": ("L'émetteur est inconnu.", "The issuer is unknown."),
    "Zonder geldige handtekening zegt de inhoud niets.": ("Sans signature valable, le contenu ne prouve rien.",
                                                         "Without a valid signature, the content proves nothing."),
    "Geldig tot en met %(d)s.": ("Valable jusqu'au %(d)s inclus.", "Valid up to and including %(d)s."),
    "Het digitale bewijs was geldig tot en met %(d)s en is verlopen.": (
        "La preuve numérique était valable jusqu'au %(d)s inclus et a expiré.",
        "The digital credential was valid up to and including %(d)s and has expired."),
    "Het digitale bewijs is op %(day)s ingetrokken door de uitgever.": (
        "La preuve numérique a été révoquée par l'émetteur le %(day)s.", "The digital credential was revoked by the issuer on %(day)s."),
    "Het digitale bewijs is op %(day)s ingetrokken door de uitgever. Reden: %(reason)s": (
        "La preuve numérique a été révoquée par l'émetteur le %(day)s. Motif : %(reason)s",
        "The digital credential was revoked by the issuer on %(day)s. Reason: %(reason)s"),
    "geldig tot en met": ("valable jusqu'au", "valid up to and including"),
    "op %(issued)s, na ontslag bij %(employer)s": ("le %(issued)s, après un licenciement chez %(employer)s",
                                                   "on %(issued)s, after dismissal by %(employer)s"),
    "op %(day)s, na ontslag bij %(employer)s": ("le %(day)s, après un licenciement chez %(employer)s", "on %(day)s, after dismissal by %(employer)s"),
    "Er zijn al %(n)d competentievisa uitgereikt: %(visas)s. Bevestig dat dit visum over een ander ontslag gaat.": (
        "%(n)d visas de compétences ont déjà été délivrés : %(visas)s. Confirmez que ce visa porte sur un autre licenciement.",
        "%(n)d competence visas have already been issued: %(visas)s. Confirm that this visa is about another dismissal."),
    "Een visum voor hetzelfde ontslag kan niet; voor een ander ontslag bevestigt u hieronder.": (
        "Un visa pour le même licenciement n'est pas possible ; pour un autre licenciement, confirmez ci-dessous.",
        "A visa for the same dismissal is not possible; for another dismissal, confirm below."),
    "opleiding %(n)s": ("formation %(n)s", "course %(n)s"),
    "regel %(n)s": ("ligne %(n)s", "line %(n)s"),
})
PLURALS.update({  # walk of issue 13 (hr13): the competence visa's counts
    "deze persoon kreeg onlangs al %(n)s competentievisum:": (
        ("cette personne a déjà reçu récemment %(n)s visa de compétences :", "cette personne a déjà reçu récemment %(n)s visas de compétences :"),
        ("this person already received %(n)s competence visa recently:", "this person already received %(n)s competence visas recently:")),
    "%(n)s competentie": (("%(n)s compétence", "%(n)s compétences"), ("%(n)s competence", "%(n)s competences")),
    "Na ontslag bij %(employer)s, uitgereikt op %(day)s (%(n)s competentie)": (
        ("Après un licenciement chez %(employer)s, délivré le %(day)s (%(n)s compétence)",
         "Après un licenciement chez %(employer)s, délivré le %(day)s (%(n)s compétences)"),
        ("After dismissal by %(employer)s, issued on %(day)s (%(n)s competence)",
         "After dismissal by %(employer)s, issued on %(day)s (%(n)s competences)")),
})

T.update({  # stop 31: the visa message says "1 competentie" (the count worded apart, in the message's language)
    "Beste %(name)s,\n\n%(counsellor)s heeft uw competenties vastgelegd in een competentievisum (%(skills)s). Het staat in uw competentiepaspoort op Mijn Loopbaan: u kunt het met een link delen met werkgevers, die het zelf kunnen controleren.\n\nMet vriendelijke groeten,\nVDAB": (
        "Madame, Monsieur %(name)s,\n\n%(counsellor)s a consigné vos compétences dans un visa de compétences (%(skills)s). Il figure dans votre passeport de compétences sur Ma carrière : vous pouvez le partager par un lien avec des employeurs, qui peuvent le vérifier eux-mêmes.\n\nMeilleures salutations,\nVDAB",
        "Dear %(name)s,\n\n%(counsellor)s has recorded your competences in a competence visa (%(skills)s). It is in your competence passport in My Career: you can share it with employers through a link, and they can check it themselves.\n\nKind regards,\nVDAB"),
})

PLURALS.update({  # stop 31: the visa message's count
    "%(count)s competentie": (("%(count)s compétence", "%(count)s compétences"), ("%(count)s competence", "%(count)s competences")),
})

T.update({  # stop 31: unreadable search texts; the employer's suggestions and notices; the citizen's other terms
    "De zoektekst bevat een onleesbaar of onzichtbaar teken.": (
        "Le texte de recherche contient un caractère illisible ou invisible.", "The search text contains an unreadable or invisible character."),
    "De zoektekst bevat geen letter of cijfer om naar te zoeken.": (
        "Le texte de recherche ne contient ni lettre ni chiffre à rechercher.", "The search text contains no letter or digit to search for."),
    "Andere termijnen die lopen": ("Autres délais en cours", "Other running terms"),
    "Beroep instellen tegen de beslissing": ("Introduire un recours contre la décision", "Appeal against the decision"),
    "Bewijs van een geldige reden voor een gemiste afspraak": (
        "Preuve d'un motif valable pour un rendez-vous manqué", "Proof of a valid reason for a missed appointment"),
    "Een moment kiezen voor een gesprek": ("Choisir un moment pour un entretien", "Choose a time for a conversation"),
    "Er zijn nog geen andere werkzoekenden met toestemming die bij deze vacature passen. Wilt u dat VDAB mee zoekt? Bel de VDAB-servicelijn (gratis, 0800 30 700) en geef het vacaturenummer %(number)s: een bemiddelaar kan dan werkzoekenden voorstellen, die met hun toestemming bij de sollicitaties verschijnen.": (
        "Il n'y a pas encore d'autres demandeurs d'emploi ayant donné leur accord qui correspondent à cette offre. Vous souhaitez que le VDAB cherche avec vous ? Appelez la ligne de service du VDAB (gratuite, 0800 30 700) et donnez le numéro d'offre %(number)s : un conseiller pourra alors proposer des demandeurs d'emploi, qui apparaîtront avec leur accord parmi les candidatures.",
        "There are no other job seekers yet who consented and fit this vacancy. Would you like VDAB to help search? Call the VDAB service line (free, 0800 30 700) and give vacancy number %(number)s: a counsellor can then propose job seekers, who appear with their consent among the applications."),
    "Kandidaat voorgesteld door VDAB (met toestemming)": (
        "Candidat proposé par le VDAB (avec son accord)", "Candidate proposed by VDAB (with consent)"),
    "Naar de sollicitaties voor deze vacature": ("Vers les candidatures pour cette offre", "To the applications for this vacancy"),
    "Nog geen nieuwe kandidaten": ("Pas encore de nouveaux candidats", "No new candidates yet"),
    "Uw uitleg geven in uw controledossier": ("Donner vos explications dans votre dossier de contrôle", "Give your explanation in your control case"),
    "Verhoor bij de controledienst": ("Audition par le service de contrôle", "Hearing at the control service"),
    "We tonen alleen kandidaten die echt aansluiten. Stel met de werkgever bij wat de vacature vraagt (competenties, uren, plaats), of zoek zelf werkzoekenden om door te verwijzen.": (
        "Nous ne montrons que les candidats qui correspondent vraiment. Ajustez avec l'employeur ce que demande l'offre (compétences, heures, lieu), ou cherchez vous-même des demandeurs d'emploi à orienter.",
        "We only show candidates who really fit. Adjust with the employer what the vacancy asks (competences, hours, place), or search for job seekers to refer yourself."),
})

PLURALS.update({  # stop 31: the employer's suggestions and vacancy list
    "%(counter)s kandidaat die goed bij deze vacature past, kent u al: wie al solliciteerde of door VDAB werd voorgesteld, staat bij de sollicitaties (voor deze of een andere vacature van u).": (
        ("%(counter)s candidat qui correspond bien à cette offre vous est déjà connu : qui a déjà postulé ou a été proposé par le VDAB figure parmi les candidatures (pour cette offre ou une autre de vos offres).",
         "%(counter)s candidats qui correspondent bien à cette offre vous sont déjà connus : qui a déjà postulé ou a été proposé par le VDAB figure parmi les candidatures (pour cette offre ou une autre de vos offres)."),
        ("You already know %(counter)s candidate who fits this vacancy well: whoever applied or was proposed by VDAB is among the applications (for this or another of your vacancies).",
         "You already know %(counter)s candidates who fit this vacancy well: whoever applied or was proposed by VDAB is among the applications (for this or another of your vacancies).")),
    "%(counter)s nieuw bericht": (("%(counter)s nouveau message", "%(counter)s nouveaux messages"), ("%(counter)s new notice", "%(counter)s new notices")),
})

T.update({  # re-walk of issue 13 (hc3): the visa's competence search, the catalogue's broken JSON in words
    "Typ een woord, bv. 'heftruck' of '%(example)s', en kies 'Zoeken'. Wat u gevonden hebt, komt onderaan de lijst van competenties; wat u al invulde, blijft staan.": (
        "Tapez un mot, p. ex. « chariot élévateur » ou « %(example)s », et choisissez « Rechercher ». Ce que vous trouvez s'ajoute au bas de la liste des compétences ; ce que vous avez déjà rempli reste.",
        "Type a word, e.g. 'forklift' or '%(example)s', and choose 'Search'. What you find is added at the bottom of the list of competences; what you already filled in stays."),
    "Deze persoon heeft nog geen competenties in het register en geen beroep waarvan we de competenties kennen. Zoek hieronder de competenties die u beoordeelde.": (
        "Cette personne n'a encore aucune compétence dans le registre ni de métier dont nous connaissons les compétences. Recherchez ci-dessous les compétences que vous avez évaluées.",
        "This person has no competences in the register yet and no occupation whose competences we know. Search below for the competences you assessed."),
    "Een competentie toevoegen": ("Ajouter une compétence", "Add a competence"),
    "Geen competentie gevonden voor '%(query)s'. Probeer een ander woord.": (
        "Aucune compétence trouvée pour « %(query)s ». Essayez un autre mot.", "No competence found for '%(query)s'. Try another word."),
    "%(path)s: geen geldige JSON (regel %(line)s, kolom %(col)s). %(hint)s": (
        "%(path)s : JSON non valide (ligne %(line)s, colonne %(col)s). %(hint)s", "%(path)s: not valid JSON (line %(line)s, column %(col)s). %(hint)s"),
    "Daar wordt een naam tussen dubbele aanhalingstekens verwacht (\"naam\": …), of staat er een komma te veel.": (
        "Un nom entre guillemets doubles (\"nom\": …) y est attendu, ou il y a une virgule de trop.",
        "A name in double quotes (\"name\": …) is expected there, or there is a comma too many."),
    "Daar ontbreekt een komma tussen twee waarden.": ("Il manque là une virgule entre deux valeurs.", "A comma between two values is missing there."),
    "Daar ontbreekt een dubbelepunt tussen een naam en zijn waarde.": (
        "Il manque là un deux-points entre un nom et sa valeur.", "A colon between a name and its value is missing there."),
    "Daar wordt een waarde verwacht: een tekst tussen dubbele aanhalingstekens, een getal, true, false, null, een lijst of een object.": (
        "Une valeur y est attendue : un texte entre guillemets doubles, un nombre, true, false, null, une liste ou un objet.",
        "A value is expected there: a text in double quotes, a number, true, false, null, a list or an object."),
    "Daar begint een tekst die niet met een dubbel aanhalingsteken wordt afgesloten.": (
        "Là commence un texte qui n'est pas fermé par un guillemet double.", "A text starts there that is not closed by a double quote."),
    "Een tekst bevat daar een regeleinde of tab; schrijf die als \\n of \\t.": (
        "Un texte y contient un saut de ligne ou une tabulation ; écrivez-les \\n ou \\t.", "A text there contains a line break or tab; write them as \\n or \\t."),
    "Na het einde van de lijst of het object volgt nog tekst.": (
        "Du texte suit encore la fin de la liste ou de l'objet.", "More text follows the end of the list or object."),
    "Controleer of namen en teksten tussen dubbele aanhalingstekens staan en of er geen komma te veel of te weinig staat.": (
        "Vérifiez que les noms et les textes sont entre guillemets doubles et qu'il n'y a pas de virgule en trop ou en moins.",
        "Check that names and texts are in double quotes and that there is no comma too many or too few."),
})
PLURALS.update({  # re-walk of issue 13 (hc3): the visa's search result
    "%(counter)s nieuwe competentie gevonden voor '%(query)s' en onderaan de lijst gezet.": (
        ("%(counter)s nouvelle compétence trouvée pour « %(query)s » et ajoutée au bas de la liste.",
         "%(counter)s nouvelles compétences trouvées pour « %(query)s » et ajoutées au bas de la liste."),
        ("%(counter)s new competence found for '%(query)s' and added at the bottom of the list.",
         "%(counter)s new competences found for '%(query)s' and added at the bottom of the list.")),
})

T.update({  # hl3: re-walk of issues 13 and 16
    "Niet gecontroleerd: de sleutel hoort niet bij de uitgever die het digitale bewijs noemt.": (
        "Non vérifié : la clé n'appartient pas à l'émetteur mentionné dans l'attestation numérique.",
        "Not checked: the key does not belong to the issuer the digital credential names."),
    "Niet gecontroleerd: het digitale bewijs noemt geen uitgever of sleutel.": (
        "Non vérifié : l'attestation numérique ne mentionne ni émetteur ni clé.",
        "Not checked: the digital credential names no issuer or key."),
})
T.update({  # hl3: a cancellation's reason, checked after the access check
    "Tussen 5 en 500 tekens.": ("Entre 5 et 500 caractères.", "Between 5 and 500 characters."),
})
T.update({  # hl3: the citizen's consultations, roles capitalised alike
    "Partnerorganisatie": ("Organisation partenaire", "Partner organisation"),
    "Bezoeker van uw gedeelde link": ("Visiteur de votre lien partagé", "Visitor of your shared link"),
})
PLURALS.update({  # hq: re-walk of issue 16, the search's duration worded by its value
    "De kans stijgt met %(n)s procentpunt doordat %(clause)s.": (
        ("La chance augmente de %(n)s point de pourcentage parce que %(clause)s.",
         "La chance augmente de %(n)s points de pourcentage parce que %(clause)s."),
        ("The chance rises by %(n)s percentage point because %(clause)s.", "The chance rises by %(n)s percentage points because %(clause)s.")),
    "De kans daalt met %(n)s procentpunt doordat %(clause)s.": (
        ("La chance baisse de %(n)s point de pourcentage parce que %(clause)s.",
         "La chance baisse de %(n)s points de pourcentage parce que %(clause)s."),
        ("The chance falls by %(n)s percentage point because %(clause)s.", "The chance falls by %(n)s percentage points because %(clause)s.")),
    "%(n)s maand": (("%(n)s mois", "%(n)s mois"), ("%(n)s month", "%(n)s months")),
    "%(n)s jaar": (("%(n)s an", "%(n)s ans"), ("%(n)s year", "%(n)s years")),
})
T.update({  # hq: re-walk of issue 16, the search's duration for each reader; the starting proposal
    "u nog maar %(duration)s werk zoekt": ("vous ne cherchez un emploi que depuis %(duration)s", "you have been looking for work for only %(duration)s"),
    "de persoon nog maar %(duration)s werk zoekt": (
        "la personne ne cherche un emploi que depuis %(duration)s", "the person has been looking for work for only %(duration)s"),
    "u al %(duration)s werk zoekt": ("vous cherchez un emploi depuis déjà %(duration)s", "you have been looking for work for %(duration)s already"),
    "de persoon al %(duration)s werk zoekt": (
        "la personne cherche un emploi depuis déjà %(duration)s", "the person has been looking for work for %(duration)s already"),
    "u nog geen maand werk zoekt": ("vous cherchez un emploi depuis moins d'un mois", "you have been looking for work for less than a month"),
    "de persoon nog geen maand werk zoekt": (
        "la personne cherche un emploi depuis moins d'un mois", "the person has been looking for work for less than a month"),
    "zelfredzaamheid: na de vragen": ("autonomie : après les questions", "self-reliance: after the questions"),
})
T.update({  # hq: re-walk of issue 13, a trajectory's origin in words
    "de screening": ("le screening", "the screening"),
    "geopend door een bemiddelaar": ("ouvert par un conseiller", "opened by a counsellor"),
    "terugkeer naar werk na ziekte": ("retour au travail après une maladie", "return to work after illness"),
    "inburgering": ("intégration civique", "civic integration"),
})
T.update({  # browser walk of issue 13, last items: optional courses about their gap, the EVC proof's title, a revoked proof's
    # date on the passport panel, the booking confirmation's own payment and the refund named
    "Alleen opleidingen voor andere beroepen noemen deze competentie, en dan naast veel andere: minder dan %(min)s %% van wat ze leren "
    "gaat erover. Daarmee leert u ze niet echt; we stellen ze niet voor. U leert ze ook op het werk; bespreek het met uw bemiddelaar.": (
        "Seules des formations pour d'autres métiers mentionnent cette compétence, et parmi beaucoup d'autres : moins de %(min)s %% de ce "
        "qu'elles enseignent la concerne. Vous ne l'y apprendriez pas vraiment ; nous ne les proposons pas. Vous l'apprenez aussi au "
        "travail ; parlez-en avec votre conseiller.",
        "Only courses for other occupations mention this competence, and among many others: less than %(min)s %% of what they teach is "
        "about it. You would not really learn it there; we do not propose them. You also learn it at work; discuss it with your "
        "counsellor."),
    "Erkende competenties (EVC)": ("Compétences reconnues (RCA)", "Recognised competences (RPL)"),
    "Erkende competenties (EVC): %(skills)s": ("Compétences reconnues (RCA) : %(skills)s", "Recognised competences (RPL): %(skills)s"),
    "Ingetrokken op <span class=\"date\">%(day)s</span>": ("Révoquée le <span class=\"date\">%(day)s</span>",
                                                          "Revoked on <span class=\"date\">%(day)s</span>"),
    "Reden: %(reason)s": ("Motif : %(reason)s", "Reason: %(reason)s"),
    "Deze opleiding is gratis: u betaalt niets, en er gaat niets van uw leer- en loopbaanrekening af.": (
        "Cette formation est gratuite : vous ne payez rien, et rien n'est déduit de votre compte de formation et de carrière.",
        "This course is free: you pay nothing, and nothing is taken from your learning and career account."),
    "U betaalt zelf niets: uw leer- en loopbaanrekening betaalt de volledige prijs van %(price)s.": (
        "Vous ne payez rien vous-même : votre compte de formation et de carrière paie le prix entier de %(price)s.",
        "You pay nothing yourself: your learning and career account pays the whole price of %(price)s."),
    "U betaalt zelf %(own)s; de overige %(account)s betaalt uw leer- en loopbaanrekening.": (
        "Vous payez vous-même %(own)s ; les %(account)s restants sont payés par votre compte de formation et de carrière.",
        "You pay %(own)s yourself; your learning and career account pays the other %(account)s."),
    "U betaalt zelf de volledige prijs van %(own)s: deze opleiding kan niet met de leer- en loopbaanrekening betaald worden.": (
        "Vous payez vous-même le prix entier de %(own)s : cette formation ne peut pas être payée avec le compte de formation et de carrière.",
        "You pay the whole price of %(own)s yourself: this course cannot be paid from the learning and career account."),
    "U betaalt zelf de volledige prijs van %(own)s: er staat niets op uw leer- en loopbaanrekening.": (
        "Vous payez vous-même le prix entier de %(own)s : votre compte de formation et de carrière est vide.",
        "You pay the whole price of %(own)s yourself: there is nothing on your learning and career account."),
    "Vraag uw bemiddelaar naar opleidingscheques of andere steun.": (
        "Demandez à votre conseiller des chèques-formation ou une autre aide.", "Ask your counsellor about training vouchers or other support."),
    "Uw inschrijving is geannuleerd. %(amount)s staat weer op uw leer- en loopbaanrekening.": (
        "Votre inscription est annulée. %(amount)s est de nouveau sur votre compte de formation et de carrière.",
        "Your booking is cancelled. %(amount)s is back on your learning and career account."),
    "Uw inschrijving is geannuleerd.": ("Votre inscription est annulée.", "Your booking is cancelled."),
    "€ %(amount)s staat weer op uw leerrekening": ("€ %(amount)s de nouveau sur votre compte de formation",
                                                   "€ %(amount)s back on your learning account"),
})
PLURALS.update({  # browser walk of issue 13: the EVC proof's title names its skills
    "%(skills)s en %(n)s andere": (("%(skills)s et %(n)s autre", "%(skills)s et %(n)s autres"),
                                   ("%(skills)s and %(n)s other", "%(skills)s and %(n)s others")),
})
T.update({  # fix16: the last items of issue 16 (the municipality's reasons, the employer's suggestions, statistics, Loont werken?)
    "Doorverwijzing nog niet opgenomen door VDAB: screening te laat sinds %(day)s": (
        "Orientation pas encore prise en charge par le VDAB : screening en retard depuis le %(day)s",
        "Referral not yet taken up by VDAB: screening overdue since %(day)s"),
    "Doorverwijzing nog niet opgenomen door VDAB: screening uiterlijk %(day)s": (
        "Orientation pas encore prise en charge par le VDAB : screening au plus tard le %(day)s",
        "Referral not yet taken up by VDAB: screening by %(day)s"),
    "Open stap van het traject: te laat sinds %(day)s": (
        "Étape du parcours ouverte : en retard depuis le %(day)s", "Open step of the pathway: overdue since %(day)s"),
    "Open stap van het traject: uiterlijk %(day)s": ("Étape du parcours ouverte : au plus tard le %(day)s", "Open step of the pathway: by %(day)s"),
    "Geen traject bij VDAB en niet doorverwezen: beslis of u doorverwijst": (
        "Pas de parcours au VDAB et pas orienté : décidez si vous l'orientez", "No pathway at VDAB and not referred: decide whether to refer"),
    "Geen termijn: in traject bij VDAB": ("Pas d'échéance : en parcours au VDAB", "No deadline: in a pathway at VDAB"),
    "Geen termijn: doorverwezen, VDAB nam de doorverwijzing op": (
        "Pas d'échéance : orienté, le VDAB a pris l'orientation en charge", "No deadline: referred, VDAB took up the referral"),
    "Te doen": ("À faire", "To do"),
    "Bovenaan staat wie nu uw opvolging nodig heeft: eerst wat een termijn heeft (de vroegste eerst), dan wie nog geen traject heeft en niet doorverwezen is, dan de rest. De kolom ‘Te doen’ zegt waarom.": (
        "En haut figurent les personnes qui ont besoin de votre suivi maintenant : d'abord ce qui a une échéance (la plus proche d'abord), "
        "puis qui n'a pas encore de parcours et n'est pas orienté, puis les autres. La colonne « À faire » dit pourquoi.",
        "At the top are those who need your follow-up now: first what has a deadline (the earliest first), then those without a "
        "pathway who have not been referred, then the rest. The ‘To do’ column says why."),
    "Werkzoekenden die toestemming gaven om aan werkgevers voorgesteld te worden. U ziet hun competenties, ervaring, zoekkring en talen, maar niet wie ze zijn of waar ze wonen: de score telt de afstand daarom niet mee. Nodig iemand uit: wie interesse toont, deelt het profiel met u.": (
        "Des demandeurs d'emploi qui ont accepté d'être proposés aux employeurs. Vous voyez leurs compétences, expérience, cercle de "
        "recherche et langues, mais pas qui ils sont ni où ils habitent : c'est pourquoi le score ne tient pas compte de la distance. "
        "Invitez quelqu'un : qui manifeste son intérêt partage son profil avec vous.",
        "Job seekers who consented to be proposed to employers. You see their competences, experience, search ring and languages, "
        "but not who they are or where they live: that is why the score leaves the distance out. Invite someone: whoever shows "
        "interest shares their profile with you."),
    "Aantal %(unit)s op de eerste dag van elke maand: %(first)s op %(first_day)s, %(last)s op %(last_day)s.": (
        "Nombre de %(unit)s le premier jour de chaque mois : %(first)s le %(first_day)s, %(last)s le %(last_day)s.",
        "Number of %(unit)s on the first day of each month: %(first)s on %(first_day)s, %(last)s on %(last_day)s."),
    "Per status een grafiek met een eigen schaal: lees de aantallen op de as. Dezelfde cijfers staan in de tabel onder de grafieken.": (
        "Un graphique par statut, chacun à sa propre échelle : lisez les nombres sur l'axe. Les mêmes chiffres figurent dans le "
        "tableau sous les graphiques.",
        "One chart per status, each on its own scale: read the numbers on the axis. The same figures are in the table below the charts."),
    "Leeg laten: niet opgegeven, de verplaatsing telt dan niet mee.": (
        "Laisser vide : non indiquée, le déplacement n'est alors pas compté.", "Leave empty: not given, the commute is then not counted."),
    "Vooraf ingevuld: %(month)s, de eerste volle maand als u nu begint. Begint het werk later, typ dan die maand. Vanaf 07/2023.": (
        "Prérempli : %(month)s, le premier mois complet si vous commencez maintenant. Si le travail commence plus tard, tapez ce "
        "mois-là. À partir de 07/2023.",
        "Prefilled: %(month)s, the first full month if you start now. If the work starts later, type that month. From 07/2023."),
    "Afstand niet opgegeven: de verplaatsing telt niet mee.": (
        "Distance non indiquée : le déplacement n'est pas compté.", "Distance not given: the commute is not counted."),
    "De vacature ligt in uw eigen gemeente.": ("L'offre se situe dans votre propre commune.", "The vacancy is in your own municipality."),
})
T.update({  # what an access-log entry says was read (werkregie/access/descriptions.py): translated on display, stored in Dutch
    "EVC: aanvraag geraadpleegd": ("RCA : demande consultée", "RPL: request viewed"),
    "EVC: aanvraag ingetrokken": ("RCA : demande retirée", "RPL: request withdrawn"),
    "EVC: beoordelaar toegewezen": ("RCA : évaluateur désigné", "RPL: assessor assigned"),
    "EVC: beoordeling gepland": ("RCA : évaluation planifiée", "RPL: assessment scheduled"),
    "EVC: competenties om te laten erkennen": ("RCA : compétences à faire reconnaître", "RPL: competences to have recognised"),
    "EVC: erkenning geweigerd": ("RCA : reconnaissance refusée", "RPL: recognition refused"),
    "EVC: erkenning toegekend": ("RCA : reconnaissance accordée", "RPL: recognition granted"),
    "EVC: mijn aanvragen": ("RCA : mes demandes", "RPL: my requests"),
    "EVC: resultaat per competentie vastgelegd": ("RCA : résultat enregistré par compétence", "RPL: result recorded per competence"),
    "werklijst: EVC-aanvragen": ("liste de travail : demandes de RCA", "worklist: RPL requests"),
    "loopbaan: competenties voor een competentievisum": ("carrière : compétences pour un visa de compétences", "career: competences for a competence visa"),
    "loopbaan: competentievisum uitgereikt": ("carrière : visa de compétences délivré", "career: competence visa issued"),
    "loopbaan: mijn gedeelde paspoortlinks": ("carrière : mes liens de passeport partagés", "career: my shared passport links"),
    "loopbaansignalen: beroepen en competenties": ("signaux de carrière : métiers et compétences", "career signals: occupations and competences"),
    "competentiepaspoort: gedeelde link bekeken (%(n1)s bewijzen)": (
        "passeport de compétences : lien partagé consulté (%(n1)s preuves)", "competence passport: shared link viewed (%(n1)s proofs)"),
    "competentiepaspoort: bewijs gedownload via gedeelde link (%(title)s)": (
        "passeport de compétences : preuve téléchargée via un lien partagé (%(title)s)", "competence passport: proof downloaded through a shared link (%(title)s)"),
    "aanwervingssteun voor een vacature": ("aide à l'embauche pour une offre d'emploi", "hiring support for a vacancy"),
    "aanwervingssteun voor vacature %(n1)s (effect, met toestemming)": (
        "aide à l'embauche pour l'offre %(n1)s (effet, avec consentement)", "hiring support for vacancy %(n1)s (effect, with consent)"),
    "aanwervingssteun voor vacature %(n1)s (leeftijd, maanden werkzoekend, opleiding)": (
        "aide à l'embauche pour l'offre %(n1)s (âge, mois de recherche d'emploi, formation)",
        "hiring support for vacancy %(n1)s (age, months as a job seeker, education)"),
    "aanwervingssteun voor vacature %(n1)s (zonder gegevens van de persoon)": (
        "aide à l'embauche pour l'offre %(n1)s (sans données de la personne)", "hiring support for vacancy %(n1)s (without the person's data)"),
    "berichten van de werkgever (naam van de kandidaat)": ("messages de l'employeur (nom du candidat)", "messages from the employer (candidate's name)"),
    "sollicitaties en terugkoppeling van werkgevers": ("candidatures et retours des employeurs", "applications and feedback from employers"),
    "sollicitaties voor vacature %(n1)s (naam, toestand)": ("candidatures pour l'offre %(n1)s (nom, état)", "applications for vacancy %(n1)s (name, state)"),
    "gepseudonimiseerde kandidaten voor vacature %(n1)s (competenties, ervaring, afstandsring, talen)": (
        "candidats pseudonymisés pour l'offre %(n1)s (compétences, expérience, rayon de recherche, langues)",
        "pseudonymised candidates for vacancy %(n1)s (competences, experience, search radius, languages)"),
    "afspraak (iCalendar): soort en moment": ("rendez-vous (iCalendar) : type et moment", "appointment (iCalendar): kind and time"),
    "afspraak: bewijsstuk van afwezigheid": ("rendez-vous : justificatif d'absence", "appointment: proof of absence"),
    "afspraak: soort, moment, aanwezigheid, verontschuldiging": (
        "rendez-vous : type, moment, présence, excuse", "appointment: kind, time, attendance, excuse"),
    "afspraak: uitnodiging en vrije momenten": ("rendez-vous : invitation et créneaux libres", "appointment: invitation and free slots"),
    "afspraken: soort, moment, toestand": ("rendez-vous : type, moment, état", "appointments: kind, time, state"),
    "agenda (iCalendar): naam, soort en moment van de afspraak": (
        "agenda (iCalendar) : nom, type et moment du rendez-vous", "calendar (iCalendar): name, kind and time of the appointment"),
    "agenda: naam, soort en moment van de afspraak": ("agenda : nom, type et moment du rendez-vous", "calendar: name, kind and time of the appointment"),
    "mijn afspraken: uitnodigingen, afspraken, aanwezigheid": ("mes rendez-vous : invitations, rendez-vous, présence", "my appointments: invitations, appointments, attendance"),
    "bericht %(n1)s: afleverrapport ingelezen (kanaal, toestand)": (
        "message %(n1)s : rapport de distribution importé (canal, état)", "message %(n1)s: delivery report read in (channel, state)"),
    "bericht %(n1)s: bewijs (PDF)": ("message %(n1)s : preuve (PDF)", "message %(n1)s: proof (PDF)"),
    "bericht %(n1)s: bewijsbundel (volledige inhoud, PDF)": ("message %(n1)s : dossier de preuve (contenu complet, PDF)", "message %(n1)s: evidence bundle (full content, PDF)"),
    "bericht %(n1)s: kanaal, data, toestand (brief van de controledienst)": (
        "message %(n1)s : canal, dates, état (lettre du service de contrôle)", "message %(n1)s: channel, dates, state (letter from the control service)"),
    "bericht %(n1)s: volledige inhoud": ("message %(n1)s : contenu complet", "message %(n1)s: full content"),
    "berichten van de persoon: onderwerp, kanaal, data, toestand, afleveringspogingen": (
        "messages de la personne : objet, canal, dates, état, tentatives de distribution", "the person's messages: subject, channel, dates, state, delivery attempts"),
    "berichten: onderwerp, kanaal, data, toestand": ("messages : objet, canal, dates, état", "messages: subject, channel, dates, state"),
    "digitale ondersteuning: naam, reden": ("aide numérique : nom, motif", "digital support: name, reason"),
    "controle: bestaan en stap van controledossiers (zonder inhoud)": (
        "contrôle : existence et étape des dossiers de contrôle (sans contenu)", "control: existence and stage of control files (without content)"),
    "controle: bewijs (PDF) van bericht %(n1)s van dossier %(n2)s": (
        "contrôle : preuve (PDF) du message %(n1)s du dossier %(n2)s", "control: proof (PDF) of message %(n1)s of file %(n2)s"),
    "controle: bewijsstuk %(name)s van dossier %(n1)s": ("contrôle : pièce justificative %(name)s du dossier %(n1)s", "control: evidence document %(name)s of file %(n1)s"),
    "controle: lijst van controledossiers (naam, inbreuk, stap, termijn)": (
        "contrôle : liste des dossiers de contrôle (nom, manquement, étape, délai)", "control: list of control files (name, breach, stage, deadline)"),
    "controle: mijn controledossier": ("contrôle : mon dossier de contrôle", "control: my control file"),
    "controle: mijn controledossiers": ("contrôle : mes dossiers de contrôle", "control: my control files"),
    "controle: toets passende dienstbetrekking (bevestigde competenties) voor vacature %(n1)s": (
        "contrôle : vérification de l'emploi convenable (compétences confirmées) pour l'offre %(n1)s",
        "control: suitable-employment check (confirmed competences) for vacancy %(n1)s"),
    "controle: volledig controledossier (inbreuk en bron, statussen, berichten, bewijsstukken, verhoor, voorstel en beslissing)": (
        "contrôle : dossier de contrôle complet (manquement et source, statuts, messages, pièces justificatives, audition, proposition et décision)",
        "control: full control file (breach and source, statuses, messages, evidence, hearing, proposal and decision)"),
    "digitale bewijzen: competentiepaspoort": ("preuves numériques : passeport de compétences", "digital proofs: competence passport"),
    "digitaal bewijs: ingezien %(n1)s": ("preuve numérique : consultée %(n1)s", "digital proof: viewed %(n1)s"),
    "digitaal bewijs: downloaden (ELM) %(n1)s": ("preuve numérique : téléchargement (ELM) %(n1)s", "digital proof: download (ELM) %(n1)s"),
    "digitaal bewijs: downloaden (JWT) %(n1)s": ("preuve numérique : téléchargement (JWT) %(n1)s", "digital proof: download (JWT) %(n1)s"),
    "doorverwijzing naar VDAB": ("orientation vers le VDAB", "referral to VDAB"),
    "lijst: leefloongerechtigden met traject, doorverwijzing en wat te doen": (
        "liste : bénéficiaires du revenu d'intégration avec parcours, orientation et actions à mener",
        "list: leefloon recipients with trajectory, referral and what to do"),
    "stap van de gemeente genoteerd": ("étape de la commune enregistrée", "step by the municipality recorded"),
    "stap van de gemeente gewijzigd": ("étape de la commune modifiée", "step by the municipality changed"),
    "stappen van de gemeente en trajectstappen": ("étapes de la commune et étapes du parcours", "steps by the municipality and trajectory steps"),
    "dubbels: naam, INSZ, geboortedatum": ("doublons : nom, NISS, date de naissance", "duplicates: name, INSZ, date of birth"),
    "inschrijving in het talentregister": ("inscription au registre des talents", "registration in the talent register"),
    "eigen gegevens: export gedownload (JSON en PDF)": ("données personnelles : export téléchargé (JSON et PDF)", "own data: export downloaded (JSON and PDF)"),
    "eigen gegevens: export gemaakt (alle onderdelen)": ("données personnelles : export créé (toutes les parties)", "own data: export made (all parts)"),
    "leerrekening: afschrift": ("compte de formation : relevé", "learning account: statement"),
    "leerrekening: overzicht": ("compte de formation : aperçu", "learning account: overview"),
    "leerrekening: samenvatting": ("compte de formation : résumé", "learning account: summary"),
    "opleidingen: eigen inschrijving voor een opleiding": ("formations : sa propre inscription à une formation", "training: own enrolment in a course"),
    "opleidingen: inschrijvingen": ("formations : inscriptions", "training: enrolments"),
    "opleidingen: inschrijvingen bij de opleidingsverstrekker": ("formations : inscriptions chez le prestataire de formation", "training: enrolments with the training provider"),
    "opleidingen: leerrekening voor een inschrijving": ("formations : compte de formation pour une inscription", "training: learning account for an enrolment"),
    "opleidingen: profiel en gewenste beroepen voor de opleidingswijzer": (
        "formations : profil et métiers souhaités pour le guide des formations", "training: profile and desired occupations for the training guide"),
    "matching: competenties uit tekst toegevoegd": ("correspondance : compétences ajoutées à partir d'un texte", "matching: competences added from text"),
    "matching: kandidatenlijst voor vacature %(n1)s (naam, score, competenties, afstand, gemeente)": (
        "correspondance : liste de candidats pour l'offre %(n1)s (nom, score, compétences, distance, commune)",
        "matching: candidate list for vacancy %(n1)s (name, score, competences, distance, municipality)"),
    "matching: kandidatenlijst voor vacature %(n1)s (naam, score, competenties, afstandsklasse)": (
        "correspondance : liste de candidats pour l'offre %(n1)s (nom, score, compétences, catégorie de distance)",
        "matching: candidate list for vacancy %(n1)s (name, score, competences, distance category)"),
    "matching: ontbrekende competenties voor een beroep": ("correspondance : compétences manquantes pour un métier", "matching: missing competences for an occupation"),
    "matching: uitgesloten voor vacature %(n1)s (naam, reden, datum)": (
        "correspondance : exclus pour l'offre %(n1)s (nom, motif, date)", "matching: excluded for vacancy %(n1)s (name, reason, date)"),
    "matching: passende dienstbetrekking voor vacature %(n1)s": ("correspondance : emploi convenable pour l'offre %(n1)s", "matching: suitable employment for vacancy %(n1)s"),
    "matching: profiel (competenties, ervaring, gewenste beroepen, voorkeuren, gemeente, opleiding, rijbewijzen, talen)": (
        "correspondance : profil (compétences, expérience, métiers souhaités, préférences, commune, formation, permis de conduire, langues)",
        "matching: profile (competences, experience, desired occupations, preferences, municipality, education, driving licences, languages)"),
    "matching: vacature %(n1)s voor de persoon (competenties, ervaring, voorkeuren)": (
        "correspondance : offre %(n1)s pour la personne (compétences, expérience, préférences)",
        "matching: vacancy %(n1)s for the person (competences, experience, preferences)"),
    "matching: vacatures voor de persoon (competenties, ervaring, voorkeuren)": (
        "correspondance : offres pour la personne (compétences, expérience, préférences)", "matching: vacancies for the person (competences, experience, preferences)"),
    "matching: voorgestelde competenties (afgeleid uit cv)": (
        "correspondance : compétences proposées (déduites du CV)", "matching: suggested competences (derived from the CV)"),
    "matching: voorgestelde competenties bevestigd of afgewezen": (
        "correspondance : compétences proposées confirmées ou rejetées", "matching: suggested competences confirmed or rejected"),
    "screening: kans op werk, uitleg, beoordelingen": ("screening : chance de trouver un emploi, explication, évaluations", "screening: chance of work, explanation, assessments"),
    "screening: voorstel (afstand tot de arbeidsmarkt uit kans op werk en antwoorden)": (
        "screening : proposition (distance au marché du travail d'après la chance de trouver un emploi et les réponses)",
        "screening: proposal (distance to the labour market from the chance of work and the answers)"),
    "screeningswerklijst: naam, inschrijving, vervaldatum": (
        "liste de travail du screening : nom, inscription, échéance", "screening worklist: name, registration, due date"),
    "werklijst: naam, taak, toelichting, vervaldatum": ("liste de travail : nom, tâche, explication, échéance", "worklist: name, task, explanation, due date"),
    "gemeenschapsdienst: in aanmerking (naam, woonplaats, maanden werkzoekend)": (
        "service à la communauté : personnes éligibles (nom, domicile, mois de recherche d'emploi)",
        "community service: eligible (name, place of residence, months as a job seeker)"),
    "gemeenschapsdienst: mijn toewijzingen, uren en vergoeding": (
        "service à la communauté : mes affectations, heures et indemnité", "community service: my assignments, hours and allowance"),
    "gemeenschapsdienst: toewijzing, uren en vergoeding": ("service à la communauté : affectation, heures et indemnité", "community service: assignment, hours and allowance"),
    "gemeenschapsdienst: toewijzingen (naam, activiteit, toestand)": (
        "service à la communauté : affectations (nom, activité, état)", "community service: assignments (name, activity, state)"),
    "gemeenschapsdienst: uren en vergoeding per maand": ("service à la communauté : heures et indemnité par mois", "community service: hours and allowance per month"),
    "gemeenschapsdienst: uren geregistreerd": ("service à la communauté : heures enregistrées", "community service: hours recorded"),
    "gemeenschapsdienst: vrijstelling (naam)": ("service à la communauté : dispense (nom)", "community service: exemption (name)"),
    "traject: afspraak": ("parcours : engagement", "trajectory: agreement"),
    "traject: afspraken, stappen, bewijsstukken en historiek": (
        "parcours : engagements, étapes, pièces justificatives et historique", "trajectory: agreements, steps, evidence and history"),
    "traject: mijn afspraken, stappen en termijnen": ("parcours : mes engagements, étapes et délais", "trajectory: my agreements, steps and deadlines"),
    "traject: stap": ("parcours : étape", "trajectory: step"),
    "traject: stap toegewezen aan de partner": ("parcours : étape confiée au partenaire", "trajectory: step assigned to the partner"),
    "traject: stap van de partner bijgewerkt": ("parcours : étape du partenaire mise à jour", "trajectory: partner's step updated"),
    "traject: stappen toegewezen aan de partner": ("parcours : étapes confiées au partenaire", "trajectory: steps assigned to the partner"),
    "traject: bewijsstuk %(name)s": ("parcours : pièce justificative %(name)s", "trajectory: evidence document %(name)s"),
    "beheer: lijst %(models)s": ("administration : liste des %(models)s", "administration: list of %(models)s"),
    "beheer: %(model)s": ("administration : %(model)s", "administration: %(model)s"),
    "overzicht: %(items)s": ("aperçu : %(items)s", "overview: %(items)s"),
    "zoekresultaat: %(items)s": ("résultat de recherche : %(items)s", "search result: %(items)s"),
    "doorverwijzing, zoekresultaat: %(items)s": ("orientation, résultat de recherche : %(items)s", "referral, search result: %(items)s"),
    "export: %(items)s": ("export : %(items)s", "export: %(items)s"),
    "leefloondossier: %(items)s": ("dossier de revenu d'intégration : %(items)s", "leefloon file: %(items)s"),
    "persoonsgegevens: %(items)s": ("données personnelles : %(items)s", "personal data: %(items)s"),
    "huidige status": ("statut actuel", "current status"),
    "termijnen": ("délais", "deadlines"),
    "afstand": ("distance", "distance"),
    "volgende taak": ("tâche suivante", "next task"),
    "laatste contact": ("dernier contact", "last contact"),
    "wat te doen (doorverwijzing, traject)": ("actions à mener (orientation, parcours)", "what to do (referral, trajectory)"),
    "uitkomst van de screening (afstand en datum)": ("résultat du screening (distance et date)", "screening outcome (distance and date)"),
})
T.update({  # fixpriv (issue 12 attack): the employer's named list is who shared for the vacancy; one vacancy per suggested person
    "Op deze lijst staat wie voor deze vacature solliciteerde of door VDAB werd voorgesteld (met toestemming), niemand anders.": (
        "Cette liste reprend les personnes qui ont postulé à cette offre ou que le VDAB a proposées (avec leur accord), personne d'autre.",
        "This list shows who applied for this vacancy or was proposed by VDAB (with their consent), nobody else."),
    "Andere werkzoekenden die passen, ziet u zonder naam bij de voorgestelde kandidaten.": (
        "Les autres demandeurs d'emploi qui conviennent figurent sans nom parmi les candidats proposés.",
        "Other job seekers who fit are shown without a name among the proposed candidates."),
    "Nog niemand solliciteerde of werd voorgesteld voor deze vacature.": (
        "Personne n'a encore postulé à cette offre ni n'a été proposé pour elle.",
        "Nobody has applied for this vacancy or been proposed for it yet."),
    "U ziet alleen wie minstens %(floor)s op 100 scoort, en elke werkzoekende bij één vacature van u: bij de eerste waarvoor die u werd voorgesteld.": (
        "Vous ne voyez que les personnes qui obtiennent au moins %(floor)s sur 100, et chaque demandeur d'emploi pour une seule de vos "
        "offres : la première pour laquelle il vous a été proposé.",
        "You only see those scoring at least %(floor)s out of 100, and each job seeker on one of your vacancies only: the first one "
        "they were suggested to you for."),
    "eerst voorgesteld op": ("proposé pour la première fois le", "first suggested on"),
    "gepseudonimiseerd voorstel aan een werkgever": ("proposition pseudonymisée à un employeur", "pseudonymised suggestion to an employer"),
    "gepseudonimiseerde voorstellen aan werkgevers": ("propositions pseudonymisées à des employeurs", "pseudonymised suggestions to employers"),
})
T.update({  # the employer's named list and the pseudonymised suggestions, as the access log describes them (fixpriv)
    "matching: kandidatenlijst voor vacature %(n1)s (naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring)": (
        "matching : liste de candidats pour l'offre %(n1)s (nom, score sans la distance, compétences, métier, langues, heures, zone de recherche)",
        "matching: candidate list for vacancy %(n1)s (name, score without distance, skills, occupation, languages, hours, search area)"),
    "matching: kandidatenlijst voor vacature %(n1)s (naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring, afstandsklasse)": (
        "matching : liste de candidats pour l'offre %(n1)s (nom, score sans la distance, compétences, métier, langues, heures, zone de recherche, classe de distance)",
        "matching: candidate list for vacancy %(n1)s (name, score without distance, skills, occupation, languages, hours, search area, distance band)"),
    "matching: kandidatenlijst voor vacature %(n1)s (naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring, gemeente)": (
        "matching : liste de candidats pour l'offre %(n1)s (nom, score sans la distance, compétences, métier, langues, heures, zone de recherche, commune)",
        "matching: candidate list for vacancy %(n1)s (name, score without distance, skills, occupation, languages, hours, search area, municipality)"),
    "matching: kandidatenlijst voor vacature %(n1)s (naam, score zonder afstand, competenties, beroep, talen, uren, zoekkring, afstandsklasse, gemeente)": (
        "matching : liste de candidats pour l'offre %(n1)s (nom, score sans la distance, compétences, métier, langues, heures, zone de recherche, classe de distance, commune)",
        "matching: candidate list for vacancy %(n1)s (name, score without distance, skills, occupation, languages, hours, search area, distance band, municipality)"),
    "gepseudonimiseerde kandidaten voor vacature %(n1)s (score zonder afstand, competenties, ervaring, zoekkring, talen)": (
        "candidats pseudonymisés pour l'offre %(n1)s (score sans la distance, compétences, expérience, zone de recherche, langues)",
        "pseudonymised candidates for vacancy %(n1)s (score without distance, skills, experience, search area, languages)"),
})

T.update({  # fiximp: attack of issue 12 on the vacancy import and intake (types, employer, bounds) and the API's 413/page problems
    "tekst": ("du texte", "text"),
    "true of false": ("true ou false", "true or false"),
    "een lijst": ("une liste", "a list"),
    "een object": ("un objet", "an object"),
    "een getal": ("un nombre", "a number"),
    "Verkeerd type: verwacht %(kind)s.": ("Type incorrect : attendu %(kind)s.", "Wrong type: expected %(kind)s."),
    "Verkeerd type: verwacht tekst of een geheel getal.": ("Type incorrect : attendu du texte ou un nombre entier.",
                                                            "Wrong type: expected text or a whole number."),
    "Verkeerd type: verwacht tekst of een lijst van teksten.": ("Type incorrect : attendu du texte ou une liste de textes.",
                                                                "Wrong type: expected text or a list of texts."),
    "Ontbreekt of is langer dan 100 tekens.": ("Manquant ou plus long que 100 caractères.", "Missing or longer than 100 characters."),
    "Deze vacature hoort bij een andere werkgever (KBO %(kbo)s); een update kan de werkgever niet wijzigen: sluit ze en stuur een nieuwe vacature.": (
        "Cette offre appartient à un autre employeur (BCE %(kbo)s) ; une mise à jour ne peut pas changer l'employeur : clôturez-la "
        "et envoyez une nouvelle offre.",
        "This vacancy belongs to another employer (KBO %(kbo)s); an update cannot change the employer: close it and send a new vacancy."),
    "Het ondernemingsnummer %(kbo)s is geregistreerd als '%(name)s', niet als deze naam.": (
        "Le numéro d'entreprise %(kbo)s est enregistré sous le nom « %(name)s », pas sous ce nom.",
        "The enterprise number %(kbo)s is registered as '%(name)s', not under this name."),
    "Een brutoloon per maand in euro, minstens € 100 (of laat het veld leeg).": (
        "Un salaire brut mensuel en euros, au moins € 100 (ou laissez le champ vide).",
        "A gross monthly wage in euros, at least € 100 (or leave the field empty)."),
    "%(rejected)s van de %(records)s records zijn ongeldig; er is niets geschreven.": (
        "%(rejected)s des %(records)s enregistrements sont invalides ; rien n'a été écrit.",
        "%(rejected)s of the %(records)s records are invalid; nothing was written."),
    "Hieronder de eerste %(shown)s van %(total)s fouten; nog %(more)s niet getoond.": (
        "Ci-dessous les %(shown)s premières des %(total)s erreurs ; %(more)s autres ne sont pas affichées.",
        "Below are the first %(shown)s of %(total)s errors; %(more)s more are not shown."),
    "De import is niet uitgevoerd.": ("L'importation n'a pas été effectuée.", "The import was not carried out."),
    "De aanvraag is groter dan %(limit)s bytes.": ("La requête dépasse %(limit)s octets.", "The request is larger than %(limit)s bytes."),
    "Een paginanummer van 1 tot %(max)s.": ("Un numéro de page de 1 à %(max)s.", "A page number from 1 to %(max)s."),
    "Minstens € 100, of laat het veld leeg.": ("Au moins € 100, ou laissez le champ vide.", "At least € 100, or leave the field empty."),
})

T.update({
    "woordkeuze die kan discrimineren": ("formulation pouvant discriminer", "wording that may discriminate"),
    "bij een ingevoerde vacature: de treffers van de woordcontrole, getoond aan de werkgever en VDAB": (
        "pour une offre importée : les résultats du contrôle de formulation, montrés à l'employeur et au VDAB",
        "for an imported vacancy: the hits of the wording check, shown to the employer and VDAB"),
    "Een vacature van een partner wijzigt u bij die partner.": ("Une offre d'un partenaire se modifie chez ce partenaire.",
                                                                 "A partner's vacancy is edited at that partner."),
    "Alleen een ontwerp of een gepubliceerde vacature kan gewijzigd worden.": ("Seule une offre en brouillon ou publiée peut être modifiée.",
                                                                               "Only a draft or a published vacancy can be edited."),
    "De vacature is niet gewijzigd.": ("L'offre n'a pas été modifiée.", "The vacancy was not changed."),
    "Alles als gelezen markeren": ("Tout marquer comme lu", "Mark all as read"),
    "U ziet de openbare versie van de vacature van een andere werkgever.": ("Vous voyez la version publique de l'offre d'un autre employeur.",
                                                                            "You see the public version of another employer's vacancy."),
    "De partner die deze vacature doorgaf, gebruikt woorden die kunnen discrimineren.": (
        "Le partenaire qui a transmis cette offre utilise des mots qui peuvent discriminer.",
        "The partner that passed on this vacancy uses words that may discriminate."),
    "De vacature blijft zichtbaar; vraag de partner of de werkgever ze te herschrijven.": (
        "L'offre reste visible ; demandez au partenaire ou à l'employeur de la reformuler.",
        "The vacancy stays visible; ask the partner or the employer to reword it."),
    "sollicitaties voor %(title)s": ("candidatures pour %(title)s", "applications for %(title)s"),
})

# walk of issue 16 (findings 4, 6, 7, 9): screening reasons translated when shown, removing a competence, the caseload's
# next screening date
T.update({
    "Er is nog geen modelscore: de categorie volgt uit het gesprek alleen (vertrekpunt: middellange afstand).": (
        "Il n'y a pas encore de score du modèle : la catégorie découle du seul entretien (point de départ : distance moyenne).",
        "There is no model score yet: the category follows from the conversation alone (starting point: medium distance)."),
    "Het model schat de kans op werk binnen 6 maanden op %(percent)s %% (%(category)s).": (
        "Le modèle estime la probabilité de travail dans les 6 mois à %(percent)s %% (%(category)s).",
        "The model estimates the chance of work within 6 months at %(percent)s%% (%(category)s)."),
    "De bemiddelaar stelt vast dat werk nu niet mogelijk is.": (
        "Le conseiller constate que le travail n'est pas possible pour l'instant.", "The counsellor finds that work is not possible now."),
    "Kinderopvang is een drempel.": ("La garde d'enfants est un obstacle.", "Childcare is a barrier."),
    "Mobiliteit is een drempel.": ("La mobilité est un obstacle.", "Mobility is a barrier."),
    "De kennis van het Nederlands is lager dan A2.": ("La connaissance du néerlandais est inférieure au niveau A2.", "Dutch is below level A2."),
    "Er zijn geen digitale vaardigheden.": ("Il n'y a pas de compétences numériques.", "There are no digital skills."),
    "De motivatie is laag.": ("La motivation est faible.", "Motivation is low."),
    "De competenties volstaan niet voor de gezochte jobs.": (
        "Les compétences ne suffisent pas pour les emplois recherchés.", "The competences are not enough for the jobs sought."),
    "Er zijn aanwijzingen van medische, mentale, psychische, psychiatrische of sociale problemen.": (
        "Il y a des indications de problèmes médicaux, mentaux, psychiques, psychiatriques ou sociaux.",
        "There are indications of medical, mental, psychological, psychiatric or social problems."),
    "Zelfredzaam: kan zelfstandig werk zoeken met digitale ondersteuning.": (
        "Autonome : peut chercher du travail seul avec un soutien numérique.", "Self-reliant: can look for work independently with digital support."),
    "Niet zelfredzaam: zelfstandig zoeken past bij een korte afstand tot de arbeidsmarkt, hier is die %(category)s.": (
        "Pas autonome : la recherche autonome convient à une courte distance au marché du travail, ici c'est une %(category)s.",
        "Not self-reliant: searching independently suits a short distance to the labour market, here it is a %(category)s."),
    "Niet zelfredzaam: zelfstandig zoeken vraagt minstens Nederlands op niveau B1.": (
        "Pas autonome : la recherche autonome demande au moins le néerlandais au niveau B1.",
        "Not self-reliant: searching independently needs at least Dutch at level B1."),
    "Niet zelfredzaam: zelfstandig zoeken vraagt digitale vaardigheden.": (
        "Pas autonome : la recherche autonome demande des compétences numériques.", "Not self-reliant: searching independently needs digital skills."),
    "korte afstand": ("courte distance", "short distance"),
    "middellange afstand": ("distance moyenne", "medium distance"),
    "lange afstand": ("longue distance", "long distance"),
    "niet inzetbaar": ("pas mobilisable", "not deployable"),
    "volgende screening uiterlijk": ("prochain screening au plus tard", "next screening by"),
    "screeningsplanning": ("planning du screening", "screening schedule"),
    "screeningsplanningen": ("plannings du screening", "screening schedules"),
    "Een gecertificeerde competentie blijft in het profiel: ze steunt op een attest.": (
        "Une compétence certifiée reste dans le profil : elle repose sur une attestation.",
        "A certified competence stays in the profile: it rests on a certificate."),
    "Geen zelf opgegeven of uit een cv gehaalde competentie van deze persoon.": (
        "Pas une compétence déclarée ou tirée d'un CV de cette personne.", "Not a declared or CV-extracted competence of this person."),
    "De competentie is uit het profiel verwijderd. Een volgend cv voegt ze niet opnieuw toe.": (
        "La compétence a été retirée du profil. Un prochain CV ne l'ajoutera pas à nouveau.",
        "The competence was removed from the profile. A next CV will not add it again."),
    "Verwijderen uit het profiel: %(label)s": ("Retirer du profil : %(label)s", "Remove from the profile: %(label)s"),
    "Competenties in uw profiel": ("Compétences dans votre profil", "Competences in your profile"),
    "Competenties in het profiel": ("Compétences dans le profil", "Competences in the profile"),
    "Bron": ("Source", "Source"),
    "steunt op een attest": ("repose sur une attestation", "rests on a certificate"),
    "Letterlijk genoemd, toegevoegd aan uw profiel:": ("Citées telles quelles, ajoutées à votre profil :", "Named as such, added to your profile:"),
    "Afgeleid uit uw tekst, nog te bevestigen (hieronder):": (
        "Déduites de votre texte, à confirmer (ci-dessous) :", "Derived from your text, to confirm (below):"),
})

# walk of issue 16 (finding 11): withdrawing an application asks first and says what it means
T.update({
    "Sollicitatie intrekken…": ("Retirer la candidature…", "Withdraw the application…"),
    "De werkgever ziet dat u niet meer solliciteert en ziet uw profiel niet meer via deze vacature. Opnieuw solliciteren op deze vacature kan daarna niet meer.": (
        "L'employeur voit que vous ne postulez plus et ne voit plus votre profil via cette offre. Vous ne pourrez plus postuler à "
        "nouveau à cette offre.",
        "The employer sees that you no longer apply and no longer sees your profile through this vacancy. You cannot apply again "
        "for this vacancy afterwards."),
    "Ja, sollicitatie intrekken": ("Oui, retirer la candidature", "Yes, withdraw the application"),
    "U hebt deze sollicitatie ingetrokken. Opnieuw solliciteren op deze vacature kan niet meer. Bent u van gedachten veranderd? Stel hieronder uw vraag aan uw bemiddelaar.": (
        "Vous avez retiré cette candidature. Vous ne pouvez plus postuler à nouveau à cette offre. Vous avez changé d'avis ? Posez "
        "votre question à votre conseiller ci-dessous.",
        "You withdrew this application. You cannot apply again for this vacancy. Changed your mind? Ask your counsellor below."),
    "Bevestig dat u uw sollicitatie wilt intrekken: er is niets gewijzigd.": (
        "Confirmez que vous voulez retirer votre candidature : rien n'a été modifié.", "Confirm that you want to withdraw your application: nothing was changed."),
    "Uw sollicitatie is ingetrokken. De werkgever ziet uw profiel niet meer via deze vacature.": (
        "Votre candidature a été retirée. L'employeur ne voit plus votre profil via cette offre.",
        "Your application was withdrawn. The employer no longer sees your profile through this vacancy."),
    "Uw sollicitatie is bijgewerkt: %(state)s.": ("Votre candidature a été mise à jour : %(state)s.", "Your application was updated: %(state)s."),
})

# walk of issue 16 (finding 10): the candidate list's ring line counts the candidates it lists
PLURALS.update({
    "%(counter)s kandidaat op de lijst": (("%(counter)s candidat sur la liste", "%(counter)s candidats sur la liste"),
                                          ("%(counter)s candidate on the list", "%(counter)s candidates on the list")),
})
T.update({
    "Een volgende kring wordt pas doorzocht als er minder dan %(n)s kandidaten met een score van minstens %(score)s zijn.": (
        "Un cercle suivant n'est consulté que s'il y a moins de %(n)s candidats avec un score d'au moins %(score)s.",
        "A next ring is only searched when there are fewer than %(n)s candidates with a score of at least %(score)s."),
})

# walk of issue 16 (finding 9): the citizen reads the counsellor's reason for departing from the proposal
T.update({
    "Uw bemiddelaar week af van het voorstel, met deze reden:": ("Votre conseiller s'est écarté de la proposition, pour cette raison :",
                                                                 "Your counsellor departed from the proposal, for this reason:"),
    "Uw bemiddelaar week af van het voorstel.": ("Votre conseiller s'est écarté de la proposition.", "Your counsellor departed from the proposal."),
    "Vragen daarover? Stel ze aan uw bemiddelaar in uw volgende gesprek of via een vacature (“Vraag het mijn bemiddelaar”).": (
        "Des questions ? Posez-les à votre conseiller lors de votre prochain entretien ou depuis une offre (« Demander à mon conseiller »).",
        "Questions about it? Ask your counsellor at your next conversation or from a vacancy (“Ask my counsellor”)."),
    "De persoon leest deze reden op Mijn kans op werk: schrijf ze voor hem of haar.": (
        "La personne lit cette raison sur « Ma chance d’emploi » : écrivez-la pour elle.",
        "The person reads this reason on “My chance of work”: write it for them."),
})
T.update({  # the access log's description of a skill removed from a profile (fixw16b), translated on display
    "matching: competentie uit het profiel verwijderd": ("matching : compétence retirée du profil", "matching: skill removed from the profile"),
})
T.update({  # fixw16a: walk of issue 16, the model card's hidden cells said in words
    "verborgen, om een kleine groep te beschermen": ("masqué, pour protéger un petit groupe", "hidden, to protect a small group"),
    "Geen bemiddelaar met genoeg beoordelingen om te tonen.": (
        "Aucun conseiller n'a assez d'évaluations pour être affiché.", "No counsellor has enough assessments to be shown."),
    "Een streepje (—): verborgen, omdat de groep kleiner is dan %(n)s of omdat een kleine groep anders uit de andere cijfers te herleiden is.": (
        "Un tiret (—) : masqué, parce que le groupe compte moins de %(n)s personnes ou parce qu'un petit groupe pourrait sinon être "
        "déduit des autres chiffres.",
        "A dash (—): hidden, because the group is smaller than %(n)s or because a small group could otherwise be worked out from the "
        "other figures."),
})
PLURALS.update({  # fixw16a: the counsellors whose figures are all hidden, counted instead of listed
    "%(n)s bemiddelaar met te weinig beoordelingen staat niet in de tabel: zijn cijfers zijn verborgen.": (
        ("%(n)s conseiller ayant trop peu d'évaluations ne figure pas dans le tableau : ses chiffres sont masqués.",
         "%(n)s conseillers ayant trop peu d'évaluations ne figurent pas dans le tableau : leurs chiffres sont masqués."),
        ("%(n)s counsellor with too few assessments is not in the table: their figures are hidden.",
         "%(n)s counsellors with too few assessments are not in the table: their figures are hidden.")),
})
T.update({  # fixw16a: walk of issue 16, finding 12's small words
    "versnelde herscreening voor een langdurig werkzoekende": (
        "réévaluation accélérée pour un demandeur d'emploi de longue durée", "accelerated re-screening for a long-term job seeker"),
    "Schrijf kort waarom u doorverwijst.": ("Écrivez brièvement pourquoi vous orientez cette personne.", "Write briefly why you refer this person."),
    "geen screening nodig": ("pas d'évaluation nécessaire", "no screening needed"),
})
T.update({  # fixa13: the attack on a demo of issue 13 (registered credentials, assigned EVC, sources, export, small items)
    "Dit is niet het digitale bewijs dat %(name)s bij het platform registreerde: het draagt hetzelfde kenmerk en dezelfde plaats in de statuslijst, maar de inhoud verschilt (bijvoorbeeld een andere titel, houder, competenties of geldigheid). Enkel het geregistreerde digitale bewijs is geldig.": (
        "Ceci n'est pas la preuve numérique que %(name)s a enregistrée auprès de la plateforme : elle porte le même identifiant et la "
        "même place dans la liste de statut, mais son contenu diffère (par exemple un autre titre, titulaire, d'autres compétences ou "
        "une autre validité). Seule la preuve numérique enregistrée est valable.",
        "This is not the digital proof that %(name)s registered with the platform: it bears the same identifier and the same place in "
        "the status list, but its content differs (for example another title, holder, competences or validity). Only the registered "
        "digital proof is valid."),
    "geregistreerd digitaal bewijs": ("preuve numérique enregistrée", "registered digital proof"),
    "SHA-256 van het ondertekende digitale bewijs": ("SHA-256 de la preuve numérique signée", "SHA-256 of the signed digital proof"),
    "Een verwijzing (tekst) of een sleutelbeschrijving (object) verwacht.": (
        "Une référence (texte) ou une description de clé (objet) est attendue.", "A reference (text) or a key description (object) is expected."),
    "Een sleutelbeschrijving (object) verwacht.": ("Une description de clé (objet) est attendue.", "A key description (object) is expected."),
    "Het kenmerk (id) van een sleutelbeschrijving is een tekst.": (
        "L'identifiant (id) d'une description de clé est un texte.", "The identifier (id) of a key description is a text."),
    "De beheerder (controller) is een DID (tekst).": ("Le contrôleur (controller) est un DID (texte).", "The controller is a DID (text)."),
    "%(issuer)s certificeert enkel competenties die zijn eigen opleidingen in de catalogus aanleren, of elke competentie als erkend EVC-centrum. Niet in uw opleidingen: %(skills)s.": (
        "%(issuer)s ne certifie que des compétences enseignées par ses propres formations du catalogue, ou toute compétence en tant "
        "que centre EVC agréé. Absentes de vos formations : %(skills)s.",
        "%(issuer)s certifies only competences its own courses in the catalogue teach, or any competence as an accredited EVC centre. "
        "Not in your courses: %(skills)s."),
    "Geen competentie die %(issuer)s aanleert: %(skill)s": (
        "Compétence non enseignée par %(issuer)s : %(skill)s", "A competence %(issuer)s does not teach: %(skill)s"),
    "Deze beoordeling is toegewezen aan %(organisation)s: enkel zij plannen de beoordeling en leggen het resultaat vast.": (
        "Cette évaluation est confiée à %(organisation)s : seule cette organisation planifie l'évaluation et en enregistre le résultat.",
        "This assessment is assigned to %(organisation)s: only they plan the assessment and record its result."),
    "Deze beoordeling is toegewezen aan %(organisation)s: zij plannen de beoordeling, leggen het resultaat vast en kennen de erkenning toe.": (
        "Cette évaluation est confiée à %(organisation)s : cette organisation planifie l'évaluation, en enregistre le résultat et "
        "accorde la reconnaissance.",
        "This assessment is assigned to %(organisation)s: they plan the assessment, record its result and grant the recognition."),
    "door %(who)s": ("par %(who)s", "by %(who)s"),
    "Al deze competenties zijn al erkend: %(names)s.": (
        "Toutes ces compétences sont déjà reconnues : %(names)s.", "All these competences are recognised already: %(names)s."),
    "Deze competenties van het beroep staan al in een lopende aanvraag: %(names)s. Wacht op die beoordeling of trek die aanvraag in.": (
        "Ces compétences du métier figurent déjà dans une demande en cours : %(names)s. Attendez cette évaluation ou retirez cette demande.",
        "These competences of the occupation are already in an open request: %(names)s. Wait for that assessment or withdraw that request."),
    "bron vóór de certificering": ("source avant la certification", "source before certification"),
    "Leeg: de competentie stond niet in het profiel; het digitale bewijs voegde ze toe.": (
        "Vide : la compétence ne figurait pas dans le profil ; la preuve numérique l'a ajoutée.",
        "Empty: the competence was not in the profile; the digital proof added it."),
    "bron van een gecertificeerde competentie": ("source d'une compétence certifiée", "source of a certified competence"),
    "bronnen van gecertificeerde competenties": ("sources de compétences certifiées", "sources of certified competences"),
    "geregistreerd op": ("enregistré le", "recorded on"),
    "Berekend uit de vacatures en werkzoekenden op dit platform, in uw provincie, over de laatste vier kwartalen. Aantallen van 1 tot onder %(n)s tonen we niet („minder dan %(n)s”), zodat niemand herkenbaar is. „Geen” betekent nul: dan is er niemand om te herkennen.": (
        "Calculé à partir des offres d'emploi et des demandeurs d'emploi de cette plateforme, dans votre province, sur les quatre "
        "derniers trimestres. Nous n'affichons pas les nombres de 1 à moins de %(n)s (« moins de %(n)s »), afin que personne ne soit "
        "reconnaissable. « Aucun » signifie zéro : il n'y a alors personne à reconnaître.",
        "Calculated from the vacancies and job seekers on this platform, in your province, over the last four quarters. We do not "
        "show numbers from 1 to under %(n)s (“fewer than %(n)s”), so that nobody can be recognised. “None” means zero: then there is "
        "nobody to recognise."),
    "Vervaldatum": ("Date d'expiration", "Expiry date"),
    "%(amount)s vervalt na %(day)s als u het niet gebruikt": (
        "%(amount)s expire après le %(day)s si vous ne l'utilisez pas", "%(amount)s expires after %(day)s if you do not use it"),
    "een geheel getal van 1 tot 100000": ("un nombre entier de 1 à 100000", "a whole number from 1 to 100000"),
    "0: een sessie heeft minstens 1 plaats; laat een sessie die niet doorgaat weg uit de levering": (
        "0 : une session a au moins 1 place ; retirez de la livraison une session qui n'a pas lieu",
        "0: a session has at least 1 place; leave a session that does not take place out of the delivery"),
})
PLURALS.update({  # fixa13: a new EVC request says which skills it left out, certified already
    "%(n)s competentie is al erkend en werd niet opnieuw aangevraagd: %(names)s.": (
        ("%(n)s compétence est déjà reconnue et n'a pas été redemandée : %(names)s.",
         "%(n)s compétences sont déjà reconnues et n'ont pas été redemandées : %(names)s."),
        ("%(n)s competence is recognised already and was not asked again: %(names)s.",
         "%(n)s competences are recognised already and were not asked again: %(names)s.")),
})
T.update({  # h12s: walk of issue 12, point 7: the job seeker's score in the public search, the occupation filter
    "de beroepen van de openstaande vacatures": ("les métiers des offres d'emploi ouvertes", "the occupations of the open vacancies"),
    "alle beroepen": ("tous les métiers", "all occupations"),
    "Waarom deze score?": ("Pourquoi ce score ?", "Why this score?"),
    "matching: vacatures uit de zoekresultaten voor de persoon (competenties, ervaring, voorkeuren)": (
        "matching : offres d'emploi des résultats de recherche pour la personne (compétences, expérience, préférences)",
        "matching: vacancies in the search results for the person (competences, experience, preferences)"),
})
PLURALS.update({  # h12s: a search result's fit, in short
    "%(has)s van %(total)s gevraagde competentie in uw profiel": (
        ("%(has)s compétence demandée sur %(total)s dans votre profil", "%(has)s compétences demandées sur %(total)s dans votre profil"),
        ("%(has)s of %(total)s required competence in your profile", "%(has)s of %(total)s required competences in your profile")),
})
T.update({  # h13: the booking's quote shows the opleidingscheques as the rules compute them
    "opleidingen: leerrekening en opleidingscheques voor een inschrijving": (
        "formations : compte de formation et chèques-formation pour une inscription",
        "training: learning account and training vouchers for a booking"),
    "Met opleidingscheques betaalt u in totaal € %(own)s zelf.": (
        "Avec des chèques-formation, vous payez vous-même € %(own)s au total.",
        "With training vouchers you pay € %(own)s yourself in all."),
    "U koopt de cheques zelf bij de VDAB en betaalt er de opleiding mee; de inschrijving hier reserveert alleen het bedrag op uw leer- en loopbaanrekening.": (
        "Vous achetez vous-même les chèques auprès du VDAB et payez la formation avec ; l'inscription ici ne réserve que le montant "
        "sur votre compte de formation et de carrière.",
        "You buy the vouchers yourself from VDAB and pay the course with them; booking here only reserves the amount on your "
        "learning and career account."),
})
T.update({  # h13: the counsellor reads a person's learning account in the third person
    "%(amount)s na %(day)s als het niet gebruikt wordt": (
        "%(amount)s après le %(day)s s'il n'est pas utilisé", "%(amount)s after %(day)s if it is not used"),
    "%(amount)s vervalt na %(day)s als het niet gebruikt wordt": (
        "%(amount)s expire après le %(day)s s'il n'est pas utilisé", "%(amount)s expires after %(day)s if it is not used"),
    "Een persoonlijk budget voor opleiding: het jaarlijkse leerkrediet, de opleidingscheques en, apart in uren, het Vlaams opleidingsverlof van deze persoon. Boekt de persoon een opleiding, dan wordt het bedrag gereserveerd; na de opleiding is het besteed, bij annulering komt het terug.": (
        "Un budget personnel de formation : le crédit de formation annuel, les chèques-formation et, à part en heures, le congé-éducation "
        "flamand de cette personne. Si la personne réserve une formation, le montant est réservé ; après la formation il est dépensé, "
        "en cas d'annulation il revient.",
        "A personal training budget: the yearly learning credit, the training vouchers and, separately in hours, the Flemish training "
        "leave of this person. When the person books a course, the amount is reserved; after the course it is spent, on "
        "cancellation it comes back."),
})
T.update({  # h13: from the person file to the person's learning account, passport and EVC requests
    "EVC: aanvragen van de persoon": ("VDC : demandes de la personne", "RPL: the person's requests"),
    "Loopbaan": ("Carrière", "Career"),
    "Terug naar het dossier": ("Retour au dossier", "Back to the file"),
    "Onderdelen van de loopbaan": ("Parties de la carrière", "Parts of the career"),
    "EVC-aanvragen": ("Demandes de VDC", "RPL requests"),
    "EVC-aanvragen van de persoon": ("Demandes de VDC de la personne", "The person's RPL requests"),
    "Deze persoon heeft geen EVC-aanvragen.": ("Cette personne n'a pas de demande de VDC.", "This person has no RPL requests."),
    "Digitale bewijzen van de persoon": ("Preuves numériques de la personne", "The person's digital credentials"),
    "De diploma's, opleidingen en gecertificeerde competenties van deze persoon als verifieerbare digitale bewijzen. Iedereen kan ze controleren op de pagina <a href=\"%(verify_url)s\">Digitaal bewijs controleren</a>.": (
        "Les diplômes, formations et compétences certifiées de cette personne sous forme de preuves numériques vérifiables. Tout le "
        "monde peut les contrôler sur la page <a href=\"%(verify_url)s\">Contrôler une preuve numérique</a>.",
        "This person's diplomas, courses and certified competences as verifiable digital credentials. Anyone can check them on the "
        "page <a href=\"%(verify_url)s\">Check a digital credential</a>."),
})

T.update({  # h12-employer: the intake ticks nothing beforehand; one click ticks the occupation's essential skills
    "essentieel voor dit beroep": ("essentielle pour ce métier", "essential for this occupation"),
    "Niets is vooraf aangevinkt: alleen wat u aanvinkt, wordt bewaard. Met “Alle essentiële aanvinken” vinkt u in één klik de competenties aan die voor het gekozen beroep essentieel zijn.": (
        "Rien n'est coché d'avance : seul ce que vous cochez est enregistré. Avec « Cocher toutes les essentielles », vous cochez en un "
        "clic les compétences essentielles pour le métier choisi.",
        "Nothing is ticked beforehand: only what you tick is stored. With “Tick all essential ones” you tick in one click the "
        "competences that are essential for the chosen occupation."),
    "Alle essentiële aanvinken": ("Cocher toutes les essentielles", "Tick all essential ones"),
})

T.update({  # h12-employer: diploma demands become the competences of the occupation the diploma leads to
    "in plaats van “%(demand)s”: kunnen %(skills)s": ("au lieu de « %(demand)s » : savoir %(skills)s", "instead of “%(demand)s”: able to %(skills)s"),
    "in plaats van “%(demand)s”: kunnen": ("au lieu de « %(demand)s » : savoir", "instead of “%(demand)s”: able to"),
    "Dit diploma leidt tot het beroep:": ("Ce diplôme mène au métier :", "This diploma leads to the occupation:"),
    "Schrijf bv.:": ("Écrivez par ex. :", "Write e.g.:"),
})

T.update({  # h12-employer: every hiring measure per candidate, with its amount per quarter; one bottleneck rule
    "Te controleren: het platform berekent deze maatregel niet per kandidaat. Wat ontbreekt, zijn de gegevens hieronder; VDAB kan ze met u nagaan.": (
        "À vérifier : la plateforme ne calcule pas cette mesure par candidat. Ce qui manque, ce sont les données ci-dessous ; le VDAB "
        "peut les vérifier avec vous.",
        "To check: the platform does not compute this measure per candidate. What is missing are the facts below; VDAB can check "
        "them with you."),
    "Bedrag per kwartaal": ("Montant par trimestre", "Amount per quarter"),
    "Kwartaal": ("Trimestre", "Quarter"),
    "Bedrag": ("Montant", "Amount"),
    "vanaf %(start)s": ("à partir du %(start)s", "from %(start)s"),
    "een aanwerving van %(start)s tot %(end)s": ("un engagement du %(start)s au %(end)s", "a hire from %(start)s to %(end)s"),
    "een aanwerving vanaf %(start)s": ("un engagement à partir du %(start)s", "a hire from %(start)s on"),
    "de voorwaarden hieronder, uit de regels": ("les conditions ci-dessous, issues des règles", "the conditions below, from the rules"),
    "Voorwaarden en bedragen volgens de regels (te controleren)": (
        "Conditions et montants selon les règles (à vérifier)", "Conditions and amounts according to the rules (to check)"),
    "Te controleren": ("À vérifier", "To check"),
    "Niet van toepassing: de maatregel geldt niet voor een aanwerving op deze datum.": (
        "Pas d'application : la mesure ne vaut pas pour un engagement à cette date.",
        "Not applicable: the measure does not apply to a hire on this date."),
    "ja, meer vacatures dan werkzoekenden op het platform": (
        "oui, plus d'offres d'emploi que de demandeurs d'emploi sur la plateforme", "yes, more vacancies than job seekers on the platform"),
})

T.update({  # h12-employer: the VDAB administrator's list of employers' pending first administrators
    "Aanvragen van werkgevers": ("Demandes des employeurs", "Requests from employers"),
    "De aanvraag is bevestigd.": ("La demande est confirmée.", "The request is confirmed."),
    "De aanvraag is geweigerd.": ("La demande est refusée.", "The request is refused."),
    "Wie de eerste beheerder van een werkgever wil worden, wacht op uw bevestiging: de werkgever heeft nog geen beheerder die het kan doen. Controleer het ondernemingsnummer en de persoon. Weigert u de aanvraag van een werkgever die zich zo registreerde, dan wordt die werkgever niet bruikbaar.": (
        "Qui veut devenir le premier administrateur d'un employeur attend votre confirmation : l'employeur n'a pas encore "
        "d'administrateur qui puisse le faire. Vérifiez le numéro d'entreprise et la personne. Si vous refusez la demande d'un "
        "employeur qui s'est enregistré ainsi, cet employeur ne sera pas utilisable.",
        "Whoever wants to become the first administrator of an employer waits for your confirmation: the employer has no "
        "administrator yet who could do it. Check the enterprise number and the person. If you refuse the request of an employer "
        "that registered this way, that employer will not be usable."),
    "Aanvragen om eerste beheerder te worden": ("Demandes pour devenir premier administrateur", "Requests to become the first administrator"),
    "Werkgever": ("Employeur", "Employer"),
    "Ondernemingsnummer": ("Numéro d'entreprise", "Enterprise number"),
    "Aanvrager": ("Demandeur", "Applicant"),
    "Gevraagd op": ("Demandé le", "Requested on"),
    "nieuw, via deze aanvraag geregistreerd": ("nouveau, enregistré par cette demande", "new, registered by this request"),
    "Geen aanvragen die op u wachten.": ("Aucune demande ne vous attend.", "No requests waiting for you."),
    "geregistreerd via een aanvraag": ("enregistré par une demande", "registered by a request"),
    "registratie geweigerd op": ("enregistrement refusé le", "registration refused on"),
})

T.update({  # h12-employer: the skill-gap statistic as a page
    "Gemiste competenties": ("Compétences manquantes", "Missed competences"),
    "Competenties die werkgevers missen": ("Compétences qui manquent aux employeurs", "Competences employers miss"),
    "Welke gevraagde competenties werkgevers het vaakst misten bij kandidaten (terugkoppeling „ontbrekende competenties”), per beroep en provincie. Aantallen onder %(n)s tonen we niet, zodat niemand herkenbaar is.": (
        "Les compétences demandées qui manquaient le plus souvent aux candidats selon les employeurs (retour « compétences "
        "manquantes »), par métier et par province. Nous n'affichons pas les nombres inférieurs à %(n)s, afin que personne ne soit "
        "reconnaissable.",
        "Which asked competences employers most often missed in candidates (feedback “missing competences”), per occupation and "
        "province. We do not show numbers under %(n)s, so that nobody can be recognised."),
    "Hoe vaak werkgevers een competentie misten: de 15 hoogste getoonde aantallen. Dezelfde cijfers staan in de tabel.": (
        "Combien de fois les employeurs ont constaté l'absence d'une compétence : les 15 nombres affichés les plus élevés. Les "
        "mêmes chiffres figurent dans le tableau.",
        "How often employers missed a competence: the 15 highest numbers shown. The same figures are in the table."),
    "beroep onbekend": ("métier inconnu", "occupation unknown"),
    "provincie onbekend": ("province inconnue", "province unknown"),
    "Gemiste competenties per beroep en provincie": ("Compétences manquantes par métier et par province", "Missed competences per occupation and province"),
    "Keer gemist": ("Fois manquante", "Times missed"),
    "minder dan %(n)s": ("moins de %(n)s", "fewer than %(n)s"),
    "Nog geen terugkoppeling": ("Pas encore de retour", "No feedback yet"),
    "Werkgevers gaven nog geen terugkoppeling met ontbrekende competenties.": (
        "Les employeurs n'ont pas encore donné de retour mentionnant des compétences manquantes.",
        "Employers have not yet given feedback naming missing competences."),
})
T.update({  # h16-rest: the occupation reason of a match says what the occupation is to (issue 16 walk: "Hetzelfde beroep" for a target)
    "Gewenst beroep (geen werkervaring in dit beroep)": (
        "Métier souhaité (sans expérience dans ce métier)", "Desired occupation (no work experience in this occupation)"),
    "Verwant aan een gewenst beroep (zelfde ESCO-hoofdberoep)": (
        "Apparenté à un métier souhaité (même métier parent ESCO)", "Related to a desired occupation (same ESCO parent occupation)"),
    "Verwant aan een gewenst beroep (zelfde ISCO-beroepsgroep)": (
        "Apparenté à un métier souhaité (même groupe de base CITP)", "Related to a desired occupation (same ISCO unit group)"),
    "Beroep in dezelfde ISCO-subgroep als een gewenst beroep": (
        "Métier du même sous-groupe CITP qu'un métier souhaité", "Occupation in the same ISCO minor group as a desired occupation"),
})
T.update({  # h16-rest: the API's problem titles and default details in the request's language (issue 16 walk: "Not found")
    "Ongeldige aanvraag": ("Requête non valide", "Bad request"),
    "Niet aangemeld": ("Non connecté", "Unauthorized"),
    "Niet gevonden": ("Introuvable", "Not found"),
    "Methode niet toegestaan": ("Méthode non autorisée", "Method not allowed"),
    "Antwoordvorm niet beschikbaar": ("Format de réponse non disponible", "Not acceptable"),
    "Conflict met de huidige toestand": ("Conflit avec l'état actuel", "Conflict"),
    "Niet meer beschikbaar": ("N'est plus disponible", "Gone"),
    "Lengte van de aanvraag ontbreekt": ("Longueur de la requête manquante", "Length required"),
    "Voorwaarde niet vervuld": ("Condition non remplie", "Precondition failed"),
    "Aanvraag te groot": ("Requête trop volumineuse", "Payload too large"),
    "Inhoudstype niet ondersteund": ("Type de contenu non pris en charge", "Unsupported media type"),
    "Ongeldige invoer": ("Saisie non valide", "Invalid input"),
    "Versie vereist": ("Version requise", "Precondition required"),
    "Te veel aanvragen": ("Trop de requêtes", "Too many requests"),
    "Interne fout": ("Erreur interne", "Internal server error"),
    "Dienst tijdelijk niet beschikbaar": ("Service temporairement indisponible", "Service unavailable"),
    "Overgang niet toegestaan": ("Transition non autorisée", "Transition not allowed"),
    "Intussen door iemand anders gewijzigd": ("Modifié entre-temps par quelqu'un d'autre", "Changed by someone else"),
    "Onvoldoende saldo": ("Solde insuffisant", "Insufficient balance"),
    "Idempotentiesleutel al gebruikt met een andere inhoud": (
        "Clé d'idempotence déjà utilisée avec un autre contenu", "Idempotency key reused with other content"),
    "Fout": ("Erreur", "Error"),
    "U hebt geen toegang tot dit gegeven of deze handeling.": (
        "Vous n'avez pas accès à cette donnée ou à cette action.", "You have no access to this data or action."),
    "Het gevraagde werd niet gevonden, of valt niet binnen uw toegang.": (
        "L'élément demandé est introuvable ou ne relève pas de votre accès.", "What you asked for was not found, or is outside your access."),
    "Dit adres aanvaardt deze methode niet.": ("Cette adresse n'accepte pas cette méthode.", "This address does not accept this method."),
    "Het antwoord bestaat niet in de gevraagde vorm (zie de kop Accept).": (
        "La réponse n'existe pas dans le format demandé (voir l'en-tête Accept).",
        "The answer does not exist in the form asked for (see the Accept header)."),
    "De aanvraag botst met de huidige toestand van de gegevens.": (
        "La requête est en conflit avec l'état actuel des données.", "The request conflicts with the current state of the data."),
    "Dit bestaat niet meer.": ("Ceci n'existe plus.", "This no longer exists."),
    "Vermeld de lengte van de aanvraag (Content-Length).": (
        "Indiquez la longueur de la requête (Content-Length).", "State the length of the request (Content-Length)."),
    "De gegevens werden intussen gewijzigd; lees ze opnieuw.": (
        "Les données ont été modifiées entre-temps ; relisez-les.", "The data was changed in the meantime; read it again."),
    "Dit inhoudstype wordt niet aanvaard (zie /api/v1/docs).": (
        "Ce type de contenu n'est pas accepté (voir /api/v1/docs).", "This content type is not accepted (see /api/v1/docs)."),
    "De invoer is ongeldig.": ("La saisie n'est pas valide.", "The input is not valid."),
    "Vermeld de versie die u las (kop If-Match of veld version).": (
        "Indiquez la version que vous avez lue (en-tête If-Match ou champ version).",
        "State the version you read (If-Match header or version field)."),
    "Te veel aanvragen na elkaar; probeer het later opnieuw.": (
        "Trop de requêtes successives ; réessayez plus tard.", "Too many requests in a row; try again later."),
    "De dienst is tijdelijk niet beschikbaar; probeer het later opnieuw.": (
        "Le service est temporairement indisponible ; réessayez plus tard.", "The service is temporarily unavailable; try again later."),
})
T.update({  # h16-rest: the statistics CSV carries every table of the page
    "Een lege cel: niet getoond (klein aantal of eruit af te leiden).": (
        "Une cellule vide : non affichée (petit nombre ou déductible).", "An empty cell: not shown (small number or derivable)."),
})
T.update({  # h16-rest: the API page says which members of a problem are stable and which are translated
    "<code>type</code> en <code>status</code> zijn in elke taal dezelfde: daarop herkent een toepassing de fout. <code>title</code> en <code>detail</code> staan in de taal van de aanvraag (<code>Accept-Language</code>; zonder die kop in het Nederlands).": (
        "<code>type</code> et <code>status</code> sont les mêmes dans toutes les langues : c'est sur eux qu'une application reconnaît "
        "l'erreur. <code>title</code> et <code>detail</code> sont dans la langue de la requête (<code>Accept-Language</code> ; sans "
        "cet en-tête, en néerlandais).",
        "<code>type</code> and <code>status</code> are the same in every language: an application recognises the error by them. "
        "<code>title</code> and <code>detail</code> are in the language of the request (<code>Accept-Language</code>; without that "
        "header, in Dutch)."),
})
T.update({  # attack round 4 (h-attack-fix): booked sessions keep their dates, a vacancy's workplace stays, logs
    "opleidingen: opleiding als gevolgd bevestigd (leerrekening besteed, bewijs uitgereikt)": (
        "formations : formation confirmée comme suivie (compte de formation dépensé, attestation délivrée)",
        "training: course confirmed as followed (learning account spent, credential issued)"),
    "competentiepaspoort: gedeelde link bekeken (bewijzen: %(titles)s)": (
        "passeport de compétences : lien partagé consulté (attestations : %(titles)s)",
        "skills passport: shared link viewed (credentials: %(titles)s)"),
    "startdatum bij inschrijving": ("date de début lors de l'inscription", "start date when booked"),
    "einddatum bij inschrijving": ("date de fin lors de l'inscription", "end date when booked"),
    "sessie %(sid)s heeft lopende inschrijvingen: haar data (%(was)s) wijzigen niet meer. Trek de sessie in (de inschrijvingen "
    "worden dan geannuleerd en terugbetaald) en bied een nieuwe sessie aan.": (
        "la session %(sid)s a des inscriptions en cours : ses dates (%(was)s) ne changent plus. Retirez la session (les inscriptions "
        "sont alors annulées et remboursées) et proposez une nouvelle session.",
        "session %(sid)s has live bookings: its dates (%(was)s) no longer change. Withdraw the session (the bookings are then "
        "cancelled and refunded) and offer a new session."),
    "sessie %(sid)s heeft lopende inschrijvingen: ze kan niet naar een dag in het verleden verschuiven.": (
        "la session %(sid)s a des inscriptions en cours : elle ne peut pas être déplacée à un jour passé.",
        "session %(sid)s has live bookings: it cannot move to a day in the past."),
    "Deze levering verschuift sessies met lopende inschrijvingen (%(n)s); er is niets opgeslagen.": (
        "Cette livraison déplace des sessions avec des inscriptions en cours (%(n)s) ; rien n'a été enregistré.",
        "This delivery moves sessions with live bookings (%(n)s); nothing was saved."),
    "De werkplek van een vacature die al kandidaten had, wijzigt niet meer. Sluit deze vacature en plaats een nieuwe met de "
    "nieuwe werkplek.": (
        "Le lieu de travail d'une offre qui a déjà eu des candidats ne change plus. Clôturez cette offre et publiez-en une nouvelle "
        "avec le nouveau lieu de travail.",
        "The workplace of a vacancy that has had candidates no longer changes. Close this vacancy and post a new one with the new "
        "workplace."),
})
T.update({  # hw16b: the employer sees the competences of who applied (walk of issue 16)
    "sollicitaties voor vacature %(n1)s (naam, toestand, competenties en de gevraagde competenties die de kandidaat heeft)": (
        "candidatures pour l'offre %(n1)s (nom, état, compétences et compétences demandées que le candidat possède)",
        "applications for vacancy %(n1)s (name, state, competences and the requested competences the candidate has)"),
    "kandidaat: competenties en de gevraagde competenties die de kandidaat heeft": (
        "candidat : compétences et compétences demandées que le candidat possède",
        "candidate: competences and the requested competences the candidate has"),
    "Gevraagd en aanwezig:": ("Demandées et présentes :", "Requested and present:"),
    "Gevraagd, niet in het profiel:": ("Demandées, absentes du profil :", "Requested, not in the profile:"),
    "Andere competenties:": ("Autres compétences :", "Other competences:"),
    "Geen competenties in het profiel.": ("Aucune compétence dans le profil.", "No competences in the profile."),
    "Voor uw vacature “%(title)s”": ("Pour votre offre « %(title)s »", "For your vacancy “%(title)s”"),
    "Deze werkgever vond uw profiel zonder uw naam en nodigt u uit. Als u interesse toont, ziet de werkgever uw naam, contactgegevens en profiel: uw competenties (en welke van de gevraagde u hebt), onderwijsniveau, talen, rijbewijzen en digitale vaardigheden.": (
        "Cet employeur a trouvé votre profil sans votre nom et vous invite. Si vous montrez votre intérêt, l'employeur voit votre nom, "
        "vos coordonnées et votre profil : vos compétences (et lesquelles de celles demandées vous avez), niveau d'études, langues, "
        "permis de conduire et compétences numériques.",
        "This employer found your profile without your name and invites you. If you show interest, the employer sees your name, contact "
        "details and profile: your competences (and which of the requested ones you have), education level, languages, driving licences "
        "and digital skills."),
    "Als u solliciteert, ziet de werkgever uw naam, contactgegevens en profiel: uw competenties (en welke van de gevraagde u hebt), onderwijsniveau, talen, rijbewijzen en digitale vaardigheden. Uw INSZ, uw leeftijd en uw status ziet de werkgever nooit.": (
        "Si vous postulez, l'employeur voit votre nom, vos coordonnées et votre profil : vos compétences (et lesquelles de celles "
        "demandées vous avez), niveau d'études, langues, permis de conduire et compétences numériques. L'employeur ne voit jamais votre "
        "NISS, votre âge ni votre statut.",
        "If you apply, the employer sees your name, contact details and profile: your competences (and which of the requested ones you "
        "have), education level, languages, driving licences and digital skills. The employer never sees your national register "
        "number, your age or your status."),
})
PLURALS.update({  # hw16b: the match explanation on the employer's applications page
    "Heeft %(have)s van de %(n)s gevraagde competentie": (
        ("A %(have)s des %(n)s compétence demandée", "A %(have)s des %(n)s compétences demandées"),
        ("Has %(have)s of the %(n)s requested competence", "Has %(have)s of the %(n)s requested competences")),
})
T.update({  # hw16b: suggested competences rejected all at once, in place
    "Alles afwijzen": ("Tout refuser", "Reject all"),
})
T.update({  # hw16b: screening explanations say the value behind a factor (walk of issue 16)
    "het ontbreken van werkervaring in de laatste twee jaar": ("l'absence d'expérience professionnelle au cours des deux dernières années",
                                                               "the lack of work experience in the last two years"),
    "het rijbewijs": ("le permis de conduire", "the driving licence"),
    "uw rijbewijs": ("votre permis de conduire", "your driving licence"),
    "het ontbreken van een rijbewijs": ("l'absence de permis de conduire", "not having a driving licence"),
    "%(years)s en %(months)s": ("%(years)s et %(months)s", "%(years)s and %(months)s"),
    "Niet zelfredzaam: zelfstandig zoeken past alleen bij een korte afstand tot de arbeidsmarkt; deze persoon heeft een %(category)s.": (
        "Pas autonome : la recherche autonome ne convient qu'à une courte distance au marché du travail ; cette personne est à une %(category)s.",
        "Not self-reliant: searching independently suits only a short distance to the labour market; this person is at a %(category)s."),
})
T.update({  # hw16a: the second browser walk of issue 16 (model card in words)
    "verhouding fout-positieven": ("rapport des faux positifs", "ratio of false positives"),
    "ja": ("oui", "yes"),
    "nee": ("non", "no"),
    "onbekend": ("inconnu", "unknown"),
    "Belg": ("Belge", "Belgian"),
    "EU": ("UE", "EU"),
    "niet-EU": ("hors UE", "non-EU"),
    "verborgen: een kleine groep, of een groep waaruit met het totaal een kleine groep te berekenen is": ("masqué : un petit groupe, ou un groupe à partir duquel, avec le total, on pourrait calculer un petit groupe",
           "hidden: a small group, or a group from which, with the total, a small group could be calculated"),
    "Thema wisselen (nu: automatisch, zoals uw toestel)": ("Changer de thème (actuel : automatique, comme votre appareil)",
                                                          "Switch theme (now: automatic, as your device)"),
    "Thema wisselen (nu: licht)": ("Changer de thème (actuel : clair)", "Switch theme (now: light)"),
    "Thema wisselen (nu: donker)": ("Changer de thème (actuel : sombre)", "Switch theme (now: dark)"),
    "Intrekken…": ("Retirer…", "Withdraw…"),
    "Wilt u uw toestemming voor „%(label)s” intrekken? U kunt ze later opnieuw geven.": (
        "Voulez-vous retirer votre consentement pour « %(label)s » ? Vous pourrez le redonner plus tard.",
        "Do you want to withdraw your consent for “%(label)s”? You can give it again later."),
    "Ja, toestemming intrekken": ("Oui, retirer le consentement", "Yes, withdraw consent"),
    "Voorstel van de regel: %(decision)s": ("Proposition de la règle : %(decision)s", "The rule's proposal: %(decision)s"),
})

# attack round 5 (h-at5)
T.update({
    "U vroeg te veel suggesties aan; probeer opnieuw over %(seconds)s seconden.": (
        "Vous avez demandé trop de suggestions ; réessayez dans %(seconds)s secondes.",
        "You asked for too many suggestions; try again in %(seconds)s seconds."),
    "Deze toegang mag enkel lezen.": ("Cet accès ne permet que la lecture.", "This access is read-only."),
    "U mag dit dossier niet raadplegen met dit doel.": ("Vous ne pouvez pas consulter ce dossier dans ce but.",
                                                       "You may not consult this file for this purpose."),
    "Kies een aanvraag uit de lijst.": ("Choisissez une demande dans la liste.", "Choose a request from the list."),
})
# walk 2m: the booking confirmation when the learning account pays everything for a course payable with cheques
T.update({
    "Opleidingscheques zijn voor deze inschrijving niet nodig: uw leer- en loopbaanrekening betaalt de volledige prijs.": (
        "Les chèques-formation ne sont pas nécessaires pour cette inscription : votre compte formation et carrière paie le prix complet.",
        "Training vouchers are not needed for this booking: your learning and career account pays the full price."),
    "Opleidingscheques zijn voor deze inschrijving niet nodig: uw leer- en loopbaanrekening betaalt de volledige prijs. "
    "Anders zou u met opleidingscheques %(government)s steun van de Vlaamse overheid krijgen (u betaalt zelf %(own)s "
    "voor cheques ter waarde van %(value)s).": (
        "Les chèques-formation ne sont pas nécessaires pour cette inscription : votre compte formation et carrière paie le prix complet. "
        "Sinon, les chèques-formation vous apporteraient %(government)s d'aide du gouvernement flamand (vous payez vous-même %(own)s "
        "pour des chèques d'une valeur de %(value)s).",
        "Training vouchers are not needed for this booking: your learning and career account pays the full price. "
        "Otherwise, training vouchers would give you %(government)s of support from the Flemish government (you pay %(own)s "
        "yourself for vouchers worth %(value)s)."),
})
PLURALS.update({  # h-walk2: the hiring measures closed on the hiring date, collapsed
    "%(n)s maatregel niet meer van kracht op %(day)s": (
        ("%(n)s mesure qui n'est plus en vigueur le %(day)s", "%(n)s mesures qui ne sont plus en vigueur le %(day)s"),
        ("%(n)s measure no longer in force on %(day)s", "%(n)s measures no longer in force on %(day)s")),
})
# h-ref: a counsellor's referral records how and on which day the person agreed, shown to the person, VDAB and the employer
T.update({
    "in een gesprek": ("lors d'un entretien", "in a conversation"),
    "telefonisch": ("par téléphone", "by phone"),
    "per bericht (e-mail, sms of het platform)": ("par message (e-mail, SMS ou la plateforme)", "by message (e-mail, text message or the platform)"),
    "hoe de persoon akkoord ging": ("comment la personne a donné son accord", "how the person agreed"),
    "akkoord van de persoon op": ("accord de la personne le", "the person's agreement on"),
    "akkoord geregistreerd door": ("accord enregistré par", "agreement recorded by"),
    "akkoord geregistreerd op": ("accord enregistré le", "agreement recorded on"),
    "Hoe ging de persoon akkoord?": ("Comment la personne a-t-elle donné son accord ?", "How did the person agree?"),
    "Op welke dag ging de persoon akkoord?": ("Quel jour la personne a-t-elle donné son accord ?", "On which day did the person agree?"),
    "Bevestig dat de persoon akkoord gaat met deze doorverwijzing.": (
        "Confirmez que la personne est d'accord avec cette orientation.", "Confirm that the person agrees to this referral."),
    "Kies hoe de persoon akkoord ging.": ("Choisissez comment la personne a donné son accord.", "Choose how the person agreed."),
    "Geef de datum waarop de persoon akkoord ging (DD/MM/JJJJ).": (
        "Indiquez la date à laquelle la personne a donné son accord (JJ/MM/AAAA).", "Give the date on which the person agreed (DD/MM/YYYY)."),
    "De datum van het akkoord ligt in de toekomst.": ("La date de l'accord est dans le futur.", "The date of the agreement is in the future."),
    "De persoon kan niet akkoord gegaan zijn vóór de vacature bestond (%(day)s).": (
        "La personne ne peut pas avoir donné son accord avant que l'offre d'emploi n'existe (%(day)s).",
        "The person cannot have agreed before the vacancy existed (%(day)s)."),
    "Doorverwijzen kan alleen met het akkoord van de persoon: er is niets doorverwezen.": (
        "Une orientation n'est possible qu'avec l'accord de la personne : rien n'a été transmis.",
        "A referral is only possible with the person's agreement: nothing was referred."),
    "VDAB verwees u door met uw akkoord op %(day)s (%(how)s).": (
        "Le VDAB vous a orienté vers cette offre avec votre accord du %(day)s (%(how)s).",
        "VDAB referred you with your agreement on %(day)s (%(how)s)."),
    "VDAB verwees deze kandidaat door met het akkoord van de persoon op %(day)s.": (
        "Le VDAB a orienté ce candidat vers vous avec l'accord de la personne du %(day)s.",
        "VDAB referred this candidate with the person's agreement on %(day)s."),
    "Doorverwezen door %(who)s met het akkoord van de persoon op %(day)s (%(how)s), geregistreerd op %(at)s.": (
        "Orienté par %(who)s avec l'accord de la personne du %(day)s (%(how)s), enregistré le %(at)s.",
        "Referred by %(who)s with the person's agreement on %(day)s (%(how)s), recorded on %(at)s."),
    "Ging u toch niet akkoord? Trek de sollicitatie dan in op de pagina van de vacature en laat het uw bemiddelaar weten.": (
        "Vous n'étiez finalement pas d'accord ? Retirez alors la candidature sur la page de l'offre et prévenez votre conseiller.",
        "Did you not agree after all? Then withdraw the application on the vacancy's page and let your counsellor know."),
    "Doorverwezen door %(who)s; de persoon ging %(how)s akkoord op %(day)s met deze sollicitatie en met het delen van het "
    "profiel met %(employer)s": (
        "Orienté par %(who)s ; la personne a donné son accord %(how)s le %(day)s pour cette candidature et pour le partage du "
        "profil avec %(employer)s",
        "Referred by %(who)s; the person agreed %(how)s on %(day)s to this application and to sharing the profile with %(employer)s"),
})
# h-meas (issue 12, stop 33 open points): the conditions of each support measure as plain sentences
# (werkregie/vacancies/measure_sentences.py) and the amount "if the conditions are met" for a candidate who did not share
T.update({
    "weken": ("semaines", "weeks"),
    "daarna niets": ("ensuite rien", "nothing after that"),
    "%(amount)s vanaf kwartaal %(first)s": ("%(amount)s à partir du trimestre %(first)s", "%(amount)s from quarter %(first)s"),
    "%(amount)s in kwartaal %(first)s": ("%(amount)s au trimestre %(first)s", "%(amount)s in quarter %(first)s"),
    "%(amount)s in de kwartalen %(first)s tot %(last)s": ("%(amount)s aux trimestres %(first)s à %(last)s",
                                                          "%(amount)s in quarters %(first)s to %(last)s"),
    "even lang als": ("aussi longtemps que", "as long as"),
    "%(n)s keer zo lang als": ("%(n)s fois plus longtemps que", "%(n)s times as long as"),
    "De vermindering bedraagt %(value)s per kwartaal.": ("La réduction s'élève à %(value)s par trimestre.", "The reduction is %(value)s per quarter."),
    "De vermindering loopt %(value)s, het kwartaal van de aanwerving meegeteld.": (
        "La réduction court pendant %(value)s, trimestre de l'engagement compris.", "The reduction runs for %(value)s, the quarter of hiring included."),
    "De werknemer is op de laatste dag van het kwartaal van de aanwerving jonger dan %(value)s.": (
        "Le travailleur a moins de %(value)s le dernier jour du trimestre de l'engagement.",
        "The worker is younger than %(value)s on the last day of the quarter of hiring."),
    "De werknemer is op de laatste dag van het kwartaal van de aanwerving minstens %(value)s.": (
        "Le travailleur a au moins %(value)s le dernier jour du trimestre de l'engagement.",
        "The worker is at least %(value)s on the last day of the quarter of hiring."),
    "Het kwartaalloon van de werknemer is lager dan %(value)s.": ("Le salaire trimestriel du travailleur est inférieur à %(value)s.",
                                                                  "The worker's quarterly wage is below %(value)s."),
    "Bij een tewerkstelling onder %(value)s van een voltijdse is er geen vermindering.": (
        "En dessous d'une occupation de %(value)s d'un temps plein, il n'y a pas de réduction.",
        "Below %(value)s of a full-time job there is no reduction."),
    "Vanaf een tewerkstelling van %(value)s van een voltijdse is de volledige vermindering verschuldigd, daaronder een deel naar verhouding.": (
        "À partir d'une occupation de %(value)s d'un temps plein, la réduction complète est due ; en dessous, une part proportionnelle.",
        "From %(value)s of a full-time job the full reduction is due; below that, a proportional part."),
    "De werkzoekende was vóór de aanwerving minstens %(value)s ingeschreven als niet-werkende werkzoekende.": (
        "Le demandeur d'emploi était inscrit comme demandeur d'emploi inoccupé pendant au moins %(value)s avant l'engagement.",
        "The job seeker was registered as a non-working job seeker for at least %(value)s before the hiring."),
    "Een VOP van bepaalde duur (2 jaar) betaalt een deel van het begrensde referteloon, per kwartaal van de VOP: %(value)s.": (
        "Une VOP à durée déterminée (2 ans) paie une part du salaire de référence plafonné, par trimestre de la VOP : %(value)s.",
        "A fixed-term VOP (2 years) pays a share of the capped reference wage, per quarter of the VOP: %(value)s."),
    "Een VOP van onbepaalde duur (5 jaar) betaalt een deel van het begrensde referteloon, per kwartaal van de VOP: %(value)s.": (
        "Une VOP à durée indéterminée (5 ans) paie une part du salaire de référence plafonné, par trimestre de la VOP : %(value)s.",
        "An open-ended VOP (5 years) pays a share of the capped reference wage, per quarter of the VOP: %(value)s."),
    "Een verhoogde VOP (uitzonderlijk, op gemotiveerde aanvraag na controle door VDAB) bedraagt hoogstens %(value)s van het begrensde referteloon.": (
        "Une VOP majorée (exceptionnelle, sur demande motivée après contrôle par le VDAB) s'élève au plus à %(value)s du salaire de référence plafonné.",
        "An increased VOP (exceptional, on a reasoned request checked by VDAB) is at most %(value)s of the capped reference wage."),
    "Het gemiddeld gewaarborgd minimummaandinkomen (het minimumloon voor een voltijdse werknemer van 18 jaar of ouder) bedraagt %(value)s bruto per maand.": (
        "Le revenu minimum mensuel moyen garanti (le salaire minimum d'un travailleur à temps plein de 18 ans ou plus) s'élève à %(value)s bruts par mois.",
        "The average guaranteed minimum monthly income (the minimum wage of a full-time worker aged 18 or over) is %(value)s gross a month."),
    "Het referteloon is het brutoloon van de werknemer, begrensd op %(value)s keer dat minimummaandinkomen.": (
        "Le salaire de référence est le salaire brut du travailleur, plafonné à %(value)s fois ce revenu minimum mensuel.",
        "The reference wage is the worker's gross wage, capped at %(value)s times that minimum monthly income."),
    "De werkgever krijgt %(value)s terug per uur Vlaams opleidingsverlof.": (
        "L'employeur est remboursé de %(value)s par heure de congé-formation flamand.",
        "The employer is refunded %(value)s per hour of Flemish training leave."),
    "Een voltijdse werknemer heeft per schooljaar recht op hoogstens %(value)s Vlaams opleidingsverlof.": (
        "Un travailleur à temps plein a droit à au plus %(value)s de congé-formation flamand par année scolaire.",
        "A full-time worker is entitled to at most %(value)s of Flemish training leave per school year."),
    "Tijdens het opleidingsverlof betaalt de werkgever het loon door tot hoogstens %(value)s bruto per maand.": (
        "Pendant le congé-formation, l'employeur maintient le salaire jusqu'à %(value)s bruts par mois au plus.",
        "During training leave the employer keeps paying the wage up to at most %(value)s gross a month."),
    "De werknemer werkt minstens %(value)s van een voltijdse; een deeltijdse krijgt de uren naar verhouding.": (
        "Le travailleur travaille au moins à %(value)s d'un temps plein ; un travailleur à temps partiel reçoit les heures au prorata.",
        "The worker works at least %(value)s of a full-time job; a part-time worker gets the hours pro rata."),
    "Voor opleidingen op initiatief van de werkgever komen er per schooljaar hoogstens %(value)s bij.": (
        "Pour les formations à l'initiative de l'employeur, au plus %(value)s s'y ajoutent par année scolaire.",
        "For training on the employer's initiative, at most %(value)s more per school year."),
    "Een IBO duurt hoogstens %(value)s.": ("Une FPI dure au plus %(value)s.", "An IBO lasts at most %(value)s."),
    "Na de IBO werft de werkgever de cursist aan met een contract van onbepaalde duur, of van bepaalde duur dat minstens %(value)s de IBO duurt.": (
        "Après la FPI, l'employeur engage le stagiaire par un contrat à durée indéterminée, ou à durée déterminée qui dure au moins %(value)s la FPI.",
        "After the IBO the employer hires the trainee on an open-ended contract, or a fixed-term one lasting at least %(value)s the IBO."),
    "Het variabele deel van de begeleidingspremie bij een lage begeleidingsnood bedraagt %(value)s per kwartaal (voltijds).": (
        "La partie variable de la prime d'accompagnement pour un faible besoin d'accompagnement s'élève à %(value)s par trimestre (temps plein).",
        "The variable part of the guidance premium for a low need of guidance is %(value)s per quarter (full time)."),
    "Het variabele deel van de begeleidingspremie bij een gemiddelde begeleidingsnood bedraagt %(value)s per kwartaal (voltijds).": (
        "La partie variable de la prime d'accompagnement pour un besoin d'accompagnement moyen s'élève à %(value)s par trimestre (temps plein).",
        "The variable part of the guidance premium for an average need of guidance is %(value)s per quarter (full time)."),
    "Het variabele deel van de begeleidingspremie bij een hoge begeleidingsnood bedraagt %(value)s per kwartaal (voltijds).": (
        "La partie variable de la prime d'accompagnement pour un besoin d'accompagnement élevé s'élève à %(value)s par trimestre (temps plein).",
        "The variable part of the guidance premium for a high need of guidance is %(value)s per quarter (full time)."),
    "Het vaste deel van de begeleidingspremie bedraagt %(value)s per kwartaal per werknemer in de doelgroep.": (
        "La partie fixe de la prime d'accompagnement s'élève à %(value)s par trimestre et par travailleur du groupe cible.",
        "The fixed part of the guidance premium is %(value)s per quarter per worker in the target group."),
    "De loonpremie bedraagt minstens %(value)s van het begrensde referteloon.": (
        "La prime salariale s'élève au moins à %(value)s du salaire de référence plafonné.", "The wage premium is at least %(value)s of the capped reference wage."),
    "De loonpremie bedraagt hoogstens %(value)s van het begrensde referteloon.": (
        "La prime salariale s'élève au plus à %(value)s du salaire de référence plafonné.", "The wage premium is at most %(value)s of the capped reference wage."),
    "Startpakket 1 (ook bij herintreding na een doorstroomtraject) geeft een loonpremie van %(value)s van het begrensde referteloon.": (
        "Le paquet de départ 1 (aussi lors d'un retour après un trajet de transition) donne une prime salariale de %(value)s du salaire de référence plafonné.",
        "Start package 1 (also on re-entry after a transition pathway) gives a wage premium of %(value)s of the capped reference wage."),
    "Startpakket 2 geeft een loonpremie van %(value)s van het begrensde referteloon.": (
        "Le paquet de départ 2 donne une prime salariale de %(value)s du salaire de référence plafonné.",
        "Start package 2 gives a wage premium of %(value)s of the capped reference wage."),
    "Het vaste deel van de begeleidingspremie, per kwartaal van het maatwerk: %(value)s.": (
        "La partie fixe de la prime d'accompagnement, par trimestre du travail adapté : %(value)s.",
        "The fixed part of the guidance premium, per quarter of the customised employment: %(value)s."),
    "Startpakket 1 (hoogstens 2 jaar) geeft als loonpremie een deel van het begrensde referteloon: %(value)s.": (
        "Le paquet de départ 1 (2 ans au plus) donne comme prime salariale une part du salaire de référence plafonné : %(value)s.",
        "Start package 1 (at most 2 years) gives as wage premium a share of the capped reference wage: %(value)s."),
    "Startpakket 2 (5 jaar, nood aan loonpremie) geeft als loonpremie een deel van het begrensde referteloon: %(value)s.": (
        "Le paquet de départ 2 (5 ans, besoin d'une prime salariale) donne comme prime salariale une part du salaire de référence plafonné : %(value)s.",
        "Start package 2 (5 years, need of a wage premium) gives as wage premium a share of the capped reference wage: %(value)s."),
    "Startpakket 3 (5 jaar, verhoogde loonpremie of advies collectief maatwerk) geeft als loonpremie een deel van het begrensde referteloon: %(value)s.": (
        "Le paquet de départ 3 (5 ans, prime salariale majorée ou avis de travail adapté collectif) donne comme prime salariale une part du salaire de référence plafonné : %(value)s.",
        "Start package 3 (5 years, increased wage premium or advice for collective customised employment) gives as wage premium a share of the capped reference wage: %(value)s."),
    "Startpakket 4 (5 jaar, in een maatwerkbedrijf op advies collectief maatwerk) geeft als loonpremie een deel van het begrensde referteloon: %(value)s.": (
        "Le paquet de départ 4 (5 ans, dans une entreprise de travail adapté sur avis de travail adapté collectif) donne comme prime salariale une part du salaire de référence plafonné : %(value)s.",
        "Start package 4 (5 years, in a customised-employment company on advice for collective customised employment) gives as wage premium a share of the capped reference wage: %(value)s."),
    "De werkzoekende is vóór de aanwerving minstens %(months)s maanden ingeschreven als niet-werkende werkzoekende.": (
        "Le demandeur d'emploi est inscrit comme demandeur d'emploi inoccupé depuis au moins %(months)s mois avant l'engagement.",
        "The job seeker has been registered as a non-working job seeker for at least %(months)s months before the hiring."),
    "De werkzoekende is bij de aanwerving ingeschreven als niet-werkende werkzoekende.": (
        "Le demandeur d'emploi est inscrit comme demandeur d'emploi inoccupé lors de l'engagement.",
        "The job seeker is registered as a non-working job seeker at the hiring."),
    "De werknemer is op de laatste dag van het kwartaal van de aanwerving %(low)s jaar of ouder en jonger dan %(high)s jaar.": (
        "Le dernier jour du trimestre de l'engagement, le travailleur a %(low)s ans ou plus et moins de %(high)s ans.",
        "On the last day of the quarter of hiring the worker is %(low)s or older and younger than %(high)s."),
    "De werknemer is op de laatste dag van het kwartaal van de aanwerving %(low)s jaar of ouder.": (
        "Le dernier jour du trimestre de l'engagement, le travailleur a %(low)s ans ou plus.",
        "On the last day of the quarter of hiring the worker is %(low)s or older."),
    "De werknemer is op de laatste dag van het kwartaal van de aanwerving jonger dan %(high)s jaar.": (
        "Le dernier jour du trimestre de l'engagement, le travailleur a moins de %(high)s ans.",
        "On the last day of the quarter of hiring the worker is younger than %(high)s."),
    "De jongere heeft hoogstens een diploma secundair onderwijs.": (
        "Le jeune a au plus un diplôme de l'enseignement secondaire.", "The young person has at most a secondary school diploma."),
    "De jongere heeft geen diploma secundair onderwijs.": (
        "Le jeune n'a pas de diplôme de l'enseignement secondaire.", "The young person has no secondary school diploma."),
    "De jongere heeft een VDAB-loopbaanportfolio met studiegegevens, is niet meer voltijds leerplichtig en werkt minstens halftijds.": (
        "Le jeune a un portfolio de carrière VDAB avec ses données d'études, n'est plus soumis à l'obligation scolaire à temps plein et travaille au moins à mi-temps.",
        "The young person has a VDAB career portfolio with study data, is no longer in full-time compulsory education and works at least half time."),
    "Als de kandidaat aan de voorwaarden voldoet: € %(amount)s per kwartaal gedurende %(n)s kwartalen, € %(total)s in totaal.": (
        "Si le candidat remplit les conditions : € %(amount)s par trimestre pendant %(n)s trimestres, € %(total)s au total.",
        "If the candidate meets the conditions: € %(amount)s per quarter for %(n)s quarters, € %(total)s in total."),
    "Als de kandidaat aan de voorwaarden voldoet: € %(total)s in totaal, in twee betalingen na 3 en na 12 maanden tewerkstelling.": (
        "Si le candidat remplit les conditions : € %(total)s au total, en deux paiements après 3 et après 12 mois d'occupation.",
        "If the candidate meets the conditions: € %(total)s in total, in two payments after 3 and after 12 months of employment."),
    "Dat bedrag geldt voor elke kandidaat die aan de voorwaarden voldoet; het is niet berekend met de gegevens van deze kandidaat.": (
        "Ce montant vaut pour tout candidat qui remplit les conditions ; il n'est pas calculé avec les données de ce candidat.",
        "That amount holds for any candidate who meets the conditions; it is not computed with this candidate's data."),
    "Ook als de kandidaat aan de voorwaarden voldoet, levert deze aanwerving niets op: de vacature haalt de voorwaarden aan de kant van de werkgever niet.": (
        "Même si le candidat remplit les conditions, cet engagement ne rapporte rien : l'offre ne remplit pas les conditions du côté de l'employeur.",
        "Even if the candidate meets the conditions, this hire brings nothing: the vacancy does not meet the conditions on the employer's side."),
    "Bedrag per kwartaal als de kandidaat aan de voorwaarden voldoet": (
        "Montant par trimestre si le candidat remplit les conditions", "Amount per quarter if the candidate meets the conditions"),
})
# issue 12 (h-json): a JSON body of another shape than the operation declares (werkregie/api/bodies.py)
T.update({
    "moet een JSON-object zijn ({…})": ("doit être un objet JSON ({…})", "must be a JSON object ({…})"),
    "moet een JSON-lijst zijn ([…])": ("doit être une liste JSON ([…])", "must be a JSON array ([…])"),
    "De inhoud van de aanvraag moet een JSON-object zijn ({…}), zoals gedocumenteerd op /api/v1/docs.": (
        "Le contenu de la requête doit être un objet JSON ({…}), comme documenté sur /api/v1/docs.",
        "The request body must be a JSON object ({…}), as documented at /api/v1/docs."),
    "De inhoud van de aanvraag moet een JSON-lijst zijn ([…]), zoals gedocumenteerd op /api/v1/docs.": (
        "Le contenu de la requête doit être une liste JSON ([…]), comme documenté sur /api/v1/docs.",
        "The request body must be a JSON array ([…]), as documented at /api/v1/docs."),
})
# issue 16 point 6 (h1-errors): the API's problem details and field messages, in the reader's language
T.update({
    "%(key)s heeft geen waarde op %(day)s.": ("%(key)s n'a pas de valeur au %(day)s.", "%(key)s has no value on %(day)s."),
    "'%(value)s' is geen gekend probleemdomein; kies uit: %(choices)s": (
        "'%(value)s' n'est pas un domaine de problème connu ; choisissez parmi : %(choices)s",
        "'%(value)s' is not a known problem area; choose from: %(choices)s"),
    "'%(value)s' is geen geldige keuze; kies een van: %(choices)s": (
        "'%(value)s' n'est pas un choix valable ; choisissez parmi : %(choices)s",
        "'%(value)s' is not a valid choice; choose one of: %(choices)s"),
    "'%(value)s' is geen ja/nee-waarde": ("'%(value)s' n'est pas une valeur oui/non", "'%(value)s' is not a yes/no value"),
    "0 of meer": ("0 ou plus", "0 or more"),
    "Alleen voor analisten, bemiddelaars en beheerders.": (
        "Réservé aux analystes, aux conseillers et aux administrateurs.", "For analysts, counsellors and administrators only."),
    "Alleen voor de andere gewestelijke diensten, arbeidsbemiddelaars en beheerders.": (
        "Réservé aux autres services régionaux de l'emploi, aux agences de placement et aux administrateurs.",
        "For the other regional employment services, placement agencies and administrators only."),
    "Alleen voor werkgevers en VDAB.": ("Réservé aux employeurs et au VDAB.", "For employers and VDAB only."),
    "Alleen voor werkgevers.": ("Réservé aux employeurs.", "For employers only."),
    "Beide personen moeten binnen uw toegang vallen.": (
        "Les deux personnes doivent être dans votre accès.", "Both persons must be within your access."),
    "De beoordeling is niet geregistreerd: controleer de gemarkeerde velden.": (
        "L'évaluation n'est pas enregistrée : vérifiez les champs marqués.", "The assessment was not recorded: check the marked fields."),
    "De beoordeling is onvolledig.": ("L'évaluation est incomplète.", "The assessment is incomplete."),
    "De gegevens van de persoon zijn niet geldig.": ("Les données de la personne ne sont pas valables.", "The person's data are not valid."),
    "De gegevens werden tegelijk door iemand anders gewijzigd; probeer opnieuw.": (
        "Les données ont été modifiées en même temps par quelqu'un d'autre ; réessayez.",
        "The data were changed by someone else at the same time; try again."),
    "De toestemming wordt op dit moment gewijzigd; probeer opnieuw.": (
        "Le consentement est en cours de modification ; réessayez.", "The consent is being changed right now; try again."),
    "Deze personen zijn geen dubbels: %(differences)s verschillen. Enkel twee registraties van dezelfde persoon (zelfde INSZ, of zelfde naam en geboortedatum) mogen worden samengevoegd.": (
        "Ces personnes ne sont pas des doublons : %(differences)s diffèrent. Seules deux inscriptions de la même personne "
        "(même NISS, ou mêmes nom et date de naissance) peuvent être fusionnées.",
        "These persons are not duplicates: %(differences)s differ. Only two registrations of the same person "
        "(same INSZ, or same name and birth date) may be merged."),
    "Deze persoon staat al in het register, buiten uw toegang. Vraag de dienst die de persoon begeleidt (of VDAB) om de persoon aan uw organisatie te koppelen; daarna vindt u de persoon in uw lijst.": (
        "Cette personne figure déjà dans le registre, hors de votre accès. Demandez au service qui accompagne la personne "
        "(ou au VDAB) de lier la personne à votre organisation ; vous la trouverez ensuite dans votre liste.",
        "This person is already in the register, outside your access. Ask the service that guides the person (or VDAB) to link "
        "the person to your organisation; you will then find the person in your list."),
    "Een parameter is negatief.": ("Un paramètre est négatif.", "A parameter is negative."),
    "Een persoon kan niet met zichzelf worden samengevoegd.": (
        "Une personne ne peut pas être fusionnée avec elle-même.", "A person cannot be merged with themselves."),
    "Enkel analisten en beheerders berekenen een wat-als.": (
        "Seuls les analystes et les administrateurs calculent une simulation.", "Only analysts and administrators compute a what-if."),
    "Enkel analisten en beheerders zien de afwijkingen per bemiddelaar.": (
        "Seuls les analystes et les administrateurs voient les écarts par conseiller.",
        "Only analysts and administrators see the overrides per counsellor."),
    "Enkel de persoon zelf beheert zijn toestemmingen.": (
        "Seule la personne elle-même gère ses consentements.", "Only the person themselves manages their consents."),
    "Enkel een bemiddelaar met deze persoon in de caseload kan een screening registreren.": (
        "Seul un conseiller qui a cette personne dans son portefeuille peut enregistrer une évaluation.",
        "Only a counsellor with this person in their caseload can record a screening."),
    "Enkel voor analisten en beheerders.": ("Réservé aux analystes et aux administrateurs.", "For analysts and administrators only."),
    "Er is geen lopende toestemming voor dit doel.": (
        "Il n'y a pas de consentement en cours pour cette finalité.", "There is no current consent for this purpose."),
    "Er staat al een persoon met dit INSZ-nummer in het register.": (
        "Une personne avec ce numéro NISS figure déjà dans le registre.", "A person with this INSZ number is already in the register."),
    "Geen kandidaat met dit nummer binnen uw toegang.": (
        "Aucun candidat avec ce numéro dans votre accès.", "No candidate with this number within your access."),
    "Geen persoon met nummer %(id)s.": ("Aucune personne avec le numéro %(id)s.", "No person with number %(id)s."),
    "Het bericht %(key)s past niet bij de gegeven waarden (%(problem)s).": (
        "Le message %(key)s ne correspond pas aux valeurs données (%(problem)s).",
        "The message %(key)s does not fit the given values (%(problem)s)."),
    "Het doel '%(purpose)s' is voor uw rol niet toegestaan; toegestaan: %(allowed)s.": (
        "La finalité '%(purpose)s' n'est pas autorisée pour votre rôle ; autorisées : %(allowed)s.",
        "The purpose '%(purpose)s' is not allowed for your role; allowed: %(allowed)s."),
    "INSZ-nummer": ("numéro NISS", "INSZ number"),
    "Iemand anders heeft %(what)s intussen gewijzigd (versie %(current)s, u bewerkte versie %(expected)s). Haal de huidige versie op en doe uw wijziging opnieuw.": (
        "Quelqu'un d'autre a modifié %(what)s entre-temps (version %(current)s, vous avez modifié la version %(expected)s). "
        "Récupérez la version actuelle et refaites votre modification.",
        "Someone else changed %(what)s in the meantime (version %(current)s, you edited version %(expected)s). "
        "Fetch the current version and make your change again."),
    "If-Match moet een ETag zijn zoals ontvangen bij GET, bv. \"v3\".": (
        "If-Match doit être un ETag tel que reçu lors du GET, p. ex. \"v3\".", "If-Match must be an ETag as received with GET, e.g. \"v3\"."),
    "Onbekend berichtsjabloon '%(key)s'.": ("Modèle de message inconnu '%(key)s'.", "Unknown message template '%(key)s'."),
    "Onbekend doel '%(purpose)s'.": ("Finalité inconnue '%(purpose)s'.", "Unknown purpose '%(purpose)s'."),
    "Onbekende categorie.": ("Catégorie inconnue.", "Unknown category."),
    "Onbekende status '%(status)s'.": ("Statut inconnu '%(status)s'.", "Unknown status '%(status)s'."),
    "Ongeldige paginering.": ("Pagination non valable.", "Invalid paging."),
    "Persoon niet gevonden of al samengevoegd.": ("Personne introuvable ou déjà fusionnée.", "Person not found or already merged."),
    "Uw organisatie mag deze status niet registreren; toegestaan: %(allowed)s.": (
        "Votre organisation ne peut pas enregistrer ce statut ; autorisés : %(allowed)s.",
        "Your organisation may not record this status; allowed: %(allowed)s."),
    "Uw rol geeft geen toegang tot de screening.": ("Votre rôle ne donne pas accès à l'évaluation.", "Your role gives no access to the screening."),
    "Uw rol geeft geen toegang tot individuele persoonsgegevens.": (
        "Votre rôle ne donne pas accès aux données personnelles individuelles.", "Your role gives no access to individual personal data."),
    "Uw rol heeft geen screeningswerklijst.": ("Votre rôle n'a pas de liste de travail d'évaluation.", "Your role has no screening worklist."),
    "Uw rol heeft geen toegang tot de modelkaart.": ("Votre rôle n'a pas accès à la fiche du modèle.", "Your role has no access to the model card."),
    "Uw rol mag geen personen exporteren.": ("Votre rôle ne peut pas exporter de personnes.", "Your role may not export persons."),
    "Uw rol mag geen personen inschrijven.": ("Votre rôle ne peut pas inscrire de personnes.", "Your role may not register persons."),
    "Uw rol mag geen personen samenvoegen.": ("Votre rôle ne peut pas fusionner de personnes.", "Your role may not merge persons."),
    "Uw rol mag niet zoeken of filteren op %(names)s: die gegevens zijn voor u niet zichtbaar. Zoek op naam.": (
        "Votre rôle ne peut pas chercher ni filtrer sur %(names)s : ces données ne vous sont pas visibles. Cherchez par nom.",
        "Your role may not search or filter on %(names)s: those data are not visible to you. Search by name."),
    "Wie afwijkt van het voorstel (%(proposed)s), geeft een reden van minstens %(n)s tekens.": (
        "Qui s'écarte de la proposition (%(proposed)s) donne une raison d'au moins %(n)s caractères.",
        "Whoever departs from the proposal (%(proposed)s) gives a reason of at least %(n)s characters."),
    "bericht %(key)s: %(problem)s": ("message %(key)s : %(problem)s", "message %(key)s: %(problem)s"),
    "bestaat al": ("existe déjà", "already exists"),
    "bestaat al, buiten uw toegang: vraag een koppeling": (
        "existe déjà, hors de votre accès : demandez une liaison", "already exists, outside your access: ask for a link"),
    "dit profiel": ("ce profil", "this profile"),
    "een gemeente registreert enkel leefloon in haar eigen gemeente": (
        "une commune n'enregistre le revenu d'intégration que dans sa propre commune",
        "a municipality records leefloon (living wage) only in its own municipality"),
    "een object met kind, start en municipality": ("un objet avec kind, start et municipality", "an object with kind, start and municipality"),
    "hoogstens %(n)s dagen in de toekomst": ("au plus %(n)s jours dans le futur", "at most %(n)s days in the future"),
    "hoogstens 2000 tekens": ("au plus 2000 caractères", "at most 2000 characters"),
    "niet voor de persoon %(n)s jaar is": ("pas avant que la personne ait %(n)s ans", "not before the person is %(n)s"),
    "onbekende taaksoort '%(kind)s'; kies uit %(choices)s": (
        "type de tâche inconnu '%(kind)s' ; choisissez parmi %(choices)s", "unknown task kind '%(kind)s'; choose from %(choices)s"),
    "ongeldige ETag": ("ETag non valable", "invalid ETag"),
    "tussen 1 en %(n)s; page vanaf 1": ("entre 1 et %(n)s ; page à partir de 1", "between 1 and %(n)s; page from 1"),
    "verplicht bij leefloon": ("obligatoire pour le revenu d'intégration", "required for leefloon (living wage)"),
    "verschilt in %(label)s": ("diffère par %(label)s", "differs in %(label)s"),
    "zelfde INSZ-nummer als rij %(row)s": ("même numéro NISS que la ligne %(row)s", "same INSZ number as row %(row)s"),
    "zelfde persoon": ("même personne", "same person"),
})
# issue 12 point 8 (h2-sector): employers' sector organisations and their own sector's figures
T.update({
    "Sectororganisatie": ("Organisation sectorielle", "Sector organisation"),
    "vertegenwoordigde sectoren (NACE-BEL)": ("secteurs représentés (NACE-BEL)", "sectors represented (NACE-BEL)"),
    "Alleen voor een sectororganisatie: NACE-secties (een letter, bv. F) of -afdelingen (twee cijfers, bv. 28), gescheiden door komma's": (
        "Uniquement pour une organisation sectorielle : sections NACE (une lettre, p. ex. F) ou divisions (deux chiffres, p. ex. 28), séparées par des virgules",
        "Only for a sector organisation: NACE sections (a letter, e.g. F) or divisions (two digits, e.g. 28), separated by commas"),
    "Een sectororganisatie vertegenwoordigt minstens één sector (bv. F voor de bouw).": (
        "Une organisation sectorielle représente au moins un secteur (p. ex. F pour la construction).",
        "A sector organisation represents at least one sector (e.g. F for construction)."),
    "Alleen een sectororganisatie (een partner) vertegenwoordigt sectoren.": (
        "Seule une organisation sectorielle (un partenaire) représente des secteurs.", "Only a sector organisation (a partner) represents sectors."),
    "%(code)s is geen NACE-sectie (een letter, bv. F) of -afdeling (twee cijfers, bv. 28).": (
        "%(code)s n'est pas une section NACE (une lettre, p. ex. F) ni une division (deux chiffres, p. ex. 28).",
        "%(code)s is not a NACE section (a letter, e.g. F) or division (two digits, e.g. 28)."),
    "%(code)s valt samen met een andere opgegeven sector; geef elke sector één keer op.": (
        "%(code)s recoupe un autre secteur indiqué ; indiquez chaque secteur une seule fois.",
        "%(code)s overlaps another sector given; give each sector once."),
    "NACE %(division)s (%(section)s)": ("NACE %(division)s (%(section)s)", "NACE %(division)s (%(section)s)"),
    "Een sectororganisatie ziet alleen geaggregeerde cijfers van haar eigen sector(en): de sectorweergave en de gemiste competenties, geen personen, sollicitanten of register.": (
        "Une organisation sectorielle ne voit que des chiffres agrégés de son ou ses propres secteurs : la vue par secteur et les compétences manquantes, "
        "aucune personne, aucun candidat ni le registre.",
        "A sector organisation sees only aggregated figures of its own sector(s): the sector view and the missed competences, no persons, applicants or register."),
    "Alleen voor analisten, bemiddelaars, beheerders, werkgevers en sectororganisaties.": (
        "Réservé aux analystes, conseillers, administrateurs, employeurs et organisations sectorielles.",
        "Only for analysts, counsellors, administrators, employers and sector organisations."),
    "Van de partners ziet alleen een sectororganisatie deze cijfers, voor haar eigen sector(en).": (
        "Parmi les partenaires, seule une organisation sectorielle voit ces chiffres, pour son ou ses propres secteurs.",
        "Of the partners only a sector organisation sees these figures, for its own sector(s)."),
    "Uw organisatie vertegenwoordigt %(own)s; de cijfers van een andere sector (%(asked)s) zijn niet voor u.": (
        "Votre organisation représente %(own)s ; les chiffres d'un autre secteur (%(asked)s) ne vous sont pas destinés.",
        "Your organisation represents %(own)s; the figures of another sector (%(asked)s) are not for you."),
    "De gemiste competenties zijn er per sector alleen voor sectororganisaties, voor hun eigen sector.": (
        "Les compétences manquantes par secteur sont réservées aux organisations sectorielles, pour leur propre secteur.",
        "The missed competences per sector are only for sector organisations, for their own sector."),
    "Laat de sector leeg.": ("Laissez le secteur vide.", "Leave the sector empty."),
    "Competenties in mijn sector": ("Compétences dans mon secteur", "Competences in my sector"),
    "Vacatures van werkgevers in %(sector)s": ("Offres d'employeurs du secteur %(sector)s", "Vacancies of employers in %(sector)s"),
})
# issue 12 points 3/4/9 (h3): what an employer keeps seeing of an application that ended (vacancies/applicants.py)
T.update({
    "Zoals gedeeld bij het einde van de sollicitatie.": (
        "Tel que partagé à la fin de la candidature.", "As shared when the application ended."),
    "Niet meer getoond: de bewaartermijn na het einde van de sollicitatie is voorbij.": (
        "Plus affiché : le délai de conservation après la fin de la candidature est écoulé.",
        "No longer shown: the retention period after the end of the application is over."),
    "beëindigde sollicitaties voor vacature %(n1)s (naam, toestand en competenties zoals gedeeld bij het einde)": (
        "candidatures terminées pour l'offre %(n1)s (nom, état et compétences tels que partagés à la fin)",
        "ended applications for vacancy %(n1)s (name, state and competences as shared at the end)"),
    "gedeeld met de werkgever bij het einde": ("partagé avec l'employeur à la fin", "shared with the employer at the end"),
})

# issue 12 attack of stop 36: a hidden supply in the sector view is "niet getoond", never "minder dan 10"
T.update({
    "De vraag in openstaande vacatures naast het aanbod in de profielen van werkzoekenden: waar is er een tekort, waar een overschot? Aantallen van minder dan 10 werkzoekenden tonen we niet, en ook enkele grotere aantallen waaruit een klein aantal af te leiden zou zijn (uit het totaal van Vlaanderen en de andere provincies). Waar het aantal niet getoond wordt, kunnen we geen oordeel geven.": (
        "La demande dans les offres ouvertes face à l'offre dans les profils des demandeurs d'emploi : où y a-t-il une pénurie, où un excédent ? Nous n'affichons pas les nombres de moins de 10 demandeurs d'emploi, ni certains nombres plus grands dont un petit nombre pourrait être déduit (à partir du total de la Flandre et des autres provinces). Là où le nombre n'est pas affiché, nous ne pouvons pas nous prononcer.",
        "Demand in open vacancies beside the supply in job seekers' profiles: where is there a shortage, where a surplus? We do not show counts of fewer than 10 job seekers, nor some larger counts from which a small one could be derived (from the total for Flanders and the other provinces). Where a count is not shown, we cannot give a verdict."),
    "Gevraagd in vacatures (donker) en aanwezig bij werkzoekenden (licht), de 15 meest gevraagde competenties. Dezelfde cijfers staan in de tabel; een aantal dat niet getoond wordt, heeft geen lichte balk.": (
        "Demandé dans les offres (foncé) et présent chez les demandeurs d'emploi (clair), les 15 compétences les plus demandées. Les mêmes chiffres figurent dans le tableau ; un nombre non affiché n'a pas de barre claire.",
        "Asked in vacancies (dark) and present among job seekers (light), the 15 most asked competences. The same figures are in the table; a count that is not shown has no light bar."),
    "niet getoond": ("non affiché", "not shown"),
})
# issue 12 (r3): a vacancy that leaves "published" ends its applications; the hiring-support consent; the pages by role
T.update({
    "Beëindigd: de vacature is niet meer open": ("Terminée : l'offre n'est plus ouverte", "Ended: the vacancy is no longer open"),
    "Vacature afgesloten": ("Offre clôturée", "Vacancy closed"),
    "Vacature ingevuld": ("Offre pourvue", "Vacancy filled"),
    "Vacature verlopen": ("Offre expirée", "Vacancy expired"),
    "Vacature ingetrokken door het platform": ("Offre retirée par la plateforme", "Vacancy withdrawn by the platform"),
    "De vacature is afgesloten. Uw sollicitatie loopt daarom niet verder. Uw bemiddelaar helpt u verder met andere vacatures.": (
        "L'offre est clôturée. Votre candidature ne va donc pas plus loin. Votre conseiller vous aide à trouver d'autres offres.",
        "The vacancy is closed, so your application goes no further. Your counsellor will help you with other vacancies."),
    "De vacature is ingevuld. Uw sollicitatie loopt daarom niet verder. Uw bemiddelaar helpt u verder met andere vacatures.": (
        "L'offre est pourvue. Votre candidature ne va donc pas plus loin. Votre conseiller vous aide à trouver d'autres offres.",
        "The vacancy has been filled, so your application goes no further. Your counsellor will help you with other vacancies."),
    "De vacature is verlopen. Uw sollicitatie loopt daarom niet verder. Uw bemiddelaar helpt u verder met andere vacatures.": (
        "L'offre a expiré. Votre candidature ne va donc pas plus loin. Votre conseiller vous aide à trouver d'autres offres.",
        "The vacancy has expired, so your application goes no further. Your counsellor will help you with other vacancies."),
    "De vacature is ingetrokken. Uw sollicitatie loopt daarom niet verder. Uw bemiddelaar helpt u verder met andere vacatures.": (
        "L'offre a été retirée. Votre candidature ne va donc pas plus loin. Votre conseiller vous aide à trouver d'autres offres.",
        "The vacancy has been withdrawn, so your application goes no further. Your counsellor will help you with other vacancies."),
    "De vacature is niet meer gepubliceerd (%(state)s): de sollicitatie kan alleen nog beëindigd worden (niet weerhouden of intrekken).": (
        "L'offre n'est plus publiée (%(state)s) : la candidature ne peut plus qu'être clôturée (non retenue ou retirée).",
        "The vacancy is no longer published (%(state)s): the application can only be ended (not retained or withdrawn)."),
    "Een werkgever kan steun krijgen als hij u aanwerft (bv. een doelgroepvermindering). Of dat zo is, hangt af van uw gegevens bij VDAB. "
    "U kiest of deze werkgever het resultaat ziet: per maatregel “ja” of “nee” en het bedrag, niet uw gegevens zelf.": (
        "Un employeur peut recevoir une aide s'il vous engage (p. ex. une réduction groupe cible). Cela dépend de vos données au VDAB. "
        "Vous choisissez si cet employeur voit le résultat : par mesure « oui » ou « non » et le montant, pas vos données elles-mêmes.",
        "An employer may receive support if they hire you (e.g. a target-group reduction). Whether they do depends on your data at VDAB. "
        "You choose whether this employer sees the result: per measure “yes” or “no” and the amount, not your data itself."),
    "Let op: uit een “ja” kan de werkgever wel afleiden dat u aan de voorwaarden van die maatregel voldoet, bijvoorbeeld uw "
    "leeftijdsgroep of dat u al lang werk zoekt. Een “nee” zegt dat u minstens één voorwaarde niet haalt. Voor deze vacature deelt u:": (
        "Attention : d'un « oui », l'employeur peut déduire que vous remplissez les conditions de cette mesure, par exemple votre tranche "
        "d'âge ou que vous cherchez du travail depuis longtemps. Un « non » indique que vous ne remplissez pas au moins une condition. "
        "Pour cette offre, vous partagez :",
        "Note: from a “yes” the employer can deduce that you meet the conditions of that measure, for example your age group or that "
        "you have been looking for work for a long time. A “no” says that you do not meet at least one condition. For this vacancy you share:"),
    "een “ja” betekent:": ("un « oui » signifie :", "a “yes” means:"),
    "U kunt dit op elk moment weer stopzetten met “Niet meer delen met de werkgever”.": (
        "Vous pouvez y mettre fin à tout moment avec « Ne plus partager avec l'employeur ».",
        "You can stop this at any time with “Stop sharing with the employer”."),
    "Keuze van de werkgever: deze vacature wordt ook buiten Vlaanderen aangeboden.": (
        "Choix de l'employeur : cette offre est aussi proposée en dehors de la Flandre.",
        "The employer's choice: this vacancy is also offered outside Flanders."),
    "Keuze van de werkgever: deze vacature wordt niet buiten Vlaanderen aangeboden, niet aan de andere gewesten, de grensregio's of EURES.": (
        "Choix de l'employeur : cette offre n'est pas proposée en dehors de la Flandre, ni aux autres régions, aux régions frontalières ou à EURES.",
        "The employer's choice: this vacancy is not offered outside Flanders, not to the other regions, the border regions or EURES."),
    "Een werkgever plaatst alleen vacatures van de eigen organisatie: laat employer_id weg.": (
        "Un employeur ne publie que des offres de sa propre organisation : omettez employer_id.",
        "An employer posts vacancies of its own organisation only: leave out employer_id."),
    "De werkgever van een vacature wijzigt niet: laat employer_id weg (of geef de huidige).": (
        "L'employeur d'une offre ne change pas : omettez employer_id (ou donnez l'actuel).",
        "A vacancy's employer does not change: leave out employer_id (or give the current one)."),
    "de kandidaat heeft hiervoor een bewijs": ("le candidat a une preuve pour cela", "the candidate has proof of this"),
})
PLURALS.update({  # issue 12 (r3): the missing competences of an employer's feedback, named, on the counsellor's page
    "%(n)s competentie: %(names)s": (
        ("%(n)s compétence : %(names)s", "%(n)s compétences : %(names)s"),
        ("%(n)s competence: %(names)s", "%(n)s competences: %(names)s")),
})
T.update({  # issue 13, the last findings of the morning's walk (helper r5-careers)
    "Bekeken: elke keer dat iemand de link opende (de pagina of de API) of er een bewijs van downloadde. Wie dat was en wanneer, "
    "ziet u bij 'Wie heeft mijn gegevens geraadpleegd'.": (
        "Consulté : chaque fois que quelqu'un a ouvert le lien (la page ou l'API) ou y a téléchargé une attestation. Qui et quand, "
        "vous le voyez sous « Qui a consulté mes données ».",
        "Viewed: every time someone opened the link (the page or the API) or downloaded a credential from it. Who it was and when, "
        "you see under 'Who has consulted my data'."),
    "minder dan %(n)d open vacatures": ("moins de %(n)d offres ouvertes", "fewer than %(n)d open vacancies"),
    "minder dan %(n)d werkzoekenden": ("moins de %(n)d demandeurs d'emploi", "fewer than %(n)d job seekers"),
    "geen open vacatures": ("aucune offre ouverte", "no open vacancies"),
    "geen werkzoekenden": ("aucun demandeur d'emploi", "no job seekers"),
    "%(vacancies)s, %(seekers)s in uw provincie": ("%(vacancies)s, %(seekers)s dans votre province", "%(vacancies)s, %(seekers)s in your province"),
    "%(vacancies)s en %(seekers)s in uw provincie: te weinig om er een knelpunt uit af te leiden": (
        "%(vacancies)s et %(seekers)s dans votre province : trop peu pour en conclure à une pénurie",
        "%(vacancies)s and %(seekers)s in your province: too few to conclude it is a bottleneck"),
})
PLURALS.update({
    "%(n)d open vacature": (("%(n)d offre ouverte", "%(n)d offres ouvertes"), ("%(n)d open vacancy", "%(n)d open vacancies")),
    "%(n)d werkzoekende": (("%(n)d demandeur d'emploi", "%(n)d demandeurs d'emploi"), ("%(n)d job seeker", "%(n)d job seekers")),
})
T.update({  # issue 13: the competence visa's dismissal date against the register (helper r5-careers, careers/use_cases/visa.py)
    "Het register toont de persoon aan het werk tot %(end)s, niet meer op %(day)s: een ontslag in de toekomst kan enkel voor wie nu "
    "werkt. Geef de datum waarop het werk eindigde.": (
        "Le registre montre la personne au travail jusqu'au %(end)s, plus le %(day)s : un licenciement futur n'est possible que pour "
        "une personne qui travaille encore. Indiquez la date à laquelle le travail a pris fin.",
        "The register shows the person at work until %(end)s, no longer on %(day)s: a dismissal in the future is only possible for "
        "someone still at work. Give the date the work ended."),
    "Het register toont geen werk dat op %(day)s nog loopt: een ontslag in de toekomst kan enkel voor wie nu werkt. Geef de datum "
    "waarop het werk eindigde.": (
        "Le registre ne montre aucun travail encore en cours le %(day)s : un licenciement futur n'est possible que pour une personne "
        "qui travaille encore. Indiquez la date à laquelle le travail a pris fin.",
        "The register shows no work still going on on %(day)s: a dismissal in the future is only possible for someone still at work. "
        "Give the date the work ended."),
    "Volgens het register werkte de persoon tot %(end)s en heeft die sinds %(since)s de status „%(status)s”: een ontslag op %(day)s "
    "past daar niet bij. Geef de datum waarop het werk eindigde (hoogstens %(n)d dagen na het einde in het register).": (
        "Selon le registre, la personne a travaillé jusqu'au %(end)s et a le statut « %(status)s » depuis le %(since)s : un "
        "licenciement le %(day)s ne correspond pas. Indiquez la date à laquelle le travail a pris fin (au plus %(n)d jours après la "
        "fin inscrite au registre).",
        "According to the register the person worked until %(end)s and has had the status '%(status)s' since %(since)s: a dismissal "
        "on %(day)s does not fit. Give the date the work ended (at most %(n)d days after the end in the register)."),
    "Volgens het register heeft de persoon sinds %(since)s de status „%(status)s” en werkte die op %(day)s niet: een ontslag "
    "beëindigt een periode van werk. Geef de datum waarop het werk eindigde.": (
        "Selon le registre, la personne a le statut « %(status)s » depuis le %(since)s et ne travaillait pas le %(day)s : un "
        "licenciement met fin à une période de travail. Indiquez la date à laquelle le travail a pris fin.",
        "According to the register the person has had the status '%(status)s' since %(since)s and was not working on %(day)s: a "
        "dismissal ends a period of work. Give the date the work ended."),
})
# issue 12 point 2 (r4): the intake's wording check, diploma help and added competences
T.update({
    "geloof of levensbeschouwing": ("religion ou conviction", "religion or belief"),
})
T.update({
    "bv. heftruck besturen of pallets stapelen; wij zoeken de ESCO-competentie.": (
        "p. ex. conduire un chariot élévateur ou empiler des palettes ; nous cherchons la compétence ESCO.",
        "e.g. operate a forklift or stack pallets; we look up the ESCO competence."),
    "Geen ESCO-competentie gevonden voor de toegevoegde tekst. Herformuleer, bv. “heftruck besturen” of “pallets stapelen”.": (
        "Aucune compétence ESCO trouvée pour le texte ajouté. Reformulez, p. ex. « conduire un chariot élévateur » ou « empiler des palettes ».",
        "No ESCO competence found for the added text. Rephrase it, e.g. “operate a forklift” or “stack pallets”."),
    "uit de competentie die u toevoegde": ("de la compétence que vous avez ajoutée", "from the competence you added"),
})
T.update({"In de regels:": ("Dans les règles :", "In the rules:")})
# issue 16 walk (r2): the own application on "Vacatures voor mij" (matching/_own_application.html)
T.update({
    "U solliciteerde al — niet weerhouden": ("Vous avez déjà postulé — candidature non retenue", "You already applied — not retained"),
    "U solliciteerde al — sollicitatie ingetrokken": ("Vous avez déjà postulé — candidature retirée", "You already applied — application withdrawn"),
    "U werd hier aangeworven": ("Vous avez été engagé·e ici", "You were hired here"),
    "U solliciteerde op %(day)s": ("Vous avez postulé le %(day)s", "You applied on %(day)s"),
    "Lopende sollicitatie sinds %(day)s: %(state)s": ("Candidature en cours depuis le %(day)s : %(state)s", "Application running since %(day)s: %(state)s"),
    "Naar mijn sollicitaties": ("Vers mes candidatures", "To my applications"),
})
# issue 16 walk (r2): texts kept in the language they were written or sent in (matching/labels.text_mark)
T.update({
    "in het %(language)s": ("en %(language)s", "in %(language)s"),
    "Een bericht blijft in de taal waarin het verstuurd werd; staat het in een andere taal dan deze pagina, dan ziet u dat aan het taalmerk (bijvoorbeeld NL).": (
        "Un message reste dans la langue dans laquelle il a été envoyé ; s'il est dans une autre langue que cette page, la marque de langue l'indique (par exemple NL).",
        "A message stays in the language it was sent in; where that is not the language of this page, the language mark says so (for example NL)."),
})
# issue 16 walk (r2): links to raw JSON say so
T.update({
    'Voor ontwikkelaars: <code>POST /api/v1/credentials/verify</code> met het digitale bewijs als tekst, of met JSON <code>{"credential": "eyJ…"}</code>. De publieke sleutels staan in <a href="/.well-known/jwks.json">/.well-known/jwks.json</a> (JSON) en <a href="/.well-known/did.json">/.well-known/did.json</a> (JSON).': (
        'Pour les développeurs\xa0: <code>POST /api/v1/credentials/verify</code> avec l\'attestation en texte, ou en JSON <code>{"credential": "eyJ…"}</code>. Les clés publiques se trouvent dans <a href="/.well-known/jwks.json">/.well-known/jwks.json</a> (JSON) et <a href="/.well-known/did.json">/.well-known/did.json</a> (JSON).',
        'For developers: <code>POST /api/v1/credentials/verify</code> with the credential as text, or as JSON <code>{"credential": "eyJ…"}</code>. The public keys are in <a href="/.well-known/jwks.json">/.well-known/jwks.json</a> (JSON) and <a href="/.well-known/did.json">/.well-known/did.json</a> (JSON).'),
})
# issue 16 walk (r2): the admin's province filter for municipalities without one (Brussels)
T.update({
    "Geen provincie": ("Pas de province", "No province"),
})
# issue 16 walk (r6): the admin's split date/time field names each of its two inputs
T.update({
    "Datum": ("Date", "Date"),
    "Tijd": ("Heure", "Time"),
})
# issue 16 walk (stop 37): the status periods' column is the OCMW that grants a leefloon, empty for other statuses
T.update({
    "OCMW (bij leefloon)": ("CPAS (en cas de revenu d'intégration)", "PCSW (for a living wage)"),
})
# issue 16 walk (stop 37): the screening reasons as the job seeker reads them (second person)
T.update({
    "Er is nog geen score van het model: uw bemiddelaar besliste na het gesprek met u.": (
        "Le modèle n'a pas encore de score\xa0: votre conseiller a décidé après l'entretien avec vous.",
        "The model has no score yet: your counsellor decided after talking with you."),
    "Het model schat uw kans op werk binnen 6 maanden op %(percent)s %% (%(category)s).": (
        "Le modèle estime votre chance de trouver un emploi dans les 6 mois à %(percent)s\xa0%% (%(category)s).",
        "The model estimates your chance of work within 6 months at %(percent)s%% (%(category)s)."),
    "Uw bemiddelaar stelde vast dat werken voor u nu niet mogelijk is.": (
        "Votre conseiller a constaté que travailler n'est pas possible pour vous en ce moment.",
        "Your counsellor found that working is not possible for you right now."),
    "Kinderopvang vinden is voor u een drempel.": ("Trouver une garde d'enfants est un obstacle pour vous.", "Finding childcare is a barrier for you."),
    "Naar het werk gaan is voor u een drempel (vervoer).": ("Se rendre au travail est un obstacle pour vous (transport).",
                                                           "Getting to work is a barrier for you (transport)."),
    "Uw Nederlands is nog lager dan niveau A2.": ("Votre néerlandais est encore inférieur au niveau A2.", "Your Dutch is still below level A2."),
    "U werkt nog niet met een computer of smartphone.": ("Vous n'utilisez pas encore d'ordinateur ni de smartphone.",
                                                         "You do not use a computer or smartphone yet."),
    "U gaf aan dat werk zoeken nu moeilijk is voor u.": ("Vous avez indiqué que chercher un emploi est difficile pour vous en ce moment.",
                                                         "You said that looking for work is hard for you right now."),
    "Wat u kunt, volstaat nog niet voor de jobs die u zoekt.": ("Vos compétences ne suffisent pas encore pour les emplois que vous cherchez.",
                                                                "Your skills are not yet enough for the jobs you are looking for."),
    "Er zijn medische, psychische of sociale moeilijkheden die werk zoeken zwaarder maken.": (
        "Des difficultés médicales, psychiques ou sociales rendent la recherche d'emploi plus lourde.",
        "Medical, mental or social difficulties make looking for work harder."),
    "U kunt zelf werk zoeken, met hulp op de website en de app.": ("Vous pouvez chercher un emploi vous-même, avec l'aide du site et de l'application.",
                                                                   "You can look for work yourself, with help on the website and the app."),
    "U zoekt samen met een bemiddelaar: alleen zoeken past bij een korte afstand tot werk, en u hebt een %(category)s.": (
        "Vous cherchez avec un conseiller\xa0: chercher seul convient à une courte distance de l'emploi, et vous êtes à une %(category)s.",
        "You look for work with a counsellor: looking alone suits a short distance to work, and yours is a %(category)s."),
    "U zoekt samen met een bemiddelaar: alleen zoeken vraagt Nederlands op minstens niveau B1.": (
        "Vous cherchez avec un conseiller\xa0: chercher seul demande un néerlandais d'au moins niveau B1.",
        "You look for work with a counsellor: looking alone takes Dutch at level B1 or higher."),
    "U zoekt samen met een bemiddelaar: alleen zoeken vraagt dat u met een computer of smartphone werkt.": (
        "Vous cherchez avec un conseiller\xa0: chercher seul demande d'utiliser un ordinateur ou un smartphone.",
        "You look for work with a counsellor: looking alone takes using a computer or smartphone."),
})
# issue 16 attack (stop 37): a second referral while VDAB still has the first open
T.update({
    "Deze persoon is al doorverwezen op %(day)s; VDAB heeft die doorverwijzing nog open staan.": (
        "Cette personne a déjà été orientée le %(day)s\xa0; le VDAB n'a pas encore traité cette orientation.",
        "This person was already referred on %(day)s; VDAB has not yet acted on that referral."),
})
# issue 16 walk (stop 37): the rule's sources folded on the controller's decision page
T.update({
    "Over deze regel: bronnen en onzekerheid": ("À propos de cette règle\xa0: sources et incertitude", "About this rule: sources and uncertainty"),
})
# issue 16 walk (stop 37): one percent style on every page ("80 %", a no-break space, as format_percent writes it)
T.update({
    "volledig bedrag vanaf %(full)s\xa0%% tewerkstelling, niets onder %(minimum)s\xa0%%": (
        "montant complet à partir de %(full)s\xa0%% d'occupation, rien sous %(minimum)s\xa0%%",
        "full amount from %(full)s%% work time, nothing under %(minimum)s%%"),
    "(de vacature: %(share)s\xa0%%)": ("(l'offre\xa0: %(share)s\xa0%%)", "(the vacancy: %(share)s%%)"),
})

T.update({
    "gebruik DD/MM/JJJJ. %(text)s is geen bestaande datum": (
        "utilisez JJ/MM/AAAA. %(text)s n'est pas une date existante", "use DD/MM/YYYY. %(text)s is not an existing date"),
})

T.update({
    "Of de vacature buiten Vlaanderen wordt aangeboden, kiest de werkgever.": (
        "C'est l'employeur qui choisit si l'offre est proposée en dehors de la Flandre.",
        "Whether the vacancy is offered beyond Flanders is the employer's choice."),
})

T.update({
    "Beslist zoals voorgesteld; de motivering staat in het dossier": (
        "Décidé comme proposé ; la motivation figure dans le dossier", "Decided as proposed; the motivation is in the file"),
})

# stop 39: the KPI page's gap to the target worded by its number; bad page numbers and access-log filters refused
PLURALS.update({
    "%(points)s procentpunt": (("%(points)s point de pourcentage", "%(points)s points de pourcentage"),
                               ("%(points)s percentage point", "%(points)s percentage points")),
})
T.update({
    "Pagina “%(value)s” bestaat niet: een paginanummer is een getal vanaf 1.": (
        "La page «\xa0%(value)s\xa0» n'existe pas\xa0: un numéro de page est un nombre à partir de 1.",
        "Page “%(value)s” does not exist: a page number is a number from 1."),
    "Alle raadplegingen tonen": ("Afficher toutes les consultations", "Show all consultations"),
})
T.update({  # walk of stop 39: the vacancy's text language, the reason for a language level on the page
    "taal van de vacaturetekst": ("langue du texte de l'offre", "language of the vacancy text"),
    "Waarom dit taalniveau": ("Pourquoi ce niveau de langue", "Why this language level"),
})
T.update({  # walk and attack of stop 39
    "Competenties": ("Compétences", "Competences"),
    "Vinden we in Vlaanderen niet snel genoeg iemand, dan bieden we de vacature aan de andere gewesten, de grensregio's "
    "en heel Europa (EURES) aan. Vink uit als u dat niet wilt. Het vinkje volgt eerst de standaardkeuze van uw organisatie "
    "(Mijn organisatie).": (
        "Si nous ne trouvons pas assez vite quelqu'un en Flandre, nous proposons l'offre aux autres régions, aux régions "
        "frontalières et à toute l'Europe (EURES). Décochez si vous ne le souhaitez pas. La case suit d'abord le choix par défaut "
        "de votre organisation (Mon organisation).",
        "If we do not find someone in Flanders quickly enough, we offer the vacancy to the other regions, the border regions and "
        "all of Europe (EURES). Untick if you do not want this. The box first follows your organisation's default (My organisation)."),
    "Vinden we in Vlaanderen niet snel genoeg iemand, dan bieden we de vacature aan de andere gewesten, de grensregio's en "
    "heel Europa (EURES) aan. Vink uit als u dat niet wilt. Het vinkje volgt eerst de standaardkeuze van de werkgever.": (
        "Si nous ne trouvons pas assez vite quelqu'un en Flandre, nous proposons l'offre aux autres régions, aux régions "
        "frontalières et à toute l'Europe (EURES). Décochez si vous ne le souhaitez pas. La case suit d'abord le choix par défaut "
        "de l'employeur.",
        "If we do not find someone in Flanders quickly enough, we offer the vacancy to the other regions, the border regions and "
        "all of Europe (EURES). Untick if you do not want this. The box first follows the employer's default."),
    "Niets is vooraf aangevinkt: alleen wat u aanvinkt, wordt bewaard. Met “Alle essentiële aanvinken” vinkt u in één klik de "
    "competenties aan die voor het gekozen beroep essentieel zijn, en die uit uw eigen tekst.": (
        "Rien n'est coché d'avance\xa0: seul ce que vous cochez est enregistré. Avec «\xa0Cocher toutes les essentielles\xa0», vous cochez en "
        "un clic les compétences essentielles pour le métier choisi, et celles tirées de votre propre texte.",
        "Nothing is ticked beforehand: only what you tick is saved. “Tick all essential ones” ticks in one click the competences that are "
        "essential for the chosen occupation, and those from your own text."),
    "het woord “%(word)s” mengt letters uit verschillende schriften (zoals Latijnse en Cyrillische letters die op elkaar lijken); "
    "typ het in één schrift.": (
        "le mot «\xa0%(word)s\xa0» mélange des lettres de différentes écritures (comme des lettres latines et cyrilliques qui se "
        "ressemblent)\xa0; tapez-le dans une seule écriture.",
        "the word “%(word)s” mixes letters from different scripts (such as Latin and Cyrillic letters that look alike); type it in one script."),
    "U hebt al een lopende aanvraag bij %(employer)s. Wacht op het antwoord van die werkgever of van VDAB.": (
        "Vous avez déjà une demande en cours auprès de %(employer)s. Attendez la réponse de cet employeur ou du VDAB.",
        "You already have a pending request with %(employer)s. Wait for the answer of that employer or of VDAB."),
    "U hebt al toegang tot %(employer)s. Een account hoort bij één werkgever.": (
        "Vous avez déjà accès à %(employer)s. Un compte appartient à un seul employeur.",
        "You already have access to %(employer)s. An account belongs to one employer."),
    "“%(name)s” is geen stap van dit proces. Mogelijk nu: %(allowed)s.": (
        "«\xa0%(name)s\xa0» n'est pas une étape de ce processus. Possible maintenant\xa0: %(allowed)s.",
        "“%(name)s” is not a step of this process. Possible now: %(allowed)s."),
    "Kies een reden: %(choices)s.": ("Choisissez un motif\xa0: %(choices)s.", "Choose a reason: %(choices)s."),
    "moet een getal zijn, niet true of false": ("doit être un nombre, pas true ou false", "must be a number, not true or false"),
    "Bron": ("Source", "Source"),
    "ontvangen via de vacature-uitwisseling van %(source)s; die partner beheert de vacature": (
        "reçue via l'échange d'offres de %(source)s\xa0; ce partenaire gère l'offre",
        "received through the vacancy exchange from %(source)s; that partner manages the vacancy"),
})
T.update({  # second walk of stop 39
    "Solliciteerde al — niet weerhouden": ("A déjà postulé — non retenu(e)", "Already applied — not retained"),
    "Solliciteerde al — sollicitatie ingetrokken": ("A déjà postulé — candidature retirée", "Already applied — application withdrawn"),
    "Werd hier aangeworven": ("A été engagé(e) ici", "Was hired here"),
    "Naar de sollicitaties": ("Vers les candidatures", "To the applications"),
    "Bij “Andere reden”: schrijf kort voor de bemiddelaar wat de reden was (minstens %(n)s tekens).": (
        "Pour «\xa0Autre motif\xa0»\xa0: écrivez brièvement pour le conseiller quel était le motif (au moins %(n)s caractères).",
        "With “Other reason”: write briefly for the counsellor what the reason was (at least %(n)s characters)."),
    "U gaf al terugkoppeling bij deze stap (%(stage)s) op %(day)s: %(reason)s.": (
        "Vous avez déjà donné un retour à cette étape (%(stage)s) le %(day)s\xa0: %(reason)s.",
        "You already gave feedback at this step (%(stage)s) on %(day)s: %(reason)s."),
    "Al gegeven": ("Déjà donné", "Already given"),
    "Per stap (na het gesprek, bij de afwijzing) geeft u één keer terugkoppeling.": (
        "Vous donnez un retour une fois par étape (après l'entretien, lors du refus).",
        "You give feedback once per step (after the interview, with the rejection)."),
    "Statbel-cijfer zoals bericht door <a href=\"%(url)s\" rel=\"noopener\">%(host)s</a> (geen publicatie van Statbel zelf)": (
        "Chiffre Statbel tel que rapporté par <a href=\"%(url)s\" rel=\"noopener\">%(host)s</a> (pas une publication de Statbel)",
        "Statbel figure as reported by <a href=\"%(url)s\" rel=\"noopener\">%(host)s</a> (not a Statbel publication)"),
    "De gebieden hebben niet dezelfde laatste periode: vergelijk ze met voorzichtigheid, en kijk naar de periode naast elk cijfer.": (
        "Les zones n'ont pas la même dernière période\xa0: comparez-les avec prudence et regardez la période à côté de chaque chiffre.",
        "The areas do not have the same latest period: compare them with care, and look at the period next to each figure."),
})
T.update({  # second walk of stop 39, continued
    "Uw toelichting:": ("Votre explication\xa0:", "Your note:"),
    "Deze persoon is al in een traject bij VDAB (%(state)s): doorverwijzen is niet nodig. Neem contact op met de bemiddelaar.": (
        "Cette personne suit déjà un trajet au VDAB (%(state)s)\xa0: une orientation n'est pas nécessaire. Contactez le conseiller.",
        "This person is already in a VDAB trajectory (%(state)s): no referral is needed. Contact the counsellor."),
    "Terugkoppeling van de werkgever (%(day)s):": ("Retour de l'employeur (%(day)s)\xa0:", "Feedback from the employer (%(day)s):"),
    "Uw kandidatuur voor “%(title)s”: %(state)s": ("Votre candidature pour «\xa0%(title)s\xa0»\xa0: %(state)s",
                                                   "Your candidacy for “%(title)s”: %(state)s"),
    "Beste %(name)s,\n\nUw kandidatuur voor “%(title)s” bij %(employer)s: %(state)s.\n\n%(next)s\n\nMet vriendelijke groeten,\nVDAB": (
        "Bonjour %(name)s,\n\nVotre candidature pour «\xa0%(title)s\xa0» chez %(employer)s\xa0: %(state)s.\n\n%(next)s\n\nCordialement,\nVDAB",
        "Dear %(name)s,\n\nYour candidacy for “%(title)s” at %(employer)s: %(state)s.\n\n%(next)s\n\nKind regards,\nVDAB"),
})
T.update({"Het rapport wordt samengesteld…": ("Le rapport est en préparation…", "The report is being put together…")})
T.update({  # attack of stop 39: an unknown query parameter refused
    "onbekende parameter; bedoelt u “%(known)s”?": ("paramètre inconnu\xa0; vouliez-vous dire «\xa0%(known)s\xa0»\xa0?",
                                                    "unknown parameter; did you mean “%(known)s”?"),
    "onbekende parameter; mogelijk: %(known)s": ("paramètre inconnu\xa0; possibles\xa0: %(known)s", "unknown parameter; possible: %(known)s"),
    "De zoekvraag bevat een parameter die deze bewerking niet kent: er is niets opgezocht.": (
        "La requête contient un paramètre que cette opération ne connaît pas\xa0: rien n'a été recherché.",
        "The query has a parameter this operation does not know: nothing was looked up."),
})
T.update({  # walk and attack of stop 41 (issue 14)
    "Beloning per gehaald engagement van een samenwerkingsovereenkomst, per jaar": (
        "Récompense par engagement atteint d'un accord de coopération, par an", "Reward per engagement met of a cooperation agreement, per year"),
    "Hoogste beloning per overeenkomst per jaar": ("Récompense maximale par accord et par an", "Highest reward per agreement per year"),
    "Deel van het bedrag voor een engagement dat minstens de drempel van de streefwaarde haalt maar niet de streefwaarde zelf": (
        "Part du montant pour un engagement qui atteint au moins le seuil de la valeur cible mais pas la valeur cible elle-même",
        "Share of the amount for an engagement that reaches at least the threshold of its target but not the target itself"),
    "Drempel (deel van de streefwaarde) vanaf waar een engagement gedeeltelijk beloond wordt": (
        "Seuil (part de la valeur cible) à partir duquel un engagement est partiellement récompensé",
        "Threshold (share of the target) from which an engagement is partly rewarded"),
    "De simulatie is niet berekend: controleer de gemarkeerde velden.": (
        "La simulation n'a pas été calculée : vérifiez les champs signalés.", "The simulation was not computed: check the marked fields."),
    "hoogstens %(maximum)s": ("au plus %(maximum)s", "at most %(maximum)s"),
    "hoogstens %(maximum)s tekens": ("au plus %(maximum)s caractères", "at most %(maximum)s characters"),
    "Beloning volgens deze berekening": ("Récompense selon ce calcul", "Reward according to this calculation"),
    "simulatie: %(used)s": ("simulation : %(used)s", "simulation: %(used)s"),
    "Simulatie": ("Simulation", "Simulation"),
    "De cijfers hieronder zijn die van vandaag, %(day)s.": ("Les chiffres ci-dessous sont ceux d'aujourd'hui, %(day)s.",
                                                             "The figures below are today's, %(day)s."),
    "buiten het werkgebied van VDAB (het Vlaams Gewest)": ("hors du territoire du VDAB (la Région flamande)", "outside VDAB's territory (the Flemish Region)"),
    "buiten het werkgebied van VDAB": ("hors du territoire du VDAB", "outside VDAB's territory"),
    "Brussel en Wallonië zijn het werkgebied van Actiris en Forem: het register van dit platform heeft er geen cijfers voor.": (
        "Bruxelles et la Wallonie sont le territoire d'Actiris et du Forem : le registre de cette plateforme n'a pas de chiffres pour elles.",
        "Brussels and Wallonia are the territory of Actiris and Forem: this platform's register has no figures for them."),
})
T.update({  # walk of stop 41: comparison charts
    "Staafdiagram per 100 inwoners van 20–69 jaar: dezelfde cijfers als die kolom van de tabel ernaast.": (
        "Diagramme en barres pour 100 habitants de 20 à 69 ans : les mêmes chiffres que cette colonne du tableau à côté.",
        "Bar chart per 100 inhabitants aged 20–69: the same figures as that column of the table beside it."),
    "Staafdiagram met dezelfde cijfers als de tabel ernaast, behalve Vlaanderen: dat aantal is van een andere grootte en staat enkel in de tabel.": (
        "Diagramme en barres avec les mêmes chiffres que le tableau à côté, sauf la Flandre : ce nombre est d'une autre grandeur et ne figure que dans le tableau.",
        "Bar chart with the same figures as the table beside it, except Flanders: that count is of another size and is only in the table."),
    "per 100 inwoners van 20–69 jaar": ("pour 100 habitants de 20 à 69 ans", "per 100 inhabitants aged 20–69"),
})
T.update({"geen ingevulde vacatures": ("aucune offre pourvue", "no vacancies filled")})
T.update({
    "zonder drempel: elk resultaat telt gedeeltelijk": ("sans seuil : chaque résultat compte partiellement", "no threshold: every result counts partly"),
    "hoogstens %(pct)s %% boven de streefwaarde": ("au plus %(pct)s %% au-dessus de la valeur cible", "at most %(pct)s %% above the target"),
})

# stop 42: the transparency report's quarter and file name in the reader's language
T.update({
    "transparantierapport": ("rapport-de-transparence", "transparency-report"),
    "%(year)s-K%(number)s": ("%(year)s-T%(number)s", "%(year)s-Q%(number)s"),
    "Gebied": ("Zone", "Area"),
    "Aantal waarop het cijfer steunt": ("Nombre sur lequel repose le chiffre", "Count the figure rests on"),
    "Instroom waarop het aandeel steunt": ("Entrées sur lesquelles repose la part", "Inflow the share rests on"),
    "alle groepen": ("tous les groupes", "all groups"),
})

# stop 42: the agreement form's municipalities as boxes per province
T.update({
    "Kies de gemeente of de gemeenten van het samenwerkingsverband": (
        "Choisissez la commune ou les communes du partenariat", "Choose the municipality or the municipalities of the partnership"),
})
PLURALS.update({
    "%(n)s gekozen": (("%(n)s choisie", "%(n)s choisies"), ("%(n)s chosen", "%(n)s chosen")),
})
T.update({"Naar de simulatie met andere parameters": ("Vers la simulation avec d'autres paramètres", "To the simulation with other parameters")})
T.update({
    "De kerncijfers van uw gemeente": ("Les chiffres clés de votre commune", "Your municipality's key figures"),
    "De kerncijfers van Vlaanderen": ("Les chiffres clés de la Flandre", "The key figures of Flanders"),
    "Een gemeente naast vergelijkbare gemeenten": ("Une commune à côté de communes comparables", "A municipality beside comparable ones"),
    "Verder naar": ("Continuer vers", "Go on to"),
})
T.update({
    "Geen grafiek: er is geen getoond cijfer groter dan nul.": ("Pas de graphique : aucun chiffre affiché n'est supérieur à zéro.",
                                                               "No chart: no figure shown is above zero."),
    "De tien gemeenten die op %(day)s het meest op deze gemeente leken (de groep volgt de cijfers van die dag):": (
        "Les dix communes qui ressemblaient le plus à cette commune le %(day)s (le groupe suit les chiffres de ce jour) :",
        "The ten municipalities most like this one on %(day)s (the group follows that day's figures):"),
})
T.update({"gearceerd: %(name)s": ("hachuré : %(name)s", "hatched: %(name)s")})
T.update({"een percentage van 0 tot 100": ("un pourcentage de 0 à 100", "a percentage from 0 to 100")})
T.update({
    "Vacature wijzigen": ("Modifier l'offre d'emploi", "Edit the vacancy"),
    "Wijzigingen bewaren": ("Enregistrer les modifications", "Save the changes"),
    "open (gepubliceerd)": ("ouvertes (publiées)", "open (published)"),
    "ontwerpen": ("brouillons", "drafts"),
    "ingevuld": ("pourvues", "filled"),
    "afgesloten": ("clôturées", "closed"),
    "verlopen": ("expirées", "expired"),
    "alle toestanden": ("tous les états", "every state"),
    "Geen vacatures in deze toestand.": ("Aucune offre d'emploi dans cet état.", "No vacancies in this state."),
    "Toestand": ("État", "State"),
})
T.update({"Jaar van de beloning": ("Année de la récompense", "Year of the reward")})
T.update({
    "Vraag en aanbod per competentie": ("Offre et demande par compétence", "Demand and supply per competence"),
    "bij werkzoekenden": ("chez les demandeurs d'emploi", "among job seekers"),
    "gevraagd in vacatures": ("demandé dans les offres", "asked in vacancies"),
})

# stop 42: every hiring measure's name in French and English (walk of issue 12: 7 of 12 stayed Dutch)
T.update({
    "Doelgroepvermindering oudere werknemers, zittende werknemer": (
        "Réduction groupe cible travailleurs âgés, travailleur en service", "Target-group reduction for older workers, current employee"),
    "Doelgroepvermindering voor leerlingen in alternerend leren": (
        "Réduction groupe cible pour les apprenants en formation en alternance", "Target-group reduction for pupils in dual learning"),
    "Vlaamse ondersteuningspremie (VOP) voor de werkgever": (
        "Prime flamande de soutien (VOP) pour l'employeur", "Flemish support premium (VOP) for the employer"),
    "Loonpremie collectief maatwerk": ("Prime salariale du travail adapté collectif", "Wage premium for collective customised employment"),
    "Loonpremie individueel maatwerk volgens startpakket en kwartaal": (
        "Prime salariale du travail adapté individuel selon le paquet de départ et le trimestre",
        "Wage premium for individual customised employment by starter package and quarter"),
    "Forfaitaire terugbetaling aan de werkgever voor het Vlaams opleidingsverlof van het schooljaar": (
        "Remboursement forfaitaire à l'employeur pour le congé-formation flamand de l'année scolaire",
        "Flat-rate refund to the employer for the Flemish training leave of the school year"),
    "IBO, individuele beroepsopleiding in de onderneming": (
        "FPI, formation professionnelle individuelle en entreprise", "IBO, individual vocational training in the company"),
})
T.update({"Alle sectoren in heel Vlaanderen tonen": ("Afficher tous les secteurs dans toute la Flandre", "Show every sector in all of Flanders")})
T.update({
    "Deze vacature is niet meer open: solliciteren of doorverwijzen kan niet meer.": (
        "Cette offre n'est plus ouverte : il n'est plus possible de postuler ni d'orienter quelqu'un.", "This vacancy is no longer open: applying or referring is no longer possible."),
    "Voor deze persoon loopt al een sollicitatie of doorverwijzing voor deze vacature (%(state)s).": (
        "Une candidature ou une orientation est déjà en cours pour cette personne pour cette offre (%(state)s).",
        "This person already has an application or referral for this vacancy (%(state)s)."),
    "Deze vacature is niet meer open (%(state)s): doorverwijzen kan niet meer.": (
        "Cette offre n'est plus ouverte (%(state)s) : il n'est plus possible d'y orienter quelqu'un.", "This vacancy is no longer open (%(state)s): referring is no longer possible."),
    "Terug naar de vacature": ("Retour à l'offre", "Back to the vacancy"),
})
T.update({"Een nul tonen we wel: geen enkele werkzoekende heeft de competentie dan in zijn profiel.": (
    "Un zéro est affiché : aucun demandeur d'emploi n'a alors cette compétence dans son profil.",
    "A zero is shown: then no job seeker has the competence in their profile.")})
T.update({"Hier staan de personen die solliciteerden voor een van uw vacatures of hun profiel met u deelden, met elke sollicitatie. Wie niet weerhouden werd, vindt u bij de sollicitaties van die vacature (Vacatures, toestand „alle toestanden”).": (
    "Voici les personnes qui ont postulé à l'une de vos offres ou partagé leur profil avec vous, avec chaque candidature. Les personnes non retenues se trouvent dans les candidatures de l'offre (Offres d'emploi, état « tous les états »).",
    "Here are the people who applied for one of your vacancies or shared their profile with you, with each application. Those not retained are in the vacancy's applications (Vacancies, state \u201cevery state\u201d).")})
T.update({"Vul een gemeente of postcode in om binnen een afstand te zoeken.": (
    "Indiquez une commune ou un code postal pour chercher dans un rayon.", "Fill in a municipality or postal code to search within a distance.")})
T.update({"Terugkoppeling van de werkgever": ("Retour de l'employeur", "The employer's feedback")})
T.update({
    "Sorteer op relevantie, op datum of op afstand.": ("Triez par pertinence, par date ou par distance.", "Sort by relevance, by date or by distance."),
    "Op afstand sorteren kan rond een gemeente, binnen een afstand.": (
        "Le tri par distance se fait autour d'une commune, dans un rayon.", "Sorting by distance needs a municipality and a distance."),
    "dichtstbij eerst (met een afstand)": ("les plus proches d'abord (avec un rayon)", "nearest first (with a distance)"),
})
T.update({"Deze NACE-code bestaat niet: de groep of klasse (de eerste drie of vier cijfers) staat niet in de NACE-nomenclatuur.": (
    "Ce code NACE n'existe pas : le groupe ou la classe (les trois ou quatre premiers chiffres) ne figure pas dans la nomenclature NACE.",
    "This NACE code does not exist: its group or class (the first three or four digits) is not in the NACE classification.")})
T.update({"Doorverwezen door uw bemiddelaar": ("Orienté par votre conseiller", "Referred by your counsellor")})
T.update({"Deze vacature kan niet meer gewijzigd worden.": ("Cette offre ne peut plus être modifiée.", "This vacancy can no longer be changed.")})
