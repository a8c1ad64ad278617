"""Stored vacancy titles that the intake and the import refuse today (issue 12/16: core.text.required_text_problem):
a title that is empty once its control and format characters are gone showed a blank heading and was found by the
public search; invisible characters around (or inside) visible text reorder or hide what a reader sees.

clean() walks every stored title once: invisible characters (Unicode Cc and Cf, as core.text.visible_text; a tab or a
line break becomes a space) are removed and the title stripped. A title with nothing visible left is emptied, and a
vacancy that can still move (draft, published, expired) is withdrawn through the declared transition "withdraw"
(workflows.py: closed, no longer open, so out of the public search, the lists of open vacancies, the ring offer and,
as closed, in the exchange's feed), logged by the platform with its reason and the characters it held. A filled or
closed vacancy keeps its state. Idempotent: a second run finds nothing. Run by migration 0016 on historical models
and by `werkregie manage clean_vacancy_titles` on the current ones."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from django.utils.translation import gettext_noop

from werkregie.core import clock
from werkregie.core.text import invisible_characters, visible_text
from werkregie.workflows import labels
from werkregie.workflows import services as wf

from . import closing

BLANK_TITLE = labels.register("reason.vacancy.blank_title", gettext_noop("Titel zonder zichtbare tekens (%(characters)s): ingetrokken"))
MOVABLE = ("draft", "published", "expired")


@dataclass
class Counts:
    cleaned: int = 0  # invisible characters removed around or inside a visible title
    withdrawn: int = 0  # nothing visible left: emptied and withdrawn
    emptied: int = 0  # nothing visible left, already filled or closed: emptied only


def clean_title(title: str) -> str:
    return " ".join(line.strip() for line in visible_text(title or "").replace("\t", " ").splitlines() if line.strip())


def clean(vacancy_model: type | None = None, log_model: type | None = None, *, dry_run: bool = False) -> dict[str, int]:
    """Clean every stored title (see the module). `vacancy_model`, `log_model`: a migration's historical models."""
    from werkregie.workflows.tables import REGISTRY

    from . import search

    if vacancy_model is None:
        from .models import Vacancy as vacancy_model  # noqa: N813
    counts = Counts()
    rows = vacancy_model._default_manager.select_related("municipality").order_by("pk")
    for vacancy in rows.iterator(chunk_size=2000):
        title = clean_title(vacancy.title)
        if title == vacancy.title:
            continue
        place = (vacancy.municipality.name_nl, vacancy.municipality.name_fr) if vacancy.municipality_id else ()
        fields = {"title": title, "search_text": search.text_from(title, vacancy.description, vacancy.occupation_uri, place), "updated_at": clock.now()}
        if title:
            counts.cleaned += 1
        elif vacancy.state in MOVABLE:
            counts.withdrawn += 1
            if not dry_run:
                shown = ", ".join(invisible_characters(vacancy.title)) or "—"
                # on the current models the running applications end with it (closing.py); a migration has no workflow to run them
                move = wf.transition if log_model is not None else closing.leave
                move(vacancy, "withdraw", wf.PLATFORM, reason=labels.coded(BLANK_TITLE, characters=shown), fields={**fields, "open": False},
                              table=REGISTRY["vacancy"], log_model=log_model, data={"title_was": invisible_characters(vacancy.title)})
            continue
        else:
            counts.emptied += 1
        if not dry_run:
            vacancy_model._default_manager.filter(pk=vacancy.pk).update(**fields)
    return asdict(counts)
