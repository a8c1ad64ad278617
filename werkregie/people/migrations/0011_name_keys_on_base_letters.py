"""Name keys with special letters on their base letter ("Yıldız" → "yildiz", werkregie.core.text.search_key): the keys of
persons whose names hold such a letter are made again. Only those rows are read and written."""

from functools import reduce
from operator import or_

from django.db import migrations
from django.db.models import Q

SPECIAL = "ıłŁøØđĐðÐþÞßæÆœŒħĦ"


def rekey(apps, schema_editor):  # noqa: ANN001, ANN201
    from werkregie.core.text import search_key

    Person = apps.get_model("people", "Person")
    touched = reduce(or_, (Q(first_name__contains=c) | Q(last_name__contains=c) for c in SPECIAL))
    for person in Person.objects.filter(touched).only("pk", "first_name", "last_name").iterator():
        Person.objects.filter(pk=person.pk).update(first_name_key=search_key(person.first_name), last_name_key=search_key(person.last_name))


class Migration(migrations.Migration):
    dependencies = [("people", "0010_alter_consent_options_alter_contactchannel_options_and_more")]
    operations = [migrations.RunPython(rekey, migrations.RunPython.noop)]
