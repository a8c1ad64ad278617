"""Translations of the strings added after the walk and the attack of stop 45 (issue 18: the engines' pages)."""

T = {
    "Cijfers": ("Chiffres", "Figures"),
    "kans op werk": ("chance de travail", "chance of work"),
    "Al voorgesteld, nog te bevestigen (hieronder):": ("Déjà proposées, encore à confirmer (ci-dessous) :", "Already suggested, still to be confirmed (below):"),
    "Deze competenties leiden we af uit het cv van de persoon. Ze tellen nergens mee (rangschikking, passende dienstbetrekking, sancties) tot de persoon of u ze bevestigt.": (
        "Nous déduisons ces compétences du CV de la personne. Elles ne comptent nulle part (classement, emploi convenable, sanctions) tant que la personne ou vous ne les confirmez pas.",
        "We infer these competences from the person's CV. They count for nothing (ranking, suitable employment, sanctions) until the person or you confirm them."),
    "Het gekozen model is beter dan de logistische regressie, maar de winst is niet zeker 0,02 AUC of meer: de ondergrens van het betrouwbaarheidsinterval is %(low)s.": (
        "Le modèle choisi est meilleur que la régression logistique, mais il n'est pas établi que le gain atteigne 0,02 AUC : la borne inférieure de l'intervalle de confiance est %(low)s.",
        "The chosen model is better than the logistic regression, but the gain is not certainly 0.02 AUC or more: the lower bound of the confidence interval is %(low)s."),
    "Fout-positief: vond werk, maar kreeg deze beslissing. Fout-negatief: vond geen werk, maar kreeg deze beslissing niet (bij zelfredzaamheid: werd wel als zelfredzaam voorgesteld). Gemeten op de latere cohorten, bij vaste grenzen: niets werd gekozen op de gevallen waarop het gerapporteerd wordt. Groepen met te weinig gevallen zijn gemarkeerd als onbetrouwbaar. Zoals overal op het platform wordt een kleine groep verborgen, en ook de kleinste andere groep van hetzelfde kenmerk wanneer de kleine groep anders uit het totaal te berekenen is; de verhouding tussen de groepen wordt dan niet getoond.": (
        "Faux positif : a trouvé du travail, mais a reçu cette décision. Faux négatif : n'a pas trouvé de travail, mais n'a pas reçu cette décision (pour l'autonomie : a bien été proposé comme autonome). Mesuré sur les cohortes ultérieures, à des seuils fixes : rien n'a été choisi sur les cas sur lesquels on fait rapport. Les groupes avec trop peu de cas sont marqués comme peu fiables. Comme partout sur la plateforme, un petit groupe est masqué, ainsi que le plus petit autre groupe de la même caractéristique lorsque le petit groupe pourrait sinon être calculé à partir du total ; le rapport entre les groupes n'est alors pas affiché.",
        "False positive: found work, but got this decision. False negative: did not find work, but did not get this decision (for self-reliance: was proposed as self-reliant). Measured on the later cohorts, at fixed cuts: nothing was chosen on the cases it is reported on. Groups with too few cases are marked as unreliable. As everywhere on the platform, a small group is hidden, and so is the smallest other group of the same attribute when the small group could otherwise be computed from the total; the ratio between the groups is then not shown."),
    "screeningswerklijst: naam, inschrijving, vervaldatum, maanden werkloos, laatste categorie": (
        "liste de travail du screening : nom, inscription, échéance, mois sans emploi, dernière catégorie",
        "screening worklist: name, registration, due date, months unemployed, last category"),
    "matching: passende dienstbetrekking voor vacature %(n1)s (oordeel per criterium)": (
        "correspondance : emploi convenable pour l'offre %(n1)s (verdict par critère)", "matching: suitable employment for vacancy %(n1)s (verdict per criterion)"),
    "matching: passende dienstbetrekking voor vacature %(n1)s (oordeel per criterium en de feiten erachter)": (
        "correspondance : emploi convenable pour l'offre %(n1)s (verdict par critère et les faits qui le fondent)",
        "matching: suitable employment for vacancy %(n1)s (verdict per criterion and the facts behind it)"),
    "matching: vacature %(n1)s voor de persoon (competenties, ervaring, gewenste beroepen, voorkeuren)": (
        "correspondance : offre %(n1)s pour la personne (compétences, expérience, métiers souhaités, préférences)",
        "matching: vacancy %(n1)s for the person (competences, experience, desired occupations, preferences)"),
    "matching: vacatures voor de persoon (competenties, ervaring, gewenste beroepen, voorkeuren)": (
        "correspondance : offres pour la personne (compétences, expérience, métiers souhaités, préférences)",
        "matching: vacancies for the person (competences, experience, desired occupations, preferences)"),
    "matching: vacatures uit de zoekresultaten voor de persoon (competenties, ervaring, gewenste beroepen, voorkeuren)": (
        "correspondance : offres des résultats de recherche pour la personne (compétences, expérience, métiers souhaités, préférences)",
        "matching: vacancies from the search results for the person (competences, experience, desired occupations, preferences)"),
}
