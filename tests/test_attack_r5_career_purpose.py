"""Attack round 5, M-c: /personen/<id>/loopbaan/ showed the passport and the EVC requests without asking why the file
was opened, and logged a purpose the user never gave. It now asks as the person file does and logs the choice."""

from __future__ import annotations

from tests.careers_support import key_folder, setup, world  # noqa: F401 - fixtures
from tests.test_careers_person_file_links import _client, _evidence
from werkregie.access.models import AccessLogEntry


def test_the_career_page_asks_the_purpose_and_logs_the_one_chosen(world):  # noqa: F811
    _evidence(world)
    client = _client(world.counsellor)
    pk = world.person.pk
    before = max(AccessLogEntry.objects.values_list("pk", flat=True), default=0)
    asked = client.get(f"/personen/{pk}/loopbaan/")
    page = asked.content.decode()
    assert asked.status_code == 200 and 'name="doel"' in page and "Competentievisum" not in page and "Bekaert" not in page
    assert not AccessLogEntry.objects.filter(person_id=pk, pk__gt=before).exists()
    assert client.get(f"/personen/{pk}/loopbaan/", {"doel": "complaint_handling"}).status_code == 403
    assert not AccessLogEntry.objects.filter(person_id=pk, pk__gt=before).exists()
    assert client.get(f"/personen/{pk}/loopbaan/", {"doel": "screening"}).status_code == 200
    logged = set(AccessLogEntry.objects.filter(person_id=pk, pk__gt=before).values_list("what", "purpose"))
    assert {("digitale bewijzen: competentiepaspoort", "screening"), ("EVC: aanvragen van de persoon", "screening")} <= logged, logged
    assert client.get(f"/personen/{pk}/loopbaan/").status_code == 200  # the choice is remembered for this person
