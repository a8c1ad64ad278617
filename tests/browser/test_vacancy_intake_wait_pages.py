"""Walk of issue 16 (point 11, "without waiting"): the employer's "Nieuwe vacature" steps ("Beroep en competenties
voorstellen", "Als ontwerp bewaren") took 4–5 s with no sign of progress, and after saving the vacancy's address kept
the form's fragment (/vacatures/9805/#voorstel). The form shows the progress component (data-progress) and only the
proposal's steps land on #voorstel."""

import pytest

from werkregie.vacancies.models import Vacancy

from .test_pages import login, people  # noqa: F401 - shared fixture
from .test_vacancy_pages import NOW, market  # noqa: F401 - shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_the_intake_shows_its_progress_and_saving_drops_the_fragment(page, market):  # noqa: F811 - the fixture
    from werkregie.organisations.models import EmployerMembership

    EmployerMembership.objects.create(user=market["boss"], organisation=market["boss"].organisation, role="administrator", state="confirmed",
                                      requested_at=NOW)
    # the engines load once per process (the server preloads them); warmed outside the timed clicks
    from werkregie.matching.engine.skills import default_skill_index
    from werkregie.matching.engine.titles import default_index

    default_skill_index().extract("vrachtwagens laden met de heftruck", "nl")
    default_index().search(["heftruckchauffeur"], "nl", 1)
    login(page, "werkgever")
    page.goto("/vacatures/nieuw/")
    form = page.locator("main form[data-progress]")
    assert form.count() == 1 and form.locator(".progress.htmx-indicator").count() == 1
    page.get_by_label("Functietitel").fill("Heftruckchauffeur")
    page.get_by_label("Omschrijving van de job").fill("Je laadt en lost vrachtwagens met de heftruck en houdt de voorraad bij.")
    page.get_by_label("Gemeente van de werkplek").fill("44021")
    page.get_by_role("button", name="Beroep en competenties voorstellen").click()
    page.locator("#voorstel").wait_for()
    assert page.evaluate("location.hash") == "#voorstel"  # the proposal still comes into view
    # a submit marks the form busy and shows the indicator (components.js), whatever the button
    assert page.evaluate("""() => { const form = document.querySelector('main form[data-progress]');
        form.addEventListener('submit', (e) => e.preventDefault(), {once: true});
        form.requestSubmit(form.querySelector('button[value=draft]'));
        return [form.getAttribute('aria-busy'), form.querySelector('.htmx-indicator').classList.contains('htmx-request')]; }""") == ["true", True]
    page.get_by_role("button", name="Alle essentiële aanvinken").click()
    page.wait_for_function("() => document.querySelectorAll('input[name=skills]:checked').length > 0")
    assert page.evaluate("location.hash") == "#voorstel"
    page.get_by_role("button", name="Als ontwerp bewaren").click()
    page.locator(".messages").wait_for()
    posted = Vacancy.objects.exclude(pk=market["vacancy"].pk).get()
    assert page.evaluate("location.pathname") == f"/vacatures/{posted.pk}/"
    assert page.evaluate("location.hash") == "", "the vacancy's address keeps the form's #voorstel"
