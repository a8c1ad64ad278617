"""A posting's reference in words for the statement: the training app books with `training:<provider>:<course>:<session>`
(its own keys, which the ledger keeps as they are); the person reads the course's title and provider instead. Read
only, at display time: the ledger itself does not depend on the catalogue."""

from __future__ import annotations

from django.utils.translation import get_language


def readable(references: list[str]) -> dict[str, str]:
    """reference -> words, for the references that name a course of the training catalogue."""
    wanted = {}
    for ref in set(references):
        parts = ref.split(":")
        if len(parts) >= 3 and parts[0] == "training":
            wanted[ref] = (parts[1], parts[2])
    if not wanted:
        return {}
    try:
        from werkregie.training.models import Course
    except ImportError:  # the catalogue is not installed: the references stay as they are
        return {}
    language = (get_language() or "nl")[:2]
    courses = {(c.provider.code, c.course_id): c for c in Course.objects.select_related("provider").filter(
        course_id__in={course for _p, course in wanted.values()}, provider__code__in={p for p, _c in wanted.values()})}
    out = {}
    for ref, key in wanted.items():
        course = courses.get(key)
        if course is not None:
            out[ref] = f"{course.title(language)} ({course.provider.name})"
    return out
