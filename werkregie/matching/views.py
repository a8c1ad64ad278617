"""Pages of matching: "Vacatures voor mij" (citizen), vacancies and skill gaps for a person (counsellor), the vacancy
list and a vacancy's candidate list with rings, exclusions and pins (counsellor, employer for its own), and the
suitable-employment check (counsellor, controller). Thin: the use cases decide and log."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from werkregie.accounts.models import Role
from werkregie.accounts.principal import Principal
from werkregie.core.errors import InvalidInput, NotFound
from werkregie.people.concurrency import PreconditionFailed
from werkregie.people.models import Person
from werkregie.vacancies.models import Vacancy
from werkregie.web.helpers import apply_errors, page_number, positive_int, roles

from . import perms, shown
from . import profile_use_cases as profiles
from . import suggestion_use_cases as suggestions
from . import use_cases as services
from .engine.titles import default_index
from .models import DecisionKind, MatchDecision


def _language() -> str:
    language = (get_language() or "nl")[:2]
    return language if language in ("nl", "fr", "en") else "nl"


class PreferencesForm(forms.Form):
    max_commute_km = forms.IntegerField(label=_("Maximale woon-werkafstand (km)"), min_value=1, max_value=300)
    hours_min = forms.IntegerField(label=_("Minimum uren per week"), min_value=0, max_value=60)
    hours_max = forms.IntegerField(label=_("Maximum uren per week"), min_value=0, max_value=60)
    relocate = forms.BooleanField(label=_("Ik ben bereid te verhuizen voor werk"), required=False)
    # the profile version shown (optimistic concurrency): required, a POST without it saved over any change (attack of stop 45)
    version = forms.IntegerField(widget=forms.HiddenInput, min_value=1)


class CvForm(forms.Form):
    text = forms.CharField(label=_("Plak hier uw cv of beschrijf wat u kunt"), max_length=200_000, widget=forms.Textarea(attrs={"rows": 5}))


class SuggestionForm(forms.Form):
    """One row's button (confirm or reject a skill URI) or "alles bevestigen", with the profile version shown."""

    confirm = forms.CharField(required=False, max_length=200)
    reject = forms.CharField(required=False, max_length=200)
    all = forms.BooleanField(required=False)
    reject_all = forms.BooleanField(required=False)
    version = forms.IntegerField(min_value=1)


class RemoveSkillForm(forms.Form):
    """One competence's "Verwijderen" button, with the profile version shown and the page to go back to."""

    uri = forms.CharField(max_length=200)
    version = forms.IntegerField(min_value=1)
    terug = forms.ChoiceField(choices=[("vacatures", ""), ("loopbaan", "")], required=False)


class GapForm(forms.Form):
    beroep = forms.CharField(label=_("Doelberoep (vrije tekst, bv. heftruckchauffeur)"), max_length=200)


class DecisionForm(forms.Form):
    person_id = forms.IntegerField(widget=forms.HiddenInput)
    decision = forms.ChoiceField(choices=[(DecisionKind.EXCLUDE, _("Uitsluiten")), (DecisionKind.PIN, _("Vastpinnen")), ("clear", _("Beslissing wissen"))])
    reason = forms.CharField(label=_("Reden"), max_length=300, required=False)


def _gaps(principal: Principal, person_id: int, title: str) -> tuple[dict | None, list]:
    """A free target title → its best ESCO occupation and the person's gaps for it."""
    [found] = default_index().search([title], _language(), top=1)
    if not found:
        return None, []
    return {"uri": found[0].uri, "label": found[0].label}, services.skill_gaps_for(principal, person_id, found[0].uri, _language())


@roles(Role.CITIZEN)
def my_vacancies(request: HttpRequest, principal: Principal) -> HttpResponse:
    person_id = principal.user.person_id
    if not person_id:
        return render(request, "matching/mine.html", {"results": None})
    profile = profiles.profile_of(principal, person_id, _language(), log=False)
    preferences = PreferencesForm(request.POST if request.POST.get("form") == "preferences" else None,
                                  initial={**profile["preferences"], "version": profile["version"]})
    cv = CvForm(request.POST if request.POST.get("form") == "cv" else None)
    added, status = None, 200
    if request.method == "POST":
        try:
            if request.POST.get("form") == "preferences" and preferences.is_valid():
                chosen = {k: v for k, v in preferences.cleaned_data.items() if k != "version"}
                profiles.update_profile(principal, person_id, {"preferences": {**profile["preferences"], **chosen}}, log=False,
                                        expected_version=preferences.cleaned_data.get("version"))
                messages.success(request, _("Uw voorkeuren zijn bewaard."))
                return redirect(reverse("my_vacancies"))
            if request.POST.get("form") == "cv" and cv.is_valid():
                added = profiles.add_extracted_skills(principal, person_id, cv.cleaned_data["text"], _language())
                profile = profiles.profile_of(principal, person_id, _language(), log=False)
        except (InvalidInput, PreconditionFailed) as exc:  # a stale version: said above the form, nothing saved
            apply_errors(preferences if request.POST.get("form") == "preferences" else cv, exc, aliases={"version": ""})
        status = 200 if added is not None else 422
    from werkregie.vacancies.use_cases import my_applications

    applications = my_applications(principal)
    results = shown.with_own_applications(
        services.vacancies_for_person(principal, person_id, 20, _language(), min_score=shown.min_score(), within_hours=True), applications)
    return render(request, "matching/mine.html", {"results": results, "profile": profile, "preferences": preferences, "cv": cv, "added": added,
                                                  "found": _found_groups(added or []),
                                                  "suggested": suggestions.suggestions_of(principal, person_id, _language()), "few": shown.split(results).few, "applications": applications,
                                                  "link_vacancy": True}, status=status)


@roles(Role.COUNSELLOR, Role.ADMIN)
def person_vacancies(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    try:
        # the weaker ones only behind "toon ook minder passende" (shown.py: the citizen's threshold, one definition)
        results = shown.split(services.vacancies_for_person(principal, person_id, 20, _language(), min_score=shown.min_score(True)))
        profile = profiles.profile_of(principal, person_id, _language(), log=False)
        suggested = suggestions.suggestions_of(principal, person_id, _language())
    except NotFound:
        raise Http404 from None
    gap_form = GapForm(request.GET if request.GET.get("beroep") else None)
    target, gaps = (None, [])
    if gap_form.is_valid():
        target, gaps = _gaps(principal, person_id, gap_form.cleaned_data["beroep"])
    from werkregie.vacancies.use_cases import applications_of_person

    applications = applications_of_person(principal, person_id)
    # each vacancy says whether the person applied, one they were not retained for after the others (as the citizen's)
    return render(request, "matching/person.html", {"p": Person.objects.get(pk=person_id), "few": results.few, "profile": profile,
                                                    "results": shown.with_own_applications(results.good, applications),
                                                    "weaker": shown.with_own_applications(results.weaker, applications),
                                                    "gap_form": gap_form, "target": target, "gaps": gaps, "suggested": suggested,
                                                    "applications": applications})


@roles(Role.CITIZEN, Role.COUNSELLOR, Role.ADMIN)
@require_POST
def decide_suggestions(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    """Confirm or reject suggested competences from the citizen's or the counsellor's page: with htmx, the suggestions
    are swapped in place with the message inside them (focus moved there by components.js; walk of issue 16: 43
    suggestions cost 43 page loads); without script, back to the page with the message at the top."""
    own = perms.is_own(principal, person_id)
    back = reverse("my_vacancies") if own else reverse("matching_person", args=[person_id])
    in_place = bool(request.headers.get("HX-Request"))
    form = SuggestionForm(request.POST)
    said: list[tuple[str, str]] = []  # (level, text)
    if not form.is_valid():
        said.append(("error", _("Er is niets gewijzigd: laad de pagina opnieuw en probeer nog eens.")))
    else:
        chosen = form.cleaned_data
        try:
            done = suggestions.decide_suggestions(principal, person_id, confirm=[chosen["confirm"]] if chosen["confirm"] else [],
                                                  reject=[chosen["reject"]] if chosen["reject"] else [], confirm_all=chosen["all"],
                                                  reject_all=chosen["reject_all"], expected_version=chosen["version"])
        except NotFound:
            raise Http404 from None
        except (InvalidInput, PreconditionFailed) as exc:  # a stale page or a suggestion already handled
            said.append(("error", exc.detail))
        else:
            if done["confirmed"]:
                n = len(done["confirmed"])
                said.append(("success", ngettext("%(n)s competentie bevestigd: ze telt nu mee.", "%(n)s competenties bevestigd: ze tellen nu mee.", n) % {"n": n}))
            if done["rejected"]:
                n = len(done["rejected"])
                said.append(("success", ngettext("%(n)s suggestie afgewezen: we stellen ze niet meer voor.",
                                                 "%(n)s suggesties afgewezen: we stellen ze niet meer voor.", n) % {"n": n}))
    if in_place:
        try:
            suggested = suggestions.suggestions_of(principal, person_id, _language())
        except NotFound:
            raise Http404 from None
        return render(request, "matching/_suggestions.html", {"suggested": suggested, "person_id": person_id, "own": own, "said": said})
    for level, text in said:
        (messages.error if level == "error" else messages.success)(request, text)
    return redirect(back)


@roles(Role.CITIZEN, Role.COUNSELLOR, Role.ADMIN)
@require_POST
def remove_skill(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    """Take a declared or extracted competence off the profile (walk of issue 16: none could be removed); back to the
    page it was removed on, with a message at the top."""
    form = RemoveSkillForm(request.POST)
    own = perms.is_own(principal, person_id)
    back = reverse("matching_person", args=[person_id]) if not own else reverse(
        "careers_home" if form.is_valid() and form.cleaned_data["terug"] == "loopbaan" else "my_vacancies")
    if not form.is_valid():
        messages.error(request, _("Er is niets gewijzigd: laad de pagina opnieuw en probeer nog eens."))
        return redirect(back)
    try:
        suggestions.remove_skill(principal, person_id, form.cleaned_data["uri"], expected_version=form.cleaned_data["version"])
    except NotFound:
        raise Http404 from None
    except (InvalidInput, PreconditionFailed) as exc:  # a stale page, a certified or an unknown competence: said at the top
        messages.error(request, exc.errors[0].message if getattr(exc, "errors", None) else exc.detail)
        return redirect(back)
    # no label in the message: it may be in another language, unmarked in a message (the page's list marks it)
    messages.success(request, _("De competentie is uit het profiel verwijderd. Een volgend cv voegt ze niet opnieuw toe."))
    return redirect(back)


class VacancyStateForm(forms.Form):
    """Which vacancies the list shows: the open ones (the default), or those in one other state of their lifecycle, or
    all (walk of stop 42: a saved draft and a filled vacancy could not be found again)."""

    toestand = forms.ChoiceField(label=_("Toestand"), required=False, choices=[
        ("", _("open (gepubliceerd)")), ("draft", _("ontwerpen")), ("filled", _("ingevuld")), ("closed", _("afgesloten")),
        ("expired", _("verlopen")), ("all", _("alle toestanden"))])


@roles(Role.COUNSELLOR, Role.ADMIN, Role.EMPLOYER)
def vacancy_list(request: HttpRequest, principal: Principal) -> HttpResponse:
    form = VacancyStateForm(request.GET)
    state = form.cleaned_data["toestand"] if form.is_valid() else ""
    vacancies = Vacancy.objects.select_related("employer", "municipality").order_by("-created_at", "-pk")
    if state == "":
        vacancies = vacancies.filter(open=True)
    elif state != "all":
        vacancies = vacancies.filter(state=state)
    if principal.role == Role.EMPLOYER:
        from werkregie.vacancies.notices import with_activity

        vacancies = with_activity(vacancies.filter(employer_id=principal.user.organisation_id), principal.user.organisation_id)
    query = request.GET.get("q", "").strip()[:100]
    if query:
        vacancies = vacancies.filter(title__icontains=query)
    page = Paginator(vacancies, 50).get_page(page_number(request))
    return render(request, "matching/vacancies.html", {"page": page, "q": query, "activity": principal.role == Role.EMPLOYER, "form": form,
                                                       "state": state}, status=200 if form.is_valid() else 400)


@roles(Role.COUNSELLOR, Role.ADMIN, Role.EMPLOYER)
def vacancy_candidates(request: HttpRequest, principal: Principal, vacancy_id: int) -> HttpResponse:
    form = DecisionForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                person_id, kind = form.cleaned_data["person_id"], form.cleaned_data["decision"]
                before = MatchDecision.objects.filter(vacancy_id=vacancy_id, person_id=person_id).values_list("kind", flat=True).first()
                services.decide(principal, vacancy_id, person_id, kind, form.cleaned_data["reason"])
                messages.success(request, _decision_message(kind, before, Person.objects.filter(pk=person_id).first()))
                return redirect(reverse("vacancy_candidates", args=[vacancy_id]))
            except NotFound:
                raise Http404 from None
            except InvalidInput as exc:
                apply_errors(form, exc)
        status = 422
    try:
        view = services.candidates_for_vacancy(principal, vacancy_id, 50, _language(), include_weaker=True)  # the page renders the weaker ones too
    except NotFound:
        raise Http404 from None
    except InvalidInput as exc:
        return render(request, "web/forbidden.html", {"detail": exc.detail}, status=422)
    can_decide = principal.role in perms.GUIDING_ROLES
    listed = shown.split(view.results)
    # per ring searched, the candidates the list shows (the ring search's own count used a higher score: "Vlaanderen: 3
    # goede kandidaten" above "We vonden maar 4 kandidaten" and 4 cards, walk of issue 16)
    listed_per_ring = {ring: sum(1 for r in listed.good if r.explained.ring == ring) for ring in view.rings_searched}
    return render(request, "matching/candidates.html", {"view": view, "v": view.vacancy, "can_decide": can_decide, "form": form,
                                                        "listed_per_ring": listed_per_ring, "good_score": settings.MATCHING_GOOD_SCORE,
                                                        "results": listed.good, "weaker": listed.weaker, "few": listed.few,
                                                        "failed_person": positive_int(request.POST.get("person_id"), 0) if status == 422 else 0},
                  status=status)


def _found_groups(added: list[dict]) -> dict[str, list[dict]]:
    """The competences a text named, by what happened to them: added (named literally), suggested (to confirm: named only
    by resemblance or meaning, or implied), already there."""
    from .labels import skill

    groups: dict[str, list[dict]] = {"new": [], "implied": [], "pending": [], "known": []}
    for a in added:  # a suggestion found again is still to be confirmed, not "in the profile" (walk of stop 45)
        kind = ("pending" if a.get("pending") else "known") if not a["new"] else "implied" if a["suggested"] else "new"
        groups[kind].append(skill(a["uri"], _language()))
    return groups


def _decision_message(kind: str, before: str | None, person: Person | None) -> str:
    """The confirmation names the person as the list shows them and what was decided (issue 16)."""
    name = f"{person.first_name} {person.last_name}" if person else ""
    if kind == DecisionKind.PIN:
        text = _("%(name)s is vastgepind bovenaan de kandidatenlijst.")
    elif kind == DecisionKind.EXCLUDE:
        text = _("%(name)s is uitgesloten van de kandidatenlijst.")
    elif before == DecisionKind.EXCLUDE:
        text = _("%(name)s is opnieuw toegelaten op de kandidatenlijst.")
    else:
        text = _("%(name)s is niet meer vastgepind.")
    return text % {"name": name}


@roles(Role.COUNSELLOR, Role.CONTROLLER, Role.ADMIN)
def suitability(request: HttpRequest, principal: Principal, person_id: int) -> HttpResponse:
    vacancy_id = positive_int(request.GET.get("vacature"), 0)
    view, error = None, None
    if vacancy_id:
        try:
            view = services.suitability_for(principal, person_id, vacancy_id)
        except NotFound as exc:
            if not perms.can_check_suitability(principal, person_id):
                raise Http404 from None
            error = exc.detail
        except InvalidInput as exc:
            error = exc.detail
    elif not perms.can_check_suitability(principal, person_id):
        raise Http404
    return render(request, "matching/suitability.html", {"view": view, "error": error, "person_id": person_id, "vacancy_id": vacancy_id or ""},
                  status=422 if error else 200)
