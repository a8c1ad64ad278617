"""Walk of issue 16 (demo data): the waste company Ivago posted "Vliegtuigtanker", the intercommunal "Inlichtingsofficier"
and "Parlementair medewerker", the temp agency "Au pair" and "Kapitein". Checked over every ESCO occupation: what each
of those demo employers may post (organisations.sectors.fits) lies within groups listed here by hand."""

import pytest

from werkregie.matching.platform import taxonomy
from werkregie.organisations import demo, sectors

NACE = {name: nace for name, nace, _serial in demo.EMPLOYERS}
WALK = {
    "Afvalbedrijf Ivago": {"aircraft fuel system operator"},
    "Intergemeentelijke Vereniging Leie": {"intelligence officer", "parliamentary assistant"},
    demo.AGENCY: {"au pair", "ship captain"},
}
BY_HAND = {  # ISCO-08 prefixes, by hand: what such an employer plausibly posts
    "Afvalbedrijf Ivago": ("21", "31", "83", "96"),  # environmental engineers and technicians, drivers, refuse workers
    demo.AGENCY: ("25", "31", "35", "4", "5", "7", "8", "9"),  # common temporary work: no managers, professionals, ship officers
}


@pytest.fixture(scope="module")
def occupations():
    return [(o.label("en"), o.isco) for o in taxonomy().occupations if o.isco]


@pytest.mark.parametrize("employer", sorted(WALK))
def test_the_walks_odd_vacancies_are_no_longer_posted(occupations, employer):
    posted = {label for label, isco in occupations if sectors.fits(NACE[employer], isco, label)}
    assert posted, employer
    assert not posted & WALK[employer], posted & WALK[employer]


@pytest.mark.parametrize("employer", sorted(BY_HAND))
def test_every_occupation_an_employer_may_post_lies_in_its_sectors_groups(occupations, employer):
    outside = [(label, isco) for label, isco in occupations if sectors.fits(NACE[employer], isco, label) and not isco.startswith(BY_HAND[employer])]
    assert not outside, outside[:10]
    assert not [label for label, isco in occupations if sectors.fits(NACE[demo.AGENCY], isco, label) and isco.startswith("315")]


def test_ivago_still_posts_refuse_work(occupations):
    assert any(isco.startswith("961") for label, isco in occupations if sectors.fits(NACE["Afvalbedrijf Ivago"], isco, label))
