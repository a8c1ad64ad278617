"""The header's bar per role (web/nav.py BAR, issue 16): declared beside the menu, consistent with it, and split from
"Meer" the way the header shows it."""

import pytest
from django.test import RequestFactory

from werkregie.accounts.models import Role
from werkregie.web.nav import BAR, MENU, NavLink, navigation, split_bar

from . import factories as f


def test_every_bar_names_pages_its_role_has_in_the_menu():
    roles_by_page = {entry.url_name: entry.roles for entry in MENU}
    for role, names in BAR.items():
        assert len(names) == len(set(names)), role
        for name in names:
            assert name == "api_page" or role in roles_by_page.get(name, ()), f"{role}: {name} is not in its menu"
    assert set(BAR) == {role.value for role in Role}  # every role has its bar


def links(*names: str) -> list[NavLink]:
    return [NavLink(name, f"/{name}/", name, False) for name in names]


def test_the_bar_keeps_its_declared_order_and_the_rest_keeps_the_menu_order():
    bar, more = split_bar(Role.COUNSELLOR, links("careers_evc_queue", "worklist", "caseload", "agenda", "digital_support",
                                                 "vacancy_list", "screening_model_card", "api_page"))
    assert [link.url_name for link in bar] == ["worklist", "caseload", "agenda", "vacancy_list"]
    assert [link.url_name for link in more] == ["careers_evc_queue", "digital_support", "screening_model_card", "api_page"]


def test_a_single_page_left_over_joins_the_bar_instead_of_hiding_behind_meer():
    bar, more = split_bar(Role.CONTROLLER, links("compliance_cases", "caseload", "api_page"))
    assert [link.url_name for link in bar] == ["compliance_cases", "caseload", "api_page"] and more == []


@pytest.mark.django_db
def test_the_current_page_under_meer_is_said(rf: RequestFactory):
    request = rf.get("/screening/modelkaart/")
    request.user = f.user(Role.COUNSELLOR, f.organisation("vdab_team"))
    context = navigation(request)
    current = [link for link in context["nav_more"] if link.current]
    assert [link.url for link in current] == ["/screening/modelkaart/"] and context["nav_more_current"]
    assert not any(link.current for link in context["nav_bar"])
    bar, more = [link.url for link in context["nav_bar"]], [link.url for link in context["nav_more"]]
    assert sorted(bar + more) == sorted(url for url, _label, _current in context["nav_items"])  # each page once
