"""Screening scores for every current job seeker as a batch job: each partition (a range of person ids) is read and
scored in a worker with the run's active models (`person_records` and `score_table` of werkregie/screening/training.py,
as `werkregie screening score` does), and written by the driver (`store_scores`: today's scores of the range
replaced). The models are fixed at the run's first start, so a resumed run scores with the same versions."""

from __future__ import annotations

import datetime as dt

from . import Job, chunked


class ScreeningScores(Job):
    name = "screening"
    description = "screening scores of every current job seeker"

    def key(self, context: dict) -> str:
        return context["today"]

    @staticmethod
    def context(size: int | None = None, explain_top: int = 3) -> dict:
        from werkregie.core import clock
        from werkregie.screening.engine.data import ScreeningInputError
        from werkregie.screening.training import CHUNK, active_models

        models = active_models()
        if 6 not in models:
            raise ScreeningInputError("no active 6-month screening model: run `werkregie screening train` first")
        return {"today": clock.today().isoformat(), "six": models[6].pk, "twelve": models[12].pk if 12 in models else None,
                "top": explain_top, "size": size or CHUNK}

    def partitions(self, context: dict) -> list:
        from django.db.models import Q

        from werkregie.people.models import StatusEpisode
        from werkregie.screening.engine import register

        day = dt.date.fromisoformat(context["today"])
        running = StatusEpisode.objects.filter(kind__in=register.SEEKING, start__lte=day).filter(Q(end__isnull=True) | Q(end__gte=day))
        return chunked(sorted(set(running.values_list("person_id", flat=True))), context["size"])

    def compute(self, context: dict, spec: object, payload: object) -> object:
        from werkregie.core import clock
        from werkregie.screening.engine import register
        from werkregie.screening.models import ScreeningModel
        from werkregie.screening.training import load, person_records, score_table

        six = ScreeningModel.objects.get(pk=context["six"])
        twelve = ScreeningModel.objects.get(pk=context["twelve"]) if context["twelve"] else None
        today = dt.date.fromisoformat(context["today"])
        rows = [{"person_id": record.id, **register.features(record, today)}
                for record in person_records(None, seeking_on=today, id_range=(spec[0], spec[-1]))
                if register.seeking_on(record, today) is not None]
        if not rows:
            return []
        return score_table(rows, six, twelve, load(six), load(twelve) if twelve else None, today, clock.now(), context["top"])

    def write(self, context: dict, spec: object, result: object) -> dict:
        from werkregie.screening.training import store_scores

        return {"scored": store_scores(result, context["six"], dt.date.fromisoformat(context["today"]), everyone=True)}

    def finish(self, context: dict, totals: dict, started: dict) -> dict:
        return {"today": context["today"], "scored": totals.get("scored", 0), "model": context["six"], "model_12m": context["twelve"]}
