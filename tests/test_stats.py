import pytest

from werkregie.people.stats import SUPPRESS_BELOW, current_status_counts

from . import factories as f


@pytest.mark.xfail(strict=True, reason="Encodes the small-cell leak of issue 17 point 5: a published total minus the published cells recovers the hidden one; the core suppression rule (complementary suppression) now hides it too. See tests/test_suppression_everywhere.py.")
def test_small_cells_are_suppressed_and_totals_are_per_status(ref):
    for _ in range(SUPPRESS_BELOW + 2):
        f.episode(f.person(municipality_id="44021"), "jobseeker_benefit")  # Oost-Vlaanderen
    for _ in range(3):
        f.episode(f.person(municipality_id="11002"), "jobseeker_benefit")  # Antwerpen
    for _ in range(2):
        f.episode(f.person(municipality_id="11002"), "sick")
    figures = current_status_counts()
    by_status = {s["status"]: s for s in figures["statuses"]}
    seekers = by_status["jobseeker_benefit"]
    assert seekers["persons"] == SUPPRESS_BELOW + 5
    cells = dict(zip(figures["provinces"], seekers["provinces"]))
    assert cells["Provincie Oost-Vlaanderen"] == SUPPRESS_BELOW + 2
    assert cells["Provincie Antwerpen"] is None
    assert by_status["sick"]["persons"] is None
    assert "insz" not in str(figures) and "first_name" not in str(figures)
