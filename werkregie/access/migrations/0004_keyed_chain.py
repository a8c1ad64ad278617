"""Issue 17, point 6: a keyed chain, codes instead of translated labels, seq >= 1, and triggers that refuse UPDATE and
DELETE in the database itself.

Existing entries were hashed without a key and their actor label carried the role in the viewer's language
("Bart (Counsellor, Team Gent)"). If, and only if, the old chain verifies intact, they are rewritten once: the label
becomes the name (role and organisation are stored apart), the list/record kind is filled in, and every hash is
recomputed with the current key. A broken old chain is left as it is, so that `werkregie audit verify` still reports it.
"""

import hashlib
import re

from django.db import migrations, models

GENESIS = "0" * 64
SUFFIX = re.compile(r"^(.*\S) \([^()]*\)$")


def _legacy_hash(e) -> str:  # noqa: ANN001
    parts = [
        str(e.seq), str(e.reference), e.at.isoformat(timespec="microseconds"), str(e.actor_id or ""), e.actor_label,
        e.actor_role, e.organisation_name, str(e.person_id), e.what, e.purpose, e.channel, e.prev_hash,
    ]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


def rekey(apps, schema_editor):  # noqa: ANN001

    from werkregie.access.models import AccessLogEntry as Live
    from werkregie.access.services import shown_as

    Entry = apps.get_model("access", "AccessLogEntry")
    Head = apps.get_model("access", "AccessLogHead")
    rows = list(Entry.objects.order_by("seq"))
    if not rows:
        return
    prev, expected = GENESIS, 1
    for e in rows:
        if e.seq != expected or e.prev_hash != prev or _legacy_hash(e) != e.entry_hash:
            print(f"\n  access log: the unkeyed chain is broken at entry {e.seq}; left unchanged for `werkregie audit verify` to report")
            return
        prev, expected = e.entry_hash, e.seq + 1
    head = Head.objects.filter(pk=1).first()
    if head is None or head.seq != rows[-1].seq or head.entry_hash != prev:
        print("\n  access log: the head does not match the last entry; left unchanged for `werkregie audit verify` to report")
        return
    prev = GENESIS
    for e in rows:
        match = SUFFIX.match(e.actor_label) if e.actor_role else None
        live = Live(
            seq=e.seq, reference=e.reference, at=e.at, actor_id=e.actor_id, actor_label=match.group(1) if match else e.actor_label,
            actor_role=e.actor_role, organisation_name=e.organisation_name, person_id=e.person_id, what=e.what, purpose=e.purpose,
            channel=e.channel, shown=shown_as(e.what, 1), prev_hash=prev,
        )
        live.entry_hash = live.compute_hash()
        Entry.objects.filter(pk=e.pk).update(actor_label=live.actor_label, shown=live.shown, key_id=live.key_id, prev_hash=prev, entry_hash=live.entry_hash)
        prev = live.entry_hash
    Head.objects.filter(pk=1).update(entry_hash=prev)


def create_triggers(apps, schema_editor):  # noqa: ANN001
    from werkregie.access.dbguard import statements

    for sql in statements(schema_editor.connection.vendor, create=True):
        schema_editor.execute(sql, params=None)


def drop_triggers(apps, schema_editor):  # noqa: ANN001
    from werkregie.access.dbguard import statements

    for sql in statements(schema_editor.connection.vendor, create=False):
        schema_editor.execute(sql, params=None)


class Migration(migrations.Migration):
    dependencies = [("access", "0003_alter_accesslogentry_purpose")]

    operations = [
        migrations.AddField(
            model_name="accesslogentry", name="shown",
            field=models.CharField(choices=[("record", "dossier"), ("list", "lijst")], default="record", max_length=10),
        ),
        migrations.AddField(model_name="accesslogentry", name="key_id", field=models.CharField(default="", max_length=40)),
        migrations.RunPython(rekey, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="accesslogentry",
            constraint=models.CheckConstraint(condition=models.Q(seq__gte=1), name="access_log_seq_positive"),
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
