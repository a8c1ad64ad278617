"""The citizen asks for an export of all their data on "Mijn gegevens", downloads it once, and is told in words that a
second download is not possible; accessible and at 390 px."""

import io
import json
import zipfile

import pytest

from werkregie.privacy.models import OwnDataExport

from .checks import PHONE, assert_axe_clean, assert_no_horizontal_scroll
from .test_pages import login, people  # noqa: F401 - the shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_citizen_requests_and_downloads_the_export_once(page, people, settings, tmp_path):
    settings.TASKS_SYNC = True  # the task runner builds the export inline
    settings.DATA_DIR = tmp_path
    page.set_viewport_size(PHONE)
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    region = page.get_by_role("region", name="Al mijn gegevens downloaden")
    region.get_by_role("button", name="Export van mijn gegevens aanvragen").click()
    page.wait_for_url("**/mijn-gegevens/export/*/")
    assert page.get_by_test_id("export-state").inner_text() == "Klaar om te downloaden"
    assert_axe_clean(page)
    assert_no_horizontal_scroll(page)
    with page.expect_download() as info:
        page.get_by_role("button", name="Mijn gegevens downloaden").click()
    download = info.value
    assert download.suggested_filename.startswith("mijn-gegevens-") and download.suggested_filename.endswith(".zip")
    archive = zipfile.ZipFile(io.BytesIO(open(download.path(), "rb").read()))
    data = json.loads(archive.read("mijn-gegevens.json"))
    identity = next(s for s in data["sections"] if s["key"] == "identity")
    assert identity["models"]["people.Person"]["rows"][0]["first_name"] == "Sofie"
    page.reload()
    assert page.get_by_test_id("export-state").inner_text() == "Gedownload"
    assert "al gedownload" in page.locator("main").inner_text()
    assert OwnDataExport.objects.get(person=people["mine"]).state == "downloaded"
    assert_axe_clean(page)
