"""Cases transferred to the control service before the planning term existed get it: the service standard's working
days from the day of the transfer (werkregie/workflows/parameters/compliance_hearing_planning.yaml)."""

from django.db import migrations


def give_planning_terms(apps, schema_editor):  # noqa: ANN001, ANN201
    from werkregie.core import clock
    from werkregie.workflows.deadlines import term_end

    Case = apps.get_model("compliance", "Case")
    for case in Case.objects.filter(state="opened", deadline__isnull=True).only("pk", "opened_at").iterator():
        opened = case.opened_at.astimezone(clock.BRUSSELS).date()
        Case.objects.filter(pk=case.pk).update(deadline=term_end("compliance_hearing_planning", opened))


class Migration(migrations.Migration):
    dependencies = [("compliance", "0006_dutch_help_texts")]
    operations = [migrations.RunPython(give_planning_terms, migrations.RunPython.noop)]
