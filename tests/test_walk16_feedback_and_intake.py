"""Walk of issue 16: the employer's feedback form ticked "De kandidaat wordt niet weerhouden" beforehand; the intake
offered "Operator chipper" and "Schadebehandelaar" for the title "Metselaar"."""

from __future__ import annotations

import re
from types import SimpleNamespace

from werkregie.vacancies import intake
from werkregie.vacancies.models import Application, ApplicationOrigin

from .test_vacancies import logged_in, world  # noqa: F401 - the fixture


def test_not_retained_starts_unticked(world):  # noqa: F811
    application = Application.objects.create(vacancy=world["job"], person=world["person"], origin=ApplicationOrigin.APPLIED)
    page = logged_in(world["boss"]).get(f"/sollicitaties/{application.pk}/terugkoppeling/").content.decode()
    [box] = re.findall(r'<input type="checkbox" name="reject"[^>]*>', page)
    assert "checked" not in box


def test_occupations_far_below_the_best_are_not_offered():
    found = [SimpleNamespace(uri=u, label=u, score=s) for u, s in
             (("metselaar", 1.0), ("voorman metselaar", 0.985), ("opperman bouw", 0.369), ("operator chipper", 0.329), ("schadebehandelaar", 0.329))]
    assert [o.label for o in intake.near_the_best(found)] == ["metselaar", "voorman metselaar", "opperman bouw"]
    assert intake.near_the_best([]) == []


def test_the_intake_for_metselaar_leaves_out_chipper_and_claims():
    labels = {o["label"].lower() for o in intake.suggest("Metselaar", "")["occupations"]}
    assert "metselaar" in labels and not labels & {"operator chipper", "schadebehandelaar"}
