"""Walk of stop 26: searching "Yildiz" found nobody while "Yıldız" is on the list (a dotless ı has no decomposition);
the same for "Lodz"/"Łódź", "Oster"/"Øster". One search key, used by the register, the worklist and the generator."""

import pytest

from werkregie.core.text import search_key
from werkregie.people.models import name_key


@pytest.mark.parametrize("typed, stored", [("Yildiz", "Yıldız"), ("lodz", "Łódź"), ("oster", "Øster"), ("Strasse", "Straße"),
                                           ("zielinski", "Zieliński"), ("dogan", "Doğan"), ("Van den Bossche", "Van den Bossche")])
def test_a_name_typed_without_its_special_letters_finds_it(typed, stored):
    assert search_key(typed) == name_key(stored) == search_key(stored)


def test_the_worklist_finds_yildiz(db, ref):
    import datetime as dt

    from werkregie.core import clock
    from werkregie.worklist import services
    from werkregie.worklist import use_cases as worklist
    from werkregie.worklist.enums import TaskKind

    from . import factories as f
    from .worklist_support import caseload

    counsellor, _team, (person,) = caseload(1)
    person.last_name = "Yıldız"
    person.save()
    services.upsert_task("t:y", person_id=person.pk, kind=TaskKind.OTHER, due_on=dt.date(2026, 11, 30), title="Gesprek")
    with clock.travel_to(dt.date(2026, 11, 27)):
        found = worklist.tasks(f.principal(counsellor), worklist.filters_from({"name": "yildiz"})).page.items
    assert [r.task.key for r in found] == ["t:y"]
