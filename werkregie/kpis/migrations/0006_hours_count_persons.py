"""The hours' contributions now count persons, not attendances (engine.contributions, stop 43): the stored ones are
stale. Forgetting the last full refresh makes the next refresh (the nightly job's incremental one, or `werkregie kpi
refresh`) a full one, which recomputes every contribution and cell."""

from django.db import migrations


def forget_the_full_refresh(apps, schema_editor):  # noqa: ANN001, ARG001
    apps.get_model("kpis", "RefreshState").objects.update(full_at=None)


class Migration(migrations.Migration):
    dependencies = [("kpis", "0005_published_inputs")]
    operations = [migrations.RunPython(forget_the_full_refresh, migrations.RunPython.noop)]
