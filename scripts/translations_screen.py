"""French and English for the screening model card's model choice and decision audit (werkregie/screening/), issue 18 points 1-2."""

T = {
    "logistische regressie": ("régression logistique", "logistic regression"),
    "gradient boosting (gekalibreerd)": ("gradient boosting (calibré)", "gradient boosting (calibrated)"),
    "mengsel van logistische regressie en gradient boosting": ("mélange de régression logistique et de gradient boosting",
                                                              "blend of logistic regression and gradient boosting"),
    "Lange afstand (kans op werk onder %(long)s %%)": ("Longue distance (chance d'emploi inférieure à %(long)s %%)",
                                                       "Long distance (chance of work below %(long)s %%)"),
    "Geen korte afstand (kans op werk hoogstens %(short)s %%)": ("Pas de courte distance (chance d'emploi d'au plus %(short)s %%)",
                                                                 "Not a short distance (chance of work at most %(short)s %%)"),
    "Niet voorgesteld als zelfredzaam (nodig: kans op werk boven %(short)s %%, Nederlands B1 of hoger, digitale vaardigheden)": (
        "Pas proposé comme autonome (requis : chance d'emploi supérieure à %(short)s %%, néerlandais B1 ou plus, compétences numériques)",
        "Not proposed as self-reliant (needed: chance of work above %(short)s %%, Dutch B1 or higher, digital skills)"),
    "%(decision)s: foutmarges per groep, %(group)s": ("%(decision)s : taux d'erreur par groupe, %(group)s", "%(decision)s: error rates per group, %(group)s"),
    "Gekozen model": ("Modèle choisi", "Chosen model"),
    "In gebruik: %(name)s.": ("En service : %(name)s.", "In use: %(name)s."),
    "Gekozen door geneste kruisvalidatie op de eerdere cohorten tussen logistische regressie, gradient boosting en een mengsel van beide: een ander model dan de logistische regressie enkel als het er duidelijk beter dan is (de ondergrens van het 95%-bootstrapinterval van de AUC-winst ligt boven nul).": (
        "Choisi par validation croisée imbriquée sur les cohortes antérieures entre la régression logistique, le gradient boosting et un mélange des deux : un autre modèle que la régression logistique seulement s'il est nettement meilleur (la borne inférieure de l'intervalle bootstrap à 95 % du gain d'AUC est supérieure à zéro).",
        "Chosen by nested cross-validation on the earlier cohorts among logistic regression, gradient boosting and a blend of both: a model other than the logistic regression only when it is clearly better (the lower end of the 95% bootstrap interval of the AUC gain lies above zero)."),
    "Modelkeuze (kruisvalidatie op de eerdere cohorten)": ("Choix du modèle (validation croisée sur les cohortes antérieures)",
                                                            "Model choice (cross-validation on the earlier cohorts)"),
    "Model": ("Modèle", "Model"),
    "95%-interval": ("intervalle à 95 %", "95% interval"),
    "Winst tegenover logistische regressie (95%-interval)": ("Gain par rapport à la régression logistique (intervalle à 95 %)",
                                                              "Gain over logistic regression (95% interval)"),
    "gekozen": ("choisi", "chosen"),
    "Gekozen: %(name)s": ("Choisi : %(name)s", "Chosen: %(name)s"),
    "Beslissingen van het platform, per groep": ("Décisions de la plateforme, par groupe", "The platform's decisions, per group"),
    "Het platform beslist voor iedereen met dezelfde grenzen: lange afstand bij een kans op werk onder %(long)s %%, korte afstand boven %(short)s %%, en een voorstel tot zelfredzaamheid enkel bij een korte afstand, Nederlands B1 of hoger en digitale vaardigheden (en geen drempels uit het gesprek). Er zijn geen drempels per groep.": (
        "La plateforme décide pour tous avec les mêmes limites : longue distance pour une chance d'emploi inférieure à %(long)s %%, courte distance au-dessus de %(short)s %%, et une proposition d'autonomie seulement pour une courte distance, un néerlandais B1 ou plus et des compétences numériques (et aucun obstacle relevé lors de l'entretien). Il n'y a pas de seuils par groupe.",
        "The platform decides for everyone with the same cuts: long distance for a chance of work below %(long)s %%, short distance above %(short)s %%, and a proposal of self-reliance only for a short distance, Dutch B1 or higher and digital skills (and no barrier from the conversation). There are no per-group thresholds."),
    "Waarom geen drempels per groep: een grens die afhangt van geslacht, herkomst, leeftijd of een arbeidsbeperking behandelt mensen rechtstreeks verschillend op grond van een beschermd criterium (Vlaams decreet van 10 juli 2008 over gelijke kansen en gelijke behandeling, antidiscriminatiewet en genderwet van 10 mei 2007, antiracismewet van 30 juli 1981), en zou bij elke beslissing bijzondere persoonsgegevens zoals herkomst en gezondheid gebruiken (artikel 9 AVG), waarvoor geen wettelijke grondslag bestaat. Daarom meet de audit de foutmarges per groep bij precies de grenzen die het platform gebruikt; verschillen worden aangepakt via de invoer, het model en de beoordeling door de bemiddelaar, niet via aparte drempels.": (
        "Pourquoi pas de seuils par groupe : une limite qui dépend du sexe, de l'origine, de l'âge ou d'un handicap traite les personnes directement différemment sur la base d'un critère protégé (décret flamand du 10 juillet 2008 sur l'égalité des chances et de traitement, loi antidiscrimination et loi genre du 10 mai 2007, loi antiracisme du 30 juillet 1981), et utiliserait à chaque décision des données sensibles comme l'origine et la santé (article 9 du RGPD), sans base légale. L'audit mesure donc les taux d'erreur par groupe exactement aux limites utilisées par la plateforme ; les écarts sont traités par les données d'entrée, le modèle et l'appréciation du conseiller, pas par des seuils distincts.",
        "Why no per-group thresholds: a cut that depends on sex, origin, age or a disability treats people differently directly on a protected ground (Flemish decree of 10 July 2008 on equal opportunities and equal treatment, the Anti-Discrimination Act and the Gender Act of 10 May 2007, the Anti-Racism Act of 30 July 1981), and would use special categories of personal data such as origin and health in every decision (GDPR article 9), for which there is no legal basis. The audit therefore measures the group error rates at exactly the cuts the platform uses; differences are addressed through the inputs, the model and the counsellor's assessment, not through separate thresholds."),
    "Let op: deze audit werd berekend bij de grenzen %(long)s en %(short)s, niet bij de grenzen die nu gelden. Hertrain het model om de beslissingen bij de huidige grenzen te meten.": (
        "Attention : cet audit a été calculé aux limites %(long)s et %(short)s, pas aux limites en vigueur. Réentraînez le modèle pour mesurer les décisions aux limites actuelles.",
        "Note: this audit was computed at the cuts %(long)s and %(short)s, not at the cuts in force now. Retrain the model to measure the decisions at the current cuts."),
    "Fout-positief: vond werk, maar kreeg deze beslissing. Fout-negatief: vond geen werk, maar kreeg deze beslissing niet (bij zelfredzaamheid: werd wel als zelfredzaam voorgesteld). Gemeten op de latere cohorten, bij vaste grenzen: niets werd gekozen op de gevallen waarop het gerapporteerd wordt. Groepen met te weinig gevallen zijn gemarkeerd als onbetrouwbaar.": (
        "Faux positif : a trouvé un emploi, mais a reçu cette décision. Faux négatif : n'a pas trouvé d'emploi, mais n'a pas reçu cette décision (pour l'autonomie : a été proposé comme autonome). Mesuré sur les cohortes ultérieures, à limites fixes : rien n'a été choisi sur les cas sur lesquels on rapporte. Les groupes trop petits sont marqués comme peu fiables.",
        "False positive: found work, but got this decision. False negative: found no work, but did not get this decision (for self-reliance: was proposed as self-reliant). Measured on the later cohorts, at fixed cuts: nothing was chosen on the cases it is reported on. Groups with too few cases are marked unreliable."),
    "Aandeel met deze beslissing %(share)s; fout-positief %(fpr)s, fout-negatief %(fnr)s.": (
        "Part avec cette décision %(share)s ; faux positifs %(fpr)s, faux négatifs %(fnr)s.",
        "Share with this decision %(share)s; false positives %(fpr)s, false negatives %(fnr)s."),
    "Dit model werd getraind voor de audit per beslissing bestond: hertrain het model.": (
        "Ce modèle a été entraîné avant l'audit par décision : réentraînez le modèle.",
        "This model was trained before the audit per decision existed: retrain the model."),
    "Nauwkeurigheid tegenover gelijke behandeling (analyse van andere grenzen, niet toegepast)": (
        "Précision face à l'égalité de traitement (analyse d'autres limites, non appliquée)",
        "Accuracy against equal treatment (analysis of other cuts, not applied)"),
    "Geen ander model is duidelijk beter dan de logistische regressie: de basislijn zelf wordt gebruikt.": (
        "Aucun autre modèle n'est nettement meilleur que la régression logistique : la référence elle-même est utilisée.",
        "No other model is clearly better than the logistic regression: the baseline itself is used."),
    "Het gekozen model is beter dan de logistische regressie, maar niet duidelijk met 0,02 AUC of meer.": (
        "Le modèle choisi est meilleur que la régression logistique, mais pas nettement de 0,02 d'AUC ou plus.",
        "The chosen model is better than the logistic regression, but not clearly by 0.02 AUC or more."),
    "Op de latere cohorten scoort het gekozen model lager dan de logistische regressie.": (
        "Sur les cohortes ultérieures, le modèle choisi obtient un score inférieur à la régression logistique.",
        "On the later cohorts the chosen model scores below the logistic regression."),
}
