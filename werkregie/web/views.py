"""Server-rendered pages. Thin: check the role, call a use case, render. Rules live in the domain apps."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from werkregie.accounts.forms import LoginForm
from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core import clock
from werkregie.core.errors import DomainError, InvalidInput, NotFound
from werkregie.geo.models import Municipality, Region
from werkregie.people import perms
from werkregie.people import use_cases as services
from werkregie.people.enums import ConsentPurpose, StatusKind
from werkregie.people.history import nonworking_jobseeker_months
from werkregie.rules.measures import hiring_measures
from werkregie.screening import perms as screening_perms

from . import exports, search_token
from .helpers import ask_purpose, chosen_purpose, list_filters, municipality_choices, page_number, remember_purpose, roles, search_field


class LoginView(auth_views.LoginView):
    template_name = "web/login.html"
    authentication_form = LoginForm  # the throttle sits in the authentication backends (accounts/throttle.py)
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs) -> dict:  # noqa: ANN003
        from django.conf import settings

        return {**super().get_context_data(**kwargs), "oidc_enabled": settings.OIDC_ENABLED}

    def get_redirect_url(self) -> str:
        """?next= through the one helper every page uses (core/links.safe_next: a path on this site, nothing else;
        Django's own check let an absolute URL of this host through: attack round 5, L4); "" falls back to the landing page."""
        from werkregie.core.links import safe_next

        name = self.redirect_field_name
        return safe_next(self.request.POST.get(name, self.request.GET.get(name)), "")


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("login")


# the role's landing pages, the first the account may open (walk of issue 16: the administrator landed on the register;
# the administration of users, roles and organisations is what an administrator comes for, the register when the
# account has no access to the administration)
HOME_BY_ROLE = {
    Role.CITIZEN: ("citizen_home",), Role.COUNSELLOR: ("caseload",), Role.CONTROLLER: ("caseload",), Role.ADMIN: ("admin:index", "caseload"),
    Role.PARTNER: ("caseload",), Role.MUNICIPALITY: ("municipality_clients",), Role.EMPLOYER: ("employer_candidates",),
    Role.ANALYST: ("statistics",),
}


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """The landing page after login: the role's usual page when this account may open it, else its menu's first page."""
    from .nav import landing_url

    url = landing_url(request.user, HOME_BY_ROLE.get(request.user.role, ()))
    if url is None:
        return render(request, "web/forbidden.html", {"detail": _("Uw account geeft nog toegang tot geen enkele pagina.")}, status=403)
    return redirect(url)


@roles(Role.CITIZEN)
def citizen_home(request: HttpRequest, principal: Principal) -> HttpResponse:
    try:
        view = services.my_person(principal)
    except NotFound:
        return render(request, "web/citizen_home.html", {"view": None})
    from werkregie.access.citizen import consultations_for

    log = consultations_for(principal, page_size=10)  # grouped by who, why and day; all of it on its own page
    active = {c.purpose for c in view.person.consents.all() if c.withdrawn_at is None}
    consent_choices = [(value, label, value in active) for value, label in ConsentPurpose.choices]
    return render(request, "web/citizen_home.html", {"view": view, "p": view.person, "log": log, "consent_choices": consent_choices})


@require_POST
@roles(Role.CITIZEN)
def citizen_consent(request: HttpRequest, principal: Principal) -> HttpResponse:
    purpose, action = request.POST.get("purpose", ""), request.POST.get("action", "")
    label = dict(ConsentPurpose.choices).get(purpose, purpose)
    try:
        if action == "give":
            services.give_consent(principal, purpose)
            messages.success(request, _("U gaf toestemming: %(purpose)s.") % {"purpose": label})
        elif action == "withdraw":
            services.withdraw_consent(principal, purpose)
            messages.success(request, _("U trok uw toestemming in: %(purpose)s.") % {"purpose": label})
        else:
            raise InvalidInput(_("Onbekende actie."))
    except InvalidInput as exc:
        messages.error(request, exc.detail)
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    # the confirmation is shown at the top of the page, with the focus on it (web/components/messages.html)
    return redirect("citizen_home")


class SearchForm(forms.Form):
    q = search_field(gettext_lazy("Zoeken op naam, INSZ of geboortedatum"))
    status = forms.ChoiceField(label=gettext_lazy("Huidige status"), required=False)
    municipality = forms.ChoiceField(label=gettext_lazy("Gemeente"), required=False)

    def __init__(self, *args, sections: frozenset[str] = perms.ALL_SECTIONS, municipalities: list | None = None, **kwargs) -> None:  # noqa: ANN002, ANN003
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [("", _("Alle"))] + list(StatusKind.choices)
        if municipalities is None:  # the export's form: any Flemish municipality (the use case keeps to the principal's persons)
            flemish = Municipality.objects.filter(region=Region.FLANDERS).order_by("name_nl").values_list("nis_code", "name_nl")
            municipalities = [("", _("Alle")), *flemish]
        self.fields["municipality"].choices = municipalities
        # only the filters on parts of the record the role sees (perms.FILTER_SECTIONS); the use case refuses the rest
        for name in ("status", "municipality"):
            if perms.FILTER_SECTIONS[name] not in sections:
                del self.fields[name]
        if "identity" not in sections:
            self.fields["q"].label = _("Zoeken op naam")


def _person_list(request: HttpRequest, principal: Principal, title: str, applications: bool = False) -> HttpResponse:
    pushed, redirected = search_token.posted_search(request)  # the search text (an INSZ?) stays out of the URL
    if redirected or (redirected := search_token.insz_out_of_url(request, perms.sections_for(principal))):
        return redirected
    given = search_token.search_data(request, request.GET)
    form = SearchForm(given or None, sections=perms.sections_for(principal), municipalities=municipality_choices(principal))
    page = None
    error = None
    number = page_number(request)  # refused (400) before anything is looked up
    if form.is_valid() or not given:
        data = form.cleaned_data if form.is_bound else {}
        # a filter the role has no field for still reaches the use case, which refuses it and says why
        data = {**{name: request.GET.get(name, "")[:200] for name in ("status", "municipality") if name not in form.fields}, **data}
        try:
            page = services.search_persons(
                principal, data.get("q", ""), data.get("status", ""), data.get("municipality", ""), number, 50,
                with_statuses=True, with_reasons=True,
            )
        except DomainError as exc:
            error = exc.detail
    if applications and page is not None:  # an employer's candidates: the applications that give it the right to see them
        grounds: dict[int, list] = {}  # each with its vacancy's place and number: two "Heftruckchauffeur" told apart
        found = perms.employer_grounds(principal.user.organisation_id).filter(person_id__in=[p.pk for p in page.items])
        for application in found.select_related("vacancy", "vacancy__municipality").order_by("-created_at"):  # state_label: the workflow's words
            grounds.setdefault(application.person_id, []).append(application)
        for p in page.items:
            p.grounds = grounds.get(p.pk, [])
    context = {"form": form, "page": page, "error": error, "title": title, "sections": perms.sections_for(principal), "query": request.GET.urlencode(),
               "applications": applications, "reasons": principal.role == Role.MUNICIPALITY}
    partial = bool(request.headers.get("HX-Request"))  # the results only; the download link follows them out of band
    response = render(request, "web/_person_results.html" if partial else "web/person_list.html", {**context, "partial": partial})
    if pushed:
        response["HX-Push-Url"] = pushed
    return response


@roles(Role.COUNSELLOR, Role.CONTROLLER, Role.ADMIN, Role.PARTNER)
def caseload(request: HttpRequest, principal: Principal) -> HttpResponse:
    """The landing page of the roles with a caseload: the overview with status, distance, due dates and last contact
    (what the role may see), sorted and filtered in the database; the next person to act on first."""
    from .caseload_page import overview_page

    titles = {Role.COUNSELLOR: _("Mijn caseload"), Role.CONTROLLER: _("Dossiers onder controle"), Role.PARTNER: _("Personen in mijn trajecten")}
    return overview_page(request, principal, titles.get(principal.role, _("Talentregister")))


@roles(Role.COUNSELLOR, Role.CONTROLLER, Role.ADMIN, Role.PARTNER)
def caseload_export(request: HttpRequest, principal: Principal) -> HttpResponse:
    """The caseload as shown, as CSV."""
    from .caseload_page import overview_export

    return overview_export(request, principal)


@roles(Role.MUNICIPALITY)
def municipality_clients(request: HttpRequest, principal: Principal) -> HttpResponse:
    return _person_list(request, principal, _("Leefloongerechtigden van %(org)s") % {"org": request.user.organisation.name})


@roles(Role.EMPLOYER)
def employer_candidates(request: HttpRequest, principal: Principal) -> HttpResponse:
    """The persons the employer may see, each with the applications that give it that right: the vacancy, the date and
    the state (nothing of benefits or statuses: people/perms.py sections)."""
    return _person_list(request, principal, _("Kandidaten voor mijn vacatures"), applications=True)


def _can_see_career(principal: Principal, person_id: int) -> bool:
    """The links to the person's learning account, passport and EVC requests (careers: who guides the person, with the
    profile among the role's sections)."""
    from werkregie.careers.use_cases.person_file import may_see

    return may_see(principal, person_id)


@roles(Role.COUNSELLOR, Role.CONTROLLER, Role.ADMIN, Role.PARTNER, Role.MUNICIPALITY, Role.EMPLOYER)
def person_detail(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    if not perms.can_view_person(principal, person_id):
        raise Http404
    allowed = perms.purposes_for(principal, person_id)
    purpose = chosen_purpose(request, person_id, allowed)
    if purpose is None and len(allowed) > 1:
        # More than one purpose applies: the person must say why before anything is shown (and logged).
        return ask_purpose(request, person_id, allowed)
    try:
        view = services.get_person(principal, person_id, purpose)
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    remember_purpose(request, person_id, view.purpose)
    measures, measure_applications, fits = None, [], []
    if principal.role in (Role.COUNSELLOR, Role.ADMIN):
        # what hiring this person today would bring an employer: the counsellor proposes candidates with it
        today = clock.today()
        months = nonworking_jobseeker_months(view.person.episodes.all(), today)
        measures = hiring_measures(view.person.birth_date, months, today, view.person.education_level)
    elif principal.role == Role.EMPLOYER:
        # never here: whether a condition is met says how long someone has sought work (attack of stop 30). The
        # employer sees the measures per application, once the candidate agreed (vacancies.hiring.for_application)
        from werkregie.vacancies.models import Application

        measure_applications = list(Application.objects.filter(person_id=person_id, vacancy__employer_id=principal.user.organisation_id)
                                    .select_related("vacancy").order_by("-pk"))
        from werkregie.vacancies import applicants

        fits = applicants.for_person_page(principal, person_id)  # what the vacancy page promised: the competences
    context = {"view": view, "p": view.person, "sections": view.sections, "other_purposes": len(allowed) > 1, "measures": measures,
               "measure_applications": measure_applications, "fits": fits,
               "show_facts": "statuses" in view.sections, "can_screen": principal.role in screening_perms.SCREENING_ROLES,
               "can_check_suitability": principal.role in (Role.COUNSELLOR, Role.CONTROLLER, Role.ADMIN),
               "can_see_career": _can_see_career(principal, person_id)}
    if principal.role == Role.MUNICIPALITY:  # the OCMW's own actions for its leefloon client (municipalities domain)
        from werkregie.municipalities import use_cases as municipality_cases
        from werkregie.municipalities.forms import ReferralForm

        client = municipality_cases.client_file(principal, person_id)
        context.update(client=client, refer_form=ReferralForm(name=client.name))
    return render(request, "web/person_detail.html", context)


@roles(Role.COUNSELLOR, Role.CONTROLLER, Role.ADMIN, Role.PARTNER, Role.MUNICIPALITY, Role.EMPLOYER)
def export_persons(request: HttpRequest, principal: Principal) -> HttpResponse:
    """The current list as CSV (UTF-8 with BOM and semicolons, as Belgian spreadsheets expect)."""
    if redirected := search_token.insz_out_of_url(request, perms.sections_for(principal)):
        return redirected
    given = search_token.search_data(request, request.GET)  # the search text by its token (?zoek=): no INSZ in a URL
    form = SearchForm(given or None, sections=perms.sections_for(principal))
    # an invalid value is refused (400, the page says which and why); a filter the role may not use reaches the use case,
    # which refuses it (403): never silently dropped, which would export (and log) everyone
    data = list_filters(form, given, passed_on=("status", "municipality"))
    try:
        columns, rows = services.export_persons(principal, data.get("q", ""), data.get("status", ""), data.get("municipality", ""))
    except DomainError as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=exc.status)
    header, words = exports.person_rows(columns, rows)
    return exports.csv_response("personen.csv", header, words)


@roles(Role.ANALYST, Role.ADMIN)
def statistics(request: HttpRequest, principal: Principal) -> HttpResponse:
    from werkregie.people import stats_export
    from werkregie.people.trend_chart import panels

    figures, trend = stats_export.daily_figures()
    top = max((s["persons"] or 0 for s in figures["statuses"]), default=1) or 1
    for status in figures["statuses"]:
        status["pct"] = round(100 * (status["persons"] or 0) / top, 1)
        status["province_cells"] = list(zip(figures["provinces"], status["provinces"]))  # each figure with its column's name (a card on a phone)
    for row in trend["rows"]:
        row["cells"] = list(zip(trend["days"], row["counts"]))
    charts = panels(trend["days"], [(r["status_label"], r["counts"]) for r in trend["rows"]], _("personen"))
    return render(request, "web/statistics.html", {"figures": figures, "trend": trend, "trend_panels": charts})


@roles(Role.ANALYST, Role.ADMIN)
def statistics_csv(request: HttpRequest, principal: Principal) -> HttpResponse:
    """Every table of the statistics page as CSV, with the same figures (hidden small cells are empty)."""
    from werkregie.people import stats_export

    rows = stats_export.csv_rows(*stats_export.daily_figures())
    return exports.csv_response("personen-per-status.csv", rows[0], rows[1:])
