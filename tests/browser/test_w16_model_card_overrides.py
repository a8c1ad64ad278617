"""Walk of issue 16, finding 2: the model card's "Afwijkingen van het voorstel" listed 100+ raw usernames
("bemiddelaar-refreg01-1-1"), nearly all with dashes, printed counts without thousands separators (4212), and called a
cell hidden by complementary suppression "nee, te weinig gevallen". Now: counsellors by name, those with every figure
hidden counted in one sentence, counts in Belgian notation, and a dash explained as hidden to protect a small group."""

import datetime as dt

import pytest

from werkregie.accounts.models import Role
from werkregie.screening.models import Assessment

from .. import factories as f
from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll, viewport
from .test_pages import PASSWORD, login

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _assessments(counsellor, people, count: int, overrides: int) -> list[Assessment]:  # noqa: ANN001
    at = dt.datetime(2026, 1, 5, tzinfo=dt.timezone.utc)
    return [Assessment(person=people[i % len(people)], counsellor=counsellor, assessed_at=at, competences="sufficient", dutch_level="B1",
                       digital_skills="basic", motivation="high", proposed_category="short", proposed_self_reliant=False,
                       category="long" if i < overrides else "short", self_reliant=False, overridden=i < overrides,
                       override_reason="Reden die lang genoeg is." if i < overrides else "") for i in range(count)]


@pytest.fixture
def overrides(ref):  # noqa: ANN001, ANN201
    people = [f.person(sex="FM"[i % 2]) for i in range(20)]
    anna = f.user(Role.COUNSELLOR, username="bemiddelaar-a-1", first_name="Anna", last_name="Claes")
    bert = f.user(Role.COUNSELLOR, username="bemiddelaar-b-1", first_name="Bert", last_name="Maes")
    rows = _assessments(anna, people, 1100, 120) + _assessments(bert, people, 60, 15)
    for i in range(6):  # six counsellors with two assessments each: every figure hidden
        rows += _assessments(f.user(Role.COUNSELLOR, username=f"bemiddelaar-c-{i}"), people, 2, 0)
    Assessment.objects.bulk_create(rows)
    f.user(Role.ANALYST, username="ann", password=PASSWORD)


def test_overrides_by_name_with_hidden_counsellors_counted(page, overrides):
    login(page, "ann")
    page.goto("/screening/modelkaart/")
    section = page.get_by_role("region", name="Afwijkingen van het voorstel")
    table = section.locator("table").first
    heads = table.locator("tbody th").all_inner_texts()
    assert heads == ["Anna Claes", "Bert Maes"], heads  # by name, only those with figures to show
    assert "bemiddelaar-" not in section.inner_text()
    anna = table.locator("tbody tr").first.inner_text()
    assert "1.100" in anna and "120" in anna, anna  # thousands separator
    assert "6 bemiddelaars met te weinig beoordelingen staan niet in de tabel" in section.inner_text()
    assert "verborgen, omdat de groep kleiner is dan 10" in section.inner_text()
    for size in (None, PHONE):
        if size:
            with viewport(page, size):
                assert_axe_clean(page)
                assert_no_horizontal_scroll(page)
        else:
            assert_axe_clean(page)
