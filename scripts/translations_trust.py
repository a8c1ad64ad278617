"""fr/en translations of the strings added by the trust follow-up of issue 17 (werkregie/api/preconditions.py)."""

T = {
    "If-Match moet de ETag zijn die u bij het ophalen kreeg, bv. \"v3\".": {
        "fr": "If-Match doit être l'ETag reçu lors de la lecture, p. ex. \"v3\".",
        "en": "If-Match must be the ETag you received when fetching, e.g. \"v3\".",
    },
    "Stuur de versie mee die u bewerkt: de ETag of `%(field)s` uit uw GET in een If-Match-kop (bv. If-Match: \"v3\"), "
    "of het veld `%(field)s` in de body. Zo overschrijft niemand ongemerkt de wijziging van een ander.": {
        "fr": "Envoyez la version que vous modifiez : l'ETag ou `%(field)s` de votre GET dans un en-tête If-Match (p. ex. If-Match: \"v3\"), "
              "ou le champ `%(field)s` dans le corps. Ainsi, personne n'écrase sans le savoir la modification d'un autre.",
        "en": "Send the version you are editing: the ETag or `%(field)s` from your GET in an If-Match header (e.g. If-Match: \"v3\"), "
              "or the field `%(field)s` in the body. That way nobody silently overwrites someone else's change.",
    },
    "Stuur de versie mee die u bewerkt: de ETag uit uw GET in een If-Match-kop (bv. If-Match: \"v3\"). "
    "Zo overschrijft niemand ongemerkt de wijziging van een ander.": {
        "fr": "Envoyez la version que vous modifiez : l'ETag de votre GET dans un en-tête If-Match (p. ex. If-Match: \"v3\"). "
              "Ainsi, personne n'écrase sans le savoir la modification d'un autre.",
        "en": "Send the version you are editing: the ETag from your GET in an If-Match header (e.g. If-Match: \"v3\"). "
              "That way nobody silently overwrites someone else's change.",
    },
    "ontbreekt": {"fr": "manquant", "en": "missing"},
    "Geen persoon met dit nummer binnen uw toegang.": {
        "fr": "Aucune personne avec ce numéro dans votre accès.",
        "en": "No person with this number within your access.",
    },
}
