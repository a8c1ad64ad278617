"""Issue 16, walk: /admin/geo/municipality/ had a province filter link without text (Brussels' municipalities have no
province: "?province_nl=", axe "link-name"); it reads "Geen provincie"."""

from __future__ import annotations

import re

import pytest

from werkregie.accounts.models import Role
from werkregie.geo.models import Municipality

from . import factories as f

pytestmark = pytest.mark.django_db


def test_the_empty_province_filter_has_a_name(client, ref):
    assert Municipality.objects.filter(province_nl="").exists()  # Brussels
    client.force_login(f.user(Role.ADMIN, is_staff=True, is_superuser=True))
    html = client.get("/admin/geo/municipality/").content.decode()
    links = re.findall(r'<a href="(\?province_nl=[^"]*)"[^>]*>(.*?)</a>', html, re.S)
    assert links and all(text.strip() for _, text in links), links
    assert ("?province_nl=", "Geen provincie") in [(href, text.strip()) for href, text in links]
