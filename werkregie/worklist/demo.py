"""Demo data of worklist; called by `werkregie demo` after the population, accounts, screening, matching and the other
domains exist. Runs the deadline sweep at today's date (every domain's contributor), then makes sure the demo counsellor
(`bemiddelaar`) has an open task of every kind, some overdue: kinds no domain produced for their caseload get a plausible
task on one of their job seekers (key "demo:<kind>:<person>"). Idempotent: a second call adds nothing."""

from __future__ import annotations

import datetime as dt
from typing import Callable

from werkregie.core import clock

# (title, detail, days from today: negative = overdue) for kinds the sweep did not produce in the demo caseload
DEMO_TASKS = {
    "screening_due": ("Screening binnen de termijn na inschrijving", "Nieuw ingeschreven, nog niet gescreend.", -6),
    "agreement_to_make": ("Bindende afspraken maken (niet-zelfredzaam, met uitkering)", "Niet-zelfredzaam beoordeeld; nog geen aanvaarde afspraken.", 9),
    "agreement_due": ("Afspraak vervalt binnenkort", "Sollicitatieopdracht: 4 sollicitaties tegen de vervaldag.", 5),
    "agreement_overdue": ("Afspraak over tijd", "Opleiding heftruck: geen bewijs van deelname ontvangen.", -4),
    "evidence_to_review": ("Bewijsstuk nakijken", "Attest van inschrijving voor de taalcursus opgeladen.", 2),
    "employer_feedback": ("Terugkoppeling van een werkgever", "De werkgever meldt dat de kandidaat niet op het sollicitatiegesprek kwam.", -1),
    "message_bounced": ("Bericht niet afgeleverd", "De e-mail met de uitnodiging kwam terug (adres onbekend); contactgegevens nakijken.", -2),
    "appointment_to_convoke": ("Oproeping versturen", "De boekingslink verliep ongebruikt; roep op voor een vast tijdstip.", 1),
    "attendance_to_record": ("Aanwezigheid registreren", "Gesprek van gisteren: aanwezig, verontschuldigd of niet gekomen?", -1),
    "hearing_to_plan": ("Verhoor plannen", "Het dossier ging naar de controledienst; een verhoor is nodig.", 10),
    "community_assignment": ("Gemeenschapsdienst toewijzen", "Meer dan 2 jaar werkzoekend zonder werk; een activiteit voorstellen.", 14),
    "reintegration_review": ("Re-integratie bekijken", "Derde maand ziekte: Terug-naar-werk bespreken met het ziekenfonds.", 7),
    "language_need": ("Taalcursus voorstellen", "Nederlands A2; de vacatures in het beroepsdoel vragen B1.", 20),
    "other": ("Opvolgen", "Telefonisch contact gevraagd door de werkzoekende.", 3),
}


def seed(progress: Callable[[int], None] | None = None) -> dict:
    from werkregie.accounts.models import User
    from werkregie.people.models import Person

    from .enums import TaskKind, TaskStatus
    from .models import Task
    from .services import upsert_task
    from .sweep import run

    today = clock.today()
    result = run(today)
    counsellor = User.objects.filter(username="bemiddelaar").first()
    made = 0
    if counsellor is not None:
        persons = list(Person.objects.filter(counsellor=counsellor).order_by("id").values_list("pk", flat=True)[:40])
        present = set(Task.objects.filter(person__counsellor=counsellor, status=TaskStatus.OPEN).values_list("kind", flat=True).distinct())
        for i, kind in enumerate(TaskKind.values):
            if kind in present or not persons:
                continue
            title, detail, days = DEMO_TASKS[kind]
            pid = persons[(i * 3) % len(persons)]
            _task, created = upsert_task(f"demo:{kind}:{pid}", person_id=pid, kind=kind, due_on=today + dt.timedelta(days=days), title=title,
                                         url=f"/personen/{pid}/", detail=detail, source="demo")
            made += created
            if progress:
                progress(1)
    return {"sweep_seconds": result["seconds"], "contributors": sorted(result["contributors"]), "demo_tasks": made}
