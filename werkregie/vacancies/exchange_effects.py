"""What a vacancy import does to what exists beside the vacancies themselves (exchange.py writes those): a record may not
move the workplace of a vacancy that had candidates, a vacancy the import closes ends its running applications, a
tombstone closes the copy it names, and the live match index learns which vacancies changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.utils.translation import gettext as _

from werkregie.core import clock

from .models import Vacancy, VacancyState

if TYPE_CHECKING:
    from .exchange import Clean, RecordError, Report

BATCH = 2000  # ids per query (exchange.BATCH)


def moved_with_candidates(rows: list[Clean], stored: dict[str, int]) -> list[RecordError]:
    """A record that moves the workplace of a vacancy that had candidates is refused, as in the form and the API
    (intake._refuse_moved_workplace: reading a candidate's distance band again after a move located their home; the
    import bypassed it: attack of stop 44)."""
    from .exchange import RecordError
    from .models import Application, CandidateSuggestion

    if not rows:
        return []
    ids = list(stored.values())
    had = set(Application.objects.filter(vacancy_id__in=ids).values_list("vacancy_id", flat=True))
    had |= set(CandidateSuggestion.objects.filter(vacancy_id__in=ids).values_list("vacancy_id", flat=True))
    message = _("De werkplek van een vacature die al kandidaten had, wijzigt niet meer. Sluit deze vacature en stuur een nieuwe "
                "met de nieuwe werkplek.")
    return [RecordError(c.line, "jobLocation", message) for c in rows if stored[c.source_id] in had]


def end_running_applications(vacancy_ids: list[int]) -> int:
    """A vacancy the import closed (a closing flag, a validThrough passed, a tombstone) ends its running applications as
    any close does (closing.end_applications: not retained, each candidate told why, the employer left with what it
    was shown then); the bulk write skipped that (attack of stop 44). The number ended."""
    from .closing import end_applications
    from .models import Application
    from .workflows import OPEN

    running: set[int] = set()
    for start in range(0, len(vacancy_ids), BATCH):
        running |= set(Application.objects.filter(vacancy_id__in=vacancy_ids[start:start + BATCH], state__in=OPEN)
                       .values_list("vacancy_id", flat=True))
    return sum(end_applications(vacancy, "close") for vacancy in Vacancy.objects.filter(pk__in=sorted(running)).order_by("pk"))


def take_down(source: str, tombstones: list[Clean], report: Report) -> list[int]:
    """Close the copies the tombstones name (published or expired ones; closed or unknown: unchanged). Their ids."""
    from django.db.models import F

    ids = list(Vacancy.objects.filter(source=source, source_id__in=[c.source_id for c in tombstones],
                                      state__in=(VacancyState.PUBLISHED, VacancyState.EXPIRED)).values_list("pk", flat=True))
    now = clock.now()
    Vacancy.objects.filter(pk__in=ids).update(state=VacancyState.CLOSED, open=False, state_since=now, updated_at=now, version=F("version") + 1)
    report.closed += len(ids)
    report.updated += len(ids)
    report.unchanged += len(tombstones) - len(ids)
    return ids


def notify_index(source: str, rows: list[Clean]) -> None:
    """Name the imported vacancies to the live match index (each process re-reads only those); an import larger than
    the index's overlay would fold into a rebuild anyway, so it asks for one at once."""
    from werkregie.matching import platform, signals

    if len(rows) > platform.OVERLAY_LIMIT:
        signals.bump()
        return
    ids = Vacancy.objects.filter(source=source, source_id__in=[c.source_id for c in rows]).values_list("pk", flat=True)
    signals.vacancies_changed(list(ids))
