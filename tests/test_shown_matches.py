"""Issue 16, point 3 (the demo walk's HIGH 4): the counsellor's "Beste vacatures" and a vacancy's candidate list (pages
and API) use the citizen's relevance threshold and "few good matches" message, from one definition (matching/shown.py):
a cleaning vacancy scored for a forklift driver is not listed among the best, only behind "toon ook minder passende"."""

from __future__ import annotations

from django.conf import settings

from werkregie.matching import shown, views
from werkregie.vacancies.models import Application, ApplicationOrigin

from .test_matching_platform import bearer
from .test_vacancies import logged_in, world  # noqa: F401 - the fixture


def _main_list(html: str) -> str:
    """The page without the weaker results (inside <details class="weaker-results">)."""
    return html.split('<details class="weaker-results"')[0]


def test_one_definition_of_what_is_shown():
    assert not hasattr(views, "FEW_RESULTS")  # no copy of the threshold beside shown.py
    assert shown.min_score() == settings.MATCHING_SHOWN_SCORE and shown.min_score(True) == 0.0


def test_the_counsellor_sees_good_vacancies_and_the_weaker_only_on_request(world):  # noqa: F811
    html = logged_in(world["counsellor"]).get(f"/personen/{world['person'].pk}/vacatures/").content.decode()
    best = _main_list(html.split('id="h-results"')[1])
    assert "Heftruckchauffeur" in best and "Schoonmaker" not in best
    assert "We vonden maar 1 vacature die goed bij deze persoon past." in best
    weaker = html.split('<details class="weaker-results"')[1].split("</details>")[0]
    assert "Toon ook 1 minder passende vacature" in weaker and "Schoonmaker" in weaker


def test_the_counsellor_api_uses_the_same_threshold(world):  # noqa: F811
    url = f"/api/v1/matching/persons/{world['person'].pk}/vacancies"
    client = logged_in(world["counsellor"])
    titles = [r["title"] for r in client.get(url, **bearer(world["counsellor"])).json()]
    assert titles == ["Heftruckchauffeur"]
    every = [r["title"] for r in client.get(f"{url}?include_weaker=true", **bearer(world["counsellor"])).json()]
    assert set(every) == {"Heftruckchauffeur", "Schoonmaker"}


def test_the_employer_sees_good_candidates_and_the_weaker_only_on_request(world):  # noqa: F811
    Application.objects.create(vacancy=world["cleaning"], person=world["person"], origin=ApplicationOrigin.APPLIED)
    name = f"{world['person'].last_name}, {world['person'].first_name}"
    html = logged_in(world["other_boss"]).get(f"/vacatures/{world['cleaning'].pk}/kandidaten/").content.decode()
    assert name not in _main_list(html) and "We vonden geen kandidaat die goed bij deze vacature past." in html
    assert "Toon ook 1 minder passende kandidaat" in html and name in html.split('<details class="weaker-results"')[1]
    url = f"/api/v1/matching/vacancies/{world['cleaning'].pk}/candidates"
    assert logged_in(world["other_boss"]).get(url, **bearer(world["other_boss"])).json()["candidates"] == []
    every = logged_in(world["other_boss"]).get(f"{url}?include_weaker=true", **bearer(world["other_boss"])).json()["candidates"]
    assert [c["person_id"] for c in every] == [world["person"].pk]
    # a good candidate is listed as before, without the message
    Application.objects.create(vacancy=world["job"], person=world["person"], origin=ApplicationOrigin.APPLIED)
    good = logged_in(world["boss"]).get(f"/vacatures/{world['job'].pk}/kandidaten/").content.decode()
    assert name in _main_list(good) and "minder passende" not in good


def test_no_good_vacancy_says_none_not_maar_0_and_speaks_about_the_person(world):  # noqa: F811
    """Re-walk of stop 30: "We vonden maar 0 vacatures…" followed by "Geen open vacatures binnen uw bereik" (the job
    seeker addressed on the counsellor's page)."""
    from werkregie.vacancies.models import Vacancy

    Vacancy.objects.filter(title="Heftruckchauffeur").delete()
    html = logged_in(world["counsellor"]).get(f"/personen/{world['person'].pk}/vacatures/").content.decode()
    best = _main_list(html.split('id="h-results"')[1])
    assert "We vonden geen vacature die goed bij deze persoon past." in best
    assert "maar 0" not in best and "uw bereik" not in best
