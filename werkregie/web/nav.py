"""The main menu: one declared list of (page, label, roles). A domain adds its page here; an entry whose page does not
exist (yet) is left out rather than breaking every page."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

CITIZEN, COUNSELLOR, CONTROLLER, EMPLOYER = "citizen", "counsellor", "controller", "employer"
MUNICIPALITY, PARTNER, ANALYST, ADMIN = "municipality", "partner", "analyst", "admin"


@dataclass(frozen=True)
class NavItem:
    url_name: str
    label: object
    roles: frozenset[str]
    label_by_role: tuple = ()  # ((role, label), …) where one role names the page differently
    partner_types: frozenset[str] = frozenset()  # for a partner: only these kinds of partner organisation (empty: every partner)
    when: str = ""  # "module.function"(principal) -> bool: shown only when it says so (checked only for the roles above)


def item(url_name: str, label: object, *roles: str, partner_types: tuple[str, ...] = (), when: str = "", **by_role: object) -> NavItem:
    return NavItem(url_name, label, frozenset(roles), tuple(by_role.items()), frozenset(partner_types), when)


def _holds(predicate: str, user) -> bool:  # noqa: ANN001
    from importlib import import_module

    from werkregie.accounts.principal import Principal

    module, _dot, name = predicate.rpartition(".")
    return bool(getattr(import_module(module), name)(Principal.for_session(user)))


TRAINING_PARTNERS = ("training_provider",)  # a mutuality or an integration agency has no catalogue and assesses no EVC
SECTOR_PARTNERS = ("sector_organisation",)  # an employers' sector organisation: only its sector's figures (organisations.sector_gate)


MENU = (
    item("citizen_home", _("Mijn gegevens"), CITIZEN),
    item("my_appointments", _("Mijn afspraken"), CITIZEN),
    item("my_messages", _("Berichten"), CITIZEN),
    item("compliance_my_cases", _("Mijn controledossiers"), CITIZEN),
    item("work_pays", _("Loont werken?"), CITIZEN),  # issue 15 point 15: "Mijn jobbonus" renamed, the job bonus inside
    item("my_screening", _("Mijn kans op werk"), CITIZEN),
    item("my_vacancies", _("Vacatures voor mij"), CITIZEN),
    item("careers_home", _("Mijn Loopbaan"), CITIZEN),
    item("training_guide", _("Opleidingen"), CITIZEN),  # issue 13: the training guide
    item("careers_evc_queue", _("EVC-aanvragen"), COUNSELLOR, PARTNER, ADMIN, when="werkregie.careers.perms.is_assessor"),
    item("worklist", _("Werklijst"), COUNSELLOR, ADMIN),
    item("caseload", _("Personen"), COUNSELLOR, CONTROLLER, ADMIN, PARTNER, counsellor=_("Mijn caseload"),
         when="werkregie.people.perms.consults_persons"),  # a partner without a current link with anyone has no caseload
    item("agenda", _("Agenda"), COUNSELLOR, ADMIN),
    item("digital_support", _("Digitale ondersteuning"), COUNSELLOR, ADMIN),
    item("employer_requests", _("Aanvragen van werkgevers"), ADMIN),  # issue 12: first administrators of employers to confirm
    item("delivery_reports", _("Afleverrapporten"), ADMIN),
    item("platform_keys", _("Sleutels"), ADMIN),  # the platform's signing keys: list and rotation  # bounces and deliveries of the channels, read in by hand
    item("compliance_cases", _("Controledossiers"), CONTROLLER, ADMIN),
    item("compliance_deviations", _("Afwijkingen sancties"), ANALYST),
    item("screening_model_card", _("Modelkaart"), COUNSELLOR, ANALYST, ADMIN),
    item("policy_simulation", _("Beleidssimulatie"), ANALYST, ADMIN),  # issue 15 point 16
    item("vacancy_list", _("Vacatures"), COUNSELLOR, ADMIN, EMPLOYER),
    item("municipality_clients", _("Cliënten"), MUNICIPALITY),
    item("community_planning", _("Gemeenschapsdienst"), MUNICIPALITY, COUNSELLOR, ADMIN),
    item("employer_candidates", _("Kandidaten"), EMPLOYER),
    item("vacancy_new", _("Nieuwe vacature"), EMPLOYER),
    item("my_employer", _("Mijn organisatie"), EMPLOYER),
    item("support_measures", _("Steunmaatregelen voor werkgevers"), EMPLOYER),
    item("employer_notices", _("Berichten over uw vacatures"), EMPLOYER),  # issue 12
    item("vacancy_sectors", _("Competenties per sector"), EMPLOYER, COUNSELLOR, ANALYST, ADMIN),  # issue 12
    item("vacancy_sectors", _("Competenties in mijn sector"), PARTNER, partner_types=SECTOR_PARTNERS),  # issue 12 point 8
    item("vacancy_missed_skills", _("Gemiste competenties"), COUNSELLOR, ANALYST, ADMIN, PARTNER, partner_types=SECTOR_PARTNERS),
    item("vacancy_search", _("Vacatures zoeken"), CITIZEN),  # issue 12: public, also without login
    item("credentials_verify", _("Digitaal bewijs controleren"), EMPLOYER, COUNSELLOR),  # issue 13: public, also without login
    item("trajectory_partner_steps", _("Stappen"), PARTNER),
    item("training_providers", _("Opleidingscatalogus"), PARTNER, ADMIN, partner_types=TRAINING_PARTNERS),  # issue 13: a provider delivers its catalogue
    item("statistics", _("Statistiek"), ANALYST, ADMIN),
    item("kpi_dashboard", _("Kerncijfers"), ANALYST, ADMIN),
    item("kpi_municipality", _("Kerncijfers"), MUNICIPALITY),
    item("municipality_referrals", _("Doorverwijzen"), MUNICIPALITY),
    item("cooperation_agreements", _("Samenwerking"), MUNICIPALITY, ANALYST, ADMIN),
    item("admin:index", _("Beheer"), ADMIN, when="werkregie.web.nav.opens_django_admin"),
)


def _reverse(name: str) -> str | None:
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def menu_for(user) -> list[tuple[NavItem, str]]:  # noqa: ANN001
    """The menu entries this signed-in user may open, with their URL, in menu order."""
    role = user.role
    partner_type = getattr(getattr(user, "organisation", None), "partner_type", None) if role == PARTNER else None
    found = []
    for entry in MENU:
        if role not in entry.roles:
            continue
        if role == PARTNER and entry.partner_types and partner_type not in entry.partner_types:
            continue
        if role == PARTNER and partner_type in SECTOR_PARTNERS and partner_type not in entry.partner_types:
            continue  # a sector organisation opens none of the other partners' pages
        if entry.when and not _holds(entry.when, user):  # e.g. the EVC queue: only an accredited partner (the walk hit a 403)
            continue
        url = _reverse(entry.url_name)
        if url is not None:
            found.append((entry, url))
    return found


def landing_url(user, preferred: tuple[str, ...]) -> str | None:  # noqa: ANN001
    """Where this user lands after login: the first of the role's preferred pages that the menu offers them, else the
    first page of their menu (an EVC centre's partner without any person linked lands on its EVC queue, not on a 403)."""
    entries = menu_for(user)
    urls = {entry.url_name: url for entry, url in entries}
    for name in preferred:
        if name in urls:
            return urls[name]
    return entries[0][1] if entries else None


def opens_django_admin(principal) -> bool:  # noqa: ANN001 - a Principal
    """Whether the account may open the Django admin ("Beheer"): an active staff account (a non-staff one got a 403)."""
    return bool(principal.user.is_active and principal.user.is_staff)


# The role's bar: its most used pages, in this order, always in sight on a wide screen; the rest of its menu (in menu
# order) sits under "Meer", so that the header keeps to one row at 1280 px (issue 16: it wrapped to 148–192 px for the
# counsellor and the admin). A page named here that the user may not open is simply not shown; "api_page" is the API
# item every role has. On a phone the "Menu" button opens the whole list, bar first.
BAR = {
    CITIZEN: ("citizen_home", "my_vacancies", "my_appointments", "my_messages"),
    COUNSELLOR: ("worklist", "caseload", "agenda", "vacancy_list"),
    CONTROLLER: ("compliance_cases", "caseload"),
    EMPLOYER: ("vacancy_list", "employer_candidates", "vacancy_new", "employer_notices"),
    MUNICIPALITY: ("municipality_clients", "municipality_referrals", "community_planning"),
    PARTNER: ("caseload", "trajectory_partner_steps", "careers_evc_queue", "training_providers", "vacancy_sectors", "vacancy_missed_skills"),
    ANALYST: ("statistics", "kpi_dashboard", "policy_simulation", "compliance_deviations"),
    ADMIN: ("admin:index", "caseload", "worklist", "statistics", "kpi_dashboard"),
}


@dataclass(frozen=True)
class NavLink:
    url_name: str
    url: str
    label: object
    current: bool


def split_bar(role: str, links: list[NavLink]) -> tuple[list[NavLink], list[NavLink]]:
    """(bar, more): the role's bar pages in BAR's order, and the other links in menu order. A "Meer" holding a single
    page would only hide it behind a click: that page joins the bar."""
    names = BAR.get(role, ())
    by_name = {link.url_name: link for link in links}
    bar = [by_name[name] for name in names if name in by_name]
    more = [link for link in links if link.url_name not in names]
    return (bar + more, []) if len(more) <= 1 else (bar, more)


def navigation(request: HttpRequest) -> dict:
    """Context processor: `nav_items` [(url, label, current)] for the signed-in user's role, in menu order; `nav_bar`
    and `nav_more` (NavLink lists) split them into the always visible bar and the "Meer" disclosure, and
    `nav_more_current` says whether the current page is one of those under "Meer" (the button is marked then)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": [], "nav_bar": [], "nav_more": [], "nav_more_current": False}
    role, path = user.role, request.path
    links = []
    for entry, url in menu_for(user):
        label = dict(entry.label_by_role).get(role, entry.label)
        links.append(NavLink(entry.url_name, url, label, path == url or (url != "/" and path.startswith(url) and url.count("/") > 2)))
    api_url = reverse("api_page")  # the API explained in the platform's style, which links to the OpenAPI docs
    links.append(NavLink("api_page", api_url, _("API"), path == api_url))
    bar, more = split_bar(role, links)
    return {"nav_items": [(link.url, link.label, link.current) for link in links], "nav_bar": bar, "nav_more": more,
            "nav_more_current": any(link.current for link in more)}
