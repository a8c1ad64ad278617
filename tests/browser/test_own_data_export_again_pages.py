"""Issue 13, the walk: once an export was downloaded (or had expired), its page said "vraag een nieuwe export aan" but
had no button to do so, and "Mijn gegevens" still offered the first request's words. Now both have "Nieuwe export
aanvragen", which starts a new export."""


import pytest

from werkregie.privacy.models import OwnDataExport

from .checks import PHONE, assert_axe_clean
from .test_pages import login, people  # noqa: F401 - the shared fixture

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_after_a_download_and_after_expiry_a_new_export_is_one_button_away(page, people, settings, tmp_path):
    settings.TASKS_SYNC = True
    settings.DATA_DIR = tmp_path
    page.set_viewport_size(PHONE)
    login(page, "sofie")
    page.wait_for_url("**/mijn-gegevens/")
    page.get_by_role("region", name="Al mijn gegevens downloaden").get_by_role("button", name="Export van mijn gegevens aanvragen").click()
    page.wait_for_url("**/mijn-gegevens/export/*/")
    with page.expect_download():
        page.get_by_role("button", name="Mijn gegevens downloaden").click()
    page.reload()
    first = OwnDataExport.objects.get()
    assert first.state == "downloaded"
    page.get_by_role("button", name="Nieuwe export aanvragen").click()
    page.wait_for_url(f"**/mijn-gegevens/export/{first.pk + 1}/")
    assert page.get_by_test_id("export-state").inner_text() == "Klaar om te downloaden"
    assert_axe_clean(page)

    OwnDataExport.objects.filter(pk=first.pk + 1).update(state="expired")  # as the expiry task leaves it
    page.goto("/mijn-gegevens/")
    region = page.get_by_role("region", name="Al mijn gegevens downloaden")
    assert region.get_by_role("button", name="Export van mijn gegevens aanvragen").count() == 0
    region.get_by_role("link", name="Uw laatste export").click()
    assert "verlopen" in page.locator("main").inner_text()
    page.get_by_role("button", name="Nieuwe export aanvragen").click()
    page.wait_for_url(f"**/mijn-gegevens/export/{first.pk + 2}/")
    assert OwnDataExport.objects.count() == 3
