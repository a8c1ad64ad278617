"""Walk of issue 13, the training guide's suggestions: a forklift driver was offered "Chauffeur de maître" as "close to
your profile" with 2 of its 26 essential skills (8 %), on the evidence "moins de 10 offres, aucun demandeur d'emploi".
Close now needs at least a fifth of the essential skills in hand (relevance.MIN_SKILL_SHARE), and fewer than the
small-cell threshold of vacancies with no job seeker is no bottleneck evidence: the page says the market is too small
to tell. The counts are written with their nouns, so French agrees them ("aucun demandeur d'emploi")."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from tests import factories
from tests.test_matching_platform import vacancy
from werkregie.accounts.models import Role
from werkregie.core.suppression import threshold
from werkregie.matching.models import DesiredOccupation, PersonExperience
from werkregie.matching.platform import taxonomy
from werkregie.organisations.models import OrganisationKind
from werkregie.training import bottlenecks, relevance
from werkregie.training.bottlenecks import Target

FORKLIFT = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755"  # forklift operator, ISCO 8344
PRIVATE_CHAUFFEUR = "http://data.europa.eu/esco/occupation/e75305db-9011-4ee0-ab62-8d41a98f807e"  # chauffeur de maître, 8322
CABLE_CAR = "http://data.europa.eu/esco/occupation/8f9b20ff-86b3-478c-8054-73a220973d6f"  # cable car operator, 8343


def _closeness(candidate: str) -> relevance.Closeness:
    tax = taxonomy()
    forklift = tax.occupation_index[FORKLIFT]
    held = relevance.held_skills(tax, set(), {forklift: 4.0})
    return relevance.closeness(tax, held, [forklift], tax.occupation_index[candidate])


def test_two_of_twenty_six_essential_skills_is_not_close():
    chauffeur = _closeness(PRIVATE_CHAUFFEUR)
    assert (chauffeur.skills_held, chauffeur.skills_total) == (2, 26) and chauffeur.score >= relevance.MIN_CLOSENESS
    assert not relevance.suggestable(chauffeur)
    cable_car = _closeness(CABLE_CAR)  # 2 of 8, the same ISCO minor group: close
    assert cable_car.skills_held / cable_car.skills_total >= relevance.MIN_SKILL_SHARE and relevance.suggestable(cable_car)


def test_a_few_vacancies_and_nobody_looking_is_no_bottleneck():
    below = threshold()
    assert bottlenecks.thin(below - 1, 0) and not bottlenecks.tight(below - 1, 0)
    assert bottlenecks.tight(below, 0) and not bottlenecks.thin(below, 0)
    assert bottlenecks.tight(5, 2)  # job seekers there: the ratio is evidence, as before
    with translation.override("nl"):
        thin = Target("u", "x", 4, 0)
        assert not thin.bottleneck and thin.thin_market
        assert thin.market_shown == ("minder dan 10 open vacatures en geen werkzoekenden in uw provincie: te weinig om er een "
                                     "knelpunt uit af te leiden")
        assert Target("u", "x", 25, 12).market_shown == "25 open vacatures, 12 werkzoekenden in uw provincie"


def test_one_of_each_where_the_platform_shows_small_counts(settings):
    settings.WERKREGIE_SUPPRESS_BELOW = 1
    with translation.override("nl"):
        assert Target("u", "x", 1, 1).market_shown == "1 open vacature, 1 werkzoekende in uw provincie"


def test_the_french_counts_agree_with_their_nouns():
    """Needs the compiled catalogues (the lead compiles scripts/translations_lead.py into werkregie/locale)."""
    with translation.override("fr"):
        assert Target("u", "x", 25, 0).market_shown.startswith("25 offres ouvertes, aucun demandeur d'emploi dans votre province")
        assert "aucune offre ouverte et aucun demandeur d'emploi" in Target("u", "x", 0, 0).market_shown
        assert "aucune demandeurs" not in Target("u", "x", 4, 0).market_shown


@pytest.fixture
def forklift_driver(db):
    cache.clear()
    person = factories.person(municipality_id="44021")
    PersonExperience.objects.create(person=person, occupation_uri=FORKLIFT, years=Decimal("4"))
    DesiredOccupation.objects.create(person=person, occupation_uri=FORKLIFT)
    employer = factories.organisation(OrganisationKind.EMPLOYER)
    for _i in range(threshold() - 1):  # what the walk saw: fewer than 10 vacancies, nobody looking
        vacancy(employer, occupation_uri=PRIVATE_CHAUFFEUR, open=True)
    yield factories.user(Role.CITIZEN, person=person)
    cache.clear()


def test_the_guide_proposes_neither_a_far_occupation_nor_a_thin_market(forklift_driver):
    client = Client()
    client.force_login(forklift_driver)
    page = client.get("/mijn-loopbaan/opleidingen/").content.decode()
    assert f'value="{PRIVATE_CHAUFFEUR}"' not in page
    assert "dicht bij uw profiel: u hebt of uw ervaring toont 2 van de 26" not in page
    assert f'value="{FORKLIFT}"' in page
    # chosen as a target by the person, the thin market is shown as such, never as a bottleneck
    DesiredOccupation.objects.create(person=forklift_driver.person, occupation_uri=PRIVATE_CHAUFFEUR)
    page = client.get("/mijn-loopbaan/opleidingen/").content.decode()
    assert 'data-market="thin"' in page and "te weinig om er een knelpunt uit af te leiden" in page
    mine = next(t for t in bottlenecks.targets([PRIVATE_CHAUFFEUR], "40000", suggest=0))
    assert mine.thin_market and not mine.platform_bottleneck
