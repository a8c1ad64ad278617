"""Attack of issue 16 (stop 37): the caseload's CSV download read up to 100 pages of 100 persons, each page sorted again
over the whole list and each logged in its own write. An administrator's download of the register (no filter) held the
demo's database for minutes, and the access-log writes of other users' pages timed out ("database is locked": the
controller's case page, the citizen's login). The download is now one query and one access-log write, every row
still logged with the columns shown."""

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests import factories as f
from werkregie.access.models import AccessLogEntry
from werkregie.access.services import HEAD
from werkregie.accounts.models import Role


def test_the_register_download_is_one_query_and_one_log_write(ref):
    people = [f.person(last_name=f"Naam{i:03d}") for i in range(230)]
    client = Client()
    client.force_login(f.user(Role.ADMIN))
    with CaptureQueriesContext(connection) as queries:
        answer = client.get("/caseload/export.csv?sorteer=naam")
    assert answer.status_code == 200
    lines = answer.content.decode("utf-8-sig").strip().splitlines()
    assert len(lines) == 1 + len(people), "every person listed, beyond the 100 of one page"
    # each access-log write reserves its sequence numbers once (record_access: "SET seq = seq + n")
    head_writes = [q for q in queries.captured_queries if HEAD in q["sql"] and "seq = seq +" in q["sql"]]
    assert len(head_writes) == 1, f"{len(head_writes)} access-log writes for one download"
    listed = [q for q in queries.captured_queries if q["sql"].startswith('SELECT "people_person"."id"') and " LIMIT " in q["sql"]]
    assert len(listed) == 1, f"{len(listed)} page queries for one download"
    logged = set(AccessLogEntry.objects.filter(person_id__in=[p.pk for p in people]).values_list("person_id", flat=True))
    assert logged == {p.pk for p in people}
