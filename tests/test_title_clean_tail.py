"""Issue 18 point 6 (stop 45): what follows a spaced dash in a vacancy title often names the specialisation, so only
its places, shift and contract words are removed; what follows "@" names the employer and goes."""

import pytest

from werkregie.matching.engine.title_clean import clean_title
from werkregie.matching.engine.titles import default_index


@pytest.mark.parametrize(("title", "language", "cleaned"), [
    ("Electrician - Building Services", "en", "Electrician Building Services"),
    ("Registered Nurse - Geriatrics Ward", "en", "Registered Nurse Geriatrics Ward"),
    ("Vendeur (H/F) - magasin de bricolage", "fr", "Vendeur magasin de bricolage"),
    ("Reach Truck Driver - Port of Antwerp (3 shifts)", "en", "Reach Truck Driver"),
    ("Infirmier(ère) à domicile - région de Verviers", "fr", "Infirmier à domicile"),
    ("Cariste frontal et rétractable (H/F) - 2 pauses", "fr", "Cariste frontal et rétractable"),
    ("Productieoperator voeding (m/v/x) - 2 ploegen", "nl", "Productieoperator voeding"),
    ("Kok (m/v/x) - restaurant Brugge", "nl", "Kok restaurant"),
    ("Lasser @ Colruyt - Halle", "nl", "Lasser"),
    ("Chef | Hotel | Gent", "en", "Chef Hotel"),
    ("Verkoper - Sint-Niklaas", "nl", "Verkoper"),
])
def test_the_tail_keeps_the_specialisation_and_loses_places_and_shifts(title, language, cleaned):
    assert clean_title(title, language) == cleaned


def test_a_place_is_removed_only_after_the_dash():
    # "Mons" and "Spa" are municipalities; before the dash they are read as part of the title
    assert clean_title("Spa therapist - Mons", "en") == "Spa therapist"


@pytest.mark.parametrize(("title", "language", "gold"), [
    ("Electrician - Building Services", "en", "building electrician"),
    ("Store Manager - Fashion Retail", "en", "clothing shop manager"),
])
def test_the_specialisation_after_the_dash_reaches_the_occupation(title, language, gold):
    index = default_index()
    english = {o.uri: o.labels["en"][0] for o in index.taxonomy.occupations}
    assert gold in [english[found.uri] for found in index.search([title], language, top=3)[0]]
