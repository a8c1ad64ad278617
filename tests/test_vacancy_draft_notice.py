"""The demo walk (issue 16, LOW 11): a draft's page said "Deze vacature is niet meer open." above "Toestand: Ontwerp".
A draft says it is not published yet; a closed vacancy still says it is no longer open."""

from werkregie.vacancies.models import Vacancy

from .test_vacancies import logged_in, world  # noqa: F401 - the fixture


def test_a_draft_says_it_is_not_yet_published(world):  # noqa: F811
    draft = Vacancy.objects.create(employer=world["employer"], title="Magazijnier", municipality_id="44021", open=False, state="draft")
    html = logged_in(world["boss"]).get(f"/vacatures/{draft.pk}/").content.decode()
    assert "nog niet gepubliceerd" in html and "niet meer open" not in html
    closed = Vacancy.objects.create(employer=world["employer"], title="Chauffeur", municipality_id="44021", open=False, state="closed")
    html = logged_in(world["boss"]).get(f"/vacatures/{closed.pk}/").content.decode()
    assert "Deze vacature is niet meer open." in html and "nog niet gepubliceerd" not in html
